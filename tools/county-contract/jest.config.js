module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'county-contract',
  rootDir: __dirname,
};
