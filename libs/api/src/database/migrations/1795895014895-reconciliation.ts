import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Reconciliation1795895014895 implements MigrationInterface {
  name = 'Reconciliation1795895014895';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."worklist_outcome_kind" AS ENUM('CONFIRMED_LISTED_ELSEWHERE', 'ADDED_TO_LISTING', 'NOT_LIVING_HERE', 'REGISTRY_OUTDATED', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "worklist_outcome" ("item_key" character varying(200) COLLATE "C" NOT NULL, "zone_code" character varying(15) COLLATE "C" NOT NULL, "outcome" "public"."worklist_outcome_kind" NOT NULL, "note" text, "closed_by" bigint, "closed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7a140e4a8c75a5b3b5f088da39b" PRIMARY KEY ("item_key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "worklist_outcome_zone_idx" ON "worklist_outcome"  ("zone_code", "item_key") `,
    );
    await queryRunner.query(
      `ALTER TABLE "worklist_outcome" ADD CONSTRAINT "worklist_outcome_zone_fk" FOREIGN KEY ("zone_code") REFERENCES "zone"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "worklist_outcome" ADD CONSTRAINT "worklist_outcome_closed_by_fk" FOREIGN KEY ("closed_by") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "worklist_outcome" DROP CONSTRAINT "worklist_outcome_closed_by_fk"`);
    await queryRunner.query(`ALTER TABLE "worklist_outcome" DROP CONSTRAINT "worklist_outcome_zone_fk"`);
    await queryRunner.query(`DROP INDEX "public"."worklist_outcome_zone_idx"`);
    await queryRunner.query(`DROP TABLE "worklist_outcome"`);
    await queryRunner.query(`DROP TYPE "public"."worklist_outcome_kind"`);
  }
}
