import {
  createClient,
  ExportJobDocument,
  type ExportJobFieldsFragment,
  StartExportDocument,
  type StartExportInput,
} from '@census/client';
import { demoDivisions, generateSmallZones } from '@census/demo-data';
import { DwellingType, Education, Sex, ZoneLevel } from '@census/rules';

import { Role } from '../src/auth/role';
import { insertSmallZones, insertZones } from '../src/demo/bulk-insert';
import { demoVehicleTownship } from '../src/demo/seed-demo';
import { LongFormSampler } from '../src/households/long-form-sample';
import { type Factories, factories, rowGlobalId, type TestUser } from './factories';
import { startTestApi, type TestApi } from './harness';

type Answer = { field: string; value?: string; refused?: boolean };
type UserErrors = { field: string[]; code: string; messageCode: string; message?: string }[];
interface Options {
  vehicles: boolean;
  setInZoneCode: string | null;
}

const SET = `mutation($input: SetLongFormOptionsInput!) {
  setLongFormOptions(input: $input) {
    zone { code version longFormOptions { vehicles setInZoneCode } }
    userErrors { field code messageCode message }
  } }`;

const ZONE_OPTIONS = `query($code: String!) { zone(code: $code) { longFormOptions { vehicles setInZoneCode } } }`;

const FORM = `id version longForm { status options { vehicles setInZoneCode } refusedItems
  answers(unmasked: $unmasked) { field state value masked } }`;
const SAVE = `mutation($input: SaveLongFormInput!, $unmasked: Boolean = false) {
  saveLongForm(input: $input) { household { ${FORM} } userErrors { field code messageCode } } }`;
const READ = `query($id: ID!, $unmasked: Boolean = false) { node(id: $id) { ... on Household { ${FORM} } } }`;
const SUBMIT = `mutation($input: HouseholdStageInput!) {
  submitHousehold(input: $input) { household { id stage } userErrors { field code messageCode } } }`;

/** The complete form of `sampledHousehold` but the vehicle item: rented housing, a working married head, a pupil. */
const HOUSEHOLD_ANSWERS: Answer[] = [
  { field: 'buildingHeight', value: 'MULTI_STOREY' },
  { field: 'loadBearingType', value: 'STEEL_CONCRETE' },
  { field: 'constructionPeriod', value: 'Y2000_2009' },
  { field: 'elevator', value: 'NO' },
  { field: 'cookingFuel', value: 'GAS' },
  { field: 'tapWater', value: 'YES' },
  { field: 'kitchen', value: 'OWN' },
  { field: 'toilet', value: 'FLUSH_SANITARY' },
  { field: 'bathing', value: 'OWN_WATER_HEATER' },
  { field: 'housingSource', value: 'RENT_OTHER' },
  { field: 'monthlyRent', value: '2800' },
];
const HEAD_ANSWERS: Answer[] = [
  { field: 'birthplace', value: 'OTHER_PROVINCE' },
  { field: 'residenceFiveYearsAgo', value: 'THIS_TOWNSHIP' },
  { field: 'schoolCompletion', value: 'GRADUATED' },
  { field: 'workedLastWeek', value: 'YES' },
  { field: 'industry', value: 'G' },
  { field: 'occupation', value: 'PRODUCTION' },
  { field: 'maritalStatus', value: 'MARRIED' },
  { field: 'firstMarriage', value: '1999-05' },
];
const CHILD_ANSWERS: Answer[] = [
  { field: 'birthplace', value: 'THIS_COUNTY' },
  { field: 'residenceFiveYearsAgo', value: 'THIS_TOWNSHIP' },
  { field: 'schoolCompletion', value: 'IN_SCHOOL' },
];

/** A county of its own (the shared test county's settings would reach every other test's township). */
const COUNTY = '330108';

