import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { countyCheck, CountyKey, IdentityKey, zoneCodeColumn } from '../common/columns';

/** What a change-feed entry is about. SUBMISSION and REVIEW are workflow steps of a household. */
export enum ChangeType {
  ZONE = 'ZONE',
  BUILDING = 'BUILDING',
  HOUSEHOLD = 'HOUSEHOLD',
  PERSON = 'PERSON',
  SUBMISSION = 'SUBMISSION',
  REVIEW = 'REVIEW',
}

export enum ChangeOperation {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}

/**
 * One committed change of a row, written by statement-level triggers in the writing transaction (so it commits
 * or rolls back with the change itself). `txid` is the writing transaction's 64-bit ID: the feed orders by
 * (txid, id) and only releases entries whose transaction is older than every transaction still running, so an
 * entry can never appear behind a cursor that has already passed it (see change-feed.service.ts).
 */
@Check(...countyCheck('change_log', 'zone_code'))
@Entity({ name: 'change_log' })
@Index('change_log_position_idx', ['txid', 'id'])
@Index('change_log_county_position_idx', ['countyCode', 'txid', 'id'])
export class ChangeLogEntry {
  @CountyKey()
  countyCode!: string;

  @IdentityKey()
  id!: string;

  /** `pg_current_xact_id()` of the writing transaction, set by the triggers (xid8 as bigint). */
  @Column({ type: 'bigint' })
  txid!: string;

  @Column({ type: 'enum', enum: ChangeType, enumName: 'change_type' })
  type!: ChangeType;

  @Column({ type: 'enum', enum: ChangeOperation, enumName: 'change_operation' })
  operation!: ChangeOperation;

  /** Zone code, or the row ID of the building, household, person or household_event. */
  @Column({ name: 'entity_key', type: 'varchar', length: 20 })
  entityKey!: string;

  /** For SUBMISSION and REVIEW: the household's row ID. */
  @Column({ name: 'household_id', type: 'bigint', nullable: true })
  householdRowId!: string | null;

  /** The zone the change belongs to (the zone itself, or the row's small zone): what scopes filter on. */
  @Column(zoneCodeColumn('zone_code'))
  zoneCode!: string;

  /** The row's version after the change; null for deletes and workflow steps. */
  @Column({ type: 'integer', nullable: true })
  version!: number | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}

/**
 * Where the change log has been pruned up to: every entry at or before (txid, id) is gone. A cursor before it
 * cannot be continued (CURSOR_EXPIRED); one row at most.
 */
@Entity({ name: 'change_log_retention' })
@Check('change_log_retention_single_row', `"id" = 1`)
export class ChangeLogRetention {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id!: number;

  @Column({ name: 'pruned_txid', type: 'bigint' })
  prunedTxid!: string;

  @Column({ name: 'pruned_id', type: 'bigint' })
  prunedId!: string;

  @Column({ name: 'pruned_at', type: 'timestamptz' })
  prunedAt!: Date;
}

/**
 * 变更流的世代: which life of the database the feed's cursors belong to. A restore from a backup brings back the
 * database as it was when the backup began, and the transaction counter with it: positions handed out after that
 * moment would name transactions of the lost timeline. The restore therefore starts a new incarnation and records
 * the feed horizon at the start of the backup; a cursor of an earlier incarnation beyond it answers
 * CURSOR_EXPIRED (start again from a bulk export), one within it goes on.
 */
@Entity({ name: 'feed_incarnation' })
@Check('feed_incarnation_single_row', `"id" = 1`)
export class FeedIncarnation {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id!: number;

  @Column({ type: 'integer', default: 1 })
  incarnation!: number;

  /** The feed horizon when the backup of the last restore began; null before any restore. */
  @Column({ name: 'restored_txid', type: 'bigint', nullable: true })
  restoredTxid!: string | null;

  @Column({ name: 'restored_at', type: 'timestamptz', nullable: true })
  restoredAt!: Date | null;
}
