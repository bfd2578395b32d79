import { Column, Entity, Index, type Relation } from 'typeorm';

import { IdentityKey, ManyToOneOver } from '../common/columns';
import { Account } from './account.entity';

/** A revocable API token of an INTEGRATION account; only its SHA-256 is stored. */
@Entity({ name: 'api_token' })
export class ApiToken {
  @IdentityKey()
  rowId!: string;

  @Index('api_token_account_id_idx')
  @Column({ name: 'account_id', type: 'bigint' })
  accountRowId!: string;

  @ManyToOneOver(() => Account, 'account_id', 'api_token_account_fk', { onDelete: 'CASCADE' })
  account?: Relation<Account>;

  @Index('api_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ type: 'varchar', length: 100 })
  label!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
