import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { parse, print } from 'graphql';

// What a Relay team compiles against the API: relay-compiler (its own binary, from the npm package) checks the
// documents of relay/census.graphql against libs/api/schema.graphql: two-way @connection pages with nullable
// page-size variables, @refetchable fragments through `node`, @appendNode on mutation payloads. Any error of the
// compiler fails the test with its output.
describe('Relay compile of the census documents', () => {
  const root = path.join(__dirname, '..');
  const schema = path.join(root, '..', 'api', 'schema.graphql');
  let work: string;

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'census-relay-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('compiles with no error', () => {
    const documents = parse(readFileSync(path.join(root, 'relay', 'census.graphql'), 'utf8'));
    mkdirSync(path.join(work, 'src'));
    mkdirSync(path.join(work, '__generated__'));
    // Relay reads documents from graphql tags in source files of the module (`census.ts`).
    const source = documents.definitions
      .map((definition) => `graphql\`\n${print(definition)}\n\`;\n`)
      .join('\n');
    writeFileSync(path.join(work, 'src', 'census.ts'), source);
    writeFileSync(
      path.join(work, 'relay.config.json'),
      JSON.stringify({
        src: './src',
        schema,
        language: 'typescript',
        artifactDirectory: './__generated__',
      }),
    );
    const compiler = require.resolve('relay-compiler/cli.js');
    const run = spawnSync(process.execPath, [compiler, '--output', 'quiet-with-errors'], {
      cwd: work,
      encoding: 'utf8',
    });
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
    expect(output).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    // One artifact per operation and fragment, the refetch queries Relay derives included.
    const artifacts = readdirSync(path.join(work, '__generated__'));
    expect(artifacts).toContain('censusHouseholdVisitsPaginationQuery.graphql.ts');
    expect(artifacts).toContain('censusRecordVisitMutation.graphql.ts');
  });
});
