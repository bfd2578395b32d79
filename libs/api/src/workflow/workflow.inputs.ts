import { Field, InputType } from 'type-graphql';

import { VersionedChangeInput } from '../common/versioned-input';
import { ReturnReasonInput } from './return-reasons';

@InputType({ description: 'A household to move to its next stage.' })
export class HouseholdStageInput extends VersionedChangeInput('household', 'change') {}

@InputType({ description: 'A submitted household sent back to its enumerator.' })
export class ReturnHouseholdInput extends HouseholdStageInput {
  @Field(() => String, {
    nullable: true,
    description:
      '退回原因: what the enumerator must fix (1-500 characters). Required unless `reasons` are given; without it ' +
      'the reasons are written out as text here.',
  })
  reason?: string | null;

  @Field(() => [ReturnReasonInput], {
    nullable: true,
    description:
      '退回原因 by item: preset reasons, each for the household or a person and item (at most 20).',
  })
  reasons?: ReturnReasonInput[] | null;
}

/** Most households one `approveHouseholds` takes. */
export const MAX_BULK_APPROVE = 100;

@InputType({ description: '批量通过: submitted households to approve, each with the version read.' })
export class ApproveHouseholdsInput {
  @Field(() => [HouseholdStageInput], {
    description: `The households (1 to ${MAX_BULK_APPROVE}); each is approved or refused on its own.`,
  })
  items!: HouseholdStageInput[];
}
