import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The long form (issue 20): whether a household is in the sample, and the long-form answers of households and
 * persons (jsonb for what is not sealed and for refusals, bytea for the sealed values). The sample needs the server's
 * secret, which SQL does not hold: rows listed before this migration keep `long_form_sampled` null until the API's
 * next start fills it in (`backfillLongFormSample`), before it serves.
 *
 * Progress: households in the sample, those submitted, and refused items, counted by progress_rollup_refresh like the
 * other counters and copied into progress_daily. Each household and person row keeps its own number of refused
 * items (`long_form_refused`, written with its answers), so the refresh adds up numbers and never reads the jsonb:
 * a statement-level trigger that opened every row's answers made each bulk insert of the demo seed take 10-20 s.
 * Refusals by item are counted when read, from the rows with refusals only (the partial indexes below).
 */
const REFRESH = `CREATE OR REPLACE FUNCTION public.progress_rollup_refresh(zones text[])
 RETURNS void
 LANGUAGE plpgsql
AS $function$
DECLARE
  counties text[];
BEGIN
  IF zones IS NULL OR cardinality(zones) = 0 THEN
    RETURN;
  END IF;

  -- 1. One row per affected small zone, locked in code order.
  counties := ARRAY(SELECT DISTINCT county_key(code) FROM unnest(zones) AS z(code));
  INSERT INTO progress_rollup (county_code, small_zone_code)
    SELECT DISTINCT county_key(code), code FROM unnest(zones) AS z(code) ORDER BY 2
    ON CONFLICT (county_code, small_zone_code) DO NOTHING;
  PERFORM 1 FROM progress_rollup
   WHERE county_code = ANY (counties) AND small_zone_code = ANY (zones) ORDER BY small_zone_code FOR UPDATE;

  -- 2. Counters from scratch, with a fresh snapshot.
  WITH h AS (
    -- Every household of the zones with what its persons and visits say about it.
    SELECT h.small_zone_code AS code, h.status, h.stage, h.registration_method, h.long_form_sampled,
           coalesce(p.persons, 0) AS persons, coalesce(p.residents, 0) AS residents,
           h.long_form_refused + coalesce(p.long_form_refused, 0) AS long_form_refused,
           coalesce(v.visits, 0) AS visits, coalesce(v.failed, 0) AS failed,
           coalesce(v.completed, 0) AS completed, coalesce(v.refused, 0) AS refused
      FROM household h
      LEFT JOIN LATERAL (
        SELECT count(*) AS persons, count(*) FILTER (WHERE resident) AS residents,
               sum(long_form_refused) AS long_form_refused
          FROM person WHERE person.county_code = ANY (counties) AND person.county_code = h.county_code
             AND person.household_id = h.id) p ON TRUE
      LEFT JOIN LATERAL (
        SELECT count(*) AS visits,
               count(*) FILTER (WHERE outcome IN ('NOBODY_HOME', 'REFUSED')) AS failed,
               count(*) FILTER (WHERE outcome = 'COMPLETED') AS completed,
               count(*) FILTER (WHERE outcome = 'REFUSED') AS refused
          FROM visit WHERE visit.county_code = ANY (counties) AND visit.county_code = h.county_code
             AND visit.household_id = h.id) v ON TRUE
     WHERE h.county_code = ANY (counties) AND h.small_zone_code = ANY (zones)
  ), hh AS (
    SELECT code,
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
           -- 平台完成录入: past the listing stage, or at least one person recorded.
           count(*) FILTER (WHERE stage <> 'LISTED' OR persons > 0) AS entered,
           count(*) FILTER (WHERE residents > 0) AS resident,
           count(*) FILTER (WHERE visits > 0) AS visited,
           count(*) FILTER (WHERE failed >= 2 AND completed = 0) AS repeated_failure,
           count(*) FILTER (WHERE refused > 0 AND completed = 0) AS refusing,
           -- 长表: households in the sample, and those of them submitted (or approved).
           count(*) FILTER (WHERE long_form_sampled) AS long_form,
           count(*) FILTER (WHERE long_form_sampled AND stage IN ('SUBMITTED', 'APPROVED')) AS long_form_submitted,
           -- 长表拒答项数: the items refused in sampled households, their persons' included.
           coalesce(sum(long_form_refused) FILTER (WHERE long_form_sampled), 0) AS long_form_refused
      FROM h GROUP BY code
  ), pp AS (
    SELECT small_zone_code AS code,
           count(*) AS persons,
           count(*) FILTER (WHERE registered) AS registered,
           count(*) FILTER (WHERE resident) AS resident,
           count(*) FILTER (WHERE registered AND NOT resident) AS living_away,
           count(*) FILTER (WHERE resident AND NOT registered) AS floating
      FROM person WHERE county_code = ANY (counties) AND small_zone_code = ANY (zones) GROUP BY small_zone_code
  )
  UPDATE progress_rollup r SET
         households = coalesce(hh.households, 0),
         ordinary_households = coalesce(hh.ordinary, 0),
         vacant_households = coalesce(hh.vacant, 0),
         away_households = coalesce(hh.away, 0),
         deceased_households = coalesce(hh.deceased, 0),
         listed_households = coalesce(hh.listed, 0),
         enumerating_households = coalesce(hh.enumerating, 0),
         submitted_households = coalesce(hh.submitted, 0),
         approved_households = coalesce(hh.approved, 0),
         returned_households = coalesce(hh.returned, 0),
         self_reported_households = coalesce(hh.self_reported, 0),
         self_reported_done_households = coalesce(hh.self_reported_done, 0),
         entered_households = coalesce(hh.entered, 0),
         resident_households = coalesce(hh.resident, 0),
         visited_households = coalesce(hh.visited, 0),
         repeated_failure_households = coalesce(hh.repeated_failure, 0),
         refusing_households = coalesce(hh.refusing, 0),
         persons = coalesce(pp.persons, 0),
         registered_persons = coalesce(pp.registered, 0),
         resident_persons = coalesce(pp.resident, 0),
         living_away_persons = coalesce(pp.living_away, 0),
         floating_persons = coalesce(pp.floating, 0),
         long_form_households = coalesce(hh.long_form, 0),
         long_form_submitted_households = coalesce(hh.long_form_submitted, 0),
         long_form_refused_items = coalesce(hh.long_form_refused, 0)
    FROM unnest(zones) AS z(code)
    LEFT JOIN hh ON hh.code = z.code
    LEFT JOIN pp ON pp.code = z.code
   WHERE r.county_code = ANY (counties) AND r.small_zone_code = z.code;
END
$function$`;

