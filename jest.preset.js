// Shared Jest settings: @swc/jest with legacy decorators and metadata (type-graphql, TypeORM),
// and the workspace aliases mapped to sources so tests never need a build first.
const path = require('node:path');

const root = __dirname;
const libs = ['rules', 'api', 'client', 'testing', 'demo-data', 'postgres', 'api-process', 'import-files'];

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: Object.fromEntries(
    libs.map((lib) => [`^@census/${lib}$`, path.join(root, 'libs', lib, 'src', 'index.ts')]),
  ),
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // Jest's timeout is a hang detector, not a budget: the tests start real PostgreSQL servers and API processes on
  // machines that may be slow and loaded, and assert what happened, never how long it took. Ten minutes only ends a
  // test that waits for something that will not come. Projects and tests do not set their own.
  testTimeout: 600_000,
};
