import { maskCitizenId, maskPhone, normalizeZoneCode, parentZoneCode } from '@census/rules';
import type { DemoSmallZone, DemoZone } from '@census/demo-data';
import type { EntityManager } from 'typeorm';
import type { FieldCrypto } from '../privacy/field-crypto';
import { householdAddress } from '../sources/address';
import { query } from '../common/sql';

/**
 * Bulk loading for the demo seed and benchmarks: one `INSERT ... SELECT FROM unnest(...)` per table and
 * batch, which loads tens of thousands of rows per second without a COPY dependency.
 */
export async function insertZones(tx: EntityManager, zones: DemoZone[]): Promise<void> {
  const rows = zones.map((zone) => {
    const parsed = normalizeZoneCode(zone.code);
    if (!parsed.ok) throw new Error(`Bad demo zone code ${zone.code}: ${parsed.message}`);
    return { ...zone, parent: parentZoneCode(parsed.value.code), virtual: parsed.value.virtual };
  });
  await query(
    tx,
    `INSERT INTO zone (code, level, name, parent_code, is_virtual, version)
     SELECT code, level::zone_level, name, parent_code, is_virtual, 1
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::boolean[])
         AS z(code, level, name, parent_code, is_virtual)
     ORDER BY length(code), code
     ON CONFLICT (code) DO NOTHING`,
    [
      rows.map((r) => r.code),
      rows.map((r) => r.level),
      rows.map((r) => r.name),
      rows.map((r) => r.parent),
      rows.map((r) => r.virtual),
    ],
  );
}

const column = <T, K extends keyof T>(rows: T[], key: K) => rows.map((row) => row[key]);

export async function insertSmallZones(
  tx: EntityManager,
  batch: DemoSmallZone[],
  crypto: FieldCrypto,
): Promise<void> {
  await insertZones(
    tx,
    batch.map((b) => b.zone),
  );
  const buildings = batch.flatMap((b) => b.buildings);
  const buildingIds = await query<{ id: string; small_zone_code: string; number: string }>(
    tx,
    `INSERT INTO building (small_zone_code, number, address, kind, latitude, longitude, version)
     SELECT c, n, a, k::building_kind, lat, lng, 1
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[]) AS b(c, n, a, k, lat, lng)
     RETURNING id, small_zone_code, number`,
    [
      column(buildings, 'smallZoneCode'),
      column(buildings, 'number'),
      column(buildings, 'address'),
      column(buildings, 'kind'),
      column(buildings, 'latitude'),
      column(buildings, 'longitude'),
    ],
  );
  const buildingId = new Map(buildingIds.map((b) => [`${b.small_zone_code}/${b.number}`, b.id]));
  const buildingAddress = new Map(buildings.map((b) => [`${b.smallZoneCode}/${b.number}`, b.address]));
  const households = batch.flatMap((b) => b.households);
  const householdIds = await query<{ id: string; small_zone_code: string; number: string }>(
    tx,
    `INSERT INTO household (small_zone_code, number, building_id, unit, kind, status, registration_method, stage,
                            present_male, present_female, absent_male, absent_female, births_male, births_female,
                            deaths_male, deaths_female, dwelling_type, floor_area, rooms, phone_sealed, phone_hash, phone_masked, note,
                            normalized_address, version)
     SELECT c, n, b, u, k::household_kind, s::household_status, m::registration_method, st::household_stage,
            pm, pf, am, af, bm, bf, dm, df, dt::dwelling_type, fa, r, ph, phh, phm, nt, na, 1
       FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                   $9::int[], $10::int[], $11::int[], $12::int[], $13::int[], $14::int[], $15::int[], $16::int[],
                   $17::text[], $18::numeric[], $19::int[], $20::bytea[], $21::bytea[], $22::text[], $23::text[], $24::text[])
         AS h(c, n, b, u, k, s, m, st, pm, pf, am, af, bm, bf, dm, df, dt, fa, r, ph, phh, phm, nt, na)
     RETURNING id, small_zone_code, number`,
    [
      column(households, 'smallZoneCode'),
      column(households, 'number'),
      households.map((h) =>
        h.buildingNumber ? (buildingId.get(`${h.smallZoneCode}/${h.buildingNumber}`) ?? null) : null,
      ),
      column(households, 'unit'),
      column(households, 'kind'),
      column(households, 'status'),
      column(households, 'registrationMethod'),
      column(households, 'stage'),
      column(households, 'presentMale'),
      column(households, 'presentFemale'),
      column(households, 'absentMale'),
      column(households, 'absentFemale'),
      column(households, 'birthsMale'),
      column(households, 'birthsFemale'),
      column(households, 'deathsMale'),
      column(households, 'deathsFemale'),
      column(households, 'dwellingType'),
      column(households, 'floorArea'),
      column(households, 'rooms'),
      households.map((h) => (h.phone ? crypto.seal(h.phone) : null)),
      households.map((h) => (h.phone ? crypto.digest(h.phone.replace(/\D/g, '')) : null)),
      households.map((h) => (h.phone ? maskPhone(h.phone) : null)),
      column(households, 'note'),
      households.map((h) =>
        householdAddress(buildingAddress.get(`${h.smallZoneCode}/${h.buildingNumber}`), h.unit, h.number),
      ),
    ],
  );
  const householdId = new Map(householdIds.map((h) => [`${h.small_zone_code}/${h.number}`, h.id]));
  const persons = batch.flatMap((b) => b.persons);
  await query(
    tx,
    `INSERT INTO person (household_id, small_zone_code, line_number, name, relationship, citizen_id_sealed, citizen_id_hash, citizen_id_masked, sex, birth_year,
                         birth_month, ethnicity, whereabouts, registration_place_code, left_registration_duration,
                         left_registration_reason, education, literate, registered, resident, version)
     SELECT h, c, l, n, r::relationship, ci, cih, cim, s::sex, y, m, e::ethnicity, w::whereabouts, rp,
            ld::left_registration_duration, lr::left_registration_reason, ed::education, lit, reg, res, 1
       FROM unnest($1::bigint[], $2::text[], $3::int[], $4::text[], $5::text[], $6::bytea[], $7::bytea[], $8::text[], $9::text[], $10::int[],
                   $11::int[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[],
                   $18::boolean[], $19::boolean[], $20::boolean[])
         AS p(h, c, l, n, r, ci, cih, cim, s, y, m, e, w, rp, ld, lr, ed, lit, reg, res)`,
    [
      persons.map((p) => householdId.get(`${p.smallZoneCode}/${p.householdNumber}`)),
      column(persons, 'smallZoneCode'),
      column(persons, 'lineNumber'),
      column(persons, 'name'),
      column(persons, 'relationship'),
      persons.map((p) => (p.citizenId ? crypto.seal(p.citizenId) : null)),
      persons.map((p) => (p.citizenId ? crypto.digest(p.citizenId) : null)),
      persons.map((p) => (p.citizenId ? maskCitizenId(p.citizenId) : null)),
      column(persons, 'sex'),
      column(persons, 'birthYear'),
      column(persons, 'birthMonth'),
      column(persons, 'ethnicity'),
      column(persons, 'whereabouts'),
      column(persons, 'registrationPlaceCode'),
      column(persons, 'leftRegistrationDuration'),
      column(persons, 'leftRegistrationReason'),
      column(persons, 'education'),
      column(persons, 'literate'),
      column(persons, 'registered'),
      column(persons, 'resident'),
    ],
  );
}
