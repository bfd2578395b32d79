import { Field, InputType } from 'type-graphql';

import { registerLabelledEnum } from '../common/enums';
import { ImportBatchInput, ImportRowInput } from '../imports/import.types';

/** 用电情况 of a meter in a month, as graded by the power company. */
export enum ElectricityUsage {
  NONE = 'NONE',
  INTERMITTENT = 'INTERMITTENT',
  NORMAL = 'NORMAL',
}

export const ELECTRICITY_USAGE_LABELS: Record<ElectricityUsage, { zh: string; en: string }> = {
  [ElectricityUsage.NONE]: { zh: '无用电', en: 'No use' },
  [ElectricityUsage.INTERMITTENT]: { zh: '间断用电', en: 'Intermittent use' },
  [ElectricityUsage.NORMAL]: { zh: '正常用电', en: 'Normal use' },
};

registerLabelledEnum(
  ElectricityUsage,
  'ElectricityUsage',
  '用电情况: electricity usage of a meter in a month; no use hints at a vacant dwelling.',
  ELECTRICITY_USAGE_LABELS,
);

@InputType({ description: '用电信息: one meter account and its usage grade for a month.' })
export class MeterReadingInput extends ImportRowInput {
  @Field({ description: '电表户号: 1-50 characters; with month, the identity of a reading.' })
  meterId!: string;

  @Field({
    description: '用电地址: 1-200 characters, with at least one letter, digit or character once normalized.',
  })
  address!: string;

  @Field(() => ElectricityUsage, { description: 'Usage grade of the month.' })
  usage!: ElectricityUsage;

  @Field({
    description:
      "Zone of the address: a census zone or small zone (canonical or 12-digit padded code); must exist and lie in the caller's zones.",
  })
  zoneCode!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Month graded, YYYY-MM, not after the current month (Beijing time); default the month before now.',
  })
  month?: string | null;
}

@InputType({ description: 'A batch of electricity usage (at most 2000 rows).' })
export class ImportElectricityInput extends ImportBatchInput {
  @Field(() => [MeterReadingInput], { description: 'The rows, at most 2000.' })
  rows!: MeterReadingInput[];
}

@InputType({ description: '网格摸排: one household of a grid screening list.' })
export class GridRecordInput extends ImportRowInput {
  @Field({ description: '网格编号: 1-50 characters.' })
  gridId!: string;

  @Field({
    description:
      '住址: 1-200 characters; with gridId and zoneCode (by its normalized form) the identity of a grid household.',
  })
  address!: string;

  @Field({
    description:
      "Zone of the address: a census zone or small zone (canonical or 12-digit padded code); must exist and lie in the caller's zones.",
  })
  zoneCode!: string;

  @Field(() => [String], { description: 'Names of the members as screened: 1-50 valid names.' })
  persons!: string[];

  @Field(() => String, {
    nullable: true,
    description: '联系电话: an 11-digit mobile number or a landline with area code; stored sealed.',
  })
  phone?: string | null;
}

@InputType({ description: 'A batch of grid screening households (at most 2000 rows).' })
export class ImportGridInput extends ImportBatchInput {
  @Field(() => [GridRecordInput], { description: 'The rows, at most 2000.' })
  rows!: GridRecordInput[];
}
