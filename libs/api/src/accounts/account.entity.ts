import { Field, ID } from 'type-graphql';
import { Column, Entity, Index, type Relation, Unique } from 'typeorm';

import { Role } from '../auth/role';
import { IdentityKey, ManyToOneOver, NodeObjectType, zoneCodeColumn } from '../common/columns';
import { toGlobalId } from '../common/global-id';
import { Node } from '../common/node';
import { VersionedRow } from '../common/row';
import { Zone, ZoneReference } from '../zones/zone.entity';

@NodeObjectType('账号: a staff or machine account.')
@Entity({ name: 'account' })
@Unique('account_username_key', ['username'])
export class Account extends VersionedRow implements Node {
  @IdentityKey()
  rowId!: string;

  @Field({ description: '用户名: login name (letters, digits, . _ -).' })
  @Column({ type: 'varchar', length: 50 })
  username!: string;

  @Field({ description: '姓名: name of the person (or system) behind the account.' })
  @Column({ type: 'varchar', length: 50 })
  name!: string;

  @Field(() => Role, { description: '角色: what the account may do.' })
  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role!: Role;

  @Field({
    description: '启用: false when the account is disabled; it can then neither log in nor use tokens.',
  })
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** argon2id hash; never a GraphQL field. Null for INTEGRATION accounts, which use API tokens. */
  @Column({ name: 'password_hash', type: 'varchar', length: 200, nullable: true })
  passwordHash!: string | null;

  @Index('account_supervisor_id_idx')
  @Column({ name: 'supervisor_id', type: 'bigint', nullable: true })
  supervisorRowId!: string | null;

  @ManyToOneOver(() => Account, 'supervisor_id', 'account_supervisor_fk', { nullable: true })
  supervisor?: Relation<Account> | null;

  /**
   * 所属单位: the zone of the office responsible for the account (the office that created it). Only offices whose
   * zones contain it see and manage the account, and everything the account can see lies inside it: its own zones
   * and, for a supervisor, its enumerators' zones. Null only for a top account whose zones share no province: no
   * office is above it, so nobody manages it through the API.
   */
  @Index('account_home_zone_code_idx')
  @Column({ ...zoneCodeColumn('home_zone_code'), nullable: true })
  homeZoneCode!: string | null;

  @ZoneReference('home_zone_code', 'account_home_zone_fk', { nullable: true })
  homeZone?: Relation<Zone>;

  /**
   * Incremented whenever the account's password, role, zones, supervisor, home or state change: access tokens
   * carry the value they were issued with and stop working once it moved, so such a change ends every session.
   */
  @Column({ name: 'session_version', type: 'integer', default: 1 })
  sessionVersion!: number;

  /**
   * 最近登录: when the account last signed in with its password (`login`, one UPDATE per sign-in, never per request;
   * renewing a token is no sign-in). Read through the `lastSignInAt` field resolver, offices and the account only.
   */
  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt!: Date | null;

  @Field(() => ID, { description: 'Opaque global ID.' })
  get id(): string {
    return toGlobalId('Account', this.rowId);
  }
}
