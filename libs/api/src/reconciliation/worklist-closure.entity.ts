import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, type Relation } from 'typeorm';

import { Account } from '../accounts/account.entity';
import { countyCheck, CountyKey, ManyToOneOver, zoneCodeColumn } from '../common/columns';
import { Zone, ZoneReference } from '../zones/zone.entity';
import { WorklistOutcome } from './reconciliation.enums';

/**
 * How a worklist item (摸底比对) was closed. The items themselves are computed from the current data on every read;
 * only the closing is stored, under the item's stable key. An item whose condition disappears stops appearing,
 * whatever is stored here.
 */
@Check(...countyCheck('worklist_outcome', 'zone_code'))
@Entity({ name: 'worklist_outcome' })
@Index('worklist_outcome_zone_idx', ['zoneCode', 'itemKey'])
export class WorklistClosure {
  @CountyKey()
  countyCode!: string;

  @PrimaryColumn({ name: 'item_key', type: 'varchar', length: 200, collation: 'C' })
  itemKey!: string;

  @Column(zoneCodeColumn('zone_code'))
  zoneCode!: string;

  @ZoneReference('zone_code', 'worklist_outcome_zone_fk')
  zone?: Relation<Zone>;

  @Column({ type: 'enum', enum: WorklistOutcome, enumName: 'worklist_outcome_kind' })
  outcome!: WorklistOutcome;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'closed_by', type: 'bigint', nullable: true })
  closedByRowId!: string | null;

  @ManyToOneOver(() => Account, 'closed_by', 'worklist_outcome_closed_by_fk', {
    onDelete: 'SET NULL',
    nullable: true,
  })
  closedBy?: Relation<Account>;

  @CreateDateColumn({ name: 'closed_at', type: 'timestamptz' })
  closedAt!: Date;
}
