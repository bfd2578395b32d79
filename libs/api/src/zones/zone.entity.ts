import { Field, ID } from 'type-graphql';
import { Check, Column, Entity, Index, PrimaryColumn, type Relation } from 'typeorm';

import { ManyToOneOver, NodeObjectType, type ReferenceOptions, zoneCodeColumn } from '../common/columns';
import { ZoneLevel } from '../common/enums';
import { toGlobalId } from '../common/global-id';
import { Node } from '../common/node';
import { VersionedRow } from '../common/row';

/**
 * A node of the zone tree (区划/普查区/普查小区). The canonical division code is the primary key and, because a
 * child's code always extends its parent's, also the materialized path of the subtree: every "in this zone and
 * below" filter in the product is `code LIKE '<zone>%'` on a C-collated btree index (see `subtree.ts`).
 */
@NodeObjectType('区划/普查区/普查小区: a zone of the census zone tree.')
@Entity({ name: 'zone' })
@Check('zone_code_digits', `"code" ~ '^[0-9]+$' AND length("code") IN (2, 4, 6, 9, 12, 15)`)
@Check('zone_parent_prefix', `"parent_code" IS NULL OR starts_with("code", "parent_code")`)
@Check('zone_long_form_options_level', `"long_form_vehicles" IS NULL OR "level" IN ('COUNTY', 'TOWNSHIP')`)
export class Zone extends VersionedRow implements Node {
  @Field({ description: '统计用区划代码: canonical division code (2, 4, 6, 9, 12 or 15 digits).' })
  @PrimaryColumn({ type: 'varchar', length: 15, collation: 'C' })
  code!: string;

  @Field(() => ZoneLevel, {
    description: '区划层级: level in the tree, implied by the number of digits of the code.',
  })
  @Column({ type: 'enum', enum: ZoneLevel, enumName: 'zone_level' })
  level!: ZoneLevel;

  @Field({ description: '名称: official name (e.g. 朝阳区, 第3普查小区).' })
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: '上级区划代码: code of the parent zone; null for a province.',
  })
  @Index('zone_parent_code_idx')
  @Column({ ...zoneCodeColumn('parent_code'), nullable: true })
  parentCode!: string | null;

  @ZoneReference('parent_code', 'zone_parent_fk', { nullable: true })
  parent?: Relation<Zone> | null;

  @Field({
    description:
      '虚拟普查小区: true for small zones numbered 900-999 (virtual small zones, e.g. for persons away).',
  })
  @Column({ name: 'is_virtual', type: 'boolean', default: false })
  isVirtual!: boolean;

  /**
   * 长表附加项目：车辆, set by the county or township office holding this zone (setLongFormOptions): true adds the
   * vehicle items to the long form of the subtree, false leaves them out, null follows the office above (default off).
   * Read through `Zone.longFormOptions` / `HouseholdLongForm.options`, which apply the nearest setting.
   */
  @Column({ name: 'long_form_vehicles', type: 'boolean', nullable: true })
  longFormVehicles!: boolean | null;

  @Field(() => ID, { description: 'Opaque global ID.' })
  get id(): string {
    return toGlobalId('Zone', this.code);
  }
}

/** A many-to-one relation to the zone whose code `column` holds (see `ManyToOneOver`). */
export function ZoneReference(
  column: string,
  constraint: string,
  options: Omit<ReferenceOptions, 'references'> = {},
): PropertyDecorator {
  return ManyToOneOver(() => Zone, column, constraint, { ...options, references: 'code' });
}
