import type { DataSource } from 'typeorm';

export interface SchemaDiff {
  up: string[];
  down: string[];
}

/**
 * What TypeORM would change to make the database match the entities. After the migrations ran this must be
 * empty: a test asserts it, and `generate` turns a non-empty diff into a new migration to review.
 */
export async function schemaDiff(dataSource: DataSource): Promise<SchemaDiff> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: log.upQueries.map((q) => q.query),
    down: log.downQueries.map((q) => q.query).reverse(),
  };
}

/** Source of a migration class running `diff`, in the committed style (one readable statement per call). */
export function migrationSource(className: string, diff: SchemaDiff): string {
  const render = (queries: string[]) =>
    queries
      .map((q) => `    await queryRunner.query(\`${q.replaceAll('`', '\\`').replaceAll('${', '\\${')}\`);`)
      .join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${render(diff.up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${render(diff.down)}
  }
}
`;
}
