import { existsSync } from 'node:fs';
import path from 'node:path';

import express, { type Router } from 'express';
import expressStaticGzip from 'express-static-gzip';

/**
 * A GraphiQL explorer served entirely from node_modules: census offices are often offline and this machine
 * reaches no CDN, so Apollo's default landing page (loaded from the internet) is replaced by this one.
 */
export function explorerRouter(graphqlPath: string): Router {
  const router = express.Router();
  const inPackage = (name: string, file: string) =>
    path.join(path.dirname(require.resolve(`${name}/package.json`)), file);
  const files: Record<string, string> = {
    'react.js': inPackage('react', 'umd/react.production.min.js'),
    'react-dom.js': inPackage('react-dom', 'umd/react-dom.production.min.js'),
    'graphiql.js': inPackage('graphiql', 'graphiql.min.js'),
    'graphiql.css': inPackage('graphiql', 'graphiql.min.css'),
  };
  for (const [name, file] of Object.entries(files)) {
    router.get(`/explorer/${name}`, (_req, res) => {
      res.setHeader('Cache-Control', 'public, max-age=86400');
      res.sendFile(path.resolve(file));
    });
  }
  router.get('/explorer', (_req, res) => {
    res.type('html').send(explorerPage(graphqlPath));
  });
  return router;
}

const EXAMPLE = `# Census API explorer (普查数据接口). Try:
{
  zones(filter: { level: COUNTY }, first: 5) {
    totalCount
    nodes { code name children(first: 5) { totalCount nodes { code name } } }
  }
}
`;

function explorerPage(graphqlPath: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>人口普查接口 · Census API explorer</title>
  <link rel="stylesheet" href="/explorer/graphiql.css" />
  <style>html, body, #explorer { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="explorer">Loading…</div>
  <script src="/explorer/react.js"></script>
  <script src="/explorer/react-dom.js"></script>
  <script src="/explorer/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(graphqlPath)} });
    ReactDOM.createRoot(document.getElementById('explorer')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(EXAMPLE)} }),
    );
  </script>
</body>
</html>`;
}

/** Paths of the API itself; the web app's fallback never answers them. */
const API_PATHS = ['/graphql', '/explorer', '/exports', '/healthz', '/readyz', '/metrics'];

/** The built web app (apps/web/dist): `WEB_DIST` or the folder beside this repository's libs. */
export function defaultWebRoot(): string {
  return process.env.WEB_DIST ?? path.resolve(__dirname, '..', '..', '..', '..', 'apps', 'web', 'dist');
}

/**
 * The web app's static files, and its index.html for every other GET that is not an API path, so the app's own
 * routes (/zones/..., /households/...) survive a reload. Without a build, `/` says how to make one.
 */
export function webAppRouter(root: string): Router {
  const router = express.Router();
  const index = path.join(root, 'index.html');
  // The build writes each asset also as .br and .gz (apps/web/vite.config.mts): the browser gets the brotli file when
  // it accepts br, else the gzip one, else the plain file, with Content-Encoding and `Vary: Accept-Encoding`. The
  // files are found when the server starts. Assets carry a content hash in their names: cached for a year; index.html
  // (below) is revalidated on every load, so a new build is seen at once.
  const precompressed = (
    folder: string,
    serveStatic: expressStaticGzip.ExpressStaticGzipOptions['serveStatic'],
  ) =>
    expressStaticGzip(folder, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic,
    });
  router.use(
    '/assets',
    precompressed(path.join(root, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  router.use(precompressed(root, { index: false }));
  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (API_PATHS.some((prefix) => req.path === prefix || req.path.startsWith(`${prefix}/`))) return next();
    if (!existsSync(index)) {
      if (req.path !== '/') return next();
      res
        .type('text')
        .send('The web app is not built: run `npx nx run web:build`. The API explorer is at /explorer.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
