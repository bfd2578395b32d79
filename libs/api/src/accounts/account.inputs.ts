import { Field, ID, InputType, Int } from 'type-graphql';

import { Role } from '../auth/role';

@InputType({ description: 'Credentials of a staff account.' })
export class LoginInput {
  @Field({ description: '用户名.' })
  username!: string;

  @Field({ description: '密码.' })
  password!: string;
}

@InputType({ description: 'A new staff or machine account.' })
export class CreateAccountInput {
  @Field({ description: 'Login name: 3-50 letters, digits, dots, dashes or underscores.' })
  username!: string;

  @Field({ description: '姓名.' })
  name!: string;

  @Field(() => Role, { description: '角色.' })
  role!: Role;

  @Field(() => String, {
    nullable: true,
    description: 'Initial password (at least 10 characters); not for INTEGRATION accounts.',
  })
  password?: string | null;

  @Field(() => [String], {
    defaultValue: [],
    description: 'Codes of the zones the account holds (within your own).',
  })
  zoneCodes!: string[];

  @Field(() => ID, {
    nullable: true,
    description: "An enumerator's supervisor (an account of role SUPERVISOR).",
  })
  supervisorId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "所属单位: code of the office zone (township or above, within yours) the account belongs to; only offices holding it see and manage the account, and the account's zones must lie inside it. Default: the township (or higher zone) containing all its zones, else your own zone.",
  })
  homeZoneCode?: string | null;
}

@InputType({ description: 'Changes to an account; omitted items stay as they are.' })
export class UpdateAccountInput {
  @Field(() => ID, { description: 'Global ID of the account.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version the client read; the update fails with CONFLICT if it moved.',
  })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: '姓名.' })
  name?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'false disables the account at once (tokens stop working).',
  })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'New password (at least 10 characters).' })
  password?: string | null;

  @Field(() => ID, { nullable: true, description: 'New supervisor of an enumerator; null removes it.' })
  supervisorId?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Replaces the zones the account holds (within your own).',
  })
  zoneCodes?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      "所属单位: moves the account to another office zone within yours; its zones (and a supervisor's enumerators' zones) must lie inside it.",
  })
  homeZoneCode?: string | null;
}

@InputType({
  description: 'Gives a small zone to an enumerator; its previous enumerator loses it, its data stays.',
})
export class AssignSmallZoneInput {
  @Field({ description: '15-digit small zone code.' })
  smallZoneCode!: string;

  @Field(() => ID, { description: 'Global ID of the enumerator account.' })
  enumeratorId!: string;
}

/** At most this many small zones in one assignSmallZones. */
export const MAX_BULK_SMALL_ZONES = 500;

@InputType({
  description:
    'Gives many small zones to one enumerator at once: all of them or none (one transaction); their previous ' +
    'enumerators lose them, their data stays.',
})
export class AssignSmallZonesInput {
  @Field(() => [String], {
    description: `15-digit small zone codes, 1 to ${MAX_BULK_SMALL_ZONES}, all inside your zones, the enumerator's home zone and one county.`,
  })
  smallZoneCodes!: string[];

  @Field(() => ID, { description: 'Global ID of the enumerator account.' })
  enumeratorId!: string;
}

/** The most enumerators assignSupervisor moves at once. */
export const MAX_BULK_ENUMERATORS = 200;

@InputType({
  description:
    'Puts several enumerators under one supervisor at once: all of them or none (one transaction). Their zones ' +
    "must lie in the supervisor's home zone.",
})
export class AssignSupervisorInput {
  @Field(() => ID, { description: 'Global ID of the supervisor account.' })
  supervisorId!: string;

  @Field(() => [ID], {
    description: `Global IDs of the enumerator accounts, 1 to ${MAX_BULK_ENUMERATORS}, all managed by you.`,
  })
  enumeratorIds!: string[];
}

@InputType({ description: 'Filter of the account list; all given conditions must hold.' })
export class AccountFilter {
  @Field(() => Role, { nullable: true, description: 'Only accounts of this role.' })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: 'Only enabled (true) or disabled (false) accounts.' })
  active?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only accounts holding a zone inside this zone (its subtree), or belonging to an office inside it (所属单位).',
  })
  zoneCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only accounts whose name or username contains this text (letters in any case).',
  })
  search?: string | null;
}

@InputType({ description: 'The INTEGRATION account whose API tokens to revoke.' })
export class RevokeApiTokensInput {
  @Field(() => ID, { description: 'Global ID of the INTEGRATION account.' })
  accountId!: string;
}

@InputType({
  description:
    'Renewal of the current session: it needs nothing but the token it is sent with; the input exists so that ' +
    'every mutation takes one.',
})
export class RenewTokenInput {
  @Field(() => String, {
    nullable: true,
    description: "Any text of the client's, answered back in the payload (Relay's clientMutationId).",
  })
  clientMutationId?: string | null;
}

@InputType({ description: 'A new API token of an INTEGRATION account.' })
export class CreateApiTokenInput {
  @Field(() => ID, { description: 'Global ID of the INTEGRATION account.' })
  accountId!: string;

  @Field({ description: 'What the token is for, e.g. "county system, production".' })
  label!: string;
}
