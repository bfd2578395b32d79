import { Field, ID, InputType } from 'type-graphql';

import { VersionedChangeInput } from '../common/versioned-input';
import { ProblemCategory, ProblemStatus, RefusedItem } from './problem.enums';

@InputType({ description: 'Filter of a problem list; all given conditions must hold.' })
export class ProblemFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Only problems of the zone with this code or below it (any level, 12-digit padded form accepted).',
  })
  zoneCode?: string | null;

  @Field(() => [ProblemCategory], {
    nullable: true,
    description: 'Only problems of one of these categories.',
  })
  category?: ProblemCategory[] | null;

  @Field(() => [ProblemStatus], { nullable: true, description: 'Only problems with one of these statuses.' })
  status?: ProblemStatus[] | null;

  @Field(() => [RefusedItem], {
    nullable: true,
    description: 'Only item refusals that name at least one of these items.',
  })
  refusedItems?: RefusedItem[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only problems about this subject: global ID of a zone, building, household or person.',
  })
  subjectId?: string | null;
}

@InputType({ description: 'A difficult case to record on file (疑难问题记录在案). It starts OPEN.' })
export class ReportProblemInput {
  @Field(() => ID, {
    description:
      'Global ID of what the problem is about: a Zone, Building, Household or Person in your zones.',
  })
  subjectId!: string;

  @Field(() => ProblemCategory, { description: '类别: kind of difficult case.' })
  category!: ProblemCategory;

  @Field({ description: '情况说明: what happened (1-2000 characters).' })
  text!: string;

  @Field(() => [RefusedItem], {
    nullable: true,
    description:
      '拒绝填报的项目: required (at least one) for ITEM_REFUSAL; must be omitted or empty otherwise.',
  })
  refusedItems?: RefusedItem[] | null;
}

@InputType({ description: 'Hands an OPEN problem to the supervisor or census office (OPEN -> ESCALATED).' })
export class EscalateProblemInput extends VersionedChangeInput('problem', 'change') {
  @Field(() => String, {
    nullable: true,
    description: '上报说明: why it is escalated (up to 2000 characters).',
  })
  note?: string | null;
}

@InputType({ description: 'Closes an OPEN or ESCALATED problem with its resolution; RESOLVED is final.' })
export class ResolveProblemInput extends VersionedChangeInput('problem', 'change') {
  @Field({ description: '处理结果: how it was resolved (1-2000 characters).' })
  resolution!: string;
}
