import { Role } from '../src/auth/role';
import { seedCounty, startTestApi, type TestAccount, type TestApi } from './harness';

type Figures = Record<string, unknown>;

/** Every figure that depends on the day (the roll-up's and the open problems). */
const DAY_FIGURES = `residentHouseholds residentPersons enteredHouseholds enteredPersons enteredRegisteredPersons
  enteredResidentPersons ordinaryHouseholds vacantHouseholds awayHouseholds deceasedHouseholds selfReportedHouseholds
  selfReportedSubmittedHouseholds selfReportRate submittedHouseholds approvedHouseholds returnedHouseholds households
  visitedHouseholds repeatedFailureHouseholds refusingHouseholds livingAwayPersons floatingPersons
  openProblemsByCategory { category count }`;

const TREND_DAY = 'date households enteredHouseholds persons submitted approved selfReported';

const range = (column: string) => `(${column} >= $1 AND ${column} < $1 || ':')`;

/** A few figures of a zone computed with plain SQL from the base tables as they are now. */
async function plainFigures(api: TestApi, code: string): Promise<Figures> {
  const [row] = await api.sql<Figures>(
    `SELECT count(*)::int AS households,
            count(*) FILTER (WHERE stage IN ('SUBMITTED', 'APPROVED'))::int AS "submittedHouseholds",
            count(*) FILTER (WHERE stage = 'APPROVED')::int AS "approvedHouseholds",
            (SELECT count(*)::int FROM person WHERE ${range('small_zone_code')}) AS "enteredPersons",
            (SELECT count(DISTINCT household_id)::int FROM visit WHERE ${range('small_zone_code')}) AS "visitedHouseholds"
       FROM household WHERE ${range('small_zone_code')}`,
    [code],
  );
  return row;
}

const pick = (figures: Figures, keys: string[]) => Object.fromEntries(keys.map((key) => [key, figures[key]]));

