import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * 导入批次: one applied import, keyed by the client's idempotency key. Inserted in the same transaction as the
 * batch's rows, so a key is either fully applied (with its stored result) or not at all. A repeated key answers
 * the stored result, whoever sends it.
 */
@Entity({ name: 'import_batch' })
export class ImportBatch {
  @PrimaryColumn({ name: 'idempotency_key', type: 'varchar', length: 200 })
  idempotencyKey!: string;

  /** What was imported: 'REGISTRY' for the police registry push. */
  @Column({ type: 'varchar', length: 30 })
  kind!: string;

  @Column({ name: 'account_id', type: 'bigint', nullable: true })
  accountId!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  source!: string | null;

  /** The ImportResult answered when the batch was applied (without `replayed`). */
  @Column({ type: 'jsonb' })
  result!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
