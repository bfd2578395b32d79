import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 导出任务 per account: `exportJobs` lists the caller's own jobs newest first. */
export class ExportJobAccount1796400000001 implements MigrationInterface {
  name = 'ExportJobAccount1796400000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "export_job_account_idx" ON "export_job" ("account_id", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."export_job_account_idx"`);
  }
}
