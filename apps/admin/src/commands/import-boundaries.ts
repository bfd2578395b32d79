import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { type CensusClient, MeDocument } from '@census/client';
import {
  BOM,
  csvLine,
  type ImportTotals,
  readGeoJsonBytes,
  type Request,
  sendBoundaries,
} from '@census/import-files';

import type { GlobalOptions } from '../connection';
import { adminHome } from '../credentials';
import { EXIT, UsageError } from '../errors';
import { type Io, print } from '../io';

/** The largest outline file read: it is read whole (outline files are small: a county's are a few MB). */
export const MAX_BOUNDARY_FILE_BYTES = 200 * 1024 * 1024;

export interface BoundaryImportArgs {
  files: string[];
  rejects?: string;
}

export interface BoundarySummary {
  file: string;
  read: number;
  accepted: number;
  rejected: number;
  alreadyPresent: number;
  batches: number;
  replayedBatches: number;
  rejectFile: string | null;
}

/** Writes the rejects file (row = the feature's position in the file), beside the input or in the fallback. */
async function writeRejects(wanted: string, fallback: string | undefined, totals: ImportTotals, io: Io) {
  const text =
    BOM +
    csvLine(['row', 'field', 'code', 'message']) +
    totals.rejections.map((r) => csvLine([r.row, r.field, r.code, r.message])).join('');
  try {
    await writeFile(wanted, text);
    return wanted;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (!fallback) throw error;
    await mkdir(path.dirname(fallback), { recursive: true, mode: 0o700 });
    await writeFile(fallback, text);
    print(
      io.stderr,
      `无法在输入文件旁写入被拒要素文件 ${wanted}（${code}），改写到 ${fallback}。` +
        ` Cannot write ${wanted} (${code}); rejected features go to ${fallback} instead (or name one with --rejects FILE).`,
    );
    return fallback;
  }
}

/**
 * `census-admin import boundaries FILE.geojson...`: zone outlines from GeoJSON FeatureCollections, through the same
 * library as the web app's 导入 page (@census/import-files: batches of at most 2,000 features and 4 MB, keys from the
 * account, the file's SHA-256 and the batch number — the same file sent again is replayed, not applied twice).
 * A file that is not UTF-8 JSON, not a FeatureCollection or has no features is refused whole (exit 2); rejected
 * features go to FILE.rejects.csv with their position in the file as row (exit 1).
 */
export async function importBoundaries(
  args: BoundaryImportArgs,
  options: GlobalOptions,
  io: Io,
  connect: () => Promise<CensusClient>,
): Promise<number> {
  // Every file is read and checked before anything is sent.
  const files: { file: string; digest: string; features: ReturnType<typeof readFeatures> }[] = [];
  for (const file of args.files) {
    let size: number;
    try {
      size = (await stat(file)).size;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new UsageError(`无法读取 ${file}（${code}）。 Cannot read ${file} (${code}).`);
    }
    if (size > MAX_BOUNDARY_FILE_BYTES) {
      const mb = Math.round(size / 1024 / 1024);
      throw new UsageError(
        `${file} 有 ${mb} MB，超过边界文件上限 200 MB，未导入；请按区县拆分或简化边界。` +
          ` ${file} is ${mb} MB, over the 200 MB an outline file may be; nothing was imported (split it by county or simplify the outlines).`,
      );
    }
    const bytes = new Uint8Array(await readFile(file));
    files.push({
      file,
      digest: createHash('sha256').update(bytes).digest('hex'),
      features: readFeatures(file, bytes),
    });
  }
  const client = await connect();
  const { me } = await client.request(MeDocument);
  const request: Request = (document, variables) => client.request(document, variables);
  const summaries: BoundarySummary[] = [];
  for (const { file, digest, features } of files) {
    const tty = Boolean((io.stderr as { isTTY?: boolean }).isTTY) && !options.json;
    const totals = await sendBoundaries({
      request,
      account: me.id,
      fileName: file,
      fileDigest: digest,
      features,
      progress: ({ batches, of, rows }) => {
        if (tty) io.stderr.write(`\r${rows} features, batch ${batches}/${of}   `);
      },
    });
    if (tty) io.stderr.write('\n');
    const rejectFile = totals.rejected
      ? await writeRejects(
          args.rejects ?? `${file}.rejects.csv`,
          args.rejects
            ? undefined
            : path.join(
                adminHome(io.env),
                'rejects',
                `${path.basename(file)}.${digest.slice(0, 8)}.rejects.csv`,
              ),
          totals,
          io,
        )
      : null;
    const summary: BoundarySummary = {
      file,
      read: totals.read,
      accepted: totals.accepted,
      rejected: totals.rejected,
      alreadyPresent: totals.alreadyPresent,
      batches: totals.batches,
      replayedBatches: totals.replayedBatches,
      rejectFile,
    };
    summaries.push(summary);
    if (!options.json)
      print(
        io.stdout,
        `${file}: read ${summary.read} features, accepted ${summary.accepted}, rejected ${summary.rejected}, ` +
          `already present ${summary.alreadyPresent} (${summary.batches} batch${summary.batches === 1 ? '' : 'es'}` +
          (summary.replayedBatches
            ? `, ${summary.replayedBatches} answered from the server's record: this file was sent before`
            : '') +
          ')' +
          (rejectFile ? `; rejected features in ${rejectFile}` : ''),
      );
  }
  if (options.json) print(io.stdout, JSON.stringify(summaries.length === 1 ? summaries[0] : summaries));
  return summaries.some((s) => s.rejected > 0) ? EXIT.REJECTED : EXIT.OK;
}

/** The features of a file, or a usage error naming the file and why it is refused (nothing of it is sent). */
function readFeatures(file: string, bytes: Uint8Array) {
  const read = readGeoJsonBytes(bytes);
  if ('refused' in read) throw new UsageError(`${file}: ${read.refused.message} (${read.refused.code})`);
  return read.features;
}
