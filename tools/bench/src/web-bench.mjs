#!/usr/bin/env node
/**
 * Web benchmark (issue 17, "light and fast"): how soon the built web app shows its first screens on a slow phone.
 * The built API (apps/api/dist, as its own process through @census/api-process: a copy of the seeded demo county on
 * a throw-away embedded PostgreSQL) serves the built web app (apps/web/dist, or --web-dist); Debian's Chromium
 * (playwright-core, never a downloaded browser) loads it with a cold cache in a new browser context per run, throttled
 * over CDP like a mid-range phone on a poor mobile network: 1.6 Mbps down, 750 kbps up, 150 ms round trip, CPU 4×
 * slower. Measured, median of --runs runs each:
 *
 * - resident page first paint: first-contentful-paint of /self-report (the public self-report page);
 * - login page first paint: first-contentful-paint of / without a session;
 * - small-zone list: an enumerator (session in localStorage, as after a login) opens /zones/<zone>: time from the
 *   navigation until the first household of the list is in the DOM;
 * - JS transferred (compressed bytes on the wire, resource timing's encodedBodySize) by each page.
 *
 * Prints a table with the budgets and whether each is met (exit code 1 when one is not, 2 on a usage error).
 *
 * Usage: node tools/bench/src/web-bench.mjs [--runs N] [--web-dist DIR] [--zone CODE] [--identity] [--no-throttle] [--json]
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const WORKSPACE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const require = createRequire(import.meta.url);
const log = (line) => process.stderr.write(`${line}\n`);

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'web-dist': { type: 'string' },
    zone: { type: 'string', default: '330106002051001' },
    user: { type: 'string', default: 'enumerator' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    'no-throttle': { type: 'boolean', default: false },
    identity: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    // Print each page's requests of the last run (path, bytes on the wire, start and end in ms): the waterfall.
    waterfall: { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(values.runs));
const WEB_DIST = path.resolve(values['web-dist'] ?? path.join(WORKSPACE, 'apps', 'web', 'dist'));
const PASSWORD = 'census-demo-2020';

/** The phone the budgets are for (Lighthouse's "slow 4G" with a 4× slower CPU). */
export const THROTTLING = {
  downloadKbps: 1600,
  uploadKbps: 750,
  latencyMs: 150,
  cpuSlowdown: 4,
};

/** Budgets of issue 17 (ms, and KB of gzip/brotli JS for the resident page). */
export const BUDGETS = {
  residentFirstPaint: 1000,
  loginFirstPaint: 1000,
  smallZoneList: 2000,
  residentJsKB: 60,
};

const PHONE = { width: 390, height: 844 };

if (!existsSync(path.join(WEB_DIST, 'index.html'))) {
  log(`${WEB_DIST}/index.html is missing: npx nx run web:build`);
  process.exit(2);
}
if (!existsSync(values.chromium)) {
  log(`${values.chromium} is missing: apt-get install -y chromium`);
  process.exit(2);
}

// Read by the API's webAppRouter when the child starts.
process.env.WEB_DIST = WEB_DIST;
const { startApi } = require('@census/api-process');
const { chromium } = require('playwright-core');

// What runs inside the page, as source text (this file is Node code; the page has its own globals).

/**
 * The first element of each kind in the DOM, with performance.now() of that moment: a MutationObserver sees it as it
 * is inserted (polling from here would add its own interval).
 */
const WATCH_SCRIPT = `{
  const seen = (window.__seen = {});
  const watch = {
    resident: 'main.resident',
    login: 'input[autocomplete="username"]',
    list: '.household-list li',
  };
  new MutationObserver(() => {
    for (const [name, selector] of Object.entries(watch))
      if (seen[name] === undefined && document.querySelector(selector)) seen[name] = performance.now();
  }).observe(document, { childList: true, subtree: true });
}`;

/** first-contentful-paint (waits for it), ms since the navigation started. */
const FIRST_PAINT = `new Promise((resolve) => {
  new PerformanceObserver((list, observer) => {
    const entry = list.getEntriesByName('first-contentful-paint')[0];
    if (entry) {
      observer.disconnect();
      resolve(entry.startTime);
    }
  }).observe({ type: 'paint', buffered: true });
})`;

