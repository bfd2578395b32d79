module.exports = {
  // The shared preset is workspace configuration, not a library import the boundaries rule guards.
  // eslint-disable-next-line @nx/enforce-module-boundaries
  ...require('../../jest.preset.js'),
  displayName: 'demo-data',
  rootDir: __dirname,
};
