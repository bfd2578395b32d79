import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';

import { Zone } from '../zones/zone.entity';
import { Account } from './account.entity';

/**
 * A zone an account holds: the account sees and changes that zone's subtree. Enumerators hold their small
 * zones; supervisors see the small zones of their enumerators through `account.supervisor_id`.
 */
@Entity({ name: 'account_zone' })
export class AccountZone {
  @PrimaryColumn({ name: 'account_id', type: 'bigint' })
  accountRowId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'account_id',
    referencedColumnName: 'rowId',
    foreignKeyConstraintName: 'account_zone_account_fk',
  })
  account?: Relation<Account>;

  @PrimaryColumn({ name: 'zone_code', type: 'varchar', length: 15, collation: 'C' })
  @Index('account_zone_zone_code_idx')
  zoneCode!: string;

  @ManyToOne(() => Zone, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({
    name: 'zone_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'account_zone_zone_fk',
  })
  zone?: Relation<Zone>;

  @Column({ name: 'assigned_at', type: 'timestamptz', default: () => 'now()' })
  assignedAt!: Date;
}
