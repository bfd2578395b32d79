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
  'team',
  'staff',
  'trend',
  'worklist',
  'zone',
  'imports',
  'exports',
  'map',
  'sample',
  'lfo',
];

/**
 * The household form's texts (items, persons, visits, the resident's help and steps): both sides show them, but the
 * resident only once the code is accepted, so they are a chunk of their own per language
 * (`virtual:census-messages/<lang>/form`), fetched with the staff side's texts on the staff side and with the form
 * in steps on the resident's (test/bundle-budget.spec.ts checks that the resident's first screen names none).
 */
export const FORM_PREFIXES: readonly string[] = [
  'help',
  'household',
  'person',
  'rule',
  'steps',
  'visit',
  'lf',
];

/** The chunk of messages a key is compiled into. */
export type MessagePart = 'web' | 'form' | 'staff';

const prefixOf = (key: string) => key.slice(0, key.indexOf('.'));

/** Whether `key` is shown by the staff side only. */
export function isStaffOnlyKey(key: string): boolean {
  return STAFF_ONLY_PREFIXES.includes(prefixOf(key));
}

/** The chunk `key` is compiled into. */
export function messagePartOf(key: string): MessagePart {
  if (isStaffOnlyKey(key)) return 'staff';
  return FORM_PREFIXES.includes(prefixOf(key)) ? 'form' : 'web';
}
