#!/usr/bin/env node
/**
 * Where one benchmark request spends its time: runs the API in this process (built @census/api, embedded
 * PostgreSQL in DATA_DIR, default .data/bench: the benchmark's database), records every SQL statement one
 * request of each scenario issues, and reports per statement its rows, EXPLAIN ANALYZE execution time and the
 * time node-postgres needs to run it and decode its rows, next to the whole request's latency without load.
 *
 *   node tools/bench/src/sql-profile.mjs [--runs 30] [--zone CODE] [--township CODE] [--county 330106] [--user admin]
 *
 * Run it when nothing else is measuring: it shares the benchmark's data folder, so not while api-bench runs.
 */
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import {
  login,
  nestedSmallZoneScenario,
  percentile,
  pickSmallZone,
  pickTownship,
  postGraphQL,
  responseError,
  round,
  townshipHouseholdsScenario,
} from './scenarios.mjs';

const WORKSPACE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const require = createRequire(import.meta.url);
const api = require('@census/api');

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    runs: { type: 'string', default: '30' },
    county: { type: 'string', default: '330106' },
    zone: { type: 'string' },
    township: { type: 'string' },
    'data-dir': { type: 'string', default: path.join(WORKSPACE, '.data', 'bench') },
    user: { type: 'string', default: 'admin' },
    password: { type: 'string' },
  },
});
const runs = Number(values.runs);
process.env.DATA_DIR = path.resolve(values['data-dir']);

/** A TypeORM logger that keeps the statements (with parameters) while `recording` is on. */
const recorder = {
  recording: false,
  /** @type {{ query: string; parameters: unknown[] }[]} */
  statements: [],
  logQuery(query, parameters) {
    if (this.recording) this.statements.push({ query, parameters: parameters ?? [] });
  },
  logQueryError() {},
  logQuerySlow() {},
  logSchemaBuild() {},
  logMigration() {},
  log() {},
};

const median = (list) =>
  percentile(
    [...list].sort((a, b) => a - b),
    50,
  );
const oneLine = (sql) => sql.replace(/\s+/g, ' ').trim();

async function timeRequests(agent, endpoint, payload, count) {
  const times = [];
  for (let i = 0; i < count; i += 1) {
    const start = performance.now();
    const response = await postGraphQL(agent, endpoint, payload);
    times.push(performance.now() - start);
    const error = responseError(response);
    if (error) throw new Error(`request failed: ${error}`);
  }
  return { median: round(median(times), 1), min: round(Math.min(...times), 1) };
}

async function profileRequest(title, agent, endpoint, dataSource, payload) {
  // Warm the server (JIT, plan caches) before recording.
  await timeRequests(agent, endpoint, payload, 5);
  recorder.statements = [];
  recorder.recording = true;
  const response = await postGraphQL(agent, endpoint, payload);
  recorder.recording = false;
  const error = responseError(response);
  if (error) throw new Error(`${title}: ${error}`);
  const statements = recorder.statements;
  const request = await timeRequests(agent, endpoint, payload, runs);

  console.log(`\n== ${title}`);
  console.log(
    `   one request: ${statements.length} SQL statements, answer ${(response.bytes / 1024).toFixed(1)} KB`,
  );
  console.log(
    `   latency without load (1 connection, ${runs} runs): median ${request.median} ms, min ${request.min} ms`,
  );
  let sqlTotal = 0;
  for (const [i, { query, parameters }] of statements.entries()) {
    const [{ 'QUERY PLAN': plan }] = await dataSource.query(
      `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query}`,
      parameters,
    );
    const [top] = plan;
    const times = [];
    let rows = 0;
    for (let r = 0; r < runs; r += 1) {
      const start = performance.now();
      const result = await dataSource.query(query, parameters);
      times.push(performance.now() - start);
      rows = result.length;
    }
    const client = median(times);
    sqlTotal += client;
    const shown = parameters
      .map((p) => (Array.isArray(p) ? `[${p.length} keys]` : JSON.stringify(p)))
      .join(', ');
    console.log(`   #${i + 1} ${oneLine(query).slice(0, 230)}${oneLine(query).length > 230 ? ' ...' : ''}`);
    console.log(`      params (${shown})`);
    console.log(
      `      rows ${rows}; EXPLAIN ANALYZE: planning ${round(top['Planning Time'], 2)} ms, execution ${round(top['Execution Time'], 2)} ms ` +
        `(${top.Plan['Node Type']}, shared hit ${top.Plan['Shared Hit Blocks']} read ${top.Plan['Shared Read Blocks']}); ` +
        `through node-postgres incl. row decoding: median ${round(client, 2)} ms`,
    );
  }
  console.log(
    `   => statements one after the other: ${round(sqlTotal, 1)} ms of the ${request.median} ms request; ` +
      `the other ~${round((request.median ?? 0) - sqlTotal, 1)} ms are GraphQL execution, hydration, serialization and HTTP in Node`,
  );
}

async function main() {
  const {
    openDevelopmentDatabase,
    createDataSource,
    migrate,
    seedDemo,
    seedDemoAccounts,
    loadSecrets,
    dataDirectory,
  } = api;
  const database = await openDevelopmentDatabase();
  const dataSource = createDataSource({ url: database.url, poolSize: 10, logger: recorder });
  let server = null;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    await dataSource.initialize();
    await migrate(dataSource);
    // The demo county's citizen IDs and phones are sealed with the field keys of DATA_DIR (as npm start does).
    const secrets = await loadSecrets(dataDirectory());
    if (await seedDemo(dataSource, new api.FieldCrypto(secrets.fieldKeys)))
      console.log('seeded the demo county');
    if (await seedDemoAccounts(dataSource, values.county)) console.log('seeded the demo accounts');
    server = await api.createCensusServer({ dataSource, secrets });
    const url = new URL(`${(await server.listen(0, '127.0.0.1')).replace('localhost', '127.0.0.1')}/graphql`);
    const endpoint = { url, token: null, timeoutMs: 30_000 };
    endpoint.token = await login(agent, endpoint, values.user, values.password ?? api.DEMO_PASSWORD);
    const options = { county: values.county, zone: values.zone ?? null, township: values.township ?? null };
    const { zone } = await pickSmallZone(agent, endpoint, options);
    const { zone: township } = await pickTownship(agent, endpoint, options);
    console.log(
      `DATA_DIR ${path.relative(WORKSPACE, api.dataDirectory())}; small zone ${zone.code} (${zone.households} households), township ${township.code} (${township.households} households)`,
    );

    await profileRequest(
      `Scenario A: nested small zone ${zone.code}`,
      agent,
      endpoint,
      dataSource,
      nestedSmallZoneScenario(zone).payload(),
    );
    const b = townshipHouseholdsScenario(township);
    const user = b.newUser();
    await profileRequest(
      `Scenario B: first page of township ${township.code}`,
      agent,
      endpoint,
      dataSource,
      b.payload(user),
    );
    // A page from the middle of the walk: the keyset cursor condition is part of the statement.
    for (let page = 0; page < 100 && page < township.households / 50 / 2; page += 1) {
      const response = await postGraphQL(agent, endpoint, b.payload(user));
      const error = responseError(response) ?? b.check(response.json.data, user);
      if (error) throw new Error(error);
    }
    await profileRequest(
      `Scenario B: page ${user.pages + 1} of township ${township.code}`,
      agent,
      endpoint,
      dataSource,
      b.payload(user),
    );
  } finally {
    agent.destroy();
    if (server) await server.stop();
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
