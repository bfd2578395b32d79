/**
 * @jest-environment node
 *
 * The built app's chunks (issue 17): a resident's phone loads the self-report page with little JavaScript and none of
 * the staff side (router, login, session, offline cache and outbox, staff pages and their GraphQL documents), and
 * each staff page is a chunk of its own. Read from the build's manifest (dist/.vite/manifest.json) and its source maps; the sizes are those of
 * the .gz files the server sends. tools/bench/src/web-bench.mjs measures the same pages in a throttled Chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { brotliCompressSync, gzipSync } from 'node:zlib';

import { type MessagePart, messagePartOf } from '../src/message-parts';
import { MESSAGES } from '../src/messages';

const DIST = path.join(__dirname, '..', 'dist');
const MANIFEST = path.join(DIST, '.vite', 'manifest.json');
/**
 * Issue 17's budget for the resident page is 60 KB. What the phone fetches before the first screen: the entry (React,
 * the messages' formatter), the resident's side (resident-app.tsx, the self-report page) and the Chinese messages.
 * It was 77.4 KB brotli / 90.7 KB gzip when the catalogue of both languages and FormatJS's ICU parser were in the
 * entry; the messages are now parsed at build time, one chunk per language, and each chunk carries only its own
 * GraphQL documents, and what the server's message codes mean comes with the form, after the first screen: 56.9 KB
 * brotli, 66.1 KB gzip. The texts of the phone-first household page, the field pages and the report took it to 58.8 KB
 * brotli; the staff side's own texts now have a chunk of their own (src/message-parts.ts): 55.7 KB brotli, 64.6 KB
 * gzip. The household form's texts came with the form in steps, and the labels of the server's parameters with the
 * server's messages (@census/rules' catalogue-format.ts): 51.1 KB brotli, 58.5 KB gzip. Most of it is React itself
 * (45 KB gzip); the ceilings hold the figures where they are, so that they can only go down.
 */
const RESIDENT_BROTLI_CEILING_KB = 52;
const RESIDENT_GZIP_CEILING_KB = 59;

/** The resident's side, and what it fetches after the code is accepted (the form in steps). */
const RESIDENT = 'src/resident-app.tsx';
const RESIDENT_LATER = [
  'src/pages/ResidentSteps.tsx',
  'virtual:census-messages/zh/form',
  'virtual:census-messages/zh/server',
];
const MESSAGES_ZH = 'virtual:census-messages/zh';
/** The household form's texts: the staff side fetches them at once, the resident with the form in steps. */
const FORM_MESSAGES_ZH = 'virtual:census-messages/zh/form';
/** The staff side's own texts (src/message-parts.ts): never in the resident's download. */
const STAFF_MESSAGES_ZH = 'virtual:census-messages/zh/staff';

/** Modules of the staff side: none may be in what the resident's phone fetches. */
const STAFF_MODULES = [
  /^src\/(App|staff-main|staff-app|Layout|Routes|lazy-pages|session|home-zones|form-operations|use-paged-query|report)\.tsx?$/,
  /^src\/offline\//,
  /^src\/pages\/(?!SelfReportPage|ResidentSteps|HouseholdFormFields|household-form-state)/,
  /node_modules\/(@tanstack|idb-keyval|react-router|workbox)/,
];

interface Chunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const STAFF_PAGES = [
  'src/staff-app.tsx',
  'src/Layout.tsx',
  'src/Routes.tsx',
  'src/pages/LoginPage.tsx',
  'src/pages/HomePage.tsx',
  'src/pages/ZonePage.tsx',
  'src/pages/HouseholdPage.tsx',
  'src/pages/AgendaPage.tsx',
  'src/pages/ReviewPage.tsx',
  'src/pages/ReportPage.tsx',
  'src/pages/AuditPage.tsx',
  'src/pages/ImportsPage.tsx',
  'src/pages/ExportsPage.tsx',
  'src/pages/MapPage.tsx',
];

let manifest: Record<string, Chunk>;

beforeAll(() => {
  if (!existsSync(MANIFEST))
    throw new Error(`${MANIFEST} is missing: npx nx run web:build (web:test depends on it)`);
  manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, Chunk>;
});

/** A chunk and every chunk it imports statically: what the browser fetches before the chunk runs. */
function initial(...keys: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build's manifest`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return seen;
}

/** Compressed bytes of a chunk: its .br or .gz file from the build, as served. */
function compressed(key: string, extension: 'br' | 'gz'): number {
  const file = path.join(DIST, manifest[key].file);
  if (existsSync(`${file}.${extension}`)) return readFileSync(`${file}.${extension}`).length;
  // The build compresses only files of 1 KB or more.
  const plain = readFileSync(file);
  return extension === 'gz' ? gzipSync(plain).length : brotliCompressSync(plain).length;
}

