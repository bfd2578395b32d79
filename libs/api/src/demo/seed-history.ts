import type { EntityManager } from 'typeorm';

import { query } from '../common/sql';

/** The demo's households and persons were listed (摸底) by the end of October 2020, Beijing time. */
export const DEMO_LISTED_AT = new Date('2020-10-31T18:00:00+08:00');
/** The demo's history: stage changes in November 2020 (the census registration), replayed into progress_daily. */
export const DEMO_HISTORY_FIRST_DAY = '2020-10-31';
export const DEMO_HISTORY_LAST_DAY = '2020-11-30';

/**
 * The demo's workflow history, so that its November 2020 has a trend: each household past LISTED gets the stage
 * changes that led to its stage (a self-reported one submitted by the resident, the others taken up by an
 * enumerator and submitted, then approved or returned by a supervisor), on days and hours of November 2020 drawn
 * from its row ID (the same demo gives the same history); then the daily figures of October 31 to November 30 are
 * replayed from that history (progress_daily_replay, as the progress-daily migration does for days before it). The
 * roll-up and today's snapshot come from the households as they are, which the history ends at.
 */
export async function seedDemoHistory(tx: EntityManager): Promise<void> {
  await query(
    tx,
    `WITH h AS (
       SELECT county_code, id, small_zone_code, stage, registration_method = 'SELF_REPORT' AS resident,
              abs(hashtext(id::text)) AS r
         FROM household WHERE stage <> 'LISTED'
     ), steps AS (
       SELECT h.*, s.n, s.from_stage, s.to_stage,
              timestamp '2020-11-01 09:00' + make_interval(days => (r % 18)::int, hours => (r / 18 % 10)::int)
                + make_interval(days => CASE s.n WHEN 1 THEN 0 WHEN 2 THEN (r / 180 % 4)::int
                                                 ELSE (r / 180 % 4)::int + 1 + (r / 720 % 6)::int END,
                                mins => s.n * 7) AS local_at
         FROM h CROSS JOIN LATERAL (VALUES
           (1, 'LISTED'::household_stage, CASE WHEN h.resident THEN 'SUBMITTED' ELSE 'ENUMERATING' END::household_stage),
           (2, 'ENUMERATING'::household_stage, 'SUBMITTED'::household_stage),
           (3, 'SUBMITTED'::household_stage, h.stage)
         ) s(n, from_stage, to_stage)
        WHERE (s.n = 1)
           OR (s.n = 2 AND NOT h.resident AND h.stage IN ('SUBMITTED', 'APPROVED', 'RETURNED'))
           OR (s.n = 3 AND h.stage IN ('APPROVED', 'RETURNED'))
     )
     INSERT INTO household_event (county_code, household_id, small_zone_code, at, from_stage, to_stage, by_resident)
     SELECT county_code, id, small_zone_code, local_at AT TIME ZONE 'Asia/Shanghai', from_stage, to_stage,
            resident AND n = 1
       FROM steps ORDER BY county_code, id, n`,
  );
  await query(
    tx,
    `SELECT progress_daily_replay(ARRAY(SELECT DISTINCT county_code FROM household), $1::date, $2::date)`,
    [DEMO_HISTORY_FIRST_DAY, DEMO_HISTORY_LAST_DAY],
  );
}
