#!/usr/bin/env node
/**
 * Paired benchmark: this API (production build) and PostGraphile v5 over the same database, same county
 * administrator's scope, same five query shapes, in rotated rounds in one run (see ../README.md, "Peer
 * benchmark"). The machine is shared, so figures are paired: each round runs every shape on both servers back
 * to back, the order rotating between rounds, and the report gives medians of the per-round ratios beside the
 * medians of the absolute figures and the machine's load.
 *
 *   node tools/bench/src/peer-bench.mjs [--persons 1000000] [--rounds 5] [--duration 8] [--seed-only]
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { COUNTY, log, openBenchCounty } from './bench-county.mjs';
import { descendants } from './cpu-usage.mjs';
import { percentile, postGraphQL, responseError, round } from './scenarios.mjs';

const require = createRequire(import.meta.url);
const WORKSPACE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const API_MAIN = path.join(WORKSPACE, 'apps', 'api', 'dist', 'main.js');
const PEER_MAIN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'peer-postgraphile.mjs');
/** Persons per township of the generated county (36 townships give 973,070). */
const PERSONS_PER_TOWNSHIP = 27_000;
const TICKS_PER_SECOND = 100;

const { values: options } = parseArgs({
  options: {
    persons: { type: 'string', default: '1000000' },
    rounds: { type: 'string', default: '5' },
    duration: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    shapes: { type: 'string', default: 'nested,page,sorted,key,typename' },
    'data-dir': { type: 'string' },
    'api-main': { type: 'string', default: API_MAIN },
    'cpu-prof': { type: 'string' },
    'seed-only': { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
    json: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (options.help) {
  log(`Usage: node tools/bench/src/peer-bench.mjs [options]   (or: npm run bench:peer -- [options])
  --persons N        size of the generated county (default 1000000; ~${PERSONS_PER_TOWNSHIP} persons per township)
  --rounds N         rounds, the order rotating between them (default 5)
  --duration S       measured seconds per shape and server in each round (default 8)
  --warmup S         unmeasured seconds before each (default 2)
  --connections N    keep-alive connections (default 10)
  --shapes LIST      nested,page,sorted,key,typename (default all)
  --data-dir DIR     data folder (default .data/bench-peer-<persons/1000>k), reused by later runs
  --api-main FILE    the API build to start (default apps/api/dist/main.js)
  --cpu-prof DIR     run the API with node --cpu-prof: its profile is written into DIR when it stops
  --seed-only        generate the county (resumable) and stop
  --fresh            delete the data folder first
  --json FILE        also write the results as JSON`);
  process.exit(0);
}
const persons = Number(options.persons);
const townships = Math.max(1, Math.ceil(persons / PERSONS_PER_TOWNSHIP));
const dataDir = path.resolve(
  options['data-dir'] ?? path.join(WORKSPACE, '.data', `bench-peer-${Math.round(persons / 1000)}k`),
);
const rounds = Number(options.rounds);
const durationMs = Number(options.duration) * 1000;
const warmupMs = Number(options.warmup) * 1000;
const connections = Number(options.connections);
const shapeIds = options.shapes.split(',');

// ----------------------------------------------------------------------------------------------- database

if (options.fresh) {
  if (!path.relative(path.join(WORKSPACE, '.data'), dataDir).match(/^[^.]/))
    throw new Error('--fresh deletes only folders inside .data/');
  await rm(dataDir, { recursive: true, force: true });
}
log(
  `County ${COUNTY} with ${townships} townships (>= ${persons} persons) in ${path.relative(WORKSPACE, dataDir)}`,
);
let county = await openBenchCounty({ dataDir, townships });
if (options['seed-only']) {
  await county.db.destroy();
  await county.database.stop();
  process.exit(0);
}

/** pg_stat_statements counts the statements per request; it must be preloaded: one restart on the first run. */
const [{ shared_preload_libraries: preload }] = await county.db.query('SHOW shared_preload_libraries');
if (!preload.includes('pg_stat_statements')) {
  log('Enabling pg_stat_statements (ALTER SYSTEM, restart of the embedded PostgreSQL)');
  await county.db.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
  await county.db.destroy();
  await county.database.stop();
  county = await openBenchCounty({ dataDir, townships });
}
const { db, database } = county;
await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');

/**
 * PostGraphile's county administrator: role bench_peer reads zone, building, household and person of the county
 * named by the token's claim, by row security policies. Created by the benchmark in its own database only (the
 * API connects as the owner, which row security does not restrict).
 */
await db.query(`
  DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bench_peer') THEN CREATE ROLE bench_peer NOLOGIN; END IF;
  END $$;
  GRANT USAGE ON SCHEMA public TO bench_peer;
  GRANT SELECT ON zone, building, household, person TO bench_peer;
  ALTER TABLE zone ENABLE ROW LEVEL SECURITY;
  ALTER TABLE building ENABLE ROW LEVEL SECURITY;
  ALTER TABLE household ENABLE ROW LEVEL SECURITY;
  ALTER TABLE person ENABLE ROW LEVEL SECURITY;
  DROP POLICY IF EXISTS bench_peer_county ON zone;
  DROP POLICY IF EXISTS bench_peer_county ON building;
  DROP POLICY IF EXISTS bench_peer_county ON household;
  DROP POLICY IF EXISTS bench_peer_county ON person;
  CREATE POLICY bench_peer_county ON zone FOR SELECT TO bench_peer
    USING (code >= current_setting('jwt.claims.county') AND code < current_setting('jwt.claims.county') || ':');
  CREATE POLICY bench_peer_county ON building FOR SELECT TO bench_peer
    USING (county_code = current_setting('jwt.claims.county'));
  CREATE POLICY bench_peer_county ON household FOR SELECT TO bench_peer
    USING (county_code = current_setting('jwt.claims.county'));
  CREATE POLICY bench_peer_county ON person FOR SELECT TO bench_peer
    USING (county_code = current_setting('jwt.claims.county'));
`);

// ------------------------------------------------------------------------------------------------ targets

const [smallZone] = await db.query(
  `SELECT z.code, count(h.*)::int AS households
     FROM zone z JOIN household h ON h.county_code = $1 AND h.small_zone_code = z.code
    WHERE z.code LIKE $2 AND z.level = 'SMALL_ZONE'
    GROUP BY z.code ORDER BY abs(count(h.*) - 100), z.code LIMIT 1`,
  [COUNTY, `${COUNTY}%`],
);
const [township] = await db.query(
  `SELECT left(small_zone_code, 9) AS code, count(*)::int AS households FROM household
    WHERE county_code = $1 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
  [COUNTY],
);
const keys = await db.query(
  `SELECT small_zone_code, number FROM household WHERE county_code = $1 ORDER BY id LIMIT 200 OFFSET 1000`,
  [COUNTY],
);
log(
  `Targets: small zone ${smallZone.code} (${smallZone.households} households), township ${township.code} (${township.households} households), ${keys.length} household keys`,
);

// ---------------------------------------------------------------------------------------------- servers

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

const children = new Set();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

async function startChild(name, script, env, ready, nodeArgs = []) {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, script], {
    cwd: WORKSPACE,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  // Until it is ready its output is searched for the ready line; after that only the last few KB are kept, for an
  // error message. The API logs every request (as in production): keeping and searching all of it made this
  // process slower with every round, and a full pipe blocks the child's synchronous log writes.
  let output = '';
  let started = false;
  await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output = (output + chunk).slice(started ? -4000 : -1_000_000);
      if (!started && ready.test(output)) {
        started = true;
        resolve(undefined);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}:\n${output.slice(-3000)}`)));
  });
  log(`${name} ready on port ${port} (pid ${child.pid})`);
  return {
    name,
    pid: child.pid,
    url: new URL(`http://127.0.0.1:${port}/graphql`),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(undefined);
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

const keysFile = JSON.parse(readFileSync(path.join(dataDir, 'secrets.json'), 'utf8'));
if (!existsSync(options['api-main']))
  throw new Error(`${options['api-main']} is missing: npx nx run api:build`);
const api = await startChild(
  'API',
  options['api-main'],
  {
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    API_WORKERS: '1',
    JWT_SECRET: randomBytes(48).toString('base64url'),
    DATA_ENCRYPTION_KEY: keysFile.encryptionKey,
    DATA_HASH_KEY: keysFile.hashKey,
  },
  /Census API ready at/,
  options['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(options['cpu-prof'])] : [],
);
const peerSecret = randomBytes(48).toString('base64url');
const peer = await startChild(
  'PostGraphile',
  PEER_MAIN,
  { NODE_ENV: 'production', DATABASE_URL: database.url, PEER_JWT_SECRET: peerSecret },
  /PostGraphile ready at/,
);

const setupAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
async function ask(server, token, query, variables) {
  return (await askSized(server, token, query, variables)).data;
}
/** A setup query's data and the size of its answer in bytes. */
async function askSized(server, token, query, variables) {
  const response = await postGraphQL(
    setupAgent,
    { url: server.url, token, timeoutMs: 60_000 },
    { query, variables },
  );
  const error = responseError(response);
  if (error) throw new Error(`${server.name}: ${error}\n${query}`);
  return { data: response.json.data, bytes: response.bytes };
}
const apiToken = (
  await ask(
    api,
    null,
    `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }`,
    { u: 'admin', p: require('@census/api').DEMO_PASSWORD },
  )
).login.token;
const peerToken = require('jsonwebtoken').sign({ county: COUNTY, role: 'county_admin' }, peerSecret, {
  algorithm: 'HS256',
  expiresIn: '2h',
});

// -------------------------------------------------------------------------------------------------- shapes

const PERSON_FIELDS = 'name relationship sex birthYear birthMonth registered resident';
const HOUSEHOLD_FIELDS = 'number status stage kind presentMale presentFemale';

/** Each shape: per server the document, variables per virtual user, and how many nodes an answer holds. */
const SHAPES = {
  nested: {
    name: 'small zone: buildings → households → persons',
    api: {
      query: `query($code: String!) { zone(code: $code) { code name buildings(first: 100) { nodes { number address
        households { ${HOUSEHOLD_FIELDS} phone persons { ${PERSON_FIELDS} citizenId } } } } } }`,
      variables: () => ({ code: smallZone.code }),
      count: (d) =>
        countNested(
          d.zone.buildings.nodes,
          (b) => b.households,
          (h) => h.persons,
        ),
    },
    peer: {
      query: `query($code: String!) { zoneByCode(code: $code) { code name
        buildingsBySmallZoneCode(first: 100, orderBy: NUMBER_ASC) { nodes { number address
        householdsByCountyCodeAndBuildingId(orderBy: NUMBER_ASC) { nodes { ${HOUSEHOLD_FIELDS} phoneMasked
        peopleByCountyCodeAndHouseholdId(orderBy: LINE_NUMBER_ASC) { nodes { ${PERSON_FIELDS} citizenIdMasked } } } } } } } }`,
      variables: () => ({ code: smallZone.code }),
      count: (d) =>
        countNested(
          d.zoneByCode.buildingsBySmallZoneCode.nodes,
          (b) => b.householdsByCountyCodeAndBuildingId.nodes,
          (h) => h.peopleByCountyCodeAndHouseholdId.nodes,
        ),
    },
  },
  page: {
    name: 'township page of 50 households with persons',
    api: pagedApi(),
    peer: pagedPeer('PRIMARY_KEY_ASC'),
  },
  sorted: {
    name: 'township page sorted by household code',
    api: pagedApi(),
    peer: pagedPeer('[SMALL_ZONE_CODE_ASC, NUMBER_ASC]'),
  },
  key: {
    name: 'household by key',
    api: {
      query: `query($z: String!, $n: String!) { household(smallZoneCode: $z, number: $n) { ${HOUSEHOLD_FIELDS} smallZoneCode } }`,
      variables: (user) => keyOf(user),
      count: (d) => ({ households: d.household ? 1 : 0 }),
    },
    peer: {
      query: `query($c: String!, $z: String!, $n: String!) { householdByCountyCodeAndSmallZoneCodeAndNumber(countyCode: $c, smallZoneCode: $z, number: $n) { ${HOUSEHOLD_FIELDS} smallZoneCode } }`,
      variables: (user) => ({ c: COUNTY, ...keyOf(user) }),
      count: (d) => ({ households: d.householdByCountyCodeAndSmallZoneCodeAndNumber ? 1 : 0 }),
    },
  },
  typename: {
    name: '{ __typename } with a token',
    api: { query: '{ __typename }', variables: () => ({}), count: () => ({}) },
    peer: { query: '{ __typename }', variables: () => ({}), count: () => ({}) },
  },
};

function keyOf(user) {
  user.i = ((user.i ?? user.seed ?? 0) + 1) % keys.length;
  const key = keys[user.i];
  return { z: key.small_zone_code, n: key.number };
}

function countNested(buildings, householdsOf, personsOf) {
  let households = 0;
  let personCount = 0;
  for (const building of buildings) {
    for (const household of householdsOf(building)) {
      households += 1;
      personCount += personsOf(household).length;
    }
  }
  return { buildings: buildings.length, households, persons: personCount };
}

/** The API has one order for households (small zone, number: the household code); `sorted` names it. */
function pagedApi() {
  return {
    query: `query($zone: String!, $after: String) { households(filter: { zoneCode: $zone }, first: 50, after: $after) {
      pageInfo { endCursor hasNextPage } nodes { ${HOUSEHOLD_FIELDS} smallZoneCode persons { ${PERSON_FIELDS} } } } }`,
    variables: (user) => ({ zone: township.code, after: user.after ?? null }),
    page: (d) => d.households,
    count: (d) => countPage(d.households.nodes, (h) => h.persons),
  };
}

function pagedPeer(orderBy) {
  return {
    query: `query($zone: String!, $after: Cursor) { allHouseholds(condition: { townshipCode: $zone }, orderBy: ${orderBy}, first: 50, after: $after) {
      pageInfo { endCursor hasNextPage } nodes { ${HOUSEHOLD_FIELDS} smallZoneCode peopleByCountyCodeAndHouseholdId(orderBy: LINE_NUMBER_ASC) { nodes { ${PERSON_FIELDS} } } } } }`,
    variables: (user) => ({ zone: township.code, after: user.after ?? null }),
    page: (d) => d.allHouseholds,
    count: (d) => countPage(d.allHouseholds.nodes, (h) => h.peopleByCountyCodeAndHouseholdId.nodes),
  };
}

function countPage(households, personsOf) {
  return { households: households.length, persons: households.reduce((n, h) => n + personsOf(h).length, 0) };
}

const sides = [
  { key: 'api', server: api, token: apiToken },
  { key: 'peer', server: peer, token: peerToken },
];

// Same content: node counts of one answer (the first page of a walk) agree, else the run stops.
const answers = {};
/** Bytes of that answer, API | PostGraphile. */
const answerBytes = {};
for (const id of shapeIds) {
  const shape = SHAPES[id];
  if (!shape) throw new Error(`unknown shape ${id}`);
  const counts = [];
  const sizes = [];
  for (const side of sides) {
    const spec = shape[side.key];
    const { data, bytes } = await askSized(side.server, side.token, spec.query, spec.variables({ seed: 0 }));
    counts.push(spec.count(data));
    sizes.push(bytes);
  }
  const [a, b] = counts.map((c) => JSON.stringify(c));
  answers[id] = counts[0];
  answerBytes[id] = sizes;
  if (a !== b) throw new Error(`${id}: the servers answer different contents: API ${a}, PostGraphile ${b}`);
  log(`  ${id}: both answer ${a}; ${sizes[0]} | ${sizes[1]} bytes`);
}
setupAgent.destroy();

// ------------------------------------------------------------------------------------------------ measuring

function ticksOf(pids) {
  let sum = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      sum += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited
    }
  }
  return sum;
}

