#!/usr/bin/env node
/**
 * Writes realistic listing source files for a zone subtree, deterministically from a seed:
 *   registry  the police registry push (公安推送): one row per registered person
 * with a chosen share of disagreements with the listing (registry persons who no longer live where they are
 * registered, persons who never existed in the listing) and of deliberately bad rows (wrong check character,
 * impossible date, a row with a missing field, a duplicate ID, an unknown zone code), each listed in a key file so
 * tests can check every rejection. Usage:
 *
 *   node tools/sources/src/generate-sources.mjs registry --out registry.csv [--county 330106 | --synthetic 330110]
 *        [--persons N] [--bad 0.01] [--stale 0.1] [--seed 1] [--format csv|jsonl] [--encoding utf8|gbk]
 *
 * The demo county's persons come from @census/demo-data with the same seed as `npm start`, so registry rows match
 * the demo's listed persons except for the chosen disagreements. Memory stays flat: rows are written as they are
 * generated.
 */
import { Buffer } from 'node:buffer';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const demo = require('@census/demo-data');
const rules = require('@census/rules');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    county: { type: 'string' },
    synthetic: { type: 'string' },
    townships: { type: 'string' },
    persons: { type: 'string' },
    bad: { type: 'string', default: '0.01' },
    stale: { type: 'string', default: '0.1' },
    seed: { type: 'string', default: '1' },
    format: { type: 'string', default: 'csv' },
    encoding: { type: 'string', default: 'utf8' },
    help: { type: 'boolean', default: false },
  },
});

const KIND = positionals[0];
if (values.help || !['registry', 'electricity', 'grid'].includes(KIND) || !values.out) {
  process.stderr.write(
    'usage: generate-sources.mjs registry|electricity|grid --out FILE [--county CODE | --synthetic CODE] [--persons N] [--bad SHARE] [--stale SHARE] [--seed N] [--format csv|jsonl] [--encoding utf8|gbk]\n',
  );
  process.exit(values.help ? 0 : 2);
}

const limit = values.persons ? Number(values.persons) : Infinity;
const badShare = Number(values.bad);
const staleShare = Number(values.stale);
const random = new demo.Random(Number(values.seed));

/** Census zones to draw persons from: the demo county (real zones) or a synthetic county big enough for `limit`. */
function censusZones() {
  if (values.synthetic) {
    const townships = values.townships
      ? Number(values.townships)
      : Math.max(1, Math.min(898, Math.ceil(limit / 25 / 3 / 90 / 2.4)));
    return demo.syntheticCounty(values.synthetic, townships, 25).filter((z) => z.level === 'CENSUS_ZONE');
  }
  const county = values.county ?? demo.DEMO_COUNTY_CODE;
  return demo.demoDivisions().filter((z) => z.level === 'CENSUS_ZONE' && z.code.startsWith(county));
}

const SEX = { MALE: '男', FEMALE: '女' };
const COLUMNS = {
  registry: ['citizen_id', 'name', 'sex', 'birth_date', 'address', 'registry_household_number', 'zone_code'],
  electricity: ['meter_id', 'address', 'usage', 'zone_code', 'month'],
  grid: ['grid_id', 'address', 'zone_code', 'persons', 'phone'],
};
const columns = COLUMNS[/** @type {keyof typeof COLUMNS} */ (KIND)];
const out = createWriteStream(values.out);
const key = createWriteStream(`${values.out}.key.jsonl`);
const encode =
  values.encoding === 'gbk'
    ? (/** @type {string} */ text) => require('iconv-lite').encode(text, 'gbk')
    : (/** @type {string} */ text) => Buffer.from(text, 'utf8');
const cell = (/** @type {string} */ v) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
/**
 * @param {import('node:fs').WriteStream} stream
 * @param {string} text
 */
async function write(stream, text) {
  if (!stream.write(encode(text))) await once(stream, 'drain');
}

let row = 1;
let written = 0;
/** @typedef {Record<string, string>} SourceRecord one row of a source file, by column */
/** @type {SourceRecord[]} */
const seen = [];
if (values.format === 'csv') await write(out, `${columns.join(',')}\n`);

/**
 * @param {SourceRecord} record
 * @param {string} kind `good`, or the kind of mistake the row carries (written to the key file)
 */
async function emit(record, kind) {
  row += 1;
  written += 1;
  if (values.format === 'csv') await write(out, `${columns.map((c) => cell(record[c] ?? '')).join(',')}\n`);
  else await write(out, `${JSON.stringify(record)}\n`);
  if (kind !== 'good')
    await write(key, `${JSON.stringify({ row: values.format === 'csv' ? row : row - 1, kind })}\n`);
}

/**
 * @param {SourceRecord} record
 * @returns {[SourceRecord, string]}
 */
