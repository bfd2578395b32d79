import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { QueryRunner } from 'typeorm';

import { countyKeyOf } from '@census/rules';

import {
  CROSS_COUNTY_ENTRIES,
  type CrossCountyEntry,
  DELIBERATE_CROSS_COUNTY,
  entryFor,
  NOT_YET_ROUTED,
  type Requests,
} from './cross-county';
import { startTestApi, type TestApi } from './harness';
import { countiesOf, createTwin, explain, fillTwin, reachOf, type Run, type Twin } from './partitioned-twin';
import { DOCUMENTS, exercise, request, seedExerciseCounty } from './sql-exercise';
import { type RecordedCall, StatementRecorder } from './sql-recorder';

/**
 * The nation on Citus without a cluster (docs/scaling.md, "The partition test"): every statement the API sends for
 * a county-scoped request (the shared exercise of sql-exercise.ts: a county's administrator, township officer,
 * supervisor, enumerator, resident and integration account) is planned, with the values it was sent with, in a twin
 * of the county-owned tables partitioned by county_code (partitioned-twin.ts). A statement passes when it reaches
 * at most one partition of each county-owned table, all of one county: what Citus needs to route it to one node. A
 * statement that reaches more is a failure unless its label is on a list of cross-county.ts.
 */
/**
 * The county-owned tables: those the county-key migration (1796296229818) gave `county_code`. Switch to the list
 * libs/api exports once it does; the spec checks that no other table has a `county_code` column. audit_log is not
 * among them (it also holds rows of no zone): a coordinator table on Citus (docs/scaling.md).
 */
const COUNTY_OWNED_TABLES = [
  'building',
  'household',
  'person',
  'household_event',
  'visit',
  'appointment',
  'problem',
  'progress_rollup',
  'progress_daily',
  'registry_person',
  'meter_reading',
  'grid_household',
  'worklist_outcome',
  'change_log',
  'small_zone_assignment',
] as const;
const OWNED: ReadonlySet<string> = new Set(COUNTY_OWNED_TABLES);
/**
 * National tables that name a county without being owned by one: the citizen-ID directory is keyed (and on Citus
 * distributed) by the citizen-ID hash, and tells which counties list a person (docs/scaling.md).
 */
const NATIONAL_TABLES: ReadonlySet<string> = new Set(['citizen_id_directory']);

