import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import type { Scope } from '../auth/principal';
import { createPageLoader, type ListSpec } from '../common/page-loader';
import type { SqlParams } from '../common/sql';
import type { AuditActor, AuditRecord } from './audit';
import { AuditEntry } from './audit-log.entity';
import { createAuditSubjectLoader } from './audit-subjects';
import { recordUnmaskedReads } from './privacy.service';

export const AUDIT_LIST: ListSpec<AuditEntry> = {
  entity: AuditEntry,
  table: 'audit_log',
  order: [{ column: 'id', property: 'rowId' }],
  descending: true,
};

export function createPrivacyLoaders(db: DataSource, scope: Scope, actor: AuditActor) {
  return {
    auditLog: createPageLoader(db, AUDIT_LIST, null, {
      visible: (params: SqlParams) => scope.condition('t.small_zone_code', params),
    }),
    /** The object of each entry as people read it (住户 330106002051001-005), one statement per kind of object. */
    auditSubject: createAuditSubjectLoader(db),
    /**
     * Each request records its unmasked reads in one statement, however many rows it unmasked: loading a record
     * resolves once the batch holding it is in the audit log.
     */
    unmaskLog: new DataLoader<AuditRecord, true>(
      async (records) => {
        await recordUnmaskedReads(db, actor, [...records]);
        return records.map(() => true as const);
      },
      { cache: false, batchScheduleFn: (run) => setImmediate(run) },
    ),
  };
}
