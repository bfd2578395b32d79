/**
 * A partitioned twin of the county-owned tables, to prove without a Citus cluster that a statement reaches one
 * county (docs/scaling.md, "The partition test").
 *
 * Citus routes a statement to one node when the planner can tell from the statement's own values which shard of
 * each distributed table it needs: an equality on the distribution column, carried through joins on it. PostgreSQL
 * prunes the partitions of a table partitioned by list on the same column by the same rule. So in a schema `twin`
 * of the test database every county-owned table is re-created, empty, `PARTITION BY LIST (county_code)` with one
 * partition per county and a DEFAULT partition; a recorded statement is then planned there (search_path twin,
 * public, its recorded values bound as constants, as a custom plan) and the plan tells which partitions of which
 * table it would read or change. EXPLAIN without ANALYZE runs nothing; the whole twin lives in one transaction that
 * is rolled back.
 */

/** Runs one statement on the twin's connection (a TypeORM query runner's `query`, say). */
export type Run = (sql: string, values?: unknown[]) => Promise<unknown>;

export interface TwinOptions {
  /** The schema of the twin (default `twin`). */
  schema?: string;
  /** The tables to partition (public.<name>). */
  tables: readonly string[];
  /** The counties to give a partition each; a DEFAULT partition takes the rest. */
  counties: readonly string[];
  /** The partition key (default `county_code`). */
  key?: string;
  /**
   * Adds the key as a column `varchar(6)` to a table that lacks it, so that the rest of the machinery can run on a
   * schema before the key (then every statement is unrouted). Without it a table lacking the key is a problem.
   */
  addMissingKey?: boolean;
}

export interface Partition {
  /** The county-owned table it belongs to. */
  table: string;
  /** Its county, or null for the DEFAULT partition. */
  county: string | null;
}

