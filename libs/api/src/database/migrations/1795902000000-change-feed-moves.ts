import type { MigrationInterface, QueryRunner } from 'typeorm';

import { type Feed, feedFunction, FEEDS, TXID } from './1795898730219-change-feed';

/**
 * A building, household or person that moves to another small zone leaves a DELETE in its old zone before the
 * UPDATE in its new one, so that a consumer scoped to the old zone sees it go (before, it only saw nothing more).
 * A consumer holding both zones applies the DELETE, then takes the UPDATE's current state.
 */
function feedFunctionWithMoves({ table, type, key, zone }: Feed): string {
  const columns = 'txid, type, operation, entity_key, zone_code, version';
  return `
CREATE OR REPLACE FUNCTION change_log_${table}() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO change_log (${columns})
      SELECT ${TXID}, '${type}', 'CREATE', ${key('n')}, ${zone('n')}, n.version FROM new_rows n ORDER BY ${key('n')};
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO change_log (${columns})
      SELECT ${TXID}, '${type}', c.operation::change_operation, c.entity_key, c.zone_code, c.version
        FROM (
          SELECT 'DELETE' AS operation, ${key('o')} AS entity_key, ${zone('o')} AS zone_code, NULL::integer AS version,
                 0 AS step
            FROM new_rows n JOIN old_rows o ON ${key('o')} = ${key('n')}
           WHERE ${zone('n')} IS DISTINCT FROM ${zone('o')}
          UNION ALL
          SELECT 'UPDATE', ${key('n')}, ${zone('n')}, n.version, 1
            FROM new_rows n JOIN old_rows o ON ${key('o')} = ${key('n')}
           WHERE n.* IS DISTINCT FROM o.*
        ) c
       ORDER BY c.entity_key, c.step;
  ELSE
    INSERT INTO change_log (${columns})
      SELECT ${TXID}, '${type}', 'DELETE', ${key('o')}, ${zone('o')}, NULL FROM old_rows o ORDER BY ${key('o')};
  END IF;
  RETURN NULL;
END
$fn$`;
}

const MOVABLE = FEEDS.filter((feed) => feed.table !== 'zone');

export class ChangeFeedMoves1795902000000 implements MigrationInterface {
  name = 'ChangeFeedMoves1795902000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const feed of MOVABLE) await queryRunner.query(feedFunctionWithMoves(feed));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const feed of MOVABLE) {
      await queryRunner.query(feedFunction(feed).replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION'));
    }
  }
}
