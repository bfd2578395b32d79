import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { ZONE_LEVEL_LABELS, type ZoneLevel } from '@census/rules';

import { fromGlobalId, type NodeTypeName, type RowRef, rowRefOfKey } from '../common/global-id';
import { countiesCondition } from '../common/key-loader';
import { query, SqlParams } from '../common/sql';
import type { AuditEntry } from './audit-log.entity';

/**
 * The objects of audit entries as people read them: 住户 330106002051001-005, 人员 王德福（住户 …-005 第2人）,
 * 建筑物 330106002051001-012, 普查小区 桂花社区第1普查小区（330106002051001）, 账号 wang. A page of entries is
 * labelled with at most one statement per kind of object on it, whatever its size (one per table). Deleted
 * records are named from the snapshot the entry kept.
 */

interface HouseholdName {
  smallZoneCode: string;
  number: string;
}

const OBJECT_NAMES: Partial<Record<string, string>> = {
  Visit: '走访记录',
  Appointment: '预约',
  Problem: '疑难问题',
  ExportJob: '导出任务',
  ReportTexts: '进展情况汇报',
};

/** 摸底比对清单 kinds as the worklist page names them. */
const WORKLIST_KINDS: Partial<Record<string, string>> = {
  REGISTRY_HOUSEHOLD_NOT_LISTED: '公安有户、摸底无户',
  LISTED_HOUSEHOLD_WITHOUT_REGISTRY: '摸底有户、公安无户',
  LIVING_AWAY: '人户分离',
  METER_NO_USE_BUT_ORDINARY: '电表无用电但为普通住户',
  METER_USE_BUT_VACANT: '电表有用电但为空户',
  CROSS_COUNTY_DUPLICATE: '跨县重复登记',
};

/** A worklist item named by its key (`<KIND>:<natural key>@<zone>`): 比对事项 公安有户、摸底无户（330106002051001）. */
function worklistItemLabel(key: string | null): string {
  const match = key ? /^([A-Z_]+):.+@(\d{2,15})$/.exec(key) : null;
  if (!match) return '比对事项';
  return `比对事项 ${WORKLIST_KINDS[match[1]] ?? ''}（${match[2]}）`.replace(' （', '（');
}

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);
/** The household row id a snapshot names (persons, visits, appointments, problems keep it). */
const householdIdOf = (snapshot: Record<string, unknown>): string | null => {
  const value = snapshot.householdRowId;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
};
const householdLabel = (h: HouseholdName) => `住户 ${h.smallZoneCode}-${h.number}`;
const rowKey = (county: string | null, id: string) => `${county ?? ''}:${id}`;

/** An entry's object reference, its row key (county:id) and the snapshot's items, for the batch below. */
interface Subject {
  entry: AuditEntry;
  type: NodeTypeName | null;
  ref: RowRef | null;
  key: string | null;
  snapshot: Record<string, unknown>;
}

function subjectOf(entry: AuditEntry): Subject {
  const parsed = fromGlobalId(entry.entityId);
  const ref = parsed && parsed.type !== 'Zone' && parsed.type !== 'Account' ? rowRefOfKey(parsed.key) : null;
  const snapshot = { ...entry.before, ...entry.after };
  return { entry, type: parsed?.type ?? null, ref, key: parsed?.key ?? null, snapshot };
}

/** Rows of one county-owned table by row refs, with the refs' counties named (the partition of each). */
async function byRefs<T>(db: DataSource, refs: RowRef[], statement: (where: string) => string): Promise<T[]> {
  if (!refs.length) return [];
  const params = new SqlParams();
  const ids = params.add(refs.map((ref) => ref.id));
  const counties = countiesCondition(
    't',
    refs.map((ref) => ref.county),
    params,
  );
  const where = [...(counties ? [counties] : []), `t.id = ANY(${ids}::text[]::bigint[])`].join(' AND ');
  return query<T>(db, statement(where), params.values);
}

