import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { startTestApi, type TestApi } from './harness';
import { DOCUMENTS, exercise, seedExerciseCounty } from './sql-exercise';
import { renderSnapshot, StatementRecorder } from './sql-recorder';

/**
 * SQL snapshots: every distinct statement the API sends while it runs the client's trusted documents (the web
 * app's and census-admin's operations, libs/client) and the root fields the client does not use, written per
 * domain to libs/api/sql/<domain>.sql with the module and function that issued it. A change of the SQL shows in
 * review as a diff of these files. The spec fails when the committed files differ from what it recorded;
 * `UPDATE_SQL_SNAPSHOTS=1` (npm run sql:snapshots) rewrites them.
 *
 * The operations (sql-exercise.ts, shared with county-routing.spec.ts) run one after another with fixed inputs on
 * the demo generator's (deterministic) data, so the recorded text is the same on every run and machine.
 */
const SNAPSHOTS = join(__dirname, '../sql');
const UPDATE = process.env.UPDATE_SQL_SNAPSHOTS === '1';

const recorder = new StatementRecorder();
let api: TestApi;
let ran = new Set<string>();

function committed(): Map<string, string> {
  if (!existsSync(SNAPSHOTS)) return new Map();
  return new Map(
    readdirSync(SNAPSHOTS)
      .filter((name) => name.endsWith('.sql'))
      .map((name) => [name, readFileSync(join(SNAPSHOTS, name), 'utf8')]),
  );
}

describe('SQL snapshots (libs/api/sql/<domain>.sql)', () => {
  beforeAll(async () => {
    api = await startTestApi('sql-snapshots', { counter: recorder });
    await seedExerciseCounty(api);
    ran = await exercise(api, recorder);
  });
  afterAll(() => api?.close());

  it('ran every trusted document of the client', () => {
    expect([...DOCUMENTS.keys()].filter((name) => !ran.has(name)).sort()).toEqual([]);
  });

  it('knows the source of every statement', () => {
    expect([...recorder.unattributed]).toEqual([]);
  });

  it('records no statement issued by a resolver or route', () => {
    const sources = recorder.recorded().flatMap((statement) => statement.source.split('\n-- '));
    expect(sources.filter((source) => /(\.resolver|-routes)\.ts:/.test(source))).toEqual([]);
  });

  it('match the statements the API sends (UPDATE_SQL_SNAPSHOTS=1 rewrites them)', () => {
    const statements = recorder.recorded();
    const files = new Map<string, string>();
    for (const domain of new Set(statements.map((s) => s.domain)))
      files.set(
        `${domain}.sql`,
        renderSnapshot(
          domain,
          statements.filter((s) => s.domain === domain),
        ),
      );
    if (UPDATE) {
      rmSync(SNAPSHOTS, { recursive: true, force: true });
      mkdirSync(SNAPSHOTS, { recursive: true });
      for (const [name, text] of files) writeFileSync(join(SNAPSHOTS, name), text);
      return;
    }
    const existing = committed();
    const names = [...new Set([...files.keys(), ...existing.keys()])].sort();
    const differences: string[] = [];
    for (const name of names) {
      try {
        expect(files.get(name) ?? '(no such file)').toBe(existing.get(name) ?? '(no such file)');
      } catch (error) {
        // The diff reads from the committed file (-) to what the API sends now (+).
        differences.push(`libs/api/sql/${name}:\n${(error as Error).message}`);
      }
    }
    if (differences.length > 0)
      throw new Error(
        `${differences.length} SQL snapshot(s) differ from the statements the API sends: review the change, then ` +
          `run \`npm run sql:snapshots\` to rewrite them and commit them with it.\n\n${differences.join('\n\n')}`,
      );
  });
});
