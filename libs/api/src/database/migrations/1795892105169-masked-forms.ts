import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MaskedForms1795892105169 implements MigrationInterface {
  name = 'MaskedForms1795892105169';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "household" ADD "phone_masked" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "person" ADD "citizen_id_masked" character varying(18)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "citizen_id_masked"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "phone_masked"`);
  }
}