/** The source files bundled into the chunks (from their source maps), relative to apps/web or node_modules. */
function sources(keys: Iterable<string>): string[] {
  return [...keys].flatMap((key) => {
    const file = path.join(DIST, manifest[key].file);
    // Generated code has no source map: the bundler's runtime chunk, the messages of a language (messages-plugin.mts)
    // and a chunk of GraphQL documents alone (split-documents.mts; the operations test reads their text); nor has a
    // file copied as it is for its address (`?url`: MapLibre's worker, loaded by the map chunk).
    const { name = '', src = '' } = manifest[key];
    if (
      !existsSync(`${file}.map`) &&
      (name === 'rolldown-runtime' ||
        src.startsWith('virtual:') ||
        /Document$/.test(name) ||
        src.endsWith('maplibre-gl-worker.mjs'))
    )
      return [];
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] };
    return map.sources.map((source) =>
      path.relative(path.join(__dirname, '..'), path.resolve(path.dirname(file), source)),
    );
  });
}

/**
 * The app's message keys of `part` (or prefixes such keys are built from) that the source code bundled into `chunks`
 * names: written out ('selfReport.title') or as the prefix of a built key (`visit.outcome.${…}`).
 */
function keysNamedIn(chunks: Iterable<string>, part: MessagePart): string[] {
  const bundled = sources(chunks).filter(
    (source) => source.startsWith('src/') || source.startsWith('../../libs/'),
  );
  const named = new Set<string>();
  for (const source of bundled) {
    const text = readFileSync(path.join(__dirname, '..', source), 'utf8');
    for (const [, key] of text.matchAll(/'([a-z][a-zA-Z]*\.[a-zA-Z0-9_.]*)'/g)) named.add(key);
    for (const [, prefix] of text.matchAll(/`([a-z][a-zA-Z]*\.)\$\{/g)) named.add(prefix);
  }
  // A key of the app's messages, or a prefix some of its keys are built from (server message codes are not).
  const appKeys = Object.keys(MESSAGES.zh);
  const inPart = (key: string) => messagePartOf(key) === part;
  return [...named].filter((name) =>
    name.endsWith('.')
      ? appKeys.some((key) => key.startsWith(name) && inPart(key))
      : appKeys.includes(name) && inPart(name),
  );
}

describe('the built web app', () => {
  it('holds the resident self-report page’s compressed JavaScript at its ceiling (goal: 60 KB)', () => {
    const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
    expect(entry).toBe('index.html');
    expect(manifest[RESIDENT]?.isDynamicEntry).toBe(true);
    const chunks = [...initial('index.html', RESIDENT, MESSAGES_ZH)];
    const kb = (extension: 'br' | 'gz') =>
      chunks.reduce((total, key) => total + compressed(key, extension), 0) / 1024;
    expect(kb('br')).toBeGreaterThan(0);
    expect(kb('br')).toBeLessThanOrEqual(RESIDENT_BROTLI_CEILING_KB);
    expect(kb('gz')).toBeLessThanOrEqual(RESIDENT_GZIP_CEILING_KB);
  });

  it("leaves the staff side's own texts out of the resident's download: its code names none of them", () => {
    expect(keysNamedIn(initial('index.html', RESIDENT, ...RESIDENT_LATER), 'staff')).toEqual([]);
  });

  it("leaves the form's texts out of the resident's first screen: its code names none of them", () => {
    expect(keysNamedIn(initial('index.html', RESIDENT), 'form')).toEqual([]);
    // And the form in steps does name them (else the split would be pointless).
    expect(keysNamedIn(initial('src/pages/ResidentSteps.tsx'), 'form').length).toBeGreaterThan(10);
  });

  it('gives the resident none of the staff side: no staff module, no staff query, before or after the code', () => {
    const fetched = initial('index.html', RESIDENT, MESSAGES_ZH, ...RESIDENT_LATER);
    const bundled = sources(fetched);
    expect(bundled).toContain('src/pages/SelfReportPage.tsx');
    expect(bundled).toContain('src/pages/ResidentSteps.tsx');
    expect(bundled.filter((source) => STAFF_MODULES.some((staff) => staff.test(source)))).toEqual([]);
    // The GraphQL operations in that code: the self-report ones only.
    const operations = [...fetched].flatMap((key) => [
      ...readFileSync(path.join(DIST, manifest[key].file), 'utf8').matchAll(
        /\b(?:query|mutation) (\w+)[ ({]/g,
      ),
    ]);
    const names = [...new Set(operations.map((match) => match[1]))].sort();
    expect(names).toEqual([
      'SelfReportCreatePerson',
      'SelfReportHousehold',
      'SelfReportSubmit',
      'SelfReportUpdateHousehold',
      'SelfReportUpdatePerson',
      'StartSelfReport',
    ]);
    // And no service worker, which would fetch the whole app for the phone's cache: only the staff side registers it.
    expect(readFileSync(path.join(DIST, 'index.html'), 'utf8')).not.toMatch(/registerSW|serviceWorker/);
    expect(sources(initial(RESIDENT, ...RESIDENT_LATER))).not.toContain('src/staff-main.tsx');
  });

  it('has only the language chosen fetched: chunks of messages per language, without an ICU parser', () => {
    for (const lang of ['zh', 'en'])
      for (const part of ['', '/form', '/staff', '/server'])
        expect(manifest[`virtual:census-messages/${lang}${part}`]?.isDynamicEntry).toBe(true);
    // What the server's codes mean comes later (when the resident's form opens), not before the first screen.
    expect(initial('index.html', RESIDENT, MESSAGES_ZH)).not.toContain('virtual:census-messages/zh/server');
    const bundled = sources(Object.keys(manifest));
    expect(bundled.filter((source) => source.includes('icu-messageformat-parser/lib/parser'))).toEqual([]);
    expect(bundled).not.toContain('src/messages.ts');
  });

  it('makes each staff page a chunk of its own, fetched when it is shown', () => {
    for (const page of STAFF_PAGES.filter((source) => /^src\/pages\/(?!LoginPage)/.test(source)))
      expect([page, manifest[page]?.isDynamicEntry]).toEqual([page, true]);
    // The staff side's first chunk carries the login page, not the pages behind it.
    const staff = sources(initial('src/staff-app.tsx'));
    expect(staff).toContain('src/pages/LoginPage.tsx');
    expect(staff.filter((source) => /src\/pages\/(?!LoginPage)/.test(source))).toEqual([]);
  });

  it('loads the CSV parser only when a file is chosen on the 导入 page', () => {
    const parser = Object.keys(manifest).filter((key) =>
      sources([key]).some((source) => source.includes('node_modules/csv-parse/')),
    );
    expect(parser.length).toBeGreaterThan(0);
    for (const key of parser) expect([key, manifest[key].isDynamicEntry]).toEqual([key, true]);
    for (const key of ['index.html', 'src/staff-app.tsx', 'src/pages/ImportsPage.tsx'])
      expect(sources(initial(key)).filter((source) => source.includes('csv-parse'))).toEqual([]);
  });

  it('loads ECharts only when a trend chart is drawn: not with the entry, the staff side or the zone page', () => {
    expect(manifest['src/components/trend-chart-echarts.ts']?.isDynamicEntry).toBe(true);
    const chart = sources(initial('src/components/trend-chart-echarts.ts'));
    expect(chart.some((source) => source.includes('node_modules/echarts/'))).toBe(true);
    for (const key of ['index.html', 'src/staff-app.tsx', 'src/pages/ZonePage.tsx']) {
      const bundled = sources(initial(key));
      expect([key, bundled.filter((source) => /node_modules\/(echarts|zrender)\//.test(source))]).toEqual([
        key,
        [],
      ]);
    }
  });

  it('loads MapLibre only when a map is drawn: in a chunk of its own, in no other chunk, not precached', () => {
    const entry = 'src/components/zone-map-maplibre.ts';
    expect(manifest[entry]?.isDynamicEntry).toBe(true);
    expect(sources([entry]).some((source) => source.includes('node_modules/maplibre-gl/'))).toBe(true);
    // Every other chunk, each on its own (not what it imports): none carries MapLibre.
    const others = Object.keys(manifest).filter(
      (key) => key !== entry && !/\.(mjs|css)$/.test(manifest[key].file),
    );
    const carrying = others.filter((key) =>
      sources([key]).some((source) => /node_modules\/(maplibre-gl|@maplibre)\//.test(source)),
    );
    expect(carrying).toEqual([]);
    // Nor is it fetched with the map page itself: only when the page draws.
    expect(sources(initial('src/pages/MapPage.tsx')).filter((s) => s.includes('maplibre'))).toEqual([]);
    const serviceWorker = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
    expect(serviceWorker).not.toContain('zone-map-maplibre');
  });

  it("has index.html fetch the opened side's chunks and the stored language's messages beside the entry", () => {
    const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const script = /<script>(\{const p=location\.pathname;[^<]*)<\/script>/.exec(html)?.[1] ?? '';
    const preloaded = (pathname: string, lang: string | null = null) => {
      const links: { rel: string; href: string }[] = [];
      runInNewContext(script, {
        location: { pathname },
        localStorage: { getItem: () => lang },
        document: { createElement: () => ({}), head: { append: (link: never) => links.push(link) } },
      });
      expect(links.every((link) => link.rel === 'modulepreload')).toBe(true);
      return links.map((link) => link.href).sort();
    };
    const files = (...keys: string[]) =>
      [
        ...new Set(
          [...initial(...keys)]
            .filter((chunk) => !manifest[chunk].isEntry)
            .map((chunk) => `/${manifest[chunk].file}`),
        ),
      ].sort();
    expect(preloaded('/self-report')).toEqual(files(RESIDENT, MESSAGES_ZH));
    expect(preloaded('/self-report', 'en')).toEqual(files(RESIDENT, 'virtual:census-messages/en'));
    const staffSide = files('src/staff-main.tsx', MESSAGES_ZH, FORM_MESSAGES_ZH, STAFF_MESSAGES_ZH);
    expect(preloaded('/')).toEqual(staffSide);
    expect(preloaded('/zones/330106002051001')).toEqual(staffSide);
  });
});
