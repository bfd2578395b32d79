/**
 * The texts a zone's census office writes into its progress report (zone_report_text): read for the report, saved
 * by `saveReportTexts` with a version check, audited like the other office changes.
 */
import type { DataSource } from 'typeorm';

import type { Actor } from '../auth/principal';
import { toGlobalId } from '../common/global-id';
import { ok, type Payload, rejected } from '../common/payload';
import { query } from '../common/sql';
import { coded, type UserError, userError, UserErrorCode } from '../common/user-error';
import { outOfScope } from '../common/zone-checks';
import { writeAudit } from '../privacy/audit';
import { AuditAction } from '../privacy/audit-log.entity';
import { parseZoneCode } from '../zones/zone.service';
import { EMPTY_TEXTS, type ReportTexts } from './report-document';
import { REPORT_ITEM_MAX_LENGTH, REPORT_ITEMS, ZoneReportText } from './report-texts.entity';
import type { SaveReportTextsInput } from './report-texts.inputs';

/** The largest pilot count accepted (a pilot is one small zone of some hundred households). */
export const PILOT_MAX = 100_000;

const COLUMNS = `zone_code AS "zoneCode", campaign_month AS "campaignMonth", pilot_start::text AS "pilotStart",
  pilot_end::text AS "pilotEnd", pilot_households AS "pilotHouseholds", pilot_persons AS "pilotPersons",
  practices, suggestions, version, created_at AS "createdAt", updated_at AS "updatedAt"`;

const PARTS = {
  practices: { zh: '主要做法', en: 'Main practices' },
  suggestions: { zh: '工作建议', en: 'Suggestions' },
} as const;

function toRow(row: Record<string, unknown>): ZoneReportText {
  return Object.assign(new ZoneReportText(), row);
}

/** The texts as the report document reads them. */
export function reportTextsOf(row: ZoneReportText | null): ReportTexts {
  return row
    ? {
        campaignMonth: row.campaignMonth,
        pilotStart: row.pilotStart,
        pilotEnd: row.pilotEnd,
        pilotHouseholds: row.pilotHouseholds,
        pilotPersons: row.pilotPersons,
        practices: row.practices,
        suggestions: row.suggestions,
      }
    : EMPTY_TEXTS;
}

/** Items trimmed, trailing empty ones dropped; errors for too many or too long. */
function items(values: string[] | null | undefined, part: keyof typeof PARTS, errors: UserError[]): string[] {
  const list = (values ?? []).map((value) => value.trim());
  while (list.length && !list[list.length - 1]) list.pop();
  if (list.length > REPORT_ITEMS) {
    errors.push(
      userError(
        part,
        UserErrorCode.OUT_OF_RANGE,
        coded('report.tooManyItems', { part: PARTS[part], max: 3 }),
      ),
    );
  }
  list.forEach((value, index) => {
    if (value.length > REPORT_ITEM_MAX_LENGTH) {
      errors.push(
        userError(
          [part, String(index)],
          UserErrorCode.OUT_OF_RANGE,
          coded('report.textTooLong', { part: PARTS[part], number: index + 1, max: REPORT_ITEM_MAX_LENGTH }),
        ),
      );
    }
  });
  return list;
}

export class ReportTextsService {
  constructor(private readonly db: DataSource) {}

  /** The saved texts of a zone, or null when its office saved none. */
  async get(zoneCode: string): Promise<ZoneReportText | null> {
    const [row] = await query<Record<string, unknown>>(
      this.db,
      `SELECT ${COLUMNS} FROM zone_report_text WHERE zone_code = $1`,
      [zoneCode],
    );
    return row ? toRow(row) : null;
  }

