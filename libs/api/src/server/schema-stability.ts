import {
  type BreakingChange,
  buildSchema,
  findBreakingChanges,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
} from 'graphql';

/**
 * Breaking changes between the released schema and the current one that were not announced first: a field may only
 * be removed when the released schema already marked it @deprecated (teams building on the API had a release to
 * move off it); every other breaking change (type changes, removed types, new required arguments...) is refused.
 */
export function unannouncedBreakingChanges(releasedSdl: string, currentSdl: string): BreakingChange[] {
  const released = buildSchema(releasedSdl);
  const current = buildSchema(currentSdl);
  return findBreakingChanges(released, current).filter((change) => !announcedOrHarmless(released, change));
}

function announcedOrHarmless(schema: GraphQLSchema, change: BreakingChange): boolean {
  const kind = String(change.type);
  // Built-in scalars vanish from a printed schema when nothing uses them any more; clients never notice.
  if (kind === 'TYPE_REMOVED') return change.description.startsWith('Standard scalar ');
  if (kind !== 'FIELD_REMOVED') return false;
  const [typeName, fieldName] = change.description.split(' ')[0].split('.');
  const type = schema.getType(typeName);
  if (!type || !(isObjectType(type) || isInterfaceType(type))) return false;
  return Boolean(type.getFields()[fieldName]?.deprecationReason);
}
