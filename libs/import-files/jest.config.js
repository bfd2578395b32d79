module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'import-files',
  rootDir: __dirname,
};
