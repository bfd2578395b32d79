import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The counters of progress_rollup, all copied into progress_daily. */
export const DAILY_COUNTERS = [
  'households',
  'ordinary_households',
  'vacant_households',
  'away_households',
  'deceased_households',
  'listed_households',
  'enumerating_households',
  'submitted_households',
  'approved_households',
  'returned_households',
  'self_reported_households',
  'self_reported_done_households',
  'entered_households',
  'resident_households',
  'visited_households',
  'repeated_failure_households',
  'refusing_households',
  'persons',
  'registered_persons',
  'resident_persons',
  'living_away_persons',
  'floating_persons',
];

/**
 * Statement-level trigger function on progress_rollup: upserts, for every roll-up row the statement wrote, the row
 * of the current Beijing day in progress_daily with the same counters. progress_rollup_refresh locks the small
 * zone's roll-up row before it rewrites it, so the writes of one zone are serialised and the last one of a day (by
 * the clock when it ran, under that lock) leaves the day's row equal to the roll-up at the end of that day.
 */
const RECORD_FUNCTION = `
CREATE FUNCTION progress_daily_record() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO progress_daily (county_code, small_zone_code, day, households, ordinary_households, vacant_households, away_households, deceased_households, listed_households, enumerating_households, submitted_households, approved_households, returned_households, self_reported_households, self_reported_done_households, entered_households, resident_households, visited_households, repeated_failure_households, refusing_households, persons, registered_persons, resident_persons, living_away_persons, floating_persons)
  SELECT county_code, small_zone_code, (clock_timestamp() AT TIME ZONE 'Asia/Shanghai')::date, households, ordinary_households, vacant_households, away_households, deceased_households, listed_households, enumerating_households, submitted_households, approved_households, returned_households, self_reported_households, self_reported_done_households, entered_households, resident_households, visited_households, repeated_failure_households, refusing_households, persons, registered_persons, resident_persons, living_away_persons, floating_persons
    FROM new_rows
   ORDER BY county_code, small_zone_code
  ON CONFLICT (county_code, small_zone_code, day) DO UPDATE SET
         households = EXCLUDED.households,
         ordinary_households = EXCLUDED.ordinary_households,
         vacant_households = EXCLUDED.vacant_households,
         away_households = EXCLUDED.away_households,
         deceased_households = EXCLUDED.deceased_households,
         listed_households = EXCLUDED.listed_households,
         enumerating_households = EXCLUDED.enumerating_households,
         submitted_households = EXCLUDED.submitted_households,
         approved_households = EXCLUDED.approved_households,
         returned_households = EXCLUDED.returned_households,
         self_reported_households = EXCLUDED.self_reported_households,
         self_reported_done_households = EXCLUDED.self_reported_done_households,
         entered_households = EXCLUDED.entered_households,
         resident_households = EXCLUDED.resident_households,
         visited_households = EXCLUDED.visited_households,
         repeated_failure_households = EXCLUDED.repeated_failure_households,
         refusing_households = EXCLUDED.refusing_households,
         persons = EXCLUDED.persons,
         registered_persons = EXCLUDED.registered_persons,
         resident_persons = EXCLUDED.resident_persons,
         living_away_persons = EXCLUDED.living_away_persons,
         floating_persons = EXCLUDED.floating_persons;
  RETURN NULL;
END
$fn$`;

/**
 * Days before progress_daily existed (or demo history): the counters of every small zone of `counties` at the end of
 * each Beijing day from `first_day` to `last_day`, replayed from the base tables. A household counts from the day it
 * was created (created_at), a person likewise, a visit from the day it was made; a household's stage that day is the
 * target of its last household_event up to the end of the day (LISTED before any). Status, kind of registration and
 * the persons' items keep no history: they are taken as they are now, and rows deleted since are not seen. Days that
 * already have a row are left alone (recorded rows are exact).
 */
