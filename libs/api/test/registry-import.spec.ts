import { citizenIdCheckCharacter, makeCitizenId, maskCitizenId, Sex } from '@census/rules';
import { Role } from '../src/auth/role';
import { seedCounty, startTestApi, type TestAccount, type TestApi } from './harness';

interface Row {
  row: number;
  citizenId: string;
  name: string;
  sex?: Sex | null;
  birthDate: string;
  address: string;
  registryHouseholdNumber: string;
  zoneCode: string;
}

interface ImportResult {
  idempotencyKey: string;
  accepted: number;
  alreadyPresent: number;
  replayed: boolean;
  rejected: { row: number; field: string; code: string; message: string }[];
}

const IMPORT = `mutation ($input: ImportRegistryInput!) {
  importRegistry(input: $input) { idempotencyKey accepted alreadyPresent replayed rejected { row field code message } }
}`;

const range = (column: string) => `(${column} >= $1 AND ${column} < $1 || ':')`;

describe('police registry import (公安推送)', () => {
  let api: TestApi;
  let officer: TestAccount;
  let otherOfficer: TestAccount;
  let smallZones: string[];
  let censusZone: string;
  let township: string;
  let otherCensusZone: string;
  const ids = {
    a: makeCitizenId('110105', { year: 1980, month: 3, day: 15 }, 101, Sex.MALE),
    b: makeCitizenId('110105', { year: 1992, month: 12, day: 1 }, 202, Sex.FEMALE),
    c: makeCitizenId('330102', { year: 2001, month: 7, day: 9 }, 303, Sex.FEMALE),
    d: makeCitizenId('330102', { year: 1975, month: 1, day: 31 }, 404, Sex.MALE),
  };

  async function importRows(key: string, rows: Row[], token = officer.token): Promise<ImportResult> {
    const response = await api.request<{ importRegistry: ImportResult }>(
      IMPORT,
      { input: { idempotencyKey: key, source: 'test.csv', rows } },
      token,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.importRegistry;
  }

  const stored = () =>
    api.sql<Record<string, unknown>>(
      `SELECT citizen_id_hash, name, sex::text, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, address,
              registry_household_number, zone_code, import_key, updated_at
         FROM registry_person ORDER BY id`,
    );

  let goodRows: Row[];

  beforeAll(async () => {
    api = await startTestApi('registry-import');
    await seedCounty(api, 2);
    smallZones = (
      await api.sql<{ code: string }>(`SELECT code FROM zone WHERE level = 'SMALL_ZONE' ORDER BY code`)
    ).map((r) => r.code);
    censusZone = smallZones[0].slice(0, 12);
    township = smallZones[0].slice(0, 9);
    [{ code: otherCensusZone }] = await api.sql<{ code: string }>(
      `SELECT code FROM zone WHERE level = 'CENSUS_ZONE' AND NOT starts_with(code, $1) ORDER BY code LIMIT 1`,
      [township],
    );
    officer = await api.account(Role.TOWNSHIP_OFFICER, [township]);
    otherOfficer = await api.account(Role.TOWNSHIP_OFFICER, [otherCensusZone.slice(0, 9)]);
    goodRows = [
      {
        row: 2,
        citizenId: ids.a,
        name: ' 王大明 ',
        birthDate: '1980-03-15',
        address: '青石镇幸福路1号',
        registryHouseholdNumber: 'H001',
        zoneCode: smallZones[0],
      },
      {
        row: 3,
        citizenId: ids.b.toLowerCase(),
        name: '李小红',
        sex: Sex.FEMALE,
        birthDate: '19921201',
        address: '青石镇幸福路1号',
        registryHouseholdNumber: 'H001',
        zoneCode: censusZone,
      },
      {
        row: 12,
        citizenId: ids.c,
        name: '赵敏',
        birthDate: '2001-07-09',
        address: '青石镇和平街8号',
        registryHouseholdNumber: 'H002',
        zoneCode: smallZones[1],
      },
    ];
  });

  afterAll(() => api.close());

  it('rejects bad rows one by one with row, field and message, and stores the good rows sealed', async () => {
    const wrongCheck = ids.d.slice(0, 17) + (ids.d[17] === '0' ? '1' : '0');
    const base = {
      name: '张三',
      address: '青石镇某路',
      registryHouseholdNumber: 'H009',
      zoneCode: smallZones[0],
    };
    const unknownZone = `${censusZone}998`;
    const badRows: Row[] = [
      { ...base, row: 4, citizenId: wrongCheck, birthDate: '1975-01-31' },
      { ...base, row: 5, citizenId: ids.d, birthDate: '1975-02-30' },
      { ...base, row: 6, citizenId: ids.d, birthDate: '1975-01-30' },
      { ...base, row: 7, citizenId: ids.d, birthDate: '1975-01-31', name: '  ' },
      { ...base, row: 8, citizenId: ids.d, birthDate: '1975-01-31', zoneCode: unknownZone },
      { ...base, row: 9, citizenId: ids.d, birthDate: '1975-01-31', zoneCode: otherCensusZone },
      { ...base, row: 10, citizenId: ids.a, birthDate: '1980-03-15' },
      { ...base, row: 11, citizenId: ids.d, birthDate: '1975-01-31', sex: Sex.FEMALE },
    ];
    const result = await importRows('batch-1', [...goodRows.slice(0, 2), ...badRows, goodRows[2]]);
    const expectedCheck = citizenIdCheckCharacter(ids.d.slice(0, 17));
    expect(result).toEqual({
      idempotencyKey: 'batch-1',
      accepted: 3,
      alreadyPresent: 0,
      replayed: false,
      rejected: [
        {
          row: 4,
          field: 'citizenId',
          code: 'INVALID',
          message: `Citizen ID check character is '${wrongCheck[17]}' but should be '${expectedCheck}'.`,
        },
        {
          row: 5,
          field: 'birthDate',
          code: 'INVALID',
          message: "Birth date '1975-02-30' is not a real date.",
        },
        {
          row: 6,
          field: 'birthDate',
          code: 'MISMATCH',
          message: 'Birth date is 1975-01-30 but the citizen ID says 1975-01-31.',
        },
        { row: 7, field: 'name', code: 'REQUIRED', message: 'Name is required.' },
        {
          row: 8,
          field: 'zoneCode',
          code: 'OUT_OF_SCOPE',
          message: `Zone '${unknownZone}' is not one of your zones or does not exist.`,
        },
        {
          row: 9,
          field: 'zoneCode',
          code: 'OUT_OF_SCOPE',
          message: `Zone '${otherCensusZone}' is not one of your zones or does not exist.`,
        },
        {
          row: 10,
          field: 'citizenId',
          code: 'DUPLICATE',
          message: `Citizen ID ${maskCitizenId(ids.a)} already appears in row 2 of this batch.`,
        },
        { row: 11, field: 'sex', code: 'MISMATCH', message: 'Sex is Female but the citizen ID says Male.' },
      ],
    });
    const rows = await api.sql<{
      sealed: Buffer;
      hash: Buffer;
      masked: string;
      name: string;
      sex: string;
      birth_date: string;
      zone_code: string;
      text: string;
    }>(
      `SELECT citizen_id_sealed AS sealed, citizen_id_hash AS hash, citizen_id_masked AS masked, name, sex::text,
              to_char(birth_date, 'YYYY-MM-DD') AS birth_date, zone_code, r::text AS text
         FROM registry_person r ORDER BY zone_code, name`,
    );
    const byId = new Map(rows.map((r) => [api.crypto.open(r.sealed), r]));
    expect([...byId.keys()].sort()).toEqual([ids.a, ids.b, ids.c].sort());
    for (const [id, row] of byId) {
      expect(row.hash.equals(api.crypto.digest(id))).toBe(true);
      expect(row.masked).toBe(maskCitizenId(id));
      // No plaintext ID anywhere in the row.
      expect(row.text).not.toContain(id);
      expect(row.text).not.toContain(id.slice(6, 14));
    }
    expect(byId.get(ids.a)).toMatchObject({ name: '王大明', sex: 'MALE', birth_date: '1980-03-15' });
    expect(byId.get(ids.b)).toMatchObject({ sex: 'FEMALE', birth_date: '1992-12-01', zone_code: censusZone });
    const [batch] = await api.sql<{ kind: string; account_id: string; source: string }>(
      `SELECT kind, account_id::text, source FROM import_batch WHERE idempotency_key = 'batch-1'`,
    );
    expect(batch).toEqual({ kind: 'REGISTRY', account_id: officer.id, source: 'test.csv' });
  });

  it('replays a repeated key with the stored result and changes nothing; another account is refused the key', async () => {
    const before = await stored();
    const first = await importRows('batch-1', [
      { ...goodRows[0], address: '别的地址' },
      { ...goodRows[2], row: 99 },
    ]);
    expect(first).toMatchObject({
      idempotencyKey: 'batch-1',
      accepted: 3,
      alreadyPresent: 0,
      replayed: true,
    });
    expect(first.rejected).toHaveLength(8);
    // A key belongs to the account that first used it: another account reusing it is refused, and never sees
    // the first account's result (its row messages name that account's zones).
    const other = await api.request(
      IMPORT,
      { input: { idempotencyKey: 'batch-1', source: 'test.csv', rows: [goodRows[0]] } },
      api.admin.token,
    );
    expect(other.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'IDEMPOTENCY_KEY_TAKEN',
    });
    expect(await stored()).toEqual(before);
  });

  it('counts unchanged persons as already present, and updates changed ones', async () => {
    const before = await stored();
    expect(await importRows('batch-2', goodRows)).toEqual({
      idempotencyKey: 'batch-2',
      accepted: 0,
      alreadyPresent: 3,
      replayed: false,
      rejected: [],
    });
    expect(await stored()).toEqual(before);

    const changed = await importRows('batch-3', [
      goodRows[0],
      { ...goodRows[1], address: '青石镇幸福路2号', registryHouseholdNumber: 'H003' },
      goodRows[2],
    ]);
    expect(changed).toMatchObject({ accepted: 1, alreadyPresent: 2, rejected: [], replayed: false });
    const after = await stored();
    expect(after).toHaveLength(3);
    const hash = api.crypto.digest(ids.b);
    const row = after.find((r) => (r.citizen_id_hash as Buffer).equals(hash))!;
    expect(row).toMatchObject({
      address: '青石镇幸福路2号',
      registry_household_number: 'H003',
      import_key: 'batch-3',
    });
    expect(after.filter((r) => r.import_key === 'batch-1')).toHaveLength(2);
  });

  it('applies a key once under two concurrent requests', async () => {
    const rows: Row[] = [
      {
        row: 1,
        citizenId: ids.d,
        name: '钱四',
        birthDate: '1975-01-31',
        address: '青石镇某路',
        registryHouseholdNumber: 'H004',
        zoneCode: smallZones[1],
      },
    ];
    const results = await Promise.all([importRows('batch-4', rows), importRows('batch-4', rows)]);
    expect(results.map((r) => r.replayed).sort()).toEqual([false, true]);
    for (const result of results)
      expect(result).toMatchObject({ accepted: 1, alreadyPresent: 0, rejected: [] });
    const [count] = await api.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM registry_person WHERE citizen_id_hash = $1`,
      [api.crypto.digest(ids.d)],
    );
    expect(count.n).toBe(1);
  });

  it('keeps officers to their zones and roles to the allowed ones', async () => {
    const before = await stored();
    const result = await importRows('batch-5', [{ ...goodRows[0], address: '越权地址' }], otherOfficer.token);
    expect(result).toMatchObject({
      accepted: 0,
      alreadyPresent: 0,
      rejected: [
        {
          row: 2,
          field: 'zoneCode',
          code: 'OUT_OF_SCOPE',
          message: `Zone '${smallZones[0]}' is not one of your zones or does not exist.`,
        },
      ],
    });
    expect(await stored()).toEqual(before);
    const enumerator = await api.account(Role.ENUMERATOR, [smallZones[0]]);
    const denied = await api.request(IMPORT, { input: { idempotencyKey: 'x', rows: [] } }, enumerator.token);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const tooLong = await api.request(IMPORT, { input: { idempotencyKey: 'k'.repeat(201), rows: [] } });
    expect(tooLong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('fills the progress registry figures, equal to plain SQL', async () => {
    for (const code of [township.slice(0, 6), township, censusZone, smallZones[0], smallZones[1]]) {
      const response = await api.request<{
        progress: { registryHouseholds: number; registryPersons: number };
      }>(`query ($code: String!) { progress(zoneCode: $code) { registryHouseholds registryPersons } }`, {
        code,
      });
      expect(response.errors).toBeUndefined();
      const [expected] = await api.sql(
        `SELECT count(DISTINCT registry_household_number)::int AS "registryHouseholds", count(*)::int AS "registryPersons"
           FROM registry_person WHERE ${range('zone_code')}`,
        [code],
      );
      expect(response.data!.progress).toEqual(expected);
    }
    const [township4] = await api.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM registry_person WHERE ${range('zone_code')}`,
      [township],
    );
    expect(township4.n).toBe(4);
  });
});
