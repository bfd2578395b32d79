import path from 'node:path';

import { startEmbeddedPostgres } from '@census/postgres';

export interface DevelopmentDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
  /** The embedded server exited without stop() (killed, crashed): nothing works until it is started again. */
  onUnexpectedExit(listener: (exit: { code: number | null; signal: string | null }) => void): void;
}

/** Folder of the embedded development database (git-ignored); DATA_DIR overrides it. */
export function dataDirectory(): string {
  return path.resolve(process.env.DATA_DIR ?? path.join(workspaceRoot(), '.data'));
}

function workspaceRoot(): string {
  // libs/api/{src,dist}/database -> repository root
  return path.resolve(__dirname, '..', '..', '..', '..');
}

/**
 * `DATABASE_URL` when set; otherwise the embedded PostgreSQL in `.data/postgres`, started on demand and kept
 * across restarts, with a `census` database.
 */
export async function openDevelopmentDatabase(log?: (line: string) => void): Promise<DevelopmentDatabase> {
  if (process.env.DATABASE_URL)
    return {
      url: process.env.DATABASE_URL,
      embedded: false,
      stop: async () => {},
      onUnexpectedExit: () => {},
    };
  const port = process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined;
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dataDirectory(), 'postgres'), port, log });
  try {
    await pg.createDatabase('census');
  } catch (error) {
    if (!String(error).includes('already exists')) throw error;
  }
  return {
    url: pg.databaseUrl('census'),
    embedded: true,
    stop: () => pg.stop(),
    onUnexpectedExit: (listener) => pg.onUnexpectedExit(listener),
  };
}
