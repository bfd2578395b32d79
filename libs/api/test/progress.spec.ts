import { Role } from '../src/auth/role';
import { seedCounty, startTestApi, type TestAccount, type TestApi } from './harness';

type Figures = Record<string, unknown>;

const COUNTS = `registryHouseholds registryPersons residentHouseholds residentPersons enteredHouseholds enteredPersons
  enteredRegisteredPersons enteredResidentPersons ordinaryHouseholds vacantHouseholds awayHouseholds
  deceasedHouseholds selfReportedHouseholds selfReportedSubmittedHouseholds selfReportRate submittedHouseholds
  approvedHouseholds returnedHouseholds households censusZones smallZones enumerators supervisors visitedHouseholds
  repeatedFailureHouseholds refusingHouseholds livingAwayPersons floatingPersons
  openProblemsByCategory { category count }`;

const range = (column: string) => `(${column} >= $1 AND ${column} < $1 || ':')`;

/** Every figure of a zone computed from the base tables, never from the rollup. */
async function expected(api: TestApi, code: string): Promise<Figures> {
  const [h] = await api.sql<Record<string, number>>(
    `WITH h AS (
       SELECT h.*, (SELECT count(*) FROM person p WHERE p.household_id = h.id) AS persons,
              (SELECT count(*) FROM person p WHERE p.household_id = h.id AND p.resident) AS residents,
              (SELECT count(*) FROM visit v WHERE v.household_id = h.id) AS visits,
              (SELECT count(*) FROM visit v WHERE v.household_id = h.id AND v.outcome IN ('NOBODY_HOME', 'REFUSED')) AS failed,
              (SELECT count(*) FROM visit v WHERE v.household_id = h.id AND v.outcome = 'REFUSED') AS refused,
              (SELECT count(*) FROM visit v WHERE v.household_id = h.id AND v.outcome = 'COMPLETED') AS completed
         FROM household h WHERE ${range('h.small_zone_code')})
     SELECT count(*)::int AS "households",
            count(*) FILTER (WHERE residents > 0)::int AS "residentHouseholds",
            count(*) FILTER (WHERE stage <> 'LISTED' OR persons > 0)::int AS "enteredHouseholds",
            count(*) FILTER (WHERE status = 'ORDINARY')::int AS "ordinaryHouseholds",
            count(*) FILTER (WHERE status = 'VACANT')::int AS "vacantHouseholds",
            count(*) FILTER (WHERE status = 'AWAY')::int AS "awayHouseholds",
            count(*) FILTER (WHERE status = 'DECEASED')::int AS "deceasedHouseholds",
            count(*) FILTER (WHERE registration_method = 'SELF_REPORT')::int AS "selfReportedHouseholds",
            count(*) FILTER (WHERE registration_method = 'SELF_REPORT' AND stage IN ('SUBMITTED', 'APPROVED'))::int
              AS "selfReportedSubmittedHouseholds",
            count(*) FILTER (WHERE stage IN ('SUBMITTED', 'APPROVED'))::int AS "submittedHouseholds",
            count(*) FILTER (WHERE stage = 'APPROVED')::int AS "approvedHouseholds",
            count(*) FILTER (WHERE stage = 'RETURNED')::int AS "returnedHouseholds",
            count(*) FILTER (WHERE visits > 0)::int AS "visitedHouseholds",
            count(*) FILTER (WHERE failed >= 2 AND completed = 0)::int AS "repeatedFailureHouseholds",
            count(*) FILTER (WHERE refused > 0 AND completed = 0)::int AS "refusingHouseholds"
       FROM h`,
    [code],
  );
  const [p] = await api.sql<Record<string, number>>(
    `SELECT count(*)::int AS "enteredPersons",
            count(*) FILTER (WHERE registered)::int AS "enteredRegisteredPersons",
            count(*) FILTER (WHERE resident)::int AS "residentPersons",
            count(*) FILTER (WHERE registered AND NOT resident)::int AS "livingAwayPersons",
            count(*) FILTER (WHERE resident AND NOT registered)::int AS "floatingPersons"
       FROM person WHERE ${range('small_zone_code')}`,
    [code],
  );
  const [z] = await api.sql<Record<string, number>>(
    `SELECT count(*) FILTER (WHERE level = 'CENSUS_ZONE')::int AS "censusZones",
            count(*) FILTER (WHERE level = 'SMALL_ZONE')::int AS "smallZones",
            (SELECT count(DISTINCT a.id)::int FROM account a JOIN account_zone az ON az.account_id = a.id
              WHERE a.active AND a.role = 'ENUMERATOR' AND ${range('az.zone_code')}) AS "enumerators",
            (SELECT count(DISTINCT s.id)::int FROM account s
              WHERE s.active AND s.role = 'SUPERVISOR' AND (
                EXISTS (SELECT 1 FROM account_zone az WHERE az.account_id = s.id AND ${range('az.zone_code')})
                OR EXISTS (SELECT 1 FROM account e JOIN account_zone az ON az.account_id = e.id
                            WHERE e.supervisor_id = s.id AND e.active AND e.role = 'ENUMERATOR'
                              AND ${range('az.zone_code')}))) AS "supervisors"
       FROM zone WHERE ${range('code')}`,
    [code],
  );
  const problems = await api.sql<{ category: string; count: number }>(
    `SELECT category::text, count(*)::int AS count FROM problem
      WHERE ${range('zone_code')} AND status <> 'RESOLVED' GROUP BY category ORDER BY category`,
    [code],
  );
  const [registry] = await api.sql<Record<string, number>>(
    `SELECT count(DISTINCT registry_household_number)::int AS "registryHouseholds", count(*)::int AS "registryPersons"
       FROM registry_person WHERE ${range('zone_code')}`,
    [code],
  );
  const submitted = h.submittedHouseholds;
  return {
    ...registry,
    ...h,
    ...p,
    enteredResidentPersons: p.residentPersons,
    ...z,
    selfReportRate:
      submitted === 0 ? null : Math.round((h.selfReportedSubmittedHouseholds / submitted) * 1000) / 10,
    openProblemsByCategory: problems,
  };
}

