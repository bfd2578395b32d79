import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ChangeLogRetention1795901156828 implements MigrationInterface {
  name = 'ChangeLogRetention1795901156828';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "change_log_retention" ("id" smallint NOT NULL DEFAULT '1', "pruned_txid" bigint NOT NULL, "pruned_id" bigint NOT NULL, "pruned_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "change_log_retention_single_row" CHECK ("id" = 1), CONSTRAINT "PK_f473d0af44e49963ad400020893" PRIMARY KEY ("id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "change_log_retention"`);
  }
}
