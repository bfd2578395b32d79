import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 审核队列: the submitted households of a county's subtree, county first. The queue's count reads this index
 * alone (an index-only scan instead of a bitmap scan of every submitted household's row).
 */
export class ReviewQueueIndex1796400000003 implements MigrationInterface {
  name = 'ReviewQueueIndex1796400000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "household_submitted_idx" ON "household" ("county_code", "small_zone_code", "id") WHERE "stage" = 'SUBMITTED'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."household_submitted_idx"`);
  }
}
