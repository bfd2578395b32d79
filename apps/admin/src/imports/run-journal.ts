import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { adminHome } from '../credentials';
import { UsageError } from '../errors';

/**
 * What census-admin keeps of an import run while it lasts, in CENSUS_ADMIN_HOME/imports/: one file per account, kind
 * of import and file content. A run is one pass of a file through the API under one run ID; every batch key is
 * derived from the account, the run ID and the batch's rows. An interrupted run (Ctrl-C, lost connection, server
 * restart) leaves its journal behind, and running the same file again resumes it: the same run ID, so the batches
 * already sent get the same keys and the server replays them (exactly once). A run that sent the whole file removes
 * its journal, whether rows were rejected or not, so the next run of the file is a new run with new keys: rows that
 * were rejected are checked again (their zone may exist by now), rows already stored count as already present.
 */
export interface RunJournal {
  version: 1;
  runId: string;
  /** When the run started (ISO 8601, UTC). */
  startedAt: string;
  kind: string;
  /** The file as given when the run started, and the SHA-256 of its content. */
  file: string;
  fingerprint: string;
  batchSize: number;
  /** Batches answered so far (as far as the journal knows: an abrupt end may lose the last few). */
  batchesDone: number;
}

export interface ImportRun {
  runId: string;
  startedAt: string;
  /** True when this is the resumption of an interrupted run of the same file. */
  resumed: boolean;
  /** The batch size of the interrupted attempt (resumed runs), else null. */
  batchSize: number | null;
  /** Batches the interrupted attempt had done, as far as its journal knows. */
  batchesDone: number;
  journalFile: string;
  /** True once the first batch is on its way: from then on, an interruption leaves a run to resume. */
  begun: boolean;
  /** Writes the journal: called before the first batch is sent. */
  begin(batchSize: number): Promise<void>;
  /** Counts one answered batch in the journal. */
  batchDone(): Promise<void>;
  /** The whole file was sent: the run is over and its journal removed. */
  finish(): Promise<void>;
}

export function journalFile(
  env: NodeJS.ProcessEnv,
  account: string,
  kind: string,
  fingerprint: string,
): string {
  const name = createHash('sha256').update(`${account}\n${kind}\n${fingerprint}`).digest('hex');
  return path.join(adminHome(env), 'imports', `${name}.json`);
}

async function readJournal(file: string): Promise<RunJournal | null> {
  try {
    const journal = JSON.parse(await readFile(file, 'utf8')) as Partial<RunJournal>;
    if (journal.version !== 1 || typeof journal.runId !== 'string' || typeof journal.startedAt !== 'string')
      return null;
    return journal as RunJournal;
  } catch {
    // Absent, or not a journal (cut short while being written): a new run.
    return null;
  }
}

/**
 * The run of `file` for this account and kind: the interrupted one found in the journal (unless `restart`), else a
 * new one with a random run ID.
 */
export async function openRun(options: {
  env: NodeJS.ProcessEnv;
  account: string;
  kind: string;
  file: string;
  fingerprint: string;
  restart: boolean;
}): Promise<ImportRun> {
  const file = journalFile(options.env, options.account, options.kind, options.fingerprint);
  const found = options.restart ? null : await readJournal(file);
  const journal: RunJournal = found ?? {
    version: 1,
    runId: randomUUID(),
    startedAt: new Date().toISOString(),
    kind: options.kind,
    file: path.resolve(options.file),
    fingerprint: options.fingerprint,
    batchSize: 0,
    batchesDone: 0,
  };
  const batchesBefore = journal.batchesDone;
  // Journal writes one after another, each to a temporary file renamed over the journal (never half a file).
  let writing: Promise<void> = Promise.resolve();
  const save = () => {
    const text = `${JSON.stringify(journal, null, 2)}\n`;
    writing = writing.then(async () => {
      try {
        await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
        await writeFile(`${file}.tmp`, text, { mode: 0o600 });
        await rename(`${file}.tmp`, file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        throw new UsageError(
          `无法写入导入记录 ${file}（${code}），请检查 CENSUS_ADMIN_HOME 是否可写。` +
            ` Cannot write the import journal ${file} (${code}); check that CENSUS_ADMIN_HOME is writable.`,
        );
      }
    });
    return writing;
  };
  const run: ImportRun = {
    runId: journal.runId,
    startedAt: journal.startedAt,
    resumed: found !== null,
    batchSize: found ? found.batchSize || null : null,
    batchesDone: batchesBefore,
    journalFile: file,
    begun: false,
    begin: (batchSize) => {
      run.begun = true;
      journal.batchSize = batchSize;
      return save();
    },
    batchDone: () => {
      journal.batchesDone += 1;
      return save();
    },
    finish: async () => {
      await writing.catch(() => {});
      await rm(file, { force: true });
    },
  };
  return run;
}
