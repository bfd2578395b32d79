import type { DataSource } from 'typeorm';
import type { Scope } from '../auth/principal';
import { createPageLoader, type ListSpec } from '../common/page-loader';
import type { SqlParams } from '../common/sql';
import { AuditEntry } from './audit-log.entity';

export const AUDIT_LIST: ListSpec<AuditEntry> = {
  entity: AuditEntry,
  table: 'audit_log',
  order: [{ column: 'id', property: 'rowId' }],
  descending: true,
};

export function createPrivacyLoaders(db: DataSource, scope: Scope) {
  return {
    auditLog: createPageLoader(db, AUDIT_LIST, null, {
      visible: (params: SqlParams) => scope.condition('t.small_zone_code', params),
    }),
  };
}