/** Statements EXPLAIN can plan; transaction control, SET, LOCK and the like reach no table by themselves. */
const EXPLAINABLE = /^\s*(?:\(\s*)*(?:SELECT|INSERT|UPDATE|DELETE|WITH|MERGE|VALUES|TABLE)\b/i;

type Verdict =
  | { kind: 'county-free' }
  | { kind: 'routed'; counties: Set<string | null> }
  | { kind: 'cross-county'; why: string }
  | { kind: 'unplanned'; error: string }
  | { kind: 'not-explainable' };

interface Checked {
  /** The kind of request that sent it (the recorder's phase). */
  requests: Requests;
  label: string;
  sql: string;
  verdict: Verdict;
}

/** Opens a savepoint around one step, so that a failing statement does not end the twin's transaction. */
async function step<T>(runner: QueryRunner, work: () => Promise<T>): Promise<T> {
  await runner.query('SAVEPOINT routing_step');
  try {
    const result = await work();
    await runner.query('RELEASE SAVEPOINT routing_step');
    return result;
  } catch (error) {
    await runner.query('ROLLBACK TO SAVEPOINT routing_step');
    throw error;
  }
}

/** The verdict on the plans of one statement: the worst of them. */
function judge(plans: readonly unknown[], twin: Twin, owned: ReadonlySet<string>): Verdict {
  const counties = new Set<string | null>();
  let touched = false;
  for (const plan of plans) {
    const reach = reachOf(plan, twin, owned);
    if (reach.outside.size > 0)
      return { kind: 'cross-county', why: `names ${[...reach.outside].join(', ')} outside the twin` };
    const spread = [...reach.partitions].filter(([, reached]) => reached.size > 1);
    if (spread.length > 0)
      return {
        kind: 'cross-county',
        why: spread.map(([table, reached]) => `${table}: ${reached.size} partitions`).join(', '),
      };
    for (const county of countiesOf(reach, twin)) counties.add(county);
    if (counties.size > 1)
      return {
        kind: 'cross-county',
        why: `tables of ${counties.size} counties (${[...counties]
          .map((county) => county ?? 'DEFAULT')
          .sort()
          .join(', ')})`,
      };
    if (reach.partitions.size > 0 || reach.wholeTables.size > 0) touched = true;
  }
  return touched ? { kind: 'routed', counties } : { kind: 'county-free' };
}

/** The verdict on one statement over every list of values it was sent with (planned in the twin). */
async function check(
  run: Run,
  runner: QueryRunner,
  twin: Twin,
  owned: ReadonlySet<string>,
  sql: string,
  values: unknown[][],
): Promise<Verdict> {
  if (!EXPLAINABLE.test(sql)) return { kind: 'not-explainable' };
  const plans: unknown[] = [];
  for (const list of values) {
    try {
      plans.push(await step(runner, () => explain(run, twin, sql, list)));
    } catch (error) {
      return { kind: 'unplanned', error: (error as Error).message };
    }
  }
  return judge(plans, twin, owned);
}

/** A message PostgreSQL sent the client (node-postgres's notice: `where` is the PL/pgSQL context). */
interface Notice {
  message?: string;
  where?: string;
}
/** The node-postgres client of a query runner, as far as the spec listens to it. */
interface NoticeSource {
  on(event: 'notice', listener: (notice: Notice) => void): unknown;
  removeListener(event: 'notice', listener: (notice: Notice) => void): unknown;
}

/** Runs `work` on one connection in a transaction that is rolled back (the twin goes with it). */
async function inTwinTransaction<T>(
  work: (run: Run, runner: QueryRunner, client: NoticeSource) => Promise<T>,
): Promise<T> {
  const runner = api.db.createQueryRunner();
  const client = (await runner.connect()) as NoticeSource;
  try {
    await runner.startTransaction();
    return await work((sql, values) => runner.query(sql, values), runner, client);
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

interface Triggers {
  /** The statements of the trigger functions (and the functions they call), judged. */
  checked: Checked[];
  /**
   * Writes that failed in the twin: its rows are those at the end of the exercise, so a write that was valid then
   * may not be now (a problem escalated after it was resolved). Their triggers are seen through the other writes.
   */
  failed: string[];
  /** Trigger functions of county-owned tables that no write fired. */
  unseen: string[];
}

/** A statement that writes: it may fire the API's triggers. */
const WRITES = /\b(?:INSERT|UPDATE|DELETE)\b/i;
/** The innermost PL/pgSQL function and line of a notice's context: `progress_rollup_refresh(text[]) line 12`. */
const PLPGSQL = /PL\/pgSQL function (\S+\(.*?\)) line (\d+)/;

/**
 * The statements the API's trigger functions run for the recorded writes, which EXPLAIN cannot show: each write
 * runs for real in the filled twin (rolled back at once) with auto_explain logging every nested statement's plan
 * to this connection as a notice, labelled `plpgsql: <function> line <n>`. Each plan is judged as a statement's.
 */
async function checkTriggers(
  run: Run,
  client: NoticeSource,
  twin: Twin,
  calls: readonly RecordedCall[],
): Promise<Triggers> {
  await fillTwin(run, twin);
  const functions = (await run(
    `SELECT DISTINCT tgfoid::regprocedure::text AS name FROM pg_trigger
      WHERE tgrelid IN (SELECT oid FROM pg_class WHERE relnamespace = to_regnamespace($1)) AND NOT tgisinternal`,
    [twin.schema],
  )) as { name: string }[];
  await run(`LOAD 'auto_explain'`);
  for (const setting of [
    'auto_explain.log_min_duration = 0',
    'auto_explain.log_nested_statements = on',
    'auto_explain.log_format = json',
    'auto_explain.log_verbose = on',
    'auto_explain.log_level = notice',
    'client_min_messages = notice',
  ])
    await run(`SET LOCAL ${setting}`);
  const plans = new Map<string, { requests: Requests; label: string; sql: string; plans: unknown[] }>();
  let requests: Requests = 'county';
  const failed: string[] = [];
  const listener = (notice: Notice) => {
    const context = notice.where && PLPGSQL.exec(notice.where);
    const start = notice.message?.indexOf('{') ?? -1;
    if (!context || start < 0) return;
    const logged = JSON.parse(notice.message!.slice(start)) as { 'Query Text': string; Plan: unknown };
    const label = `plpgsql: ${context[1]} line ${context[2]}`;
    const sql = logged['Query Text'].replace(/\s+/g, ' ').trim();
    const key = `${requests}\0${label}\0${sql}`;
    const entry = plans.get(key) ?? { requests, label, sql, plans: [] };
    entry.plans.push(logged.Plan);
    plans.set(key, entry);
  };
  client.on('notice', listener);
  try {
    for (const call of calls) {
      if (!EXPLAINABLE.test(call.sql) || !WRITES.test(call.sql)) continue;
      requests = call.phase as Requests;
      await run('SAVEPOINT routing_write');
      try {
        await run(call.sql, call.values[0]);
      } catch (error) {
        failed.push(`${call.label}: ${(error as Error).message}\n  ${call.sql}`);
      } finally {
        await run('ROLLBACK TO SAVEPOINT routing_write');
      }
    }
  } finally {
    client.removeListener('notice', listener);
  }
  const checked = [...plans.values()].map(({ requests: kind, label, sql, plans: logged }) => ({
    requests: kind,
    label,
    sql,
    verdict: judge(logged, twin, OWNED),
  }));
  const seen = new Set(
    [...plans.values()].map(
      ({ label }) => PLPGSQL.exec(label.replace('plpgsql: ', 'PL/pgSQL function '))![1],
    ),
  );
  return {
    checked,
    failed,
    unseen: functions
      .map((f) => f.name)
      .filter((name) => !seen.has(name))
      .sort(),
  };
}

const recorder = new StatementRecorder();
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi('county-routing', { counter: recorder });
});
afterAll(() => api?.close());

describe('the partition test itself, on scratch tables', () => {
  const SCRATCH = ['scratch_home', 'scratch_member', 'scratch_flat'];
  const verdicts = new Map<string, Verdict>();
  let problems: string[] = [];
  const STATEMENTS: Record<string, [string, unknown[]]> = {
    'join on the key, one county': [
      `SELECT * FROM scratch_home h JOIN scratch_member m ON m.county_code = h.county_code AND m.home_id = h.id
        WHERE h.county_code = $1 AND h.id = $2`,
      ['330106', 1],
    ],
    'no key': [`SELECT * FROM scratch_member WHERE home_id = $1`, [1]],
    'join without the key': [
      `SELECT * FROM scratch_home h JOIN scratch_member m ON m.home_id = h.id WHERE h.county_code = $1`,
      ['330106'],
    ],
    'update by key': [
      `UPDATE scratch_home SET zone = $3 WHERE county_code = $1 AND id = $2`,
      ['330106', 1, 'x'],
    ],
    'delete without key': [`DELETE FROM scratch_member WHERE id = $1`, [1]],
    insert: [`INSERT INTO scratch_home (county_code, id, zone) VALUES ($1, $2, $3)`, ['330106', 7, 'x']],
    'CTE and IN subquery, one county': [
      `WITH homes AS (SELECT id FROM scratch_home WHERE county_code = $1)
       SELECT count(*) FROM scratch_member WHERE county_code = $1 AND home_id IN (SELECT id FROM homes)`,
      ['330106'],
    ],
    'unrouted InitPlan': [
      `SELECT (SELECT count(*) FROM scratch_home), id FROM scratch_member WHERE county_code = $1`,
      ['330106'],
    ],
    'two counties': [
      `SELECT id FROM scratch_home WHERE county_code = $1 UNION ALL SELECT id FROM scratch_member WHERE county_code = $2`,
      ['330106', '330102'],
    ],
    'outside the twin': [`SELECT id FROM public.scratch_home WHERE county_code = $1`, ['330106']],
    'no county-owned table': [`SELECT count(*) FROM zone WHERE code = $1`, ['33']],
  };

  beforeAll(async () => {
    await inTwinTransaction(async (run, runner) => {
      await run(`CREATE TABLE scratch_home (county_code varchar(6) NOT NULL, id bigint NOT NULL, zone text,
                   PRIMARY KEY (county_code, id))`);
      await run(`CREATE TABLE scratch_member (county_code varchar(6) NOT NULL, id bigint NOT NULL,
                   home_id bigint NOT NULL, PRIMARY KEY (county_code, id),
                   FOREIGN KEY (county_code, home_id) REFERENCES scratch_home)`);
      await run(`CREATE TABLE scratch_flat (county_code varchar(6) NOT NULL, id bigint PRIMARY KEY,
                   home_id bigint, code text UNIQUE, FOREIGN KEY (county_code, home_id) REFERENCES scratch_home,
                   FOREIGN KEY (id) REFERENCES scratch_flat)`);
      const twin = await createTwin(run, { tables: SCRATCH, counties: ['330102', '330106'] });
      problems = twin.problems;
      for (const [name, [sql, values]] of Object.entries(STATEMENTS))
        verdicts.set(name, await check(run, runner, twin, new Set(SCRATCH), sql, [values]));
    });
  });

  it('routes a statement that names one county for each table', () => {
    for (const name of [
      'join on the key, one county',
      'update by key',
      'insert',
      'CTE and IN subquery, one county',
    ])
      expect([name, verdicts.get(name)?.kind]).toEqual([name, 'routed']);
    expect(verdicts.get('join on the key, one county')).toEqual({
      kind: 'routed',
      counties: new Set(['330106']),
    });
  });

  it('finds a statement that reaches every partition, also in a join, DELETE or InitPlan', () => {
    expect(verdicts.get('no key')).toEqual({ kind: 'cross-county', why: 'scratch_member: 3 partitions' });
    expect(verdicts.get('join without the key')).toEqual({
      kind: 'cross-county',
      why: 'scratch_member: 3 partitions',
    });
    expect(verdicts.get('delete without key')).toEqual({
      kind: 'cross-county',
      why: 'scratch_member: 3 partitions',
    });
    expect(verdicts.get('unrouted InitPlan')).toEqual({
      kind: 'cross-county',
      why: 'scratch_home: 3 partitions',
    });
  });

  it('finds a statement that routes each table to a different county', () => {
    expect(verdicts.get('two counties')).toEqual({
      kind: 'cross-county',
      why: 'tables of 2 counties (330102, 330106)',
    });
  });

  it('finds a statement that names the unpartitioned table, and ignores one that names no county-owned table', () => {
    expect(verdicts.get('outside the twin')).toEqual({
      kind: 'cross-county',
      why: 'names scratch_home outside the twin',
    });
    expect(verdicts.get('no county-owned table')).toEqual({ kind: 'county-free' });
  });

  it('reports keys that keep a table from being partitioned by county', () => {
    expect(problems).toEqual([
      'scratch_flat: constraint scratch_flat_code_key (code) does not include county_code',
      'scratch_flat: constraint scratch_flat_pkey (id) does not include county_code',
      'scratch_flat: foreign key scratch_flat_id_fkey (id) to scratch_flat does not include county_code',
    ]);
  });
});

/**
 * Requests of an account holding zones above a county (the harness's administrator of provinces 11 and 33): the
 * figures of a province and of a city (today's, a past day's and their trends), the worklist of a city and its
 * roll-up, and the search by citizen ID across both provinces (the national duplicate
 * search). Their statements reach many counties by design; each must be on DELIBERATE_CROSS_COUNTY.
 */
async function aboveTheCounty(): Promise<void> {
  const document = (operation: string) => DOCUMENTS.get(operation)!;
  recorder.start();
  await request(api, document('Progress'), api.admin, { zoneCode: '33' });
  await request(api, document('ProgressReport'), api.admin, { zoneCode: '3301' });
  // Progress over time above the county: a past day's figures, the trend per child zone and per enumerator.
  await request(api, document('Progress'), api.admin, { zoneCode: '33', asOf: '2020-11-05' });
  await request(api, document('ProgressTrend'), api.admin, {
    zoneCode: '33',
    from: '2020-11-01',
    to: '2020-11-10',
  });
  await request(api, document('ProgressTrend'), api.admin, {
    zoneCode: '3301',
    from: '2020-11-01',
    to: '2020-11-10',
  });
  await request(api, document('ProgressDaily'), api.admin, {
    zoneCode: '3301',
    from: '2020-11-01',
    to: '2020-11-10',
  });
  // The listing worklist of a city and its roll-up per county.
  await request(api, document('ListingWorklist'), api.admin, { zoneCode: '3301', first: 20 });
  await request(api, document('ListingWorklistRollup'), api.admin, { zoneCode: '3301' });
  await request(api, document('Persons'), api.admin, {
    filter: { citizenId: '330106196001011234' },
    first: 20,
  });
  recorder.stop();
}

const checked: Checked[] = [];
let triggers: Triggers = { checked: [], failed: [], unseen: [] };
let twin: Twin;

describe('county routing: every statement of a county-scoped request reaches one county', () => {
  beforeAll(async () => {
    await seedExerciseCounty(api);
    recorder.phase = 'county';
    await exercise(api, recorder);
    recorder.phase = 'above-county';
    await aboveTheCounty();

    // The counties of the data, and one more county, so that every table has at least two county partitions
    // besides the DEFAULT one: a statement that is not routed visibly reaches more than one.
    const zones = await api.sql<{ code: string }>(`SELECT code FROM zone`);
    const counties = new Set(zones.map((zone) => countyKeyOf(zone.code)).filter((key) => key !== null));
    counties.add('110101');

    await inTwinTransaction(async (run, runner, client) => {
      twin = await createTwin(run, {
        tables: COUNTY_OWNED_TABLES,
        counties: [...counties].sort(),
        addMissingKey: true,
      });
      for (const call of recorder.calls())
        checked.push({
          requests: call.phase as Requests,
          label: call.label,
          sql: call.sql,
          verdict: await check(run, runner, twin, OWNED, call.sql, call.values),
        });
      // The writes that reach a county-owned table and could be planned (others would write public tables).
      const kinds = new Map(checked.map((c) => [`${c.requests}\0${c.label}\0${c.sql}`, c.verdict.kind]));
      const writes = recorder
        .calls()
        .filter((call) =>
          ['routed', 'cross-county'].includes(kinds.get(`${call.phase}\0${call.label}\0${call.sql}`)!),
        );
      triggers = await checkTriggers(run, client, twin, writes);
      checked.push(...triggers.checked);
    });

    const count = (kind: Verdict['kind']) => checked.filter((c) => c.verdict.kind === kind).length;
    const crossCounty = checked.filter((c) => c.verdict.kind === 'cross-county');
    const listed = (entries: readonly CrossCountyEntry[]) =>
      crossCounty.filter((c) => entries.some((entry) => entry === entryFor(c.requests, c.label))).length;
    process.stdout.write(
      `county routing: ${checked.length} statements checked (${checked.filter((c) => c.requests === 'county').length} ` +
        `of county requests, the rest of requests above a county), ${count('county-free')} reach no county-owned ` +
        `table, ${count('routed')} routed to one county, ${listed(DELIBERATE_CROSS_COUNTY)} deliberate ` +
        `cross-county, ${listed(NOT_YET_ROUTED)} not yet routed, ` +
        `${crossCounty.length - listed(CROSS_COUNTY_ENTRIES)} cross-county and unlisted, ` +
        `${count('unplanned')} not planned, ${count('not-explainable')} not explainable; of them ` +
        `${triggers.checked.length} statements of trigger functions (auto_explain), ` +
        `${triggers.failed.length} writes that could not run in the twin\n` +
        triggers.failed.map((failure) => `  could not run in the twin: ${failure.split('\n')[0]}\n`).join(''),
    );
  });

  it('sees the statements of every trigger function of the county-owned tables (auto_explain)', () => {
    expect(triggers.checked.length).toBeGreaterThan(0);
    expect(triggers.unseen).toEqual([]);
  });

  it('can partition every county-owned table by county_code', () => {
    expect(twin.problems).toEqual([]);
  });

  it('knows every table with a county_code column as county-owned', async () => {
    const tables = await api.sql<{ name: string }>(
      `SELECT c.relname AS name FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND a.attname = 'county_code'
          AND NOT a.attisdropped
        ORDER BY 1`,
    );
    expect(
      tables.map((table) => table.name).filter((name) => !OWNED.has(name) && !NATIONAL_TABLES.has(name)),
    ).toEqual([]);
  });

  it('plans every statement in the twin', () => {
    const unplanned = checked.flatMap((c) =>
      c.verdict.kind === 'unplanned' ? [`${c.label}: ${c.verdict.error}\n  ${c.sql}`] : [],
    );
    expect(unplanned).toEqual([]);
  });

  it('routes every statement to one county unless it is listed in cross-county.ts', () => {
    const unlisted = checked.flatMap((c) =>
      c.verdict.kind === 'cross-county' && !entryFor(c.requests, c.label)
        ? [`${c.requests} requests: ${c.label}: ${c.verdict.why}\n  ${c.sql}`]
        : [],
    );
    expect(unlisted).toEqual([]);
  });

  it('lists only labels that still issue a cross-county statement', () => {
    const stale = CROSS_COUNTY_ENTRIES.filter(
      (entry) =>
        !checked.some(
          (c) =>
            c.requests === entry.requests && c.label === entry.label && c.verdict.kind === 'cross-county',
        ),
    ).map((entry) => `${entry.requests} requests: ${entry.label}`);
    expect(stale).toEqual([]);
  });

  it('lists each label once for each kind of request', () => {
    const keys = CROSS_COUNTY_ENTRIES.map((entry) => `${entry.requests} ${entry.label}`);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('lists no above-county request as not yet routed: those are cross-county by design', () => {
    expect(NOT_YET_ROUTED.filter((entry) => entry.requests !== 'county')).toEqual([]);
  });

  it('mirrors both lists in docs/scaling.md', () => {
    const doc = readFileSync(join(__dirname, '../../../docs/scaling.md'), 'utf8');
    expect(CROSS_COUNTY_ENTRIES.map((entry) => entry.label).filter((label) => !doc.includes(label))).toEqual(
      [],
    );
  });
});

describe('the Citus set-up script of docs/scaling.md', () => {
  /** What the script asked of Citus, table by table. */
  let calls: { kind: string; table: string; column: string | null; colocate: string | null }[] = [];
  let tables: string[] = [];

  beforeAll(async () => {
    const doc = readFileSync(join(__dirname, '../../../docs/scaling.md'), 'utf8');
    const script = /<<'SQL'\n([\s\S]*?)\nSQL\n/.exec(doc)?.[1] ?? '';
    // Citus's functions as stubs that note each call: the script runs on the migrated schema, inside the spec's own
    // transaction (its BEGIN and COMMIT left out), so that every table it names must exist.
    const body = script.replace(/^\s*(?:BEGIN|COMMIT);\s*$/gm, '');
    await inTwinTransaction(async (run) => {
      await run(`CREATE SCHEMA citus_stub`);
      await run(`CREATE TABLE citus_stub.calls (kind text, "table" text, "column" text, colocate text)`);
      await run(`CREATE FUNCTION citus_stub.create_reference_table(t regclass) RETURNS void LANGUAGE sql
                   AS $$ INSERT INTO citus_stub.calls VALUES ('reference', t::text, NULL, NULL) $$`);
      await run(`CREATE FUNCTION citus_stub.citus_add_local_table_to_metadata(t regclass) RETURNS void LANGUAGE sql
                   AS $$ INSERT INTO citus_stub.calls VALUES ('local', t::text, NULL, NULL) $$`);
      await run(`CREATE FUNCTION citus_stub.create_distributed_table(t regclass, c text,
                   colocate_with text DEFAULT 'default', shard_count int DEFAULT NULL) RETURNS void LANGUAGE sql
                   AS $$ INSERT INTO citus_stub.calls VALUES ('distributed', t::text, c, colocate_with) $$`);
      await run(`SET LOCAL search_path = citus_stub, public`);
      await run(body);
      calls = (await run(`SELECT kind, "table", "column", colocate FROM citus_stub.calls`)) as typeof calls;
      tables = (
        (await run(
          `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p')
            ORDER BY 1`,
        )) as { name: string }[]
      ).map((table) => table.name);
    });
  });

  it('distributes every county-owned table by county_code in one co-location group', () => {
    const distributed = calls.filter((call) => call.kind === 'distributed' && call.column === 'county_code');
    expect(distributed.map((call) => call.table).sort()).toEqual([...COUNTY_OWNED_TABLES].sort());
    // The first one starts the group; each later one joins a table distributed before it.
    const seen = new Set<string>();
    for (const [index, call] of distributed.entries()) {
      if (index > 0) expect([call.table, seen.has(call.colocate ?? '')]).toEqual([call.table, true]);
      seen.add(call.table);
    }
  });

  it('places every other table of the schema exactly once', () => {
    const placed = calls.map((call) => call.table);
    expect(placed.filter((table, index) => placed.indexOf(table) !== index)).toEqual([]);
    expect(tables.filter((table) => !placed.includes(table))).toEqual(['migrations']);
  });
});
