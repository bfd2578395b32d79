import { Arg, Args, Ctx, FieldResolver, GraphQLISODateTime, Query, Resolver, Root } from 'type-graphql';

import { canonicalZoneCode, maskCitizenId, maskPhone } from '@census/rules';

import { Allow } from '../auth/access';
import { Role } from '../auth/role';
import { codedError } from '../common/coded-error';
import { connectionType, PageArgs } from '../common/connection';
import { DateScalar } from '../common/date-scalar';
import { Household } from '../households/household.entity';
import { Person } from '../persons/person.entity';
import type { CensusContext } from '../server/context';
import type { AuditRecord } from './audit';
import { auditChanges } from './audit-changes';
import { AuditAction, AuditChange, AuditEntry } from './audit-log.entity';
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
  recordOf: () => Omit<AuditRecord, 'action'>,
): string | null | Promise<string> {
  // Lists read the sealed value only where no masked form is kept (common/selection.ts): a masked form alone is
  // a value (both are written together, and cleared together).
  if (!unmasked) return masked ?? (sealed ? mask(context.services.crypto.open(sealed)) : null);
  if (!sealed) return null;
  const record = recordOf();
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

/**
 * `Person.citizenId`; installed as the field's resolver in its own right too (server/schema.ts,
 * `DIRECT_RESOLVERS`): a nested read resolves it for every person, past type-graphql's per-call argument handling.
 */
export function personCitizenId(
  person: Person,
  { unmasked = false }: { unmasked?: boolean },
  context: CensusContext,
) {
  // The audit record is built only for an unmasked read (its global ID costs a string per person otherwise).
  return reveal(context, person.citizenIdSealed, person.citizenIdMasked, unmasked, maskCitizenId, () => ({
    entityType: 'Person',
    entityId: person.id,
    smallZoneCode: person.smallZoneCode,
    item: 'citizenId',
  }));
}

/** `Household.phone`, the same way as `personCitizenId`. */
export function householdPhone(
  household: Household,
  { unmasked = false }: { unmasked?: boolean },
  context: CensusContext,
) {
  return reveal(context, household.phoneSealed, household.phoneMasked, unmasked, maskPhone, () => ({
    entityType: 'Household',
    entityId: household.id,
    smallZoneCode: household.smallZoneCode,
    item: 'phone',
  }));
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
    return personCitizenId(person, { unmasked }, context);
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
    return householdPhone(household, { unmasked }, context);
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
    @Arg('from', () => DateScalar, {
      nullable: true,
      description: 'Only entries on or after this day (Beijing time, YYYY-MM-DD).',
    })
    from: string | null,
    @Arg('to', () => DateScalar, {
      nullable: true,
      description: 'Only entries on or before this day (Beijing time, YYYY-MM-DD).',
    })
    to: string | null,
    @Arg('entityType', () => String, {
      nullable: true,
      description:
        'Only entries about this kind of record: Household, Person, Building, Zone, Account, Visit, Appointment, Problem, ExportJob, ReportTexts, WorklistItem.',
    })
    entityType: string | null,
  ) {
    return AuditEntryConnection.of(
      await loaders.auditLog(
        '',
        auditLogFilter({
          zoneCode: zoneCode == null ? null : (canonicalZoneCode(zoneCode) ?? '-'),
          action,
          actor,
          since,
          from,
          to,
          entityType: entityType?.slice(0, 20) ?? null,
        }),
        page,
      ),
    );
  }

  @FieldResolver(() => [AuditChange], {
    description:
      '变更项: only the items this entry changed (an update: the items whose value differs; a create: the items it filled; a delete: the items the record held), sensitive items masked as stored.',
  })
  changes(@Root() entry: AuditEntry): AuditChange[] {
    return auditChanges(entry.action, entry.before, entry.after);
  }

  @FieldResolver(() => String, {
    description:
      '对象: the record as people read it (住户 330106002051001-005; 人员 王德福（住户 330106002051001-005 第2人）; 账号 wang).',
  })
  async subject(@Root() entry: AuditEntry, @Ctx() { loaders }: CensusContext): Promise<string> {
    return (await loaders.auditSubject.load(entry)) ?? entry.entityType;
  }
}
