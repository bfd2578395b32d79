import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * 全国身份证号目录: where each citizen ID is listed, for the national checks (重报, one person listed in two
 * counties). NOT county-owned: its key leads with the citizen ID's keyed hash, the column it is distributed by on
 * Citus (docs/scaling.md), so that every write and every look-up of one ID reaches one shard. Kept in step by the
 * person service (national/citizen-id-directory.ts); it is a finder, not the truth: a search confirms what it
 * finds in the counties' own person rows.
 */
@Entity({ name: 'citizen_id_directory' })
@Index('citizen_id_directory_duplicate_idx', ['countyCode', 'citizenIdHash'], { where: '"duplicate"' })
export class CitizenIdDirectoryEntry {
  /** The keyed hash of the citizen ID (as `person.citizen_id_hash`). */
  @PrimaryColumn({ name: 'citizen_id_hash', type: 'bytea' })
  citizenIdHash!: Buffer;

  /** The county the person is listed in. */
  @PrimaryColumn({ name: 'county_code', type: 'varchar', length: 6, collation: 'C' })
  countyCode!: string;

  /** The person's row id in that county. */
  @PrimaryColumn({ name: 'person_id', type: 'bigint' })
  personRowId!: string;

  /** True when the same citizen ID is listed in more than one county: the rows the worklist reads. */
  @Column({ type: 'boolean', default: false })
  duplicate!: boolean;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}