  /**
   * Replaces every text of the zone. An office of the zone or above it may (its scope covers the zone); the
   * version read must still be current (0 when none was saved yet).
   */
  async save(input: SaveReportTextsInput, actor: Actor): Promise<Payload<ZoneReportText>> {
    const parsed = parseZoneCode(input.zoneCode, ['zoneCode']);
    if ('error' in parsed) return rejected([parsed.error]);
    const code = parsed.code;
    if (!actor.scope.covers(code)) return rejected([outOfScope('zoneCode', code)]);
    const errors: UserError[] = [];
    const month = input.campaignMonth ?? null;
    if (month !== null && (month < 1 || month > 12)) {
      errors.push(userError('campaignMonth', UserErrorCode.OUT_OF_RANGE, coded('report.monthRange')));
    }
    const pilotStart = input.pilotStart ?? null;
    const pilotEnd = input.pilotEnd ?? null;
    if (pilotStart && pilotEnd && pilotEnd < pilotStart) {
      errors.push(userError('pilotEnd', UserErrorCode.MISMATCH, coded('report.pilotDates')));
    }
    for (const field of ['pilotHouseholds', 'pilotPersons'] as const) {
      const value = input[field];
      if (value != null && (value < 0 || value > PILOT_MAX)) {
        errors.push(
          userError(field, UserErrorCode.OUT_OF_RANGE, coded('report.pilotCount', { max: PILOT_MAX })),
        );
      }
    }
    const practices = items(input.practices, 'practices', errors);
    const suggestions = items(input.suggestions, 'suggestions', errors);
    if (errors.length) return rejected(errors);

    const values = [
      code,
      month,
      pilotStart,
      pilotEnd,
      input.pilotHouseholds ?? null,
      input.pilotPersons ?? null,
      practices,
      suggestions,
    ];
    return this.db.transaction(async (tx) => {
      const [zone] = await query<{ found: number }>(tx, `SELECT 1 AS found FROM zone WHERE code = $1`, [
        code,
      ]);
      if (!zone) {
        return rejected<ZoneReportText>([
          userError('zoneCode', UserErrorCode.NOT_FOUND, coded('record.notFound', { object: 'zone' })),
        ]);
      }
      const [before] = await query<Record<string, unknown>>(
        tx,
        `SELECT ${COLUMNS} FROM zone_report_text WHERE zone_code = $1 FOR UPDATE`,
        [code],
      );
      const current = before ? Number(before.version) : 0;
      if (current !== input.expectedVersion) {
        return rejected<ZoneReportText>([
          userError(
            'expectedVersion',
            UserErrorCode.CONFLICT,
            coded('record.versionConflict', {
              object: 'reportTexts',
              current,
              expected: input.expectedVersion,
            }),
          ),
        ]);
      }
      const [row] = before
        ? await query<Record<string, unknown>>(
            tx,
            // An UPDATE answers its rows only through a WITH (TypeORM hands back [rows, count] otherwise).
            `WITH changed AS (UPDATE zone_report_text SET campaign_month = $2, pilot_start = $3, pilot_end = $4,
                    pilot_households = $5, pilot_persons = $6, practices = $7, suggestions = $8,
                    version = version + 1, updated_at = now()
              WHERE zone_code = $1 RETURNING ${COLUMNS})
             SELECT * FROM changed`,
            values,
          )
        : // A first save racing another: ON CONFLICT answers no row, which is the other's newer version.
          await query<Record<string, unknown>>(
            tx,
            `INSERT INTO zone_report_text (zone_code, campaign_month, pilot_start, pilot_end, pilot_households,
                    pilot_persons, practices, suggestions, version)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1) ON CONFLICT (zone_code) DO NOTHING RETURNING ${COLUMNS}`,
            values,
          );
      if (!row) {
        return rejected<ZoneReportText>([
          userError(
            'expectedVersion',
            UserErrorCode.CONFLICT,
            coded('record.versionConflict', {
              object: 'reportTexts',
              current: 1,
              expected: input.expectedVersion,
            }),
          ),
        ]);
      }
      const snapshot = (r: Record<string, unknown>) => {
        const { createdAt: _created, updatedAt: _updated, ...rest } = r;
        return rest;
      };
      await writeAudit(tx, { accountId: actor.accountId, label: actor.label }, [
        {
          action: before ? AuditAction.UPDATE : AuditAction.CREATE,
          entityType: 'ReportTexts',
          entityId: toGlobalId('Zone', code),
          smallZoneCode: code,
          before: before ? snapshot(before) : null,
          after: snapshot(row),
        },
      ]);
      return ok(toRow(row));
    });
  }
}