export function createAuditSubjectLoader(db: DataSource): DataLoader<AuditEntry, string | null, string> {
  return new DataLoader<AuditEntry, string | null, string>(
    async (entries) => {
      const subjects = entries.map(subjectOf);
      const refsOf = (type: NodeTypeName) =>
        subjects.filter((s) => s.type === type && s.ref).map((s) => s.ref!);
      // Households named by entries of households, and by the snapshots of persons, visits and appointments.
      const householdRefs = [
        ...refsOf('Household'),
        ...subjects
          .filter((s) => s.type !== 'Household' && s.ref && householdIdOf(s.snapshot))
          .map((s) => ({ county: s.ref!.county, id: householdIdOf(s.snapshot)! })),
      ];
      const zoneCodes = subjects
        .filter((s) => s.type === 'Zone' && s.key)
        .map((s) => s.key!)
        .filter((code) => /^[0-9]{2,15}$/.test(code));
      const accountIds = subjects
        .filter((s) => s.type === 'Account' && s.key && /^[1-9][0-9]{0,18}$/.test(s.key))
        .map((s) => s.key!);
      const [households, persons, buildings, problems, zones, accounts] = await Promise.all([
        byRefs<{ county: string; id: string; smallZoneCode: string; number: string }>(
          db,
          householdRefs,
          (where) =>
            `SELECT t.county_code AS county, t.id::text AS id, t.small_zone_code AS "smallZoneCode", t.number
               FROM household t WHERE ${where}`,
        ),
        byRefs<{
          county: string;
          id: string;
          name: string;
          lineNumber: number;
          smallZoneCode: string;
          number: string;
        }>(
          db,
          refsOf('Person'),
          (where) =>
            `SELECT t.county_code AS county, t.id::text AS id, t.name, t.line_number AS "lineNumber",
                    h.small_zone_code AS "smallZoneCode", h.number
               FROM person t JOIN household h ON h.county_code = t.county_code AND h.id = t.household_id
              WHERE ${where}`,
        ),
        byRefs<{ county: string; id: string; smallZoneCode: string; number: string }>(
          db,
          refsOf('Building'),
          (where) =>
            `SELECT t.county_code AS county, t.id::text AS id, t.small_zone_code AS "smallZoneCode", t.number
               FROM building t WHERE ${where}`,
        ),
        byRefs<{ county: string; id: string; subject: string | null }>(
          db,
          refsOf('Problem'),
          (where) =>
            `SELECT t.county_code AS county, t.id::text AS id,
                    coalesce('住户 ' || h.small_zone_code || '-' || h.number,
                             '建筑物 ' || b.small_zone_code || '-' || b.number,
                             t.subject_zone_code, t.zone_code) AS subject
               FROM problem t
               LEFT JOIN household h ON h.county_code = t.county_code AND h.id = t.household_id
               LEFT JOIN building b ON b.county_code = t.county_code AND b.id = t.building_id
              WHERE ${where}`,
        ),
        zoneCodes.length
          ? query<{ code: string; name: string; level: ZoneLevel }>(
              db,
              `SELECT t.code, t.name, t.level FROM zone t WHERE t.code = ANY($1::text[])`,
              [[...new Set(zoneCodes)]],
            )
          : ([] as { code: string; name: string; level: ZoneLevel }[]),
        accountIds.length
          ? query<{ id: string; username: string }>(
              db,
              `SELECT t.id::text AS id, t.username FROM account t WHERE t.id = ANY($1::text[]::bigint[])`,
              [[...new Set(accountIds)]],
            )
          : ([] as { id: string; username: string }[]),
      ]);
      const householdByKey = new Map(households.map((h) => [rowKey(h.county, h.id), h]));
      const find = <T extends { county: string; id: string }>(rows: T[], ref: RowRef) =>
        rows.find((r) => r.id === ref.id && (ref.county === null || r.county === ref.county));
      const householdOf = (s: Subject): HouseholdName | undefined => {
        const id = s.type === 'Household' ? s.ref?.id : householdIdOf(s.snapshot);
        if (!id || !s.ref) return undefined;
        return (
          householdByKey.get(rowKey(s.ref.county, id)) ??
          (s.ref.county === null ? households.find((h) => h.id === id) : undefined)
        );
      };
      const zoneByCode = new Map(zones.map((z) => [z.code, z]));
      const accountById = new Map(accounts.map((a) => [a.id, a.username]));

      return subjects.map((s): string | null => {
        const snap = s.snapshot;
        switch (s.type) {
          case 'Household': {
            const household =
              householdOf(s) ??
              (text(snap.smallZoneCode) && text(snap.number)
                ? { smallZoneCode: String(snap.smallZoneCode), number: String(snap.number) }
                : undefined);
            return household ? householdLabel(household) : '住户';
          }
          case 'Person': {
            const row = s.ref ? find(persons, s.ref) : undefined;
            const household = row ?? householdOf(s);
            const name = row?.name ?? text(snap.name) ?? '';
            const line = row?.lineNumber ?? (typeof snap.lineNumber === 'number' ? snap.lineNumber : null);
            const where = [household ? householdLabel(household) : null, line != null ? `第${line}人` : null]
              .filter(Boolean)
              .join(' ');
            return `人员 ${name}${where ? `（${where}）` : ''}`.trim();
          }
          case 'Building': {
            const row = s.ref ? find(buildings, s.ref) : undefined;
            const zone = row?.smallZoneCode ?? text(snap.smallZoneCode);
            const number = row?.number ?? text(snap.number);
            return zone && number ? `建筑物 ${zone}-${number}` : '建筑物';
          }
          case 'Zone': {
            const zone = s.key ? zoneByCode.get(s.key) : undefined;
            const name = zone?.name ?? text(snap.name);
            const level = zone?.level ?? (text(snap.level) as ZoneLevel | null);
            const label = `${level ? ZONE_LEVEL_LABELS[level].zh : '区划'} ${name ?? ''}（${s.key ?? ''}）`;
            return s.entry.entityType === 'ReportTexts' ? `${OBJECT_NAMES.ReportTexts} ${label}` : label;
          }
          case 'Account': {
            const username = (s.key && accountById.get(s.key)) ?? text(snap.created) ?? text(snap.username);
            return username ? `账号 ${username}` : '账号';
          }
          case 'Visit':
          case 'Appointment': {
            const household = householdOf(s);
            const name = OBJECT_NAMES[s.type];
            return household ? `${name}（${householdLabel(household)}）` : name!;
          }
          case 'Problem': {
            const row = s.ref ? find(problems, s.ref) : undefined;
            return row?.subject ? `${OBJECT_NAMES.Problem}（${row.subject}）` : OBJECT_NAMES.Problem!;
          }
          case 'ExportJob':
            return OBJECT_NAMES.ExportJob!;
          case 'WorklistItem':
            return worklistItemLabel(s.key);
          case null:
          default:
            return s.entry.entityType;
        }
      });
    },
    { cacheKeyFn: (entry) => entry.rowId, batchScheduleFn: (run) => setImmediate(run) },
  );
}
