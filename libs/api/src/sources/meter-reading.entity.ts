import { Check, Column, CreateDateColumn, Entity, Index, type Relation, UpdateDateColumn } from 'typeorm';

import { countyCheck, CountyKey, IdentityKey, zoneCodeColumn } from '../common/columns';
import { Zone, ZoneReference } from '../zones/zone.entity';
import { ElectricityUsage } from './source-import.types';

/**
 * 用电信息: the usage grade of one electricity meter in one month (see `importElectricity`). A later import of the
 * same meter and month updates the row.
 */
@Check(...countyCheck('meter_reading', 'zone_code'))
@Entity({ name: 'meter_reading' })
@Index('meter_reading_meter_month_key', ['countyCode', 'meterId', 'month'], { unique: true })
@Index('meter_reading_zone_address_idx', ['zoneCode', 'normalizedAddress'])
export class MeterReading {
  @CountyKey()
  countyCode!: string;

  @IdentityKey()
  rowId!: string;

  /** 电表户号. */
  @Column({ name: 'meter_id', type: 'varchar', length: 50 })
  meterId!: string;

  /** Month graded, YYYY-MM. */
  @Column({ type: 'varchar', length: 7, collation: 'C' })
  month!: string;

  /** 用电地址 as imported. */
  @Column({ type: 'varchar', length: 200 })
  address!: string;

  /** `normalizeAddress(address)`: what reconciliation matches on. */
  @Column({ name: 'normalized_address', type: 'varchar', length: 200 })
  normalizedAddress!: string;

  @Column({ type: 'enum', enum: ElectricityUsage, enumName: 'electricity_usage' })
  usage!: ElectricityUsage;

  /** Census zone or small zone of the address; subtree filters use its range. */
  @Column(zoneCodeColumn('zone_code'))
  zoneCode!: string;

  @ZoneReference('zone_code', 'meter_reading_zone_fk')
  zone?: Relation<Zone>;

  /** Idempotency key of the batch the row last came from. */
  @Column({ name: 'import_key', type: 'varchar', length: 200 })
  importKey!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
