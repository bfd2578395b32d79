import { Check, Column, CreateDateColumn, Entity, Index, type Relation, UpdateDateColumn } from 'typeorm';

import { countyCheck, CountyKey, IdentityKey, zoneCodeColumn } from '../common/columns';
import { Sex } from '../common/enums';
import { Zone, ZoneReference } from '../zones/zone.entity';

/**
 * 公安推送户籍人口: one person of the police registry push (see `importRegistry`). Keyed by the citizen ID's keyed
 * hash, so a later push of the same person updates the row. The ID itself is sealed exactly like Person's.
 */
@Check(...countyCheck('registry_person', 'zone_code'))
@Entity({ name: 'registry_person' })
@Index('registry_person_citizen_id_hash_key', ['countyCode', 'citizenIdHash'], { unique: true })
@Index('registry_person_zone_code_idx', ['zoneCode', 'registryHouseholdNumber'])
export class RegistryPerson {
  @CountyKey()
  countyCode!: string;

  @IdentityKey()
  rowId!: string;

  /** 公民身份号码, sealed (AES-256-GCM). */
  @Column({ name: 'citizen_id_sealed', type: 'bytea' })
  citizenIdSealed!: Buffer;

  /** Keyed hash (HMAC-SHA-256) of the normalized citizen ID: the identity of a registry person. */
  @Column({ name: 'citizen_id_hash', type: 'bytea' })
  citizenIdHash!: Buffer;

  @Column({ name: 'citizen_id_masked', type: 'varchar', length: 18 })
  citizenIdMasked!: string;

  @Column({ type: 'varchar', length: 50 })
  name!: string;

  @Column({ type: 'enum', enum: Sex, enumName: 'sex' })
  sex!: Sex;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  /** 户籍地址. */
  @Column({ type: 'varchar', length: 200 })
  address!: string;

  /** 户号 in the police registry. */
  @Column({ name: 'registry_household_number', type: 'varchar', length: 30 })
  registryHouseholdNumber!: string;

  /** Census zone or small zone of the registration place; subtree filters use its range. */
  @Column(zoneCodeColumn('zone_code'))
  zoneCode!: string;

  @ZoneReference('zone_code', 'registry_person_zone_fk')
  zone?: Relation<Zone>;

  /** Idempotency key of the batch the row last came from. */
  @Column({ name: 'import_key', type: 'varchar', length: 200 })
  importKey!: string;

  /** The file (name and content fingerprint, as the client sends it) and row the stored version came from. */
  @Column({ name: 'import_source', type: 'varchar', length: 200, nullable: true })
  importSource!: string | null;

  @Column({ name: 'import_row', type: 'integer', nullable: true })
  importRow!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
