import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 长表附加项目：车辆. A county or township office adds the vehicle items (附1 汽车数) to the long form of its zone's
 * subtree: true on, false off, null (the default) follows the office above. The zone table is reference data, not
 * county-owned, so the setting is a column of the zone it applies to.
 */
export class ZoneLongFormVehicles1796400000011 implements MigrationInterface {
  name = 'ZoneLongFormVehicles1796400000011';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "zone" ADD "long_form_vehicles" boolean`);
    await queryRunner.query(
      `ALTER TABLE "zone" ADD CONSTRAINT "zone_long_form_options_level"
         CHECK ("long_form_vehicles" IS NULL OR "level" IN ('COUNTY', 'TOWNSHIP'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "zone" DROP CONSTRAINT "zone_long_form_options_level"`);
    await queryRunner.query(`ALTER TABLE "zone" DROP COLUMN "long_form_vehicles"`);
  }
}
