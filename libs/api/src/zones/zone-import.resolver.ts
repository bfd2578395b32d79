import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { Allow } from '../auth/access';
import { Role } from '../auth/role';
import { ImportResult } from '../imports/import.types';
import { actorOf, type CensusContext } from '../server/context';
import { ImportZonesInput } from './zone-import.types';

@Resolver()
export class ZoneImportResolver {
  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.INTEGRATION)
  @Mutation(() => ImportResult, {
    description:
      '区划代码导入: imports zones from a division-code file (at most 2000 rows, in any order). Every row is ' +
      'checked on its own; bad rows are rejected with their row number and field. New zones are created (parents ' +
      'first, so a batch may hold a parent and its children), known zones are renamed when the name differs. The ' +
      'batch is applied at most once per idempotency key: a repeated key, from any account, answers the stored ' +
      'result of the first call with replayed = true and changes nothing.',
  })
  importZones(
    @Arg('input', () => ImportZonesInput, { description: 'The batch.' }) input: ImportZonesInput,
    @Ctx() context: CensusContext,
  ): Promise<ImportResult> {
    return context.services.zoneImport.importZones(input, actorOf(context));
  }
}
