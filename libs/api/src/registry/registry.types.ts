import { Field, InputType } from 'type-graphql';

import { Sex } from '../common/enums';
import { ImportBatchInput, ImportRowInput } from '../imports/import.types';

@InputType({ description: '公安推送: one registered person of the police registry push.' })
export class RegistryPersonInput extends ImportRowInput {
  @Field({
    description:
      '公民身份号码: 18 characters with a valid check character; must agree with sex and birthDate.',
  })
  citizenId!: string;

  @Field({ description: '姓名: 1-50 characters, no digits.' })
  name!: string;

  @Field(() => Sex, {
    nullable: true,
    description: '性别: derived from the citizen ID when absent; must agree with it when given.',
  })
  sex?: Sex | null;

  @Field({
    description: '出生日期: YYYY-MM-DD or YYYYMMDD; a real date that agrees with the citizen ID.',
  })
  birthDate!: string;

  @Field({ description: '户籍地址: 1-200 characters.' })
  address!: string;

  @Field({ description: '户号 in the police registry: 1-30 characters.' })
  registryHouseholdNumber!: string;

  @Field({
    description:
      'Zone of the registration place: a census zone or small zone (canonical or 12-digit padded code); must ' +
      "exist and lie in the caller's zones.",
  })
  zoneCode!: string;
}

@InputType({ description: 'A batch of the police registry push (at most 2000 rows).' })
export class ImportRegistryInput extends ImportBatchInput {
  @Field(() => [RegistryPersonInput], { description: 'The rows, at most 2000.' })
  rows!: RegistryPersonInput[];
}
