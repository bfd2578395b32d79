import { makeCitizenId, Sex } from '@census/rules';

import { Role } from '../src/auth/role';
import { rowGlobalId } from './factories';
import { seedCounty, startTestApi, type TestAccount, type TestApi } from './harness';

interface UserErrorShape {
  field: string[];
  code: string;
  message: string;
}

/** The census rules on names, ID numbers and birth dates, as createPerson answers them. */
describe('person names, ID numbers and birth dates against the census rules', () => {
  let api: TestApi;
  let enumerator: TestAccount;
  let householdId: string;
  let householdRow: string;

  beforeAll(async () => {
    api = await startTestApi('person_names');
    await seedCounty(api, 1, { smallZonesPerCensusZone: [1, 1], householdsPerSmallZone: [4, 4] });
    const [{ code, id }] = await api.sql<{ code: string; id: string }>(
      `SELECT h.small_zone_code AS code, h.id FROM household h WHERE h.stage NOT IN ('SUBMITTED', 'APPROVED') ORDER BY h.id LIMIT 1`,
    );
    enumerator = await api.account(Role.ENUMERATOR, [code]);
    householdRow = id;
    householdId = rowGlobalId('Household', code, id);
  });
  afterAll(() => api.close());

  const personCount = async () =>
    (
      await api.sql<{ n: number }>(`SELECT count(*)::int AS n FROM person WHERE household_id = $1`, [
        householdRow,
      ])
    )[0].n;

  async function createPerson(input: Record<string, unknown>) {
    const response = await api.request<{
      createPerson: { person: { id: string; name: string } | null; userErrors: UserErrorShape[] };
    }>(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id name } userErrors { field code message } } }`,
      {
        input: {
          householdId,
          relationship: 'OTHER',
          sex: 'MALE',
          birthYear: 1980,
          birthMonth: 5,
          ...input,
        },
      },
      enumerator.token,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.createPerson;
  }

  it('rejects a name of two zero-width spaces with a coded user error naming the character', async () => {
    const before = await personCount();
    const answer = await createPerson({ name: '\u200B\u200B' });
    expect(answer.person).toBeNull();
    expect(answer.userErrors).toEqual([
      {
        field: ['input', 'name'],
        code: 'INVALID',
        message: '姓名第 1 个字符是看不见的 U+200B 零宽空格，请删去。',
      },
    ]);
    expect(await personCount()).toBe(before);
  });

  it("rejects the '?' of a lossy export and a right-to-left override inside a name", async () => {
    const lossy = await createPerson({ name: '?野家' });
    expect(lossy.userErrors).toMatchObject([{ field: ['input', 'name'], code: 'INVALID' }]);
    expect(lossy.userErrors[0].message).toMatch(/^姓名第 1 个字符是问号/);
    const override = await createPerson({ name: '王\u202E洋' });
    expect(override.userErrors[0].message).toContain('U+202E 从右至左覆盖');
  });

  it('stores a minority name with the middle dot, whatever dot was typed', async () => {
    const created = await createPerson({ name: '阿卜杜•热合曼' });
    expect(created.userErrors).toEqual([]);
    expect(created.person!.name).toBe('阿卜杜·热合曼');
    const spaced = await createPerson({ name: '王\u3000洋' });
    expect(spaced.person!.name).toBe('王洋');
  });

  it('names an invisible character inside the citizen ID instead of counting 19 characters', async () => {
    const id = makeCitizenId('330106', { year: 1980, month: 5, day: 17 }, 123, Sex.MALE);
    const answer = await createPerson({ name: '张伟', citizenId: `${id.slice(0, 6)}\u200B${id.slice(6)}` });
    expect(answer.userErrors).toEqual([
      {
        field: ['input', 'citizenId'],
        code: 'INVALID',
        message: 'D3 公民身份号码第 7 个字符是看不见的 U+200B 零宽空格，请删去。',
      },
    ]);
  });

  it('rejects a birth after the census reference moment, not after today', async () => {
    const answer = await createPerson({ name: '李小宝', birthYear: 2020, birthMonth: 11 });
    expect(answer.userErrors).toMatchObject([{ field: ['input', 'birthMonth'], code: 'OUT_OF_RANGE' }]);
    expect(answer.userErrors[0].message).toContain('普查标准时点（2020-11-01 00:00 北京时间）');
    const october = await createPerson({ name: '李小宝', birthYear: 2020, birthMonth: 10 });
    expect(october.userErrors).toEqual([]);
  });
});
