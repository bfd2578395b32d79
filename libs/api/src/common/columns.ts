import { ObjectType } from 'type-graphql';
import {
  JoinColumn,
  ManyToOne,
  type ObjectType as EntityClass,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type RelationOptions,
} from 'typeorm';

import { Node } from './node';

/**
 * The GraphQL type of an entity fetchable with `node(id)`. Its plain fields read the property directly, without
 * type-graphql's per-field middleware wrapper.
 */
export function NodeObjectType(description: string): ClassDecorator {
  return ObjectType({ simpleResolvers: true, implements: Node, description });
}

/** The `bigint` identity key `id` of a table, kept in the property `rowId` (the API shows global IDs). */
export function IdentityKey(): PropertyDecorator {
  return PrimaryGeneratedColumn('identity', { name: 'id', type: 'bigint', generatedIdentity: 'BY DEFAULT' });
}

/**
 * `county_code`: the county the row belongs to (six digits, `countyCodeOf` of its zone; the SQL function
 * `county_key(code)` gives the same and a CHECK keeps the two equal). First in the primary key of every
 * county-owned table: the column the tables are distributed (Citus) or partitioned by, so that a statement naming
 * it reaches one county's node (docs/scaling.md). Declare it before the table's other key column.
 */
export function CountyKey(): PropertyDecorator {
  return PrimaryColumn({ name: 'county_code', type: 'varchar', length: 6, collation: 'C' });
}

/** The CHECK that keeps `county_code` equal to the county of the row's zone column. */
export function countyCheck(table: string, zoneColumn: string): [string, string] {
  return [`${table}_county_code`, `"county_code" = county_key("${zoneColumn}")`];
}

/**
 * A many-to-one relation to another county-owned row of the same county: the foreign key named `constraint` is
 * on (`county_code`, `column`) and points at the target's (`county_code`, `id`), so it never crosses counties
 * (Citus accepts foreign keys between co-located tables that include the distribution column).
 */
export function CountyReference<T>(
  target: () => EntityClass<T>,
  column: string,
  constraint: string,
  { onDelete = 'RESTRICT', nullable = false }: Omit<ReferenceOptions, 'references'> = {},
): PropertyDecorator {
  const relation = ManyToOne(target, { onDelete, nullable });
  const join = JoinColumn([
    { name: 'county_code', referencedColumnName: 'countyCode', foreignKeyConstraintName: constraint },
    { name: column, referencedColumnName: 'rowId' },
  ]);
  return (prototype, property) => {
    join(prototype, property);
    relation(prototype, property);
  };
}

/**
 * A column holding a zone code (15 digits at most, compared byte-wise so that ranges follow the code order); spread
 * it with `nullable: true` for an optional one.
 */
export function zoneCodeColumn(name: string) {
  return { name, type: 'varchar', length: 15, collation: 'C' } as const;
}

export interface ReferenceOptions {
  /** The referenced property of the target: its `rowId` (the default) or, for zones, its `code`. */
  references?: string;
  onDelete?: RelationOptions['onDelete'];
  /** Whether the reference may be null (default: not). */
  nullable?: boolean;
}

/**
 * A many-to-one relation over `column`, which the entity also maps as a plain property: the foreign key named
 * `constraint` points from it at the target's `references` property. Rows it references cannot be deleted
 * (`RESTRICT`) unless `onDelete` says otherwise.
 */
export function ManyToOneOver<T>(
  target: () => EntityClass<T>,
  column: string,
  constraint: string,
  { references = 'rowId', onDelete = 'RESTRICT', nullable = false }: ReferenceOptions = {},
): PropertyDecorator {
  const relation = ManyToOne(target, { onDelete, nullable });
  const join = JoinColumn({
    name: column,
    referencedColumnName: references,
    foreignKeyConstraintName: constraint,
  });
  return (prototype, property) => {
    join(prototype, property);
    relation(prototype, property);
  };
}
