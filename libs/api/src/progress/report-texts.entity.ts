import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, PrimaryColumn, type Relation } from 'typeorm';

import { zoneCodeColumn } from '../common/columns';
import { DateScalar } from '../common/date-scalar';
import { VersionedRow } from '../common/row';
import { Zone, ZoneReference } from '../zones/zone.entity';

/** How many items of 主要做法 and of 工作建议 a report has, and how long each may be. */
export const REPORT_ITEMS = 3;
export const REPORT_ITEM_MAX_LENGTH = 1000;

/**
 * 汇报填写内容: what a zone's census office writes into its progress report (the seed's 【由人普办填写】 parts), one
 * row per zone. Reference data like the zone itself (not county-owned): an office of any level keeps its own.
 */
@ObjectType({
  simpleResolvers: true,
  description:
    "汇报填写内容: the parts of the progress report the zone's census office fills in (试点, 启动月份, 主要做法, " +
    '工作建议), kept per zone.',
})
@Entity({ name: 'zone_report_text' })
@Check('zone_report_text_month', `"campaign_month" BETWEEN 1 AND 12`)
@Check('zone_report_text_pilot_dates', `"pilot_end" >= "pilot_start"`)
@Check('zone_report_text_pilot_counts', `"pilot_households" >= 0 AND "pilot_persons" >= 0`)
@Check('zone_report_text_items', `cardinality("practices") <= 3 AND cardinality("suggestions") <= 3`)
export class ZoneReportText extends VersionedRow {
  @Field({ description: '区划代码: the zone the texts belong to.' })
  @PrimaryColumn(zoneCodeColumn('zone_code'))
  zoneCode!: string;

  @ZoneReference('zone_code', 'zone_report_text_zone_fk', { onDelete: 'CASCADE' })
  zone?: Relation<Zone>;

  @Field(() => Int, { nullable: true, description: '启动月份: the month (1-12) the census work started.' })
  @Column({ name: 'campaign_month', type: 'smallint', nullable: true })
  campaignMonth!: number | null;

  @Field(() => DateScalar, { nullable: true, description: '试点开始日期 (YYYY-MM-DD).' })
  @Column({ name: 'pilot_start', type: 'date', nullable: true })
  pilotStart!: string | null;

  @Field(() => DateScalar, { nullable: true, description: '试点结束日期 (YYYY-MM-DD).' })
  @Column({ name: 'pilot_end', type: 'date', nullable: true })
  pilotEnd!: string | null;

  @Field(() => Int, { nullable: true, description: '试点小区户数.' })
  @Column({ name: 'pilot_households', type: 'integer', nullable: true })
  pilotHouseholds!: number | null;

  @Field(() => Int, { nullable: true, description: '试点小区人数.' })
  @Column({ name: 'pilot_persons', type: 'integer', nullable: true })
  pilotPersons!: number | null;

  @Field(() => [String], {
    description: '主要做法 1-3 (思想上重视, 准备上充分, 推进上有力); an empty string when not filled.',
  })
  @Column({ type: 'varchar', length: REPORT_ITEM_MAX_LENGTH, array: true, default: () => "'{}'" })
  practices!: string[];

  @Field(() => [String], {
    description: '工作建议 1-3 (营造舆论氛围, 找准工作方法, 强化人员管理); an empty string when not filled.',
  })
  @Column({ type: 'varchar', length: REPORT_ITEM_MAX_LENGTH, array: true, default: () => "'{}'" })
  suggestions!: string[];
}
