import {
  createClient,
  ExportJobDocument,
  type ExportJobFieldsFragment,
  StartExportDocument,
  type StartExportInput,
} from '@census/client';
import { DwellingType, Education, Sex } from '@census/rules';

import { Role } from '../src/auth/role';
import { backfillLongFormSample, LongFormSampler } from '../src/households/long-form-sample';
import {
  type Factories,
  factories,
  type HouseholdRow,
  type PersonRow,
  rowGlobalId,
  type TestUser,
} from './factories';
import { drainFeed, seedCounty, startTestApi, type TestApi } from './harness';

type Answer = { field: string; value?: string; refused?: boolean; kept?: boolean };
type UserErrors = { field: string[]; code: string; messageCode: string }[];
interface ItemAnswer {
  item: string;
  field: string;
  state: string;
  value: string | null;
  text?: string | null;
  sealed?: boolean;
  masked: boolean;
}
interface Form {
  id: string;
  version: number;
  stage: string;
  longForm: { sampled: boolean; status: string; refusedItems: string[]; answers: ItemAnswer[] };
  persons: { id: string; lineNumber: number; longForm: { refusedItems: string[]; answers: ItemAnswer[] } }[];
}

const FORM_FIELDS = `
  id version stage
  longForm {
    sampled status refusedItems
    answers(unmasked: $unmasked) { item field state value text sealed masked }
  }
  persons { id lineNumber longForm { refusedItems answers(unmasked: $unmasked) { item field state value masked } } }`;

const SAVE = `mutation($input: SaveLongFormInput!, $unmasked: Boolean = false) {
  saveLongForm(input: $input) { household { ${FORM_FIELDS} } userErrors { field code messageCode message } } }`;

const READ = `query($id: ID!, $unmasked: Boolean = false) { node(id: $id) { ... on Household { ${FORM_FIELDS} } } }`;

const SET_SAMPLE = `mutation($input: SetLongFormSampleInput!) {
  setLongFormSample(input: $input) { household { id version longForm { sampled } } userErrors { field code messageCode } } }`;

const SUBMIT = `mutation($input: HouseholdStageInput!) {
  submitHousehold(input: $input) { household { id stage } userErrors { field code messageCode } } }`;

/** A complete long form for the household made by `sampledHousehold`: housing rented, the head married and working. */
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

