import { type ClassType, Field, ID, ObjectType } from 'type-graphql';

import { type NodeTypeName, toGlobalId } from './global-id';
import { UserError } from './user-error';

/** What every mutation answers: the changed object, or null with the reasons in `userErrors`. */
export interface Payload<T> {
  node: T | null;
  userErrors: UserError[];
}

export function payloadType<T extends object>(
  nodeType: ClassType<T>,
  field: string,
  name: string,
  description: string,
) {
  @ObjectType(name, { description })
  class PayloadType implements Payload<T> {
    @Field(() => nodeType, {
      name: field,
      nullable: true,
      description: 'The object after the change; null when rejected.',
    })
    node!: T | null;

    @Field(() => [UserError], { description: 'Why the input was rejected; empty on success.' })
    userErrors!: UserError[];
  }
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

/** The answer to a delete that went through. */
export function deleted(type: NodeTypeName, rowId: string): DeletePayload {
  return { deletedId: toGlobalId(type, rowId), userErrors: [] };
}

/** The answer to a rejected delete. */
export function notDeleted(userErrors: UserError[]): DeletePayload {
  return { deletedId: null, userErrors };
}
