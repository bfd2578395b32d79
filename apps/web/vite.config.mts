import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';

import { firstPagePreload } from './first-page-preload.mjs';
import { censusMessages } from './messages-plugin.mjs';
import { splitDocuments } from './split-documents.mjs';

const lib = (name: string) => fileURLToPath(new URL(`../../libs/${name}/src/index.ts`, import.meta.url));
// The API started by `npx nx run api:serve` (or another one, e.g. CENSUS_API=http://localhost:4100).
const api = process.env.CENSUS_API ?? 'http://localhost:4000';
// The shared libs are used from source, like the other projects do through tsconfig paths.
const libs = {
  '@census/client': lib('client'),
  '@census/rules': lib('rules'),
  '@census/import-files': lib('import-files'),
};

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: {
    alias: [
      ...Object.entries(libs).map(([find, replacement]) => ({ find, replacement })),
      // csv-parse's Node build needs Node's Buffer; its browser build brings its own (the 导入 page's chunk only).
      {
        find: /^csv-parse\/sync$/,
        replacement: fileURLToPath(new URL('../../node_modules/csv-parse/dist/esm/sync.js', import.meta.url)),
      },
      // The messages come parsed at build time (messages-plugin.mts): intl-messageformat formats them without its ICU
      // parser, which FormatJS documents as aliasing the parser to its `no-parser` module (a third of the messages'
      // code, and the catalogue of both languages, left out of the app).
      {
        find: /^@formatjs\/icu-messageformat-parser$/,
        replacement: fileURLToPath(
          new URL('../../node_modules/@formatjs/icu-messageformat-parser/lib/no-parser.js', import.meta.url),
        ),
      },
    ],
  },
  // Vite compiles TSX itself; no Babel and no React plugin needed (hot reload reloads the page).
  oxc: { jsx: { runtime: 'automatic' } },
  // manifest: .vite/manifest.json, read by test/bundle-budget.spec.ts (the resident page's initial JS).
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    manifest: true,
    // The generated client builds each document with `new TypedDocumentString(...)`: pure, so the documents no page
    // uses (census-admin's imports, ...) are left out of the bundle; split-documents.mts gives each its own module.
    // The Word library (the report page's .docx, loaded when asked for) in a chunk named docx-*, which the service
    // worker leaves out of its precache: phones of enumerators never need it.
    rolldownOptions: {
      treeshake: { manualPureFunctions: ['TypedDocumentString'] },
      output: { advancedChunks: { groups: [{ name: 'docx', test: /node_modules[\\/](docx|fflate)[\\/]/ }] } },
    },
  },
  // Every asset also as .br and .gz beside it, compressed once at build time (brotli at its best quality); the API
  // serves whichever the browser accepts (express-static-gzip in libs/api/src/server/explorer.ts).
  plugins: [
    censusMessages(libs),
    splitDocuments(fileURLToPath(new URL('../../libs/client/src/generated/graphql.ts', import.meta.url))),
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 }),
    // The same test as isSelfReportPath in src/paths.ts, and the messages of the language i18n.ts stores.
    firstPagePreload(
      [{ pattern: /^\/self-report\/?$/i, module: 'src/resident-app.tsx' }],
      'src/staff-main.tsx',
      {
        storageKey: 'census.lang',
        modules: { zh: 'virtual:census-messages/zh', en: 'virtual:census-messages/en' },
        otherwiseModules: {
          zh: ['virtual:census-messages/zh/form', 'virtual:census-messages/zh/staff'],
          en: ['virtual:census-messages/en/form', 'virtual:census-messages/en/staff'],
        },
      },
      {
        storageKey: 'census.session',
        always: ['src/staff-app.tsx'],
        pages: {
          '': 'src/pages/HomePage.tsx',
          zones: 'src/pages/ZonePage.tsx',
          households: 'src/pages/HouseholdPage.tsx',
          agenda: 'src/pages/AgendaPage.tsx',
          review: 'src/pages/ReviewPage.tsx',
        },
      },
    ),
    // Installable, and its shell precached by a service worker (Workbox): the app opens without signal; the
    // API's paths are never answered by it (the data offline comes from the app's own IndexedDB cache).
    VitePWA({
      registerType: 'autoUpdate',
      // Registered by the staff side (src/staff-main.tsx), never on the resident's page.
      injectRegister: false,
      includeAssets: ['icons/*.png'],
      manifest: {
        name: '人口普查现场工作平台',
        short_name: '人口普查',
        description: '普查员入户登记：无信号时也能填报，有信号时自动上传。',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#c8102e',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg}'],
        // Office-only libraries (Word, charts) stay out of the phone's precache: enumerators never need them offline.
        // The map library too: a map needs the server's outlines and points, so it is of no use without signal.
        globIgnores: ['**/docx-*.js', '**/trend-chart-echarts-*.js', '**/zone-map-maplibre-*'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/(graphql|exports|explorer|healthz|readyz|metrics)(\/|$)/],
      },
    }),
  ],
  server: {
    port: 5173,
    proxy: { '/graphql': api, '/exports': api, '/healthz': api, '/readyz': api },
  },
});
