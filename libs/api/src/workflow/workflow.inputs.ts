import { Field, InputType } from 'type-graphql';

import { VersionedChangeInput } from '../common/versioned-input';

@InputType({ description: 'A household to move to its next stage.' })
export class HouseholdStageInput extends VersionedChangeInput('household', 'change') {}

@InputType({ description: 'A submitted household sent back to its enumerator.' })
export class ReturnHouseholdInput extends HouseholdStageInput {
  @Field({ description: '退回原因: what the enumerator must fix (1-500 characters).' })
  reason!: string;
}