export interface Twin {
  schema: string;
  /** The partitioned tables of the twin. */
  tables: Set<string>;
  /** `schema.relation` of every partition → its table and county. */
  partitions: Map<string, Partition>;
  /**
   * What keeps a table from being distributed by the key, in words: a missing key column, a primary key or unique
   * constraint or index without the key (the twin gets a plain index instead), a foreign key between county-owned
   * tables without the key.
   */
  problems: string[];
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Creates the twin (inside the caller's transaction: roll it back to drop it). */
export async function createTwin(run: Run, options: TwinOptions): Promise<Twin> {
  const schema = options.schema ?? 'twin';
  const key = options.key ?? 'county_code';
  const problems: string[] = [];
  const tables = new Set<string>();
  const owned = new Set(options.tables);
  await run(`CREATE SCHEMA ${quoteIdent(schema)}`);
  for (const table of options.tables) {
    const columns = (await run(
      `SELECT attname AS name FROM pg_attribute
        WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped`,
      [`public.${quoteIdent(table)}`],
    )) as { name: string }[];
    if (columns.length === 0) {
      problems.push(`${table}: no such table`);
      continue;
    }
    const hasKey = columns.some((column) => column.name === key);
    if (!hasKey) {
      problems.push(`${table}: has no column ${key}`);
      if (!options.addMissingKey) continue;
    }
    const extra = hasKey ? '' : `, ${quoteIdent(key)} varchar(6)`;
    const target = `${quoteIdent(schema)}.${quoteIdent(table)}`;
    await run(
      `CREATE TABLE ${target} (LIKE public.${quoteIdent(table)} INCLUDING DEFAULTS INCLUDING IDENTITY
         INCLUDING GENERATED INCLUDING CONSTRAINTS${extra}) PARTITION BY LIST (${quoteIdent(key)})`,
    );
    tables.add(table);
    for (const county of options.counties)
      await run(
        `CREATE TABLE ${quoteIdent(schema)}.${quoteIdent(`${table}_${county}`)} PARTITION OF ${target}
           FOR VALUES IN (${quoteLiteral(county)})`,
      );
    await run(
      `CREATE TABLE ${quoteIdent(schema)}.${quoteIdent(`${table}_default`)} PARTITION OF ${target} DEFAULT`,
    );

    // Primary keys and unique constraints by name (ON CONFLICT ON CONSTRAINT names them), other indexes as they
    // are; one that is unique without the key cannot exist on a partitioned table: a plain index instead.
    const indexes = (await run(
      `SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS definition, x.indisunique AS "unique",
              c.conname AS "constraint", pg_get_constraintdef(c.oid) AS "constraintDefinition",
              ARRAY(SELECT attname FROM pg_attribute a
                     WHERE a.attrelid = x.indrelid AND a.attnum = ANY(x.indkey))::text[] AS columns
         FROM pg_index x
         JOIN pg_class i ON i.oid = x.indexrelid
         LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.contype IN ('p', 'u', 'x')
        WHERE x.indrelid = to_regclass($1)
        ORDER BY i.relname`,
      [`public.${quoteIdent(table)}`],
    )) as {
      name: string;
      definition: string;
      unique: boolean;
      constraint: string | null;
      constraintDefinition: string | null;
      columns: string[];
    }[];
    for (const index of indexes) {
      const onTwin = index.definition.replace(
        ` ON public.${table} `,
        ` ON ${quoteIdent(schema)}.${quoteIdent(table)} `,
      );
      const withKey = index.columns.includes(key);
      if (index.unique && !withKey) {
        const what = index.constraint ? `constraint ${index.constraint}` : `unique index ${index.name}`;
        problems.push(`${table}: ${what} (${index.columns.join(', ')}) does not include ${key}`);
        await run(onTwin.replace(/^CREATE UNIQUE INDEX/, 'CREATE INDEX'));
      } else if (index.constraint) {
        await run(
          `ALTER TABLE ${target} ADD CONSTRAINT ${quoteIdent(index.constraint)} ${index.constraintDefinition}`,
        );
      } else {
        await run(onTwin);
      }
    }

    // Foreign keys are not copied (the twin is empty), but one between two county-owned tables must carry the key
    // for Citus to keep both rows on one node (co-location).
    const foreignKeys = (await run(
      `SELECT c.conname AS name, f.relname AS referenced,
              ARRAY(SELECT attname FROM pg_attribute a
                     WHERE a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey))::text[] AS columns
         FROM pg_constraint c JOIN pg_class f ON f.oid = c.confrelid
        WHERE c.conrelid = to_regclass($1) AND c.contype = 'f'
        ORDER BY c.conname`,
      [`public.${quoteIdent(table)}`],
    )) as { name: string; referenced: string; columns: string[] }[];
    for (const foreignKey of foreignKeys)
      if (owned.has(foreignKey.referenced) && !foreignKey.columns.includes(key))
        problems.push(
          `${table}: foreign key ${foreignKey.name} (${foreignKey.columns.join(', ')}) to ${foreignKey.referenced} ` +
            `does not include ${key}`,
        );
  }

  const partitions = new Map<string, Partition>();
  const rows = (await run(
    `SELECT n.nspname AS schema, c.relname AS partition, p.relname AS "table",
            pg_get_expr(c.relpartbound, c.oid) AS bound
       FROM pg_inherits i
       JOIN pg_class c ON c.oid = i.inhrelid
       JOIN pg_class p ON p.oid = i.inhparent
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1`,
    [schema],
  )) as { schema: string; partition: string; table: string; bound: string }[];
  for (const row of rows) {
    const county = /^FOR VALUES IN \('([^']*)'\)$/.exec(row.bound)?.[1] ?? null;
    partitions.set(`${row.schema}.${row.partition}`, { table: row.table, county });
  }
  return { schema, tables, partitions, problems };
}

/** What one plan reaches of the twin. */
export interface Reach {
  /** County-owned table → the partitions of it the plan reads or changes (`schema.relation`). */
  partitions: Map<string, Set<string>>;
  /** County-owned tables the plan names only as a whole (an INSERT's target: each row goes by its own key). */
  wholeTables: Set<string>;
  /** County-owned tables the plan reads outside the twin (a statement naming `public.<table>`). */
  outside: Set<string>;
}

/**
 * Walks an EXPLAIN (FORMAT JSON, VERBOSE) plan: every node that names a relation (scans, ModifyTable targets,
 * Append and MergeAppend children, InitPlans, SubPlans and CTEs, which are all nodes of the tree) is mapped to its
 * table. Children an Append pruned at executor start-up ("Subplans Removed") are not in the tree, so they count
 * as not reached, as in Citus.
 */
export function reachOf(plan: unknown, twin: Twin, owned: ReadonlySet<string>): Reach {
  const reach: Reach = { partitions: new Map(), wholeTables: new Set(), outside: new Set() };
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const node = value as Record<string, unknown>;
    const relation = node['Relation Name'];
    if (typeof relation === 'string') {
      const schema = typeof node.Schema === 'string' ? node.Schema : twin.schema;
      const partition = twin.partitions.get(`${schema}.${relation}`);
      if (partition) {
        const reached = reach.partitions.get(partition.table) ?? new Set<string>();
        reached.add(`${schema}.${relation}`);
        reach.partitions.set(partition.table, reached);
      } else if (schema === twin.schema && twin.tables.has(relation)) {
        reach.wholeTables.add(relation);
      } else if (owned.has(relation)) {
        reach.outside.add(relation);
      }
    }
    for (const inner of Object.values(node)) if (typeof inner === 'object') visit(inner);
  };
  visit(plan);
  return reach;
}