const REFRESH_BEFORE = `CREATE OR REPLACE FUNCTION public.progress_rollup_refresh(zones text[])
 RETURNS void
 LANGUAGE plpgsql
AS $function$
DECLARE
  counties text[];
BEGIN
  IF zones IS NULL OR cardinality(zones) = 0 THEN
    RETURN;
  END IF;

  -- 1. One row per affected small zone, locked in code order.
  counties := ARRAY(SELECT DISTINCT county_key(code) FROM unnest(zones) AS z(code));
  INSERT INTO progress_rollup (county_code, small_zone_code)
    SELECT DISTINCT county_key(code), code FROM unnest(zones) AS z(code) ORDER BY 2
    ON CONFLICT (county_code, small_zone_code) DO NOTHING;
  PERFORM 1 FROM progress_rollup
   WHERE county_code = ANY (counties) AND small_zone_code = ANY (zones) ORDER BY small_zone_code FOR UPDATE;

  -- 2. Counters from scratch, with a fresh snapshot.
  WITH h AS (
    -- Every household of the zones with what its persons and visits say about it.
    SELECT h.small_zone_code AS code, h.status, h.stage, h.registration_method,
           coalesce(p.persons, 0) AS persons, coalesce(p.residents, 0) AS residents,
           coalesce(v.visits, 0) AS visits, coalesce(v.failed, 0) AS failed,
           coalesce(v.completed, 0) AS completed, coalesce(v.refused, 0) AS refused
      FROM household h
      LEFT JOIN LATERAL (
        SELECT count(*) AS persons, count(*) FILTER (WHERE resident) AS residents
          FROM person WHERE person.county_code = ANY (counties) AND person.county_code = h.county_code
             AND person.household_id = h.id) p ON TRUE
      LEFT JOIN LATERAL (
        SELECT count(*) AS visits,
               count(*) FILTER (WHERE outcome IN ('NOBODY_HOME', 'REFUSED')) AS failed,
               count(*) FILTER (WHERE outcome = 'COMPLETED') AS completed,
               count(*) FILTER (WHERE outcome = 'REFUSED') AS refused
          FROM visit WHERE visit.county_code = ANY (counties) AND visit.county_code = h.county_code
             AND visit.household_id = h.id) v ON TRUE
     WHERE h.county_code = ANY (counties) AND h.small_zone_code = ANY (zones)
  ), hh AS (
    SELECT code,
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
           -- 平台完成录入: past the listing stage, or at least one person recorded.
           count(*) FILTER (WHERE stage <> 'LISTED' OR persons > 0) AS entered,
           count(*) FILTER (WHERE residents > 0) AS resident,
           count(*) FILTER (WHERE visits > 0) AS visited,
           count(*) FILTER (WHERE failed >= 2 AND completed = 0) AS repeated_failure,
           count(*) FILTER (WHERE refused > 0 AND completed = 0) AS refusing
      FROM h GROUP BY code
  ), pp AS (
    SELECT small_zone_code AS code,
           count(*) AS persons,
           count(*) FILTER (WHERE registered) AS registered,
           count(*) FILTER (WHERE resident) AS resident,
           count(*) FILTER (WHERE registered AND NOT resident) AS living_away,
           count(*) FILTER (WHERE resident AND NOT registered) AS floating
      FROM person WHERE county_code = ANY (counties) AND small_zone_code = ANY (zones) GROUP BY small_zone_code
  )
  UPDATE progress_rollup r SET
         households = coalesce(hh.households, 0),
         ordinary_households = coalesce(hh.ordinary, 0),
         vacant_households = coalesce(hh.vacant, 0),
         away_households = coalesce(hh.away, 0),
         deceased_households = coalesce(hh.deceased, 0),
         listed_households = coalesce(hh.listed, 0),
         enumerating_households = coalesce(hh.enumerating, 0),
         submitted_households = coalesce(hh.submitted, 0),
         approved_households = coalesce(hh.approved, 0),
         returned_households = coalesce(hh.returned, 0),
         self_reported_households = coalesce(hh.self_reported, 0),
         self_reported_done_households = coalesce(hh.self_reported_done, 0),
         entered_households = coalesce(hh.entered, 0),
         resident_households = coalesce(hh.resident, 0),
         visited_households = coalesce(hh.visited, 0),
         repeated_failure_households = coalesce(hh.repeated_failure, 0),
         refusing_households = coalesce(hh.refusing, 0),
         persons = coalesce(pp.persons, 0),
         registered_persons = coalesce(pp.registered, 0),
         resident_persons = coalesce(pp.resident, 0),
         living_away_persons = coalesce(pp.living_away, 0),
         floating_persons = coalesce(pp.floating, 0)
    FROM unnest(zones) AS z(code)
    LEFT JOIN hh ON hh.code = z.code
    LEFT JOIN pp ON pp.code = z.code
   WHERE r.county_code = ANY (counties) AND r.small_zone_code = z.code;
END
$function$`;

