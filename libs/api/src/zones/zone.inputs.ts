import { Field, InputType, Int } from 'type-graphql';

import { ZoneLevel } from '../common/enums';

@InputType({ description: 'Filter of a zone list; all given conditions must hold.' })
export class ZoneFilter {
  @Field(() => ZoneLevel, { nullable: true, description: 'Only zones of this level.' })
  level?: ZoneLevel | null;

  @Field(() => String, { nullable: true, description: 'Only direct children of the zone with this code.' })
  parentCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only zones strictly below the zone with this code (its whole subtree, without itself).',
  })
  withinCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only zones whose code starts with these digits.' })
  codePrefix?: string | null;

  @Field(() => String, { nullable: true, description: 'Only zones whose name contains this text.' })
  nameContains?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      '未分配: true keeps only the small zones no enumerator holds, false only those an enumerator holds; other levels are left out either way.',
  })
  unassigned?: boolean | null;
}

@InputType({ description: 'A new zone. Its level and parent follow from the code.' })
export class CreateZoneInput {
  @Field({
    description:
      '统计用区划代码: canonical code (2/4/6/9/12/15 digits) or the 12-digit padded official form (110105000000).',
  })
  code!: string;

  @Field({ description: '名称: official name.' })
  name!: string;
}

@InputType({ description: 'Changes to a zone. The code of a zone never changes.' })
export class UpdateZoneInput {
  @Field({ description: 'Code of the zone to change.' })
  code!: string;

  @Field(() => Int, {
    description: 'The version the client read; the update fails with CONFLICT if it moved.',
  })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: '名称: new name.' })
  name?: string | null;
}

@InputType({ description: 'A zone to delete; only a zone with no children and no data can be deleted.' })
export class DeleteZoneInput {
  @Field({ description: 'Code of the zone to delete.' })
  code!: string;

  @Field(() => Int, {
    description: 'The version the client read; the delete fails with CONFLICT if it moved.',
  })
  expectedVersion!: number;
}
