import type { DataSource, EntityManager } from 'typeorm';

import { normalizeZoneCode } from '@census/rules';

import type { Actor } from '../auth/principal';
import { toGlobalId } from '../common/global-id';
import { query } from '../common/sql';
import { coded, UserErrorCode, userErrorCodeOf } from '../common/user-error';
import type { ImportResult, ImportRowError } from '../imports/import.types';
import { applyImportBatch, checkImportBatch, storedImportResult } from '../imports/import-batch';
import { rowError, zoneNotYoursMessage } from '../imports/import-rows';
import { writeAudit } from '../privacy/audit';
import { AuditAction } from '../privacy/audit-log.entity';
import { type BoundaryBox, type BoundaryGeometry, checkBoundaryGeometry } from './geojson';
import type { ImportZoneBoundariesInput } from './zone-boundary.types';

export const BOUNDARY_IMPORT_KIND = 'ZONE_BOUNDARY';

/** A feature that passed every check, as stored. */
interface BoundaryRow {
  row: number;
  zoneCode: string;
  geometry: BoundaryGeometry;
  box: BoundaryBox;
  vertices: number;
}

/** The zone code a feature names: `properties.code`, else `properties.zoneCode` (strings or numbers). */
function featureZoneCode(properties: unknown): string | null {
  if (typeof properties !== 'object' || properties === null) return null;
  const { code, zoneCode } = properties as { code?: unknown; zoneCode?: unknown };
  for (const value of [code, zoneCode]) {
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  }
  return null;
}

/** A feature checked on its own: its problems, or the row as stored. */
function checkFeature(feature: Record<string, unknown>, row: number): ImportRowError | BoundaryRow {
  if (feature.type !== 'Feature')
    return rowError(row, 'type', UserErrorCode.INVALID, coded('boundary.notFeature'));
  const raw = featureZoneCode(feature.properties);
  if (raw === null) {
    return rowError(row, 'properties.code', UserErrorCode.REQUIRED, coded('boundary.zoneCodeMissing'));
  }
  const parsed = normalizeZoneCode(raw);
  if (!parsed.ok) return rowError(row, 'properties.code', userErrorCodeOf(parsed.code), parsed);
  if (parsed.value.virtual) {
    const message = coded('boundary.virtualZone', { zone: parsed.value.code });
    return rowError(row, 'properties.code', UserErrorCode.INVALID, message);
  }
  const checked = checkBoundaryGeometry(feature.geometry);
  if (!checked.ok) {
    const code = checked.message.messageCode.startsWith('boundary.too')
      ? UserErrorCode.OUT_OF_RANGE
      : checked.message.messageCode === 'boundary.outsideChina'
        ? UserErrorCode.OUT_OF_RANGE
        : UserErrorCode.INVALID;
    return rowError(row, 'geometry', code, checked.message);
  }
  return { row, zoneCode: parsed.value.code, ...checked };
}

/**
 * 区划边界导入 (划区绘图): stores the outlines of zones from a GeoJSON FeatureCollection. Every feature is checked on its
 * own (shape, closed rings, inside China, size); the zone must exist and lie in the caller's zones (one message for
 * both, so nobody learns which zones exist elsewhere). The batch is applied once per idempotency key, in ONE
 * transaction with its `import_batch` row and one audit entry per zone whose boundary changed.
 */
export class ZoneBoundaryService {
  constructor(private readonly db: DataSource) {}

  async importBoundaries(input: ImportZoneBoundariesInput, actor: Actor): Promise<ImportResult> {
    const { key, source } = checkImportBatch({ ...input, rows: input.features });
    const stored = await storedImportResult(this.db, key, BOUNDARY_IMPORT_KIND, actor.accountId);
    if (stored) return stored;
    const checked = await this.check(input.features, actor);
    return applyImportBatch(
      this.db,
      { key, kind: BOUNDARY_IMPORT_KIND, source, actor },
      checked,
      (tx, valid) => this.upsert(tx as EntityManager, valid, actor),
    );
  }

