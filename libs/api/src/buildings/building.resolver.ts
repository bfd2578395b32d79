import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';

import { Allow } from '../auth/access';
import { Role } from '../auth/role';
import { connectionType, PageArgs } from '../common/connection';
import { DeletePayload, payloadType } from '../common/payload';
import { columnsFor } from '../common/selection';
import { actorOf, type CensusContext } from '../server/context';
import { Zone } from '../zones/zone.entity';
import { Building } from './building.entity';
import {
  BuildingFilter,
  CreateBuildingInput,
  DeleteBuildingInput,
  UpdateBuildingInput,
} from './building.inputs';
import { BUILDING_COLUMNS, BUILDING_LIST } from './building.loaders';
import { buildingListFilter } from './building.service';

export const BuildingConnection = connectionType(
  Building,
  'Building',
  'A page of buildings, ordered by small zone and number.',
);
const BuildingPayload = payloadType(
  Building,
  'building',
  'BuildingPayload',
  'Result of a building mutation.',
  { name: 'Building', spec: BUILDING_LIST },
);

@Resolver(() => Building)
export class BuildingResolver {
  @Allow('STAFF')
  @Query(() => BuildingConnection, {
    description: 'Buildings matching the filter, ordered by small zone and number.',
  })
  async buildings(
    @Arg('filter', () => BuildingFilter, {
      nullable: true,
      description: 'Conditions every item must meet; all items when omitted.',
    })
    filter: BuildingFilter | null,
    @Args() page: PageArgs,
    @Ctx() { db, loaders }: CensusContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return BuildingConnection.of(
      await loaders.buildings(
        '',
        buildingListFilter(filter),
        page,
        columnsFor(db, Building, BUILDING_COLUMNS, info, 'connection'),
      ),
    );
  }

  @FieldResolver(() => Zone, { description: '普查小区: the small zone of the building.' })
  async smallZone(@Root() building: Building, @Ctx() { loaders }: CensusContext): Promise<Zone> {
    return (await loaders.zoneByCode.load(building.smallZoneCode))!;
  }

  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.SUPERVISOR, Role.ENUMERATOR)
  @Mutation(() => BuildingPayload, { description: 'Adds a building to a small zone.' })
  createBuilding(
    @Arg('input', { description: 'The items of the change.' }) input: CreateBuildingInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.buildings.create(input, actorOf(context));
  }

  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.SUPERVISOR, Role.ENUMERATOR)
  @Mutation(() => BuildingPayload, { description: 'Changes a building.' })
  updateBuilding(
    @Arg('input', { description: 'The items of the change.' }) input: UpdateBuildingInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.buildings.update(input, actorOf(context));
  }

  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.SUPERVISOR, Role.ENUMERATOR)
  @Mutation(() => DeletePayload, { description: 'Deletes a building that holds no households.' })
  deleteBuilding(
    @Arg('input', { description: 'The items of the change.' }) input: DeleteBuildingInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.buildings.delete(input, actorOf(context));
  }
}

/** 建筑物 of a zone: `Zone.buildings`, here so that zones do not depend on buildings. */
@Resolver(() => Zone)
export class ZoneBuildingsResolver {
  @FieldResolver(() => BuildingConnection, { description: 'Buildings in this zone and all zones below it.' })
  async buildings(
    @Root() zone: Zone,
    @Arg('filter', () => BuildingFilter, {
      nullable: true,
      description: 'Conditions every item must meet; all items when omitted.',
    })
    filter: BuildingFilter | null,
    @Args() page: PageArgs,
    @Ctx() { db, loaders }: CensusContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return BuildingConnection.of(
      await loaders.buildingsInZone(
        zone.code,
        buildingListFilter(filter),
        page,
        columnsFor(db, Building, BUILDING_COLUMNS, info, 'connection'),
      ),
    );
  }
}
