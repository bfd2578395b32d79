/**
 * The operation documents select the shapes every mutation and import answer share through the fragments of
 * src/operations/fragments.graphql, so that a field added there reaches every operation at once.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { type FieldNode, Kind, parse, visit } from 'graphql';

const operationsDir = path.join(__dirname, 'operations');

async function documents(): Promise<{ file: string; text: string }[]> {
  const files = (await readdir(operationsDir)).filter((file) => file.endsWith('.graphql')).sort();
  return Promise.all(
    files.map(async (file) => ({ file, text: await readFile(path.join(operationsDir, file), 'utf8') })),
  );
}

/** `file: path.to.field -> selection` of every field whose name `matches`, outside fragment definitions. */
async function selectionsOf(matches: (name: string) => boolean): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const { file, text } of await documents()) {
    const doc = parse(text);
    for (const definition of doc.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      visit(definition, {
        Field(node: FieldNode, _key, _parent, _path, ancestors) {
          if (!matches(node.name.value)) return;
          const at = ancestors
            .filter((a): a is FieldNode => !Array.isArray(a) && (a as FieldNode).kind === Kind.FIELD)
            .map((a) => a.name.value);
          const selection = (node.selectionSet?.selections ?? [])
            .map((s) => (s.kind === Kind.FRAGMENT_SPREAD ? `...${s.name.value}` : s.kind))
            .join(' ');
          found[`${file}: ${definition.name?.value}.${[...at, node.name.value].join('.')}`] = selection;
        },
      });
    }
  }
  return found;
}

describe('operation documents', () => {
  it('select userErrors through the UserErrorFields fragment', async () => {
    const selections = await selectionsOf((name) => name === 'userErrors');
    expect(Object.keys(selections).length).toBeGreaterThan(30);
    for (const [at, selection] of Object.entries(selections)) {
      expect({ at, selection }).toEqual({ at, selection: '...UserErrorFields' });
    }
  });

  it('select import answers through the ImportResultFields fragment', async () => {
    const selections = await selectionsOf((name) => /^import[A-Z]/.test(name));
    expect(Object.keys(selections).sort()).toEqual([
      'imports.graphql: ImportElectricity.importElectricity',
      'imports.graphql: ImportGrid.importGrid',
      'imports.graphql: ImportRegistry.importRegistry',
      'imports.graphql: ImportStaff.importStaff',
      'imports.graphql: ImportZones.importZones',
      'maps.graphql: ImportZoneBoundaries.importZoneBoundaries',
    ]);
    for (const [at, selection] of Object.entries(selections)) {
      expect({ at, selection }).toEqual({ at, selection: '...ImportResultFields' });
    }
  });
});
