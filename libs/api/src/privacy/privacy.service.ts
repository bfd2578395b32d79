import type { DataSource } from 'typeorm';

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
}

export function auditLogFilter({ zoneCode, action, actor, since }: AuditLogFilter): ListFilter {
  return {
    conditions: (params: SqlParams) => [
      ...(zoneCode != null ? [withinZone('t.small_zone_code', params.add(zoneCode))] : []),
      ...(action ? [`t.action = ${params.add(action)}`] : []),
      ...(actor ? [`t.actor = ${params.add(actor)}`] : []),
      ...(since ? [`t.at >= ${params.add(since)}`] : []),
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
