import { Field, Float, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';

import { IdentityKey, NodeObjectType, zoneCodeColumn } from '../common/columns';
import { registerEnum } from '../common/enums';
import { toGlobalId } from '../common/global-id';
import { Node } from '../common/node';
import { ExportEntity, ExportFormat } from './export-formats';

export enum ExportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
  EXPIRED = 'EXPIRED',
}

registerEnum(ExportEntity, 'ExportEntity', 'What a bulk export holds; each becomes one file.', {
  ZONES: 'The zone itself and every zone below it.',
  BUILDINGS: 'Buildings of the small zones below the zone.',
  HOUSEHOLDS: 'Households with their short-form household items.',
  PERSONS: 'Persons with their short-form person items.',
});
registerEnum(
  ExportFormat,
  'ExportFormat',
  'File format of a bulk export; see docs/integration.md for the JSON Schema of each file.',
  {
    JSONL: 'JSON Lines: one JSON object per line, UTF-8, LF line ends.',
    CSV: 'RFC 4180 CSV with a header line, UTF-8 with BOM, CRLF line ends.',
  },
);
registerEnum(ExportStatus, 'ExportStatus', 'Where a bulk export job is.', {
  QUEUED: 'Waiting for a worker.',
  RUNNING: 'Writing its files; see rowsWritten.',
  COMPLETED: 'Done: the files can be downloaded until expiresAt.',
  FAILED: 'Stopped with an error; start a new export.',
  EXPIRED: 'Done, but the files have been deleted (past expiresAt).',
});

@ObjectType({ description: 'One file of a finished bulk export.' })
export class ExportFile {
  @Field(() => ExportEntity, { description: 'What the file holds.' })
  entity!: ExportEntity;

  @Field({ description: 'File name, e.g. persons.jsonl.' })
  name!: string;

  @Field(() => Float, { description: 'Data rows in the file (without the CSV header).' })
  rows!: number;

  @Field(() => Float, { description: 'Size of the file in bytes.' })
  bytes!: number;

  @Field({ description: 'SHA-256 of the file, lower-case hex: check it after the download.' })
  sha256!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Signed download link, valid for 15 minutes from this read and usable without a token; null once the ' +
      'job has expired. Ask node(id) again for a fresh link.',
  })
  url!: string | null;
}

/** The stored form of an ExportFile (the link is signed at read time). */
export type StoredExportFile = Omit<ExportFile, 'url'>;

/**
 * A bulk export, in the manner of Shopify's bulk operations: created by `startExport`, run by a worker that
 * streams rows from a database cursor into files, read through `node(id)`.
 */
@NodeObjectType('批量导出: a bulk export job; read its status, progress and files through node(id).')
@Entity({ name: 'export_job' })
@Index('export_job_idempotency_key', ['accountRowId', 'idempotencyKey'], { unique: true })
@Index('export_job_status_idx', ['status', 'rowId'])
@Index('export_job_account_idx', ['accountRowId', 'rowId'])
export class ExportJob implements Node {
  @IdentityKey()
  rowId!: string;

  @Field(() => ID, { description: 'Opaque global ID.' })
  get id(): string {
    return toGlobalId('ExportJob', this.rowId);
  }

  @Column({ name: 'account_id', type: 'bigint' })
  accountRowId!: string;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 100, nullable: true })
  idempotencyKey!: string | null;

  @Field({ description: 'The zone exported, with everything below it.' })
  @Column(zoneCodeColumn('zone_code'))
  zoneCode!: string;

  @Field(() => [ExportEntity], { description: 'What the export holds, one file each.' })
  @Column({ type: 'enum', enum: ExportEntity, enumName: 'export_entity', array: true })
  entities!: ExportEntity[];

  @Field(() => ExportFormat, { description: 'File format.' })
  @Column({ type: 'enum', enum: ExportFormat, enumName: 'export_format' })
  format!: ExportFormat;

  @Field({ description: 'Citizen IDs and phone numbers in full (audited) instead of masked.' })
  @Column({ type: 'boolean', default: false })
  unmasked!: boolean;

  @Field(() => ExportStatus, { description: 'Where the job is.' })
  @Column({ type: 'enum', enum: ExportStatus, enumName: 'export_status', default: ExportStatus.QUEUED })
  status!: ExportStatus;

  @Field(() => Float, {
    nullable: true,
    description: 'Rows the export will hold, counted when it starts running; null while QUEUED.',
  })
  @Column({ name: 'total_rows', type: 'integer', nullable: true })
  totalRows!: number | null;

  @Field(() => Float, { description: 'Rows written so far (updated every few thousand rows).' })
  @Column({ name: 'rows_written', type: 'integer', default: 0 })
  rowsWritten!: number;

  @Column({ type: 'jsonb' })
  files!: StoredExportFile[];

  @Field(() => String, {
    nullable: true,
    description:
      'Change-feed cursor of the moment the export read the database: follow changes(after: this) to get ' +
      'everything changed since. Changes right after it may repeat rows already in the files; apply by version.',
  })
  @Column({ name: 'changes_cursor', type: 'varchar', length: 80, nullable: true })
  changesCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the export failed.' })
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the export was asked for.' })
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When a worker started writing it.' })
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it completed or failed.' })
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the files will be deleted (24 hours after the export finished).',
  })
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  /** Last sign of life of the worker running the job; a RUNNING job without one for 2 minutes is re-queued. */
  @Column({ name: 'heartbeat_at', type: 'timestamptz', nullable: true })
  heartbeatAt!: Date | null;
}
