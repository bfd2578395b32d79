import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A check value of each field key, written at the first start against a database: a value sealed with
 * DATA_ENCRYPTION_KEY and a keyed hash made with DATA_HASH_KEY, of a fixed text. Never the keys themselves. A start
 * with other keys is refused instead of failing at every read of a sealed value (`key-check.ts`).
 */
@Entity('key_check')
export class KeyCheck {
  /** DATA_ENCRYPTION_KEY or DATA_HASH_KEY. */
  @PrimaryColumn({ type: 'varchar', length: 40 })
  name!: string;

  @Column({ name: 'check_value', type: 'bytea' })
  checkValue!: Buffer;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
