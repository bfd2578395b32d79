import { type ClassType, Field, ID, ObjectType } from 'type-graphql';
import type { ObjectLiteral } from 'typeorm';

import { cursorOfRow, edgeClassOf, type EdgeOf } from './edge';
import { countyRowGlobalId, type NodeTypeName } from './global-id';
import { UserError } from './user-error';

/** What every mutation answers: the changed object, or null with the reasons in `userErrors`. */
export interface Payload<T> {
  node: T | null;
  userErrors: UserError[];
}

/**
 * The `<Name>Payload` type of a mutation: the object under `field`, its user errors, and, given `edge`, the object
 * as an edge of its connections under `<field>Edge` (with the cursor those connections give it).
 */
export function payloadType<T extends ObjectLiteral>(
  nodeType: ClassType<T>,
  field: string,
  name: string,
  description: string,
  edge?: EdgeOf<T>,
) {
  class PayloadType implements Payload<T> {
    @Field(() => nodeType, {
      name: field,
      nullable: true,
      description: 'The object after the change; null when rejected.',
    })
    node!: T | null;

    @Field(() => [UserError], { description: 'Why the input was rejected; empty on success.' })
    userErrors!: UserError[];

    /** Read only when `edge` is given, which makes it a field (services answer plain objects: type-graphql makes
     * them instances of this class before it reads a getter). */
    get edge(): { node: T; cursor: string } | null {
      return this.node && edge ? { node: this.node, cursor: cursorOfRow(edge.spec, this.node) } : null;
    }
  }
  if (edge) {
    Field(edgeClassOf(edge.name), {
      name: `${field}Edge`,
      nullable: true,
      description:
        `The object as an edge of the ${edge.name}Connection lists, with the cursor they give it: a ` +
        'connection-aware cache inserts it where it belongs. Null when rejected.',
    })(PayloadType.prototype, 'edge', Object.getOwnPropertyDescriptor(PayloadType.prototype, 'edge')!);
  }
  ObjectType(name, { description })(PayloadType);
  return PayloadType;
}

@ObjectType({ description: 'Result of a delete mutation.' })
export class DeletePayload {
  @Field(() => ID, { nullable: true, description: 'Global ID of the deleted object; null when rejected.' })
  deletedId!: string | null;

  @Field(() => [UserError], { description: 'Why the delete was rejected; empty on success.' })
  userErrors!: UserError[];
}

export function ok<T>(node: T): Payload<T> {
  return { node, userErrors: [] };
}

export function rejected<T>(userErrors: UserError[]): Payload<T> {
  return { node: null, userErrors };
}

/**
 * The answer to a delete of a county-owned row that went through: its global ID in the form the client holds
 * (with the county, as the row's `id` field gives it), so that a cache can drop the object by that ID.
 */
export function deleted(type: NodeTypeName, countyCode: string, rowId: string): DeletePayload {
  return { deletedId: countyRowGlobalId(type, countyCode, rowId), userErrors: [] };
}

/** The answer to a rejected delete. */
export function notDeleted(userErrors: UserError[]): DeletePayload {
  return { deletedId: null, userErrors };
}
