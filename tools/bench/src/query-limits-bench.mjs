#!/usr/bin/env node
/**
 * Query-limits benchmark (security issue, items 3 and 4): how long the API takes to refuse the documents the
 * limits exist for (fragment bombs, alias floods, 5000 root fields, 200 logins) beside ordinary requests, over
 * HTTP, without credentials as an attacker would send them and again signed in (where the limits are looser). The
 * API runs in this process (createCensusServer of the built @census/api) on an empty, migrated embedded database in
 * .data/bench-limits (git-ignored) with one account; the refusals never reach the database. Per request: the round
 * trip on 127.0.0.1 (while a request is being validated the server's event loop does nothing else, so it is also
 * the time the server is frozen) and the CPU time of this process (server and client), which varies less with the
 * machine's other load.
 *
 * Usage: node tools/bench/src/query-limits-bench.mjs [--repeat N] [--production] [--json]
 */
import { Buffer } from 'node:buffer';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { postGraphQL } from './scenarios.mjs';

const { values } = parseArgs({
  options: {
    repeat: { type: 'string', default: '10' },
    production: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '120' },
  },
});
const REPEAT = Math.max(1, Number(values.repeat));
const TIMEOUT_MS = Number(values.timeout) * 1000;
const WORKSPACE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
process.env.DATA_DIR ??= path.join(WORKSPACE, '.data', 'bench-limits');
// Apollo decides introspection and error details by NODE_ENV when it is loaded.
if (values.production) process.env.NODE_ENV = 'production';
const log = (line) => process.stderr.write(`${line}\n`);

const require = createRequire(import.meta.url);
const api = require('@census/api');
const { getIntrospectionQuery } = require('graphql');
const { hash } = require('@node-rs/argon2');

function fragmentBomb(levels) {
  const fragments = ['fragment F0 on Query { me { id } }'];
  for (let i = 1; i <= levels; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
  return `query Bomb { ...F${levels} }\n${fragments.join('\n')}`;
}
const aliased = (count, field) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const login = (username, password) =>
  `login(input: { username: "${username}", password: "${password}" }) { token }`;

const CASES = [
  { name: 'ordinary: { __typename }', query: '{ __typename }' },
  {
    name: "ordinary: GraphiQL's introspection query",
    query: getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    }),
  },
  // A new username each time, or the failed-login lock would answer instead of argon2.
  {
    anonymousOnly: true,
    name: 'ordinary: one login (wrong password, argon2)',
    query: (i) => `mutation { ${login(`nobody${i}`, 'wrong')} }`,
  },
  { name: 'fragment bomb, 20 levels', query: fragmentBomb(20) },
  { name: 'fragment bomb, 30 levels', query: fragmentBomb(30) },
  {
    name: '1000 aliased persons(first: 0) { totalCount }',
    query: aliased(1000, 'persons(first: 0) { totalCount }'),
  },
  {
    name: '100 aliased persons(first: 0) { totalCount }',
    query: aliased(100, 'persons(first: 0) { totalCount }'),
  },
  { name: '5000 x me', query: `{ ${'me { id } '.repeat(5000)}}` },
  { name: '5000 aliased me', query: aliased(5000, 'me { id }') },
  {
    name: '200 aliased logins',
    query: `mutation { ${Array.from({ length: 200 }, (_, i) => `a${i}: ${login('nobody', `p${i}`)}`).join(' ')} }`,
  },
  // Just under the token caps (500 without a sign-in, 2000 with): what graphql-js's own overlapping-fields rule,
  // quadratic up to its internal budget, costs at the largest documents that reach it.
  {
    name: '68 conflicting aliases (overlap rule)',
    query: `{ ${Array.from({ length: 68 }, (_, i) => `a: me { ${i % 2 ? 'id' : 'id: name'} }`).join(' ')} }`,
  },
  {
    name: '285 conflicting aliases (overlap rule)',
    query: `{ ${Array.from({ length: 285 }, (_, i) => `a: me { ${i % 2 ? 'id' : 'id: name'} }`).join(' ')} }`,
  },
];

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

