import { Check, Column, CreateDateColumn, Entity, Index, type Relation, UpdateDateColumn } from 'typeorm';

import { countyCheck, CountyKey, IdentityKey, zoneCodeColumn } from '../common/columns';
import { Zone, ZoneReference } from '../zones/zone.entity';

/**
 * 网格摸排: one household of an epidemic-control grid screening list (see `importGrid`), identified by its zone,
 * grid and normalized address; a later import of the same household updates the row. The phone is sealed exactly
 * like Household's.
 */
@Check(...countyCheck('grid_household', 'zone_code'))
@Entity({ name: 'grid_household' })
@Index('grid_household_zone_grid_address_key', ['countyCode', 'zoneCode', 'gridId', 'normalizedAddress'], {
  unique: true,
})
@Index('grid_household_zone_address_idx', ['zoneCode', 'normalizedAddress'])
export class GridHousehold {
  @CountyKey()
  countyCode!: string;

  @IdentityKey()
  rowId!: string;

  /** 网格编号. */
  @Column({ name: 'grid_id', type: 'varchar', length: 50 })
  gridId!: string;

  /** 住址 as imported (the latest spelling). */
  @Column({ type: 'varchar', length: 200 })
  address!: string;

  /** `normalizeAddress(address)`: part of the identity, and what reconciliation matches on. */
  @Column({ name: 'normalized_address', type: 'varchar', length: 200 })
  normalizedAddress!: string;

  /** Names of the members as screened, in the order given. */
  @Column({ type: 'text', array: true })
  persons!: string[];

  /** 联系电话, sealed (AES-256-GCM). */
  @Column({ name: 'phone_sealed', type: 'bytea', nullable: true })
  phoneSealed!: Buffer | null;

  @Column({ name: 'phone_masked', type: 'varchar', length: 20, nullable: true })
  phoneMasked!: string | null;

  /** Keyed hash of the digits of the phone number, for exact lookups. */
  @Index('grid_household_phone_hash_idx')
  @Column({ name: 'phone_hash', type: 'bytea', nullable: true })
  phoneHash!: Buffer | null;

  /** Census zone or small zone of the address; subtree filters use its range. */
  @Column(zoneCodeColumn('zone_code'))
  zoneCode!: string;

  @ZoneReference('zone_code', 'grid_household_zone_fk')
  zone?: Relation<Zone>;

  /** Idempotency key of the batch the row last came from. */
  @Column({ name: 'import_key', type: 'varchar', length: 200 })
  importKey!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