describe('progress over time (每日进度快照)', () => {
  let api: TestApi;
  let township: string;
  let smallZones: string[];
  let ids: string[];
  let enumerator: TestAccount;
  let outsider: TestAccount;
  /** The Beijing days of the test: "day 1" (moved back one day) and "day 2" (today). */
  let day1: string;
  let day2: string;
  let day1Figures: Figures;
  let day1Plain: Figures;
  let day1Children: Figures[];
  let day1Enumerator: Figures;

  const progress = async (code: string, fields: string, asOf?: string, token?: string) => {
    const response = await api.request<{ progress: Figures | null }>(
      `query ($code: String!, $asOf: Date) { progress(zoneCode: $code, asOf: $asOf) { ${fields} } }`,
      { code, asOf },
      token,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.progress;
  };

  beforeAll(async () => {
    api = await startTestApi('progress_history');
    await seedCounty(api, 2);
    smallZones = (
      await api.sql<{ code: string }>(`SELECT code FROM zone WHERE level = 'SMALL_ZONE' ORDER BY code`)
    ).map((r) => r.code);
    township = smallZones[0].slice(0, 9);
    ids = (
      await api.sql<{ id: string }>(
        `SELECT id FROM household WHERE small_zone_code = $1 AND stage = 'LISTED' ORDER BY id LIMIT 6`,
        [smallZones[0]],
      )
    ).map((r) => r.id);
    enumerator = await api.account(Role.ENUMERATOR, [smallZones[0]]);
    const [other] = await api.sql<{ code: string }>(
      `SELECT code FROM zone WHERE level = 'TOWNSHIP' AND code <> $1 ORDER BY code LIMIT 1`,
      [township],
    );
    outsider = await api.account(Role.TOWNSHIP_OFFICER, [other.code]);

    // Day 1: two households submitted (in two statements: the day keeps the last), a problem opened.
    await api.sql(`UPDATE household SET stage = 'ENUMERATING' WHERE id = $1`, [ids[0]]);
    await api.sql(`UPDATE household SET stage = 'SUBMITTED' WHERE id = ANY ($1::bigint[])`, [
      ids.slice(0, 2),
    ]);
    await api.sql(
      `INSERT INTO problem (county_code, zone_code, household_id, category, refused_items, text, status, reported_by, version)
       VALUES (county_key($1), $1, $2, 'REFUSAL', '{}', '拒绝登记', 'OPEN', $3, 1)`,
      [smallZones[0], ids[2], api.admin.id],
    );
    [{ day: day2 }] = await api.sql<{ day: string }>(
      `SELECT to_char(max(day), 'YYYY-MM-DD') AS day FROM progress_daily`,
    );
    day1Figures = (await progress(township, DAY_FIGURES))!;
    day1Plain = await plainFigures(api, township);
    day1Children = ((await progress(township, `children { ${DAY_FIGURES} }`))!.children as Figures[]) ?? [];
    const listed = await progress(smallZones[0], 'enumeratorProgress { submitted approved households }');
    day1Enumerator = (listed!.enumeratorProgress as Figures[])[0];

    // What was recorded so far becomes day 1 (yesterday); the problem was opened then too.
    await api.sql(`UPDATE progress_daily SET day = day - 1`);
    await api.sql(`UPDATE problem SET created_at = created_at - interval '1 day'`);
    [{ day: day1 }] = await api.sql<{ day: string }>(
      `SELECT to_char(max(day), 'YYYY-MM-DD') AS day FROM progress_daily`,
    );

    // Day 2 (today): one approved, one more submitted, a person removed, a visit, the problem resolved.
    await api.sql(`UPDATE household SET stage = 'APPROVED' WHERE id = $1`, [ids[0]]);
    await api.sql(`UPDATE household SET stage = 'SUBMITTED' WHERE id = $1`, [ids[3]]);
    await api.sql(
      `DELETE FROM person WHERE id = (SELECT min(id) FROM person WHERE small_zone_code = $1 AND relationship <> 'HEAD')`,
      [smallZones[0]],
    );
    await api.sql(
      `INSERT INTO visit (county_code, household_id, small_zone_code, visited_at, slot, method, outcome)
       SELECT county_code, id, small_zone_code, now(), 'EVENING', 'IN_PERSON', 'COMPLETED' FROM household WHERE id = $1`,
      [ids[4]],
    );
    await api.sql(
      `UPDATE problem SET status = 'RESOLVED', resolved_at = now(), resolution = '已登记', resolved_by = $1`,
      [api.admin.id],
    );
  });

  afterAll(() => api.close());

  it('answers a past day with the figures of the end of that day, after the next day changed them', async () => {
    const now = (await progress(township, DAY_FIGURES))!;
    expect(now).not.toEqual(day1Figures);
    expect(pick(now, Object.keys(day1Plain))).toEqual(await plainFigures(api, township));
    expect(await progress(township, DAY_FIGURES, day1)).toEqual(day1Figures);
    // The figures of day 1 are those plain SQL gave over the base tables at the end of day 1.
    expect(pick((await progress(township, DAY_FIGURES, day1))!, Object.keys(day1Plain))).toEqual(day1Plain);
    expect(day1Figures.openProblemsByCategory).toEqual([{ category: 'REFUSAL', count: 1 }]);
    expect(now.openProblemsByCategory).toEqual([]);
    // Today or a later day is now.
    expect(await progress(township, DAY_FIGURES, day2)).toEqual(now);
    expect(await progress(township, DAY_FIGURES, '2999-01-01')).toEqual(now);
    // Before anything was recorded: nothing.
    const before = (await progress(township, 'households submittedHouseholds', '2020-01-01'))!;
    expect(before).toEqual({ households: 0, submittedHouseholds: 0 });
  });

  it('gives the children and the enumerators of a past day, and says when the figures are of', async () => {
    const past = (await progress(township, `asOf children { ${DAY_FIGURES} }`, day1))!;
    expect(past.children).toEqual(day1Children);
    // 数据截至: the end of day 1 (24:00 Beijing time).
    expect(Date.parse(past.asOf as string)).toBe(Date.parse(`${day1}T00:00:00+08:00`) + 86_400_000);
    const listed = await progress(
      smallZones[0],
      'enumeratorProgress { submitted approved households }',
      day1,
    );
    expect((listed!.enumeratorProgress as Figures[])[0]).toEqual(day1Enumerator);
  });

  it('reports a past day', async () => {
    const response = await api.request<{ progressReport: { figures: Figures; markdown: string } }>(
      `query ($code: String!, $asOf: DateTimeISO) {
         progressReport(zoneCode: $code, asOf: $asOf) { figures { ${DAY_FIGURES} } markdown } }`,
      { code: township, asOf: `${day1}T10:00:00+08:00` },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.progressReport.figures).toEqual(day1Figures);
    expect(response.data!.progressReport.markdown).toContain(
      `完成短表上报 ${day1Figures.submittedHouseholds as number} 户`,
    );
  });

  it('keeps scope: null outside your zones, for past days too', async () => {
    expect(await progress(township, 'households', day1, outsider.token)).toBeNull();
    expect(await progress(smallZones[0], 'households', day1, enumerator.token)).not.toBeNull();
  });

  it('keeps the last write of a day: the day row equals the roll-up', async () => {
    // The refusals by item are the roll-up's only (the daily rows keep their total).
    const differ = await api.sql(
      `SELECT r.small_zone_code FROM progress_rollup r
         JOIN progress_daily d ON d.county_code = r.county_code AND d.small_zone_code = r.small_zone_code
          AND d.day = $1::date
        WHERE (to_jsonb(r) - 'county_code' - 'small_zone_code' - 'long_form_refusals')
           <> (to_jsonb(d) - 'county_code' - 'small_zone_code' - 'day')`,
      [day2],
    );
    expect(differ).toEqual([]);
    const [{ rows }] = await api.sql<{ rows: number }>(
      `SELECT count(*)::int AS rows FROM progress_daily WHERE day = $1::date`,
      [day2],
    );
    expect(rows).toBeGreaterThan(0);
  });

  it('draws the trend of the zone, its children and its enumerators, in a flat number of statements', async () => {
    const before = new Date(Date.parse(`${day1}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const query = `query ($code: String!, $from: Date!, $to: Date!) { progress(zoneCode: $code) {
        trend(from: $from, to: $to) { from to days { ${TREND_DAY} }
          children { zoneCode zone { name } days { ${TREND_DAY} } }
          enumerators { account { username } smallZones days { ${TREND_DAY} } } } } }`;
    api.counter.reset();
    const response = await api.request<{ progress: { trend: Figures } }>(query, {
      code: township,
      from: before,
      to: day2,
    });
    const short = api.counter.total;
    expect(response.errors).toBeUndefined();
    const trend = response.data!.progress.trend as {
      to: string;
      days: Figures[];
      children: { zoneCode: string; days: Figures[] }[];
      enumerators: { smallZones: string[]; days: Figures[] }[];
    };
    expect(trend.days.map((d) => d.date)).toEqual([before, day1, day2]);
    expect(trend.days[0]).toMatchObject({ households: 0, submitted: 0 });
    expect(trend.days[1]).toMatchObject({
      households: day1Figures.households,
      submitted: day1Figures.submittedHouseholds,
      approved: day1Figures.approvedHouseholds,
      persons: day1Figures.enteredPersons,
    });
    const now = (await progress(township, DAY_FIGURES))!;
    expect(trend.days[2]).toMatchObject({
      households: now.households,
      submitted: now.submittedHouseholds,
      approved: now.approvedHouseholds,
      persons: now.enteredPersons,
      selfReported: now.selfReportedSubmittedHouseholds,
    });
    // The children add up to the zone, day by day.
    expect(trend.children.length).toBeGreaterThan(0);
    for (const [i, day] of trend.days.entries()) {
      const sum = trend.children.reduce((total, child) => total + (child.days[i].submitted as number), 0);
      expect(sum).toBe(day.submitted);
    }
    const mine = trend.enumerators.find((e) => e.smallZones.includes(smallZones[0]))!;
    expect(mine.days[1].submitted).toBe(day1Enumerator.submitted);
    // A later day than today is cut at today; a longer range costs no more statements.
    api.counter.reset();
    const longer = await api.request<{ progress: { trend: Figures } }>(query, {
      code: township,
      from: new Date(Date.parse(`${day1}T00:00:00Z`) - 90 * 86_400_000).toISOString().slice(0, 10),
      to: '2999-01-01',
    });
    expect(longer.errors).toBeUndefined();
    expect(api.counter.total).toBe(short);
    expect((longer.data!.progress.trend as { to: string }).to).toBe(day2);
  });

  it('refuses a reversed or too long range with a coded error', async () => {
    const ask = (from: string, to: string) =>
      api.request(
        `{ progress(zoneCode: "${township}") { trend(from: "${from}", to: "${to}") { days { date } } } }`,
      );
    const tooLong = await ask('2020-01-01', '2020-06-01');
    expect(tooLong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageCode: 'progress.trendTooLong',
    });
    expect(tooLong.errors?.[0].message).toMatch(/^趋势一次最多 120 天/);
    const reversed = await ask('2020-11-02', '2020-11-01');
    expect(reversed.errors?.[0].extensions).toMatchObject({ messageCode: 'progress.trendReversed' });
  });

  // Last: it rewrites the history of a small zone of the township.
  it('replays days before the snapshots from the history, as plain SQL over the base tables sees them', async () => {
    const zone = smallZones[1];
    const daysAgo = (n: number) =>
      new Date(Date.parse(`${day2}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
    const households = (
      await api.sql<{ id: string }>(
        `SELECT id FROM household WHERE small_zone_code = $1 AND stage = 'LISTED' ORDER BY id LIMIT 3`,
        [zone],
      )
    ).map((r) => r.id);
    // Listed five days ago; one taken up four days ago and submitted three days ago, another submitted by the
    // resident two days ago, a visit three days ago.
    await api.sql(`UPDATE household SET created_at = $2::date - 5 WHERE small_zone_code = $1`, [zone, day2]);
    await api.sql(`UPDATE person SET created_at = $2::date - 5 WHERE small_zone_code = $1`, [zone, day2]);
    const event = (id: string, day: string, from: string, to: string, resident = false) =>
      api.sql(
        `INSERT INTO household_event (county_code, household_id, small_zone_code, at, from_stage, to_stage, by_resident)
         VALUES (county_key($1), $2, $1, ($3::date + time '10:00') AT TIME ZONE 'Asia/Shanghai',
                 $4::household_stage, $5::household_stage, $6)`,
        [zone, id, day, from, to, resident],
      );
    await event(households[0], daysAgo(4), 'LISTED', 'ENUMERATING');
    await event(households[0], daysAgo(3), 'ENUMERATING', 'SUBMITTED');
    await event(households[1], daysAgo(2), 'LISTED', 'SUBMITTED', true);
    await api.sql(`UPDATE household SET stage = 'SUBMITTED' WHERE id = ANY ($1::bigint[])`, [
      households.slice(0, 2),
    ]);
    await api.sql(`UPDATE household SET registration_method = 'SELF_REPORT' WHERE id = $1`, [households[1]]);
    await api.sql(
      `INSERT INTO visit (county_code, household_id, small_zone_code, visited_at, slot, method, outcome)
       SELECT county_code, id, small_zone_code, ($2::date + time '19:00') AT TIME ZONE 'Asia/Shanghai', 'EVENING',
              'IN_PERSON', 'COMPLETED' FROM household WHERE id = $1`,
      [households[2], daysAgo(3)],
    );
    await api.sql(`DELETE FROM progress_daily WHERE small_zone_code = $1 AND day < $2::date`, [zone, day2]);
    await api.sql(`SELECT progress_daily_replay(ARRAY[county_key($1)], $2::date, $3::date)`, [
      zone,
      daysAgo(6),
      daysAgo(1),
    ]);
    const FIELDS =
      'households submittedHouseholds selfReportedSubmittedHouseholds visitedHouseholds enteredPersons';
    for (let n = 6; n >= 1; n--) {
      // Plain SQL: each household's stage is that of its last event up to the end of the day.
      const [plain] = await api.sql<Figures>(
        `WITH e AS (SELECT ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai' AS day_end),
              h AS (SELECT h.*, coalesce((SELECT to_stage FROM household_event x WHERE x.household_id = h.id
                                            AND x.at < e.day_end ORDER BY x.at DESC LIMIT 1), 'LISTED') AS then_stage
                      FROM household h, e WHERE h.small_zone_code = $1 AND h.created_at < e.day_end)
         SELECT count(*)::int AS households,
                count(*) FILTER (WHERE then_stage IN ('SUBMITTED', 'APPROVED'))::int AS "submittedHouseholds",
                count(*) FILTER (WHERE then_stage IN ('SUBMITTED', 'APPROVED')
                                   AND registration_method = 'SELF_REPORT')::int AS "selfReportedSubmittedHouseholds",
                (SELECT count(DISTINCT household_id)::int FROM visit, e
                  WHERE small_zone_code = $1 AND visited_at < e.day_end) AS "visitedHouseholds",
                (SELECT count(*)::int FROM person, e WHERE small_zone_code = $1 AND created_at < e.day_end)
                  AS "enteredPersons"
           FROM h`,
        [zone, daysAgo(n)],
      );
      expect(await progress(zone, FIELDS, daysAgo(n))).toEqual(plain);
    }
    expect(await progress(zone, 'submittedHouseholds', daysAgo(4))).toEqual({ submittedHouseholds: 0 });
    expect(await progress(zone, 'submittedHouseholds', daysAgo(3))).toEqual({ submittedHouseholds: 1 });
    expect(await progress(zone, 'households', daysAgo(6))).toEqual({ households: 0 });
  });
});
