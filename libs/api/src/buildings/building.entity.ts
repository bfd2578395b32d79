import { Field, Float, ID, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';

import { BuildingKind } from '../common/enums';
import { toGlobalId } from '../common/global-id';
import { Node } from '../common/node';
import { VersionedRow } from '../common/row';
import { Zone } from '../zones/zone.entity';

@ObjectType({
  // Plain fields read the property directly, without type-graphql's per-field middleware wrapper.
  simpleResolvers: true,
  implements: Node,
  description: '建筑物: a building marked in a small zone during zone mapping (划区绘图).',
})
@Entity({ name: 'building' })
@Unique('building_small_zone_number_key', ['smallZoneCode', 'number'])
@Check('building_point_complete', `("latitude" IS NULL) = ("longitude" IS NULL)`)
export class Building extends VersionedRow implements Node {
  @PrimaryGeneratedColumn('identity', { name: 'id', type: 'bigint', generatedIdentity: 'BY DEFAULT' })
  rowId!: string;

  @Field({ description: '普查小区代码: 15-digit code of the small zone holding the building.' })
  @Column({ name: 'small_zone_code', type: 'varchar', length: 15, collation: 'C' })
  smallZoneCode!: string;

  @ManyToOne(() => Zone, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({
    name: 'small_zone_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'building_zone_fk',
  })
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
    return toGlobalId('Building', this.rowId);
  }
}