describe('the long form’s vehicle items (长表附加项目：车辆)', () => {
  let api: TestApi;
  let make: Factories;
  let sampler: LongFormSampler;
  let countyAdmin: TestUser;

  beforeAll(async () => {
    api = await startTestApi('long-form-vehicles');
    make = factories(api);
    sampler = new LongFormSampler(api.crypto);
    await make.newZoneTree({ county: COUNTY });
    countyAdmin = await make.newAccount({ role: Role.COUNTY_ADMIN, zones: [COUNTY] });
  });
  afterAll(() => api.close());

  async function set(user: TestUser, zoneCode: string, vehicles: boolean | null) {
    const response = await api.request<{
      setLongFormOptions: {
        zone: { code: string; version: number; longFormOptions: Options } | null;
        userErrors: UserErrors;
      };
    }>(SET, { input: { zoneCode, vehicles } }, user.token);
    expect(response.errors).toBeUndefined();
    return response.data!.setLongFormOptions;
  }

  async function optionsOf(zoneCode: string, user: TestUser = countyAdmin): Promise<Options> {
    const response = await api.request<{ zone: { longFormOptions: Options } }>(
      ZONE_OPTIONS,
      { code: zoneCode },
      user.token,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.zone.longFormOptions;
  }

  /** A new township of the county, its office and enumerator, and a sampled family household of two. */
  async function sampledHousehold() {
    const tree = await make.newZoneTree({ county: COUNTY });
    const officer = await make.newAccount({ role: Role.TOWNSHIP_OFFICER, zones: [tree.township] });
    const enumerator = await make.newAccount({ role: Role.ENUMERATOR, zones: [tree.smallZone] });
    const household = await make.newHousehold({
      longFormSampled: 'rule',
      smallZoneCode: tree.smallZone,
      number: String(sampler.start(tree.smallZone)).padStart(3, '0'),
      presentMale: 1,
      presentFemale: 1,
      dwellingType: DwellingType.ORDINARY_DWELLING,
      floorArea: 68.5,
      rooms: 3,
    });
    const head = await make.newPerson(household, { sex: Sex.MALE, birthYear: 1975, birthMonth: 3 });
    const child = await make.newPerson(household, {
      sex: Sex.FEMALE,
      birthYear: 2010,
      birthMonth: 6,
      education: Education.PRIMARY,
      literate: null,
    });
    const form = (householdAnswers: Answer[]) => ({
      household: householdAnswers,
      persons: [
        { id: head.id, answers: HEAD_ANSWERS },
        { id: child.id, answers: CHILD_ANSWERS },
      ],
    });
    return { tree, officer, enumerator, household, form };
  }

  async function save(
    user: TestUser,
    household: { id: string; version: number },
    input: object,
    unmasked = false,
  ) {
    const response = await api.request<{
      saveLongForm: {
        household: { version: number; longForm: { status: string; options: Options } } | null;
        userErrors: UserErrors;
      };
    }>(
      SAVE,
      { input: { id: household.id, expectedVersion: household.version, ...input }, unmasked },
      user.token,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.saveLongForm;
  }

  const submit = (user: TestUser, household: { id: string; version: number }) =>
    api
      .request<{ submitHousehold: { household: { stage: string } | null; userErrors: UserErrors } }>(
        SUBMIT,
        { input: { id: household.id, expectedVersion: household.version } },
        user.token,
      )
      .then((r) => r.data!.submitHousehold);

  describe('setLongFormOptions', () => {
    it('lets a township office set its own township only, and audits the change', async () => {
      const { tree, officer } = await sampledHousehold();
      const other = await make.newZoneTree({ county: COUNTY });

      const done = await set(officer, tree.township, true);
      expect(done.userErrors).toEqual([]);
      expect(done.zone).toMatchObject({
        code: tree.township,
        longFormOptions: { vehicles: true, setInZoneCode: tree.township },
      });
      // Neither the county above it, nor another township, nor a zone that is not a county or township.
      for (const [code, expected] of [
        [COUNTY, ['OUT_OF_SCOPE', 'zone.outOfScope']],
        [other.township, ['OUT_OF_SCOPE', 'zone.outOfScope']],
        [tree.smallZone, ['INVALID', 'longForm.optionsLevel']],
        [tree.censusZone, ['INVALID', 'longForm.optionsLevel']],
      ] as const) {
        const refused = await set(officer, code, false);
        expect(refused.zone).toBeNull();
        expect(refused.userErrors.map((e) => [e.code, e.messageCode])).toEqual([expected]);
      }
      expect((await set(countyAdmin, '330108001', true)).userErrors).toEqual([]);
      const notFound = await set(countyAdmin, '330108999', true);
      expect(notFound.userErrors.map((e) => [e.code, e.messageCode])).toEqual([
        ['NOT_FOUND', 'zone.notFound'],
      ]);
      const [{ vehicles }] = await api.sql<{ vehicles: boolean | null }>(
        `SELECT long_form_vehicles AS vehicles FROM zone WHERE code = $1`,
        [other.township],
      );
      expect(vehicles).toBeNull();

      // Setting the same value again changes nothing; each change is one audit entry under the zone.
      expect((await set(officer, tree.township, true)).zone!.version).toBe(done.zone!.version);
      await set(officer, tree.township, null);
      expect(
        await api.sql(
          `SELECT action, entity_type, item, before, after, actor FROM audit_log
            WHERE small_zone_code = $1 AND item = 'longFormOptions' ORDER BY id`,
          [tree.township],
        ),
      ).toEqual([
        {
          action: 'UPDATE',
          entity_type: 'Zone',
          item: 'longFormOptions',
          before: { vehicles: null, version: 1 },
          after: { vehicles: true, version: 2 },
          actor: officer.username,
        },
        {
          action: 'UPDATE',
          entity_type: 'Zone',
          item: 'longFormOptions',
          before: { vehicles: true, version: 2 },
          after: { vehicles: null, version: 3 },
          actor: officer.username,
        },
      ]);
    });

    it('is refused to roles other than the county and township offices', async () => {
      const { tree, enumerator } = await sampledHousehold();
      const supervisor = await make.newAccount({ role: Role.SUPERVISOR, zones: [tree.township] });
      for (const user of [enumerator, supervisor]) {
        const response = await api.request(
          SET,
          { input: { zoneCode: tree.township, vehicles: true } },
          user.token,
        );
        expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
    });
  });

  it('applies the nearest setting above a zone: the township’s over the county’s, default off', async () => {
    const { tree, officer, enumerator, household } = await sampledHousehold();
    const read = async () => {
      const response = await api.request<{ node: { longForm: { options: Options } } }>(
        READ,
        { id: household.id },
        enumerator.token,
      );
      return response.data!.node.longForm.options;
    };
    try {
      expect(await read()).toEqual({ vehicles: false, setInZoneCode: null });
      expect((await set(countyAdmin, COUNTY, true)).userErrors).toEqual([]);
      expect(await read()).toEqual({ vehicles: true, setInZoneCode: COUNTY });
      expect(await optionsOf(tree.smallZone)).toEqual({ vehicles: true, setInZoneCode: COUNTY });
      expect((await set(officer, tree.township, false)).userErrors).toEqual([]);
      expect(await read()).toEqual({ vehicles: false, setInZoneCode: tree.township });
      expect(await optionsOf(tree.censusZone, officer)).toEqual({
        vehicles: false,
        setInZoneCode: tree.township,
      });
      expect(await optionsOf(COUNTY)).toEqual({ vehicles: true, setInZoneCode: COUNTY });
      await set(officer, tree.township, null);
      expect(await read()).toEqual({ vehicles: true, setInZoneCode: COUNTY });
    } finally {
      await set(countyAdmin, COUNTY, null);
    }
    expect(await read()).toEqual({ vehicles: false, setInZoneCode: null });
  });

  it('asks 附1 汽车数 where it is on: save and submit check it, and it is sealed', async () => {
    const { tree, officer, enumerator, household, form } = await sampledHousehold();
    // Off: an answer is refused as an item the household is not asked.
    const off = await save(
      enumerator,
      household,
      form([...HOUSEHOLD_ANSWERS, { field: 'carCount', value: '1' }]),
    );
    expect(off.userErrors.map((e) => [e.field.join('.'), e.code, e.messageCode])).toEqual([
      ['input.household.carCount', 'INVALID', 'longForm.householdItemNotApplicable'],
    ]);
    const saved = await save(enumerator, household, form(HOUSEHOLD_ANSWERS));
    expect(saved.household!.longForm.status).toBe('COMPLETE');

    // On: the complete form lacks the item, submit lists it; saving a wrong count is refused.
    await set(officer, tree.township, true);
    const now = { id: household.id, version: saved.household!.version };
    const read = await api.request<{ node: { longForm: { status: string } } }>(
      READ,
      { id: household.id },
      enumerator.token,
    );
    expect(read.data!.node.longForm.status).toBe('INCOMPLETE');
    const refused = await submit(enumerator, now);
    expect(refused.household).toBeNull();
    expect(refused.userErrors.map((e) => [e.field.join('.'), e.code, e.messageCode])).toEqual([
      ['household.carCount', 'REQUIRED', 'longForm.householdItemMissing'],
    ]);
    const wrong = await save(enumerator, now, {
      household: [...HOUSEHOLD_ANSWERS, { field: 'carCount', value: '-1' }],
    });
    expect(wrong.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([
      ['input.household.carCount', 'OUT_OF_RANGE'],
    ]);

    const withCars = await save(enumerator, now, {
      household: [...HOUSEHOLD_ANSWERS, { field: 'carCount', value: '2' }],
    });
    expect(withCars.userErrors).toEqual([]);
    expect(withCars.household!.longForm).toMatchObject({
      status: 'COMPLETE',
      options: { vehicles: true, setInZoneCode: tree.township },
    });
    // Sealed at rest like the other feared items: the column says only that it is sealed.
    const [row] = await api.sql<{ long_form: Record<string, unknown>; sealed: Buffer }>(
      `SELECT long_form, long_form_sealed AS sealed FROM household WHERE id = $1`,
      [household.rowId],
    );
    expect(row.long_form.carCount).toEqual({ sealed: true });
    expect(JSON.parse(api.crypto.open(row.sealed))).toMatchObject({ carCount: 2 });
    const masked = await api.request<{ node: { longForm: { answers: { field: string }[] } } }>(
      READ,
      { id: household.id },
      enumerator.token,
    );
    expect(masked.data!.node.longForm.answers.find((a) => a.field === 'carCount')).toEqual({
      field: 'carCount',
      state: 'ANSWERED',
      value: null,
      masked: true,
    });

    // A refusal is an answer; it is counted as a refused item.
    const refusal = await save(
      enumerator,
      { id: household.id, version: withCars.household!.version },
      {
        household: [...HOUSEHOLD_ANSWERS, { field: 'carCount', refused: true }],
      },
    );
    expect(refusal.userErrors).toEqual([]);
    const after = await api.request<{
      node: { id: string; version: number; longForm: { status: string; refusedItems: string[] } };
    }>(READ, { id: household.id }, enumerator.token);
    expect(after.data!.node.longForm).toMatchObject({
      status: 'COMPLETE',
      refusedItems: ['household.carCount'],
    });
    const submitted = await submit(enumerator, after.data!.node);
    expect(submitted.userErrors).toEqual([]);
    // Counted by progress among the refused items, and logged as an ITEM_REFUSAL problem of the VEHICLES category.
    const progress = await api.request<{
      progress: { longFormRefusals: { item: string; refused: number }[] };
    }>(
      `query($zone: String!) { progress(zoneCode: $zone) { longFormRefusals { item refused } } }`,
      { zone: tree.township },
      officer.token,
    );
    expect(progress.data!.progress.longFormRefusals).toContainEqual({
      item: 'household.carCount',
      refused: 1,
    });
    expect(
      await api.sql(`SELECT category, refused_items::text[] AS items FROM problem WHERE household_id = $1`, [
        household.rowId,
      ]),
    ).toEqual([{ category: 'ITEM_REFUSAL', items: ['VEHICLES'] }]);
  });

  it('exports 附1 汽车数 masked, and in full only in an unmasked export', async () => {
    const { tree, officer, enumerator, household, form } = await sampledHousehold();
    await set(officer, tree.township, true);
    const saved = await save(
      enumerator,
      household,
      form([...HOUSEHOLD_ANSWERS, { field: 'carCount', value: '2' }]),
    );
    expect(saved.userErrors).toEqual([]);
    async function exported(token: string, input: Record<string, unknown>) {
      const client = createClient({ url: api.graphqlUrl, token });
      const { startExport } = await client.request(StartExportDocument, { input: input as StartExportInput });
      expect(startExport.userErrors).toEqual([]);
      for (;;) {
        const job = (await client.request(ExportJobDocument, { id: startExport.job!.id }))
          .node as ExportJobFieldsFragment;
        if (job.status === 'FAILED') throw new Error(job.error ?? 'export failed');
        if (job.status === 'COMPLETED') {
          const file = job.files.find((f) => f.entity === 'HOUSEHOLDS')!;
          const text = await (await fetch(file.url!)).text();
          return text
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line) as { longForm: Record<string, unknown> });
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    const input = { zoneCode: tree.smallZone, entities: ['HOUSEHOLDS'], format: 'JSONL' };
    const [masked] = await exported(officer.token, input);
    expect(masked.longForm.carCount).toEqual({ state: 'ANSWERED', masked: true });
    const integration = await make.newAccount({ role: Role.INTEGRATION, zones: [tree.township] });
    const [full] = await exported(integration.token, {
      ...input,
      unmasked: true,
      idempotencyKey: `vehicles-${household.rowId}`,
    });
    expect(full.longForm.carCount).toEqual({ state: 'ANSWERED', value: '2' });
  });

  it('reads the options of a page of households in as many statements as of one household', async () => {
    const tree = await make.newZoneTree({ county: COUNTY });
    const enumerator = await make.newAccount({ role: Role.ENUMERATOR, zones: [tree.smallZone] });
    const PAGE = `query($code: String!) { zone(code: $code) { longFormOptions { vehicles }
      households(first: 50) { nodes { longForm { status options { vehicles setInZoneCode } } } } } }`;
    const statements = async () => {
      api.counter.reset();
      const response = await api.request(PAGE, { code: tree.smallZone }, enumerator.token);
      expect(response.errors).toBeUndefined();
      return api.counter.total;
    };
    const start = sampler.start(tree.smallZone);
    const add = (n: number) =>
      make.newHousehold({
        longFormSampled: 'rule',
        smallZoneCode: tree.smallZone,
        number: String(n).padStart(3, '0'),
        dwellingType: DwellingType.ORDINARY_DWELLING,
      });
    await add(start);
    const one = await statements();
    for (const n of [start + 10, start + 20, start + 1]) await add(n);
    expect(await statements()).toBe(one);
  });

  it('gives the demo county’s vehicle township car counts (sealed, a few refused) and complete forms', async () => {
    // The demo seed's settings, and the first census zones of the county's second township seeded as the demo does.
    const divisions = demoDivisions();
    const townships = divisions.filter((z) => z.level === ZoneLevel.TOWNSHIP).map((z) => z.code);
    const zones = divisions
      .filter((z) => z.level === ZoneLevel.CENSUS_ZONE && z.code.startsWith(townships.sort()[1]))
      .slice(0, 3);
    await api.db.transaction(async (tx) => {
      const vehicleTownship = demoVehicleTownship(divisions);
      await insertZones(
        tx,
        divisions.map((z) => (z.code === vehicleTownship ? { ...z, longFormVehicles: true } : z)),
      );
      const vehicles = (code: string) => vehicleTownship !== null && code.startsWith(vehicleTownship);
      const smallZones = generateSmallZones(zones, {
        smallZonesPerCensusZone: [2, 2],
        householdsPerSmallZone: [60, 80],
      });
      await insertSmallZones(tx, [...smallZones], api.crypto, { vehicles });
    });
    const [township] = await api.sql<{ code: string }>(
      `SELECT code FROM zone WHERE long_form_vehicles AND code LIKE '330106%'`,
    );
    expect(township.code).toBe(townships[1]);
    const rows = await api.sql<{ id: string; small_zone_code: string; long_form: Record<string, unknown> }>(
      `SELECT id::text, small_zone_code, long_form FROM household
        WHERE county_code = '330106' AND long_form IS NOT NULL AND kind = 'FAMILY'`,
    );
    expect(rows.length).toBeGreaterThan(5);
    // Every answered family household of the township carries the item (sealed, or a refusal), its form complete.
    expect(rows.every((r) => r.small_zone_code.startsWith(township.code))).toBe(true);
    const states = rows.map((r) => JSON.stringify(r.long_form.carCount));
    expect(states.filter((state) => !['{"sealed":true}', '{"refused":true}'].includes(state))).toEqual([]);
    for (const row of rows.slice(0, 10)) {
      const read = await api.request<{ node: { longForm: { status: string; options: Options } } }>(READ, {
        id: rowGlobalId('Household', row.small_zone_code, row.id),
      });
      expect(read.data!.node.longForm).toMatchObject({ status: 'COMPLETE', options: { vehicles: true } });
    }
    // Realistic counts: none to three cars.
    const sealed = await api.sql<{ sealed: Buffer }>(
      `SELECT long_form_sealed AS sealed FROM household
        WHERE county_code = '330106' AND long_form->'carCount' = '{"sealed": true}'::jsonb`,
    );
    const counts = sealed.map(
      (r) => (JSON.parse(api.crypto.open(r.sealed)) as { carCount: number }).carCount,
    );
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((n) => Number.isInteger(n) && n >= 0 && n <= 3)).toBe(true);
  });
});
