import { ObjectType } from 'type-graphql';
import {
  JoinColumn,
  ManyToOne,
  type ObjectType as EntityClass,
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