/** Bytes on the wire (compressed bodies) of the page's scripts, and of everything it fetched. */
const TRANSFERRED = `(() => {
  const resources = performance.getEntriesByType('resource');
  const js = resources.filter((entry) => new URL(entry.name).pathname.endsWith('.js'));
  const sum = (entries) => entries.reduce((total, entry) => total + entry.encodedBodySize, 0);
  const navigation = performance.getEntriesByType('navigation')[0];
  return {
    requests: resources.map((entry) => ({
      path: new URL(entry.name).pathname,
      bytes: entry.encodedBodySize,
      start: Math.round(entry.startTime),
      end: Math.round(entry.responseEnd),
    })),
    jsBytes: sum(js),
    jsFiles: js.length,
    allBytes: sum(resources) + (navigation ? navigation.encodedBodySize : 0),
    // contentEncoding where Chromium reports it; else a body smaller on the wire than decoded was compressed.
    encodings: [
      ...new Set(
        js.map(
          (entry) => entry.contentEncoding || (entry.encodedBodySize < entry.decodedBodySize ? 'compressed' : ''),
        ),
      ),
    ].filter(Boolean),
  };
})()`;

/** A new, empty browser context (its own cache) and page, throttled before anything loads. */
async function throttledPage(browser, session) {
  const context = await browser.newContext({
    viewport: PHONE,
    locale: 'zh-CN',
    isMobile: true,
    // --identity: ask for nothing compressed, as the server answered before issue 17 (for before/after figures).
    ...(values.identity ? { extraHTTPHeaders: { 'accept-encoding': 'identity' } } : {}),
  });
  if (session)
    await context.addInitScript({
      content: `localStorage.setItem('census.session', ${JSON.stringify(session)});`,
    });
  await context.addInitScript({ content: WATCH_SCRIPT });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  if (!values['no-throttle']) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLING.latencyMs,
      downloadThroughput: (THROTTLING.downloadKbps * 1000) / 8,
      uploadThroughput: (THROTTLING.uploadKbps * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuSlowdown });
  }
  return { context, page };
}

/** performance.now() when the first element of the kind `name` (WATCH_SCRIPT) came into the DOM. */
async function seen(page, name) {
  const key = JSON.stringify(name);
  await page.waitForFunction(`window.__seen && window.__seen[${key}] !== undefined`, undefined, {
    polling: 50,
  });
  return /** @type {Promise<number>} */ (page.evaluate(`window.__seen[${key}]`));
}

/**
 * One page load: first paint, when the element `ready` came, and (once the network is quiet, so that chunks loaded
 * on demand count too) the bytes transferred.
 */
async function load(browser, url, ready, session) {
  const { context, page } = await throttledPage(browser, session);
  try {
    await page.goto(url);
    const readyMs = await seen(page, ready);
    const paintMs = /** @type {number} */ (await page.evaluate(FIRST_PAINT));
    await page.waitForLoadState('networkidle');
    const { requests, ...bytes } = await page.evaluate(TRANSFERRED);
    if (values.waterfall) {
      log(`${url} (ready at ${Math.round(readyMs)} ms):`);
      for (const r of requests)
        log(
          `  ${String(r.start).padStart(5)} → ${String(r.end).padStart(5)} ms  ${String(r.bytes).padStart(7)} B  ${r.path}`,
        );
    }
    return { paintMs, readyMs, ...bytes };
  } finally {
    await context.close();
  }
}

/** The session the web app keeps after a login through its own login page (unthrottled, once). */
async function signIn(browser, url) {
  const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN' });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await page.goto(`${url}/`);
  await page.getByLabel('用户名').fill(values.user);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('button', { name: '退出登录' }).waitFor();
  const session = /** @type {string | null} */ (
    await page.evaluate(`localStorage.getItem('census.session')`)
  );
  await context.close();
  if (!session) throw new Error('no session in localStorage after the login');
  return session;
}

