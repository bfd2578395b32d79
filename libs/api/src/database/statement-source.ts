import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Where statements come from, for the SQL snapshots (libs/api/test/sql-snapshots.spec.ts). The stack TypeORM's
 * logger sees is often cut short (its transaction manager does not await), and a batched loader runs its
 * statement from a DataLoader callback that no longer shows the domain module that created the loader. So while
 * a test records sources, `query` (common/sql.ts) keeps the stack of its call and the shared loaders
 * (common/page-loader.ts, common/key-loader.ts) the stack of their creation, and run their statements under them.
 * Off (the default), this costs one boolean test per statement and per loader.
 */
export interface StatementSite {
  stack: string;
  /** True for the creation of a loader (named by the loader), false for a call of `query`. */
  creation: boolean;
}

let recording = false;
const sites = new AsyncLocalStorage<readonly StatementSite[]>();

export function recordStatementSources(on: boolean): void {
  recording = on;
}

/** The stack here while sources are recorded; undefined otherwise. */
export function siteHere(creation: boolean): StatementSite | undefined {
  if (!recording) return undefined;
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 50;
  try {
    return { stack: new Error('statement source').stack ?? '', creation };
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** The creation site of a loader while sources are recorded. */
export function loaderSite(): StatementSite | undefined {
  return siteHere(true);
}

/** Runs `run` under `site` (when one was taken), inside the sites already in effect. */
export function atSite<T>(site: StatementSite | undefined, run: () => Promise<T>): Promise<T> {
  return site ? sites.run([...(sites.getStore() ?? []), site], run) : run();
}

/** The sites in effect, innermost last. */
export function currentSites(): readonly StatementSite[] {
  return sites.getStore() ?? [];
}
