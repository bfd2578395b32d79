import { type CensusClient, createClient } from '@census/client';

import { loadCredentials } from './credentials';
import { UsageError } from './errors';
import { acceptLanguage, adminLang } from './messages';

export const DEFAULT_URL = 'http://localhost:4000/graphql';

export interface GlobalOptions {
  url?: string;
  token?: string;
  json: boolean;
}

/** The API address: --url, CENSUS_API_URL, the saved login, or the local default; `/graphql` is added if missing. */
export function apiUrl(given: string | undefined, env: NodeJS.ProcessEnv, saved?: string): string {
  const url = given ?? env.CENSUS_API_URL ?? saved ?? DEFAULT_URL;
  try {
    const parsed = new URL(url);
    if (!parsed.pathname.endsWith('/graphql'))
      parsed.pathname = `${parsed.pathname.replace(/\/$/, '')}/graphql`;
    return parsed.toString();
  } catch {
    throw new UsageError(`--url '${url}' is not a URL (e.g. http://localhost:4000).`);
  }
}

/** A client with the token from --token, CENSUS_TOKEN or `census-admin login`. */
export async function connect(options: GlobalOptions, env: NodeJS.ProcessEnv): Promise<CensusClient> {
  const saved = await loadCredentials(env);
  const token = options.token ?? env.CENSUS_TOKEN ?? saved?.token;
  if (!token)
    throw new UsageError('No access token: run `census-admin login`, or pass --token / set CENSUS_TOKEN.');
  return createClient({
    url: apiUrl(options.url, env, saved?.url),
    token,
    documentIds: true,
    headers: { 'accept-language': acceptLanguage(adminLang(env)) },
  });
}
