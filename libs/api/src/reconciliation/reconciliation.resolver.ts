import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';

import { countyCodeOf } from '@census/rules';

import { Account } from '../accounts/account.entity';
import { Allow } from '../auth/access';
import { scopeOf } from '../auth/principal';
import { Role } from '../auth/role';
import { connectionType, PageArgs } from '../common/connection';
import { countyRowKey, fromGlobalId, notAnIdMessage } from '../common/global-id';
import { fromInputOrArgument } from '../common/input-argument';
import { type Payload, payloadType, rejected } from '../common/payload';
import { coded, UserError, userError, UserErrorCode } from '../common/user-error';
import { Household } from '../households/household.entity';
import { Person } from '../persons/person.entity';
import { actorOf, type CensusContext } from '../server/context';
import { Zone } from '../zones/zone.entity';
import { WorklistKind, WorklistOutcome, WorklistStatus } from './reconciliation.enums';
import {
  CloseWorklistItemInput,
  CloseWorklistItemsInput,
  ReopenWorklistItemInput,
  WorklistItem,
  WorklistRollupRow,
} from './reconciliation.types';

export const WorklistItemConnection = connectionType(
  WorklistItem,
  'WorklistItem',
  'A page of worklist items, ordered by zone, kind and key.',
);
@ObjectType({ description: 'Result of closing several worklist items at once.' })
class CloseWorklistItemsPayload {
  @Field(() => [WorklistItem], {
    description: 'The items closed, as they are now (those found in your zones).',
  })
  items!: WorklistItem[];

  @Field(() => [UserError], {
    description:
      'Why some or all were not closed: a whole-input error (too many IDs, note) closes nothing; an error at ' +
      '["input", "ids", "<index>"] names one item that is not on the worklist in your zones (the others are closed).',
  })
  userErrors!: UserError[];
}

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
      'the current data, ordered by zone, kind and key. Only items in your zones are listed.',
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
    @Arg('outcomes', () => [WorklistOutcome], {
      nullable: true,
      description: 'Only closed items with one of these outcomes; all when omitted.',
    })
    outcomes: WorklistOutcome[] | null,
  ) {
    const scope = scopeOf(context.auth.principal);
    return WorklistItemConnection.of(
      await context.services.reconciliation.worklist(zoneCode.trim(), kinds, status, page, scope, outcomes),
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
    return item.householdRowId
      ? loaders.householdById.load(countyRowKey(countyCodeOf(item.zoneCode)!, item.householdRowId))
      : null;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The listed person concerned, if any (null when outside your zones).',
  })
  person(@Root() item: WorklistItem, @Ctx() { loaders }: CensusContext): Promise<Person | null> | null {
    return item.personRowId
      ? loaders.personById.load(countyRowKey(countyCodeOf(item.zoneCode)!, item.personRowId))
      : null;
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
  async closeWorklistItem(
    @Arg('input', () => CloseWorklistItemInput, { description: 'The item and its outcome.' })
    input: CloseWorklistItemInput,
    @Ctx() context: CensusContext,
  ) {
    const key = input.id != null ? keyOf(input.id) : input.key;
    if (key == null) {
      return input.id != null
        ? notAnItem(input.id)
        : rejected([userError('id', UserErrorCode.REQUIRED, coded('worklist.idRequired'))]);
    }
    return asIdErrors(
      await context.services.reconciliation.close({ ...input, key }, actorOf(context)),
      input.id,
    );
  }

  @Allow(Role.SUPERVISOR, Role.TOWNSHIP_OFFICER, Role.COUNTY_ADMIN)
  @Query(() => [WorklistRollupRow], {
    nullable: true,
    description:
      '比对清单汇总: the worklist of a zone counted per child zone (a county: its townships; a township: its census ' +
      'zones), kind and status, computed from the current data in one statement. Counts only items in your ' +
      'zones; null when the zone is not in your zones.',
  })
  async listingWorklistRollup(
    @Arg('zoneCode', { description: 'A zone above the small zone.' }) zoneCode: string,
    @Arg('kinds', () => [WorklistKind], {
      nullable: true,
      description: 'Only these kinds; all when omitted.',
    })
    kinds: WorklistKind[] | null,
    @Ctx() context: CensusContext,
  ): Promise<WorklistRollupRow[] | null> {
    return context.services.reconciliation.rollup(zoneCode.trim(), kinds, scopeOf(context.auth.principal));
  }

  @Allow(Role.ENUMERATOR, Role.SUPERVISOR, Role.TOWNSHIP_OFFICER, Role.COUNTY_ADMIN)
  @Mutation(() => CloseWorklistItemsPayload, {
    description:
      '批量关闭: closes 1 to 100 worklist items in your zones with one outcome and note, in one transaction, as ' +
      'closeWorklistItem closes each. Items not found are reported per index in userErrors; the others are closed.',
  })
  async closeWorklistItems(
    @Arg('input', () => CloseWorklistItemsInput, { description: 'The items and their outcome.' })
    input: CloseWorklistItemsInput,
    @Ctx() context: CensusContext,
  ): Promise<CloseWorklistItemsPayload> {
    return context.services.reconciliation.closeMany(
      { outcome: input.outcome, note: input.note, keys: input.ids.map(keyOf) },
      actorOf(context),
    );
  }

  @Allow(Role.ENUMERATOR, Role.SUPERVISOR, Role.TOWNSHIP_OFFICER, Role.COUNTY_ADMIN)
  @Mutation(() => WorklistItemPayload, {
    description: '重新打开: removes the outcome of a closed item in your zones.',
  })
  async reopenWorklistItem(
    @Arg('input', () => ReopenWorklistItemInput, {
      nullable: true,
      description: 'The item. Required once the deprecated key argument is removed.',
    })
    input: ReopenWorklistItemInput | null,
    @Arg('key', () => String, {
      nullable: true,
      description: 'The item key.',
      deprecationReason: 'Use `input: { id }`, the global ID of the item.',
    })
    key: string | null,
    @Ctx() context: CensusContext,
  ) {
    const fromInput = input ? keyOf(input.id) : null;
    if (input && fromInput == null) return notAnItem(input.id);
    const itemKey = fromInputOrArgument(fromInput, key?.trim(), { input: 'input.id', argument: 'key' });
    return asIdErrors(await context.services.reconciliation.reopen(itemKey, actorOf(context)), input?.id);
  }
}

/** The item key a worklist item's global ID names; null for any other ID. */
function keyOf(id: string): string | null {
  const parsed = fromGlobalId(id);
  return parsed?.type === 'WorklistItem' ? parsed.key : null;
}

/** The service names the item by its key; a client that gave the global ID reads the errors at `id`. */
function asIdErrors(payload: Payload<WorklistItem>, id: string | null | undefined): Payload<WorklistItem> {
  if (id == null) return payload;
  for (const error of payload.userErrors) {
    if (error.field.join('.') === 'input.key') error.field = ['input', 'id'];
  }
  return payload;
}

function notAnItem(id: string): Payload<WorklistItem> {
  return rejected([userError('id', UserErrorCode.NOT_FOUND, notAnIdMessage(id, 'WorklistItem'))]);
}
