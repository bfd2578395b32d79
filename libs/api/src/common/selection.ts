import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import type { DataSource, ObjectLiteral } from 'typeorm';

/** One column of a select list: its property and its value expression over a table alias. */
export interface Item {
  property: string;
  sql(alias: string): string;
}

/**
 * The columns a statement reads for one GraphQL selection: `key` identifies the set (loaders are keyed by it, so
 * two selections reading different columns never share a statement), `sql(alias)` is its select list, and
 * `complete` says that every column of the entity is read (only then may a row prime the by-key loaders, whose
 * other readers expect whole rows). `attach(row)` turns the rows of nested children read in the same statement
 * (see `registerChildren`) into entities on the row, for `nestedRows`.
 */
export interface ColumnSet {
  key: string;
  complete: boolean;
  /** Whether child lists are read along (their sub-selects then name the statement's counties: `sql`). */
  hasChildren: boolean;
  /**
   * The select list over `alias`; `county` (`= $n` or `= ANY($n::text[])`, the statement's counties) is repeated in
   * the sub-selects of nested children, so that they reach only those counties' partitions too.
   */
  sql(alias: string, county?: string | null): string;
  attach(row: Record<string, unknown>): void;
}

/** How the GraphQL fields of an entity type map to its columns (see `columnsFor`). */
export interface ColumnPlan {
  /** Properties every row reads: its key, its parents' keys, the list order (cursors), what scope checks test. */
  always: readonly string[];
  /** Fields resolved from the row's key columns alone (`id`, nested lists, references to parents). */
  keyOnly: readonly string[];
  /**
   * Fields needing other columns than their own name: properties, or items with their own expression.
   * `unmasked` gives the columns when the field is asked with an `unmasked` argument other than a literal `false`.
   */
  special?: Record<string, { masked: readonly (string | Item)[]; unmasked: readonly (string | Item)[] }>;
  /**
   * Fields whose resolvers read the whole row although a column has their name (the long form: its sealed answers,
   * and the short-form facts its checks need): selecting one reads every column.
   */
  wholeRow?: readonly string[];
}

/** Types whose fields a selection walks into: `nodes`, `edges.node`, or the field's own selection. */
export type SelectionPath = 'list' | 'connection';

type EntityClass = new () => ObjectLiteral;

interface Column {
  name: string;
  /** The select-list cast (arrays of enums), and how the value travels inside JSON (see `jsonValue`). */
  cast: string;
  type: string;
}

interface PlanOf {
  entity: EntityClass;
  plan: ColumnPlan;
  columns: Map<string, Column>;
  full: ColumnSet;
  sets: Map<string, ColumnSet>;
}

/**
 * A list of child rows a parent's statement may read along, as JSON (`Household.persons` with the households of
 * a building): one statement per nesting level less. Registered by the child's module, so that the parent's module
 * does not depend on it.
 */
export interface ChildList {
  entity: EntityClass;
  plan: ColumnPlan;
  table: string;
  /** The condition tying child alias `c` to parent alias `t`: county, parent key, and the parent's small zone. */
  link(child: string, parent: string): string;
  /** The child order, by properties the child rows always read (`ColumnPlan.always`). */
  orderBy: readonly string[];
}

const children = new Map<string, Map<string, ChildList>>();

/** Lets the statements reading `parent` rows read the list field `field` along, when a request selects it. */
export function registerChildren(parent: EntityClass, field: string, list: ChildList): void {
  let fields = children.get(parent.name);
  if (!fields) children.set(parent.name, (fields = new Map<string, ChildList>()));
  fields.set(field, list);
}

const plans = new WeakMap<DataSource, Map<string, PlanOf>>();

function planOf(db: DataSource, entity: EntityClass, plan: ColumnPlan): PlanOf {
  let byEntity = plans.get(db);
  if (!byEntity) plans.set(db, (byEntity = new Map<string, PlanOf>()));
  let found = byEntity.get(entity.name);
  if (found) return found;
  const columns = new Map<string, Column>(
    db.getMetadata(entity).columns.map((column) => [
      column.propertyName,
      {
        name: column.databaseName,
        // Arrays of a custom enum come back as '{A,B}' text unless cast: node-postgres only knows built-in array types.
        cast: column.isArray && column.type === 'enum' ? '::text[]' : '',
        type: typeof column.type === 'string' ? column.type : 'text',
      },
    ]),
  );
  const all = [...columns.keys()].map((property) => itemOf(columns, property));
  const full = columnSet('*', true, all, []);
  found = { entity, plan, columns, full, sets: new Map() };
  byEntity.set(entity.name, found);
  return found;
}

function itemOf(columns: Map<string, Column>, expr: string | Item): Item {
  if (typeof expr !== 'string') return expr;
  const column = columns.get(expr);
  if (!column) throw new Error(`${expr} is not a column.`);
  return { property: expr, sql: (alias) => `${alias}."${column.name}"${column.cast}` };
}

