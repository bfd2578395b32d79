import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';

/** What `census-admin login` keeps between runs: the API address and the access token. */
export interface Credentials {
  url: string;
  token: string;
  expiresAt: string | null;
  username: string;
}

/** census-admin's own folder: $CENSUS_ADMIN_HOME, else $XDG_CONFIG_HOME/census-admin or ~/.config/census-admin. */
export function adminHome(env: NodeJS.ProcessEnv): string {
  return (
    env.CENSUS_ADMIN_HOME ?? path.join(env.XDG_CONFIG_HOME ?? path.join(homedir(), '.config'), 'census-admin')
  );
}

export function credentialsFile(env: NodeJS.ProcessEnv): string {
  return path.join(adminHome(env), 'credentials.json');
}

export async function loadCredentials(env: NodeJS.ProcessEnv): Promise<Credentials | null> {
  try {
    return JSON.parse(await readFile(credentialsFile(env), 'utf8')) as Credentials;
  } catch {
    return null;
  }
}

export async function saveCredentials(env: NodeJS.ProcessEnv, credentials: Credentials): Promise<string> {
  const file = credentialsFile(env);
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return file;
}
