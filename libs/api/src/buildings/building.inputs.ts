import { Field, Float, InputType } from 'type-graphql';

import { BuildingKind } from '../common/enums';
import { VersionedChangeInput } from '../common/versioned-input';

@InputType({ description: 'Filter of a building list; all given conditions must hold.' })
export class BuildingFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Only buildings in the zone with this code or below it.',
  })
  zoneCode?: string | null;

  @Field(() => BuildingKind, { nullable: true, description: 'Only buildings of this kind.' })
  kind?: BuildingKind | null;
}

@InputType({ description: 'A building found during zone mapping (划区绘图).' })
export class CreateBuildingInput {
  @Field({ description: '普查小区代码: 15-digit code of the small zone.' })
  smallZoneCode!: string;

  @Field(() => String, {
    nullable: true,
    description:
      '建筑物编号: number within the small zone (e.g. 001, 12A, 3-2); the next free 3-digit number when omitted.',
  })
  number?: string | null;

  @Field({ description: '地址: address.' })
  address!: string;

  @Field(() => BuildingKind, {
    defaultValue: BuildingKind.RESIDENTIAL,
    description: '建筑物类型: kind of building.',
  })
  kind!: BuildingKind;

  @Field(() => Float, {
    nullable: true,
    description: '纬度: latitude (WGS 84), given together with longitude.',
  })
  latitude?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '经度: longitude (WGS 84), given together with latitude.',
  })
  longitude?: number | null;
}

@InputType({ description: 'Changes to a building; omitted items stay as they are.' })
export class UpdateBuildingInput extends VersionedChangeInput('building', 'update') {
  @Field(() => String, { nullable: true, description: '建筑物编号: new number within the small zone.' })
  number?: string | null;

  @Field(() => String, { nullable: true, description: '地址: new address.' })
  address?: string | null;

  @Field(() => BuildingKind, { nullable: true, description: '建筑物类型: new kind.' })
  kind?: BuildingKind | null;

  @Field(() => Float, { nullable: true, description: '纬度: new latitude, given together with longitude.' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: '经度: new longitude, given together with latitude.' })
  longitude?: number | null;
}

@InputType({ description: 'A building to delete; only a building without households can be deleted.' })
export class DeleteBuildingInput extends VersionedChangeInput('building', 'delete') {}
