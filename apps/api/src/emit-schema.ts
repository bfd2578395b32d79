/**
 * Writes the emitted GraphQL schema to libs/api/schema.graphql (committed; the client is generated from it) and the
 * JSON Schemas of the bulk-export files to docs/export-formats.schema.json (committed; docs/integration.md).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import { printCensusSchema, printExportSchemas } from '@census/api';

const root = path.resolve(__dirname, '..', '..', '..');
const targets = [
  { file: path.join(root, 'libs', 'api', 'schema.graphql'), text: printCensusSchema },
  {
    file: path.join(root, 'docs', 'export-formats.schema.json'),
    text: () => Promise.resolve(printExportSchemas()),
  },
];

Promise.all(targets.map(async ({ file, text }) => writeFile(file, await text()))).then(
  () => console.log(`wrote ${targets.map(({ file }) => file).join(', ')}`),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
