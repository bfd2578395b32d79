import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Check values of DATA_ENCRYPTION_KEY and DATA_HASH_KEY (never the keys): a start with other keys is refused. */
export class KeyCheck1796276465107 implements MigrationInterface {
  name = 'KeyCheck1796276465107';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "key_check" ("name" character varying(40) NOT NULL, "check_value" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_28bb8e34f76da62170b959a287f" PRIMARY KEY ("name"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "key_check"`);
  }
}
