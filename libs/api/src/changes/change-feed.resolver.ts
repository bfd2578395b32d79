import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';

import { Allow } from '../auth/access';
import { scopeOf } from '../auth/principal';
import { Role } from '../auth/role';
import { countyRowKey } from '../common/global-id';
import { Node } from '../common/node';
import type { CensusContext } from '../server/context';
import { HouseholdEvent } from '../workflow/household-event.entity';
import { decodeCursor, MAX_CHANGES_PAGE } from './change-feed.service';
import { Change, ChangeFeed } from './change-feed.types';
import { ChangeOperation, ChangeType } from './change-log-entry.entity';

@Resolver(() => Change)
export class ChangeFeedResolver {
  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.INTEGRATION)
  @Query(() => ChangeFeed, {
    description:
      '变更流: every committed create, update and delete of zones, buildings, households and persons, and every ' +
      'short-form submission and review, in the zones you hold, in feed order. Follow `endCursor`: each change ' +
      'after the cursor is delivered exactly once, also while many transactions commit out of order. A change ' +
      'appears once every transaction that started writing before it has ended. Keep the same `types` for one ' +
      'cursor. See docs/integration.md.',
  })
  async changes(
    @Arg('after', () => String, {
      nullable: true,
      description: 'endCursor of the previous page; omit to start at the beginning of the feed.',
    })
    after: string | null,
    @Arg('first', () => Int, { description: `Most changes to return (1 to ${MAX_CHANGES_PAGE}).` })
    first: number,
    @Arg('types', () => [ChangeType], {
      nullable: true,
      description: 'Only these kinds of change; all when omitted.',
    })
    types: ChangeType[] | null,
    @Ctx() context: CensusContext,
  ): Promise<ChangeFeed> {
    const page = await context.services.changes.page(
      scopeOf(context.auth.principal),
      decodeCursor(after),
      first,
      types,
    );
    return {
      changes: page.changes.map((row) => new Change(row)),
      endCursor: page.endCursor,
      hasMore: page.hasMore,
    };
  }

  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.INTEGRATION)
  @Query(() => String, {
    description:
      'A change-feed cursor for "now": following it from here delivers every change committed from now on (and ' +
      "possibly a few committed just before). Use it after a bulk export, or take the export's own changesCursor.",
  })
  changesCursor(@Ctx() context: CensusContext): Promise<string> {
    return context.services.changes.currentCursor(scopeOf(context.auth.principal));
  }

  @FieldResolver(() => Node, {
    nullable: true,
    description:
      'The entity as it is now (not as it was at this change): null when it has been deleted since, or lies ' +
      'outside your zones now. For SUBMISSION and REVIEW: the household.',
  })
  node(@Root() change: Change, @Ctx() { loaders }: CensusContext): Promise<Node | null> | null {
    const { type, operation, entityKey, householdRowId, countyCode } = change.row;
    if (operation === ChangeOperation.DELETE) return null;
    switch (type) {
      case ChangeType.ZONE:
        return loaders.zoneByCode.load(entityKey);
      case ChangeType.BUILDING:
        return loaders.buildingById.load(countyRowKey(countyCode, entityKey));
      case ChangeType.HOUSEHOLD:
        return loaders.householdById.load(countyRowKey(countyCode, entityKey));
      case ChangeType.PERSON:
        return loaders.personById.load(countyRowKey(countyCode, entityKey));
      case ChangeType.SUBMISSION:
      case ChangeType.REVIEW:
        return householdRowId === null
          ? null
          : loaders.householdById.load(countyRowKey(countyCode, householdRowId));
    }
  }

  @FieldResolver(() => HouseholdEvent, {
    nullable: true,
    description: 'For SUBMISSION and REVIEW: the workflow step (stage before and after, reason of a return).',
  })
  stageChange(
    @Root() change: Change,
    @Ctx() { loaders }: CensusContext,
  ): Promise<HouseholdEvent | null> | null {
    const { type, entityKey, countyCode } = change.row;
    return type === ChangeType.SUBMISSION || type === ChangeType.REVIEW
      ? loaders.householdEventById.load(countyRowKey(countyCode, entityKey))
      : null;
  }
}
