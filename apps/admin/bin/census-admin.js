#!/usr/bin/env node
// Launcher: the program is compiled TypeScript (npx nx run admin:build).
const path = require('node:path');
const fs = require('node:fs');

const main = path.join(__dirname, '..', 'dist', 'main.js');
if (!fs.existsSync(main)) {
  console.error('census-admin is not built yet: run `npx nx run admin:build` in the repository first.');
  process.exit(2);
}
require(main);
