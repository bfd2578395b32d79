import type { DataSource } from 'typeorm';

import { beijingDayStart } from '@census/rules';

import type { ListFilter } from '../common/page-loader';
import type { SqlParams } from '../common/sql';
import { withinZone } from '../common/subtree';
import { type AuditActor, type AuditRecord, writeAudit } from './audit';
import type { AuditAction } from './audit-log.entity';

/** Filter of the audit log list; `zoneCode` is canonical already (or '-', which matches nothing). */
export interface AuditLogFilter {
  zoneCode: string | null;
  action: AuditAction | null;
  actor: string | null;
  since: Date | null;
  /** First Beijing day (YYYY-MM-DD), inclusive. */
  from?: string | null;
  /** Last Beijing day (YYYY-MM-DD), inclusive. */
  to?: string | null;
  /** Kind of record: Household, Person, Building, Zone, Account, Visit, Appointment, Problem, ... */
  entityType?: string | null;
}

/** The moment the Beijing day after `day` starts. */
function dayAfterStart(day: string): Date {
  const start = beijingDayStart(day);
  return new Date(start.getTime() + 24 * 3600 * 1000);
}

export function auditLogFilter(filter: AuditLogFilter): ListFilter {
  const { zoneCode, action, actor, since, from, to, entityType } = filter;
  return {
    conditions: (params: SqlParams) => [
      ...(zoneCode != null ? [withinZone('t.small_zone_code', params.add(zoneCode))] : []),
      ...(action ? [`t.action = ${params.add(action)}`] : []),
      ...(actor ? [`t.actor = ${params.add(actor)}`] : []),
      ...(since ? [`t.at >= ${params.add(since)}`] : []),
      ...(from ? [`t.at >= ${params.add(beijingDayStart(from))}`] : []),
      ...(to ? [`t.at < ${params.add(dayAfterStart(to))}`] : []),
      ...(entityType ? [`t.entity_type = ${params.add(entityType)}`] : []),
    ],
  };
}

/** Records unmasked reads in the audit log, all of them in one statement of its own transaction. */
export async function recordUnmaskedReads(
  db: DataSource,
  actor: AuditActor,
  records: AuditRecord[],
): Promise<void> {
  await db.transaction((tx) => writeAudit(tx, actor, records));
}
