import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 区划边界: the outline of a zone (GeoJSON, WGS 84) with its bounding box, one row per zone (reference data). */
export class ZoneBoundaries1796316671006 implements MigrationInterface {
  name = 'ZoneBoundaries1796316671006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "zone_boundary" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "zone_code" character varying(15) COLLATE "C" NOT NULL, "geometry" jsonb NOT NULL, "west" double precision NOT NULL, "south" double precision NOT NULL, "east" double precision NOT NULL, "north" double precision NOT NULL, "vertices" integer NOT NULL, CONSTRAINT "zone_boundary_vertices" CHECK ("vertices" >= 4), CONSTRAINT "zone_boundary_box" CHECK ("west" <= "east" AND "south" <= "north"), CONSTRAINT "PK_ee6996b13843beec02d2b85c990" PRIMARY KEY ("zone_code"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "zone_boundary" ADD CONSTRAINT "zone_boundary_zone_fk" FOREIGN KEY ("zone_code") REFERENCES "zone"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "zone_boundary" DROP CONSTRAINT "zone_boundary_zone_fk"`);
    await queryRunner.query(`DROP TABLE "zone_boundary"`);
  }
}
