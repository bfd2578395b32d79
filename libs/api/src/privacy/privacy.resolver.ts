import { Arg, Args, Ctx, FieldResolver, GraphQLISODateTime, Query, Resolver, Root } from 'type-graphql';

import { canonicalZoneCode, maskCitizenId, maskPhone } from '@census/rules';

import { Allow } from '../auth/access';
import { Role } from '../auth/role';
import { codedError } from '../common/coded-error';
import { connectionType, PageArgs } from '../common/connection';
import { Household } from '../households/household.entity';
import { Person } from '../persons/person.entity';
import type { CensusContext } from '../server/context';
import type { AuditRecord } from './audit';
import { AuditAction, AuditEntry } from './audit-log.entity';
import { auditLogFilter } from './privacy.service';

/** Roles whose work needs sensitive items in full; everyone else reads them masked. */
export const UNMASKING_ROLES: readonly Role[] = [Role.ENUMERATOR, Role.SUPERVISOR, Role.INTEGRATION];

export const AuditEntryConnection = connectionType(
  AuditEntry,
  'AuditEntry',
  'A page of audit log entries, newest first.',
);

/** Whether the caller may read sealed items in full (the resident: of its own household, the only one it reaches). */
export function mayUnmask(context: CensusContext): boolean {
  const { principal } = context.auth;
  return (
    principal.kind === 'resident' || (principal.kind === 'staff' && UNMASKING_ROLES.includes(principal.role))
  );
}

/**
 * The masked form is kept on the row at write time, so the usual (masked) read is synchronous and decrypts
 * nothing; rows written before that column existed are masked on the fly. Full reads are checked and audited.
 */
function reveal(
  context: CensusContext,
  sealed: Buffer | null,
  masked: string | null,
  unmasked: boolean,
  mask: (value: string) => string,
  record: Omit<AuditRecord, 'action'>,
): string | null | Promise<string> {
  if (!sealed) return null;
  if (!unmasked) return masked ?? mask(context.services.crypto.open(sealed));
  if (!mayUnmask(context)) {
    const item = record.item === 'phone' ? 'household.phone' : `person.${record.item}`;
    throw codedError(
      'auth.unmaskForbidden',
      { item, allowed: UNMASKING_ROLES.join(', ') },
      { code: 'FORBIDDEN' },
    );
  }
  const value = context.services.crypto.open(sealed);
  return context.loaders.unmaskLog.load({ action: AuditAction.UNMASK, ...record }).then(() => value);
}

const UNMASKED = {
  defaultValue: false,
  description: 'true: the full value (audited; only roles that need it).',
};

@Resolver(() => Person)
export class PersonPrivacyResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'D3 公民身份号码: masked (110105********1234) unless `unmasked` is asked for by a role that needs it; every full read is audited.',
  })
  citizenId(
    @Root() person: Person,
    @Arg('unmasked', () => Boolean, UNMASKED) unmasked: boolean,
    @Ctx() context: CensusContext,
  ) {
    return reveal(context, person.citizenIdSealed, person.citizenIdMasked, unmasked, maskCitizenId, {
      entityType: 'Person',
      entityId: person.id,
      smallZoneCode: person.smallZoneCode,
      item: 'citizenId',
    });
  }
}

@Resolver(() => Household)
export class HouseholdPrivacyResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      '联系电话: masked (138****5678) unless `unmasked` is asked for by a role that needs it; every full read is audited.',
  })
  phone(
    @Root() household: Household,
    @Arg('unmasked', () => Boolean, UNMASKED) unmasked: boolean,
    @Ctx() context: CensusContext,
  ) {
    return reveal(context, household.phoneSealed, household.phoneMasked, unmasked, maskPhone, {
      entityType: 'Household',
      entityId: household.id,
      smallZoneCode: household.smallZoneCode,
      item: 'phone',
    });
  }
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER)
  @Query(() => AuditEntryConnection, {
    description: '审计日志: writes and unmasked reads within your zones, newest first.',
  })
  async auditLog(
    @Args() page: PageArgs,
    @Ctx() { loaders }: CensusContext,
    @Arg('zoneCode', () => String, { nullable: true, description: 'Only entries of this zone and below.' })
    zoneCode: string | null,
    @Arg('action', () => AuditAction, { nullable: true, description: 'Only entries of this action.' })
    action: AuditAction | null,
    @Arg('actor', () => String, { nullable: true, description: 'Only entries by this username.' })
    actor: string | null,
    @Arg('since', () => GraphQLISODateTime, {
      nullable: true,
      description: 'Only entries at or after this time.',
    })
    since: Date | null,
  ) {
    return AuditEntryConnection.of(
      await loaders.auditLog(
        '',
        auditLogFilter({
          zoneCode: zoneCode == null ? null : (canonicalZoneCode(zoneCode) ?? '-'),
          action,
          actor,
          since,
        }),
        page,
      ),
    );
  }
}
