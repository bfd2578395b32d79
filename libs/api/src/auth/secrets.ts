import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { FieldKeys } from '../privacy/field-crypto';

/**
 * Secrets come from the environment in production. For development and the demo they are generated once
 * into `<DATA_DIR>/secrets.json` (git-ignored) so that tokens and encrypted values survive restarts.
 */
export interface Secrets {
  /** HMAC key of the access tokens (JWT HS256). */
  jwtSecret: Buffer;
  /** Keys of the encryption at rest of citizen IDs and phone numbers. */
  fieldKeys: FieldKeys;
}

interface StoredSecrets {
  jwtSecret: string;
  encryptionKey: string;
  hashKey: string;
}

function fromEnvironment(env: NodeJS.ProcessEnv): Partial<StoredSecrets> {
  if (env.JWT_SECRET && env.JWT_SECRET.length < 32)
    throw new Error('JWT_SECRET must have at least 32 characters.');
  return {
    jwtSecret: env.JWT_SECRET ? Buffer.from(env.JWT_SECRET, 'utf8').toString('base64') : undefined,
    encryptionKey: env.DATA_ENCRYPTION_KEY,
    hashKey: env.DATA_HASH_KEY,
  };
}

function decode(stored: StoredSecrets): Secrets {
  const secrets = {
    jwtSecret: Buffer.from(stored.jwtSecret, 'base64'),
    fieldKeys: {
      encryptionKey: Buffer.from(stored.encryptionKey, 'base64'),
      hashKey: Buffer.from(stored.hashKey, 'base64'),
    },
  };
  if (secrets.fieldKeys.encryptionKey.length !== 32)
    throw new Error('DATA_ENCRYPTION_KEY must be 32 bytes, base64-encoded.');
  if (secrets.fieldKeys.hashKey.length < 32)
    throw new Error('DATA_HASH_KEY must be at least 32 bytes, base64-encoded.');
  return secrets;
}

export async function loadSecrets(dataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<Secrets> {
  const given = fromEnvironment(env);
  if (given.jwtSecret && given.encryptionKey && given.hashKey) return decode(given as StoredSecrets);
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'JWT_SECRET, DATA_ENCRYPTION_KEY and DATA_HASH_KEY must be set when NODE_ENV=production.',
    );
  }
  const file = path.join(dataDir, 'secrets.json');
  let stored: Partial<StoredSecrets> = {};
  try {
    stored = JSON.parse(await readFile(file, 'utf8')) as Partial<StoredSecrets>;
  } catch {
    // first start: generated below
  }
  const complete: StoredSecrets = {
    jwtSecret: stored.jwtSecret ?? randomBytes(48).toString('base64'),
    encryptionKey: stored.encryptionKey ?? randomBytes(32).toString('base64'),
    hashKey: stored.hashKey ?? randomBytes(32).toString('base64'),
  };
  if (
    complete.jwtSecret !== stored.jwtSecret ||
    complete.encryptionKey !== stored.encryptionKey ||
    complete.hashKey !== stored.hashKey
  ) {
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, JSON.stringify(complete), { mode: 0o600 });
  }
  return decode({ ...complete, ...Object.fromEntries(Object.entries(given).filter(([, v]) => v)) });
}

/** Secrets for tests and tools that never persist anything. */
export function ephemeralSecrets(): Secrets {
  return {
    jwtSecret: randomBytes(48),
    fieldKeys: { encryptionKey: randomBytes(32), hashKey: randomBytes(32) },
  };
}
