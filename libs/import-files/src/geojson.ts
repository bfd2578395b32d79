/**
 * 区划边界（GeoJSON）: reading a FeatureCollection of zone outlines (UTF-8 JSON, held whole: outline files are small)
 * and sending its features to `importZoneBoundaries` in batches of at most 2,000 features AND at most 4 MB of
 * serialized features (the API takes request bodies up to 5 MB). A feature's row is its position in the file's
 * `features` (1 for the first), as the server numbers its rejections. Shared by census-admin and the web app.
 */
import { ImportZoneBoundariesDocument } from '@census/client';

import { batchKey, type BatchResult, type ImportTotals, type Request, sourceOf } from './batches';
import type { RowRejection } from './rejects';

/** The kind's name in idempotency keys and for census-admin (`census-admin import boundaries FILE`). */
export const BOUNDARY_KIND = 'boundaries';

/** The most features the API takes in one call. */
export const MAX_BOUNDARY_FEATURES = 2000;
/** The most bytes of serialized features sent in one call: well under the API's 5 MB request body limit. */
export const MAX_BOUNDARY_BATCH_BYTES = 4 * 1024 * 1024;

/** Why a GeoJSON file is refused as a whole: nothing of it is sent. */
export type GeoJsonRefusalCode =
  'INVALID_ENCODING' | 'INVALID_JSON' | 'NOT_FEATURE_COLLECTION' | 'NO_FEATURES';

export interface RefusedGeoJson {
  refused: { code: GeoJsonRefusalCode; message: string };
}

/** One feature of the file. */
export interface BoundaryFeature {
  /** Its position in `features` (1 for the first): the row of its rejections. */
  row: number;
  feature: Record<string, unknown>;
  /** The zone code it names (`properties.code`, else `properties.zoneCode`), as written; null when none. */
  zoneCode: string | null;
  /** Positions of its geometry (every ring's, closing positions included). */
  vertices: number;
  /** Its serialized size in UTF-8 bytes. */
  bytes: number;
}

export interface ReadGeoJson {
  features: BoundaryFeature[];
}

const refusal = (code: GeoJsonRefusalCode, message: string): RefusedGeoJson => ({
  refused: { code, message },
});

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The zone code a feature names, as the server reads it: `properties.code`, else `properties.zoneCode`. */
function zoneCodeOf(feature: Record<string, unknown>): string | null {
  const properties = feature.properties;
  if (typeof properties !== 'object' || properties === null) return null;
  const { code, zoneCode } = properties as { code?: unknown; zoneCode?: unknown };
  for (const value of [code, zoneCode]) {
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  }
  return null;
}

/** How many positions (arrays of numbers) a geometry's coordinates hold. */
function countPositions(coordinates: unknown): number {
  if (!Array.isArray(coordinates)) return 0;
  if (coordinates.length > 0 && typeof coordinates[0] === 'number') return 1;
  let count = 0;
  for (const item of coordinates) count += countPositions(item);
  return count;
}

/** The positions of a feature's geometry (GeometryCollection: of its members). */
export function vertexCount(geometry: unknown): number {
  if (typeof geometry !== 'object' || geometry === null) return 0;
  const { coordinates, geometries } = geometry as { coordinates?: unknown; geometries?: unknown };
  if (Array.isArray(geometries)) return geometries.reduce<number>((n, g) => n + vertexCount(g), 0);
  return countPositions(coordinates);
}

const encoder = new TextEncoder();

/**
 * A GeoJSON file's features; or why it is refused, coded: not UTF-8 (INVALID_ENCODING), not JSON (INVALID_JSON),
 * not a FeatureCollection (NOT_FEATURE_COLLECTION), no features (NO_FEATURES). A feature without a zone code, or
 * one too large to send, is not a refusal: it is rejected on its own by `checkFeatures`.
 */
export function readGeoJsonBytes(bytes: Uint8Array): ReadGeoJson | RefusedGeoJson {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return refusal(
      'INVALID_ENCODING',
      'GeoJSON 文件须为 UTF-8 编码，整个文件未导入。 A GeoJSON file must be UTF-8; nothing of it was imported.',
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message.slice(0, 200);
    return refusal(
      'INVALID_JSON',
      `文件不是有效的 JSON（${detail}），整个文件未导入。 The file is not valid JSON (${detail}); nothing of it was imported.`,
    );
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { type?: unknown }).type !== 'FeatureCollection' ||
    !Array.isArray((data as { features?: unknown }).features)
  ) {
    return refusal(
      'NOT_FEATURE_COLLECTION',
      '文件不是 GeoJSON 要素集合（"type": "FeatureCollection" 及 "features" 数组），整个文件未导入。 The file is not a GeoJSON FeatureCollection (with "type": "FeatureCollection" and a "features" array); nothing of it was imported.',
    );
  }
  const raw = (data as { features: unknown[] }).features;
  if (raw.length === 0) {
    return refusal(
      'NO_FEATURES',
      '文件中没有任何要素（features 为空），没有可导入的边界。 The FeatureCollection has no features: there is no outline to import.',
    );
  }
  const features = raw.map((item, index): BoundaryFeature => {
    const feature = (typeof item === 'object' && item !== null && !Array.isArray(item) ? item : {}) as Record<
      string,
      unknown
    >;
    return {
      row: index + 1,
      // A non-object item is sent as it is (the server rejects it: not a Feature).
      feature: item === feature ? feature : { type: typeof item },
      zoneCode: zoneCodeOf(feature),
      vertices: vertexCount(feature.geometry),
      bytes: encoder.encode(JSON.stringify(item) ?? 'null').length,
    };
  });
  return { features };
}

export const featureCodeMissing = (): string =>
  '要素的属性（properties）中没有区划代码：请在 code 或 zoneCode 中填写。 The feature has no zone code in its properties: give it as code or zoneCode.';

