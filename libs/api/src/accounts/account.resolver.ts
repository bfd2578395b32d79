import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  GraphQLISODateTime,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';

import { Allow, staffOf } from '../auth/access';
import { Role } from '../auth/role';
import { codedError } from '../common/coded-error';
import { connectionType, PageArgs } from '../common/connection';
import { ZoneLevel } from '../common/enums';
import { fromInputOrArgument } from '../common/input-argument';
import { payloadType } from '../common/payload';
import { UserError } from '../common/user-error';
import type { CensusContext } from '../server/context';
import { Zone } from '../zones/zone.entity';
import { Account } from './account.entity';
import {
  AccountFilter,
  AssignSmallZoneInput,
  AssignSmallZonesInput,
  AssignSupervisorInput,
  CreateAccountInput,
  CreateApiTokenInput,
  LoginInput,
  RenewTokenInput,
  RevokeApiTokensInput,
  UpdateAccountInput,
} from './account.inputs';
import { ACCOUNT_LIST, accountListFilter } from './account.loaders';

export const AccountConnection = connectionType(
  Account,
  'Account',
  'A page of accounts, ordered by username.',
);
const AccountPayload = payloadType(Account, 'account', 'AccountPayload', 'Result of an account mutation.', {
  name: 'Account',
  spec: ACCOUNT_LIST,
});

@ObjectType({ description: 'Result of a login or token renewal.' })
class LoginPayload {
  @Field(() => String, { nullable: true, description: 'Bearer access token for the Authorization header.' })
  token!: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the token expires; renew it before with renewToken.',
  })
  expiresAt!: Date | null;

  @Field(() => Account, { nullable: true, description: 'The account logged in.' })
  account!: Account | null;

  @Field(() => [UserError], { description: 'Why the login was refused; empty on success.' })
  userErrors!: UserError[];

  @Field(() => String, {
    nullable: true,
    description: "renewToken: the input's clientMutationId, as given; null otherwise.",
  })
  clientMutationId?: string | null;
}

@ObjectType({ description: 'A new API token, shown once: only its hash is kept.' })
class ApiTokenPayload {
  @Field(() => String, { nullable: true, description: 'The token; store it now, it cannot be shown again.' })
  token!: string | null;

  @Field(() => [UserError], { description: 'Why the token was refused; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of assignSmallZones: all the small zones assigned, or none.' })
class AssignSmallZonesPayload {
  @Field(() => Account, { nullable: true, description: 'The enumerator, now holding the small zones.' })
  account!: Account | null;

  @Field(() => Int, { description: 'Number of small zones assigned; 0 when refused.' })
  assignedCount!: number;

  @Field(() => [UserError], {
    description: 'Why the assignment was refused, per small zone (field ["input", "smallZoneCodes", index]).',
  })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of assignSupervisor: all the enumerators moved, or none.' })
class AssignSupervisorPayload {
  @Field(() => Account, { nullable: true, description: 'The supervisor, now supervising the enumerators.' })
  supervisor!: Account | null;

  @Field(() => [Account], {
    description: 'The enumerators as they are now, in input order; empty when refused.',
  })
  enumerators!: Account[];

  @Field(() => [UserError], {
    description:
      'Why the assignment was refused: the supervisor (field ["input", "supervisorId"]) or each enumerator ' +
      '(field ["input", "enumeratorIds", index]: not found among your accounts, or zones outside the ' +
      "supervisor's home).",
  })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of revoking API tokens.' })
class RevokePayload {
  @Field(() => Int, { description: 'Number of tokens revoked.' })
  revoked!: number;

  @Field(() => [UserError], { description: 'Why the revocation was refused; empty on success.' })
  userErrors!: UserError[];
}

@Resolver(() => Account)
export class AccountResolver {
  @Allow('ANYONE')
  @Mutation(() => LoginPayload, {
    description: 'Logs a staff member in with username and password; answers an access token.',
  })
  login(
    @Arg('input', { description: 'Username and password.' }) input: LoginInput,
    @Ctx() { services, clientKey }: CensusContext,
  ) {
    return services.accounts.login(input, clientKey);
  }

  @Allow('STAFF')
  @Mutation(() => LoginPayload, {
    description: 'Answers a fresh access token for the current (still valid) one.',
  })
  async renewToken(
    @Arg('input', () => RenewTokenInput, {
      nullable: true,
      description: 'Nothing is needed but the token the request carries; may be left out.',
    })
    input: RenewTokenInput | null,
    @Ctx() context: CensusContext,
  ): Promise<LoginPayload> {
    const staff = staffOf(context);
    const { token, expiresAt } = context.services.accounts.renew(staff);
    return {
      token,
      expiresAt,
      account: await context.services.accounts.byId(staff.accountId),
      userErrors: [],
      clientMutationId: input?.clientMutationId ?? null,
    };
  }

  @Allow('STAFF')
  @Query(() => Account, { description: 'The account of the caller.' })
  async me(@Ctx() context: CensusContext): Promise<Account> {
    const account = await context.services.accounts.byId(staffOf(context).accountId);
    if (!account) throw codedError('auth.accountGone', {}, { code: 'UNAUTHENTICATED' });
    return account;
  }

  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.SUPERVISOR)
  @Query(() => AccountConnection, {
    description:
      'Accounts you may see, ordered by username: for an office, the accounts belonging to it or below (所属单位 within your zones) and those holding zones within yours; for a supervisor, itself and its enumerators.',
  })
  async accounts(
    @Arg('filter', () => AccountFilter, {
      nullable: true,
      description: 'Conditions every item must meet; all items when omitted.',
    })
    filter: AccountFilter | null,
    @Args() page: PageArgs,
    @Ctx() { loaders }: CensusContext,
  ) {
    return AccountConnection.of(await loaders.accounts('', accountListFilter(filter), page));
  }

