import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { CensusContext } from '../server/context';
import { Zone } from '../zones/zone.entity';
import { BuildingPoint, MAX_MAP_BUILDINGS } from './building-map.types';

/** `Zone.buildingPoints`: the map of a small zone. */
@Resolver(() => Zone)
export class ZoneBuildingPointsResolver {
  @FieldResolver(() => [BuildingPoint], {
    description:
      `建筑物标注: the buildings of this small zone (at most ${MAX_MAP_BUILDINGS}, ordered by number), marked or not, ` +
      "with their households' progress; empty for a zone above the small zone.",
  })
  buildingPoints(@Root() zone: Zone, @Ctx() { loaders }: CensusContext): Promise<BuildingPoint[]> {
    return loaders.buildingPointsOf(zone);
  }
}
