import { makeCitizenId, Sex } from '@census/rules';

import { Role } from '../src/auth/role';
import { type Factories, factories } from './factories';
import { startTestApi, type TestApi } from './harness';

/**
 * `saveHousehold`: the whole short form of a household in one transaction. All or nothing, every problem at once at
 * its place in the input, a version conflict per object, and an idempotency key that makes a resend harmless.
 */
describe('saveHousehold', () => {
  let api: TestApi;
  let make: Factories;

  beforeAll(async () => {
    api = await startTestApi('save-household');
    make = factories(api);
  });
  afterAll(() => api.close());

  const SAVE = `mutation($input: SaveHouseholdInput!) {
    saveHousehold(input: $input) {
      household { id version persons { id name version birthMonth } }
      userErrors { field code message }
      replayed
    }
  }`;

  interface Saved {
    household: {
      id: string;
      version: number;
      persons: { id: string; name: string; version: number; birthMonth: number }[];
    } | null;
    userErrors: { field: string[]; code: string; message: string }[];
    replayed: boolean;
  }

  const save = async (input: Record<string, unknown>, token?: string) => {
    const response = await api.request<{ saveHousehold: Saved }>(SAVE, { input }, token);
    expect(response.errors).toBeUndefined();
    return response.data!.saveHousehold;
  };

  /** Everything a save could change, to compare before and after a refused one. */
  const rowsOf = (householdRowId: string) =>
    api.sql(
      `SELECT 'h' AS t, id, version, note AS v FROM household WHERE id = $1
       UNION ALL SELECT 'p', id, version, name || birth_month FROM person WHERE household_id = $1
       UNION ALL SELECT 'a', count(*), 0, '' FROM audit_log
       ORDER BY 1, 2`,
      [householdRowId],
    );

  const newPerson = (name: string, birthMonth = 5) => ({
    name,
    relationship: 'CHILD',
    sex: 'FEMALE',
    birthYear: 2012,
    birthMonth,
  });

  it('saves the household items and adds, changes and deletes persons at once, moving the version once', async () => {
    const household = await make.newHousehold({ persons: 3 });
    const [head, second, third] = household.persons;
    const saved = await save({
      id: household.id,
      expectedVersion: household.version,
      note: '一次保存',
      persons: [
        { id: second.id, expectedVersion: second.version, name: '王小明' },
        { id: third.id, expectedVersion: third.version, delete: true },
        newPerson('王小红'),
      ],
    });
    expect(saved.userErrors).toEqual([]);
    expect(saved.replayed).toBe(false);
    expect(saved.household!.version).toBe(household.version + 1);
    expect(saved.household!.persons.map((p) => p.name)).toEqual([head.name, '王小明', '王小红']);
    const [row] = await api.sql<{ note: string; version: number }>(
      `SELECT note, version FROM household WHERE id = $1`,
      [household.rowId],
    );
    expect(row).toEqual({ note: '一次保存', version: household.version + 1 });
  });

  it('writes nothing when one part fails, and returns every problem located at its place', async () => {
    const household = await make.newHousehold({ persons: 2 });
    const [, second] = household.persons;
    const before = await rowsOf(household.rowId);
    const refused = await save({
      id: household.id,
      expectedVersion: household.version,
      note: '不会保存',
      rooms: -1,
      persons: [
        { id: second.id, expectedVersion: second.version, name: '王二' },
        newPerson('王三', 13),
        newPerson('王四'),
        { ...newPerson('王五'), name: null, citizenId: '110105201205010000' },
      ],
    });
    expect(refused.household).toBeNull();
    const located = refused.userErrors.map((e) => [e.field.join('.'), e.code]);
    expect(located).toEqual(
      expect.arrayContaining([
        ['input.rooms', 'OUT_OF_RANGE'],
        ['input.persons.1.birthMonth', 'OUT_OF_RANGE'],
        ['input.persons.3.name', 'REQUIRED'],
      ]),
    );
    // The valid changes (the household note, person 0, person 2) are not kept either.
    expect(located.some(([field]) => field.startsWith('input.persons.0'))).toBe(false);
    expect(located.some(([field]) => field.startsWith('input.persons.2'))).toBe(false);
    expect(await rowsOf(household.rowId)).toEqual(before);
  });

  it('locates a problem found in the database (a duplicate citizen ID) at the person', async () => {
    const household = await make.newHousehold({ persons: 1 });
    const other = await make.newHousehold({ persons: 1 });
    const citizenId = other.persons[0].citizenId!;
    const [otherPerson] = await api.sql<{ sex: string; birth_year: number; birth_month: number }>(
      `SELECT sex, birth_year, birth_month FROM person WHERE id = $1`,
      [other.persons[0].rowId],
    );
    const before = await rowsOf(household.rowId);
    const refused = await save({
      id: household.id,
      expectedVersion: household.version,
      persons: [
        newPerson('李一'),
        {
          ...newPerson('李二'),
          sex: otherPerson.sex,
          birthYear: otherPerson.birth_year,
          birthMonth: otherPerson.birth_month,
          citizenId,
        },
      ],
    });
    expect(refused.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([
      ['input.persons.1.citizenId', 'DUPLICATE'],
    ]);
    expect(await rowsOf(household.rowId)).toEqual(before);
  });

  it('reports a version conflict per object: the household and each person that moved', async () => {
    const household = await make.newHousehold({ persons: 2 });
    const [head, second] = household.persons;
    await api.sql(`UPDATE household SET version = version + 1 WHERE id = $1`, [household.rowId]);
    await api.sql(`UPDATE person SET version = version + 1 WHERE id = $1`, [second.rowId]);
    const refused = await save({
      id: household.id,
      expectedVersion: household.version,
      note: '冲突',
      persons: [
        { id: head.id, expectedVersion: head.version, name: '张一' },
        { id: second.id, expectedVersion: second.version, name: '张二' },
      ],
    });
    expect(refused.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([
      ['input.expectedVersion', 'CONFLICT'],
      ['input.persons.1.expectedVersion', 'CONFLICT'],
    ]);
    const names = await api.sql<{ name: string }>(
      `SELECT name FROM person WHERE household_id = $1 ORDER BY line_number`,
      [household.rowId],
    );
    expect(names.map((n) => n.name)).toEqual([head.name, second.name]);
  });

  it('refuses a person of another household and a change without its version', async () => {
    const household = await make.newHousehold({ persons: 1 });
    const other = await make.newHousehold({ persons: 1 });
    const refused = await save({
      id: household.id,
      expectedVersion: household.version,
      persons: [
        { id: other.persons[0].id, expectedVersion: other.persons[0].version, name: '外人' },
        { id: household.persons[0].id, name: '无版本' },
      ],
    });
    expect(refused.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([
      ['input.persons.0.id', 'NOT_FOUND'],
      ['input.persons.1.expectedVersion', 'REQUIRED'],
    ]);
  });

  it('applies a change sent twice with the same idempotency key once, answering the first result again', async () => {
    const household = await make.newHousehold({ persons: 1 });
    const input = {
      id: household.id,
      expectedVersion: household.version,
      note: '只保存一次',
      persons: [newPerson('赵新')],
      idempotencyKey: 'b0a1c2d3-0000-4000-8000-000000000001',
    };
    const first = await save(input);
    expect(first.userErrors).toEqual([]);
    const again = await save(input);
    expect(again).toMatchObject({ userErrors: [], replayed: true });
    expect(again.household!.version).toBe(household.version + 1);
    const [row] = await api.sql<{ version: number; persons: number }>(
      `SELECT version, (SELECT count(*)::int FROM person WHERE household_id = $1) AS persons
         FROM household WHERE id = $1`,
      [household.rowId],
    );
    expect(row).toEqual({ version: household.version + 1, persons: 2 });
    // The same key with another change is refused rather than answered with the first result.
    const reused = await save({ ...input, note: '另一个' });
    expect(reused.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([
      ['input.idempotencyKey', 'DUPLICATE'],
    ]);
  });

  it('leaves no receipt for a refused change: the same key applies once the problem is fixed', async () => {
    const household = await make.newHousehold();
    const key = 'b0a1c2d3-0000-4000-8000-000000000002';
    const refused = await save({
      id: household.id,
      expectedVersion: household.version + 5,
      note: 'x',
      idempotencyKey: key,
    });
    expect(refused.userErrors[0].code).toBe('CONFLICT');
    const applied = await save({
      id: household.id,
      expectedVersion: household.version,
      note: 'x',
      idempotencyKey: key,
    });
    expect(applied).toMatchObject({ userErrors: [], replayed: false });
  });

  it('keeps keys apart per account', async () => {
    const household = await make.newHousehold();
    const enumerator = await make.newAccount({ role: Role.ENUMERATOR, zones: [household.smallZoneCode] });
    const key = 'shared-key';
    const first = await save({
      id: household.id,
      expectedVersion: household.version,
      note: 'a',
      idempotencyKey: key,
    });
    expect(first.userErrors).toEqual([]);
    const second = await save(
      { id: household.id, expectedVersion: household.version + 1, note: 'b', idempotencyKey: key },
      enumerator.token,
    );
    expect(second).toMatchObject({ userErrors: [], replayed: false });
  });

  it('is limited to the caller’s zones: a household outside them is NOT_FOUND and untouched', async () => {
    const household = await make.newHousehold({ persons: 1 });
    const elsewhere = await make.newSmallZone();
    const enumerator = await make.newAccount({ role: Role.ENUMERATOR, zones: [elsewhere] });
    const before = await rowsOf(household.rowId);
    const refused = await save(
      {
        id: household.id,
        expectedVersion: household.version,
        note: '越权',
        persons: [newPerson('越权')],
      },
      enumerator.token,
    );
    expect(refused.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([['input.id', 'NOT_FOUND']]);
    expect(await rowsOf(household.rowId)).toEqual(before);
  });

  it('records a visit sent twice with the same idempotency key once', async () => {
    const household = await make.newHousehold();
    const enumerator = await make.newAccount({ role: Role.ENUMERATOR, zones: [household.smallZoneCode] });
    const RECORD = `mutation($input: RecordVisitInput!) { recordVisit(input: $input) { visit { id } userErrors { code } } }`;
    const input = {
      householdId: household.id,
      visitedAt: '2020-11-02T02:00:00.000Z',
      outcome: 'NOBODY_HOME',
      idempotencyKey: 'visit-1',
    };
    type Recorded = { recordVisit: { visit: { id: string } | null; userErrors: unknown[] } };
    const first = await api.request<Recorded>(RECORD, { input }, enumerator.token);
    const again = await api.request<Recorded>(RECORD, { input }, enumerator.token);
    expect(again.data!.recordVisit).toEqual(first.data!.recordVisit);
    const [{ visits }] = await api.sql<{ visits: number }>(
      `SELECT count(*)::int AS visits FROM visit WHERE household_id = $1`,
      [household.rowId],
    );
    expect(visits).toBe(1);
  });

  it('checks the citizen ID with the same rules as createPerson', async () => {
    const household = await make.newHousehold();
    const citizenId = makeCitizenId('110105', { year: 2012, month: 5, day: 1 }, 12, Sex.MALE);
    const refused = await save({
      id: household.id,
      expectedVersion: household.version,
      persons: [{ ...newPerson('钱一'), citizenId }],
    });
    expect(refused.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([
      ['input.persons.0.citizenId', 'MISMATCH'],
    ]);
  });
});
