#!/usr/bin/env node
/**
 * Progress benchmark (issue 5): on a generated county of about 1,000,000 persons (3,600 small zones, 360,000
 * households), prints p50/p95 of `progress` for the whole county and of the county with its township breakdown,
 * while a writer keeps submitting households, beside the time of the equivalent plain SQL aggregate over the base
 * tables. Usage: node tools/bench/src/progress-bench.mjs [--requests N] [--fresh]
 *
 * The county lives in .data/bench-progress (git-ignored); the first run generates and loads it (a few minutes),
 * later runs reuse it. All traffic stays on 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { createRequire } from 'node:module';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { postGraphQL, responseError } from './scenarios.mjs';

const require = createRequire(import.meta.url);
const WORKSPACE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const COUNTY = '330110';
const TOWNSHIPS = 36;
const CENSUS_ZONES_PER_TOWNSHIP = 25;
const SMALL_ZONES = [4, 4];
const HOUSEHOLDS = [100, 100];

const { values } = parseArgs({
  options: { requests: { type: 'string', default: '200' }, fresh: { type: 'boolean', default: false } },
});
const REQUESTS = Number(values.requests);
const dataDir = path.join(WORKSPACE, '.data', 'bench-progress');
if (values.fresh) await rm(dataDir, { recursive: true, force: true });
process.env.DATA_DIR = dataDir;

const api = require('@census/api');
const demo = require('@census/demo-data');

const log = (line) => process.stderr.write(`${line}\n`);
const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const summary = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50: +percentile(sorted, 50).toFixed(1),
    p95: +percentile(sorted, 95).toFixed(1),
    n: sorted.length,
  };
};

const database = await api.openDevelopmentDatabase();
const db = api.createDataSource({ url: database.url, poolSize: 4 });
await db.initialize();
await api.migrate(db);
const secrets = await api.loadSecrets(dataDir);

const [{ n: existing }] = await db.query(`SELECT count(*)::int AS n FROM zone WHERE code LIKE $1`, [
  `${COUNTY}%`,
]);
if (existing === 0) {
  const started = performance.now();
  const crypto = new api.FieldCrypto(secrets.fieldKeys);
  const divisions = demo.syntheticCounty(COUNTY, TOWNSHIPS, CENSUS_ZONES_PER_TOWNSHIP);
  await db.transaction((tx) => api.insertZones(tx, divisions));
  const censusZones = divisions.filter((zone) => zone.level === 'CENSUS_ZONE');
  let batch = [];
  let persons = 0;
  let households = 0;
  const flush = async () => {
    await db.transaction((tx) => api.insertSmallZones(tx, batch, crypto));
    batch = [];
  };
  for (const smallZone of demo.generateSmallZones(censusZones, {
    smallZonesPerCensusZone: SMALL_ZONES,
    householdsPerSmallZone: HOUSEHOLDS,
  })) {
    batch.push(smallZone);
    persons += smallZone.persons.length;
    households += smallZone.households.length;
    if (batch.length === 20) await flush();
    if (households % 36000 === 0) log(`  loaded ${households} households, ${persons} persons`);
  }
  if (batch.length) await flush();
  await api.seedDemoAccounts(db, COUNTY);
  await db.query('ANALYZE');
  log(
    `Generated county ${COUNTY}: ${households} households, ${persons} persons in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}
const [size] = await db.query(
  `SELECT (SELECT count(*)::int FROM household WHERE small_zone_code LIKE $1) AS households,
          (SELECT count(*)::int FROM person WHERE small_zone_code LIKE $1) AS persons,
          (SELECT count(*)::int FROM zone WHERE code LIKE $1 AND level = 'SMALL_ZONE') AS small_zones`,
  [`${COUNTY}%`],
);
log(
  `County ${COUNTY}: ${size.small_zones} small zones, ${size.households} households, ${size.persons} persons`,
);

// The API as its own process on this database.
const port = 4300 + Math.floor(Math.random() * 500);
const child = spawn(process.execPath, [path.join(WORKSPACE, 'apps', 'api', 'dist', 'main.js')], {
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    SEED_DEMO: 'false',
    API_WORKERS: '1',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve, reject) => {
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
    if (out.includes('Census API ready at')) resolve();
  });
  child.once('exit', (code) => reject(new Error(`API exited with ${code}: ${out}`)));
});
const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
const endpoint = { url: new URL(`http://127.0.0.1:${port}/graphql`), token: null, timeoutMs: 30_000 };
const login = await postGraphQL(agent, endpoint, {
  query: `mutation { login(input: { username: "admin", password: "${api.DEMO_PASSWORD}" }) { token } }`,
});
endpoint.token = login.json.data.login.token;

const FIGURES = `households enteredHouseholds enteredPersons enteredRegisteredPersons enteredResidentPersons residentHouseholds
  residentPersons ordinaryHouseholds vacantHouseholds awayHouseholds deceasedHouseholds selfReportedHouseholds selfReportRate
  submittedHouseholds approvedHouseholds returnedHouseholds censusZones smallZones enumerators supervisors visitedHouseholds
  repeatedFailureHouseholds livingAwayPersons floatingPersons openProblemsByCategory { category count }`;
const queries = {
  county: `{ progress(zoneCode: "${COUNTY}") { ${FIGURES} } }`,
  townships: `{ progress(zoneCode: "${COUNTY}") { ${FIGURES} children { zone { code } ${FIGURES} } } }`,
};

// The writer: submits households one by one (each UPDATE fires the rollup trigger of its small zone).
let writing = true;
let writes = 0;
const writer = (async () => {
  const ids = (
    await db.query(
      `SELECT id FROM household WHERE small_zone_code LIKE $1 AND stage IN ('LISTED', 'ENUMERATING') ORDER BY random() LIMIT 20000`,
      [`${COUNTY}%`],
    )
  ).map((r) => r.id);
  while (writing && ids.length) {
    await db.query(
      `UPDATE household SET stage = 'SUBMITTED', version = version + 1, updated_at = now() WHERE id = $1`,
      [ids.pop()],
    );
    writes += 1;
  }
})();

async function measure(name, query) {
  for (let i = 0; i < 5; i++) await postGraphQL(agent, endpoint, { query }); // warm-up
  const times = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    const response = await postGraphQL(agent, endpoint, { query });
    times.push(performance.now() - started);
    const error = responseError(response);
    if (error) throw new Error(`${name}: ${error}`);
  }
  return summary(times);
}

const writesBefore = writes;
const startedAt = performance.now();
const county = await measure('county', queries.county);
const townships = await measure('townships', queries.townships);
const seconds = (performance.now() - startedAt) / 1000;
const writesPerSecond = (writes - writesBefore) / seconds;

// The same county figures computed from the base tables, as a reader without the rollup would.
const plain = [];
for (let i = 0; i < 5; i++) {
  const started = performance.now();
  await db.query(
    `SELECT count(*), count(*) FILTER (WHERE status = 'ORDINARY'), count(*) FILTER (WHERE status = 'VACANT'),
            count(*) FILTER (WHERE status = 'AWAY'), count(*) FILTER (WHERE status = 'DECEASED'),
            count(*) FILTER (WHERE stage IN ('SUBMITTED', 'APPROVED')), count(*) FILTER (WHERE stage = 'APPROVED'),
            count(*) FILTER (WHERE registration_method = 'SELF_REPORT'),
            count(*) FILTER (WHERE stage <> 'LISTED' OR EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id))
       FROM household h WHERE small_zone_code >= $1 AND small_zone_code < $1 || ':'`,
    [COUNTY],
  );
  await db.query(
    `SELECT count(*), count(*) FILTER (WHERE registered), count(*) FILTER (WHERE resident),
            count(*) FILTER (WHERE registered AND NOT resident), count(*) FILTER (WHERE resident AND NOT registered)
       FROM person WHERE small_zone_code >= $1 AND small_zone_code < $1 || ':'`,
    [COUNTY],
  );
  plain.push(performance.now() - started);
}
writing = false;
await writer;

const result = {
  county: `${COUNTY} (${size.small_zones} small zones, ${size.households} households, ${size.persons} persons)`,
  progressCounty: county,
  progressWithTownships: townships,
  plainSqlAggregate: summary(plain),
  concurrentWritesPerSecond: +writesPerSecond.toFixed(0),
  targets: { countyP50: '≤ 50 ms', townshipsP50: '≤ 100 ms' },
};
console.log(JSON.stringify(result, null, 2));
log(
  `progress(county): p50 ${county.p50} ms, p95 ${county.p95} ms; with ${TOWNSHIPS} townships: p50 ${townships.p50} ms, p95 ${townships.p95} ms;` +
    ` plain SQL aggregate p50 ${result.plainSqlAggregate.p50} ms; writer ${result.concurrentWritesPerSecond} submissions/s meanwhile`,
);

agent.destroy();
await new Promise((resolve) => {
  child.once('exit', resolve);
  child.kill('SIGTERM');
});
await db.destroy();
await database.stop();
await sleep(100);
