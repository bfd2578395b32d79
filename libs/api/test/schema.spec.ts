import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';

import { schemaDiff } from '../src/database/schema-diff';
import { printExportSchemas } from '../src/exports/export-formats';
import { buildCensusSchema, printCensusSchema } from '../src/server/schema';
import { unannouncedBreakingChanges } from '../src/server/schema-stability';
import { startTestApi } from './harness';

describe('schema and migrations stay in step', () => {
  it('the committed schema.graphql is what the code emits (run `npx nx run api:emit-schema`)', async () => {
    const committed = await readFile(path.join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(await printCensusSchema()).toBe(committed);
  });

  it('the committed docs/export-formats.schema.json describes the export files (run `npx nx run api:emit-schema`)', async () => {
    const committed = await readFile(
      path.join(__dirname, '..', '..', '..', 'docs', 'export-formats.schema.json'),
      'utf8',
    );
    expect(printExportSchemas()).toBe(committed);
  });

  it('breaks nothing that schema.released.graphql promised without deprecating it first (see CHANGELOG.md)', async () => {
    const released = await readFile(path.join(__dirname, '..', 'schema.released.graphql'), 'utf8');
    const current = await printCensusSchema();
    expect(unannouncedBreakingChanges(released, current).map((c) => `${c.type}: ${c.description}`)).toEqual(
      [],
    );
  });

  it('describes every type, field, argument and enum value', async () => {
    const schema = await buildCensusSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
        continue;
      if (!type.description) missing.push(type.name);
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields()))
          if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the committed migrations create exactly what the entities declare', async () => {
    const api = await startTestApi('schema_diff');
    try {
      expect(await schemaDiff(api.db)).toEqual({ up: [], down: [] });
    } finally {
      await api.close();
    }
  });
});
