import { hash } from '@node-rs/argon2';

/** Usernames: 3-50 letters, digits, dots, dashes or underscores (createAccount, staff import, bootstrap). */
export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,50}$/;

/** The shortest password any account may have. */
export const MIN_PASSWORD_LENGTH = 10;

/** `@node-rs/argon2`'s value for argon2id. */
export const ARGON2ID = 2;

/** The stored form of a password: an argon2id hash. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}
