import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * 回执: the first result of a mutation sent with an idempotency key, per account and key. A phone that lost the
 * answer (signal gone mid-request) sends the same mutation with the same key again; the API then answers from here
 * instead of applying it twice. Only applied mutations leave a receipt: a rejected one wrote nothing, so sending it
 * again is harmless.
 */
@Entity({ name: 'mutation_receipt' })
export class MutationReceipt {
  @PrimaryColumn({ name: 'account_id', type: 'bigint' })
  accountId!: string;

  @PrimaryColumn({ name: 'idempotency_key', type: 'text', collation: 'C' })
  idempotencyKey!: string;

  /** The root field the key was used with. */
  @Column({ name: 'mutation', type: 'text' })
  mutation!: string;

  /** SHA-256 of the input: the same key with another input is refused. */
  @Column({ name: 'input_hash', type: 'bytea' })
  inputHash!: Buffer;

  /** What the replay needs to answer the first result again (the IDs of the rows it wrote). */
  @Column({ name: 'result', type: 'jsonb', nullable: true })
  result!: Record<string, unknown> | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
