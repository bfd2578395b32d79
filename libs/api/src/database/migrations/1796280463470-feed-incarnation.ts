import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The change feed's incarnation (see FeedIncarnation): the first life of every database is incarnation 1. */

export class FeedIncarnation1796280463470 implements MigrationInterface {
  name = 'FeedIncarnation1796280463470';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "feed_incarnation" ("id" smallint NOT NULL DEFAULT '1', "incarnation" integer NOT NULL DEFAULT '1', "restored_txid" bigint, "restored_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "feed_incarnation_single_row" CHECK ("id" = 1), CONSTRAINT "PK_e1347dcaeebef74ed11bf72f2be" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`INSERT INTO "feed_incarnation" ("id", "incarnation") VALUES (1, 1)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "feed_incarnation"`);
  }
}