const SCENARIOS = {
  resident: (browser, url) => load(browser, `${url}/self-report`, 'resident'),
  login: (browser, url) => load(browser, `${url}/`, 'login'),
  smallZone: (browser, url, session) => load(browser, `${url}/zones/${values.zone}`, 'list', session),
};

const median = (numbers) => {
  const sorted = numbers.filter((n) => typeof n === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function main() {
  log(
    `web bench: ${RUNS} runs, ${WEB_DIST}, throttling ${values['no-throttle'] ? 'off' : JSON.stringify(THROTTLING)}`,
  );
  const api = await startApi();
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: values.chromium,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const session = await signIn(browser, api.url);
    /** @type {Record<keyof typeof SCENARIOS, any[]>} */
    const samples = { resident: [], login: [], smallZone: [] };
    // Interleaved, one run of each per round, after one unmeasured round (the API's first queries, Chromium's start).
    for (let round = 0; round <= RUNS; round++) {
      for (const [name, scenario] of Object.entries(SCENARIOS)) {
        const result = await scenario(browser, api.url, session);
        if (round > 0) samples[name].push(result);
        log(`${round === 0 ? 'warm-up' : `run ${round}`} ${name}: ${JSON.stringify(result)}`);
      }
    }
    const pick = (name, key) => median(samples[name].map((sample) => sample[key]));
    const kb = (name, key) => pick(name, key) / 1024;
    /** @type {[string, number, 'ms' | 'KB', number?][]} */
    const rows = [
      ['resident page first paint', pick('resident', 'paintMs'), 'ms', BUDGETS.residentFirstPaint],
      ['resident page in the DOM', pick('resident', 'readyMs'), 'ms'],
      ['resident page JS transferred', kb('resident', 'jsBytes'), 'KB', BUDGETS.residentJsKB],
      ['login page first paint', pick('login', 'paintMs'), 'ms', BUDGETS.loginFirstPaint],
      ['login form in the DOM', pick('login', 'readyMs'), 'ms'],
      ['login page JS transferred', kb('login', 'jsBytes'), 'KB'],
      ['small-zone page first paint', pick('smallZone', 'paintMs'), 'ms'],
      ['small-zone list ready', pick('smallZone', 'readyMs'), 'ms', BUDGETS.smallZoneList],
      ['small-zone page JS transferred', kb('smallZone', 'jsBytes'), 'KB'],
      ['small-zone page, all transferred', kb('smallZone', 'allBytes'), 'KB'],
    ];
    const encodings = [
      ...new Set(Object.values(samples).flatMap((list) => list.flatMap((sample) => sample.encodings))),
    ];
    const table = [
      `| measure (median of ${RUNS}) | value | budget | |`,
      '| --- | ---: | ---: | --- |',
      ...rows.map(([name, value, unit, budget]) => {
        const shown = `${unit === 'KB' ? value.toFixed(1) : Math.round(value)} ${unit}`;
        const verdict = budget === undefined ? '' : value <= budget ? 'pass' : '**FAIL**';
        return `| ${name} | ${shown} | ${budget === undefined ? '' : `≤ ${budget} ${unit}`} | ${verdict} |`;
      }),
      '',
      `JS content encodings: ${encodings.join(', ') || 'none (uncompressed)'}`,
    ].join('\n');
    const pass = rows.every(([, value, , budget]) => budget === undefined || value <= budget);
    const result = {
      pass,
      runs: RUNS,
      throttling: values['no-throttle'] ? null : THROTTLING,
      webDist: WEB_DIST,
      budgets: BUDGETS,
      medians: Object.fromEntries(rows.map(([name, value, unit]) => [name, { value, unit }])),
      encodings,
      samples,
    };
    if (values.json) {
      log(table);
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } else process.stdout.write(`${table}\n`);
    process.exitCode = pass ? 0 : 1;
  } finally {
    await browser?.close();
    await api.stop();
  }
}

main().catch((error) => {
  log(error?.stack ?? String(error));
  process.exit(2);
});
