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
import { rm } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';

import { COUNTY, DATA_DIR, log, openBenchCounty, startApiProcess, TOWNSHIPS } from './bench-county.mjs';
import { postGraphQL, responseError } from './scenarios.mjs';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '200' },
    fresh: { type: 'boolean', default: false },
    // Another generated county of 330110, e.g. the peer benchmark's (.data/bench-peer-1000k, 38 townships).
    'data-dir': { type: 'string' },
    townships: { type: 'string' },
    // Run the API with --cpu-prof, writing its .cpuprofile into this folder when it stops (cpu-profile-summary.mjs).
    'cpu-prof': { type: 'string' },
  },
});
const REQUESTS = Number(values.requests);
const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : DATA_DIR;
const townshipCount = values.townships ? Number(values.townships) : TOWNSHIPS;
if (values.fresh) await rm(dataDir, { recursive: true, force: true });

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

const { api, database, db, size } = await openBenchCounty({ dataDir, townships: townshipCount });

// The API as its own process on this database.
const nodeArgs = values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(values['cpu-prof'])] : [];
const server = await startApiProcess(database.url, {}, nodeArgs, dataDir);
const port = new URL(server.url).port;
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
  `progress(county): p50 ${county.p50} ms, p95 ${county.p95} ms; with ${townshipCount} townships: p50 ${townships.p50} ms, p95 ${townships.p95} ms;` +
    ` plain SQL aggregate p50 ${result.plainSqlAggregate.p50} ms; writer ${result.concurrentWritesPerSecond} submissions/s meanwhile`,
);

agent.destroy();
await server.stop();
await db.destroy();
await database.stop();
await sleep(100);