function machineBusy() {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((x, y) => x + y, 0);
  return { total, busy: total - fields[3] - (fields[4] ?? 0) };
}

async function statementCalls() {
  const [{ calls }] = await db.query(
    `SELECT coalesce(sum(calls), 0)::bigint AS calls FROM pg_stat_statements s
       JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = current_database()
        AND query NOT LIKE '%pg_stat_statements%'
        AND lower(query) NOT IN ('begin', 'commit', 'rollback')`,
  );
  return Number(calls);
}

/** PostgreSQL's CPU: the postmaster and its backends; a backend that exited keeps the ticks it was last seen with. */
const seenBackends = new Map();
function postgresTicks() {
  for (const pid of [postmasterPid, ...descendants(postmasterPid)]) {
    const ticks = ticksOf([pid]);
    if (ticks > 0 || !seenBackends.has(pid))
      seenBackends.set(pid, Math.max(ticks, seenBackends.get(pid) ?? 0));
  }
  return [...seenBackends.values()].reduce((a, b) => a + b, 0);
}

const postmasterPid = Number(
  readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
);

async function measure(id, side) {
  const spec = SHAPES[id][side.key];
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  const endpoint = { url: side.server.url, token: side.token, timeoutMs: 30_000 };
  const latencies = [];
  let errors = 0;
  let firstError = null;
  const started = performance.now();
  const measureFrom = started + warmupMs;
  const measureUntil = measureFrom + durationMs;
  let before = /** @type {any} */ (null);
  const sample = async () => ({
    at: performance.now(),
    server: ticksOf([side.server.pid]),
    postgres: postgresTicks(),
    machine: machineBusy(),
    statements: await statementCalls(),
  });
  const beforeTimer = sleep(warmupMs).then(async () => (before = await sample()));
  let lastEnd = 0;
  const user = async (index) => {
    const state = { seed: index * 17 };
    while (true) {
      const start = performance.now();
      if (start >= measureUntil) return;
      try {
        const response = await postGraphQL(agent, endpoint, {
          query: spec.query,
          variables: spec.variables(state),
        });
        const error = responseError(response);
        if (error) throw new Error(error);
        if (spec.page) {
          const page = spec.page(response.json.data);
          if (page.pageInfo.hasNextPage && page.nodes.length !== 50) throw new Error('short page');
          state.after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        } else if (id === 'nested') {
          const counts = JSON.stringify(spec.count(response.json.data));
          if (counts !== JSON.stringify(answers.nested)) throw new Error(`incomplete answer ${counts}`);
        }
        const end = performance.now();
        if (start >= measureFrom) {
          latencies.push(end - start);
          lastEnd = end;
        }
      } catch (error) {
        errors += 1;
        firstError ??= error instanceof Error ? error.message : String(error);
        await sleep(20);
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, i) => user(i)));
  await beforeTimer;
  const after = await sample();
  agent.destroy();
  const seconds = (Math.max(lastEnd, measureUntil) - measureFrom) / 1000;
  const n = latencies.length;
  latencies.sort((x, y) => x - y);
  const cores = os.cpus().length;
  const statements = after.statements - before.statements;
  return {
    requestsPerSecond: round(n / seconds, 1),
    p50: round(percentile(latencies, 50), 1),
    p99: round(percentile(latencies, 99), 1),
    serverCpuMs: round(((after.server - before.server) / TICKS_PER_SECOND / n) * 1000, 2),
    postgresCpuMs: round(((after.postgres - before.postgres) / TICKS_PER_SECOND / n) * 1000, 2),
    statementsPerRequest: round(statements / n, 2),
    machineBusyCores: round(
      ((after.machine.busy - before.machine.busy) / (after.machine.total - before.machine.total)) * cores,
      2,
    ),
    errors,
    firstError,
  };
}

