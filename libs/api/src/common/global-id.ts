import type { CodedMessage } from '@census/rules';

/**
 * Opaque global IDs for the Relay `Node` interface: base64url of "<Type>:<key>".
 * Clients must treat them as opaque; the server decodes them to find the table and key.
 */
export type NodeTypeName =
  | 'Zone'
  | 'Building'
  | 'Household'
  | 'Person'
  | 'Account'
  | 'Visit'
  | 'Appointment'
  | 'Problem'
  | 'ExportJob'
  | 'WorklistItem';

export const NODE_TYPE_NAMES: readonly NodeTypeName[] = [
  'Zone',
  'Building',
  'Household',
  'Person',
  'Account',
  'Visit',
  'Appointment',
  'Problem',
  'ExportJob',
  'WorklistItem',
];

export function toGlobalId(type: NodeTypeName, key: string): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

export function fromGlobalId(id: string): { type: NodeTypeName; key: string } | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(id)) return null;
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) return null;
  const type = decoded.slice(0, colon) as NodeTypeName;
  const key = decoded.slice(colon + 1);
  // A key with control characters names nothing (and a NUL would fail any statement it reached).
  if (!NODE_TYPE_NAMES.includes(type) || key.length === 0 || /\p{Cc}/u.test(key)) return null;
  return { type, key };
}

/** The largest PostgreSQL `bigint`: a key above it can name no row, and as a parameter it fails the statement. */
export const MAX_BIGINT = 9223372036854775807n;

/** Whether `key` is written like a bigint identity: a positive integer without sign or leading zeros, in range. */
export function isRowKey(key: string): boolean {
  return /^[1-9][0-9]{0,18}$/.test(key) && BigInt(key) <= MAX_BIGINT;
}

/**
 * A county-owned row (building, household, person, visit, appointment, problem) named with its county: the key
 * "<county_code>:<id>" of its global ID and of the loaders, so that a lookup names the county and reaches one
 * county's partition or node (docs/scaling.md). IDs issued before the county was in keys hold the bare id; they
 * still work, found by a search of every county, and are deprecated.
 */
export interface RowRef {
  /** Six digits, or null for a bare id of an old global ID. */
  county: string | null;
  id: string;
}

/** The key of a county-owned row: "330106:123". */
export function countyRowKey(countyCode: string, rowId: string): string {
  return `${countyCode}:${rowId}`;
}

/** The county and id a row key names ("330106:123" or an old bare "123"); null when it names no row. */
export function rowRefOfKey(key: string): RowRef | null {
  const match = /^(?:([0-9]{6}):)?([^:]*)$/.exec(key);
  if (!match || !isRowKey(match[2])) return null;
  return { county: match[1] ?? null, id: match[2] };
}

/**
 * The condition that finds one row by its reference, for a statement whose parameters start with these `params`:
 * `t.county_code = $2 AND t.id = $1` (the county names the partition), or `t.id = $1` alone for an old ID without a
 * county (searched in every county).
 */
export function rowRefCondition(ref: RowRef, alias?: string): { condition: string; params: string[] } {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  return ref.county === null
    ? { condition: `${column('id')} = $1`, params: [ref.id] }
    : { condition: `${column('county_code')} = $2 AND ${column('id')} = $1`, params: [ref.id, ref.county] };
}

/** The global ID of a county-owned row. */
export function countyRowGlobalId(type: NodeTypeName, countyCode: string, rowId: string): string {
  return toGlobalId(type, countyRowKey(countyCode, rowId));
}

/**
 * The row a global ID of this type names, with its county when the ID carries one; null when the ID is of another
 * type, malformed, or its key is out of the bigint range (such an ID can name no row, so callers answer it like
 * any unknown ID).
 */
export function rowRefOf(id: string, type: NodeTypeName): RowRef | null {
  const parsed = fromGlobalId(id);
  if (!parsed || parsed.type !== type) return null;
  return rowRefOfKey(parsed.key);
}

/** The bigint id of the row a global ID of this type names (with or without its county). */
export function rowIdOf(id: string, type: NodeTypeName): string | null {
  return rowRefOf(id, type)?.id ?? null;
}

/**
 * The message for a value that is not the global ID of this type. It does not quote the value: a person cannot read
 * a global ID, and the client knows what it sent.
 */
export function notAnIdMessage(_value: string, type: NodeTypeName): CodedMessage {
  return { messageCode: 'record.notAnId', params: { object: objectOf(type) } };
}

/** The `object` parameter of record messages: the node type in lower case ('household'). */
export function objectOf(type: NodeTypeName): string {
  return type.toLowerCase();
}