export const REPLAY_FUNCTION = `
CREATE FUNCTION progress_daily_replay(counties text[], first_day date, last_day date) RETURNS void LANGUAGE sql AS $fn$
  WITH days AS (
    SELECT d::date AS day FROM generate_series(first_day, last_day, interval '1 day') d
  ), ev AS (
    -- The last stage of each household on each day it changed, and its first event.
    SELECT DISTINCT ON (e.county_code, e.household_id, (e.at AT TIME ZONE 'Asia/Shanghai')::date)
           e.county_code, e.household_id, (e.at AT TIME ZONE 'Asia/Shanghai')::date AS day, e.to_stage
      FROM household_event e
     WHERE e.county_code = ANY (counties)
     ORDER BY e.county_code, e.household_id, (e.at AT TIME ZONE 'Asia/Shanghai')::date, e.at DESC, e.id DESC
  ), stage_span AS (
    SELECT county_code, household_id, to_stage AS stage, day AS since,
           lead(day) OVER (PARTITION BY county_code, household_id ORDER BY day) AS until
      FROM ev
  ), vd AS (
    SELECT v.county_code, v.household_id, (v.visited_at AT TIME ZONE 'Asia/Shanghai')::date AS day,
           count(*) AS visits,
           count(*) FILTER (WHERE v.outcome IN ('NOBODY_HOME', 'REFUSED')) AS failed,
           count(*) FILTER (WHERE v.outcome = 'COMPLETED') AS completed,
           count(*) FILTER (WHERE v.outcome = 'REFUSED') AS refused
      FROM visit v WHERE v.county_code = ANY (counties) GROUP BY 1, 2, 3
  ), visit_span AS (
    SELECT county_code, household_id, day AS since,
           lead(day) OVER w AS until,
           sum(visits) OVER w AS visits, sum(failed) OVER w AS failed,
           sum(completed) OVER w AS completed, sum(refused) OVER w AS refused
      FROM vd WINDOW w AS (PARTITION BY county_code, household_id ORDER BY day)
  ), pd AS (
    SELECT county_code, household_id, (created_at AT TIME ZONE 'Asia/Shanghai')::date AS day, count(*) AS persons,
           count(*) FILTER (WHERE registered) AS registered, count(*) FILTER (WHERE resident) AS resident,
           count(*) FILTER (WHERE registered AND NOT resident) AS living_away,
           count(*) FILTER (WHERE resident AND NOT registered) AS floating
      FROM person WHERE county_code = ANY (counties) GROUP BY 1, 2, 3
  ), person_span AS (
    SELECT county_code, household_id, day AS since, lead(day) OVER w AS until,
           sum(persons) OVER w AS persons, sum(registered) OVER w AS registered,
           sum(resident) OVER w AS resident, sum(living_away) OVER w AS living_away,
           sum(floating) OVER w AS floating
      FROM pd WINDOW w AS (PARTITION BY county_code, household_id ORDER BY day)
  ), hd AS (
    -- Every household on every day it existed, with what it was that day.
    SELECT h.county_code, h.small_zone_code AS code, d.day, h.status, h.registration_method,
           coalesce(s.stage, 'LISTED') AS stage,
           coalesce(p.persons, 0) AS persons, coalesce(p.registered, 0) AS registered,
           coalesce(p.resident, 0) AS resident, coalesce(p.living_away, 0) AS living_away,
           coalesce(p.floating, 0) AS floating,
           coalesce(vs.visits, 0) AS visits, coalesce(vs.failed, 0) AS failed,
           coalesce(vs.completed, 0) AS completed, coalesce(vs.refused, 0) AS refused
      FROM household h
      JOIN days d ON (h.created_at AT TIME ZONE 'Asia/Shanghai')::date <= d.day
      LEFT JOIN stage_span s ON s.county_code = h.county_code AND s.household_id = h.id
            AND s.since <= d.day AND (s.until IS NULL OR d.day < s.until)
      LEFT JOIN visit_span vs ON vs.county_code = h.county_code AND vs.household_id = h.id
            AND vs.since <= d.day AND (vs.until IS NULL OR d.day < vs.until)
      LEFT JOIN person_span p ON p.county_code = h.county_code AND p.household_id = h.id
            AND p.since <= d.day AND (p.until IS NULL OR d.day < p.until)
     WHERE h.county_code = ANY (counties)
  ), zd AS (
    SELECT county_code, code, day,
           count(*) AS households,
           count(*) FILTER (WHERE status = 'ORDINARY') AS ordinary,
           count(*) FILTER (WHERE status = 'VACANT') AS vacant,
           count(*) FILTER (WHERE status = 'AWAY') AS away,
           count(*) FILTER (WHERE status = 'DECEASED') AS deceased,
           count(*) FILTER (WHERE stage = 'LISTED') AS listed,
           count(*) FILTER (WHERE stage = 'ENUMERATING') AS enumerating,
           count(*) FILTER (WHERE stage = 'SUBMITTED') AS submitted,
           count(*) FILTER (WHERE stage = 'APPROVED') AS approved,
           count(*) FILTER (WHERE stage = 'RETURNED') AS returned,
           count(*) FILTER (WHERE registration_method = 'SELF_REPORT') AS self_reported,
           count(*) FILTER (WHERE registration_method = 'SELF_REPORT' AND stage IN ('SUBMITTED', 'APPROVED')) AS self_reported_done,
           count(*) FILTER (WHERE stage <> 'LISTED' OR persons > 0) AS entered,
           count(*) FILTER (WHERE resident > 0) AS resident_households,
           count(*) FILTER (WHERE visits > 0) AS visited,
           count(*) FILTER (WHERE failed >= 2 AND completed = 0) AS repeated_failure,
           count(*) FILTER (WHERE refused > 0 AND completed = 0) AS refusing,
           sum(persons) AS persons, sum(registered) AS registered, sum(resident) AS resident,
           sum(living_away) AS living_away, sum(floating) AS floating
      FROM hd GROUP BY 1, 2, 3
  )
  INSERT INTO progress_daily (county_code, small_zone_code, day, households, ordinary_households, vacant_households, away_households, deceased_households, listed_households, enumerating_households, submitted_households, approved_households, returned_households, self_reported_households, self_reported_done_households, entered_households, resident_households, visited_households, repeated_failure_households, refusing_households, persons, registered_persons, resident_persons, living_away_persons, floating_persons)
  SELECT county_code, code, day, households, ordinary, vacant, away, deceased, listed, enumerating, submitted,
         approved, returned, self_reported, self_reported_done, entered, resident_households, visited,
         repeated_failure, refusing, persons, registered, resident, living_away, floating
    FROM zd ORDER BY 1, 2, 3
  ON CONFLICT (county_code, small_zone_code, day) DO NOTHING
$fn$`;