/** The counties a reach touches (null: the DEFAULT partition), over all its tables. */
export function countiesOf(reach: Reach, twin: Twin): Set<string | null> {
  const counties = new Set<string | null>();
  for (const reached of reach.partitions.values())
    for (const partition of reached) counties.add(twin.partitions.get(partition)!.county);
  return counties;
}

/** A statement's plan in the twin, its recorded values bound as constants (a custom plan, as Citus's router). */
export async function explain(run: Run, twin: Twin, sql: string, values: unknown[]): Promise<unknown> {
  await run(`SET LOCAL search_path = ${quoteIdent(twin.schema)}, public`);
  await run(`SET LOCAL plan_cache_mode = force_custom_plan`);
  const rows = (await run(`EXPLAIN (FORMAT JSON, VERBOSE) ${sql}`, values)) as Record<string, unknown>[];
  const output = rows[0]['QUERY PLAN'];
  return typeof output === 'string' ? (JSON.parse(output) as unknown) : output;
}

/**
 * Fills the twin with the rows of the county-owned tables (identity sequences set past them) and then gives it the
 * tables' triggers, so that a write run in the twin fires the API's trigger functions on twin rows (the functions
 * name their tables without a schema: with search_path twin, public they reach the twin).
 */
export async function fillTwin(run: Run, twin: Twin): Promise<void> {
  await run(`SET LOCAL search_path = ${quoteIdent(twin.schema)}, public`);
  for (const table of twin.tables) {
    const source = `public.${quoteIdent(table)}`;
    const target = `${quoteIdent(twin.schema)}.${quoteIdent(table)}`;
    const columns = (await run(
      `SELECT attname AS name, attidentity <> '' AS identity FROM pg_attribute
        WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
        ORDER BY attnum`,
      [source],
    )) as { name: string; identity: boolean }[];
    const list = columns.map((column) => quoteIdent(column.name)).join(', ');
    await run(`INSERT INTO ${target} (${list}) OVERRIDING SYSTEM VALUE SELECT ${list} FROM ${source}`);
    for (const column of columns.filter((c) => c.identity))
      await run(
        `SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max(${quoteIdent(column.name)})
           FROM ${target}), 0) + 1, false)`,
        [target, column.name],
      );
  }
  for (const table of twin.tables) {
    const triggers = (await run(
      `SELECT pg_get_triggerdef(oid) AS definition FROM pg_trigger
        WHERE tgrelid = to_regclass($1) AND NOT tgisinternal ORDER BY tgname`,
      [`public.${quoteIdent(table)}`],
    )) as { definition: string }[];
    for (const { definition } of triggers)
      await run(
        definition.replace(` ON public.${table} `, ` ON ${quoteIdent(twin.schema)}.${quoteIdent(table)} `),
      );
  }
}
