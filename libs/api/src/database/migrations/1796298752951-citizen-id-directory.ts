import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15, items 3 and 4: the national citizen-ID directory (where each citizen ID is listed, keyed by its hash;
 * not county-owned), filled from every person with a citizen ID and marked where an ID is listed in more than one
 * county; and the change log's per-county feed order (county_code, txid, id).
 */
export class CitizenIdDirectory1796298752951 implements MigrationInterface {
  name = 'CitizenIdDirectory1796298752951';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "citizen_id_directory" ("citizen_id_hash" bytea NOT NULL, "county_code" character varying(6) COLLATE "C" NOT NULL, "person_id" bigint NOT NULL, "duplicate" boolean NOT NULL DEFAULT false, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8a05f67c6fd0415708836012f86" PRIMARY KEY ("citizen_id_hash", "county_code", "person_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "citizen_id_directory_duplicate_idx" ON "citizen_id_directory"  ("county_code", "citizen_id_hash") WHERE "duplicate"`,
    );
    // Backfill: every listed citizen ID, then the mark of those listed in more than one county.
    await queryRunner.query(
      `INSERT INTO "citizen_id_directory" ("citizen_id_hash", "county_code", "person_id")
       SELECT "citizen_id_hash", "county_code", "id" FROM "person" WHERE "citizen_id_hash" IS NOT NULL`,
    );
    await queryRunner.query(
      `UPDATE "citizen_id_directory" d SET "duplicate" = TRUE
         FROM (SELECT "citizen_id_hash" FROM "citizen_id_directory" GROUP BY "citizen_id_hash"
                HAVING count(DISTINCT "county_code") > 1) m
        WHERE d."citizen_id_hash" = m."citizen_id_hash"`,
    );
    await queryRunner.query(
      `CREATE INDEX "change_log_county_position_idx" ON "change_log"  ("county_code", "txid", "id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."change_log_county_position_idx"`);
    await queryRunner.query(`DROP INDEX "public"."citizen_id_directory_duplicate_idx"`);
    await queryRunner.query(`DROP TABLE "citizen_id_directory"`);
  }
}
