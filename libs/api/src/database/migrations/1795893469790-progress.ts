import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recomputes the progress_rollup rows of the given small zones from the base tables.
 *
 * Why it stays exact under concurrent writes (READ COMMITTED): step 1 makes sure each affected small zone has a
 * row and locks those rows in code order (no deadlocks between two writers); a concurrent writer of the same
 * small zone waits here until the other commits. Step 2 is a new statement, so it takes a new snapshot that
 * sees every committed change plus this transaction's own, and writes the counters from scratch. The lock is
 * held until commit, so no later writer can compute from a snapshot that misses this change. Under REPEATABLE
 * READ or SERIALIZABLE a concurrent change of the same row makes step 1 fail with a serialization error instead
 * of writing stale counters. A small zone holds ~100 households and ~250 persons, so a recompute reads a few
 * hundred index entries: cheap per write, and trivially right for inserts, updates, moves and deletes.
 */
const REFRESH_FUNCTION = `
CREATE FUNCTION progress_rollup_refresh(zones text[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF zones IS NULL OR cardinality(zones) = 0 THEN
    RETURN;
  END IF;

  -- 1. One row per affected small zone, locked in code order.
  INSERT INTO progress_rollup (small_zone_code)
    SELECT DISTINCT code FROM unnest(zones) AS z(code) ORDER BY code
    ON CONFLICT (small_zone_code) DO NOTHING;
  PERFORM 1 FROM progress_rollup WHERE small_zone_code = ANY (zones) ORDER BY small_zone_code FOR UPDATE;

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
          FROM person WHERE person.household_id = h.id) p ON TRUE
      LEFT JOIN LATERAL (
        SELECT count(*) AS visits,
               count(*) FILTER (WHERE outcome IN ('NOBODY_HOME', 'REFUSED')) AS failed,
               count(*) FILTER (WHERE outcome = 'COMPLETED') AS completed,
               count(*) FILTER (WHERE outcome = 'REFUSED') AS refused
          FROM visit WHERE visit.household_id = h.id) v ON TRUE
     WHERE h.small_zone_code = ANY (zones)
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
      FROM person WHERE small_zone_code = ANY (zones) GROUP BY small_zone_code
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
   WHERE r.small_zone_code = z.code;
END
$fn$`;

/**
 * Statement-level trigger function shared by household, person and visit: collects the small zones the
 * statement touched from its transition tables (old and new rows, so a move refreshes both zones) and refreshes
 * them once per statement, however many rows a multi-row INSERT or UPDATE carried.
 */
const TOUCH_FUNCTION = `
CREATE FUNCTION progress_rollup_touch() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM progress_rollup_refresh(ARRAY(SELECT DISTINCT small_zone_code FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM progress_rollup_refresh(ARRAY(
      SELECT small_zone_code FROM new_rows UNION SELECT small_zone_code FROM old_rows));
  ELSE
    PERFORM progress_rollup_refresh(ARRAY(SELECT DISTINCT small_zone_code FROM old_rows));
  END IF;
  RETURN NULL;
END
$fn$`;

const TRIGGERED_TABLES = ['household', 'person', 'visit'] as const;

function createTriggers(table: string): string[] {
  return [
    `CREATE TRIGGER ${table}_progress_insert AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS new_rows
       FOR EACH STATEMENT EXECUTE FUNCTION progress_rollup_touch()`,
    `CREATE TRIGGER ${table}_progress_update AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
       FOR EACH STATEMENT EXECUTE FUNCTION progress_rollup_touch()`,
    `CREATE TRIGGER ${table}_progress_delete AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS old_rows
       FOR EACH STATEMENT EXECUTE FUNCTION progress_rollup_touch()`,
  ];
}

export class Progress1795893469790 implements MigrationInterface {
  name = 'Progress1795893469790';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "progress_rollup" ("small_zone_code" character varying(15) COLLATE "C" NOT NULL, "households" integer NOT NULL DEFAULT '0', "ordinary_households" integer NOT NULL DEFAULT '0', "vacant_households" integer NOT NULL DEFAULT '0', "away_households" integer NOT NULL DEFAULT '0', "deceased_households" integer NOT NULL DEFAULT '0', "listed_households" integer NOT NULL DEFAULT '0', "enumerating_households" integer NOT NULL DEFAULT '0', "submitted_households" integer NOT NULL DEFAULT '0', "approved_households" integer NOT NULL DEFAULT '0', "returned_households" integer NOT NULL DEFAULT '0', "self_reported_households" integer NOT NULL DEFAULT '0', "self_reported_done_households" integer NOT NULL DEFAULT '0', "entered_households" integer NOT NULL DEFAULT '0', "resident_households" integer NOT NULL DEFAULT '0', "visited_households" integer NOT NULL DEFAULT '0', "repeated_failure_households" integer NOT NULL DEFAULT '0', "refusing_households" integer NOT NULL DEFAULT '0', "persons" integer NOT NULL DEFAULT '0', "registered_persons" integer NOT NULL DEFAULT '0', "resident_persons" integer NOT NULL DEFAULT '0', "living_away_persons" integer NOT NULL DEFAULT '0', "floating_persons" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_0f8dcadc064fbb7d77e53af52da" PRIMARY KEY ("small_zone_code"))`,
    );
    await queryRunner.query(REFRESH_FUNCTION);
    await queryRunner.query(TOUCH_FUNCTION);
    for (const table of TRIGGERED_TABLES) {
      for (const statement of createTriggers(table)) await queryRunner.query(statement);
    }
    // Backfill: one row per existing small zone, computed from the rows already there.
    await queryRunner.query(
      `SELECT progress_rollup_refresh(ARRAY(SELECT code FROM zone WHERE level = 'SMALL_ZONE'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TRIGGERED_TABLES) {
      for (const event of ['insert', 'update', 'delete']) {
        await queryRunner.query(`DROP TRIGGER ${table}_progress_${event} ON "${table}"`);
      }
    }
    await queryRunner.query(`DROP FUNCTION progress_rollup_touch()`);
    await queryRunner.query(`DROP FUNCTION progress_rollup_refresh(text[])`);
    await queryRunner.query(`DROP TABLE "progress_rollup"`);
  }
}