function badRecord(record) {
  const pick = random.int(0, 4);
  if (pick === 0) {
    const last = record.citizen_id[17] === '0' ? '1' : '0';
    return [{ ...record, citizen_id: record.citizen_id.slice(0, 17) + last }, 'wrong-check-character'];
  }
  if (pick === 1)
    return [{ ...record, birth_date: `${record.birth_date.slice(0, 5)}02-30` }, 'impossible-date'];
  if (pick === 2) return [{ ...record, name: '' }, 'missing-name'];
  if (pick === 3 && seen.length) return [{ ...seen[random.int(0, seen.length - 1)] }, 'duplicate-id'];
  return [{ ...record, zone_code: `${record.zone_code.slice(0, 6)}999999` }, 'unknown-zone'];
}

const zones = censusZones();
const villageName = new Map(zones.map((z) => [z.code, z.name]));

/** Meter accounts and grid households of the listed households: usage and screening mostly agree with the listing. */
async function householdSources() {
  for (const smallZone of demo.generateSmallZones(zones)) {
    const buildings = new Map(smallZone.buildings.map((b) => [b.number, b]));
    const residents = new Map();
    for (const person of smallZone.persons) {
      if (!person.resident) continue;
      residents.set(person.householdNumber, [...(residents.get(person.householdNumber) ?? []), person.name]);
    }
    for (const household of smallZone.households) {
      if (written >= limit) return;
      const building =
        household.buildingNumber === null ? undefined : buildings.get(household.buildingNumber);
      const address = `${building?.address ?? villageName.get(smallZone.zone.code.slice(0, 12)) ?? ''}${household.unit ? `${household.unit}单元` : ''}${household.number}室`;
      const zone = smallZone.zone.code.slice(0, 12);
      const disagree = random.next() < staleShare;
      let record;
      if (KIND === 'electricity') {
        const expected =
          household.status === 'VACANT' || household.status === 'DECEASED'
            ? 'none'
            : household.status === 'AWAY'
              ? 'intermittent'
              : 'normal';
        const usage = disagree ? (expected === 'none' ? 'normal' : 'none') : expected;
        record = {
          meter_id: `${smallZone.zone.code}${household.number}`,
          address,
          usage,
          zone_code: zone,
          month: '2020-10',
        };
      } else {
        if (household.status !== 'ORDINARY' && !disagree) continue;
        const names = residents.get(household.number) ?? [];
        record = {
          grid_id: `${zone}-G${smallZone.zone.code.slice(12)}`,
          address,
          zone_code: zone,
          persons: (names.length ? names : ['未登记']).join('、'),
          phone: household.phone ?? '',
        };
      }
      if (random.next() < badShare) {
        const pick = random.int(0, 2);
        if (pick === 0) await emit({ ...record, zone_code: `${zone.slice(0, 6)}999999` }, 'unknown-zone');
        else if (pick === 1)
          await emit(
            KIND === 'electricity' ? { ...record, usage: 'sometimes' } : { ...record, persons: '' },
            'invalid-value',
          );
        else await emit({ ...record, address: '' }, 'missing-address');
      } else await emit(record, disagree ? 'disagrees' : 'good');
    }
  }
}

if (KIND !== 'registry') await householdSources();
else
  outer: for (const smallZone of demo.generateSmallZones(zones)) {
    const households = new Map(smallZone.households.map((h) => [h.number, h]));
    for (const person of smallZone.persons) {
      if (written >= limit) break outer;
      if (!person.registered || !person.citizenId) continue;
      const household = households.get(person.householdNumber);
      const birth = rules.parseCitizenId(person.citizenId);
      const record = {
        citizen_id: person.citizenId,
        name: person.name,
        sex: SEX[person.sex],
        birth_date: birth.ok
          ? `${birth.value.birthDate.year}-${String(birth.value.birthDate.month).padStart(2, '0')}-${String(birth.value.birthDate.day).padStart(2, '0')}`
          : '',
        address: `${villageName.get(smallZone.zone.code.slice(0, 12)) ?? ''}${Number(household?.buildingNumber ?? 0)}号${household?.unit ? `${household.unit}单元` : ''}${person.householdNumber}室`,
        registry_household_number: `${smallZone.zone.code.slice(0, 9)}${person.householdNumber}${smallZone.zone.code.slice(12)}`,
        zone_code: smallZone.zone.code.slice(0, 12),
      };
      if (random.next() < badShare) {
        const [bad, kind] = badRecord(record);
        await emit(bad, kind);
      } else if (random.next() < staleShare) {
        // A registry entry that no longer matches the listing: the person moved to another household number.
        await emit(
          {
            ...record,
            registry_household_number: `${record.registry_household_number.slice(0, -3)}9${record.registry_household_number.slice(-2)}`,
          },
          'stale',
        );
      } else await emit(record, 'good');
    }
  }
out.end();
key.end();
await Promise.all([once(out, 'finish'), once(key, 'finish')]);
process.stderr.write(
  `wrote ${written} ${KIND} rows to ${values.out} (key of bad and disagreeing rows in ${values.out}.key.jsonl)\n`,
);
