import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { Allow } from '../auth/access';
import { Role } from '../auth/role';
import { ImportResult } from '../imports/import.types';
import { actorOf, type CensusContext } from '../server/context';
import { ImportRegistryInput } from './registry.types';

@Resolver()
export class RegistryResolver {
  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.INTEGRATION)
  @Mutation(() => ImportResult, {
    description:
      '公安推送: imports a batch of the police registry push (at most 2000 rows). Every row is checked on its own; ' +
      'bad rows are rejected with their row number and field, good rows are stored (a known citizen ID is updated ' +
      'when its data changed). The batch is applied at most once per idempotency key: a repeated key, from any ' +
      'account, answers the stored result of the first call with replayed = true and changes nothing.',
  })
  importRegistry(
    @Arg('input', () => ImportRegistryInput, { description: 'The batch.' }) input: ImportRegistryInput,
    @Ctx() context: CensusContext,
  ): Promise<ImportResult> {
    return context.services.registry.importRegistry(input, actorOf(context));
  }
}
