// Component tests run in jsdom; the end-to-end test (test/e2e.spec.ts) asks for the node environment itself.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  // The messages of both languages, compiled from the catalogues as the build does (messages-plugin.mts).
  setupFiles: ['<rootDir>/test/jsdom-globals.js', '<rootDir>/test/messages/register.ts'],
  // After the test framework: importing Testing Library where `afterEach` exists registers its automatic cleanup
  // (in setupFiles it does not, and every test's DOM stays for the next one).
  setupFilesAfterEnv: ['<rootDir>/test/testing-library.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    ...require('../../jest.preset.js').moduleNameMapper,
    '\\.css$': '<rootDir>/test/style-stub.js',
    '^virtual:census-messages/(zh|en)$': '<rootDir>/test/messages/$1.ts',
    '^virtual:census-messages/(zh|en)/server$': '<rootDir>/test/messages/$1-server.ts',
    '^virtual:census-messages/(zh|en)/staff$': '<rootDir>/test/messages/$1-staff.ts',
    '^virtual:census-messages/(zh|en)/form$': '<rootDir>/test/messages/$1-form.ts',
  },
  // ECharts and its renderer zrender ship ES modules: transformed like the sources.
  transformIgnorePatterns: ['/node_modules/(?!(echarts|zrender|tslib)/)'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/test-output/'],
};
