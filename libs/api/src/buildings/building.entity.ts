import { Field, Float, ID } from 'type-graphql';
import { Check, Column, Entity, type Relation, Unique } from 'typeorm';

import { countyCheck, CountyKey, IdentityKey, NodeObjectType, zoneCodeColumn } from '../common/columns';
import { BuildingKind } from '../common/enums';
import { countyRowGlobalId } from '../common/global-id';
import { Node } from '../common/node';
import { VersionedRow } from '../common/row';
import { Zone, ZoneReference } from '../zones/zone.entity';

@NodeObjectType('建筑物: a building marked in a small zone during zone mapping (划区绘图).')
@Check(...countyCheck('building', 'small_zone_code'))
@Entity({ name: 'building' })
@Unique('building_small_zone_number_key', ['countyCode', 'smallZoneCode', 'number'])
@Check('building_point_complete', `("latitude" IS NULL) = ("longitude" IS NULL)`)
export class Building extends VersionedRow implements Node {
  @CountyKey()
  countyCode!: string;

  @IdentityKey()
  rowId!: string;

  @Field({ description: '普查小区代码: 15-digit code of the small zone holding the building.' })
  @Column(zoneCodeColumn('small_zone_code'))
  smallZoneCode!: string;

  @ZoneReference('small_zone_code', 'building_zone_fk')
  smallZone?: Relation<Zone>;

  @Field({ description: '建筑物编号: building number, unique within the small zone (e.g. 001, 12A).' })
  @Column({ type: 'varchar', length: 10 })
  number!: string;

  @Field({ description: '地址: address of the building.' })
  @Column({ type: 'varchar', length: 200 })
  address!: string;

  @Field(() => BuildingKind, { description: '建筑物类型: kind of building.' })
  @Column({ type: 'enum', enum: BuildingKind, enumName: 'building_kind' })
  kind!: BuildingKind;

  @Field(() => Float, {
    nullable: true,
    description: '纬度: latitude (WGS 84), when the building was located.',
  })
  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '经度: longitude (WGS 84), when the building was located.',
  })
  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Field(() => ID, { description: 'Opaque global ID.' })
  get id(): string {
    return countyRowGlobalId('Building', this.countyCode, this.rowId);
  }
}
