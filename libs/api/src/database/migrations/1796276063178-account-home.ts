import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every account belongs to an office zone (所属单位): only offices whose zones contain it see and manage the
 * account. Existing accounts get the deepest zone at township level or above that contains everything they can
 * see (their own zones and, for supervisors, their enumerators'); an account that sees nothing gets the zone of
 * the office that created it (from the audit log). An account left without a home (zones in several provinces, or
 * no zones and no known creator) belongs to no office: nobody sees or manages it through the API.
 * Audit entries of accounts written without a zone take the account's home, so the offices above see them.
 * Also: a session version per account (a password, scope or state change ends its sessions) and the shared
 * attempt counters of logins and self-report codes.
 */
/**
 * The database's own guard of the rule: every zone an account sees (its own, and for a supervisor its
 * enumerators') lies inside its home zone, and an enumerator's inside its supervisor's home. The services check
 * it first and answer user errors; this deferred constraint trigger refuses any path that would forget.
 */
export const ACCOUNT_HOME_GUARD = `
CREATE FUNCTION account_home_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  bad record;
  target bigint;
BEGIN
  IF TG_TABLE_NAME = 'account' THEN
    target := (to_jsonb(NEW) ->> 'id')::bigint;
  ELSE
    target := (to_jsonb(NEW) ->> 'account_id')::bigint;
  END IF;
  SELECT a.id, az.zone_code, h.home_zone_code INTO bad
    FROM account a
    JOIN account_zone az ON az.account_id = a.id
    JOIN account h ON h.id = a.id OR h.id = a.supervisor_id
   WHERE (a.id = target OR a.supervisor_id = target) AND NOT starts_with(az.zone_code, h.home_zone_code)
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'zone % of account % lies outside home zone %', bad.zone_code, bad.id, bad.home_zone_code
      USING ERRCODE = 'check_violation', CONSTRAINT = 'account_home_guard';
  END IF;
  RETURN NULL;
END
$fn$;
CREATE CONSTRAINT TRIGGER account_home_guard AFTER INSERT OR UPDATE OF home_zone_code, supervisor_id ON account
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION account_home_guard();
CREATE CONSTRAINT TRIGGER account_zone_home_guard AFTER INSERT OR UPDATE ON account_zone
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION account_home_guard();`;

export class AccountHome1796276063178 implements MigrationInterface {
  name = 'AccountHome1796276063178';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attempt_counter" ("key" text COLLATE "C" NOT NULL, "attempts" integer NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_882eb70a1b148ea0b93d48bb793" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`ALTER TABLE "account" ADD "home_zone_code" character varying(15) COLLATE "C"`);
    await queryRunner.query(`ALTER TABLE "account" ADD "session_version" integer NOT NULL DEFAULT '1'`);
    // The zones each account sees, then the deepest office-level prefix (9, 6, 4, 2 digits) shared by all of them.
    await queryRunner.query(`
      WITH seen AS (
        SELECT az.account_id, az.zone_code FROM account_zone az
        UNION
        SELECT e.supervisor_id, az.zone_code FROM account e JOIN account_zone az ON az.account_id = e.id
         WHERE e.supervisor_id IS NOT NULL
      ), home AS (
        SELECT DISTINCT ON (s.account_id) s.account_id, left(min(s.zone_code), n.n) AS code
          FROM seen s CROSS JOIN unnest(ARRAY[9, 6, 4, 2]) AS n(n)
         GROUP BY s.account_id, n.n
        HAVING count(DISTINCT left(s.zone_code, n.n)) = 1 AND min(length(s.zone_code)) >= n.n
         ORDER BY s.account_id, n.n DESC
      )
      UPDATE account a SET home_zone_code = home.code FROM home
       WHERE home.account_id = a.id AND EXISTS (SELECT 1 FROM zone z WHERE z.code = home.code)`);
    await queryRunner.query(`
      UPDATE account a SET home_zone_code = creator.home_zone_code
        FROM audit_log l JOIN account creator ON creator.id = l.actor_id
       WHERE a.home_zone_code IS NULL AND creator.home_zone_code IS NOT NULL
         AND l.entity_type = 'Account' AND l.after ? 'created'
         AND l.entity_id = rtrim(translate(encode(convert_to('Account:' || a.id, 'UTF8'), 'base64'), '+/', '-_'), '=')`);
    await queryRunner.query(`
      UPDATE audit_log l SET small_zone_code = a.home_zone_code FROM account a
       WHERE l.small_zone_code IS NULL AND l.entity_type = 'Account'
         AND l.entity_id = rtrim(translate(encode(convert_to('Account:' || a.id, 'UTF8'), 'base64'), '+/', '-_'), '=')`);
    await queryRunner.query(`CREATE INDEX "account_home_zone_code_idx" ON "account"  ("home_zone_code") `);
    await queryRunner.query(
      `ALTER TABLE "account" ADD CONSTRAINT "account_home_zone_fk" FOREIGN KEY ("home_zone_code") REFERENCES "zone"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(ACCOUNT_HOME_GUARD);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER account_zone_home_guard ON account_zone`);
    await queryRunner.query(`DROP TRIGGER account_home_guard ON account`);
    await queryRunner.query(`DROP FUNCTION account_home_guard()`);
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "account_home_zone_fk"`);
    await queryRunner.query(`DROP INDEX "public"."account_home_zone_code_idx"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "session_version"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "home_zone_code"`);
    await queryRunner.query(`DROP TABLE "attempt_counter"`);
  }
}
