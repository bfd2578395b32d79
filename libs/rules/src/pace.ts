/**
 * 进度落后 (behind pace): one rule for every page that flags enumerators (the zone's pace table, the supervisor's
 * team page, the progress report), so that they agree on the same figures (docs/progress.md). An enumerator is
 * behind when it holds at least BEHIND_PACE_MIN_HOUSEHOLDS households and its share submitted (submitted or
 * approved, over households) is below BEHIND_PACE_FRACTION of its peers' median share. The peers are the
 * enumerators compared together (a zone's, a team's); those holding no household take no part in the median.
 */

/** Enumerators with fewer households are never called behind pace. */
export const BEHIND_PACE_MIN_HOUSEHOLDS = 10;
/** Behind pace: share submitted below this fraction of the peers' median share. */
export const BEHIND_PACE_FRACTION = 0.5;

/** What the rule reads of one enumerator. */
export interface PaceFigures {
  households: number;
  /** Households submitted or approved. */
  submitted: number;
}

/** Share submitted: submitted over households, 0 without households. */
export function submittedShare({ households, submitted }: PaceFigures): number {
  return households > 0 ? submitted / households : 0;
}

/** Median of a list (the mean of the two middle values for an even count); null for an empty list. */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The peers' median share (null when none holds a household) and, for each of them in order, whether it is
 * behind pace.
 */
export function paceOf(peers: readonly PaceFigures[]): { median: number | null; behind: boolean[] } {
  const median = medianOf(peers.filter((p) => p.households > 0).map(submittedShare));
  return {
    median,
    behind: peers.map(
      (p) =>
        median !== null &&
        p.households >= BEHIND_PACE_MIN_HOUSEHOLDS &&
        submittedShare(p) < BEHIND_PACE_FRACTION * median,
    ),
  };
}