async function figures(api: TestApi, code: string, token?: string): Promise<Figures | null> {
  const response = await api.request<{ progress: Figures | null }>(
    `query ($code: String!) { progress(zoneCode: $code) { ${COUNTS} } }`,
    { code },
    token,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.progress;
}

describe('progress figures (进展情况)', () => {
  let api: TestApi;
  let county: string;
  let township: string;
  let censusZone: string;
  let smallZones: string[];
  let enumerator: TestAccount;

  beforeAll(async () => {
    api = await startTestApi('progress');
    await seedCounty(api, 4);
    smallZones = (
      await api.sql<{ code: string }>(`SELECT code FROM zone WHERE level = 'SMALL_ZONE' ORDER BY code`)
    ).map((r) => r.code);
    censusZone = smallZones[0].slice(0, 12);
    township = smallZones[0].slice(0, 9);
    county = smallZones[0].slice(0, 6);
    // Every status, stage and source, whatever the generator produced.
    const ids = (
      await api.sql<{ id: string }>(
        `SELECT id FROM household WHERE small_zone_code = $1 ORDER BY id LIMIT 12`,
        [smallZones[0]],
      )
    ).map((r) => r.id);
    const set = (i: number, sql: string) => api.sql(`UPDATE household SET ${sql} WHERE id = $1`, [ids[i]]);
    await set(0, `status = 'VACANT'`);
    await set(1, `status = 'AWAY'`);
    await set(2, `status = 'DECEASED'`);
    await set(3, `stage = 'SUBMITTED', registration_method = 'SELF_REPORT'`);
    await set(4, `stage = 'APPROVED'`);
    await set(5, `stage = 'RETURNED'`);
    await set(6, `stage = 'ENUMERATING', registration_method = 'SELF_REPORT'`);
    // Visits: a repeated failure, a refusal, a completed one.
    await api.sql(
      `INSERT INTO visit (county_code, household_id, small_zone_code, visited_at, slot, method, outcome)
       SELECT h.county_code, h.id, h.small_zone_code, now() - v.ago * interval '1 day', 'EVENING', 'IN_PERSON', v.outcome::visit_outcome
         FROM household h JOIN (VALUES (7, 2, 'NOBODY_HOME'), (7, 1, 'REFUSED'), (8, 1, 'REFUSED'), (9, 1, 'COMPLETED'),
                                      (10, 3, 'NOBODY_HOME'), (10, 2, 'NOBODY_HOME'), (10, 1, 'COMPLETED'))
                              AS v(i, ago, outcome) ON h.id = ($1::bigint[])[v.i + 1]`,
      [ids],
    );
    const admin = api.admin.id;
    await api.sql(
      `INSERT INTO problem (county_code, zone_code, household_id, category, refused_items, text, status, reported_by, escalated_at, escalated_by, version)
       VALUES (county_key($1), $1, $2, 'REFUSAL', '{}', '拒绝登记', 'OPEN', $4, NULL, NULL, 1),
              (county_key($1), $1, $3, 'WHEREABOUTS_UNKNOWN', '{}', '去向不明', 'ESCALATED', $4, now(), $4, 1)`,
      [smallZones[0], ids[8], ids[7], admin],
    );
    const supervisor = await api.account(Role.SUPERVISOR, []);
    enumerator = await api.account(Role.ENUMERATOR, [smallZones[0]], { supervisorId: supervisor.id });
    await api.account(Role.ENUMERATOR, [smallZones[1]]);
    await api.account(Role.SUPERVISOR, [censusZone]);
    await api.account(Role.TOWNSHIP_OFFICER, [township]);
    // Registry persons (公安推送) on small zones and on a census zone itself, households sharing numbers.
    await api.sql(
      `INSERT INTO registry_person (citizen_id_sealed, citizen_id_hash, citizen_id_masked, name, sex, birth_date, address,
                                    registry_household_number, zone_code, import_key, county_code)
       SELECT '\\x00'::bytea, sha256(n::text::bytea), '110105********0000', '户籍' || n, 'FEMALE', '1980-01-01', '地址',
              'H' || (n % 7), CASE WHEN n % 5 = 0 THEN $2 ELSE ($1::text[])[1 + n % 3] END, 'seed',
              county_key(CASE WHEN n % 5 = 0 THEN $2 ELSE ($1::text[])[1 + n % 3] END)
         FROM generate_series(1, 40) n`,
      [smallZones.slice(0, 3), censusZone],
    );
  });

  afterAll(() => api.close());

  it('has every status, stage and source in the data', async () => {
    const [row] = await api.sql<Record<string, number>>(
      `SELECT count(DISTINCT status)::int AS statuses, count(DISTINCT stage)::int AS stages,
              count(DISTINCT registration_method)::int AS methods FROM household`,
    );
    expect(row).toEqual({ statuses: 4, stages: 5, methods: 2 });
  });

  it('equals plain SQL over the base tables for a county, township, census zone and small zone', async () => {
    for (const code of [county, township, censusZone, smallZones[0], smallZones[1]]) {
      expect(await figures(api, code)).toEqual(await expected(api, code));
    }
  });

  it("sums a parent's rollup figures over its children, in a constant number of statements", async () => {
    api.counter.reset();
    const response = await api.request<{
      progress: Figures & { children: (Figures & { zone: { code: string } })[] };
    }>(
      `query ($code: String!) { progress(zoneCode: $code) { ${COUNTS} zone { code }
         children { ${COUNTS} zone { code } } } }`,
      { code: township },
    );
    expect(response.errors).toBeUndefined();
    // Authentication, the figures, the children's figures, the zones (parent and children batches).
    const statements = api.counter.total;
    expect(statements).toBeLessThanOrEqual(6);
    api.counter.reset();
    await api.request(
      `query ($code: String!) { progress(zoneCode: $code) { households zone { code }
         children { households zone { code } } } }`,
      { code: county },
    );
    expect(api.counter.total).toBe(statements);
    const { children, ...parent } = response.data!.progress;
    expect(children.length).toBeGreaterThan(1);
    for (const key of [
      'households',
      'enteredPersons',
      'submittedHouseholds',
      'residentHouseholds',
      'smallZones',
    ]) {
      expect(children.reduce((sum, child) => sum + (child[key] as number), 0)).toBe(parent[key]);
    }
    for (const child of children) {
      const { zone, ...rest } = child;
      expect(rest).toEqual(await expected(api, zone.code));
    }
  });

  it('reads a zone with its children in one statement, the whole as exact as alone', async () => {
    // An enumerator holding small zones of two census zones counts once for the township.
    const otherCensusZone = smallZones.find(
      (code) => code.startsWith(township) && !code.startsWith(censusZone),
    )!;
    const both = await api.account(Role.ENUMERATOR, [smallZones[0], otherCensusZone]);
    try {
      api.counter.reset();
      const alone = await figures(api, township);
      const statementsAlone = api.counter.total;
      api.counter.reset();
      const response = await api.request<{ progress: Figures & { children: Figures[] } }>(
        `query ($code: String!) { progress(zoneCode: $code) { ${COUNTS} children { ${COUNTS} } } }`,
        { code: township },
      );
      expect(response.errors).toBeUndefined();
      expect(api.counter.total).toBe(statementsAlone);
      const { children, ...whole } = response.data!.progress;
      expect(whole).toEqual(alone);
      expect(whole).toEqual(await expected(api, township));
      const enumeratorsOfChildren = children.reduce((sum, child) => sum + (child.enumerators as number), 0);
      expect(whole.enumerators).toBeLessThan(enumeratorsOfChildren);
    } finally {
      await api.sql(`UPDATE account SET active = false WHERE id = $1`, [both.id]);
    }
  });

  it('stays exact after inserts, updates, moves, deletes and a submission', async () => {
    const [a, b] = smallZones;
    const [household] = await api.sql<{ id: string }>(
      `INSERT INTO household (county_code, small_zone_code, number, status, version) VALUES (county_key($1), $1, '990', 'ORDINARY', 1) RETURNING id`,
      [a],
    );
    await api.sql(
      `INSERT INTO person (county_code, household_id, small_zone_code, line_number, name, relationship, sex, birth_year, birth_month,
                           ethnicity, registered, resident, version)
       SELECT county_key($2), $1, $2, n, '测试' || n, 'HEAD', 'MALE', 1980, 1, 'HAN', n % 2 = 0, n < 3, 1 FROM generate_series(1, 3) n`,
      [household.id, a],
    );
    await api.sql(`UPDATE person SET resident = NOT resident WHERE household_id = $1 AND line_number = 2`, [
      household.id,
    ]);
    await api.sql(`UPDATE household SET status = 'AWAY', stage = 'ENUMERATING' WHERE id = $1`, [
      household.id,
    ]);
    for (const code of [a, b, township]) expect(await figures(api, code)).toEqual(await expected(api, code));
    // Move the household and its persons to another small zone.
    await api.db.transaction(async (tx) => {
      await tx.query(`UPDATE household SET small_zone_code = $2 WHERE id = $1`, [household.id, b]);
      await tx.query(`UPDATE person SET small_zone_code = $2 WHERE household_id = $1`, [household.id, b]);
    });
    for (const code of [a, b]) expect(await figures(api, code)).toEqual(await expected(api, code));
    // A submission through the API.
    const [ready] = await api.sql<{ id: string; version: number }>(
      `SELECT h.id, h.version FROM household h WHERE h.small_zone_code = $1 AND h.stage = 'ENUMERATING'
          AND EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id) ORDER BY h.id LIMIT 1`,
      [a],
    );
    if (ready) {
      const id = Buffer.from(`Household:${ready.id}`).toString('base64url');
      await api.request(
        `mutation ($id: ID!, $v: Int!) { submitHousehold(input: { id: $id, expectedVersion: $v }) { userErrors { message } } }`,
        { id, v: ready.version },
      );
    }
    // Delete persons then the household.
    await api.sql(`DELETE FROM person WHERE household_id = $1`, [household.id]);
    for (const code of [a, b]) expect(await figures(api, code)).toEqual(await expected(api, code));
    await api.sql(`DELETE FROM household WHERE id = $1`, [household.id]);
    for (const code of [a, b, county]) expect(await figures(api, code)).toEqual(await expected(api, code));
  });

  it('stays exact under concurrent writers in one small zone, and readers see committed figures only', async () => {
    const zone = smallZones[2];
    const ids = (
      await api.sql<{ id: string }>(`SELECT id FROM household WHERE small_zone_code = $1 ORDER BY id`, [zone])
    ).map((r) => r.id);
    const statuses = ['VACANT', 'AWAY', 'ORDINARY', 'DECEASED'];
    // Twenty transactions at once, each changing a household and adding a person, some rolling back.
    await Promise.all(
      ids.slice(0, 20).map((id, i) =>
        api.db
          .transaction(async (tx) => {
            await tx.query(`UPDATE household SET status = $2, stage = 'SUBMITTED' WHERE id = $1`, [
              id,
              statuses[i % 4],
            ]);
            await tx.query(
              `INSERT INTO person (county_code, household_id, small_zone_code, line_number, name, relationship, sex, birth_year, birth_month,
                                   registered, resident, version)
               VALUES (county_key($2), $1, $2, 90, '并发测试', 'OTHER', 'MALE', 1990, 1, $3, true, 1)`,
              [id, zone, i % 2 === 0],
            );
            if (i % 5 === 4) throw new Error('roll back');
          })
          .catch((error: Error) => {
            if (error.message !== 'roll back') throw error;
          }),
      ),
    );
    expect(await figures(api, zone)).toEqual(await expected(api, zone));
    expect(await figures(api, county)).toEqual(await expected(api, county));
  });

  it('answers a zone outside the scope like an unknown zone: null', async () => {
    expect(await figures(api, county, enumerator.token)).toBeNull();
    expect(await figures(api, smallZones[1], enumerator.token)).toBeNull();
    expect(await figures(api, '110101001001999', enumerator.token)).toBeNull();
    expect(await figures(api, smallZones[0], enumerator.token)).toEqual(await expected(api, smallZones[0]));
  });

  it('lists enumerators with their figures, daily progress and the report', async () => {
    const response = await api.request<{
      progress: {
        enumeratorProgress: {
          account: { username: string };
          smallZones: string[];
          households: number;
          behindPace: boolean;
        }[];
        daily: { date: string; visits: number; submittedCumulative: number }[];
      };
      progressReport: {
        markdown: string;
        figures: { submittedHouseholds: number; registryHouseholds: number; registryPersons: number };
      };
    }>(
      `query ($code: String!, $from: Date!, $to: Date!) {
         progress(zoneCode: $code) {
           enumeratorProgress { account { username } smallZones households submitted approved returned selfReported lastActivityAt behindPace }
           daily(from: $from, to: $to) { date submitted submittedCumulative approved selfReported visits }
         }
         progressReport(zoneCode: $code) { markdown figures { submittedHouseholds registryHouseholds registryPersons } zone { name } }
       }`,
      { code: township, from: '2020-01-01', to: '2020-01-31' },
    );
    expect(response.errors).toBeUndefined();
    const { progress, progressReport } = response.data!;
    expect(progress.enumeratorProgress.map((e) => e.account.username)).toContain(enumerator.username);
    expect(progress.daily).toHaveLength(31);
    expect(progressReport.markdown).toContain('一、进展情况');
    const { registryHouseholds, registryPersons } = progressReport.figures;
    expect(registryPersons).toBeGreaterThan(0);
    expect(progressReport.markdown).toContain(
      `公安部门共推送户籍人口 ${registryHouseholds} 户、${registryPersons} 人`,
    );
    // A zone without registry rows says that nothing was pushed.
    const empty = await api.request<{ progressReport: { markdown: string } }>(
      `query ($code: String!) { progressReport(zoneCode: $code) { markdown } }`,
      { code: smallZones[3] },
    );
    expect(empty.data!.progressReport.markdown).toContain('（暂无公安推送数据）');
    expect(progressReport.markdown).toContain(
      `完成短表上报 ${progressReport.figures.submittedHouseholds} 户`,
    );
    const tooLong = await api.request(
      `{ progress(zoneCode: "${township}") { daily(from: "2020-01-01", to: "2020-12-31") { date } } }`,
    );
    expect(tooLong.errors?.[0].message).toMatch(/一次最多查询 62 天/);
  });

  it('pages enumerator progress both ways, with the peers of the whole list', async () => {
    interface Row {
      account: { username: string };
      smallZones: string[];
      behindPace: boolean;
      submittedShare: number;
    }
    interface Page {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
      nodes: Row[];
    }
    const ROW = 'account { username } smallZones behindPace submittedShare';
    const listed = await api.request<{ progress: { enumeratorProgress: Row[] } }>(
      `query ($code: String!) { progress(zoneCode: $code) { enumeratorProgress { ${ROW} } } }`,
      { code: county },
    );
    const all = listed.data!.progress.enumeratorProgress;
    expect(all.length).toBeGreaterThanOrEqual(2);
    const page = async (variables: Record<string, unknown>) => {
      const answer = await api.request<{ progress: { enumeratorProgressConnection: Page } }>(
        `query ($code: String!, $first: Int, $after: String, $last: Int, $before: String) {
           progress(zoneCode: $code) {
             enumeratorProgressConnection(first: $first, after: $after, last: $last, before: $before) {
               totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { ${ROW} }
             }
           }
         }`,
        { code: county, ...variables },
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.progress.enumeratorProgressConnection;
    };
    const forwards: Row[] = [];
    for (let after: string | null = null; ;) {
      const p: Page = await page({ first: 1, after });
      expect(p.totalCount).toBe(all.length);
      expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
      forwards.push(...p.nodes);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(forwards).toEqual(all);
    const backwards: Row[] = [];
    for (let before: string | null = null; ;) {
      const p: Page = await page({ last: 1, before });
      backwards.unshift(...p.nodes);
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(backwards).toEqual(all);
    const refused = await api.request(
      `{ progress(zoneCode: "${county}") { enumeratorProgressConnection(first: 1, last: 1) { totalCount } } }`,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
