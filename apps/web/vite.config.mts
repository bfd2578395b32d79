import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

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
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    port: 5173,
    proxy: { '/graphql': api, '/exports': api, '/healthz': api, '/readyz': api },
  },
});
