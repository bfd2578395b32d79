import { once } from 'node:events';
import { mkdir, open, readdir, readFile, rename, rm, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { ChangesDocument, type ChangesQuery, ChangeType, GraphQLRequestError } from '@census/client';
import { beijingDay } from '@census/rules';

import { connect, type GlobalOptions } from '../connection';
import { EXIT, UsageError } from '../errors';
import { type Io, print } from '../io';

export const SYNC_HELP = `census-admin sync --out DIR [--types T1,T2] [--follow] [--interval SECONDS] [--page-size N]

Follows the change feed of the API into JSON Lines files in DIR, one file per UTC day
(changes-YYYY-MM-DD.jsonl), one change per line, and keeps DIR/checkpoint.json so that
the next run resumes exactly where this one stopped: every change is written once, also
after a crash or Ctrl-C in the middle of a page.

  --types      only these kinds: ${Object.values(ChangeType).join(', ')} (default all);
               fixed by the first run of a DIR
  --follow     keep polling for new changes until Ctrl-C or SIGTERM (default: stop when
               caught up); when the API cannot be reached or answers 5xx, retry with
               backoff (1 s doubling to 30 s): the checkpoint makes it resume exactly
  --interval   seconds between polls with --follow (default 10)
  --page-size  changes per request, 1-1000 (default 500)`;

type Change = ChangesQuery['changes']['changes'][number];

interface Checkpoint {
  /** The feed cursor after the last change written. */
  cursor: string | null;
  types: string[] | null;
  /** Length of every file after the last page: anything beyond it is a page written but not acknowledged. */
  files: Record<string, number>;
  changes: number;
  updatedAt: string;
}

const CHECKPOINT = 'checkpoint.json';

async function loadCheckpoint(directory: string): Promise<Checkpoint | null> {
  try {
    return JSON.parse(await readFile(path.join(directory, CHECKPOINT), 'utf8')) as Checkpoint;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new UsageError(`${path.join(directory, CHECKPOINT)} is unreadable: ${(error as Error).message}`);
  }
}

/** Written to a temporary file and renamed: a crash leaves the old checkpoint or the new one, never half. */
async function saveCheckpoint(directory: string, checkpoint: Checkpoint): Promise<void> {
  const file = path.join(directory, CHECKPOINT);
  await writeFile(`${file}.tmp`, `${JSON.stringify(checkpoint, null, 2)}\n`);
  await rename(`${file}.tmp`, file);
}

function parseTypes(value: string | undefined): string[] | null {
  if (value === undefined) return null;
  const types = value
    .split(',')
    .map((type) => type.trim().toUpperCase())
    .filter(Boolean);
  const known = Object.values(ChangeType) as string[];
  const unknown = types.filter((type) => !known.includes(type));
  if (unknown.length > 0 || types.length === 0) {
    throw new UsageError(`--types takes ${known.join(', ')}; got '${value}'.`);
  }
  return [...new Set(types)].sort();
}

function positiveInt(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UsageError(`${name} must be 1-${max}; got '${value}'.`);
  return n;
}

/** One file a Beijing day (the offices' day), whatever the time zone of the machine running census-admin. */
const dayFile = (change: Change) => `changes-${beijingDay(new Date(change.recordedAt))}.jsonl`;

export async function sync(
  args: { out?: string; types?: string; follow: boolean; interval?: string; pageSize?: string },
  options: GlobalOptions,
  io: Io,
  /** Resolves when the command should stop after the current page (Ctrl-C); the CLI wires SIGINT to it. */
  stopSignal: Promise<void> = new Promise(() => undefined),
): Promise<number> {
  if (!args.out) throw new UsageError('sync needs --out DIR.');
  const directory = path.resolve(args.out);
  const types = parseTypes(args.types);
  const interval = positiveInt('--interval', args.interval, 10, 3600);
  const pageSize = positiveInt('--page-size', args.pageSize, 500, 1000);
  await mkdir(directory, { recursive: true });

  let checkpoint = await loadCheckpoint(directory);
  if (checkpoint && args.types !== undefined && (checkpoint.types ?? []).join() !== (types ?? []).join()) {
    throw new UsageError(
      `${directory} follows --types ${checkpoint.types?.join(',') ?? '(all)'}; a cursor belongs to its types: ` +
        'use another --out for other types.',
    );
  }
  checkpoint ??= { cursor: null, types, files: {}, changes: 0, updatedAt: new Date().toISOString() };
  // A page written after the last checkpoint was not acknowledged: cut it off, it will be fetched again.
  for (const name of await readdir(directory)) {
    if (!/^changes-[0-9]{4}-[0-9]{2}-[0-9]{2}\.jsonl$/.test(name)) continue;
    const file = path.join(directory, name);
    const kept = checkpoint.files[name];
    if (kept === undefined) await rm(file);
    else if ((await stat(file)).size > kept) await truncate(file, kept);
  }

  const client = await connect(options, io.env);
  let stopping = false;
  void stopSignal.then(() => (stopping = true));
  /** Waits `seconds`, or less when stopped; keeps the process alive meanwhile. */
  const pause = async (seconds: number) => {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([new Promise((resolve) => (timer = setTimeout(resolve, seconds * 1000))), stopSignal]);
    clearTimeout(timer);
  };
  const status = (text: string) => {
    if (args.follow) print(io.stderr, `census-admin sync: ${text}`);
  };
  let written = 0;
  let failures = 0;
  let caughtUp = false;
  for (;;) {
    let changes: ChangesQuery['changes'];
    try {
      ({ changes } = await client.request(ChangesDocument, {
        after: checkpoint.cursor,
        first: pageSize,
        types: checkpoint.types as ChangeType[] | null,
      }));
    } catch (error) {
      if (!args.follow || !retryable(error)) throw error;
      const wait = Math.min(30, 2 ** failures++);
      status(
        `连接失败（${reason(error)}），${wait} 秒后重试。 Connection failed (${reason(error)}); retrying in ${wait} s.`,
      );
      await pause(wait);
      if (stopping) break;
      continue;
    }
    if (failures > 0) {
      status(`已重新连接，从检查点继续。 Reconnected; resuming from the checkpoint.`);
      failures = 0;
    }
    // Group the page by day file; append, flush to disk, then move the checkpoint.
    const byFile = new Map<string, string>();
    for (const change of changes.changes) {
      const name = dayFile(change);
      byFile.set(name, (byFile.get(name) ?? '') + `${JSON.stringify(change)}\n`);
    }
    const files: Record<string, number> = { ...checkpoint.files };
    for (const [name, text] of byFile) {
      const handle = await open(path.join(directory, name), 'a');
      try {
        await handle.write(text);
        await handle.sync();
        files[name] = (await handle.stat()).size;
      } finally {
        await handle.close();
      }
    }
    written += changes.changes.length;
    checkpoint = {
      ...checkpoint,
      cursor: changes.endCursor,
      files,
      changes: checkpoint.changes + changes.changes.length,
      updatedAt: new Date().toISOString(),
    };
    await saveCheckpoint(directory, checkpoint);
    if (changes.changes.length > 0 && io.stdout.isTTY) {
      io.stdout.write(`\r${written} changes written`);
    }
    if (stopping) break;
    if (changes.changes.length > 0) caughtUp = false;
    if (!changes.hasMore) {
      if (!args.follow) break;
      if (!caughtUp) {
        status(
          `已追上变更（共 ${checkpoint.changes} 条），每 ${interval} 秒检查一次；按 Ctrl-C 停止。 ` +
            `Caught up (${checkpoint.changes} changes in all); polling every ${interval} s; Ctrl-C stops.`,
        );
        caughtUp = true;
      }
      await pause(interval);
      if (stopping) break;
    }
  }
  if (io.stdout.isTTY) io.stdout.write('\n');
  const summary = { written, total: checkpoint.changes, cursor: checkpoint.cursor, directory };
  print(
    io.stdout,
    options.json
      ? JSON.stringify(summary)
      : `${written} changes written to ${directory} (${checkpoint.changes} in all); checkpoint saved.`,
  );
  return EXIT.OK;
}

/** Worth retrying while following: no answer at all (refused, reset, DNS), or the server's own trouble (5xx, 429). */
function retryable(error: unknown): boolean {
  if (!(error instanceof GraphQLRequestError)) return false;
  return error.status === undefined || error.status >= 500 || error.status === 429;
}

function reason(error: unknown): string {
  if (!(error instanceof GraphQLRequestError)) return String(error);
  if (error.status !== undefined) return `HTTP ${error.status}`;
  const cause = error.cause as { code?: string; cause?: { code?: string } } | undefined;
  return cause?.code ?? cause?.cause?.code ?? error.message;
}

/** Resolves on the first SIGINT or SIGTERM, so a running sync finishes its page and saves the checkpoint. */
export function interruptSignal(): Promise<void> {
  return Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]).then(() => undefined);
}
