import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SelfReportCodes1795891491612 implements MigrationInterface {
  name = 'SelfReportCodes1795891491612';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "household" ADD "self_report_code_hash" bytea`);
    await queryRunner.query(`ALTER TABLE "household" ADD "self_report_issued_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "household_self_report_code_key" ON "household"  ("self_report_code_hash") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."household_self_report_code_key"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "self_report_issued_at"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "self_report_code_hash"`);
  }
}