const DAILY_RECORD = `CREATE OR REPLACE FUNCTION progress_daily_record() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO progress_daily (county_code, small_zone_code, day, households, ordinary_households, vacant_households, away_households, deceased_households, listed_households, enumerating_households, submitted_households, approved_households, returned_households, self_reported_households, self_reported_done_households, entered_households, resident_households, visited_households, repeated_failure_households, refusing_households, persons, registered_persons, resident_persons, living_away_persons, floating_persons, long_form_households, long_form_submitted_households, long_form_refused_items)
  SELECT county_code, small_zone_code, (clock_timestamp() AT TIME ZONE 'Asia/Shanghai')::date, households, ordinary_households, vacant_households, away_households, deceased_households, listed_households, enumerating_households, submitted_households, approved_households, returned_households, self_reported_households, self_reported_done_households, entered_households, resident_households, visited_households, repeated_failure_households, refusing_households, persons, registered_persons, resident_persons, living_away_persons, floating_persons, long_form_households, long_form_submitted_households, long_form_refused_items
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
         floating_persons = EXCLUDED.floating_persons,
         long_form_households = EXCLUDED.long_form_households,
         long_form_submitted_households = EXCLUDED.long_form_submitted_households,
         long_form_refused_items = EXCLUDED.long_form_refused_items;
  RETURN NULL;
END
$fn$`;

const DAILY_RECORD_BEFORE = `CREATE OR REPLACE FUNCTION progress_daily_record() RETURNS trigger LANGUAGE plpgsql AS $fn$
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

const COUNTERS = ['long_form_households', 'long_form_submitted_households', 'long_form_refused_items'];

export class LongForm1796319897264 implements MigrationInterface {
  name = 'LongForm1796319897264';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "household" ADD "long_form_sampled" boolean, ADD "long_form" jsonb, ADD "long_form_sealed" bytea, ` +
        `ADD "long_form_refused" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "person" ADD "long_form" jsonb, ADD "long_form_sealed" bytea, ` +
        `ADD "long_form_refused" integer NOT NULL DEFAULT '0'`,
    );
    for (const table of ['household', 'person']) {
      await queryRunner.query(
        `CREATE INDEX "${table}_long_form_refused_idx" ON "${table}"  ("county_code", "small_zone_code") ` +
          `WHERE "long_form_refused" > 0`,
      );
    }
    for (const table of ['progress_rollup', 'progress_daily']) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ${COUNTERS.map((c) => `ADD "${c}" integer NOT NULL DEFAULT '0'`).join(', ')}`,
      );
    }
    await queryRunner.query(REFRESH);
    await queryRunner.query(DAILY_RECORD);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DAILY_RECORD_BEFORE);
    await queryRunner.query(REFRESH_BEFORE);
    for (const table of ['progress_daily', 'progress_rollup']) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ${COUNTERS.map((c) => `DROP COLUMN "${c}"`).join(', ')}`,
      );
    }
    for (const table of ['person', 'household']) {
      await queryRunner.query(`DROP INDEX "public"."${table}_long_form_refused_idx"`);
    }
    await queryRunner.query(
      `ALTER TABLE "person" DROP COLUMN "long_form_refused", DROP COLUMN "long_form_sealed", DROP COLUMN "long_form"`,
    );
    await queryRunner.query(
      `ALTER TABLE "household" DROP COLUMN "long_form_refused", DROP COLUMN "long_form_sealed", ` +
        `DROP COLUMN "long_form", DROP COLUMN "long_form_sampled"`,
    );
  }
}