describe('the long form in the API', () => {
  let api: TestApi;
  let make: Factories;
  let sampler: LongFormSampler;

  beforeAll(async () => {
    api = await startTestApi('long-form');
    make = factories(api);
    sampler = new LongFormSampler(api.crypto);
  });
  afterAll(() => api.close());

  /** The number of the first sampled household of a small zone: its start, '001'-'010'. */
  const sampledNumber = (smallZone: string) => String(sampler.start(smallZone)).padStart(3, '0');
  const unsampledNumber = (smallZone: string) => String((sampler.start(smallZone) % 10) + 1).padStart(3, '0');

  /** A team of a new township, and a sampled family household of it: a male head of 45, a daughter of 10. */
  async function sampledHousehold() {
    const tree = await make.newZoneTree();
    const enumerator = await make.newAccount({ role: Role.ENUMERATOR, zones: [tree.smallZone] });
    const household = await make.newHousehold({
      longFormSampled: 'rule',
      smallZoneCode: tree.smallZone,
      number: sampledNumber(tree.smallZone),
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
    return { tree, enumerator, household, head, child };
  }

  async function save(
    user: { token: string },
    household: HouseholdRow,
    input: { household?: Answer[]; persons?: { id: string; answers: Answer[] }[]; idempotencyKey?: string },
    version = household.version,
  ) {
    const response = await api.request<{
      saveLongForm: { household: Form | null; userErrors: UserErrors };
    }>(SAVE, { input: { id: household.id, expectedVersion: version, ...input } }, user.token);
    expect(response.errors).toBeUndefined();
    return response.data!.saveLongForm;
  }

  const complete = (head: PersonRow, child: PersonRow) => ({
    household: HOUSEHOLD_ANSWERS,
    persons: [
      { id: head.id, answers: HEAD_ANSWERS },
      { id: child.id, answers: CHILD_ANSWERS },
    ],
  });

  describe('sample selection', () => {
    it('marks the households whose number matches the small zone’s start, ⌊n/10⌋ or ⌈n/10⌉ of them', async () => {
      const smallZone = await make.newSmallZone();
      for (let n = 1; n <= 23; n++)
        await make.newHousehold({
          longFormSampled: 'rule',
          smallZoneCode: smallZone,
          number: String(n).padStart(3, '0'),
        });
      const rows = await api.sql<{ number: string; long_form_sampled: boolean }>(
        `SELECT number, long_form_sampled FROM household WHERE small_zone_code = $1 ORDER BY number`,
        [smallZone],
      );
      const start = sampler.start(smallZone);
      expect(rows.filter((r) => r.long_form_sampled).map((r) => Number(r.number))).toEqual(
        [start, start + 10, start + 20].filter((n) => n <= 23),
      );
      // A row written outside the API has none until the start decides it, by the same rule.
      await api.sql(`UPDATE household SET long_form_sampled = NULL WHERE small_zone_code = $1`, [smallZone]);
      expect(await backfillLongFormSample(api.db, new LongFormSampler(api.crypto))).toBeGreaterThanOrEqual(
        23,
      );
      expect(
        await api.sql(
          `SELECT number, long_form_sampled FROM household WHERE small_zone_code = $1 ORDER BY number`,
          [smallZone],
        ),
      ).toEqual(rows);
    });

    it('selects a household created through the API by the same rule', async () => {
      const tree = await make.newZoneTree();
      const enumerator = await make.newAccount({ role: Role.ENUMERATOR, zones: [tree.smallZone] });
      const create = (number: string) =>
        api.request<{ createHousehold: { household: { longForm: { sampled: boolean; status: string } } } }>(
          `mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) {
             household { longForm { sampled status } } userErrors { field code } } }`,
          { input: { smallZoneCode: tree.smallZone, number, dwellingType: 'ORDINARY_DWELLING' } },
          enumerator.token,
        );
      const inSample = await create(sampledNumber(tree.smallZone));
      expect(inSample.data!.createHousehold.household.longForm).toEqual({
        sampled: true,
        status: 'NOT_STARTED',
      });
      const outOfSample = await create(unsampledNumber(tree.smallZone));
      expect(outOfSample.data!.createHousehold.household.longForm).toEqual({
        sampled: false,
        status: 'NOT_SAMPLED',
      });
    });
  });

  describe('setLongFormSample', () => {
    const setSample = (
      user: { token: string },
      household: HouseholdRow,
      sampled: boolean,
      reason = '住户已拆迁重建',
    ) =>
      api.request<{
        setLongFormSample: {
          household: { version: number; longForm: { sampled: boolean } } | null;
          userErrors: UserErrors;
        };
      }>(
        SET_SAMPLE,
        { input: { id: household.id, expectedVersion: household.version, sampled, reason } },
        user.token,
      );

    it('lets a township office move a household out of the sample with a reason, audited', async () => {
      const { tree, household } = await sampledHousehold();
      const office = await make.newAccount({ role: Role.TOWNSHIP_OFFICER, zones: [tree.township] });
      const noReason = await setSample(office, household, false, '  ');
      expect(noReason.data!.setLongFormSample.userErrors).toMatchObject([
        { field: ['input', 'reason'], code: 'REQUIRED', messageCode: 'longForm.sampleReason' },
      ]);
      const unchanged = await setSample(office, household, true);
      expect(unchanged.data!.setLongFormSample.userErrors).toMatchObject([
        { code: 'INVALID', messageCode: 'longForm.sampleUnchanged' },
      ]);
      const moved = await setSample(office, household, false);
      expect(moved.data!.setLongFormSample).toEqual({
        household: { id: household.id, version: 2, longForm: { sampled: false } },
        userErrors: [],
      });
      const audit = await api.sql<{ actor: string; item: string; before: object; after: object }>(
        `SELECT actor, item, before, after FROM audit_log WHERE entity_id = $1 AND item = 'longFormSampled'`,
        [household.id],
      );
      expect(audit).toEqual([
        {
          actor: office.username,
          item: 'longFormSampled',
          before: { longFormSampled: true, version: 1 },
          after: { longFormSampled: false, version: 2, reason: '住户已拆迁重建' },
        },
      ]);
    });

    it('is refused to field staff and hidden from another township’s office', async () => {
      const { tree, enumerator, household } = await sampledHousehold();
      const supervisor = await make.newAccount({ role: Role.SUPERVISOR, zones: [tree.smallZone] });
      for (const user of [enumerator, supervisor]) {
        const response = await setSample(user, household, false);
        expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      const other = await make.newZoneTree();
      const otherOffice = await make.newAccount({ role: Role.TOWNSHIP_OFFICER, zones: [other.township] });
      const hidden = await setSample(otherOffice, household, false);
      expect(hidden.data!.setLongFormSample.userErrors).toMatchObject([{ code: 'NOT_FOUND' }]);
      const [row] = await api.sql<{ long_form_sampled: boolean; version: number }>(
        `SELECT long_form_sampled, version FROM household WHERE id = $1`,
        [household.rowId],
      );
      expect(row).toEqual({ long_form_sampled: true, version: 1 });
    });
  });

  describe('saveLongForm', () => {
    it('saves incomplete answers, and refuses wrong ones with every problem at its place', async () => {
      const { enumerator, household, head, child } = await sampledHousehold();
      const wrong = await save(enumerator, household, {
        household: [
          { field: 'buildingHeight', value: 'TALL' },
          { field: 'housingSource', value: 'RENT_OTHER' },
          { field: 'monthlyRent', value: '0' },
          { field: 'purchaseCost', value: '50' },
          { field: 'swimmingPool', value: 'YES' },
        ],
        persons: [
          {
            id: head.id,
            answers: [
              { field: 'maritalStatus', value: 'NEVER_MARRIED' },
              { field: 'firstMarriage', value: '1999-05' },
            ],
          },
          {
            id: child.id,
            answers: [
              { field: 'occupation', value: 'PRODUCTION' },
              { field: 'birthplace', value: 'X', refused: true },
            ],
          },
        ],
      });
      expect(wrong.household).toBeNull();
      expect(wrong.userErrors.map((e) => [e.field.join('.'), e.code, e.messageCode])).toEqual(
        expect.arrayContaining([
          ['input.household.4.field', 'INVALID', 'longForm.unknownItem'],
          ['input.persons.1.answers.1.field', 'INVALID', 'longForm.valueOrRefusal'],
          ['input.household.buildingHeight', 'INVALID', 'longForm.householdOptionInvalid'],
          ['input.household.monthlyRent', 'OUT_OF_RANGE', 'rule.outOfRange'],
          ['input.household.purchaseCost', 'INVALID', 'longForm.householdItemNotApplicable'],
          ['input.persons.0.firstMarriage', 'INVALID', 'longForm.personItemNotApplicable'],
          ['input.persons.1.occupation', 'INVALID', 'longForm.personItemNotApplicable'],
        ]),
      );
      expect(wrong.userErrors).toHaveLength(7);
      // Nothing was written.
      const [row] = await api.sql(`SELECT version, long_form FROM household WHERE id = $1`, [
        household.rowId,
      ]);
      expect(row).toEqual({ version: 1, long_form: null });

      const partial = await save(enumerator, household, { household: HOUSEHOLD_ANSWERS.slice(0, 3) });
      expect(partial.userErrors).toEqual([]);
      expect(partial.household!.version).toBe(2);
      expect(partial.household!.longForm.status).toBe('INCOMPLETE');
      expect(partial.household!.longForm.answers.map((a: { field: string }) => a.field)).toEqual([
        'buildingHeight',
        'loadBearingType',
        'constructionPeriod',
      ]);
    });

    it('refuses a household that is not sampled, and a person of another household', async () => {
      const { tree, enumerator, household } = await sampledHousehold();
      const notSampled = await make.newHousehold({
        longFormSampled: 'rule',
        smallZoneCode: tree.smallZone,
        number: unsampledNumber(tree.smallZone),
      });
      const stranger = await make.newPerson(notSampled);
      expect((await save(enumerator, notSampled, { household: [] })).userErrors).toMatchObject([
        { field: ['input', 'id'], code: 'INVALID', messageCode: 'longForm.notSampled' },
      ]);
      expect(
        (await save(enumerator, household, { persons: [{ id: stranger.id, answers: [] }] })).userErrors,
      ).toMatchObject([
        { field: ['input', 'persons', '0', 'id'], code: 'NOT_FOUND', messageCode: 'person.notOfHousehold' },
      ]);
    });

    it('is hidden from an enumerator of another township, who cannot read it either', async () => {
      const { household, head, child } = await sampledHousehold();
      const other = await make.newZoneTree();
      const stranger = await make.newAccount({ role: Role.ENUMERATOR, zones: [other.smallZone] });
      const result = await save(stranger, household, complete(head, child));
      expect(result.userErrors).toMatchObject([{ code: 'NOT_FOUND' }]);
      const read = await api.request<{ node: unknown }>(READ, { id: household.id }, stranger.token);
      expect(read.data!.node).toBeNull();
      const [row] = await api.sql(`SELECT version, long_form FROM household WHERE id = $1`, [
        household.rowId,
      ]);
      expect(row).toEqual({ version: 1, long_form: null });
    });
  });

  describe('saveLongForm sent again (offline outbox)', () => {
    const stored = (rowId: string) =>
      api.sql<{ version: number; long_form: object; sealed: Buffer | null; audits: number }>(
        `SELECT version, long_form, long_form_sealed AS sealed,
                (SELECT count(*)::int FROM audit_log a WHERE a.small_zone_code = h.small_zone_code) AS audits
           FROM household h WHERE id = $1`,
        [rowId],
      );

    it('applies a save sent twice with the same key once, answering the household again', async () => {
      const { enumerator, household, head, child } = await sampledHousehold();
      const input = { ...complete(head, child), idempotencyKey: 'lf-0000-4000-8000-000000000001' };
      const first = await save(enumerator, household, input);
      expect(first.userErrors).toEqual([]);
      expect(first.household!.version).toBe(2);
      const [after] = await stored(household.rowId);
      const again = await save(enumerator, household, input);
      expect(again.userErrors).toEqual([]);
      expect(again.household).toMatchObject({ id: household.id, version: 2 });
      expect(again.household!.longForm.status).toBe('COMPLETE');
      // Nothing written again: same version, same answers, no second audit entry.
      expect(await stored(household.rowId)).toEqual([after]);
      // The same key with other answers is refused with a code, not answered with the first result.
      const reused = await save(
        enumerator,
        household,
        { household: HOUSEHOLD_ANSWERS.slice(0, 2), idempotencyKey: input.idempotencyKey },
        2,
      );
      expect(reused.userErrors.map((e) => [e.field.join('.'), e.code, e.messageCode])).toEqual([
        ['input.idempotencyKey', 'DUPLICATE', 'request.idempotencyKeyReused'],
      ]);
      expect(await stored(household.rowId)).toEqual([after]);
    });

    it('keeps no receipt of a refused save: the same key applies once the conflict is gone', async () => {
      const { enumerator, household, head, child } = await sampledHousehold();
      const key = 'lf-0000-4000-8000-000000000002';
      const conflict = await save(
        enumerator,
        household,
        { ...complete(head, child), idempotencyKey: key },
        7,
      );
      expect(conflict.userErrors).toMatchObject([{ code: 'CONFLICT' }]);
      const applied = await save(enumerator, household, { ...complete(head, child), idempotencyKey: key });
      expect(applied.userErrors).toEqual([]);
      expect(applied.household!.version).toBe(2);
    });

    it('applies concurrent resends of one key once', async () => {
      const { enumerator, household, head, child } = await sampledHousehold();
      const input = { ...complete(head, child), idempotencyKey: 'lf-0000-4000-8000-000000000003' };
      const results = await Promise.all([1, 2, 3, 4].map(() => save(enumerator, household, input)));
      for (const result of results) {
        expect(result.userErrors).toEqual([]);
        expect(result.household!.version).toBe(2);
      }
      const [row] = await stored(household.rowId);
      expect(row.version).toBe(2);
    });

    it('keeps a sealed answer marked as kept without the phone sending it', async () => {
      const { enumerator, household, head, child } = await sampledHousehold();
      expect((await save(enumerator, household, complete(head, child))).userErrors).toEqual([]);
      // The phone holds the sealed items masked: it changes cooking fuel and keeps housing source and rent.
      const changed = HOUSEHOLD_ANSWERS.map((answer) =>
        answer.field === 'cookingFuel'
          ? { field: 'cookingFuel', value: 'ELECTRICITY' }
          : answer.field === 'housingSource' || answer.field === 'monthlyRent'
            ? { field: answer.field, kept: true }
            : answer,
      );
      const headKept = HEAD_ANSWERS.map((answer) =>
        ['occupation', 'maritalStatus', 'firstMarriage'].includes(answer.field)
          ? { field: answer.field, kept: true }
          : answer,
      );
      const saved = await save(
        enumerator,
        household,
        { household: changed, persons: [{ id: head.id, answers: headKept }], idempotencyKey: 'lf-kept-1' },
        2,
      );
      expect(saved.userErrors).toEqual([]);
      expect(saved.household!.longForm.status).toBe('COMPLETE');
      const [row] = await stored(household.rowId);
      expect(row.long_form).toMatchObject({
        cookingFuel: { value: 'ELECTRICITY' },
        housingSource: { sealed: true },
      });
      expect(JSON.parse(api.crypto.open(row.sealed!))).toEqual({
        housingSource: 'RENT_OTHER',
        monthlyRent: 2800,
      });
      const [person] = await api.sql<{ sealed: Buffer }>(
        `SELECT long_form_sealed AS sealed FROM person WHERE id = $1`,
        [head.rowId],
      );
      expect(JSON.parse(api.crypto.open(person.sealed))).toMatchObject({
        occupation: 'PRODUCTION',
        maritalStatus: 'MARRIED',
        firstMarriage: { year: 1999, month: 5 },
      });
      // Kept with a value is a contradiction, refused at its place.
      const both = await save(
        enumerator,
        household,
        { household: [{ field: 'monthlyRent', value: '1', kept: true }] },
        3,
      );
      expect(both.userErrors.map((e) => [e.field.join('.'), e.messageCode])).toEqual([
        ['input.household.0.field', 'longForm.valueOrRefusal'],
      ]);
    });
  });

  describe('submitHousehold with the long form', () => {
    const submit = (user: TestUser, household: { id: string; version: number }) =>
      api
        .request<{ submitHousehold: { household: { stage: string } | null; userErrors: UserErrors } }>(
          SUBMIT,
          { input: { id: household.id, expectedVersion: household.version } },
          user.token,
        )
        .then((r) => r.data!.submitHousehold);

    it('refuses a sampled household until its long form is complete, listing every problem', async () => {
      const { enumerator, household, head, child } = await sampledHousehold();
      const saved = await save(enumerator, household, {
        household: HOUSEHOLD_ANSWERS.filter((a) => a.field !== 'monthlyRent'),
        persons: [{ id: head.id, answers: HEAD_ANSWERS.filter((a) => a.field !== 'occupation') }],
      });
      expect(saved.userErrors).toEqual([]);
      const refused = await submit(enumerator, saved.household!);
      expect(refused.household).toBeNull();
      expect(refused.userErrors.map((e) => [e.field.join('.'), e.code, e.messageCode])).toEqual([
        ['household.monthlyRent', 'REQUIRED', 'longForm.householdItemMissing'],
        [`persons.${head.lineNumber}.occupation`, 'REQUIRED', 'longForm.personItemMissing'],
        [`persons.${child.lineNumber}.birthplace`, 'REQUIRED', 'longForm.personItemMissing'],
        [`persons.${child.lineNumber}.residenceFiveYearsAgo`, 'REQUIRED', 'longForm.personItemMissing'],
        [`persons.${child.lineNumber}.schoolCompletion`, 'REQUIRED', 'longForm.personItemMissing'],
      ]);
      const done = await save(
        enumerator,
        { ...household, version: saved.household!.version },
        complete(head, child),
      );
      expect(done.userErrors).toEqual([]);
      expect(done.household!.longForm.status).toBe('COMPLETE');
      const submitted = await submit(enumerator, done.household!);
      expect(submitted).toEqual({ household: { id: household.id, stage: 'SUBMITTED' }, userErrors: [] });
    });

    it('counts a refusal as an answer: a form with refusals is complete', async () => {
      const { enumerator, household, head, child } = await sampledHousehold();
      const refusing = {
        household: [
          ...HOUSEHOLD_ANSWERS.filter((a) => !['housingSource', 'monthlyRent'].includes(a.field)),
          { field: 'housingSource', refused: true },
        ],
        persons: [
          {
            id: head.id,
            answers: [
              ...HEAD_ANSWERS.filter(
                (a) => !['occupation', 'maritalStatus', 'firstMarriage'].includes(a.field),
              ),
              { field: 'occupation', refused: true },
              { field: 'maritalStatus', refused: true },
            ],
          },
          { id: child.id, answers: CHILD_ANSWERS },
        ],
      };
      const problems = () =>
        api.sql<{ category: string; refused_items: string; text: string }>(
          `SELECT category, refused_items::text, "text" FROM problem WHERE household_id = $1`,
          [household.rowId],
        );
      const first = await save(enumerator, household, refusing);
      expect(first.userErrors).toEqual([]);
      // The new refusals feed the problem log, once: saving them again adds nothing.
      const saved = await save(enumerator, { ...household, version: first.household!.version }, refusing);
      expect(saved.userErrors).toEqual([]);
      expect(await problems()).toEqual([
        {
          category: 'ITEM_REFUSAL',
          refused_items: '{HOUSING,OCCUPATION,MARITAL_STATUS}',
          text: `长表拒答：H17 住房来源；第${head.lineNumber}人 C20 职业、C24 婚姻状况。 Long-form items refused.`,
        },
      ]);
      expect(saved.household!.longForm).toMatchObject({
        status: 'COMPLETE',
        refusedItems: ['household.housingSource'],
      });
      const headForm = saved.household!.persons.find((p) => p.id === head.id)!.longForm;
      expect(headForm.refusedItems).toEqual(['person.occupation', 'person.maritalStatus']);
      expect(headForm.answers.find((a: { field: string }) => a.field === 'occupation')).toEqual({
        item: 'person.occupation',
        field: 'occupation',
        state: 'REFUSED',
        value: null,
        masked: false,
      });
      expect(
        (await submit(enumerator, saved.household! as { id: string; version: number })).userErrors,
      ).toEqual([]);

      // Progress counts the sampled household, its submission and its refusals, by item.
      const progress = await api.request<{ progress: Record<string, unknown> }>(
        `query($code: String!) { progress(zoneCode: $code) {
           longFormHouseholds longFormSubmittedHouseholds longFormRefusedItems longFormRefusals { item refused } } }`,
        { code: household.smallZoneCode },
        enumerator.token,
      );
      const figures = progress.data!.progress;
      expect(figures).toMatchObject({
        longFormHouseholds: 1,
        longFormSubmittedHouseholds: 1,
        longFormRefusedItems: 3,
      });
      const refusals = figures.longFormRefusals as { item: string; refused: number }[];
      expect(refusals.filter((r) => r.refused > 0)).toEqual([
        { item: 'person.occupation', refused: 1 },
        { item: 'person.maritalStatus', refused: 1 },
        { item: 'household.housingSource', refused: 1 },
      ]);
      expect(refusals).toHaveLength(28);
    });
  });

  describe('sealed answers', () => {
    it('are not readable in the database, masked by default, and every unmasked read is audited', async () => {
      const { tree, enumerator, household, head, child } = await sampledHousehold();
      const saved = await save(enumerator, household, complete(head, child));
      expect(saved.userErrors).toEqual([]);

      const [householdRow] = await api.sql<{ long_form: object; sealed: Buffer; text: string }>(
        `SELECT long_form, long_form_sealed AS sealed, long_form::text || encode(long_form_sealed, 'escape') AS text
           FROM household WHERE id = $1`,
        [household.rowId],
      );
      expect(householdRow.long_form).toMatchObject({
        housingSource: { sealed: true },
        monthlyRent: { sealed: true },
        cookingFuel: { value: 'GAS' },
      });
      expect(householdRow.text).not.toMatch(/RENT_OTHER|2800/);
      expect(api.crypto.open(householdRow.sealed)).toBe('{"housingSource":"RENT_OTHER","monthlyRent":2800}');
      const [personRow] = await api.sql<{ text: string }>(
        `SELECT long_form::text || encode(long_form_sealed, 'escape') AS text FROM person WHERE id = $1`,
        [head.rowId],
      );
      expect(personRow.text).toContain('"occupation": {"sealed": true}');
      expect(personRow.text).not.toMatch(/PRODUCTION|MARRIED|1999/);

      const masked = await api.request<{ node: Form }>(READ, { id: household.id }, enumerator.token);
      const rent = masked.data!.node.longForm.answers.find(
        (a: { field: string }) => a.field === 'monthlyRent',
      );
      expect(rent).toEqual({
        item: 'household.monthlyRent',
        field: 'monthlyRent',
        state: 'ANSWERED',
        value: null,
        text: null,
        sealed: true,
        masked: true,
      });
      expect(
        masked.data!.node.longForm.answers.find((a: { field: string }) => a.field === 'cookingFuel'),
      ).toMatchObject({
        value: 'GAS',
        text: '燃气',
        masked: false,
      });
      const unmaskAudits = () =>
        api.sql(
          `SELECT entity_type, item, actor FROM audit_log WHERE action = 'UNMASK' AND small_zone_code = $1 ORDER BY entity_type`,
          [tree.smallZone],
        );
      expect(await unmaskAudits()).toEqual([]);

      const full = await api.request<{ node: Form }>(
        READ,
        { id: household.id, unmasked: true },
        enumerator.token,
      );
      expect(full.errors).toBeUndefined();
      const node = full.data!.node;
      expect(node.longForm.answers.find((a: { field: string }) => a.field === 'monthlyRent')).toMatchObject({
        value: '2800',
        text: '2800',
        masked: false,
      });
      const headAnswers = node.persons.find((p) => p.id === head.id)!.longForm.answers;
      expect(headAnswers.find((a: { field: string }) => a.field === 'firstMarriage')).toMatchObject({
        value: '1999-05',
        masked: false,
      });
      // One entry per row read in full: the household and its head (the child has nothing sealed).
      expect(await unmaskAudits()).toEqual([
        { entity_type: 'Household', item: 'longForm', actor: enumerator.username },
        { entity_type: 'Person', item: 'longForm', actor: enumerator.username },
      ]);

      const office = await make.newAccount({ role: Role.TOWNSHIP_OFFICER, zones: [tree.township] });
      const forbidden = await api.request(READ, { id: household.id, unmasked: true }, office.token);
      expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  it('gives the demo county’s sampled households valid long forms with a few refusals, counted by progress', async () => {
    await seedCounty(api, 4);
    const [county] = await api.sql<{ households: number; sampled: number; answered: number; code: string }>(
      `SELECT count(*)::int AS households, count(*) FILTER (WHERE long_form_sampled)::int AS sampled,
              count(*) FILTER (WHERE long_form IS NOT NULL)::int AS answered, min(county_code) AS code
         FROM household WHERE county_code = '330106'`,
    );
    expect(county.sampled / county.households).toBeGreaterThan(0.08);
    expect(county.sampled / county.households).toBeLessThan(0.12);
    expect(county.answered).toBeGreaterThan(0);
    const forms = await api.sql<{ id: string; county: string; stage: string }>(
      `SELECT id::text, county_code AS county, stage FROM household
        WHERE county_code = '330106' AND long_form_sampled AND stage <> 'LISTED'`,
    );
    for (const form of forms) {
      const read = await api.request<{ node: Form }>(READ, {
        id: rowGlobalId('Household', '330106001001001', form.id),
      });
      expect([form.stage, read.data!.node.longForm.status]).toEqual([form.stage, 'COMPLETE']);
    }
    const progress = await api.request<{
      progress: { longFormHouseholds: number; longFormRefusedItems: number };
    }>(`{ progress(zoneCode: "330106") { longFormHouseholds longFormRefusedItems } }`);
    expect(progress.data!.progress.longFormHouseholds).toBe(county.sampled);
    expect(progress.data!.progress.longFormRefusedItems).toBeGreaterThan(0);
  });

  it('reads the long forms of a page of households in as many statements as of one household', async () => {
    const tree = await make.newZoneTree();
    const enumerator = await make.newAccount({ role: Role.ENUMERATOR, zones: [tree.smallZone] });
    const start = sampler.start(tree.smallZone);
    const PAGE = `query($code: String!) { zone(code: $code) { households(first: 50) { nodes {
      longForm { sampled status refusedItems answers { field value masked } }
      persons { longForm { refusedItems answers { field value } } } } } } }`;
    const statements = async () => {
      api.counter.reset();
      const response = await api.request(PAGE, { code: tree.smallZone }, enumerator.token);
      expect(response.errors).toBeUndefined();
      return api.counter.total;
    };
    const add = async (number: number) => {
      const household = await make.newHousehold({
        longFormSampled: 'rule',
        smallZoneCode: tree.smallZone,
        number: String(number).padStart(3, '0'),
        dwellingType: DwellingType.ORDINARY_DWELLING,
      });
      const person = await make.newPerson(household, { sex: Sex.MALE, birthYear: 1975, birthMonth: 3 });
      if ((number - start) % 10 === 0)
        expect(
          (
            await save(enumerator, household, {
              household: HOUSEHOLD_ANSWERS.slice(0, 2),
              persons: [{ id: person.id, answers: HEAD_ANSWERS.slice(0, 2) }],
            })
          ).userErrors,
        ).toEqual([]);
    };
    await add(start);
    const one = await statements();
    for (const n of [start + 10, start + 20, start + 1, start + 2]) await add(n);
    expect(await statements()).toBe(one);
  });
  describe('refusals in progress', () => {
    /** The head refuses C20 职业 and C24 婚姻状况, the household H17 住房来源: three refused items. */
    const refusing = (head: PersonRow, child: PersonRow) => ({
      household: [
        ...HOUSEHOLD_ANSWERS.filter((a) => !['housingSource', 'monthlyRent'].includes(a.field)),
        { field: 'housingSource', refused: true },
      ],
      persons: [
        {
          id: head.id,
          answers: [
            ...HEAD_ANSWERS.filter(
              (a) => !['occupation', 'maritalStatus', 'firstMarriage'].includes(a.field),
            ),
            { field: 'occupation', refused: true },
            { field: 'maritalStatus', refused: true },
          ],
        },
        { id: child.id, answers: CHILD_ANSWERS },
      ],
    });
    const refusedItems = async (code: string, token: string) =>
      (
        await api.request<{ progress: { longFormRefusedItems: number } }>(
          `query($code: String!) { progress(zoneCode: $code) { longFormRefusedItems } }`,
          { code },
          token,
        )
      ).data!.progress.longFormRefusedItems;

    it('keeps each row’s number of refused items, which progress adds up, and lowers it when answered', async () => {
      const { enumerator, household, head, child } = await sampledHousehold();
      const saved = await save(enumerator, household, refusing(head, child));
      expect(saved.userErrors).toEqual([]);
      const counts = () =>
        api.sql<{ kind: string; refused: number }>(
          `SELECT 'household' AS kind, long_form_refused AS refused FROM household WHERE id = $1
           UNION ALL SELECT 'person ' || line_number, long_form_refused FROM person WHERE household_id = $1
           ORDER BY 1`,
          [household.rowId],
        );
      expect(await counts()).toEqual([
        { kind: 'household', refused: 1 },
        { kind: `person ${head.lineNumber}`, refused: 2 },
        { kind: `person ${child.lineNumber}`, refused: 0 },
      ]);
      expect(await refusedItems(household.smallZoneCode, enumerator.token)).toBe(3);

      const answered = await save(
        enumerator,
        { ...household, version: saved.household!.version },
        complete(head, child),
      );
      expect(answered.userErrors).toEqual([]);
      expect((await counts()).map((row) => row.refused)).toEqual([0, 0, 0]);
      expect(await refusedItems(household.smallZoneCode, enumerator.token)).toBe(0);
    });

    it('counts a resident’s refusals saved through self-report, and logs no problem for them', async () => {
      const tree = await make.newZoneTree();
      const enumerator = await make.newAccount({ role: Role.ENUMERATOR, zones: [tree.smallZone] });
      const household = await make.newHousehold({
        longFormSampled: 'rule',
        smallZoneCode: tree.smallZone,
        number: sampledNumber(tree.smallZone),
        dwellingType: DwellingType.ORDINARY_DWELLING,
        phone: '13700002222',
      });
      const head = await make.newPerson(household, { sex: Sex.MALE, birthYear: 1975, birthMonth: 3 });
      const issued = await api.request<{ issueSelfReportCode: { code: string } }>(
        `mutation($id: ID!) { issueSelfReportCode(input: { householdId: $id }) { code } }`,
        { id: household.id },
        enumerator.token,
      );
      const session = await api.request<{ startSelfReport: { token: string } }>(
        `mutation($code: String!) { startSelfReport(input: { code: $code, phone: "13700002222" }) { token } }`,
        { code: issued.data!.issueSelfReportCode.code },
      );
      const [{ version }] = await api.sql<{ version: number }>(
        `SELECT version FROM household WHERE id = $1`,
        [household.rowId],
      );
      const saved = await api.request<{ selfReportSaveLongForm: { userErrors: unknown[] } }>(
        `mutation($input: SaveLongFormInput!) { selfReportSaveLongForm(input: $input) { userErrors { field code } } }`,
        {
          input: {
            id: household.id,
            expectedVersion: version,
            persons: [{ id: head.id, answers: [{ field: 'maritalStatus', refused: true }] }],
          },
        },
        session.data!.startSelfReport.token,
      );
      expect(saved.errors).toBeUndefined();
      expect(saved.data!.selfReportSaveLongForm.userErrors).toEqual([]);
      expect(await refusedItems(household.smallZoneCode, enumerator.token)).toBe(1);
      expect(await api.sql(`SELECT id FROM problem WHERE household_id = $1`, [household.rowId])).toEqual([]);
    });

    it('counts no refusals of a household moved out of the sample', async () => {
      const { tree, enumerator, household, head, child } = await sampledHousehold();
      const saved = await save(enumerator, household, refusing(head, child));
      expect(saved.userErrors).toEqual([]);
      const office = await make.newAccount({ role: Role.TOWNSHIP_OFFICER, zones: [tree.township] });
      const moved = await api.request<{ setLongFormSample: { userErrors: unknown[] } }>(
        SET_SAMPLE,
        {
          input: {
            id: household.id,
            expectedVersion: saved.household!.version,
            sampled: false,
            reason: '抽样复核',
          },
        },
        office.token,
      );
      expect(moved.data!.setLongFormSample.userErrors).toEqual([]);
      const figures = await api.request<{
        progress: { longFormRefusedItems: number; longFormRefusals: { refused: number }[] };
      }>(
        `query($code: String!) { progress(zoneCode: $code) { longFormRefusedItems longFormRefusals { refused } } }`,
        { code: tree.township },
        office.token,
      );
      expect(figures.data!.progress.longFormRefusedItems).toBe(0);
      expect(figures.data!.progress.longFormRefusals.every((r) => r.refused === 0)).toBe(true);
    });

    it('counts refusals by item for a zone and each of its children in one statement, whatever their number', async () => {
      const { tree, enumerator, household, head, child } = await sampledHousehold();
      expect((await save(enumerator, household, refusing(head, child))).userErrors).toEqual([]);
      const office = await make.newAccount({ role: Role.TOWNSHIP_OFFICER, zones: [tree.township] });
      const CHILDREN = `query($code: String!) { progress(zoneCode: $code) {
        children { zone { code } longFormRefusals { item refused } } } }`;
      type Children = {
        progress: {
          children: { zone: { code: string }; longFormRefusals: { item: string; refused: number }[] }[];
        };
      };
      const read = async () => {
        api.counter.reset();
        const response = await api.request<Children>(CHILDREN, { code: tree.censusZone }, office.token);
        expect(response.errors).toBeUndefined();
        return { statements: api.counter.total, children: response.data!.progress.children };
      };
      const one = await read();
      expect(one.children).toHaveLength(1);

      // A second small zone with its own sampled household and one refusal (C12 出生地 of its head).
      const smallZone = await make.newSmallZone({ censusZone: tree.censusZone });
      const other = await make.newHousehold({
        longFormSampled: 'rule',
        smallZoneCode: smallZone,
        number: sampledNumber(smallZone),
        dwellingType: DwellingType.ORDINARY_DWELLING,
      });
      const otherHead = await make.newPerson(other, { sex: Sex.MALE, birthYear: 1975, birthMonth: 3 });
      const supervisor = await make.newAccount({ role: Role.SUPERVISOR, zones: [tree.censusZone] });
      expect(
        (
          await save(supervisor, other, {
            persons: [{ id: otherHead.id, answers: [{ field: 'birthplace', refused: true }] }],
          })
        ).userErrors,
      ).toEqual([]);

      const two = await read();
      expect(two.statements).toBe(one.statements);
      const refused = (zone: string) =>
        two.children
          .find((c) => c.zone.code === zone)!
          .longFormRefusals.filter((r) => r.refused > 0)
          .map((r) => `${r.item} ${r.refused}`);
      expect(refused(tree.smallZone)).toEqual([
        'person.occupation 1',
        'person.maritalStatus 1',
        'household.housingSource 1',
      ]);
      expect(refused(smallZone)).toEqual(['person.birthplace 1']);
    });

    it('names the refused items with the form’s labels in the report’s 存在的问题', async () => {
      const { tree, enumerator, household, head, child } = await sampledHousehold();
      expect((await save(enumerator, household, refusing(head, child))).userErrors).toEqual([]);
      const office = await make.newAccount({ role: Role.TOWNSHIP_OFFICER, zones: [tree.township] });
      const report = await api.request<{ progressReport: { markdown: string } }>(
        `query($code: String!) { progressReport(zoneCode: $code) { markdown } }`,
        { code: tree.township },
        office.token,
      );
      expect(report.errors).toBeUndefined();
      const problems = report
        .data!.progressReport.markdown.split('三、存在的问题')[1]
        .split('四、工作建议')[0];
      expect(problems).toContain(
        '长表：抽中 1 户，已上报 0 户；拒答 3 项，其中 C20 职业 1 项、C24 婚姻状况 1 项、H17 住房来源 1 项。',
      );
    });
  });

  describe('exports and the change feed', () => {
    const clientOf = (token: string) => createClient({ url: api.graphqlUrl, token });

    async function exported(token: string, input: Record<string, unknown>) {
      const { startExport } = await clientOf(token).request(StartExportDocument, {
        input: input as StartExportInput,
      });
      expect(startExport.userErrors).toEqual([]);
      for (let attempt = 0; attempt < 600; attempt++) {
        const job = (await clientOf(token).request(ExportJobDocument, { id: startExport.job!.id }))
          .node as ExportJobFieldsFragment;
        if (job.status === 'FAILED') throw new Error(job.error ?? 'export failed');
        if (job.status === 'COMPLETED') {
          const lines = new Map<string, Record<string, unknown>[]>();
          for (const file of job.files) {
            const text = await (await fetch(file.url!)).text();
            lines.set(
              file.entity,
              text
                .split('\n')
                .filter(Boolean)
                .map((line) => JSON.parse(line) as Record<string, unknown>),
            );
          }
          return { job, lines };
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('export did not finish');
    }

    it('exports the long form with sealed answers masked, refusals as such', async () => {
      const { tree, enumerator, household, head, child } = await sampledHousehold();
      const answers = complete(head, child);
      answers.persons[0].answers = [
        ...HEAD_ANSWERS.filter((a) => a.field !== 'industry'),
        { field: 'industry', refused: true },
      ];
      expect((await save(enumerator, household, answers)).userErrors).toEqual([]);
      const office = await make.newAccount({ role: Role.TOWNSHIP_OFFICER, zones: [tree.township] });
      const { lines } = await exported(office.token, {
        zoneCode: tree.smallZone,
        entities: ['HOUSEHOLDS', 'PERSONS'],
        format: 'JSONL',
      });
      const [row] = lines.get('HOUSEHOLDS')!;
      expect(row).toMatchObject({ id: household.id, longFormSampled: true });
      expect(row.longForm).toMatchObject({
        cookingFuel: { state: 'ANSWERED', value: 'GAS' },
        housingSource: { state: 'ANSWERED', masked: true },
        monthlyRent: { state: 'ANSWERED', masked: true },
      });
      expect(JSON.stringify(lines)).not.toMatch(/RENT_OTHER|2800|PRODUCTION|MARRIED|1999/);
      const headRow = lines.get('PERSONS')!.find((p) => p.id === head.id)!;
      expect(headRow.longForm).toMatchObject({
        birthplace: { state: 'ANSWERED', value: 'OTHER_PROVINCE' },
        industry: { state: 'REFUSED' },
        occupation: { state: 'ANSWERED', masked: true },
        firstMarriage: { state: 'ANSWERED', masked: true },
      });
    });

    it('exports sealed answers in full only in an unmasked export, which is audited', async () => {
      const { tree, enumerator, household, head, child } = await sampledHousehold();
      expect((await save(enumerator, household, complete(head, child))).userErrors).toEqual([]);
      const integration = await make.newAccount({ role: Role.INTEGRATION, zones: [tree.township] });
      const { job, lines } = await exported(integration.token, {
        zoneCode: tree.smallZone,
        entities: ['HOUSEHOLDS', 'PERSONS'],
        format: 'JSONL',
        unmasked: true,
        idempotencyKey: `long-form-${household.rowId}`,
      });
      expect(lines.get('HOUSEHOLDS')![0].longForm).toMatchObject({
        housingSource: { state: 'ANSWERED', value: 'RENT_OTHER' },
        monthlyRent: { state: 'ANSWERED', value: '2800' },
      });
      expect(lines.get('PERSONS')!.find((p) => p.id === head.id)!.longForm).toMatchObject({
        occupation: { state: 'ANSWERED', value: 'PRODUCTION' },
        firstMarriage: { state: 'ANSWERED', value: '1999-05' },
      });
      const audit = await api.sql<{ actor: string; item: string }>(
        `SELECT actor, item FROM audit_log WHERE action = 'UNMASK' AND entity_type = 'ExportJob' AND entity_id = $1`,
        [job.id],
      );
      expect(audit).toEqual([
        { actor: integration.username, item: 'citizenId,phone,longForm (bulk export)' },
      ]);
    });

    it('carries a saved long form in the change feed, masked unless asked for and allowed', async () => {
      const { tree, enumerator, household, head, child } = await sampledHousehold();
      const integration = await make.newAccount({ role: Role.INTEGRATION, zones: [tree.township] });
      const FEED = `query($after: String, $unmasked: Boolean!) { changes(after: $after, first: 100) {
        endCursor hasMore changes { type operation entityId node {
          ... on Household { longForm { answers(unmasked: $unmasked) { field value masked } } }
          ... on Person { longForm { answers(unmasked: $unmasked) { field value masked } } } } } } }`;
      type Page = {
        changes: {
          endCursor: string;
          hasMore: boolean;
          changes: { type: string; operation: string; entityId: string; node: Form | null }[];
        };
      };
      const page = (unmasked: boolean) => async (after: string | null) =>
        (await api.request<Page>(FEED, { after, unmasked }, integration.token)).data!.changes;
      const { cursor } = await drainFeed(api, null, page(false));
      expect((await save(enumerator, household, complete(head, child))).userErrors).toEqual([]);

      const masked = await drainFeed(api, cursor, page(false));
      const householdChange = masked.changes.find((c) => c.entityId === household.id)!;
      expect(householdChange).toMatchObject({ type: 'HOUSEHOLD', operation: 'UPDATE' });
      expect(householdChange.node!.longForm.answers).toContainEqual({
        field: 'monthlyRent',
        value: null,
        masked: true,
      });
      const headChange = masked.changes.find((c) => c.entityId === head.id)!;
      expect(headChange).toMatchObject({ type: 'PERSON', operation: 'UPDATE' });

      const full = await drainFeed(api, cursor, page(true));
      expect(full.changes.find((c) => c.entityId === head.id)!.node!.longForm.answers).toContainEqual({
        field: 'occupation',
        value: 'PRODUCTION',
        masked: false,
      });
      const audits = await api.sql<{ item: string }>(
        `SELECT item FROM audit_log WHERE action = 'UNMASK' AND actor = $1 AND small_zone_code = $2`,
        [integration.username, tree.smallZone],
      );
      expect(audits.map((a) => a.item)).toEqual(['longForm', 'longForm']);
    });
  });
});
