import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Float, Mutation, Resolver, Root } from 'type-graphql';

import { Allow } from '../auth/access';
import { Role } from '../auth/role';
import { ImportResult } from '../imports/import.types';
import { actorOf, type CensusContext } from '../server/context';
import { Zone } from './zone.entity';
import { ImportZoneBoundariesInput } from './zone-boundary.types';

@Resolver(() => Zone)
export class ZoneBoundaryResolver {
  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.INTEGRATION)
  @Mutation(() => ImportResult, {
    description:
      "区划边界导入 (划区绘图): stores the outlines of zones in the caller's zones from the features of a GeoJSON " +
      'FeatureCollection (at most 2000). Every feature is checked on its own; bad ones are rejected with their ' +
      "position in the list as `row`. A zone's boundary is replaced when the geometry differs, and counted as " +
      'already present when it is the same. Applied at most once per idempotency key (replayed = true on repeat). ' +
      'Every change is audited.',
  })
  importZoneBoundaries(
    @Arg('input', () => ImportZoneBoundariesInput, { description: 'The batch.' })
    input: ImportZoneBoundariesInput,
    @Ctx() context: CensusContext,
  ): Promise<ImportResult> {
    return context.services.zoneBoundaries.importBoundaries(input, actorOf(context));
  }

  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description:
      '区划边界: the outline drawn in zone mapping, a GeoJSON Polygon or MultiPolygon in WGS 84 [longitude, ' +
      'latitude]; null when none was imported (batched).',
  })
  async boundary(@Root() zone: Zone, @Ctx() { loaders }: CensusContext): Promise<object | null> {
    return (await loaders.zoneBoundaryByCode.load(zone.code))?.geometry ?? null;
  }

  @FieldResolver(() => [Float], {
    nullable: true,
    description:
      'Bounding box of the boundary: [west longitude, south latitude, east longitude, north latitude]; null when ' +
      'the zone has no boundary (batched).',
  })
  async boundaryBox(@Root() zone: Zone, @Ctx() { loaders }: CensusContext): Promise<number[] | null> {
    const boundary = await loaders.zoneBoundaryByCode.load(zone.code);
    return boundary ? [boundary.west, boundary.south, boundary.east, boundary.north] : null;
  }
}
