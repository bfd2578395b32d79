import { Column, Entity, Index, PrimaryColumn, type Relation } from 'typeorm';

import { ManyToOneOver, zoneCodeColumn } from '../common/columns';
import { Zone, ZoneReference } from '../zones/zone.entity';
import { Account } from './account.entity';

/**
 * A zone an account holds: the account sees and changes that zone's subtree. Enumerators hold their small
 * zones; supervisors see the small zones of their enumerators through `account.supervisor_id`.
 */
@Entity({ name: 'account_zone' })
export class AccountZone {
  @PrimaryColumn({ name: 'account_id', type: 'bigint' })
  accountRowId!: string;

  @ManyToOneOver(() => Account, 'account_id', 'account_zone_account_fk', { onDelete: 'CASCADE' })
  account?: Relation<Account>;

  @PrimaryColumn(zoneCodeColumn('zone_code'))
  @Index('account_zone_zone_code_idx')
  zoneCode!: string;

  @ZoneReference('zone_code', 'account_zone_zone_fk')
  zone?: Relation<Zone>;

  @Column({ name: 'assigned_at', type: 'timestamptz', default: () => 'now()' })
  assignedAt!: Date;
}
