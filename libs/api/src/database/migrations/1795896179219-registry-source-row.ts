import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RegistrySourceRow1795896179219 implements MigrationInterface {
  name = 'RegistrySourceRow1795896179219';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "registry_person" ADD "import_source" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "registry_person" ADD "import_row" integer`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "registry_person" DROP COLUMN "import_row"`);
    await queryRunner.query(`ALTER TABLE "registry_person" DROP COLUMN "import_source"`);
  }
}
