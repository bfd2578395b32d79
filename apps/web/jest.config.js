// Component tests run in jsdom; the end-to-end test (test/e2e.spec.ts) asks for the node environment itself.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  setupFiles: ['<rootDir>/test/jsdom-globals.js'],
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
  },
  // ECharts and its renderer zrender ship ES modules: transformed like the sources.
  transformIgnorePatterns: ['/node_modules/(?!(echarts|zrender|tslib)/)'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/test-output/'],
};