interface NestedItem {
  field: string;
  child: PlanOf;
  set: ColumnSet;
  sql(alias: string, county: string | null): string;
  decode(value: Record<string, unknown>): Record<string, unknown>;
}

function columnSet(key: string, complete: boolean, items: readonly Item[], nested: readonly NestedItem[]) {
  const cache = new Map<string, string>();
  return {
    key,
    complete,
    hasChildren: nested.length > 0,
    items,
    nested,
    sql(alias: string, county?: string | null) {
      const cacheKey = `${alias}|${county ?? ''}`;
      let sql = cache.get(cacheKey);
      if (sql === undefined) {
        sql = [
          ...items.map((item) => `${item.sql(alias)} AS "${item.property}"`),
          ...nested.map((child) => `${child.sql(alias, county ?? null)} AS "${nestedColumn(child.field)}"`),
        ].join(', ');
        cache.set(cacheKey, sql);
      }
      return sql;
    },
    attach(row: Record<string, unknown>) {
      for (const child of nested) {
        const column = nestedColumn(child.field);
        const values = row[column] as Record<string, unknown>[] | null;
        delete row[column];
        row[nestedProperty(child.field)] = {
          key: child.set.key,
          rows: (values ?? []).map((value) => child.decode(value)),
        };
      }
    },
  } satisfies ColumnSet & { items: readonly Item[]; nested: readonly NestedItem[] };
}

const nestedColumn = (field: string) => `__nested_${field}`;
const nestedProperty = (field: string) => `__rows_${field}`;

/**
 * The children of `parent` read along with it for `field` (see `registerChildren`), when they were read with the
 * columns `selection` asks for; undefined otherwise (then the child's own loader reads them).
 */
export function nestedRows<T>(parent: object, field: string, selection: ColumnSet): T[] | undefined {
  const nested = (parent as Record<string, unknown>)[nestedProperty(field)] as
    { key: string; rows: T[] } | undefined;
  return nested && nested.key === selection.key ? nested.rows : undefined;
}

/** Every column of the entity: what a statement reads when the selection is not known. */
export function allColumns(db: DataSource, entity: EntityClass, plan: ColumnPlan): ColumnSet {
  return planOf(db, entity, plan).full;
}

interface Selected {
  names: Set<string>;
  unmasked: Set<string>;
  /** Field nodes of the items' fields, by field name (for the selections of nested children). */
  nodes: Map<string, FieldNode[]>;
}

/**
 * The fields selected on the items of `fieldNodes` (for a connection: below `nodes` and `edges { node }`), through
 * fragments, and the names asked with an `unmasked` argument that is not a literal `false`. Directives are ignored
 * (a field under `@skip` still counts): reading a column too many is harmless.
 */
