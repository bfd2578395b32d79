import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A household to move to its next stage.' })
export class HouseholdStageInput {
  @Field(() => ID, { description: 'Global ID of the household.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version the client read; the change fails with CONFLICT if it moved.',
  })
  expectedVersion!: number;
}

@InputType({ description: 'A submitted household sent back to its enumerator.' })
export class ReturnHouseholdInput extends HouseholdStageInput {
  @Field({ description: '退回原因: what the enumerator must fix (1-500 characters).' })
  reason!: string;
}
