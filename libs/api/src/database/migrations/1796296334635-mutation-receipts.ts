import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Receipts of mutations sent with an idempotency key (receipts/): a resend is answered, not applied again. */

export class MutationReceipts1796296334635 implements MigrationInterface {
  name = 'MutationReceipts1796296334635';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mutation_receipt" ("account_id" bigint NOT NULL, "idempotency_key" text COLLATE "C" NOT NULL, "mutation" text NOT NULL, "input_hash" bytea NOT NULL, "result" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5add390a0e6503de0221f66d8e9" PRIMARY KEY ("account_id", "idempotency_key"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mutation_receipt"`);
  }
}
