// Unit specs live next to the code (src/**/*.spec.ts); integration specs (test/**/*.spec.ts) boot the real API
// on a real, migrated PostgreSQL that @census/testing provides (TEST_DATABASE_URL, testcontainers or embedded).
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'api',
  rootDir: __dirname,
  // Decorated entities and resolvers need Reflect.metadata whatever a spec imports first.
  setupFiles: ['reflect-metadata'],
  globalSetup: require.resolve('@census/testing/dist/jest-global-setup.js'),
  globalTeardown: require.resolve('@census/testing/dist/jest-global-teardown.js'),
};
