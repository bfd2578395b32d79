import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';

import { Allow } from '../auth/access';
import { Role } from '../auth/role';
import { UserError } from '../common/user-error';
import { Household } from '../households/household.entity';
import { actorOf, type CensusContext } from '../server/context';
import { SaveHouseholdInput } from './household-save.inputs';
import type { SaveHouseholdResult } from './household-save.service';

@ObjectType({ description: 'Result of `saveHousehold`.' })
export class SaveHouseholdPayload implements SaveHouseholdResult {
  @Field(() => Household, {
    name: 'household',
    nullable: true,
    description: 'The household after the save (its persons as saved); null when rejected.',
  })
  node!: Household | null;

  @Field(() => [UserError], {
    description:
      'Every problem of the input, each at its place (["input", "persons", "2", "birthMonth"]); empty on success.',
  })
  userErrors!: UserError[];

  @Field({
    description:
      'True when the idempotency key was already used for this change: it was applied before and not again; the household is as it is now.',
  })
  replayed!: boolean;
}

@Resolver()
export class HouseholdSaveResolver {
  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.SUPERVISOR, Role.ENUMERATOR)
  @Mutation(() => SaveHouseholdPayload, {
    description:
      '保存户表: the household items and its persons (added, changed, deleted) in one transaction: all or nothing, ' +
      'every problem at once. With an idempotency key, a resend is applied once.',
  })
  saveHousehold(
    @Arg('input', { description: 'The household, its items and its persons.' }) input: SaveHouseholdInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.householdSave.save(input, actorOf(context));
  }
}