  @FieldResolver(() => [Zone], { description: 'The zones the account holds (that you may see).' })
  zones(@Root() account: Account, @Ctx() { loaders }: CensusContext): Promise<Zone[]> {
    return loaders.zonesByAccount.load(account.rowId);
  }

  @FieldResolver(() => Zone, {
    nullable: true,
    description:
      '所属单位: the zone of the office the account belongs to; only offices holding it see and manage the account.',
  })
  homeZone(@Root() account: Account, @Ctx() { loaders }: CensusContext): Promise<Zone | null> | null {
    return account.homeZoneCode === null ? null : loaders.zoneByCode.load(account.homeZoneCode);
  }

  @FieldResolver(() => GraphQLISODateTime, {
    nullable: true,
    description:
      '最近登录: when the account last signed in with its password; null when it never did. Only offices (and the ' +
      'account itself) read it: null for everyone else.',
  })
  lastSignInAt(@Root() account: Account, @Ctx() { auth }: CensusContext): Date | null {
    const { principal } = auth;
    if (principal.kind !== 'staff') return null;
    const office = principal.role === Role.COUNTY_ADMIN || principal.role === Role.TOWNSHIP_OFFICER;
    return office || principal.accountId === account.rowId ? (account.lastSignInAt ?? null) : null;
  }

  @FieldResolver(() => Account, { nullable: true, description: "普查指导员: an enumerator's supervisor." })
  supervisor(@Root() account: Account, @Ctx() { loaders }: CensusContext): Promise<Account | null> | null {
    return account.supervisorRowId ? loaders.accountById.load(account.supervisorRowId) : null;
  }

  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER)
  @Mutation(() => AccountPayload, { description: 'Creates an account holding zones within yours.' })
  createAccount(
    @Arg('input', { description: 'The new account.' }) input: CreateAccountInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.accounts.create(input, staffOf(context));
  }

  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER)
  @Mutation(() => AccountPayload, { description: 'Changes, disables or re-scopes an account.' })
  updateAccount(
    @Arg('input', { description: 'The changes.' }) input: UpdateAccountInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.accounts.update(input, staffOf(context));
  }

  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER)
  @Mutation(() => AccountPayload, {
    description: 'Gives a small zone to an enumerator; its data and history stay with the zone.',
  })
  assignSmallZone(
    @Arg('input', { description: 'Small zone and enumerator.' }) input: AssignSmallZoneInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.accounts.assignSmallZone(input, staffOf(context));
  }

  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER)
  @Mutation(() => AssignSmallZonesPayload, {
    description:
      'Gives many small zones (at most 500, of one county) to one enumerator in one step, all or none; their data and history stay with the zones.',
  })
  assignSmallZones(
    @Arg('input', { description: 'Small zones and enumerator.' }) input: AssignSmallZonesInput,
    @Ctx() context: CensusContext,
  ): Promise<AssignSmallZonesPayload> {
    return context.services.accounts.assignSmallZones(input, staffOf(context));
  }

  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER)
  @Mutation(() => AssignSupervisorPayload, {
    description:
      '指导员分配: puts several enumerators (at most 200) under one supervisor in one step, all or none; their ' +
      'sessions end as for updateAccount.',
  })
  assignSupervisor(
    @Arg('input', { description: 'Supervisor and enumerators.' }) input: AssignSupervisorInput,
    @Ctx() context: CensusContext,
  ): Promise<AssignSupervisorPayload> {
    return context.services.accounts.assignSupervisor(input, staffOf(context));
  }

  @Allow(Role.COUNTY_ADMIN)
  @Mutation(() => ApiTokenPayload, { description: 'Issues an API token to an INTEGRATION account.' })
  createApiToken(
    @Arg('input', { description: 'Account and label.' }) input: CreateApiTokenInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.accounts.createApiToken(input, staffOf(context));
  }

  @Allow(Role.COUNTY_ADMIN)
  @Mutation(() => RevokePayload, {
    description: 'Revokes every API token of an INTEGRATION account at once.',
  })
  revokeApiTokens(
    @Arg('input', () => RevokeApiTokensInput, {
      nullable: true,
      description: 'The account. Required once the deprecated accountId argument is removed.',
    })
    input: RevokeApiTokensInput | null,
    @Arg('accountId', () => String, {
      nullable: true,
      description: 'Global ID of the INTEGRATION account.',
      deprecationReason: 'Use `input: { accountId }`, typed ID.',
    })
    accountId: string | null,
    @Ctx() context: CensusContext,
  ) {
    const id = fromInputOrArgument(input?.accountId, accountId, {
      input: 'input.accountId',
      argument: 'accountId',
    });
    return context.services.accounts.revokeApiTokens(id, staffOf(context));
  }
}

/** 普查员 of a small zone: lives with the accounts, whose rows it lists. */
@Resolver(() => Zone)
export class ZoneEnumeratorsResolver {
  @FieldResolver(() => [Account], {
    description:
      '普查员: the enumerators holding this small zone (normally one; empty when unassigned or for other levels), that you may see.',
  })
  enumerators(@Root() zone: Zone, @Ctx() { loaders }: CensusContext): Promise<Account[]> | Account[] {
    return zone.level === ZoneLevel.SMALL_ZONE ? loaders.enumeratorsByZone.load(zone.code) : [];
  }
}
