/** Shared shapes and lookups for the census enums. */

/** How a value is shown: the Chinese term on the census forms and an English label. */
export interface EnumLabel {
  zh: string;
  en: string;
}

/**
 * True when `value` is one of the string values of enum `e`. Input from GraphQL, CSV files or
 * URL parameters is `unknown` until checked, so this is a type guard rather than a cast.
 */
export function isEnumValue<E extends Record<string, string>>(e: E, value: unknown): value is E[keyof E] {
  return typeof value === 'string' && (Object.values(e) as unknown[]).includes(value);
}

/**
 * Reverse lookup in a `XXX_CODES` table: the enum value whose official code is `code`
 * (e.g. `enumValueFromCode(ETHNICITY_CODES, '11')` is `Ethnicity.MANCHU`), or undefined.
 * Registry pushes and county exports carry codes, not our enum names.
 */
export function enumValueFromCode<E extends string>(codes: Record<E, string>, code: string): E | undefined {
  for (const [value, candidate] of Object.entries(codes) as Array<[E, string]>) {
    if (candidate === code) return value;
  }
  return undefined;
}
