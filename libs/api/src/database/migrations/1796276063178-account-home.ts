import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every account belongs to an office zone (所属单位): only offices whose zones contain it see and manage the
 * account. Existing accounts get the deepest zone at township level or above that contains everything they can
 * see (their own zones and, for supervisors, their enumerators'); an account that sees nothing gets the zone of
 * the office that created it (from the audit log), or else the root of the tree, which only the top office sees.
 * Audit entries of accounts written without a zone take the account's home, so the offices above see them.
 * Also: a session version per account (a password, scope or state change ends its sessions) and the shared
 * attempt counters of logins and self-report codes.
 */
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
      UPDATE account SET home_zone_code = (SELECT code FROM zone WHERE length(code) = 2 ORDER BY code LIMIT 1)
       WHERE home_zone_code IS NULL`);
    await queryRunner.query(`
      UPDATE audit_log l SET small_zone_code = a.home_zone_code FROM account a
       WHERE l.small_zone_code IS NULL AND l.entity_type = 'Account'
         AND l.entity_id = rtrim(translate(encode(convert_to('Account:' || a.id, 'UTF8'), 'base64'), '+/', '-_'), '=')`);
    await queryRunner.query(`ALTER TABLE "account" ALTER COLUMN "home_zone_code" SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX "account_home_zone_code_idx" ON "account"  ("home_zone_code") `);
    await queryRunner.query(
      `ALTER TABLE "account" ADD CONSTRAINT "account_home_zone_fk" FOREIGN KEY ("home_zone_code") REFERENCES "zone"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "account_home_zone_fk"`);
    await queryRunner.query(`DROP INDEX "public"."account_home_zone_code_idx"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "session_version"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "home_zone_code"`);
    await queryRunner.query(`DROP TABLE "attempt_counter"`);
  }
}
