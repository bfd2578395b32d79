import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What an office writes into its progress report, one row per zone (reference data, like the zone). */

export class ReportTexts1796307122887 implements MigrationInterface {
  name = 'ReportTexts1796307122887';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "zone_report_text" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "zone_code" character varying(15) COLLATE "C" NOT NULL, "campaign_month" smallint, "pilot_start" date, "pilot_end" date, "pilot_households" integer, "pilot_persons" integer, "practices" character varying(1000) array NOT NULL DEFAULT '{}', "suggestions" character varying(1000) array NOT NULL DEFAULT '{}', CONSTRAINT "zone_report_text_items" CHECK (cardinality("practices") <= 3 AND cardinality("suggestions") <= 3), CONSTRAINT "zone_report_text_pilot_counts" CHECK ("pilot_households" >= 0 AND "pilot_persons" >= 0), CONSTRAINT "zone_report_text_pilot_dates" CHECK ("pilot_end" >= "pilot_start"), CONSTRAINT "zone_report_text_month" CHECK ("campaign_month" BETWEEN 1 AND 12), CONSTRAINT "PK_ff01cc8d1da50fffefa0595070f" PRIMARY KEY ("zone_code"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "zone_report_text" ADD CONSTRAINT "zone_report_text_zone_fk" FOREIGN KEY ("zone_code") REFERENCES "zone"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "zone_report_text" DROP CONSTRAINT "zone_report_text_zone_fk"`);
    await queryRunner.query(`DROP TABLE "zone_report_text"`);
  }
}
