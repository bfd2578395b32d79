import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';

import { canonicalZoneCode } from '@census/rules';

import { Allow } from '../auth/access';
import { scopeOf } from '../auth/principal';
import { Role } from '../auth/role';
import { Building } from '../buildings/building.entity';
import { connectionType, PageArgs } from '../common/connection';
import { countyRowKey } from '../common/global-id';
import { NO_FILTER } from '../common/page-loader';
import { DeletePayload, payloadType } from '../common/payload';
import { columnsFor, nestedRows } from '../common/selection';
import { actorOf, type CensusContext } from '../server/context';
import { Zone } from '../zones/zone.entity';
import { Household } from './household.entity';
import {
  CreateHouseholdInput,
  DeleteHouseholdInput,
  HouseholdFilter,
  UpdateHouseholdInput,
} from './household.inputs';
import { HOUSEHOLD_COLUMNS, HOUSEHOLD_LIST, householdKey } from './household.loaders';
import { householdListFilter, type HouseholdSearchContext } from './household.service';

/** What `HouseholdFilter.search` needs of the request: the phone digest and the caller's counties. */
function householdSearchContext(context: CensusContext): HouseholdSearchContext {
  return {
    phoneDigest: (digits) => context.services.crypto.digest(digits),
    counties: scopeOf(context.auth.principal).counties,
  };
}

export const HouseholdConnection = connectionType(
  Household,
  'Household',
  'A page of households, ordered by small zone and number.',
);
const HouseholdPayload = payloadType(
  Household,
  'household',
  'HouseholdPayload',
  'Result of a household mutation.',
  { name: 'Household', spec: HOUSEHOLD_LIST },
);

@Resolver(() => Household)
export class HouseholdResolver {
  @Allow('STAFF')
  @Query(() => Household, {
    nullable: true,
    description: 'The household with this number in this small zone (户编号 within 普查小区); null if none.',
  })
  async household(
    @Arg('smallZoneCode', { description: '15-digit code of the small zone.' }) smallZoneCode: string,
    @Arg('number', { description: '3-digit household number within the small zone.' }) number: string,
    @Ctx() { loaders }: CensusContext,
  ): Promise<Household | null> {
    const code = canonicalZoneCode(smallZoneCode);
    if (!code || !/^[0-9]{3}$/.test(number.trim())) return null;
    return loaders.householdByNumber.load(householdKey(code, number.trim()));
  }

  @Allow('STAFF')
  @Query(() => HouseholdConnection, {
    description: 'Households matching the filter, ordered by small zone and number.',
  })
  async households(
    @Arg('filter', () => HouseholdFilter, {
      nullable: true,
      description: 'Conditions every item must meet; all items when omitted.',
    })
    filter: HouseholdFilter | null,
    @Args() page: PageArgs,
    @Ctx() context: CensusContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const search = householdSearchContext(context);
    return HouseholdConnection.of(
      await context.loaders.households(
        '',
        householdListFilter(filter, search),
        page,
        columnsFor(context.db, Household, HOUSEHOLD_COLUMNS, info, 'connection'),
      ),
    );
  }

  @FieldResolver(() => Zone, { description: '普查小区: the small zone of the household.' })
  async smallZone(@Root() household: Household, @Ctx() { loaders }: CensusContext): Promise<Zone> {
    return (await loaders.zoneByCode.load(household.smallZoneCode))!;
  }

  @FieldResolver(() => Building, {
    nullable: true,
    description: '建筑物: the building of the household, if marked.',
  })
  building(@Root() household: Household, @Ctx() { loaders }: CensusContext): Promise<Building | null> | null {
    return household.buildingRowId
      ? loaders.buildingById.load(countyRowKey(household.countyCode, household.buildingRowId))
      : null;
  }

  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.SUPERVISOR, Role.ENUMERATOR)
  @Mutation(() => HouseholdPayload, { description: 'Lists a new household in a small zone (stage LISTED).' })
  createHousehold(
    @Arg('input', { description: 'The items of the change.' }) input: CreateHouseholdInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.households.create(input, actorOf(context));
  }

  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.SUPERVISOR, Role.ENUMERATOR)
  @Mutation(() => HouseholdPayload, { description: 'Changes the household items of a household.' })
  updateHousehold(
    @Arg('input', { description: 'The items of the change.' }) input: UpdateHouseholdInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.households.update(input, actorOf(context));
  }

  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.SUPERVISOR, Role.ENUMERATOR)
  @Mutation(() => DeletePayload, { description: 'Deletes a household that has no persons.' })
  deleteHousehold(
    @Arg('input', { description: 'The items of the change.' }) input: DeleteHouseholdInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.households.delete(input, actorOf(context));
  }
}

/**
 * `Building.households`: installed as the field's resolver in its own right too (server/schema.ts,
 * `DIRECT_RESOLVERS`), skipping type-graphql's per-call parameter handling.
 */
export function householdsOfBuilding(
  building: Building,
  _args: unknown,
  { db, loaders }: CensusContext,
  info: GraphQLResolveInfo,
): Household[] | Promise<Household[]> {
  const columns = columnsFor(db, Household, HOUSEHOLD_COLUMNS, info, 'list');
  // Read along with the building (registered in household.loaders.ts) when its statement could.
  return (
    nestedRows<Household>(building, 'households', columns) ??
    loaders.householdsByBuilding(columns).load(countyRowKey(building.countyCode, building.rowId))
  );
}

/** 户 of a building: `Building.households`, here so that buildings do not depend on households. */
@Resolver(() => Building)
export class BuildingHouseholdsResolver {
  @FieldResolver(() => [Household], {
    description: '户: households living in the building, by household number.',
    deprecationReason:
      'Use `householdsConnection`: the same households as a page that `createHousehold` results can be added to.',
  })
  households(
    @Root() building: Building,
    @Ctx() context: CensusContext,
    @Info() info: GraphQLResolveInfo,
  ): Household[] | Promise<Household[]> {
    return householdsOfBuilding(building, {}, context, info);
  }

  @FieldResolver(() => HouseholdConnection, {
    description: '户: households living in the building, by household number.',
  })
  async householdsConnection(
    @Root() building: Building,
    @Args() page: PageArgs,
    @Ctx() { db, loaders }: CensusContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return HouseholdConnection.of(
      await loaders.householdsOfBuilding(
        countyRowKey(building.countyCode, building.rowId),
        NO_FILTER,
        page,
        columnsFor(db, Household, HOUSEHOLD_COLUMNS, info, 'connection'),
      ),
    );
  }
}

/** 户 of a zone: `Zone.households`, here so that zones do not depend on households. */
@Resolver(() => Zone)
export class ZoneHouseholdsResolver {
  @FieldResolver(() => HouseholdConnection, {
    description: 'Households in this zone and all zones below it.',
  })
  async households(
    @Root() zone: Zone,
    @Arg('filter', () => HouseholdFilter, {
      nullable: true,
      description: 'Conditions every item must meet; all items when omitted.',
    })
    filter: HouseholdFilter | null,
    @Args() page: PageArgs,
    @Ctx() context: CensusContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const search = householdSearchContext(context);
    return HouseholdConnection.of(
      await context.loaders.householdsInZone(
        zone.code,
        householdListFilter(filter, search),
        page,
        columnsFor(context.db, Household, HOUSEHOLD_COLUMNS, info, 'connection'),
      ),
    );
  }
}
