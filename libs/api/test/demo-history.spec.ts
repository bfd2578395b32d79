import { demoDivisions, generateSmallZones } from '@census/demo-data';
import { ZoneLevel } from '@census/rules';

import { insertSmallZones, insertZones } from '../src/demo/bulk-insert';
import { DEMO_LISTED_AT, seedDemoHistory } from '../src/demo/seed-history';
import { startTestApi, type TestApi } from './harness';

interface Day {
  date: string;
  households: number;
  persons: number;
  submitted: number;
  approved: number;
  selfReported: number;
}

describe("the demo's November 2020 (seed step)", () => {
  let api: TestApi;
  let county: string;

  beforeAll(async () => {
    api = await startTestApi('demo_history');
    const divisions = demoDivisions();
    const censusZones = divisions.filter((z) => z.level === ZoneLevel.CENSUS_ZONE).slice(0, 3);
    county = censusZones[0].code.slice(0, 6);
    // What seedDemo does, for three census zones.
    await api.db.transaction(async (tx) => {
      await insertZones(tx, divisions);
      const smallZones = [
        ...generateSmallZones(censusZones, {
          smallZonesPerCensusZone: [1, 2],
          householdsPerSmallZone: [40, 60],
        }),
      ];
      await insertSmallZones(tx, smallZones, api.crypto, { createdAt: DEMO_LISTED_AT });
      await seedDemoHistory(tx);
    });
  });

  afterAll(() => api.close());

  it('has a trend that grows through November and ends at the figures of today', async () => {
    const response = await api.request<{
      progress: {
        submittedHouseholds: number;
        approvedHouseholds: number;
        households: number;
        enteredPersons: number;
        selfReportedSubmittedHouseholds: number;
        trend: { days: Day[]; children: { days: Day[] }[] };
      };
    }>(
      `query ($code: String!) { progress(zoneCode: $code) {
         submittedHouseholds approvedHouseholds households enteredPersons selfReportedSubmittedHouseholds
         trend(from: "2020-11-01", to: "2020-11-30") {
           days { date households persons submitted approved selfReported }
           children { days { submitted } } } } }`,
      { code: county },
    );
    expect(response.errors).toBeUndefined();
    const progress = response.data!.progress;
    const days = progress.trend.days;
    expect(days).toHaveLength(30);
    expect(days[0].submitted).toBeLessThan(days[29].submitted);
    for (let i = 1; i < days.length; i++) {
      expect(days[i].approved).toBeGreaterThanOrEqual(days[i - 1].approved);
      expect(days[i].households).toBe(progress.households);
    }
    expect(days[29]).toMatchObject({
      households: progress.households,
      persons: progress.enteredPersons,
      submitted: progress.submittedHouseholds,
      approved: progress.approvedHouseholds,
      selfReported: progress.selfReportedSubmittedHouseholds,
    });
    // Every day has events: a trend, not a step.
    expect(new Set(days.map((d) => d.submitted)).size).toBeGreaterThan(10);
    expect(progress.trend.children.length).toBeGreaterThan(0);
    // Every workflow step of the demo is in its history.
    const [events] = await api.sql<{ unexplained: number }>(
      `SELECT count(*)::int AS unexplained FROM household h
        WHERE h.stage <> 'LISTED' AND h.stage IS DISTINCT FROM (
          SELECT to_stage FROM household_event e WHERE e.county_code = h.county_code AND e.household_id = h.id
           ORDER BY at DESC, id DESC LIMIT 1)`,
    );
    expect(events.unexplained).toBe(0);
  });
});
