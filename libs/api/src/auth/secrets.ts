import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Secrets come from the environment in production. For development and the demo they are generated once
 * into `<DATA_DIR>/secrets.json` (git-ignored) so that tokens survive restarts.
 */
export interface Secrets {
  /** HMAC key of the access tokens (JWT HS256). */
  jwtSecret: Buffer;
}

export async function loadSecrets(dataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<Secrets> {
  if (env.JWT_SECRET) {
    if (env.JWT_SECRET.length < 32) throw new Error('JWT_SECRET must have at least 32 characters.');
    return { jwtSecret: Buffer.from(env.JWT_SECRET, 'utf8') };
  }
  if (env.NODE_ENV === 'production') throw new Error('JWT_SECRET must be set when NODE_ENV=production.');
  const file = path.join(dataDir, 'secrets.json');
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as { jwtSecret: string };
    return { jwtSecret: Buffer.from(stored.jwtSecret, 'base64') };
  } catch {
    const secrets = { jwtSecret: randomBytes(48) };
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, JSON.stringify({ jwtSecret: secrets.jwtSecret.toString('base64') }), {
      mode: 0o600,
    });
    return secrets;
  }
}

/** Secrets for tests and tools that never persist anything. */
export function ephemeralSecrets(): Secrets {
  return { jwtSecret: randomBytes(48) };
}
