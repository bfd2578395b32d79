import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { Allow } from '../auth/access';
import { Role } from '../auth/role';
import { ImportResult } from '../imports/import.types';
import { actorOf, type CensusContext } from '../server/context';
import { ImportElectricityInput, ImportGridInput } from './source-import.types';

const SEMANTICS =
  'Every row is checked on its own; bad rows are rejected with their row number and field, good rows are stored ' +
  '(a known one is updated when its data changed). The batch is applied at most once per idempotency key: a ' +
  'repeated key, from any account, answers the stored result of the first call with replayed = true and changes ' +
  'nothing.';

@Resolver()
export class SourceImportResolver {
  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.INTEGRATION)
  @Mutation(() => ImportResult, {
    description: `用电信息: imports a batch of electricity usage per meter and month (at most 2000 rows). ${SEMANTICS}`,
  })
  importElectricity(
    @Arg('input', () => ImportElectricityInput, { description: 'The batch.' }) input: ImportElectricityInput,
    @Ctx() context: CensusContext,
  ): Promise<ImportResult> {
    return context.services.sourceImports.importElectricity(input, actorOf(context));
  }

  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.INTEGRATION)
  @Mutation(() => ImportResult, {
    description: `网格摸排: imports a batch of grid screening households (at most 2000 rows). ${SEMANTICS}`,
  })
  importGrid(
    @Arg('input', () => ImportGridInput, { description: 'The batch.' }) input: ImportGridInput,
    @Ctx() context: CensusContext,
  ): Promise<ImportResult> {
    return context.services.sourceImports.importGrid(input, actorOf(context));
  }
}
