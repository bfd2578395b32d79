import { Role } from '../src/auth/role';
import { seedCounty, startTestApi, type TestAccount, type TestApi } from './harness';

// 用电信息 against the listing: households listed as ordinary whose meter shows no use, and vacant ones whose
// meter shows normal use, matched by normalized address.
describe('listing worklist: electricity usage', () => {
  let api: TestApi;
  let enumerator: TestAccount;
  let smallZone: string;

  beforeAll(async () => {
    api = await startTestApi('reconciliation_meters');
    await seedCounty(api, 1, { smallZonesPerCensusZone: [1, 1], householdsPerSmallZone: [60, 60] });
    [{ code: smallZone }] = await api.sql<{ code: string }>(
      `SELECT code FROM zone WHERE level = 'SMALL_ZONE' LIMIT 1`,
    );
    enumerator = await api.account(Role.ENUMERATOR, [smallZone]);
  });
  afterAll(() => api.close());

  it('lists the disagreements with the evidence of both sources, and nothing where they agree', async () => {
    const households = await api.sql<{
      number: string;
      unit: string | null;
      address: string;
      status: string;
    }>(
      `SELECT h.number, h.unit, b.address, h.status FROM household h JOIN building b ON b.id = h.building_id
        WHERE h.small_zone_code = $1 AND h.status IN ('ORDINARY', 'VACANT') ORDER BY h.number`,
      [smallZone],
    );
    const ordinary = households.filter((h) => h.status === 'ORDINARY');
    const vacant = households.filter((h) => h.status === 'VACANT');
    expect(ordinary.length).toBeGreaterThan(5);
    // Two ordinary households without use, one vacant with normal use; the rest agree with the listing.
    const disagree = new Set([
      ordinary[0].number,
      ordinary[1].number,
      ...(vacant[0] ? [vacant[0].number] : []),
    ]);
    const rows = households.map((h, i) => ({
      row: i + 2,
      meterId: `M${smallZone}${h.number}`,
      // Written the way utilities write it: full-width digits and spaces must not stop the match.
      address: `${h.address} ${h.unit ? `${h.unit}单元` : ''}${h.number}室`.replace(/1/g, '１'),
      usage: disagree.has(h.number)
        ? h.status === 'ORDINARY'
          ? 'NONE'
          : 'NORMAL'
        : h.status === 'ORDINARY'
          ? 'NORMAL'
          : 'NONE',
      zoneCode: smallZone.slice(0, 12),
      month: '2020-10',
    }));
    const imported = await api.request<{ importElectricity: { accepted: number; rejected: unknown[] } }>(
      `mutation($input: ImportElectricityInput!) { importElectricity(input: $input) { accepted rejected { row field message } } }`,
      { input: { idempotencyKey: 'meters-1', rows } },
    );
    expect(imported.data!.importElectricity).toEqual({ accepted: rows.length, rejected: [] });

    const worklist = await api.request<{
      listingWorklist: {
        totalCount: number;
        nodes: {
          kind: string;
          household: { number: string };
          evidence: { source: string; text: string }[];
        }[];
      };
    }>(
      `query($zone: String!) { listingWorklist(zoneCode: $zone, kinds: [METER_NO_USE_BUT_ORDINARY, METER_USE_BUT_VACANT], first: 100) {
         totalCount nodes { kind household { number } evidence { source text } } } }`,
      { zone: smallZone },
      enumerator.token,
    );
    expect(worklist.errors).toBeUndefined();
    const items = worklist.data!.listingWorklist.nodes;
    expect(items.map((i) => i.household.number).sort()).toEqual([...disagree].sort());
    expect(items.filter((i) => i.kind === 'METER_NO_USE_BUT_ORDINARY')).toHaveLength(2);
    expect(items.every((i) => i.evidence.map((e) => e.source).join() === 'LISTING,ELECTRICITY')).toBe(true);
    expect(items[0].evidence[1].text).toContain('2020-10');
  });
});
