import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';

import { ImportBatchInput } from '../imports/import.types';

@InputType({
  description:
    '区划边界导入: the features of a GeoJSON FeatureCollection (at most 2000, WGS 84 longitude/latitude), one ' +
    "zone each. Rejections name the feature's position in the list (1 for the first) as their row.",
})
export class ImportZoneBoundariesInput extends ImportBatchInput {
  @Field(() => [GraphQLJSONObject], {
    description:
      'GeoJSON Features: `properties.code` or `properties.zoneCode` names the zone (canonical or 12-digit padded ' +
      'code), `geometry` is its Polygon or MultiPolygon: closed rings of at least 4 positions, every position ' +
      'inside China (73-136°E, 3-54°N), at most 10000 positions and 400 KB a feature.',
  })
  features!: Record<string, unknown>[];
}
