#!/usr/bin/env node
/**
 * Import benchmark (issue 4): 1,000,000 registry rows through `census-admin import registry` into a fresh database,
 * printing rows/s end to end and the peak memory (RSS) of the program and of the API server, beside the rows/s of a
 * plain COPY of the same rows into a table of the same columns (psql \copy). All on 127.0.0.1.
 *   node tools/bench/src/import-bench.mjs [--rows 1000000]
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const WORKSPACE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' } } });
const ROWS = Number(values.rows);
const COUNTY = '330110';
// About 13,000 registered persons per generated township.
const TOWNSHIPS = Math.min(898, Math.ceil(ROWS / 12_500));
const dataDir = path.join(WORKSPACE, '.data', 'bench-import');
await rm(dataDir, { recursive: true, force: true });
process.env.DATA_DIR = dataDir;
const log = (line) => process.stderr.write(`${line}\n`);

const api = require('@census/api');
const demo = require('@census/demo-data');
const database = await api.openDevelopmentDatabase();
const db = api.createDataSource({ url: database.url, poolSize: 2 });
await db.initialize();
await api.migrate(db);
await db.transaction((tx) => api.insertZones(tx, demo.syntheticCounty(COUNTY, TOWNSHIPS, 25)));
await api.seedDemoAccounts(db, COUNTY);

const file = path.join(dataDir, 'registry.csv');
let started = performance.now();
execFileSync(
  process.execPath,
  [
    path.join(WORKSPACE, 'tools/sources/src/generate-sources.mjs'),
    'registry',
    '--out',
    file,
    '--synthetic',
    COUNTY,
    '--townships',
    String(TOWNSHIPS),
    '--persons',
    String(ROWS),
    '--bad',
    '0',
    '--stale',
    '0',
  ],
  { stdio: 'inherit' },
);
log(`generated ${ROWS} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);

/** Peak resident memory of a process, sampled from /proc every 100 ms. */
function watchMemory(pid) {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      peak = Math.max(peak, rss);
    } catch {
      // the process has ended
    }
  }, 100);
  return () => {
    clearInterval(timer);
    return Math.round(peak / 1024);
  };
}

const port = 4800 + Math.floor(Math.random() * 200);
const server = spawn(process.execPath, [path.join(WORKSPACE, 'apps/api/dist/main.js')], {
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    SEED_DEMO: 'false',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve, reject) => {
  // Read and dropped once ready (the API logs every request; kept, the text would grow without end).
  let out = '';
  server.stdout.on('data', (c) => {
    out = (out + c).slice(-4000);
    if (out.includes('Census API ready')) resolve(undefined);
  });
  server.once('exit', (code) => reject(new Error(`API exited ${code}: ${out}`)));
});
const serverPeak = watchMemory(server.pid);
const cli = path.join(WORKSPACE, 'apps/admin/bin/census-admin.js');
const env = { ...process.env, CENSUS_API_URL: `http://127.0.0.1:${port}`, CENSUS_ADMIN_HOME: dataDir };
execFileSync(process.execPath, [cli, 'login', '--username', 'admin', '--password-stdin'], {
  env,
  input: `${api.DEMO_PASSWORD}\n`,
});

started = performance.now();
const importer = spawn(process.execPath, [cli, 'import', 'registry', file, '--json'], {
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const cliPeak = watchMemory(importer.pid);
let output = '';
importer.stdout.on('data', (c) => (output += c));
const code = await new Promise((resolve) => importer.once('exit', resolve));
const seconds = (performance.now() - started) / 1000;
const summary = JSON.parse(output);
const result = {
  rows: summary.read,
  accepted: summary.accepted,
  rejected: summary.rejected,
  exitCode: code,
  seconds: +seconds.toFixed(1),
  rowsPerSecond: Math.round(summary.read / seconds),
  peakRssMb: { census_admin: cliPeak(), api_server: serverPeak() },
};

// The same rows by plain COPY into a table of the same (plain text) columns.
await db.query(`CREATE UNLOGGED TABLE IF NOT EXISTS registry_copy (citizen_id text, name text, sex text, birth_date text, address text,
                 registry_household_number text, zone_code text)`);
started = performance.now();
execFileSync(
  'psql',
  [database.url, '-q', '-c', `\\copy registry_copy FROM '${file}' WITH (FORMAT csv, HEADER true)`],
  { stdio: 'inherit' },
);
const copySeconds = (performance.now() - started) / 1000;
result.plainCopyRowsPerSecond = Math.round(ROWS / copySeconds);
console.log(JSON.stringify(result, null, 2));

server.kill('SIGTERM');
await new Promise((resolve) => server.once('exit', resolve));
await db.destroy();
await database.stop();
