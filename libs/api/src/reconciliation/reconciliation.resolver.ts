import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';

import { Account } from '../accounts/account.entity';
import { Allow } from '../auth/access';
import { scopeOf } from '../auth/principal';
import { Role } from '../auth/role';
import { connectionType, PageArgs } from '../common/connection';
import { payloadType } from '../common/payload';
import { Household } from '../households/household.entity';
import { Person } from '../persons/person.entity';
import { actorOf, type CensusContext } from '../server/context';
import { Zone } from '../zones/zone.entity';
import { WorklistKind, WorklistStatus } from './reconciliation.enums';
import { CloseWorklistItemInput, WorklistItem } from './reconciliation.types';

export const WorklistItemConnection = connectionType(
  WorklistItem,
  'WorklistItem',
  'A page of worklist items, ordered by key.',
);
const WorklistItemPayload = payloadType(
  WorklistItem,
  'item',
  'WorklistItemPayload',
  'Result of closing or reopening a worklist item.',
);

@Resolver(() => WorklistItem)
export class ReconciliationResolver {
  @Allow('STAFF')
  @Query(() => WorklistItemConnection, {
    description:
      '摸底比对: where the police registry push and the listing disagree in a zone (and below it), computed from ' +
      'the current data, ordered by key. Only items in your zones are listed.',
  })
  async listingWorklist(
    @Arg('zoneCode', { description: 'Any zone; usually a small zone.' }) zoneCode: string,
    @Arg('kinds', () => [WorklistKind], {
      nullable: true,
      description: 'Only these kinds; all when omitted.',
    })
    kinds: WorklistKind[] | null,
    @Arg('status', () => [WorklistStatus], {
      nullable: true,
      description: 'Only these statuses; all when omitted.',
    })
    status: WorklistStatus[] | null,
    @Args() page: PageArgs,
    @Ctx() context: CensusContext,
  ) {
    const scope = scopeOf(context.auth.principal);
    return WorklistItemConnection.of(
      await context.services.reconciliation.worklist(zoneCode.trim(), kinds, status, page, scope),
    );
  }

  @FieldResolver(() => Zone, { nullable: true, description: 'The zone the item belongs to.' })
  zone(@Root() item: WorklistItem, @Ctx() { loaders }: CensusContext): Promise<Zone | null> {
    return loaders.zoneByCode.load(item.zoneCode);
  }

  @FieldResolver(() => Household, {
    nullable: true,
    description: 'The listed household concerned, if any (null when outside your zones).',
  })
  household(@Root() item: WorklistItem, @Ctx() { loaders }: CensusContext): Promise<Household | null> | null {
    return item.householdRowId ? loaders.householdById.load(item.householdRowId) : null;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The listed person concerned, if any (null when outside your zones).',
  })
  person(@Root() item: WorklistItem, @Ctx() { loaders }: CensusContext): Promise<Person | null> | null {
    return item.personRowId ? loaders.personById.load(item.personRowId) : null;
  }

  @FieldResolver(() => Account, {
    nullable: true,
    description: 'Who closed it; null while open or when that account holds none of your zones.',
  })
  closedBy(@Root() item: WorklistItem, @Ctx() { loaders }: CensusContext): Promise<Account | null> | null {
    return item.closedByRowId ? loaders.accountById.load(item.closedByRowId) : null;
  }

  @Allow(Role.ENUMERATOR, Role.SUPERVISOR, Role.TOWNSHIP_OFFICER, Role.COUNTY_ADMIN)
  @Mutation(() => WorklistItemPayload, {
    description: '关闭: closes a worklist item in your zones with its outcome (closing again replaces it).',
  })
  closeWorklistItem(
    @Arg('input', () => CloseWorklistItemInput, { description: 'The item and its outcome.' })
    input: CloseWorklistItemInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.reconciliation.close(input, actorOf(context));
  }

  @Allow(Role.ENUMERATOR, Role.SUPERVISOR, Role.TOWNSHIP_OFFICER, Role.COUNTY_ADMIN)
  @Mutation(() => WorklistItemPayload, {
    description: '重新打开: removes the outcome of a closed item in your zones.',
  })
  reopenWorklistItem(
    @Arg('key', { description: 'The item key.' }) key: string,
    @Ctx() context: CensusContext,
  ) {
    return context.services.reconciliation.reopen(key, actorOf(context));
  }
}