export const featureTooLarge = (bytes: number, limit: number): string => {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return `要素有 ${mb(bytes)} MB，超过单次发送上限 ${mb(limit)} MB，未导入；请简化边界后再导入。 The feature is ${mb(bytes)} MB, over the ${mb(limit)} MB a request may carry; it was not imported (simplify the outline).`;
};

/**
 * The features that can be sent, and those rejected before sending (coded, with their row): no zone code
 * (REQUIRED, field properties.code), or larger alone than a batch may be (TOO_LARGE, field geometry).
 */
export function checkFeatures(
  features: readonly BoundaryFeature[],
  maxBytes = MAX_BOUNDARY_BATCH_BYTES,
): { sendable: BoundaryFeature[]; rejections: RowRejection[] } {
  const sendable: BoundaryFeature[] = [];
  const rejections: RowRejection[] = [];
  for (const f of features) {
    if (f.zoneCode === null && f.feature.type === 'Feature')
      rejections.push({
        row: f.row,
        field: 'properties.code',
        code: 'REQUIRED',
        message: featureCodeMissing(),
      });
    else if (f.bytes > maxBytes)
      rejections.push({
        row: f.row,
        field: 'geometry',
        code: 'TOO_LARGE',
        message: featureTooLarge(f.bytes, maxBytes),
      });
    else sendable.push(f);
  }
  return { sendable, rejections };
}

/**
 * The features in batches of at most `maxFeatures` features and `maxBytes` serialized bytes (the JSON array's
 * brackets and commas counted), in file order. Every feature must fit alone (`checkFeatures` rejects those that
 * do not).
 */
export function boundaryBatches(
  features: readonly BoundaryFeature[],
  limits: { maxFeatures?: number; maxBytes?: number } = {},
): BoundaryFeature[][] {
  const maxFeatures = limits.maxFeatures ?? MAX_BOUNDARY_FEATURES;
  const maxBytes = limits.maxBytes ?? MAX_BOUNDARY_BATCH_BYTES;
  const batches: BoundaryFeature[][] = [];
  let batch: BoundaryFeature[] = [];
  let size = 2; // []
  for (const f of features) {
    const added = f.bytes + (batch.length ? 1 : 0);
    if (batch.length && (batch.length >= maxFeatures || size + added > maxBytes)) {
      batches.push(batch);
      batch = [];
      size = 2;
    }
    if (f.bytes + 2 > maxBytes) throw new Error(`feature ${f.row} is over the batch limit`);
    size += f.bytes + (batch.length ? 1 : 0);
    batch.push(f);
  }
  if (batch.length) batches.push(batch);
  return batches;
}

/** Sends one batch of features; the server's rows (positions in the batch) are turned back into file rows. */
export async function sendBoundaryBatch(
  request: Request,
  source: string,
  batch: readonly BoundaryFeature[],
  idempotencyKey: string,
): Promise<BatchResult> {
  const { importZoneBoundaries: result } = await request(ImportZoneBoundariesDocument, {
    input: { idempotencyKey, source, features: batch.map((f) => f.feature) },
  });
  return {
    ...result,
    rejected: result.rejected.map((r) => ({ ...r, row: batch[r.row - 1]?.row ?? r.row })),
  };
}

/**
 * Sends a GeoJSON file's features batch after batch, each keyed by the account, the file's SHA-256 and the batch's
 * number (the batches of a file are always the same): the same file sent again is answered from the server's
 * record instead of being applied twice. Rejections carry the feature's position in the file as their row.
 */
export async function sendBoundaries(options: {
  request: Request;
  account: string;
  fileName: string;
  fileDigest: string;
  features: readonly BoundaryFeature[];
  limits?: { maxFeatures?: number; maxBytes?: number };
  progress?: (done: { batches: number; of: number; rows: number }) => void;
}): Promise<ImportTotals> {
  const source = sourceOf(options.fileName, options.fileDigest);
  const { sendable, rejections } = checkFeatures(options.features, options.limits?.maxBytes);
  const batches = boundaryBatches(sendable, options.limits);
  const rejectedRows = new Set(rejections.map((r) => r.row));
  const totals: ImportTotals = {
    read: options.features.length,
    accepted: 0,
    alreadyPresent: 0,
    rejected: 0,
    batches: 0,
    replayedBatches: 0,
    rejections: [...rejections],
  };
  const of = batches.length;
  let rows = 0;
  options.progress?.({ batches: 0, of, rows: 0 });
  for (const [index, batch] of batches.entries()) {
    const key = await batchKey(BOUNDARY_KIND, [
      options.account,
      options.fileDigest,
      String(options.limits?.maxFeatures ?? MAX_BOUNDARY_FEATURES),
      String(options.limits?.maxBytes ?? MAX_BOUNDARY_BATCH_BYTES),
      String(index + 1),
    ]);
    const result = await sendBoundaryBatch(options.request, source, batch, key);
    totals.batches += 1;
    if (result.replayed) totals.replayedBatches += 1;
    totals.accepted += result.accepted;
    totals.alreadyPresent += result.alreadyPresent;
    for (const rejection of result.rejected) {
      rejectedRows.add(rejection.row);
      totals.rejections.push(rejection);
    }
    rows += batch.length;
    options.progress?.({ batches: index + 1, of, rows });
  }
  totals.rejected = rejectedRows.size;
  totals.rejections.sort((a, b) => a.row - b.row);
  return totals;
}

/** How a person reads the field of a feature's rejection (rejects file's 字段 column). */
export function boundaryFieldLabel(field: string): string {
  if (field.startsWith('properties.')) return '区划代码';
  if (field.startsWith('geometry')) return '边界';
  if (field === 'type') return '要素';
  return field;
}
