import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import { parse as parseArray } from 'postgres-array';
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
  /** The select-list cast (arrays of enums come back as text otherwise). */
  cast: string;
  type: string;
  isArray: boolean;
}

interface PlanOf {
  entity: EntityClass;
  plan: ColumnPlan;
  columns: Map<string, Column>;
  full: ColumnSet;
  sets: Map<string, ColumnSet>;
}

/**
 * A list of child rows a parent's statement may read along, as an array (`Household.persons` with the households
 * of a building): one statement per nesting level less. Registered by the child's module, so that the parent's module
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
        isArray: column.isArray,
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
  /** One row's values, by position: the selected columns as text, then each grandchild list's array text. */
  decode(values: readonly (string | null)[]): Record<string, unknown>;
  /** The list's array text (null or `{}` for none) as entities. */
  parse(text: string | null): Record<string, unknown>[];
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
        const text = row[column] as string | null;
        delete row[column];
        row[nestedProperty(child.field)] = { key: child.set.key, rows: child.parse(text) };
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
 * (see `nestedItem`) when their own columns are known and travel as text unchanged.
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

/**
 * Types a nested row carries as text and turns back into the value its own statement would give: numbers, booleans,
 * text; `bigint` stays text (as node-postgres gives it), `bytea` travels as base64. Timestamps are not among them
 * (their text is not what the entities hold): a child selection with one is read by the child's own loader.
 */
const NESTED_DECODE: Record<string, (text: string) => unknown> = {
  numeric: Number,
  'double precision': Number,
  smallint: Number,
  int: Number,
  integer: Number,
  boolean: (text) => text === 'true',
  bigint: (text) => text,
  bytea: (text) => Buffer.from(text, 'base64'),
  varchar: (text) => text,
  char: (text) => text,
  text: (text) => text,
  enum: (text) => text,
};

/**
 * A child list read along: its rows as a two-dimensional PostgreSQL text array (`array(SELECT array[…])::text`, one
 * inner array of the selected columns per row, in the child order), decoded into entities by position. This is
 * what PostgreSQL writes fastest: `json_agg` of records took twice as long in the database for a small zone's
 * buildings → households → persons (it looks up every column's output per row and writes every key), and
 * `postgres-array` reads it back with string slices. Null when the child selection needs every column or a column
 * whose text would change it (timestamps): the child's own loader reads those.
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
  const columns = set.items.map((item) => of.columns.get(item.property));
  const decoders: ((text: string) => unknown)[] = [];
  for (const column of columns) {
    const decode = column && NESTED_DECODE[column.type];
    if (!decode) return null;
    // An array column (enum arrays are read as text[]) is an array literal inside the row's.
    decoders.push(column.isArray ? (text) => parseArray(text) : decode);
  }
  const c = `${child.table.charAt(0)}_${field}`;
  const elements = set.items.map((item, i) => {
    const value = item.sql(c);
    const type = columns[i]!.type;
    if (type === 'bytea') return `encode(${value}, 'base64')`;
    return type === 'varchar' || type === 'text' ? value : `(${value})::text`;
  });
  const properties = set.items.map((item) => item.property);
  const grandchildren = set.nested;
  const order = child.orderBy
    .map((property) => {
      const column = of.columns.get(property);
      if (!column) throw new Error(`${property} is not a column of ${child.table}.`);
      return `${c}."${column.name}"`;
    })
    .join(', ');
  const prototype = child.entity.prototype as object;
  return {
    field,
    child: of,
    set,
    // The child's own children (a building's households with their persons) one level further down, as one more
    // element of each row; the statement's counties named on every level.
    sql: (alias, county) =>
      `array(SELECT array[${[
        ...elements,
        ...grandchildren.map((grandchild) => grandchild.sql(c, county)),
      ].join(', ')}]
          FROM ${child.table} ${c}
          WHERE ${county ? `${c}.county_code ${county} AND ` : ''}${child.link(c, alias)}
          ORDER BY ${order})::text`,
    decode(values) {
      const row = Object.create(prototype) as Record<string, unknown>;
      for (let i = 0; i < properties.length; i += 1) {
        const text = values[i];
        row[properties[i]] = text === null || text === undefined ? null : decoders[i](text);
      }
      for (let i = 0; i < grandchildren.length; i += 1) {
        const grandchild = grandchildren[i];
        row[nestedProperty(grandchild.field)] = {
          key: grandchild.set.key,
          rows: grandchild.parse(values[properties.length + i] ?? null),
        };
      }
      return row;
    },
    parse(text) {
      if (!text) return [];
      return (parseArray(text) as unknown as (string | null)[][]).map((values) => this.decode(values));
    },
  };
}
