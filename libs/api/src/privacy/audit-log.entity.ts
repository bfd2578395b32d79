import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';

import { IdentityKey, zoneCodeColumn } from '../common/columns';
import { registerEnum } from '../common/enums';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  STAGE = 'STAGE',
  UNMASK = 'UNMASK',
  ACCOUNT = 'ACCOUNT',
}

registerEnum(AuditAction, 'AuditAction', '审计动作: what was done.', {
  CREATE: 'A record was created.',
  UPDATE: 'A record was changed.',
  DELETE: 'A record was deleted.',
  STAGE: 'A household moved in the workflow.',
  UNMASK: 'A sensitive item was read in full (not masked).',
  ACCOUNT: 'An account, its zones or its tokens changed.',
});

/** 变更项: one item an entry changed, with its values before and after as text. */
@ObjectType({ simpleResolvers: true, description: '变更项: one item an audit entry changed.' })
export class AuditChange {
  @Field({
    description:
      "The item, as the record names it (`kind`, `birthYear`, `citizenId`, ...); the web app shows the census form's label (H1 户别, D5 出生年).",
  })
  item!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Its value before (null: empty or new), as text; sealed items masked as stored.',
  })
  before!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its value after (null: emptied or deleted), as text; sealed items masked as stored.',
  })
  after!: string | null;
}

/**
 * 审计日志: append-only. Written in the same transaction as the change it records; `before` and `after` never hold
 * a plaintext citizen ID or phone number, only their masked forms.
 */
@ObjectType({
  // Plain fields read the property directly, without type-graphql's per-field middleware wrapper.
  simpleResolvers: true,
  description: '审计日志: who did what to which record, and when.',
})
@Entity({ name: 'audit_log' })
@Index('audit_log_zone_idx', ['smallZoneCode', 'at'])
@Index('audit_log_at_idx', ['at'])
export class AuditEntry {
  @IdentityKey()
  rowId!: string;

  @Field(() => GraphQLISODateTime, { description: 'When.' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ name: 'actor_id', type: 'bigint', nullable: true })
  actorRowId!: string | null;

  @Field({ description: 'Who: a username, `resident:<household>` for self-report, or `system`.' })
  @Column({ name: 'actor', type: 'varchar', length: 80 })
  actor!: string;

  @Field(() => AuditAction, { description: 'What was done.' })
  @Column({ type: 'enum', enum: AuditAction, enumName: 'audit_action' })
  action!: AuditAction;

  @Field({ description: 'Kind of record: Household, Person, Account, ...' })
  @Column({ name: 'entity_type', type: 'varchar', length: 20 })
  entityType!: string;

  @Field(() => ID, { description: 'Global ID of the record.' })
  @Column({ name: 'entity_id', type: 'varchar', length: 200 })
  entityId!: string;

  @Field(() => String, { nullable: true, description: 'Small zone (or zone) of the record.' })
  @Column({ ...zoneCodeColumn('small_zone_code'), nullable: true })
  smallZoneCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Which sensitive item, for UNMASK.' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  item!: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The record before, sensitive items masked.',
    deprecationReason: 'Use `changes`: only the items the entry changed.',
  })
  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The record after, sensitive items masked.',
    deprecationReason: 'Use `changes`: only the items the entry changed.',
  })
  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;
}
