import { AuditAction } from './audit-log.entity';

/** One item an audit entry changed, its values as text (sealed items stay in their masked form). */
export interface AuditChangeValue {
  item: string;
  before: string | null;
  after: string | null;
}

/**
 * Keys of a snapshot that are bookkeeping, not items a person changed: keys, counties, versions, timestamps of the
 * row itself, and the masked and hashed twins of sealed items (the snapshot holds the masked form under the item's
 * own name, `citizenId` and `phone`).
 */
function isBookkeeping(key: string): boolean {
  return (
    key === 'rowId' ||
    key === 'id' ||
    key === 'countyCode' ||
    key === 'version' ||
    key === 'createdAt' ||
    key === 'updatedAt' ||
    key === 'normalizedAddress' ||
    key.endsWith('RowId') ||
    key.endsWith('Masked') ||
    key.endsWith('Hash') ||
    key.endsWith('Sealed')
  );
}

/** A snapshot value as text: null stays null, strings as they are, anything else as JSON. */
function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * The items an entry changed, from the snapshots it stored: an update lists the items whose value differs, a create
 * the items it filled, a delete the items the record held; entries without snapshots (unmasked reads) list none.
 * Values come from the stored snapshots, which never hold a sealed item in full, so masking stays as stored.
 */
export function auditChanges(
  action: AuditAction,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): AuditChangeValue[] {
  if (action === AuditAction.UNMASK) return [];
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const changes: AuditChangeValue[] = [];
  for (const key of keys) {
    if (isBookkeeping(key)) continue;
    // A record created or deleted lies where the entry's object says: its zone is no item of its own.
    if ((!before || !after) && (key === 'smallZoneCode' || key === 'zoneCode')) continue;
    const old = before ? asText(before[key]) : null;
    const now = after ? asText(after[key]) : null;
    if (old === now) continue;
    changes.push({ item: key, before: old, after: now });
  }
  return changes;
}
