import { maskCitizenId } from '@census/rules';

import { Role } from '../src/auth/role';
import { seedCounty, startTestApi, type TestAccount, type TestApi } from './harness';

// Lists read the columns their selection needs (common/selection.ts): a household's persons come with the
// households in one statement as JSON when their columns allow it, and sealed values are read and decrypted only
// where no masked form is kept or the full value is asked for.
const nested = (personFields: string) => /* GraphQL */ `
  query Nested($code: String!) {
    zone(code: $code) {
      buildings(first: 100) {
        nodes { number households { number phone persons { name citizenId ${personFields} } } }
      }
    }
  }
`;

interface Answer {
  zone: {
    buildings: {
      nodes: { number: string; households: { number: string; phone: string | null; persons: Person[] }[] }[];
    };
  };
}
interface Person {
  name: string;
  citizenId: string | null;
  fullId?: string | null;
}

const personsOf = (answer: Answer) =>
  answer.zone.buildings.nodes.flatMap((b) => b.households.flatMap((h) => h.persons));

describe('lists read the columns their selection needs', () => {
  let api: TestApi;
  let smallZone: string;
  let enumerator: TestAccount;

  beforeAll(async () => {
    api = await startTestApi('columns');
    await seedCounty(api, 1, { smallZonesPerCensusZone: [1, 1], householdsPerSmallZone: [30, 30] });
    [{ code: smallZone }] = await api.sql<{ code: string }>(
      `SELECT code FROM zone WHERE level = 'SMALL_ZONE' ORDER BY code LIMIT 1`,
    );
    enumerator = await api.account(Role.ENUMERATOR, [smallZone]);
  });
  afterAll(() => api.close());

  async function read(personFields: string, token?: string) {
    api.counter.reset();
    const response = await api.request<Answer>(nested(personFields), { code: smallZone }, token);
    expect(response.errors).toBeUndefined();
    return { data: response.data!, statements: [...api.counter.statements] };
  }

  it('reads persons with their households, without sealed or unasked columns, and answers the same', async () => {
    const light = await read('');
    // A timestamp does not travel in JSON unchanged: the persons are read by their own statement then.
    const separate = await read('createdAt');
    const persons = personsOf(light.data);
    expect(persons.length).toBeGreaterThan(30);
    expect(persons.every((p) => p.citizenId === null || /^\d{6}\*{8}\d{3}[\dX]$/.test(p.citizenId))).toBe(
      true,
    );
    expect(persons.some((p) => p.citizenId !== null)).toBe(true);
    expect(personsOf(separate.data).map(({ name, citizenId }) => ({ name, citizenId }))).toEqual(persons);
    expect(separate.data.zone.buildings.nodes.map((b) => b.households.map((h) => h.phone))).toEqual(
      light.data.zone.buildings.nodes.map((b) => b.households.map((h) => h.phone)),
    );
    // One statement less: no statement of its own for the persons.
    expect(light.statements.length).toBe(separate.statements.length - 1);
    expect(light.statements.some((s) => /FROM person\b/.test(s) && !/array\(SELECT array\[/.test(s))).toBe(
      false,
    );
    for (const statement of light.statements.filter((s) => /FROM (building|household|person)\b/.test(s))) {
      expect(statement).not.toMatch(/citizen_id_hash|phone_hash|created_at|updated_at|normalized_address/);
      // Sealed values only where no masked form is kept.
      expect(
        statement.replace(/CASE WHEN \w+\.(phone|citizen_id)_masked IS NULL THEN \w+\.\w+_sealed END/g, ''),
      ).not.toMatch(/_sealed/);
    }
  });

  it('masks rows kept without a masked form from their sealed value', async () => {
    const before = personsOf((await read('')).data);
    await api.sql(`UPDATE person SET citizen_id_masked = NULL WHERE small_zone_code = $1`, [smallZone]);
    await api.sql(`UPDATE household SET phone_masked = NULL WHERE small_zone_code = $1`, [smallZone]);
    const after = await read('');
    expect(personsOf(after.data)).toEqual(before);
    expect(after.data.zone.buildings.nodes.flatMap((b) => b.households).some((h) => h.phone !== null)).toBe(
      true,
    );
  });

  it('reads the sealed value for an unmasked read, and audits it', async () => {
    const [{ n: audited }] = await api.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'UNMASK'`,
    );
    const { data } = await read('fullId: citizenId(unmasked: true)', enumerator.token);
    const persons = personsOf(data).filter((p) => p.fullId);
    expect(persons.length).toBeGreaterThan(0);
    for (const person of persons) expect(maskCitizenId(person.fullId!)).toBe(person.citizenId);
    const [{ n }] = await api.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'UNMASK'`,
    );
    expect(n).toBeGreaterThan(audited);
  });
});
