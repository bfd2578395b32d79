#!/usr/bin/env node
/**
 * PostGraphile v5 over the benchmark's database, the peer of the paired benchmark (peer-bench.mjs starts it as
 * its own process). Configured the way one would deploy it: production mode (no GraphiQL, no explain), the
 * Amber preset, a bearer JWT verified on every request and turned into `pgSettings` (role `bench_peer` and the
 * county claim), so that the row security policies peer-bench.mjs creates give it the county administrator's
 * scope. One condition is added (`townshipCode`: households below a township, a range on small_zone_code, the
 * same test the API's scope and filter use); everything else is what PostGraphile generates.
 *
 * Environment: DATABASE_URL, PORT, PEER_JWT_SECRET.
 */
// PostGraphile 5 declares Node >= 22. On Node 20 it needs `Promise.withResolvers` (ES2024); nothing else was
// missing when this was written. The polyfill is what the specification says.
const PromiseClass = /** @type {any} */ (Promise);
if (typeof PromiseClass.withResolvers !== 'function') {
  PromiseClass.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

const { createServer } = await import('node:http');
const { default: jwt } = await import('jsonwebtoken');
const { postgraphile } = await import('postgraphile');
const { makePgService } = await import('postgraphile/adaptors/pg');
const { grafserv } = await import('postgraphile/grafserv/node');
const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
const { addPgTableCondition } = await import('postgraphile/utils');

const secret = process.env.PEER_JWT_SECRET;
if (!secret || !process.env.DATABASE_URL || !process.env.PORT)
  throw new Error('DATABASE_URL, PORT and PEER_JWT_SECRET are required');

/** `condition: { townshipCode }`: households of the township, as a range on the indexed small zone code. */
const TownshipConditionPlugin = addPgTableCondition(
  { schemaName: 'public', tableName: 'household' },
  'townshipCode',
  (build) => ({
    type: build.graphql.GraphQLString,
    description: 'Households below this township (9-digit code).',
  }),
  (value, helpers) => {
    const { sql, sqlTableAlias } = helpers;
    if (typeof value !== 'string') return;
    return sql`(${sqlTableAlias}.small_zone_code >= ${sql.value(value)} and ${sqlTableAlias}.small_zone_code < ${sql.value(`${value}:`)})`;
  },
);

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  plugins: [TownshipConditionPlugin],
  // PostGraphile hides relations and orderings whose columns do not lead an index. The product's indexes serve
  // them all the same (household_building_id_idx for a building's households, the county-led unique keys for
  // the rest), so they are shown.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ['public'], // node-postgres' default pool: 10 connections
    }),
  ],
  schema: { pgForbidSetofFunctionsToReturnNull: false },
  grafserv: { graphiql: false, watch: false, maxRequestLength: 100_000 },
  grafast: {
    explain: false,
    context(requestContext) {
      const header = requestContext.node?.req?.headers?.authorization ?? '';
      const token = header.startsWith('Bearer ') ? header.slice(7) : null;
      if (!token) throw new Error('Authorization required');
      const claims = /** @type {{ county: string }} */ (jwt.verify(token, secret, { algorithms: ['HS256'] }));
      return { pgSettings: { role: 'bench_peer', 'jwt.claims.county': claims.county } };
    },
  },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.keepAliveTimeout = 65_000;
await serv.addTo(server);
server.listen(Number(process.env.PORT), '127.0.0.1', () => {
  process.stdout.write(`PostGraphile ready at http://127.0.0.1:${process.env.PORT}/graphql\n`);
});
const stop = () => {
  server.close();
  void Promise.resolve(pgl.release()).then(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
