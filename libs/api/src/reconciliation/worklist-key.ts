import { WorklistKind } from './reconciliation.enums';

/** The kind and zone parts of an item key (`<KIND>:<natural key>@<zone>`), or null for a malformed key. */
export function zoneOfKey(key: string): { kind: WorklistKind; zoneCode: string } | null {
  const match = /^([A-Z_]+):.+@(\d{2,15})$/.exec(key);
  if (!match || !Object.values(WorklistKind).includes(match[1] as WorklistKind)) return null;
  return { kind: match[1] as WorklistKind, zoneCode: match[2] };
}