function selectedFields(
  fieldNodes: readonly FieldNode[],
  fragments: GraphQLResolveInfo['fragments'],
  path: SelectionPath,
): Selected {
  const names = new Set<string>();
  const unmasked = new Set<string>();
  const nodes = new Map<string, FieldNode[]>();
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, depth: string[]) => {
    if (!set) return;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (depth.length === 0) onItem(selection);
        else if (selection.name.value === depth[0]) visit(selection.selectionSet, depth.slice(1));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, depth);
      } else {
        const name = selection.name.value;
        const key = `${name}|${depth.join('.')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        visit(fragments[name]?.selectionSet, depth);
      }
    }
  };
  const onItem = (field: FieldNode) => {
    const name = field.name.value;
    names.add(name);
    nodes.set(name, [...(nodes.get(name) ?? []), field]);
    const argument = field.arguments?.find((arg) => arg.name.value === 'unmasked');
    if (argument && !(argument.value.kind === Kind.BOOLEAN && !argument.value.value)) unmasked.add(name);
  };
  const depths = path === 'connection' ? [['nodes'], ['edges', 'node']] : [[]];
  for (const node of fieldNodes) for (const depth of depths) visit(node.selectionSet, depth);
  return { names, unmasked, nodes };
}

/** Whether the field being resolved selects `name` directly (through fragments too). */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return selectedFields(info.fieldNodes, info.fragments, 'list').names.has(name);
}

/** The column set of each field node (a parsed document is reused by every request sending it). */
const chosen = new WeakMap<FieldNode, Map<string, ColumnSet>>();

/**
 * The columns the items of the field being resolved need: the plan's `always` columns, the column of each selected
 * field named like a column property, the `special` columns of the fields that have them; every column as soon as
 * a field is selected that the plan does not know (a resolver of another module may read any column of the row).
 * Sealed columns (citizen ID, phone) are read only for the fields that show them, and decrypted only when asked
 * `unmasked` (the masked form is a column of its own). Registered child lists that are selected are read along
 * as JSON when their own columns are known and travel in JSON as they are.
 */
export function columnsFor(
  db: DataSource,
  entity: EntityClass,
  plan: ColumnPlan,
  info: GraphQLResolveInfo | undefined,
  path: SelectionPath,
): ColumnSet {
  const of = planOf(db, entity, plan);
  if (!info) return of.full;
  // The same field of the same parsed document (every household of a request, every request of a document)
  // selects the same columns.
  const node = info.fieldNodes[0];
  let known = chosen.get(node);
  const cacheKey = `${entity.name}|${path}|${info.fieldNodes.length}`;
  const found = known?.get(cacheKey);
  if (found) return found;
  const set = chooseColumns(db, of, selectedFields(info.fieldNodes, info.fragments, path), info.fragments);
  if (!known) chosen.set(node, (known = new Map<string, ColumnSet>()));
  known.set(cacheKey, set);
  return set;
}

function chooseColumns(
  db: DataSource,
  of: PlanOf,
  { names, unmasked, nodes }: Selected,
  fragments: GraphQLResolveInfo['fragments'],
): ColumnSet {
  const { plan } = of;
  const items = new Map<string, Item>();
  const nested: NestedItem[] = [];
  const add = (expr: string | Item) => {
    const item = itemOf(of.columns, expr);
    items.set(typeof expr === 'string' ? expr : `${item.property}:${item.sql('t')}`, item);
  };
  for (const property of plan.always) add(property);
  for (const name of names) {
    if (name === '__typename') continue;
    const child = children.get(of.entity.name)?.get(name);
    if (child) {
      const item = nestedItem(
        db,
        name,
        child,
        selectedFields(nodes.get(name) ?? [], fragments, 'list'),
        fragments,
      );
      if (item) nested.push(item);
      continue;
    }
    if (plan.keyOnly.includes(name)) continue;
    if (plan.wholeRow?.includes(name)) return of.full;
    const special = plan.special?.[name];
    if (special) {
      for (const expr of unmasked.has(name) ? special.unmasked : special.masked) add(expr);
      continue;
    }
    if (!of.columns.has(name)) return of.full;
    add(name);
  }
  const key = [
    [...items.keys()].sort().join(','),
    ...nested.map((child) => `${child.field}(${child.set.key})`).sort(),
  ].join(';');
  let set = of.sets.get(key);
  if (!set) {
    set = columnSet(key, false, [...items.values()], nested);
    of.sets.set(key, set);
  }
  return set;
}

/** Types whose values JSON carries as they are; `bigint` travels as text, `bytea` as base64. */
const JSON_SAFE = new Set([
  'numeric',
  'varchar',
  'char',
  'text',
  'enum',
  'smallint',
  'int',
  'integer',
  'boolean',
  'bigint',
  'bytea',
  'double precision',
]);

/**
 * A child list read along as JSON: its rows' columns as `json_build_object`, aggregated in the child order. Null
 * when the child selection needs every column or a column JSON would change (timestamps, numbers too large for a
 * double): the child's own loader reads those.
 */
function nestedItem(
  db: DataSource,
  field: string,
  child: ChildList,
  selected: Selected,
  fragments: GraphQLResolveInfo['fragments'],
): NestedItem | null {
  const of = planOf(db, child.entity, child.plan);
  const set = chooseColumns(db, of, selected, fragments) as ReturnType<typeof columnSet>;
  if (set.complete) return null;
  const types = set.items.map((item) => of.columns.get(item.property)?.type ?? '');
  if (!types.every((type) => JSON_SAFE.has(type))) return null;
  const c = `${child.table.charAt(0)}_${field}`;
  // Rows of a sub-select aggregated as records: json_agg of a record looks up each column's output once per
  // column, json_build_object once per value (three times slower here).
  const columns = [
    ...set.items.map((item, i) => {
      const value = item.sql(c);
      const json =
        types[i] === 'bigint'
          ? `${value}::text`
          : types[i] === 'bytea'
            ? `encode(${value}, 'base64')`
            : value;
      return `${json} AS "${item.property}"`;
    }),
  ];
  const grandchildren = (county: string | null) =>
    set.nested
      .map((grandchild) => `, ${grandchild.sql(c, county)} AS "${nestedColumn(grandchild.field)}"`)
      .join('');
  const x = `${c}_rows`;
  const order = child.orderBy.map((property) => `${x}."${property}"`).join(', ');
  const binary = set.items.filter((_item, i) => types[i] === 'bytea').map((item) => item.property);
  const prototype = child.entity.prototype as object;
  return {
    field,
    child: of,
    set,
    // The child's own children (a building's households with their persons) one level further down; the
    // statement's counties named on every level.
    sql: (alias, county) =>
      `(SELECT coalesce(json_agg(${x} ORDER BY ${order}), '[]'::json)
          FROM (SELECT ${columns.join(', ')}${grandchildren(county)} FROM ${child.table} ${c}
                WHERE ${county ? `${c}.county_code ${county} AND ` : ''}${child.link(c, alias)}) ${x})`,
    decode(value) {
      for (const property of binary) {
        const text = value[property];
        value[property] = typeof text === 'string' ? Buffer.from(text, 'base64') : null;
      }
      set.attach(value);
      return Object.setPrototypeOf(value, prototype) as Record<string, unknown>;
    },
  };
}