async function post(url, query, token) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const response = await postGraphQL(agent, { url, token, timeoutMs: TIMEOUT_MS }, { query });
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const body = response.json ?? { errors: [{ message: 'not JSON', extensions: { reason: 'not JSON' } }] };
  return { ms, cpuMs, status: response.status, body };
}

const database = await api.openDevelopmentDatabase();
const db = api.createDataSource({ url: database.url, poolSize: 4 });
await db.initialize();
await api.migrate(db);
const PASSWORD = 'bench-limits';
await db.query(
  `INSERT INTO account (username, name, role, password_hash, version) VALUES ('bench-limits', 'bench', 'COUNTY_ADMIN', $1, 1)
   ON CONFLICT DO NOTHING`,
  [await hash(PASSWORD, { algorithm: 2 })],
);
const server = await api.createCensusServer({
  dataSource: db,
  secrets: api.ephemeralSecrets(),
  production: values.production,
  runExports: false,
});
const url = new URL(`${await server.listen(0, '127.0.0.1')}${api.GRAPHQL_PATH}`);

const signIn = await post(url, `mutation { ${login('bench-limits', PASSWORD)} }`);
const token = signIn.body.data?.login?.token;
if (!token) throw new Error(`sign-in failed: ${JSON.stringify(signIn.body)}`);

const median = (sorted) => sorted[Math.floor((sorted.length - 1) / 2)];
const results = [];
try {
  for (const { name, query, anonymousOnly } of CASES) {
    for (const who of anonymousOnly ? ['anonymous'] : ['anonymous', 'signed in']) {
      const times = [];
      const cpu = [];
      /** @type {{ ms: number; cpuMs: number; status: unknown; body: any }} */
      let last = { ms: NaN, cpuMs: NaN, status: 'not run', body: {} };
      for (let i = 0; i < REPEAT + 1; i++) {
        try {
          last = await post(
            url,
            typeof query === 'function' ? query(i) : query,
            who === 'anonymous' ? null : token,
          );
        } catch (error) {
          last = {
            ms: TIMEOUT_MS,
            cpuMs: NaN,
            status: 'timeout',
            body: { errors: [{ message: String(error) }] },
          };
          times.push(last.ms);
          break;
        }
        // The first of several warms up.
        if (i > 0 || REPEAT === 1) {
          times.push(last.ms);
          cpu.push(last.cpuMs);
        }
      }
      times.sort((a, b) => a - b);
      cpu.sort((a, b) => a - b);
      const reasons = [
        ...new Set((last.body.errors ?? []).map((e) => e.extensions?.reason ?? e.extensions?.code)),
      ];
      const result = {
        name,
        who,
        bytes: Buffer.byteLength(typeof query === 'function' ? query(0) : query),
        status: last.status,
        answer: reasons.length ? reasons.join(', ') : 'data',
        medianMs: +median(times).toFixed(1),
        maxMs: +times[times.length - 1].toFixed(1),
        cpuMs: +(cpu.length ? median(cpu) : NaN).toFixed(1),
      };
      results.push(result);
      log(
        `${name} (${who}): ${result.medianMs} ms median, ${result.maxMs} ms max, CPU ${result.cpuMs} ms (${result.status} ${result.answer})`,
      );
      if (reasons.some((r) => !/^TOO_|^QUERY_TOO/.test(r)))
        log(`  first error: ${last.body.errors[0].message}`);
    }
  }
} finally {
  agent.destroy();
  await server.stop();
  await db.destroy();
  await database.stop();
}

if (values.json) {
  process.stdout.write(
    `${JSON.stringify({ production: values.production, repeat: REPEAT, results }, null, 2)}\n`,
  );
} else {
  const rows = results.map((r) => [
    r.name,
    r.who,
    String(r.bytes),
    `${r.status} ${r.answer}`,
    r.medianMs.toFixed(1),
    r.cpuMs.toFixed(1),
    r.maxMs.toFixed(1),
  ]);
  const header = ['request', 'sent', 'bytes', 'answer', 'median ms', 'CPU ms', 'max ms'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    `| ${cells.map((c, i) => (i === 0 || i === 1 || i === 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(
    `| ${widths.map((w, i) => (i === 0 || i === 1 || i === 3 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`,
  );
  for (const row of rows) console.log(line(row));
}
