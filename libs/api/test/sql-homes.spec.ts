import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * One reviewable home per domain for SQL: a domain's statements live in its service, loaders or `*.sql.ts`
 * module under libs/api/src/<domain>/, never in a resolver or an HTTP route. Resolvers turn arguments into a
 * service or loader call and its result into a payload; they neither run statements nor assemble SQL.
 */
const SRC = join(__dirname, '../src');
const ENTRY_POINTS = /(\.resolver|-routes)\.ts$/;
const FORBIDDEN: [RegExp, string][] = [
  [/from '\.\.\/common\/sql'/, 'imports the SQL helpers (common/sql)'],
  [/\.transaction\(/, 'opens a transaction'],
  [/\.query\s*[(<]|\bquery\s*</, 'runs a statement'],
  [/createQueryBuilder|getRepository|\.manager\b/, 'uses TypeORM directly'],
  [/params\.add\(|\bSqlParams\b/, 'assembles SQL parameters'],
  [/`[^`]*\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|NOT EXISTS)\b/, 'holds SQL text'],
];

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

describe('SQL lives in the domain modules', () => {
  const entryPoints = files(SRC).filter((file) => ENTRY_POINTS.test(file));

  it('finds the resolvers and routes', () => {
    expect(entryPoints.length).toBeGreaterThan(15);
  });

  it('no resolver or route runs or assembles SQL', () => {
    const offences = entryPoints.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return FORBIDDEN.filter(([pattern]) => pattern.test(text)).map(
        ([, what]) => `${relative(SRC, file)} ${what}`,
      );
    });
    expect(offences).toEqual([]);
  });
});
