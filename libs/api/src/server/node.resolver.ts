import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';

import { Allow } from '../auth/access';
import { scopeOf } from '../auth/principal';
import { codedError } from '../common/coded-error';
import { MAX_PAGE_SIZE } from '../common/connection';
import { fromGlobalId, isRowKey, type NodeTypeName, rowRefOfKey } from '../common/global-id';
import { Node } from '../common/node';
import type { CensusContext } from './context';

/** Relay's object identification: any object by its opaque global ID. */
@Resolver()
export class NodeResolver {
  @Allow('STAFF', 'RESIDENT')
  @Query(() => Node, {
    nullable: true,
    description:
      'The object with this global ID; null if none. A self-report session reads its own household and its ' +
      'persons here, nothing else.',
  })
  node(
    @Arg('id', () => ID, { description: 'Opaque global ID.' }) id: string,
    @Ctx() context: CensusContext,
  ): Promise<Node | null> {
    return loadNode(id, context);
  }

  @Allow('STAFF', 'RESIDENT')
  @Query(() => [Node], {
    nullable: 'items',
    description:
      'The objects with these global IDs, in order; null where none. A self-report session reads its own ' +
      'household and its persons here, nothing else.',
  })
  nodes(
    @Arg('ids', () => [ID], { description: 'Opaque global IDs (at most 100).' }) ids: string[],
    @Ctx() context: CensusContext,
  ): Promise<(Node | null)[]> {
    if (ids.length > MAX_PAGE_SIZE) {
      throw codedError(
        'input.tooManyIds',
        { max: MAX_PAGE_SIZE, count: ids.length },
        { code: 'BAD_USER_INPUT', argumentName: 'ids' },
      );
    }
    return Promise.all(ids.map((id) => loadNode(id, context)));
  }
}

/** What a self-report session may read through `node`: its household and that household's persons. */
const RESIDENT_NODE_TYPES: ReadonlySet<NodeTypeName> = new Set(['Household', 'Person']);

async function loadNode(id: string, { loaders, services, auth }: CensusContext): Promise<Node | null> {
  const parsed = fromGlobalId(id);
  if (!parsed) return null;
  const { type, key } = parsed;
  // The session's scope lets its loaders see the own household's rows (and the zones of its address); `node`
  // answers only the two kinds of object its form is made of.
  if (auth.principal.kind === 'resident' && !RESIDENT_NODE_TYPES.has(type)) return null;
  switch (type) {
    case 'Zone':
      return loaders.zoneByCode.load(key);
    case 'Building':
      return rowRefOfKey(key) ? loaders.buildingById.load(key) : null;
    case 'Household':
      return rowRefOfKey(key) ? loaders.householdById.load(key) : null;
    case 'Account':
      return isRowKey(key) ? loaders.accountById.load(key) : null;
    case 'Visit':
      return rowRefOfKey(key) ? loaders.visitById.load(key) : null;
    case 'Appointment':
      return rowRefOfKey(key) ? loaders.appointmentById.load(key) : null;
    case 'Person':
      return rowRefOfKey(key) ? loaders.personById.load(key) : null;
    case 'Problem':
      return rowRefOfKey(key) ? loaders.problemById.load(key) : null;
    case 'ExportJob':
      return isRowKey(key) ? loaders.exportJobById.load(key) : null;
    case 'WorklistItem':
      return services.reconciliation.item(key, scopeOf(auth.principal));
  }
}
