/**
 * Which of the web app's messages (messages.ts) only the staff side shows: keys under these prefixes are compiled
 * into a chunk of their own per language (`virtual:census-messages/<lang>/staff`), which the resident's self-report
 * page never downloads; every other key is in the shared chunk that both sides load first. test/bundle-budget.spec.ts
 * checks that no key the resident's code names is under one of these prefixes.
 */
export const STAFF_ONLY_PREFIXES: readonly string[] = [
  'add',
  'agenda',
  'appointment',
  'audit',
  'bar',
  'expired',
  'home',
  'level',
  'locate',
  'login',
  'nav',
  'offline',
  'pace',
  'phone',
  'problem',
  'progress',
  'quick',
  'report',
  'review',
  'role',
  'small',
  'trend',
  'worklist',
  'zone',
  'map',
];

/** Whether `key` is shown by the staff side only. */
export function isStaffOnlyKey(key: string): boolean {
  return STAFF_ONLY_PREFIXES.includes(key.slice(0, key.indexOf('.')));
}
