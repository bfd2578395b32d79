import type { EntityManager } from 'typeorm';

import { maskCitizenId, maskPhone } from '@census/rules';

import { query } from '../common/sql';
import type { AuditAction } from './audit-log.entity';

/** Who did it, as written into the audit log. */
export interface AuditActor {
  accountId: string | null;
  /** Username, `resident:<household id>` or `system`. */
  label: string;
}

export interface AuditRecord {
  action: AuditAction;
  entityType: string;
  entityId: string;
  smallZoneCode: string | null;
  item?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Appends entries in the caller's transaction, so an entry exists exactly when its change committed. */
export async function writeAudit(
  tx: EntityManager,
  actor: AuditActor,
  records: AuditRecord[],
): Promise<void> {
  if (records.length === 0) return;
  await query(
    tx,
    `INSERT INTO audit_log (actor_id, actor, action, entity_type, entity_id, small_zone_code, item, before, after)
     SELECT $1, $2, a, t, i, z, it, b, af
       FROM unnest($3::audit_action[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::jsonb[])
         AS r(a, t, i, z, it, b, af)`,
    [
      actor.accountId,
      actor.label,
      records.map((r) => r.action),
      records.map((r) => r.entityType),
      records.map((r) => r.entityId),
      records.map((r) => r.smallZoneCode),
      records.map((r) => r.item ?? null),
      records.map((r) => (r.before ? JSON.stringify(r.before) : null)),
      records.map((r) => (r.after ? JSON.stringify(r.after) : null)),
    ],
  );
}

/**
 * Writes the audit entry of one change to a row that lies in a small zone (a household, a person), named by its
 * global ID, with its snapshots before and after.
 */
export function auditRow(
  tx: EntityManager,
  actor: AuditActor,
  action: AuditAction,
  entityType: string,
  row: { id: string; smallZoneCode: string },
  snapshots: Pick<AuditRecord, 'before' | 'after'>,
): Promise<void> {
  return writeAudit(tx, actor, [
    { action, entityType, entityId: row.id, smallZoneCode: row.smallZoneCode, ...snapshots },
  ]);
}

/**
 * A record as the audit log keeps it: plain items as they are, sealed items replaced by their masked form, keys
 * and hashes dropped. `open` decrypts a sealed value so it can be masked.
 */
export function auditSnapshot(
  row: object,
  open: (sealed: Buffer) => string = () => {
    throw new Error('auditSnapshot: a sealed item needs the key to be masked');
  },
): Record<string, unknown> {
  const snapshot: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key.endsWith('Hash') || key === 'passwordHash') continue;
    // Sealed long-form values are never written out, not even masked: the jsonb beside them shows what was answered.
    if (key === 'longFormSealed') continue;
    if (key === 'citizenIdSealed') snapshot.citizenId = value ? maskCitizenId(open(value as Buffer)) : null;
    else if (key === 'phoneSealed') snapshot.phone = value ? maskPhone(open(value as Buffer)) : null;
    else snapshot[key] = value instanceof Date ? value.toISOString() : value;
  }
  return snapshot;
}