/**
 * Issue 18, progress over time: progress_daily keeps the roll-up of every small zone for every Beijing day (the
 * figures at the end of the day), written by a trigger on progress_rollup in the same transaction. Backfill: today's
 * row from the roll-up as it is, earlier days replayed from household_event and visit (progress_daily_replay).
 */
export class ProgressDaily1796306472916 implements MigrationInterface {
  name = 'ProgressDaily1796306472916';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "progress_daily" ("county_code" character varying(6) COLLATE "C" NOT NULL, "small_zone_code" character varying(15) COLLATE "C" NOT NULL, "day" date NOT NULL, "households" integer NOT NULL DEFAULT '0', "ordinary_households" integer NOT NULL DEFAULT '0', "vacant_households" integer NOT NULL DEFAULT '0', "away_households" integer NOT NULL DEFAULT '0', "deceased_households" integer NOT NULL DEFAULT '0', "listed_households" integer NOT NULL DEFAULT '0', "enumerating_households" integer NOT NULL DEFAULT '0', "submitted_households" integer NOT NULL DEFAULT '0', "approved_households" integer NOT NULL DEFAULT '0', "returned_households" integer NOT NULL DEFAULT '0', "self_reported_households" integer NOT NULL DEFAULT '0', "self_reported_done_households" integer NOT NULL DEFAULT '0', "entered_households" integer NOT NULL DEFAULT '0', "resident_households" integer NOT NULL DEFAULT '0', "visited_households" integer NOT NULL DEFAULT '0', "repeated_failure_households" integer NOT NULL DEFAULT '0', "refusing_households" integer NOT NULL DEFAULT '0', "persons" integer NOT NULL DEFAULT '0', "registered_persons" integer NOT NULL DEFAULT '0', "resident_persons" integer NOT NULL DEFAULT '0', "living_away_persons" integer NOT NULL DEFAULT '0', "floating_persons" integer NOT NULL DEFAULT '0', CONSTRAINT "progress_daily_county_code" CHECK ("county_code" = county_key("small_zone_code")), CONSTRAINT "PK_progress_daily" PRIMARY KEY ("county_code", "small_zone_code", "day"))`,
    );
    await queryRunner.query(RECORD_FUNCTION);
    await queryRunner.query(REPLAY_FUNCTION);
    await queryRunner.query(
      `CREATE TRIGGER progress_rollup_daily_insert AFTER INSERT ON "progress_rollup" REFERENCING NEW TABLE AS new_rows
         FOR EACH STATEMENT EXECUTE FUNCTION progress_daily_record()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER progress_rollup_daily_update AFTER UPDATE ON "progress_rollup" REFERENCING NEW TABLE AS new_rows
         FOR EACH STATEMENT EXECUTE FUNCTION progress_daily_record()`,
    );
    // Backfill: today from the roll-up, the days before from the history of every county.
    await queryRunner.query(
      `INSERT INTO progress_daily (county_code, small_zone_code, day, households, ordinary_households, vacant_households, away_households, deceased_households, listed_households, enumerating_households, submitted_households, approved_households, returned_households, self_reported_households, self_reported_done_households, entered_households, resident_households, visited_households, repeated_failure_households, refusing_households, persons, registered_persons, resident_persons, living_away_persons, floating_persons)
       SELECT county_code, small_zone_code, (now() AT TIME ZONE 'Asia/Shanghai')::date, households, ordinary_households, vacant_households, away_households, deceased_households, listed_households, enumerating_households, submitted_households, approved_households, returned_households, self_reported_households, self_reported_done_households, entered_households, resident_households, visited_households, repeated_failure_households, refusing_households, persons, registered_persons, resident_persons, living_away_persons, floating_persons FROM progress_rollup`,
    );
    await queryRunner.query(
      `SELECT progress_daily_replay(ARRAY(SELECT DISTINCT county_code FROM household), first_day,
                                    (now() AT TIME ZONE 'Asia/Shanghai')::date - 1)
         FROM (SELECT min((created_at AT TIME ZONE 'Asia/Shanghai')::date) AS first_day
                 FROM household) f
        WHERE first_day IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER progress_rollup_daily_update ON "progress_rollup"`);
    await queryRunner.query(`DROP TRIGGER progress_rollup_daily_insert ON "progress_rollup"`);
    await queryRunner.query(`DROP FUNCTION progress_daily_replay(text[], date, date)`);
    await queryRunner.query(`DROP FUNCTION progress_daily_record()`);
    await queryRunner.query(`DROP TABLE "progress_daily"`);
  }
}
