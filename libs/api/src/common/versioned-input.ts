import { Field, ID, InputType, Int } from 'type-graphql';

type Change = 'update' | 'delete' | 'change';

/** The fields of an input that changes one object under optimistic locking. */
export interface VersionedChange {
  id: string;
  expectedVersion: number;
}

const bases = new Map<string, abstract new () => VersionedChange>();

/**
 * The base of an input that changes one versioned object: its global ID and the version the client read. `what`
 * names the object and `change` the mutation in the field descriptions. The base is registered, because type-graphql
 * only finds the fields of a registered parent, but no field names it, so it stays out of the schema.
 */
export function VersionedChangeInput(what: string, change: Change): abstract new () => VersionedChange {
  const name = `Versioned${what[0].toUpperCase()}${what.slice(1)}${change[0].toUpperCase()}${change.slice(1)}Base`;
  const known = bases.get(name);
  if (known) return known;

  @InputType(name)
  abstract class Base implements VersionedChange {
    @Field(() => ID, { description: `Global ID of the ${what}.` })
    id!: string;

    @Field(() => Int, {
      description: `The version the client read; the ${change} fails with CONFLICT if it moved.`,
    })
    expectedVersion!: number;
  }
  bases.set(name, Base);
  return Base;
}
