/** Exit codes of census-admin: 0 done, 1 rows were rejected, 2 usage or connection problems. */
export const EXIT = { OK: 0, REJECTED: 1, USAGE: 2 } as const;

/** A mistake in how the program was called; printed with a hint to `--help`. */
export class UsageError extends Error {}