  private async check(
    features: Record<string, unknown>[],
    actor: Actor,
  ): Promise<{ rejected: ImportRowError[]; valid: BoundaryRow[] }> {
    const rejected: ImportRowError[] = [];
    const candidates: BoundaryRow[] = [];
    features.forEach((feature, index) => {
      const result = checkFeature(feature, index + 1);
      if ('geometry' in result) candidates.push(result);
      else rejected.push(result);
    });
    const codes = [...new Set(candidates.map((c) => c.zoneCode))];
    const existing = codes.length
      ? await query<{ code: string }>(this.db, `SELECT code FROM zone WHERE code = ANY($1::text[])`, [codes])
      : [];
    const known = new Set(existing.map((z) => z.code));
    const firstRowOf = new Map<string, number>();
    const valid: BoundaryRow[] = [];
    for (const c of candidates) {
      if (!known.has(c.zoneCode) || !actor.scope.covers(c.zoneCode)) {
        rejected.push(
          rowError(c.row, 'properties.code', UserErrorCode.OUT_OF_SCOPE, zoneNotYoursMessage(c.zoneCode)),
        );
        continue;
      }
      const first = firstRowOf.get(c.zoneCode);
      if (first !== undefined) {
        const message = coded('boundary.duplicateZone', { zone: c.zoneCode, first });
        rejected.push(rowError(c.row, 'properties.code', UserErrorCode.DUPLICATE, message));
        continue;
      }
      firstRowOf.set(c.zoneCode, c.row);
      valid.push(c);
    }
    rejected.sort((a, b) => a.row - b.row);
    return { rejected, valid };
  }

  /**
   * One upsert for the batch: new boundaries are inserted, known ones replaced (version + 1) only when the geometry
   * differs. Every changed zone gets an audit entry with the outline's size and box before and after (not the
   * coordinates: the boundary itself is on the zone). Answers how many boundaries were inserted or changed.
   */
  private async upsert(tx: EntityManager, valid: BoundaryRow[], actor: Actor): Promise<number> {
    // `previous` reads the statement's snapshot: the boundaries as they were before this upsert.
    const changed = await query<{
      zoneCode: string;
      vertices: number;
      box: number[];
      beforeVertices: number | null;
      beforeBox: number[] | null;
    }>(
      tx,
      `WITH input AS (
         SELECT * FROM unnest($1::text[], $2::jsonb[], $3::float8[], $4::float8[], $5::float8[], $6::float8[], $7::int[])
           AS u(zone_code, geometry, west, south, east, north, vertices)
       ), previous AS (
         SELECT b.zone_code, b.vertices, ARRAY[b.west, b.south, b.east, b.north] AS box
           FROM zone_boundary b JOIN input i ON i.zone_code = b.zone_code
       ), upserted AS (
         INSERT INTO zone_boundary AS b (zone_code, geometry, west, south, east, north, vertices, version)
         SELECT zone_code, geometry, west, south, east, north, vertices, 1 FROM input
         ON CONFLICT (zone_code) DO UPDATE
            SET geometry = EXCLUDED.geometry, west = EXCLUDED.west, south = EXCLUDED.south, east = EXCLUDED.east,
                north = EXCLUDED.north, vertices = EXCLUDED.vertices, version = b.version + 1, updated_at = now()
          WHERE b.geometry IS DISTINCT FROM EXCLUDED.geometry
         RETURNING b.zone_code, b.vertices, ARRAY[b.west, b.south, b.east, b.north] AS box
       )
       SELECT u.zone_code AS "zoneCode", u.vertices, u.box, p.vertices AS "beforeVertices", p.box AS "beforeBox"
         FROM upserted u LEFT JOIN previous p ON p.zone_code = u.zone_code
        ORDER BY u.zone_code`,
      [
        valid.map((v) => v.zoneCode),
        valid.map((v) => JSON.stringify(v.geometry)),
        valid.map((v) => v.box.west),
        valid.map((v) => v.box.south),
        valid.map((v) => v.box.east),
        valid.map((v) => v.box.north),
        valid.map((v) => v.vertices),
      ],
    );
    await writeAudit(
      tx,
      { accountId: actor.accountId, label: actor.label },
      changed.map((c) => ({
        action: c.beforeVertices === null ? AuditAction.CREATE : AuditAction.UPDATE,
        entityType: 'Zone',
        entityId: toGlobalId('Zone', c.zoneCode),
        smallZoneCode: c.zoneCode,
        item: 'boundary',
        before:
          c.beforeVertices === null ? null : { boundaryVertices: c.beforeVertices, boundaryBox: c.beforeBox },
        after: { boundaryVertices: c.vertices, boundaryBox: c.box },
      })),
    );
    return changed.length;
  }
}
