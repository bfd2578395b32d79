import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { Allow, staffOf } from '../auth/access';
import { Role } from '../auth/role';
import { ImportResult } from '../imports/import.types';
import type { CensusContext } from '../server/context';
import { ImportStaffInput } from './staff-import.types';

@Resolver()
export class StaffImportResolver {
  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER)
  @Mutation(() => ImportResult, {
    description:
      '人员名册: imports staff accounts and their zone assignments (at most 500 rows). A new username creates the ' +
      'account, a known one you may manage is updated (name, zones, supervisor, password; never its role). ' +
      "Enumerators' small zones are assigned as assignSmallZone does. Bad rows are rejected with their row number " +
      'and field; the batch is applied at most once per idempotency key (a repeated key answers the stored result ' +
      'with replayed = true).',
  })
  importStaff(
    @Arg('input', () => ImportStaffInput, { description: 'The batch.' }) input: ImportStaffInput,
    @Ctx() context: CensusContext,
  ): Promise<ImportResult> {
    return context.services.staffImport.importStaff(input, staffOf(context));
  }
}
