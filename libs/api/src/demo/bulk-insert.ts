import type { EntityManager } from 'typeorm';

import {
  boxPolygon,
  type DemoBox,
  type DemoPerson,
  type DemoSmallZone,
  type DemoZone,
} from '@census/demo-data';
import { HouseholdStage, maskCitizenId, maskPhone, normalizeZoneCode, parentZoneCode } from '@census/rules';

import { Building } from '../buildings/building.entity';
import { bulkInsert } from '../common/sql';
import { Household } from '../households/household.entity';
import { LongFormSampler } from '../households/long-form-sample';
import { storeAnswers, type StoredLongForm } from '../long-form/long-form-answers';
import { addToCitizenIdDirectory, type ListedPerson } from '../national/citizen-id-directory';
import { Person } from '../persons/person.entity';
import type { FieldCrypto } from '../privacy/field-crypto';
import { householdAddress } from '../sources/address';
import { Zone } from '../zones/zone.entity';
import { ZoneBoundary } from '../zones/zone-boundary.entity';
import { demoLongForm } from './demo-long-form';

/**
 * Bulk loading for the demo seed and benchmarks: one `INSERT ... SELECT FROM unnest(...)` per table and batch
 * (common/sql.ts `bulkInsert`), which loads tens of thousands of rows per second without a COPY dependency.
 * The demo rows carry the entities' property names (libs/demo-data types.ts), so every column a demo row has is
 * loaded; only what the database keeps in another form (sealed, hashed, masked, resolved IDs) is computed here.
 */
export async function insertZones(
  tx: EntityManager,
  zones: readonly (DemoZone & { longFormVehicles?: boolean | null })[],
): Promise<void> {
  const rows = zones.map((zone) => {
    const parsed = normalizeZoneCode(zone.code);
    if (!parsed.ok) throw new Error(`Bad demo zone code ${zone.code}: ${parsed.message}`);
    return {
      ...zone,
      parentCode: parentZoneCode(parsed.value.code),
      isVirtual: parsed.value.virtual,
      longFormVehicles: zone.longFormVehicles ?? null,
      version: 1,
    };
  });
  // Parents first, for the parent foreign key.
  await bulkInsert(tx, Zone, rows, {
    orderBy: 'length("code"), "code"',
    tail: 'ON CONFLICT ("code") DO NOTHING',
  });
}

/** Demo outlines (划区绘图) of zones already inserted: rectangles, by zone code. */
export async function insertZoneBoundaries(
  tx: EntityManager,
  boxes: Iterable<[string, DemoBox]>,
): Promise<void> {
  const rows = [...boxes].map(([zoneCode, box]) => ({
    zoneCode,
    geometry: JSON.stringify(boxPolygon(box)),
    ...box,
    vertices: 5,
    version: 1,
  }));
  await bulkInsert(tx, ZoneBoundary, rows, { tail: 'ON CONFLICT ("zone_code") DO NOTHING' });
}

type Inserted = { id: string; small_zone_code: string; number: string };

async function insertReturningKeys(
  tx: EntityManager,
  entity: typeof Building | typeof Household,
  rows: Record<string, unknown>[],
): Promise<Map<string, string>> {
  const inserted = await bulkInsert<Inserted>(tx, entity, rows, {
    tail: 'RETURNING id, small_zone_code, number',
  });
  return new Map(inserted.map((row) => [`${row.small_zone_code}/${row.number}`, row.id]));
}

const NO_LONG_FORM: StoredLongForm = { longForm: null, longFormSealed: null, longFormRefused: 0 };

