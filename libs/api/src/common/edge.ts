import { type ClassType, getMetadataStorage } from 'type-graphql';
import type { ObjectLiteral } from 'typeorm';

import type { ListSpec } from './page-loader';

/**
 * Where a mutation's object sits in the connections of its type: the `<type>Edge` GraphQL type that
 * `connectionType` made, and the list order whose keyset cursor the connections hand out. A payload answers the
 * object as such an edge too, so a connection-aware cache (Relay's `@appendEdge`, Apollo, urql graphcache) can
 * insert it where it belongs without asking for the list again.
 */
export interface EdgeOf<T extends ObjectLiteral> {
  /** The connection's name: `Household` for HouseholdConnection and HouseholdEdge. */
  name: string;
  spec: ListSpec<T>;
}

/** The class of the `<name>Edge` object type, looked up when the schema is built (all types are declared then). */
export function edgeClassOf(name: string): () => ClassType {
  return () => {
    const edge = getMetadataStorage().objectTypes.find((type) => type.name === `${name}Edge`);
    if (!edge) throw new Error(`No object type ${name}Edge: declare ${name}Connection first.`);
    return edge.target as ClassType;
  };
}

/**
 * The cursor the connections ordered by `spec` give this row: the same keyset values, encoded the same way as
 * the page loader does (a test compares the two on every edge a payload answers).
 */
export function cursorOfRow<T extends ObjectLiteral>(spec: ListSpec<T>, row: T): string {
  const values = spec.order.map((o) => {
    const value: unknown = row[o.property];
    return value instanceof Date ? value.toISOString() : String(value);
  });
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}
