import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';

import { canonicalZoneCode } from '@census/rules';

import { Allow } from '../auth/access';
import { Role } from '../auth/role';
import { connectionType, PageArgs } from '../common/connection';
import { DeletePayload, payloadType } from '../common/payload';
import { actorOf, type CensusContext } from '../server/context';
import { Zone } from './zone.entity';
import { CreateZoneInput, DeleteZoneInput, UpdateZoneInput, ZoneFilter } from './zone.inputs';
import { ZONE_LIST } from './zone.loaders';
import { zoneListFilter } from './zone.service';

export const ZoneConnection = connectionType(Zone, 'Zone', 'A page of zones, ordered by code.');
export const ZonePayload = payloadType(Zone, 'zone', 'ZonePayload', 'Result of a zone mutation.', {
  name: 'Zone',
  spec: ZONE_LIST,
});

@Resolver(() => Zone)
export class ZoneResolver {
  @Allow('STAFF')
  @Query(() => Zone, {
    nullable: true,
    description: 'The zone with this code (canonical or 12-digit padded); null if none.',
  })
  async zone(
    @Arg('code', { description: 'Zone code: canonical or the 12-digit padded official form.' }) code: string,
    @Ctx() { loaders }: CensusContext,
  ): Promise<Zone | null> {
    const canonical = canonicalZoneCode(code);
    return canonical ? loaders.zoneByCode.load(canonical) : null;
  }

  @Allow('STAFF')
  @Query(() => ZoneConnection, {
    description: 'Zones of the whole tree matching the filter, ordered by code.',
  })
  async zones(
    @Arg('filter', () => ZoneFilter, {
      nullable: true,
      description: 'Conditions every item must meet; all items when omitted.',
    })
    filter: ZoneFilter | null,
    @Args() page: PageArgs,
    @Ctx() { loaders }: CensusContext,
  ) {
    return ZoneConnection.of(await loaders.zones('', zoneListFilter(filter), page));
  }

  @FieldResolver(() => Zone, {
    nullable: true,
    description: '上级区划: the parent zone; null for a province.',
  })
  parent(@Root() zone: Zone, @Ctx() { loaders }: CensusContext): Promise<Zone | null> | null {
    return zone.parentCode ? loaders.zoneByCode.load(zone.parentCode) : null;
  }

  @FieldResolver(() => ZoneConnection, {
    description: '下级区划: the direct children of this zone, ordered by code.',
  })
  async children(
    @Root() zone: Zone,
    @Arg('filter', () => ZoneFilter, {
      nullable: true,
      description: 'Conditions every item must meet; all items when omitted.',
    })
    filter: ZoneFilter | null,
    @Args() page: PageArgs,
    @Ctx() { loaders }: CensusContext,
  ) {
    return ZoneConnection.of(await loaders.zoneChildren(zone.code, zoneListFilter(filter), page));
  }

  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER)
  @Mutation(() => ZonePayload, { description: 'Creates a zone under its existing parent.' })
  createZone(
    @Arg('input', { description: 'The items of the change.' }) input: CreateZoneInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.zones.create(input, actorOf(context));
  }

  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER)
  @Mutation(() => ZonePayload, { description: 'Renames a zone.' })
  updateZone(
    @Arg('input', { description: 'The items of the change.' }) input: UpdateZoneInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.zones.update(input, actorOf(context));
  }

  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER)
  @Mutation(() => DeletePayload, {
    description: 'Deletes a zone that has no child zones, buildings or households.',
  })
  deleteZone(
    @Arg('input', { description: 'The items of the change.' }) input: DeleteZoneInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.zones.delete(input, actorOf(context));
  }
}
