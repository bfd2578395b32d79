/**
 * "Generated files stay in step": regenerates the client from the committed schema and the operation
 * documents into a temporary folder, with the same codegen.json, and fails when any file differs from
 * the committed src/generated/. Fix a failure with `npx nx run @census/client:generate`.
 *
 * The codegen CLI runs in a child process (as `npm run generate` does): its CommonJS build requires
 * ESM-only packages (yargs) that Jest's module loader cannot load in-process on Node 20.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const projectRoot = path.resolve(__dirname, '..');
const committedDir = path.join(projectRoot, 'src', 'generated');
const codegenConfigPath = path.join(projectRoot, 'codegen.json');
const codegenBin = path.join(
  path.dirname(require.resolve('@graphql-codegen/cli/package.json')),
  'cjs',
  'bin.js',
);
const run = promisify(execFile);

interface CodegenJson {
  schema: string;
  documents: string[];
  generates: Record<string, unknown>;
  [key: string]: unknown;
}

async function readCodegenJson(): Promise<CodegenJson> {
  return JSON.parse(await readFile(codegenConfigPath, 'utf8')) as CodegenJson;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('generated client', () => {
  let tmpDir: string;

  beforeAll(async () => {
    tmpDir = await mkdtemp(path.join(os.tmpdir(), 'census-client-codegen-'));
  });

  afterAll(async () => {
    await rm(tmpDir, { recursive: true, force: true });
  });

  it('codegen.json writes one output folder, src/generated/', async () => {
    const config = await readCodegenJson();
    expect(Object.keys(config.generates)).toEqual(['src/generated/']);
  });

  it('src/generated/ matches a fresh generation from the committed schema and operations', async () => {
    const config = await readCodegenJson();
    const [output] = Object.values(config.generates);
    const outDir = path.join(tmpDir, 'generated') + path.sep;
    const tmpConfig = path.join(tmpDir, 'codegen.json');
    await writeFile(
      tmpConfig,
      JSON.stringify({
        ...config,
        silent: true,
        schema: path.resolve(projectRoot, config.schema),
        documents: config.documents.map((pattern) => path.resolve(projectRoot, pattern)),
        generates: { [outDir]: output },
      }),
    );
    await run(process.execPath, [codegenBin, '--config', tmpConfig], { cwd: projectRoot, timeout: 110_000 });

    const fresh = await listFiles(outDir);
    const committed = await listFiles(committedDir);
    expect(committed).toEqual(fresh);

    const stale: string[] = [];
    for (const file of fresh) {
      const [a, b] = await Promise.all([
        readFile(path.join(outDir, file), 'utf8'),
        readFile(path.join(committedDir, file), 'utf8'),
      ]);
      if (a !== b) stale.push(file);
    }
    if (stale.length > 0) {
      throw new Error(
        `src/generated/ is stale (${stale.join(', ')}): run \`npx nx run @census/client:generate\` and commit the result`,
      );
    }
  });

  it('every generated file starts with an eslint-disable header (JSON excepted)', async () => {
    for (const file of await listFiles(committedDir)) {
      if (file.endsWith('.json')) continue;
      const text = await readFile(path.join(committedDir, file), 'utf8');
      expect(text.startsWith('/* eslint-disable */')).toBe(true);
    }
  });
});
