import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 退回原因 per item: a return keeps its structured reasons (preset code, person, item, note) with its household
 * event, beside the free text `reason` it always had.
 */
export class ReturnReasons1796310000000 implements MigrationInterface {
  name = 'ReturnReasons1796310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "household_event" ADD "reasons" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "household_event" DROP COLUMN "reasons"`);
  }
}