/** `createdAt`: when the households and persons were listed (the demo's October 2020); default now. */
export async function insertSmallZones(
  tx: EntityManager,
  batch: DemoSmallZone[],
  crypto: FieldCrypto,
  {
    createdAt,
    vehicles = () => false,
  }: {
    createdAt?: Date;
    /** Whether the small zone's office asks the vehicle items of the long form (长表附加项目：车辆). */
    vehicles?: (smallZoneCode: string) => boolean;
  } = {},
): Promise<void> {
  const listed = createdAt ? { createdAt } : {};
  await insertZones(
    tx,
    batch.map((b) => b.zone),
  );
  await insertZoneBoundaries(
    tx,
    batch.flatMap((b) => (b.box ? [[b.zone.code, b.box] as [string, DemoBox]] : [])),
  );
  const buildings = batch.flatMap((b) => b.buildings);
  const buildingId = await insertReturningKeys(
    tx,
    Building,
    buildings.map((building) => ({ ...building, version: 1 })),
  );
  const buildingAddress = new Map(buildings.map((b) => [`${b.smallZoneCode}/${b.number}`, b.address]));
  const households = batch.flatMap((b) => b.households);
  const sampler = new LongFormSampler(crypto);
  // Sampled households past the listing have their long form recorded (demo answers, a few refusals).
  const members = new Map<string, DemoPerson[]>();
  for (const p of batch.flatMap((b) => b.persons)) {
    const key = `${p.smallZoneCode}/${p.householdNumber}`;
    members.set(key, [...(members.get(key) ?? []), p]);
  }
  const longForms = new Map<string, StoredLongForm>();
  for (const h of households) {
    if (h.stage === HouseholdStage.LISTED || !sampler.sampled(h.smallZoneCode, h.number)) continue;
    const persons = members.get(`${h.smallZoneCode}/${h.number}`) ?? [];
    const form = demoLongForm(h, persons, { vehicles: vehicles(h.smallZoneCode) });
    longForms.set(`${h.smallZoneCode}/${h.number}`, storeAnswers(crypto, 'household', form.household));
    persons.forEach((p, i) =>
      longForms.set(
        `${p.smallZoneCode}/${p.householdNumber}/${p.lineNumber}`,
        storeAnswers(crypto, 'person', form.persons[i]),
      ),
    );
  }
  const householdId = await insertReturningKeys(
    tx,
    Household,
    households.map((h) => ({
      ...h,
      buildingRowId: h.buildingNumber
        ? (buildingId.get(`${h.smallZoneCode}/${h.buildingNumber}`) ?? null)
        : null,
      phoneSealed: h.phone ? crypto.seal(h.phone) : null,
      phoneHash: h.phone ? crypto.digest(h.phone.replace(/\D/g, '')) : null,
      phoneMasked: h.phone ? maskPhone(h.phone) : null,
      longFormSampled: sampler.sampled(h.smallZoneCode, h.number),
      ...(longForms.get(`${h.smallZoneCode}/${h.number}`) ?? NO_LONG_FORM),
      normalizedAddress: householdAddress(
        buildingAddress.get(`${h.smallZoneCode}/${h.buildingNumber}`),
        h.unit,
        h.number,
      ),
      ...listed,
      version: 1,
    })),
  );
  const persons = batch.flatMap((b) => b.persons);
  const inserted = await bulkInsert<ListedPerson>(
    tx,
    Person,
    persons.map((p) => ({
      ...p,
      householdRowId: householdId.get(`${p.smallZoneCode}/${p.householdNumber}`),
      citizenIdSealed: p.citizenId ? crypto.seal(p.citizenId) : null,
      citizenIdHash: p.citizenId ? crypto.digest(p.citizenId) : null,
      citizenIdMasked: p.citizenId ? maskCitizenId(p.citizenId) : null,
      ...(longForms.get(`${p.smallZoneCode}/${p.householdNumber}/${p.lineNumber}`) ?? NO_LONG_FORM),
      ...listed,
      version: 1,
    })),
    {
      tail: 'RETURNING county_code AS "countyCode", id::text AS "rowId", citizen_id_hash AS "citizenIdHash"',
    },
  );
  await addToCitizenIdDirectory(tx, inserted);
}
