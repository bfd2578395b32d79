import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Worklist items are audited by their global ID, which holds the item's key (kind, natural key and zone): longer
 * than the 60 characters of a row's ID. Widening a varchar rewrites nothing.
 */
export class AuditEntityId1796400000002 implements MigrationInterface {
  name = 'AuditEntityId1796400000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "entity_id" TYPE character varying(200)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "entity_id" TYPE character varying(60)`);
  }
}