const results = []; // { round, shape, side, ...figures }
const load = () => os.loadavg()[0].toFixed(1);
log(
  `\n${rounds} rounds × ${shapeIds.length} shapes × 2 servers, ${warmupMs / 1000} s + ${durationMs / 1000} s each, ${connections} connections; load average ${load()}`,
);
for (let r = 0; r < rounds; r += 1) {
  // Rotate: shape order shifts by one each round, and which server goes first alternates.
  const order = shapeIds.map((_, i) => shapeIds[(i + r) % shapeIds.length]);
  for (const [i, id] of order.entries()) {
    const pair = (r + i) % 2 === 0 ? sides : [...sides].reverse();
    for (const side of pair) {
      const figures = await measure(id, side);
      results.push({ round: r + 1, shape: id, side: side.key, ...figures });
      log(
        `round ${r + 1} ${id.padEnd(8)} ${side.server.name.padEnd(12)} ${String(figures.requestsPerSecond).padStart(7)} req/s  p50 ${figures.p50} p99 ${figures.p99} ms  CPU ${figures.serverCpuMs} + pg ${figures.postgresCpuMs} ms/req  ${figures.statementsPerRequest} stmt/req  busy ${figures.machineBusyCores} cores  load ${load()}${figures.errors ? `  ERRORS ${figures.errors}: ${figures.firstError}` : ''}`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------------- report

const median = (xs) => {
  const s = xs.filter((x) => x !== null && Number.isFinite(x)).sort((x, y) => x - y);
  if (!s.length) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const rows = [];
for (const id of shapeIds) {
  const of = (side, field) =>
    median(results.filter((x) => x.shape === id && x.side === side).map((x) => x[field]));
  const ratios = [];
  for (let r = 1; r <= rounds; r += 1) {
    const a = results.find((x) => x.shape === id && x.side === 'api' && x.round === r);
    const b = results.find((x) => x.shape === id && x.side === 'peer' && x.round === r);
    if (a?.requestsPerSecond && b?.requestsPerSecond) ratios.push(a.requestsPerSecond / b.requestsPerSecond);
  }
  rows.push({
    shape: id,
    name: SHAPES[id].name,
    nodes: answers[id],
    bytes: answerBytes[id],
    ratio: round(median(ratios), 2),
    ratios: ratios.map((x) => round(x, 2)),
    api: Object.fromEntries(
      [
        'requestsPerSecond',
        'p50',
        'p99',
        'serverCpuMs',
        'postgresCpuMs',
        'statementsPerRequest',
        'machineBusyCores',
        'errors',
      ].map((f) => [f, round(of('api', f), 2)]),
    ),
    peer: Object.fromEntries(
      [
        'requestsPerSecond',
        'p50',
        'p99',
        'serverCpuMs',
        'postgresCpuMs',
        'statementsPerRequest',
        'machineBusyCores',
        'errors',
      ].map((f) => [f, round(of('peer', f), 2)]),
    ),
  });
}
const [{ n: personCount }] = await db.query('SELECT count(*)::int AS n FROM person');
const header = `Paired benchmark, ${personCount} persons, ${rounds} rounds, ${connections} connections, medians (API | PostGraphile); ${os.cpus().length} cores, load average ${os
  .loadavg()
  .map((x) => x.toFixed(1))
  .join(' ')}`;
const table = [
  header,
  '',
  '| shape | API ÷ PostGraphile (median of rounds) | req/s | p50 ms | p99 ms | server CPU ms/req | PostgreSQL CPU ms/req | statements/req | machine busy cores | bytes per answer | nodes per answer |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ...rows.map(
    (row) =>
      `| ${row.name} | **${row.ratio}** (${row.ratios.join(', ')}) | ${row.api.requestsPerSecond} \\| ${row.peer.requestsPerSecond} | ${row.api.p50} \\| ${row.peer.p50} | ${row.api.p99} \\| ${row.peer.p99} | ${row.api.serverCpuMs} \\| ${row.peer.serverCpuMs} | ${row.api.postgresCpuMs} \\| ${row.peer.postgresCpuMs} | ${row.api.statementsPerRequest} \\| ${row.peer.statementsPerRequest} | ${row.api.machineBusyCores} \\| ${row.peer.machineBusyCores} | ${row.bytes[0]} \\| ${row.bytes[1]} | ${
        Object.entries(row.nodes)
          .map(([k, v]) => `${v} ${k}`)
          .join(', ') || '-'
      } |`,
  ),
].join('\n');
process.stdout.write(`\n${table}\n`);
const failed = results.some((x) => x.errors > 0);
if (failed) log('Some requests failed: see ERRORS above.');
if (options.json) {
  const { writeFile } = await import('node:fs/promises');
  await writeFile(
    options.json,
    JSON.stringify({ persons: personCount, rounds, connections, rows, results }, null, 2),
  );
}

await api.stop();
await peer.stop();
await db.destroy();
await database.stop();
process.exit(failed ? 1 : 0);
