import { ImportRegistryDocument, ProgressDocument, type RegistryPersonInput } from '@census/client';
import { citizenIdCheckCharacter, makeCitizenId, maskCitizenId, Sex } from '@census/rules';

import { Role } from '../src/auth/role';
import {
  errorCodeOf,
  errorExtensionsOf,
  type Factories,
  factories,
  type TestUser,
  withoutCodes,
} from './factories';
import { startTestApi, type TestApi } from './harness';

const range = (column: string) => `(${column} >= $1 AND ${column} < $1 || ':')`;

let worlds = 0;

describe('police registry import (公安推送)', () => {
  let api: TestApi;
  let make: Factories;

  beforeAll(async () => {
    api = await startTestApi('registry-import');
    make = factories(api);
  });
  afterAll(() => api.close());

  /**
   * A township with two small zones in one census zone, its office, the office of another township, four citizen
   * IDs of its own and its own idempotency keys; `good` are three valid rows of the first three IDs.
   */
  async function world() {
    const n = ++worlds;
    const tree = await make.newZoneTree();
    const smallZones = [tree.smallZone, await make.newSmallZone({ censusZone: tree.censusZone })];
    const other = await make.newZoneTree();
    const officer = await make.newAccount({ role: Role.TOWNSHIP_OFFICER, zones: [tree.township] });
    const otherOfficer = await make.newAccount({ role: Role.TOWNSHIP_OFFICER, zones: [other.township] });
    const ids = {
      a: makeCitizenId('110105', { year: 1980, month: 3, day: 15 }, n * 4 + 1, Sex.MALE),
      b: makeCitizenId('110105', { year: 1992, month: 12, day: 1 }, n * 4 + 2, Sex.FEMALE),
      c: makeCitizenId('330102', { year: 2001, month: 7, day: 9 }, n * 4 + 3, Sex.FEMALE),
      d: makeCitizenId('330102', { year: 1975, month: 1, day: 31 }, n * 4 + 4, Sex.MALE),
    };
    const good: RegistryPersonInput[] = [
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
        zoneCode: tree.censusZone,
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
    return {
      ...tree,
      smallZones,
      otherCensusZone: other.censusZone,
      officer,
      otherOfficer,
      ids,
      good,
      key: (name: string) => `${name}-${n}`,
    };
  }
  type World = Awaited<ReturnType<typeof world>>;

  const importRows = async (user: TestUser, idempotencyKey: string, rows: RegistryPersonInput[]) =>
    (
      await user.client.request(ImportRegistryDocument, {
        input: { idempotencyKey, source: 'test.csv', rows },
      })
    ).importRegistry;

  /** The stored registry rows of the world's citizen IDs. */
  const stored = (w: World) =>
    api.sql<Record<string, unknown>>(
      `SELECT citizen_id_hash, name, sex::text, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, address,
              registry_household_number, zone_code, import_key, updated_at
         FROM registry_person WHERE citizen_id_hash = ANY($1::bytea[]) ORDER BY id`,
      [Object.values(w.ids).map((id) => api.crypto.digest(id))],
    );

  /** The good rows with eight bad ones among them, each wrong in one way. */
  function mixedBatch(w: World) {
    const wrongCheck = w.ids.d.slice(0, 17) + (w.ids.d[17] === '0' ? '1' : '0');
    const base = {
      name: '张三',
      address: '青石镇某路',
      registryHouseholdNumber: 'H009',
      zoneCode: w.smallZones[0],
    };
    const unknownZone = `${w.censusZone}998`;
    const bad: RegistryPersonInput[] = [
      { ...base, row: 4, citizenId: wrongCheck, birthDate: '1975-01-31' },
      { ...base, row: 5, citizenId: w.ids.d, birthDate: '1975-02-30' },
      { ...base, row: 6, citizenId: w.ids.d, birthDate: '1975-01-30' },
      { ...base, row: 7, citizenId: w.ids.d, birthDate: '1975-01-31', name: '  ' },
      { ...base, row: 8, citizenId: w.ids.d, birthDate: '1975-01-31', zoneCode: unknownZone },
      { ...base, row: 9, citizenId: w.ids.d, birthDate: '1975-01-31', zoneCode: w.otherCensusZone },
      { ...base, row: 10, citizenId: w.ids.a, birthDate: '1980-03-15' },
      { ...base, row: 11, citizenId: w.ids.d, birthDate: '1975-01-31', sex: Sex.FEMALE },
    ];
    return { rows: [...w.good.slice(0, 2), ...bad, w.good[2]], wrongCheck, unknownZone };
  }

  describe('a batch of good and bad rows', () => {
    it('rejects bad rows one by one with row, field and message, and accepts the good ones', async () => {
      const w = await world();
      const { rows, wrongCheck, unknownZone } = mixedBatch(w);
      const result = await importRows(w.officer, w.key('batch-1'), rows);
      const expectedCheck = citizenIdCheckCharacter(w.ids.d.slice(0, 17));
      expect(withoutCodes(result)).toEqual({
        idempotencyKey: w.key('batch-1'),
        accepted: 3,
        alreadyPresent: 0,
        replayed: false,
        rejected: [
          {
            row: 4,
            field: 'citizenId',
            code: 'INVALID',
            message: `D3 公民身份号码的校验码是“${wrongCheck[17]}”，应为“${expectedCheck}”，请核对号码。`,
          },
          {
            row: 5,
            field: 'birthDate',
            code: 'INVALID',
            message: '出生日期“1975-02-30”不是真实存在的日期。',
          },
          {
            row: 6,
            field: 'birthDate',
            code: 'MISMATCH',
            message: '出生日期填的是 1975-01-30，但公民身份号码显示为 1975-01-31。',
          },
          { row: 7, field: 'name', code: 'REQUIRED', message: 'D1 姓名为必填项。' },
          {
            row: 8,
            field: 'zoneCode',
            code: 'OUT_OF_SCOPE',
            message: `区划 ${unknownZone} 不在您负责的区划内，或不存在。`,
          },
          {
            row: 9,
            field: 'zoneCode',
            code: 'OUT_OF_SCOPE',
            message: `区划 ${w.otherCensusZone} 不在您负责的区划内，或不存在。`,
          },
          {
            row: 10,
            field: 'citizenId',
            code: 'DUPLICATE',
            message: `公民身份号码 ${maskCitizenId(w.ids.a)} 已出现在这一批的第 2 行。`,
          },
          { row: 11, field: 'sex', code: 'MISMATCH', message: 'D4 性别填的是女，但公民身份号码显示为男。' },
        ],
      });
    });

    it('stores the good rows sealed, normalized, with no plaintext ID anywhere in the row', async () => {
      const w = await world();
      await importRows(w.officer, w.key('batch-1'), mixedBatch(w).rows);
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
           FROM registry_person r WHERE import_key = $1 ORDER BY zone_code, name`,
        [w.key('batch-1')],
      );
      const byId = new Map(rows.map((r) => [api.crypto.open(r.sealed), r]));
      expect([...byId.keys()].sort()).toEqual([w.ids.a, w.ids.b, w.ids.c].sort());
      for (const [id, row] of byId) {
        expect(row.hash.equals(api.crypto.digest(id))).toBe(true);
        expect(row.masked).toBe(maskCitizenId(id));
        expect(row.text).not.toContain(id);
        expect(row.text).not.toContain(id.slice(6, 14));
      }
      expect(byId.get(w.ids.a)).toMatchObject({ name: '王大明', sex: 'MALE', birth_date: '1980-03-15' });
      expect(byId.get(w.ids.b)).toMatchObject({
        sex: 'FEMALE',
        birth_date: '1992-12-01',
        zone_code: w.censusZone,
      });
    });

    it('records the batch with its kind, account and source', async () => {
      const w = await world();
      await importRows(w.officer, w.key('batch-1'), mixedBatch(w).rows);
      const [batch] = await api.sql<{ kind: string; account_id: string; source: string }>(
        `SELECT kind, account_id::text, source FROM import_batch WHERE idempotency_key = $1`,
        [w.key('batch-1')],
      );
      expect(batch).toEqual({ kind: 'REGISTRY', account_id: w.officer.id, source: 'test.csv' });
    });
  });

  describe('idempotency keys', () => {
    it('replays a repeated key with the stored result and changes nothing', async () => {
      const w = await world();
      await importRows(w.officer, w.key('batch-1'), mixedBatch(w).rows);
      const before = await stored(w);
      const again = await importRows(w.officer, w.key('batch-1'), [
        { ...w.good[0], address: '别的地址' },
        { ...w.good[2], row: 99 },
      ]);
      expect(again).toMatchObject({
        idempotencyKey: w.key('batch-1'),
        accepted: 3,
        alreadyPresent: 0,
        replayed: true,
      });
      expect(again.rejected).toHaveLength(8);
      expect(await stored(w)).toEqual(before);
    });

    it("refuses another account the key, without showing it the first account's result", async () => {
      // A key belongs to the account that first used it: another account reusing it is refused, and never sees
      // the first account's result (its row messages name that account's zones).
      const w = await world();
      await importRows(w.officer, w.key('batch-1'), mixedBatch(w).rows);
      const before = await stored(w);
      const admin = make.client(api.admin.token);
      const other = admin.request(ImportRegistryDocument, {
        input: { idempotencyKey: w.key('batch-1'), source: 'test.csv', rows: [w.good[0]] },
      });
      expect(await errorExtensionsOf(other)).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'IDEMPOTENCY_KEY_TAKEN',
      });
      expect(await stored(w)).toEqual(before);
    });

    it('applies a key once under two concurrent requests', async () => {
      const w = await world();
      const rows: RegistryPersonInput[] = [
        {
          row: 1,
          citizenId: w.ids.d,
          name: '钱四',
          birthDate: '1975-01-31',
          address: '青石镇某路',
          registryHouseholdNumber: 'H004',
          zoneCode: w.smallZones[1],
        },
      ];
      const results = await Promise.all([
        importRows(w.officer, w.key('batch-4'), rows),
        importRows(w.officer, w.key('batch-4'), rows),
      ]);
      expect(results.map((r) => r.replayed).sort()).toEqual([false, true]);
      for (const result of results)
        expect(result).toMatchObject({ accepted: 1, alreadyPresent: 0, rejected: [] });
      const [count] = await api.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM registry_person WHERE citizen_id_hash = $1`,
        [api.crypto.digest(w.ids.d)],
      );
      expect(count.n).toBe(1);
    });
  });

  describe('re-imports', () => {
    it('counts unchanged persons as already present and changes nothing', async () => {
      const w = await world();
      await importRows(w.officer, w.key('batch-1'), w.good);
      const before = await stored(w);
      expect(await importRows(w.officer, w.key('batch-2'), w.good)).toEqual({
        idempotencyKey: w.key('batch-2'),
        accepted: 0,
        alreadyPresent: 3,
        replayed: false,
        rejected: [],
      });
      expect(await stored(w)).toEqual(before);
    });

    it('updates the changed persons only', async () => {
      const w = await world();
      await importRows(w.officer, w.key('batch-1'), w.good);
      const changed = await importRows(w.officer, w.key('batch-3'), [
        w.good[0],
        { ...w.good[1], address: '青石镇幸福路2号', registryHouseholdNumber: 'H003' },
        w.good[2],
      ]);
      expect(changed).toMatchObject({ accepted: 1, alreadyPresent: 2, rejected: [], replayed: false });
      const after = await stored(w);
      expect(after).toHaveLength(3);
      const hash = api.crypto.digest(w.ids.b);
      const row = after.find((r) => (r.citizen_id_hash as Buffer).equals(hash))!;
      expect(row).toMatchObject({
        address: '青石镇幸福路2号',
        registry_household_number: 'H003',
        import_key: w.key('batch-3'),
      });
      expect(after.filter((r) => r.import_key === w.key('batch-1'))).toHaveLength(2);
    });
  });

  describe('who may import', () => {
    it('keeps an office to its own zones', async () => {
      const w = await world();
      await importRows(w.officer, w.key('batch-1'), w.good);
      const before = await stored(w);
      const result = await importRows(w.otherOfficer, w.key('batch-5'), [
        { ...w.good[0], address: '越权地址' },
      ]);
      expect(result).toMatchObject({
        accepted: 0,
        alreadyPresent: 0,
        rejected: [
          {
            row: 2,
            field: 'zoneCode',
            code: 'OUT_OF_SCOPE',
            message: `区划 ${w.smallZones[0]} 不在您负责的区划内，或不存在。`,
          },
        ],
      });
      expect(await stored(w)).toEqual(before);
    });

    it('forbids enumerators to import', async () => {
      const w = await world();
      const enumerator = await make.newAccount({ role: Role.ENUMERATOR, zones: [w.smallZones[0]] });
      const denied = enumerator.client.request(ImportRegistryDocument, {
        input: { idempotencyKey: 'x', rows: [] },
      });
      expect(await errorCodeOf(denied)).toBe('FORBIDDEN');
    });

    it('refuses an idempotency key over 200 characters', async () => {
      const admin = make.client(api.admin.token);
      const tooLong = admin.request(ImportRegistryDocument, {
        input: { idempotencyKey: 'k'.repeat(201), rows: [] },
      });
      expect(await errorCodeOf(tooLong)).toBe('BAD_USER_INPUT');
    });
  });

  it('fills the progress registry figures, equal to plain SQL', async () => {
    const w = await world();
    await importRows(w.officer, w.key('batch-1'), [
      ...w.good,
      {
        row: 13,
        citizenId: w.ids.d,
        name: '钱四',
        birthDate: '1975-01-31',
        address: '青石镇某路',
        registryHouseholdNumber: 'H004',
        zoneCode: w.smallZones[1],
      },
    ]);
    const admin = make.client(api.admin.token);
    for (const code of [w.township.slice(0, 6), w.township, w.censusZone, w.smallZones[0], w.smallZones[1]]) {
      const { progress } = await admin.request(ProgressDocument, { zoneCode: code });
      const [expected] = await api.sql(
        `SELECT count(DISTINCT registry_household_number)::int AS "registryHouseholds", count(*)::int AS "registryPersons"
           FROM registry_person WHERE ${range('zone_code')}`,
        [code],
      );
      expect(progress).toMatchObject(expected);
    }
    const [township] = await api.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM registry_person WHERE ${range('zone_code')}`,
      [w.township],
    );
    expect(township.n).toBe(4);
  });
});
