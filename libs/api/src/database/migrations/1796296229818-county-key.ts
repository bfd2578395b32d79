import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The county in every key (docs/scaling.md). Every county-owned table gets `county_code` (county_key of its zone,
 * kept equal by a CHECK), first in its primary key, in its unique constraints and in the foreign keys between
 * these tables, so that the tables can be partitioned or distributed (Citus) by county and a statement naming the
 * county reaches one partition. The change-log and progress triggers write and read by county as well.
 */
export class CountyKey1796296229818 implements MigrationInterface {
  name = 'CountyKey1796296229818';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION county_key(code text) RETURNS varchar LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN rpad(left(code, 6), 6, '0')`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "person_household_fk"`);
    await queryRunner.query(`ALTER TABLE "household" DROP CONSTRAINT "household_building_fk"`);
    await queryRunner.query(`ALTER TABLE "visit" DROP CONSTRAINT "visit_household_fk"`);
    await queryRunner.query(`ALTER TABLE "appointment" DROP CONSTRAINT "appointment_household_fk"`);
    await queryRunner.query(`ALTER TABLE "problem" DROP CONSTRAINT "problem_building_fk"`);
    await queryRunner.query(`ALTER TABLE "problem" DROP CONSTRAINT "problem_household_fk"`);
    await queryRunner.query(`ALTER TABLE "problem" DROP CONSTRAINT "problem_person_fk"`);
    await queryRunner.query(`ALTER TABLE "building" DROP CONSTRAINT "building_small_zone_number_key"`);
    await queryRunner.query(`ALTER TABLE "household" DROP CONSTRAINT "household_small_zone_number_key"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "person_household_line_key"`);
    await queryRunner.query(`DROP INDEX "household_self_report_code_key"`);
    await queryRunner.query(`DROP INDEX "registry_person_citizen_id_hash_key"`);
    await queryRunner.query(`DROP INDEX "grid_household_zone_grid_address_key"`);
    await queryRunner.query(`DROP INDEX "meter_reading_meter_month_key"`);
    await queryRunner.query(`ALTER TABLE "building" ADD "county_code" character varying(6) COLLATE "C"`);
    await queryRunner.query(`ALTER TABLE "building" DISABLE TRIGGER USER`);
    await queryRunner.query(`UPDATE "building" SET "county_code" = county_key("small_zone_code")`);
    await queryRunner.query(`ALTER TABLE "building" ENABLE TRIGGER USER`);
    await queryRunner.query(`ALTER TABLE "building" ALTER COLUMN "county_code" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "building" ADD CONSTRAINT "building_county_code" CHECK ("county_code" = county_key("small_zone_code"))`,
    );
    await queryRunner.query(`ALTER TABLE "building" DROP CONSTRAINT "PK_bbfaf6c11f141a22d2ab105ee5f"`);
    await queryRunner.query(
      `ALTER TABLE "building" ADD CONSTRAINT "PK_af9329332816c3ea71ff4acdcf0" PRIMARY KEY ("county_code", "id")`,
    );
    await queryRunner.query(`ALTER TABLE "household" ADD "county_code" character varying(6) COLLATE "C"`);
    await queryRunner.query(`ALTER TABLE "household" DISABLE TRIGGER USER`);
    await queryRunner.query(`UPDATE "household" SET "county_code" = county_key("small_zone_code")`);
    await queryRunner.query(`ALTER TABLE "household" ENABLE TRIGGER USER`);
    await queryRunner.query(`ALTER TABLE "household" ALTER COLUMN "county_code" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "household" ADD CONSTRAINT "household_county_code" CHECK ("county_code" = county_key("small_zone_code"))`,
    );
    await queryRunner.query(`ALTER TABLE "household" DROP CONSTRAINT "PK_26e9111eab2b8908fefe3c645f5"`);
    await queryRunner.query(
      `ALTER TABLE "household" ADD CONSTRAINT "PK_c8af93d689137a55f9595517c27" PRIMARY KEY ("county_code", "id")`,
    );
    await queryRunner.query(`ALTER TABLE "person" ADD "county_code" character varying(6) COLLATE "C"`);
    await queryRunner.query(`ALTER TABLE "person" DISABLE TRIGGER USER`);
    await queryRunner.query(`UPDATE "person" SET "county_code" = county_key("small_zone_code")`);
    await queryRunner.query(`ALTER TABLE "person" ENABLE TRIGGER USER`);
    await queryRunner.query(`ALTER TABLE "person" ALTER COLUMN "county_code" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "person_county_code" CHECK ("county_code" = county_key("small_zone_code"))`,
    );
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3"`);
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "PK_71712ff3a6a7c183375f75184da" PRIMARY KEY ("county_code", "id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "household_event" ADD "county_code" character varying(6) COLLATE "C"`,
    );
    await queryRunner.query(`ALTER TABLE "household_event" DISABLE TRIGGER USER`);
    await queryRunner.query(`UPDATE "household_event" SET "county_code" = county_key("small_zone_code")`);
    await queryRunner.query(`ALTER TABLE "household_event" ENABLE TRIGGER USER`);
    await queryRunner.query(`ALTER TABLE "household_event" ALTER COLUMN "county_code" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "household_event" ADD CONSTRAINT "household_event_county_code" CHECK ("county_code" = county_key("small_zone_code"))`,
    );
    await queryRunner.query(`ALTER TABLE "household_event" DROP CONSTRAINT "PK_b5b7cd1216e9d36075195c201ec"`);
    await queryRunner.query(
      `ALTER TABLE "household_event" ADD CONSTRAINT "PK_be0d59152b1b0832163389aaf90" PRIMARY KEY ("county_code", "id")`,
    );
    await queryRunner.query(`ALTER TABLE "visit" ADD "county_code" character varying(6) COLLATE "C"`);
    await queryRunner.query(`ALTER TABLE "visit" DISABLE TRIGGER USER`);
    await queryRunner.query(`UPDATE "visit" SET "county_code" = county_key("small_zone_code")`);
    await queryRunner.query(`ALTER TABLE "visit" ENABLE TRIGGER USER`);
    await queryRunner.query(`ALTER TABLE "visit" ALTER COLUMN "county_code" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "visit" ADD CONSTRAINT "visit_county_code" CHECK ("county_code" = county_key("small_zone_code"))`,
    );
    await queryRunner.query(`ALTER TABLE "visit" DROP CONSTRAINT "PK_c9919ef5a07627657c535d8eb88"`);
    await queryRunner.query(
      `ALTER TABLE "visit" ADD CONSTRAINT "PK_e8670e82fc9e1f1cc1b996b0633" PRIMARY KEY ("county_code", "id")`,
    );
    await queryRunner.query(`ALTER TABLE "appointment" ADD "county_code" character varying(6) COLLATE "C"`);
    await queryRunner.query(`ALTER TABLE "appointment" DISABLE TRIGGER USER`);
    await queryRunner.query(`UPDATE "appointment" SET "county_code" = county_key("small_zone_code")`);
    await queryRunner.query(`ALTER TABLE "appointment" ENABLE TRIGGER USER`);
    await queryRunner.query(`ALTER TABLE "appointment" ALTER COLUMN "county_code" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "appointment" ADD CONSTRAINT "appointment_county_code" CHECK ("county_code" = county_key("small_zone_code"))`,
    );
    await queryRunner.query(`ALTER TABLE "appointment" DROP CONSTRAINT "PK_e8be1a53027415e709ce8a2db74"`);
    await queryRunner.query(
      `ALTER TABLE "appointment" ADD CONSTRAINT "PK_3f079b78e103789fcf921028746" PRIMARY KEY ("county_code", "id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "small_zone_assignment" ADD "county_code" character varying(6) COLLATE "C"`,
    );
    await queryRunner.query(`ALTER TABLE "small_zone_assignment" DISABLE TRIGGER USER`);
    await queryRunner.query(
      `UPDATE "small_zone_assignment" SET "county_code" = county_key("small_zone_code")`,
    );
    await queryRunner.query(`ALTER TABLE "small_zone_assignment" ENABLE TRIGGER USER`);
    await queryRunner.query(`ALTER TABLE "small_zone_assignment" ALTER COLUMN "county_code" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "small_zone_assignment" ADD CONSTRAINT "small_zone_assignment_county_code" CHECK ("county_code" = county_key("small_zone_code"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "small_zone_assignment" DROP CONSTRAINT "PK_7c3e6330b578cfb5c35809cec5a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "small_zone_assignment" ADD CONSTRAINT "PK_19949cee3a9786149d20a0f26d5" PRIMARY KEY ("county_code", "id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_rollup" ADD "county_code" character varying(6) COLLATE "C"`,
    );
    await queryRunner.query(`ALTER TABLE "progress_rollup" DISABLE TRIGGER USER`);
    await queryRunner.query(`UPDATE "progress_rollup" SET "county_code" = county_key("small_zone_code")`);
    await queryRunner.query(`ALTER TABLE "progress_rollup" ENABLE TRIGGER USER`);
    await queryRunner.query(`ALTER TABLE "progress_rollup" ALTER COLUMN "county_code" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "progress_rollup" ADD CONSTRAINT "progress_rollup_county_code" CHECK ("county_code" = county_key("small_zone_code"))`,
    );
    await queryRunner.query(`ALTER TABLE "progress_rollup" DROP CONSTRAINT "PK_0f8dcadc064fbb7d77e53af52da"`);
    await queryRunner.query(
      `ALTER TABLE "progress_rollup" ADD CONSTRAINT "PK_55e3227ba3fafd7eaf4d79d6e3f" PRIMARY KEY ("county_code", "small_zone_code")`,
    );
    await queryRunner.query(`ALTER TABLE "problem" ADD "county_code" character varying(6) COLLATE "C"`);
    await queryRunner.query(`ALTER TABLE "problem" DISABLE TRIGGER USER`);
    await queryRunner.query(`UPDATE "problem" SET "county_code" = county_key("zone_code")`);
    await queryRunner.query(`ALTER TABLE "problem" ENABLE TRIGGER USER`);
    await queryRunner.query(`ALTER TABLE "problem" ALTER COLUMN "county_code" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "problem" ADD CONSTRAINT "problem_county_code" CHECK ("county_code" = county_key("zone_code"))`,
    );
    await queryRunner.query(`ALTER TABLE "problem" DROP CONSTRAINT "PK_119b5ca6f3371465bf1f0f90219"`);
    await queryRunner.query(
      `ALTER TABLE "problem" ADD CONSTRAINT "PK_a94f9bb3dda4a4bd7aa60c524f8" PRIMARY KEY ("county_code", "id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "registry_person" ADD "county_code" character varying(6) COLLATE "C"`,
    );
    await queryRunner.query(`ALTER TABLE "registry_person" DISABLE TRIGGER USER`);
    await queryRunner.query(`UPDATE "registry_person" SET "county_code" = county_key("zone_code")`);
    await queryRunner.query(`ALTER TABLE "registry_person" ENABLE TRIGGER USER`);
    await queryRunner.query(`ALTER TABLE "registry_person" ALTER COLUMN "county_code" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "registry_person" ADD CONSTRAINT "registry_person_county_code" CHECK ("county_code" = county_key("zone_code"))`,
    );
    await queryRunner.query(`ALTER TABLE "registry_person" DROP CONSTRAINT "PK_5d8fdf9ca21a73eb471fe74a46e"`);
    await queryRunner.query(
      `ALTER TABLE "registry_person" ADD CONSTRAINT "PK_ea33531ddc3be0d29359dc0da5f" PRIMARY KEY ("county_code", "id")`,
    );
    await queryRunner.query(`ALTER TABLE "meter_reading" ADD "county_code" character varying(6) COLLATE "C"`);
    await queryRunner.query(`ALTER TABLE "meter_reading" DISABLE TRIGGER USER`);
    await queryRunner.query(`UPDATE "meter_reading" SET "county_code" = county_key("zone_code")`);
    await queryRunner.query(`ALTER TABLE "meter_reading" ENABLE TRIGGER USER`);
    await queryRunner.query(`ALTER TABLE "meter_reading" ALTER COLUMN "county_code" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "meter_reading" ADD CONSTRAINT "meter_reading_county_code" CHECK ("county_code" = county_key("zone_code"))`,
    );
    await queryRunner.query(`ALTER TABLE "meter_reading" DROP CONSTRAINT "PK_933383ce48c42f14109fdaed881"`);
    await queryRunner.query(
      `ALTER TABLE "meter_reading" ADD CONSTRAINT "PK_1aeae3be115819fd71b496e2b04" PRIMARY KEY ("county_code", "id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "grid_household" ADD "county_code" character varying(6) COLLATE "C"`,
    );
    await queryRunner.query(`ALTER TABLE "grid_household" DISABLE TRIGGER USER`);
    await queryRunner.query(`UPDATE "grid_household" SET "county_code" = county_key("zone_code")`);
    await queryRunner.query(`ALTER TABLE "grid_household" ENABLE TRIGGER USER`);
    await queryRunner.query(`ALTER TABLE "grid_household" ALTER COLUMN "county_code" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "grid_household" ADD CONSTRAINT "grid_household_county_code" CHECK ("county_code" = county_key("zone_code"))`,
    );
    await queryRunner.query(`ALTER TABLE "grid_household" DROP CONSTRAINT "PK_59adae13a3482228bf63495275d"`);
    await queryRunner.query(
      `ALTER TABLE "grid_household" ADD CONSTRAINT "PK_01e5b13dee61193c35ee4227ad7" PRIMARY KEY ("county_code", "id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "worklist_outcome" ADD "county_code" character varying(6) COLLATE "C"`,
    );
    await queryRunner.query(`ALTER TABLE "worklist_outcome" DISABLE TRIGGER USER`);
    await queryRunner.query(`UPDATE "worklist_outcome" SET "county_code" = county_key("zone_code")`);
    await queryRunner.query(`ALTER TABLE "worklist_outcome" ENABLE TRIGGER USER`);
    await queryRunner.query(`ALTER TABLE "worklist_outcome" ALTER COLUMN "county_code" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "worklist_outcome" ADD CONSTRAINT "worklist_outcome_county_code" CHECK ("county_code" = county_key("zone_code"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "worklist_outcome" DROP CONSTRAINT "PK_7a140e4a8c75a5b3b5f088da39b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "worklist_outcome" ADD CONSTRAINT "PK_daec5523fceef73de47fc976f92" PRIMARY KEY ("county_code", "item_key")`,
    );
    await queryRunner.query(`ALTER TABLE "change_log" ADD "county_code" character varying(6) COLLATE "C"`);
    await queryRunner.query(`ALTER TABLE "change_log" DISABLE TRIGGER USER`);
    await queryRunner.query(`UPDATE "change_log" SET "county_code" = county_key("zone_code")`);
    await queryRunner.query(`ALTER TABLE "change_log" ENABLE TRIGGER USER`);
    await queryRunner.query(`ALTER TABLE "change_log" ALTER COLUMN "county_code" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "change_log" ADD CONSTRAINT "change_log_county_code" CHECK ("county_code" = county_key("zone_code"))`,
    );
    await queryRunner.query(`ALTER TABLE "change_log" DROP CONSTRAINT "PK_d00462cfb97b72c95357d559136"`);
    await queryRunner.query(
      `ALTER TABLE "change_log" ADD CONSTRAINT "PK_3519e12f07e7b9bc069c7563b0c" PRIMARY KEY ("county_code", "id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "building" ADD CONSTRAINT "building_small_zone_number_key" UNIQUE ("county_code", "small_zone_code", "number")`,
    );
    await queryRunner.query(
      `ALTER TABLE "household" ADD CONSTRAINT "household_small_zone_number_key" UNIQUE ("county_code", "small_zone_code", "number")`,
    );
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "person_household_line_key" UNIQUE ("county_code", "household_id", "line_number")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "household_self_report_code_key" ON "household" ("county_code", "self_report_code_hash")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "registry_person_citizen_id_hash_key" ON "registry_person" ("county_code", "citizen_id_hash")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "grid_household_zone_grid_address_key" ON "grid_household" ("county_code", "zone_code", "grid_id", "normalized_address")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "meter_reading_meter_month_key" ON "meter_reading" ("county_code", "meter_id", "month")`,
    );
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "person_household_fk" FOREIGN KEY ("county_code", "household_id") REFERENCES "household"("county_code", "id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "household" ADD CONSTRAINT "household_building_fk" FOREIGN KEY ("county_code", "building_id") REFERENCES "building"("county_code", "id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "visit" ADD CONSTRAINT "visit_household_fk" FOREIGN KEY ("county_code", "household_id") REFERENCES "household"("county_code", "id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "appointment" ADD CONSTRAINT "appointment_household_fk" FOREIGN KEY ("county_code", "household_id") REFERENCES "household"("county_code", "id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "problem" ADD CONSTRAINT "problem_building_fk" FOREIGN KEY ("county_code", "building_id") REFERENCES "building"("county_code", "id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "problem" ADD CONSTRAINT "problem_household_fk" FOREIGN KEY ("county_code", "household_id") REFERENCES "household"("county_code", "id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "problem" ADD CONSTRAINT "problem_person_fk" FOREIGN KEY ("county_code", "person_id") REFERENCES "person"("county_code", "id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE OR REPLACE FUNCTION public.progress_rollup_refresh(zones text[])
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
$function$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION public.change_log_zone()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO change_log (county_code, txid, type, operation, entity_key, zone_code, version)
      SELECT county_key(n.code), pg_current_xact_id()::text::bigint, 'ZONE', 'CREATE', n.code, n.code, n.version FROM new_rows n ORDER BY n.code;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO change_log (county_code, txid, type, operation, entity_key, zone_code, version)
      SELECT county_key(n.code), pg_current_xact_id()::text::bigint, 'ZONE', 'UPDATE', n.code, n.code, n.version
        FROM new_rows n JOIN old_rows o ON o.code = n.code
       WHERE n.* IS DISTINCT FROM o.*
       ORDER BY n.code;
  ELSE
    INSERT INTO change_log (county_code, txid, type, operation, entity_key, zone_code, version)
      SELECT county_key(o.code), pg_current_xact_id()::text::bigint, 'ZONE', 'DELETE', o.code, o.code, NULL FROM old_rows o ORDER BY o.code;
  END IF;
  RETURN NULL;
END
$function$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION public.change_log_building()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO change_log (county_code, txid, type, operation, entity_key, zone_code, version)
      SELECT n.county_code, pg_current_xact_id()::text::bigint, 'BUILDING', 'CREATE', n.id::text, n.small_zone_code, n.version FROM new_rows n ORDER BY n.id::text;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO change_log (county_code, txid, type, operation, entity_key, zone_code, version)
      SELECT c.county_code, pg_current_xact_id()::text::bigint, 'BUILDING', c.operation::change_operation, c.entity_key, c.zone_code, c.version
        FROM (
          SELECT o.county_code, 'DELETE' AS operation, o.id::text AS entity_key, o.small_zone_code AS zone_code, NULL::integer AS version,
                 0 AS step
            FROM new_rows n JOIN old_rows o ON o.id::text = n.id::text
           WHERE n.small_zone_code IS DISTINCT FROM o.small_zone_code
          UNION ALL
          SELECT n.county_code, 'UPDATE', n.id::text, n.small_zone_code, n.version, 1
            FROM new_rows n JOIN old_rows o ON o.id::text = n.id::text
           WHERE n.* IS DISTINCT FROM o.*
        ) c
       ORDER BY c.entity_key, c.step;
  ELSE
    INSERT INTO change_log (county_code, txid, type, operation, entity_key, zone_code, version)
      SELECT o.county_code, pg_current_xact_id()::text::bigint, 'BUILDING', 'DELETE', o.id::text, o.small_zone_code, NULL FROM old_rows o ORDER BY o.id::text;
  END IF;
  RETURN NULL;
END
$function$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION public.change_log_household()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO change_log (county_code, txid, type, operation, entity_key, zone_code, version)
      SELECT n.county_code, pg_current_xact_id()::text::bigint, 'HOUSEHOLD', 'CREATE', n.id::text, n.small_zone_code, n.version FROM new_rows n ORDER BY n.id::text;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO change_log (county_code, txid, type, operation, entity_key, zone_code, version)
      SELECT c.county_code, pg_current_xact_id()::text::bigint, 'HOUSEHOLD', c.operation::change_operation, c.entity_key, c.zone_code, c.version
        FROM (
          SELECT o.county_code, 'DELETE' AS operation, o.id::text AS entity_key, o.small_zone_code AS zone_code, NULL::integer AS version,
                 0 AS step
            FROM new_rows n JOIN old_rows o ON o.id::text = n.id::text
           WHERE n.small_zone_code IS DISTINCT FROM o.small_zone_code
          UNION ALL
          SELECT n.county_code, 'UPDATE', n.id::text, n.small_zone_code, n.version, 1
            FROM new_rows n JOIN old_rows o ON o.id::text = n.id::text
           WHERE n.* IS DISTINCT FROM o.*
        ) c
       ORDER BY c.entity_key, c.step;
  ELSE
    INSERT INTO change_log (county_code, txid, type, operation, entity_key, zone_code, version)
      SELECT o.county_code, pg_current_xact_id()::text::bigint, 'HOUSEHOLD', 'DELETE', o.id::text, o.small_zone_code, NULL FROM old_rows o ORDER BY o.id::text;
  END IF;
  RETURN NULL;
END
$function$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION public.change_log_person()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO change_log (county_code, txid, type, operation, entity_key, zone_code, version)
      SELECT n.county_code, pg_current_xact_id()::text::bigint, 'PERSON', 'CREATE', n.id::text, n.small_zone_code, n.version FROM new_rows n ORDER BY n.id::text;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO change_log (county_code, txid, type, operation, entity_key, zone_code, version)
      SELECT c.county_code, pg_current_xact_id()::text::bigint, 'PERSON', c.operation::change_operation, c.entity_key, c.zone_code, c.version
        FROM (
          SELECT o.county_code, 'DELETE' AS operation, o.id::text AS entity_key, o.small_zone_code AS zone_code, NULL::integer AS version,
                 0 AS step
            FROM new_rows n JOIN old_rows o ON o.id::text = n.id::text
           WHERE n.small_zone_code IS DISTINCT FROM o.small_zone_code
          UNION ALL
          SELECT n.county_code, 'UPDATE', n.id::text, n.small_zone_code, n.version, 1
            FROM new_rows n JOIN old_rows o ON o.id::text = n.id::text
           WHERE n.* IS DISTINCT FROM o.*
        ) c
       ORDER BY c.entity_key, c.step;
  ELSE
    INSERT INTO change_log (county_code, txid, type, operation, entity_key, zone_code, version)
      SELECT o.county_code, pg_current_xact_id()::text::bigint, 'PERSON', 'DELETE', o.id::text, o.small_zone_code, NULL FROM old_rows o ORDER BY o.id::text;
  END IF;
  RETURN NULL;
END
$function$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION public.change_log_household_event()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  INSERT INTO change_log (county_code, txid, type, operation, entity_key, household_id, zone_code, version)
    SELECT e.county_code, pg_current_xact_id()::text::bigint, CASE WHEN e.to_stage = 'SUBMITTED' THEN 'SUBMISSION' ELSE 'REVIEW' END::change_type,
           'CREATE', e.id::text, e.household_id, e.small_zone_code, NULL
      FROM new_rows e
     WHERE e.to_stage IN ('SUBMITTED', 'APPROVED', 'RETURNED')
     ORDER BY e.id;
  RETURN NULL;
END
$function$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION public.progress_rollup_refresh(zones text[])
 RETURNS void
 LANGUAGE plpgsql
AS $function$
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
$function$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION public.change_log_zone()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO change_log (txid, type, operation, entity_key, zone_code, version)
      SELECT pg_current_xact_id()::text::bigint, 'ZONE', 'CREATE', n.code, n.code, n.version FROM new_rows n ORDER BY n.code;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO change_log (txid, type, operation, entity_key, zone_code, version)
      SELECT pg_current_xact_id()::text::bigint, 'ZONE', 'UPDATE', n.code, n.code, n.version
        FROM new_rows n JOIN old_rows o ON o.code = n.code
       WHERE n.* IS DISTINCT FROM o.*
       ORDER BY n.code;
  ELSE
    INSERT INTO change_log (txid, type, operation, entity_key, zone_code, version)
      SELECT pg_current_xact_id()::text::bigint, 'ZONE', 'DELETE', o.code, o.code, NULL FROM old_rows o ORDER BY o.code;
  END IF;
  RETURN NULL;
END
$function$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION public.change_log_building()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO change_log (txid, type, operation, entity_key, zone_code, version)
      SELECT pg_current_xact_id()::text::bigint, 'BUILDING', 'CREATE', n.id::text, n.small_zone_code, n.version FROM new_rows n ORDER BY n.id::text;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO change_log (txid, type, operation, entity_key, zone_code, version)
      SELECT pg_current_xact_id()::text::bigint, 'BUILDING', c.operation::change_operation, c.entity_key, c.zone_code, c.version
        FROM (
          SELECT 'DELETE' AS operation, o.id::text AS entity_key, o.small_zone_code AS zone_code, NULL::integer AS version,
                 0 AS step
            FROM new_rows n JOIN old_rows o ON o.id::text = n.id::text
           WHERE n.small_zone_code IS DISTINCT FROM o.small_zone_code
          UNION ALL
          SELECT 'UPDATE', n.id::text, n.small_zone_code, n.version, 1
            FROM new_rows n JOIN old_rows o ON o.id::text = n.id::text
           WHERE n.* IS DISTINCT FROM o.*
        ) c
       ORDER BY c.entity_key, c.step;
  ELSE
    INSERT INTO change_log (txid, type, operation, entity_key, zone_code, version)
      SELECT pg_current_xact_id()::text::bigint, 'BUILDING', 'DELETE', o.id::text, o.small_zone_code, NULL FROM old_rows o ORDER BY o.id::text;
  END IF;
  RETURN NULL;
END
$function$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION public.change_log_household()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO change_log (txid, type, operation, entity_key, zone_code, version)
      SELECT pg_current_xact_id()::text::bigint, 'HOUSEHOLD', 'CREATE', n.id::text, n.small_zone_code, n.version FROM new_rows n ORDER BY n.id::text;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO change_log (txid, type, operation, entity_key, zone_code, version)
      SELECT pg_current_xact_id()::text::bigint, 'HOUSEHOLD', c.operation::change_operation, c.entity_key, c.zone_code, c.version
        FROM (
          SELECT 'DELETE' AS operation, o.id::text AS entity_key, o.small_zone_code AS zone_code, NULL::integer AS version,
                 0 AS step
            FROM new_rows n JOIN old_rows o ON o.id::text = n.id::text
           WHERE n.small_zone_code IS DISTINCT FROM o.small_zone_code
          UNION ALL
          SELECT 'UPDATE', n.id::text, n.small_zone_code, n.version, 1
            FROM new_rows n JOIN old_rows o ON o.id::text = n.id::text
           WHERE n.* IS DISTINCT FROM o.*
        ) c
       ORDER BY c.entity_key, c.step;
  ELSE
    INSERT INTO change_log (txid, type, operation, entity_key, zone_code, version)
      SELECT pg_current_xact_id()::text::bigint, 'HOUSEHOLD', 'DELETE', o.id::text, o.small_zone_code, NULL FROM old_rows o ORDER BY o.id::text;
  END IF;
  RETURN NULL;
END
$function$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION public.change_log_person()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO change_log (txid, type, operation, entity_key, zone_code, version)
      SELECT pg_current_xact_id()::text::bigint, 'PERSON', 'CREATE', n.id::text, n.small_zone_code, n.version FROM new_rows n ORDER BY n.id::text;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO change_log (txid, type, operation, entity_key, zone_code, version)
      SELECT pg_current_xact_id()::text::bigint, 'PERSON', c.operation::change_operation, c.entity_key, c.zone_code, c.version
        FROM (
          SELECT 'DELETE' AS operation, o.id::text AS entity_key, o.small_zone_code AS zone_code, NULL::integer AS version,
                 0 AS step
            FROM new_rows n JOIN old_rows o ON o.id::text = n.id::text
           WHERE n.small_zone_code IS DISTINCT FROM o.small_zone_code
          UNION ALL
          SELECT 'UPDATE', n.id::text, n.small_zone_code, n.version, 1
            FROM new_rows n JOIN old_rows o ON o.id::text = n.id::text
           WHERE n.* IS DISTINCT FROM o.*
        ) c
       ORDER BY c.entity_key, c.step;
  ELSE
    INSERT INTO change_log (txid, type, operation, entity_key, zone_code, version)
      SELECT pg_current_xact_id()::text::bigint, 'PERSON', 'DELETE', o.id::text, o.small_zone_code, NULL FROM old_rows o ORDER BY o.id::text;
  END IF;
  RETURN NULL;
END
$function$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION public.change_log_household_event()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  INSERT INTO change_log (txid, type, operation, entity_key, household_id, zone_code, version)
    SELECT pg_current_xact_id()::text::bigint, CASE WHEN e.to_stage = 'SUBMITTED' THEN 'SUBMISSION' ELSE 'REVIEW' END::change_type,
           'CREATE', e.id::text, e.household_id, e.small_zone_code, NULL
      FROM new_rows e
     WHERE e.to_stage IN ('SUBMITTED', 'APPROVED', 'RETURNED')
     ORDER BY e.id;
  RETURN NULL;
END
$function$`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "person_household_fk"`);
    await queryRunner.query(`ALTER TABLE "household" DROP CONSTRAINT "household_building_fk"`);
    await queryRunner.query(`ALTER TABLE "visit" DROP CONSTRAINT "visit_household_fk"`);
    await queryRunner.query(`ALTER TABLE "appointment" DROP CONSTRAINT "appointment_household_fk"`);
    await queryRunner.query(`ALTER TABLE "problem" DROP CONSTRAINT "problem_building_fk"`);
    await queryRunner.query(`ALTER TABLE "problem" DROP CONSTRAINT "problem_household_fk"`);
    await queryRunner.query(`ALTER TABLE "problem" DROP CONSTRAINT "problem_person_fk"`);
    await queryRunner.query(`DROP INDEX "household_self_report_code_key"`);
    await queryRunner.query(`DROP INDEX "registry_person_citizen_id_hash_key"`);
    await queryRunner.query(`DROP INDEX "grid_household_zone_grid_address_key"`);
    await queryRunner.query(`DROP INDEX "meter_reading_meter_month_key"`);
    await queryRunner.query(`ALTER TABLE "building" DROP CONSTRAINT "building_small_zone_number_key"`);
    await queryRunner.query(`ALTER TABLE "household" DROP CONSTRAINT "household_small_zone_number_key"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "person_household_line_key"`);
    await queryRunner.query(`ALTER TABLE "building" DROP CONSTRAINT "PK_af9329332816c3ea71ff4acdcf0"`);
    await queryRunner.query(
      `ALTER TABLE "building" ADD CONSTRAINT "PK_bbfaf6c11f141a22d2ab105ee5f" PRIMARY KEY ("id")`,
    );
    await queryRunner.query(`ALTER TABLE "building" DROP COLUMN "county_code"`);
    await queryRunner.query(`ALTER TABLE "household" DROP CONSTRAINT "PK_c8af93d689137a55f9595517c27"`);
    await queryRunner.query(
      `ALTER TABLE "household" ADD CONSTRAINT "PK_26e9111eab2b8908fefe3c645f5" PRIMARY KEY ("id")`,
    );
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "county_code"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "PK_71712ff3a6a7c183375f75184da"`);
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id")`,
    );
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "county_code"`);
    await queryRunner.query(`ALTER TABLE "household_event" DROP CONSTRAINT "PK_be0d59152b1b0832163389aaf90"`);
    await queryRunner.query(
      `ALTER TABLE "household_event" ADD CONSTRAINT "PK_b5b7cd1216e9d36075195c201ec" PRIMARY KEY ("id")`,
    );
    await queryRunner.query(`ALTER TABLE "household_event" DROP COLUMN "county_code"`);
    await queryRunner.query(`ALTER TABLE "visit" DROP CONSTRAINT "PK_e8670e82fc9e1f1cc1b996b0633"`);
    await queryRunner.query(
      `ALTER TABLE "visit" ADD CONSTRAINT "PK_c9919ef5a07627657c535d8eb88" PRIMARY KEY ("id")`,
    );
    await queryRunner.query(`ALTER TABLE "visit" DROP COLUMN "county_code"`);
    await queryRunner.query(`ALTER TABLE "appointment" DROP CONSTRAINT "PK_3f079b78e103789fcf921028746"`);
    await queryRunner.query(
      `ALTER TABLE "appointment" ADD CONSTRAINT "PK_e8be1a53027415e709ce8a2db74" PRIMARY KEY ("id")`,
    );
    await queryRunner.query(`ALTER TABLE "appointment" DROP COLUMN "county_code"`);
    await queryRunner.query(
      `ALTER TABLE "small_zone_assignment" DROP CONSTRAINT "PK_19949cee3a9786149d20a0f26d5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "small_zone_assignment" ADD CONSTRAINT "PK_7c3e6330b578cfb5c35809cec5a" PRIMARY KEY ("id")`,
    );
    await queryRunner.query(`ALTER TABLE "small_zone_assignment" DROP COLUMN "county_code"`);
    await queryRunner.query(`ALTER TABLE "progress_rollup" DROP CONSTRAINT "PK_55e3227ba3fafd7eaf4d79d6e3f"`);
    await queryRunner.query(
      `ALTER TABLE "progress_rollup" ADD CONSTRAINT "PK_0f8dcadc064fbb7d77e53af52da" PRIMARY KEY ("small_zone_code")`,
    );
    await queryRunner.query(`ALTER TABLE "progress_rollup" DROP COLUMN "county_code"`);
    await queryRunner.query(`ALTER TABLE "problem" DROP CONSTRAINT "PK_a94f9bb3dda4a4bd7aa60c524f8"`);
    await queryRunner.query(
      `ALTER TABLE "problem" ADD CONSTRAINT "PK_119b5ca6f3371465bf1f0f90219" PRIMARY KEY ("id")`,
    );
    await queryRunner.query(`ALTER TABLE "problem" DROP COLUMN "county_code"`);
    await queryRunner.query(`ALTER TABLE "registry_person" DROP CONSTRAINT "PK_ea33531ddc3be0d29359dc0da5f"`);
    await queryRunner.query(
      `ALTER TABLE "registry_person" ADD CONSTRAINT "PK_5d8fdf9ca21a73eb471fe74a46e" PRIMARY KEY ("id")`,
    );
    await queryRunner.query(`ALTER TABLE "registry_person" DROP COLUMN "county_code"`);
    await queryRunner.query(`ALTER TABLE "meter_reading" DROP CONSTRAINT "PK_1aeae3be115819fd71b496e2b04"`);
    await queryRunner.query(
      `ALTER TABLE "meter_reading" ADD CONSTRAINT "PK_933383ce48c42f14109fdaed881" PRIMARY KEY ("id")`,
    );
    await queryRunner.query(`ALTER TABLE "meter_reading" DROP COLUMN "county_code"`);
    await queryRunner.query(`ALTER TABLE "grid_household" DROP CONSTRAINT "PK_01e5b13dee61193c35ee4227ad7"`);
    await queryRunner.query(
      `ALTER TABLE "grid_household" ADD CONSTRAINT "PK_59adae13a3482228bf63495275d" PRIMARY KEY ("id")`,
    );
    await queryRunner.query(`ALTER TABLE "grid_household" DROP COLUMN "county_code"`);
    await queryRunner.query(
      `ALTER TABLE "worklist_outcome" DROP CONSTRAINT "PK_daec5523fceef73de47fc976f92"`,
    );
    await queryRunner.query(
      `ALTER TABLE "worklist_outcome" ADD CONSTRAINT "PK_7a140e4a8c75a5b3b5f088da39b" PRIMARY KEY ("item_key")`,
    );
    await queryRunner.query(`ALTER TABLE "worklist_outcome" DROP COLUMN "county_code"`);
    await queryRunner.query(`ALTER TABLE "change_log" DROP CONSTRAINT "PK_3519e12f07e7b9bc069c7563b0c"`);
    await queryRunner.query(
      `ALTER TABLE "change_log" ADD CONSTRAINT "PK_d00462cfb97b72c95357d559136" PRIMARY KEY ("id")`,
    );
    await queryRunner.query(`ALTER TABLE "change_log" DROP COLUMN "county_code"`);
    await queryRunner.query(
      `ALTER TABLE "building" ADD CONSTRAINT "building_small_zone_number_key" UNIQUE ("small_zone_code", "number")`,
    );
    await queryRunner.query(
      `ALTER TABLE "household" ADD CONSTRAINT "household_small_zone_number_key" UNIQUE ("small_zone_code", "number")`,
    );
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "person_household_line_key" UNIQUE ("household_id", "line_number")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "household_self_report_code_key" ON "household" ("self_report_code_hash")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "registry_person_citizen_id_hash_key" ON "registry_person" ("citizen_id_hash")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "grid_household_zone_grid_address_key" ON "grid_household" ("zone_code", "grid_id", "normalized_address")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "meter_reading_meter_month_key" ON "meter_reading" ("meter_id", "month")`,
    );
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "person_household_fk" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "household" ADD CONSTRAINT "household_building_fk" FOREIGN KEY ("building_id") REFERENCES "building"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "visit" ADD CONSTRAINT "visit_household_fk" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "appointment" ADD CONSTRAINT "appointment_household_fk" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "problem" ADD CONSTRAINT "problem_building_fk" FOREIGN KEY ("building_id") REFERENCES "building"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "problem" ADD CONSTRAINT "problem_household_fk" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "problem" ADD CONSTRAINT "problem_person_fk" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`DROP FUNCTION county_key(text)`);
  }
}
