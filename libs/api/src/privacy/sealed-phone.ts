import { maskPhone } from '@census/rules';

import type { FieldCrypto } from './field-crypto';

/**
 * The stored columns of a phone number, the same for every table that keeps one: sealed value, keyed hash of its
 * digits (so that '010-1234 5678' finds '01012345678'), masked form for display.
 */
export function sealPhoneColumns(
  crypto: FieldCrypto,
  phone: string | null | undefined,
): { sealed: Buffer | null; hash: Buffer | null; masked: string | null } {
  const value = phone?.trim();
  return value
    ? { sealed: crypto.seal(value), hash: crypto.digest(value.replace(/\D/g, '')), masked: maskPhone(value) }
    : { sealed: null, hash: null, masked: null };
}
