import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';

import { Account } from '../accounts/account.entity';
import { Zone } from '../zones/zone.entity';
import { WorklistOutcome } from './reconciliation.enums';

/**
 * How a worklist item (摸底比对) was closed. The items themselves are computed from the current data on every read;
 * only the closing is stored, under the item's stable key. An item whose condition disappears stops appearing,
 * whatever is stored here.
 */
@Entity({ name: 'worklist_outcome' })
@Index('worklist_outcome_zone_idx', ['zoneCode', 'itemKey'])
export class WorklistClosure {
  @PrimaryColumn({ name: 'item_key', type: 'varchar', length: 200, collation: 'C' })
  itemKey!: string;

  @Column({ name: 'zone_code', type: 'varchar', length: 15, collation: 'C' })
  zoneCode!: string;

  @ManyToOne(() => Zone, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({
    name: 'zone_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'worklist_outcome_zone_fk',
  })
  zone?: Relation<Zone>;

  @Column({ type: 'enum', enum: WorklistOutcome, enumName: 'worklist_outcome_kind' })
  outcome!: WorklistOutcome;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'closed_by', type: 'bigint', nullable: true })
  closedByRowId!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'closed_by',
    referencedColumnName: 'rowId',
    foreignKeyConstraintName: 'worklist_outcome_closed_by_fk',
  })
  closedBy?: Relation<Account>;

  @CreateDateColumn({ name: 'closed_at', type: 'timestamptz' })
  closedAt!: Date;
}
