/** What the staff pages (人员管理, 小区分配) share: the roles an office may create, passwords and zone codes. */

/** The roles each office role may create and manage (the API's MANAGES, without machine accounts). */
export const CREATABLE_ROLES: Readonly<Record<string, readonly string[]>> = {
  COUNTY_ADMIN: ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER', 'SUPERVISOR', 'ENUMERATOR'],
  TOWNSHIP_OFFICER: ['SUPERVISOR', 'ENUMERATOR'],
};

/** The roles the offices see in their lists. */
export const LISTED_ROLES = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER', 'SUPERVISOR', 'ENUMERATOR', 'INTEGRATION'];

export const OFFICE_ROLES = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER'];

// No 0/O, 1/l/I: the password is read out or copied by hand.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A strong password (16 characters, about 92 bits) from the browser's cryptographic random numbers. */
export function generatePassword(
  length = 16,
  random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer> = (bytes) =>
    crypto.getRandomValues(bytes),
): string {
  const out: string[] = [];
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % ALPHABET.length);
  while (out.length < length) {
    for (const byte of random(new Uint8Array(length * 2))) {
      if (byte < limit && out.length < length) out.push(ALPHABET.charAt(byte % ALPHABET.length));
    }
  }
  return out.join('');
}

/** The zone codes typed into a field: separated by commas (any width), spaces or new lines. */
export function parseZoneCodes(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,，、;；]+/)
        .map((code) => code.trim())
        .filter(Boolean),
    ),
  ];
}
