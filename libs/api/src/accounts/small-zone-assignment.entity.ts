import { Check, Column, Entity, Index } from 'typeorm';

import { countyCheck, CountyKey, IdentityKey, zoneCodeColumn } from '../common/columns';

/**
 * History of which enumerator held a small zone when: moving a small zone to another enumerator closes one
 * row and opens another, and the zone's data stays where it is.
 */
@Check(...countyCheck('small_zone_assignment', 'small_zone_code'))
@Entity({ name: 'small_zone_assignment' })
@Index('small_zone_assignment_zone_idx', ['smallZoneCode', 'assignedAt'])
export class SmallZoneAssignment {
  @CountyKey()
  countyCode!: string;

  @IdentityKey()
  rowId!: string;

  @Column(zoneCodeColumn('small_zone_code'))
  smallZoneCode!: string;

  @Column({ name: 'enumerator_id', type: 'bigint' })
  enumeratorRowId!: string;

  @Column({ name: 'assigned_by', type: 'bigint', nullable: true })
  assignedByRowId!: string | null;

  @Column({ name: 'assigned_at', type: 'timestamptz', default: () => 'now()' })
  assignedAt!: Date;

  @Column({ name: 'unassigned_at', type: 'timestamptz', nullable: true })
  unassignedAt!: Date | null;
}
