import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The long form (issue 20): whether a household is in the sample, and the long-form answers of households and
 * persons (jsonb for what is not sealed and for refusals, bytea for the sealed values). The sample needs the server's
 * secret, which SQL does not hold: rows listed before this migration keep `long_form_sampled` null until the API's
 * next start fills it in (`backfillLongFormSample`), before it serves.
 */
export class LongForm1796319897264 implements MigrationInterface {
  name = 'LongForm1796319897264';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "household" ADD "long_form_sampled" boolean, ADD "long_form" jsonb, ADD "long_form_sealed" bytea`,
    );
    await queryRunner.query(`ALTER TABLE "person" ADD "long_form" jsonb, ADD "long_form_sealed" bytea`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "long_form_sealed", DROP COLUMN "long_form"`);
    await queryRunner.query(
      `ALTER TABLE "household" DROP COLUMN "long_form_sealed", DROP COLUMN "long_form", DROP COLUMN "long_form_sampled"`,
    );
  }
}
