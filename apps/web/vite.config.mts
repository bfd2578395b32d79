import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';

import { firstPagePreload } from './first-page-preload.mjs';

const lib = (name: string) => fileURLToPath(new URL(`../../libs/${name}/src/index.ts`, import.meta.url));
// The API started by `npx nx run api:serve` (or another one, e.g. CENSUS_API=http://localhost:4100).
const api = process.env.CENSUS_API ?? 'http://localhost:4000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: {
    // The shared libs are used from source, like the other projects do through tsconfig paths.
    alias: { '@census/client': lib('client'), '@census/rules': lib('rules') },
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
    // uses (census-admin's imports, ...) are left out of the bundle.
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
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 }),
    // The same test as isSelfReportPath in src/lazy-pages.tsx.
    firstPagePreload(
      [{ pattern: /^\/self-report\/?$/i, module: 'src/pages/SelfReportPage.tsx' }],
      'src/staff-app.tsx',
    ),
    // Installable, and its shell precached by a service worker (Workbox): the app opens without signal; the
    // API's paths are never answered by it (the data offline comes from the app's own IndexedDB cache).
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
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
        globIgnores: ['**/docx-*.js'],
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
