import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HouseholdAddress1795895491615 implements MigrationInterface {
  name = 'HouseholdAddress1795895491615';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "household" ADD "normalized_address" character varying(240)`);
    await queryRunner.query(
      `CREATE INDEX "household_normalized_address_idx" ON "household"  ("normalized_address") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."household_normalized_address_idx"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "normalized_address"`);
  }
}
