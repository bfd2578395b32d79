/**
 * Opaque global IDs for the Relay `Node` interface: base64url of "<Type>:<key>".
 * Clients must treat them as opaque; the server decodes them to find the table and key.
 */
export type NodeTypeName =
  'Zone' | 'Building' | 'Household' | 'Person' | 'Account' | 'Visit' | 'Appointment' | 'Problem' | 'ExportJob';

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
  if (!NODE_TYPE_NAMES.includes(type) || key.length === 0) return null;
  return { type, key };
}

/** Global ID of a row whose key is a bigint identity; `null` when the ID is of another type or malformed. */
export function rowIdOf(id: string, type: NodeTypeName): string | null {
  const parsed = fromGlobalId(id);
  if (!parsed || parsed.type !== type || !/^[1-9][0-9]{0,18}$/.test(parsed.key)) return null;
  return parsed.key;
}
