import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 最近登录: when each account last signed in with its password (shown on the 人员管理 page). */
export class AccountLastSignIn1796400000004 implements MigrationInterface {
  name = 'AccountLastSignIn1796400000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account" ADD "last_sign_in_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "last_sign_in_at"`);
  }
}
