import { Field, InputType, Int } from 'type-graphql';

import { DateScalar } from '../common/date-scalar';

@InputType({
  description:
    "汇报填写内容: every text the office writes into the zone's progress report; the saved texts are replaced " +
    'by these (an omitted item is cleared).',
})
export class SaveReportTextsInput {
  @Field({ description: 'Code of the zone whose report the texts belong to.' })
  zoneCode!: string;

  @Field(() => Int, {
    description:
      'The version of the texts the client read (0 when none were saved yet); the save fails with CONFLICT if it ' +
      'moved.',
  })
  expectedVersion!: number;

  @Field(() => Int, { nullable: true, description: '启动月份 (1-12).' })
  campaignMonth?: number | null;

  @Field(() => DateScalar, { nullable: true, description: '试点开始日期.' })
  pilotStart?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '试点结束日期 (not before the start).' })
  pilotEnd?: string | null;

  @Field(() => Int, { nullable: true, description: '试点小区户数.' })
  pilotHouseholds?: number | null;

  @Field(() => Int, { nullable: true, description: '试点小区人数.' })
  pilotPersons?: number | null;

  @Field(() => [String], {
    nullable: true,
    description: '主要做法 1-3, each at most 1000 characters; an empty string leaves an item to fill.',
  })
  practices?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: '工作建议 1-3, each at most 1000 characters; an empty string leaves an item to fill.',
  })
  suggestions?: string[] | null;
}
