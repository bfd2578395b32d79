import 'reflect-metadata';

import {
  type GridRecordInput,
  ImportElectricityDocument,
  ImportGridDocument,
  type MeterReadingInput,
} from '@census/client';
import { maskPhone } from '@census/rules';

import { Role } from '../src/auth/role';
import { chineseNumeralToDigits, normalizeAddress } from '../src/sources/address';
import { beijingMonth } from '../src/sources/source-import.validation';
import { errorCodeOf, type Factories, factories, type TestUser, withoutCodes } from './factories';
import { startTestApi, type TestApi } from './harness';

describe('normalizeAddress (地址归一化)', () => {
  it.each([
    ['青石镇幸福路１号　３号楼 二单元 ３０１室', '青石镇幸福路1号3幢2单元301'],
    ['青石镇幸福路一号三栋2门301', '青石镇幸福路1号3幢2单元301'],
    ['青石镇，幸福路·1号、3幢-2单元（301）', '青石镇幸福路1号3幢2单元301'],
    ['中山二路十二号', '中山二路12号'],
    ['十里铺二十一栋三〇一室', '十里铺21幢301'],
    ['和平街8号院 ｂ座', '和平街8号院B座'],
    ['7#楼 1单元', '7幢1单元'],
    ['  ', ''],
  ])('%s → %s', (input, expected) => {
    expect(normalizeAddress(input)).toBe(expected);
  });

  it('gives the same form to spellings of the same dwelling, and different forms to different ones', () => {
    const same = ['幸福路1号3号楼2单元301室', '幸福路一号 三号楼 二单元 301', '幸福路１号３栋２门３０１房'];
    expect(new Set(same.map(normalizeAddress)).size).toBe(1);
    expect(normalizeAddress('幸福路1号3幢2单元301')).not.toBe(normalizeAddress('幸福路1号3幢2单元302'));
  });

  it('reads simple Chinese numerals only', () => {
    expect(chineseNumeralToDigits('十')).toBe('10');
    expect(chineseNumeralToDigits('十五')).toBe('15');
    expect(chineseNumeralToDigits('九十九')).toBe('99');
    expect(chineseNumeralToDigits('两')).toBe('2');
    expect(chineseNumeralToDigits('一〇二')).toBe('102');
    expect(chineseNumeralToDigits('十十')).toBeNull();
    expect(normalizeAddress('一十二三号')).toBe('一十二三号');
  });

  it('defaults months in Beijing time', () => {
    expect(beijingMonth(new Date('2026-01-31T16:30:00Z'))).toBe('2026-02');
    expect(beijingMonth(new Date('2026-01-15T00:00:00Z'), -1)).toBe('2025-12');
  });
});

describe('electricity and grid imports (用电信息, 网格摸排)', () => {
  let api: TestApi;
  let make: Factories;
  let worlds = 0;

  beforeAll(async () => {
    api = await startTestApi('source-imports');
    make = factories(api);
  });
  afterAll(() => api.close());

  /**
   * A township with two small zones in one census zone, its office and the office of another township; meter and
   * grid IDs of its own (`id('M001')`), idempotency keys of its own, and three good meter and grid rows.
   */
  async function world() {
    const n = ++worlds;
    const tree = await make.newZoneTree();
    const smallZones = [tree.smallZone, await make.newSmallZone({ censusZone: tree.censusZone })];
    const other = await make.newZoneTree();
    const officer = await make.newAccount({ role: Role.TOWNSHIP_OFFICER, zones: [tree.township] });
    const otherOfficer = await make.newAccount({ role: Role.TOWNSHIP_OFFICER, zones: [other.township] });
    const id = (name: string) => `${name}-${n}`;
    const goodMeters: MeterReadingInput[] = [
      {
        row: 2,
        meterId: id('M001'),
        address: '幸福路１号３号楼',
        usage: 'NONE',
        zoneCode: smallZones[0],
        month: '2026-01',
      },
      { row: 3, meterId: id('M002'), address: '幸福路2号', usage: 'NORMAL', zoneCode: tree.censusZone },
      {
        row: 4,
        meterId: id('M001'),
        address: '幸福路1号3幢',
        usage: 'INTERMITTENT',
        zoneCode: smallZones[0],
        month: '2025-12',
      },
    ];
    const goodGrid: GridRecordInput[] = [
      {
        row: 2,
        gridId: id('G01'),
        address: '幸福路一号 三号楼 301室',
        zoneCode: smallZones[0],
        persons: [' 王大明 ', '李小红'],
        phone: '13812345678',
      },
      { row: 3, gridId: id('G01'), address: '幸福路1号3幢302', zoneCode: smallZones[0], persons: ['赵敏'] },
      {
        row: 4,
        gridId: id('G02'),
        address: '和平街8号',
        zoneCode: smallZones[1],
        persons: ['钱四'],
        phone: '010-12345678',
      },
    ];
    return {
      ...tree,
      n,
      smallZones,
      otherCensusZone: other.censusZone,
      officer,
      otherOfficer,
      id,
      key: id,
      goodMeters,
      goodGrid,
    };
  }
  type World = Awaited<ReturnType<typeof world>>;

  const importMeters = async (user: TestUser, idempotencyKey: string, rows: MeterReadingInput[]) =>
    (
      await user.client.request(ImportElectricityDocument, {
        input: { idempotencyKey, source: 'source.xlsx', rows },
      })
    ).importElectricity;
  const importGrid = async (user: TestUser, idempotencyKey: string, rows: GridRecordInput[]) =>
    (
      await user.client.request(ImportGridDocument, {
        input: { idempotencyKey, source: 'source.xlsx', rows },
      })
    ).importGrid;

  /** The world's stored meter readings. */
  const meters = (w: World) =>
    api.sql<Record<string, unknown>>(
      `SELECT meter_id, month, address, normalized_address, usage::text, zone_code, import_key, updated_at
         FROM meter_reading WHERE meter_id LIKE $1 ORDER BY meter_id, month`,
      [`%-${w.n}`],
    );
  /** The world's stored grid households. */
  const grid = (w: World) =>
    api.sql<Record<string, unknown>>(
      `SELECT grid_id, address, normalized_address, persons, phone_sealed, phone_hash, phone_masked, zone_code,
              import_key, updated_at, g::text AS text
         FROM grid_household g WHERE grid_id LIKE $1 ORDER BY grid_id, normalized_address`,
      [`%-${w.n}`],
    );

  describe('electricity', () => {
    /** The good meters with seven bad rows among them, each wrong in one way. */
    function mixedMeters(w: World) {
      const future = beijingMonth(new Date(), 1);
      const base = { address: '幸福路9号', usage: 'NORMAL' as const, zoneCode: w.smallZones[0] };
      return {
        future,
        rows: [
          ...w.goodMeters,
          { ...base, row: 5, meterId: ' ' },
          { ...base, row: 6, meterId: w.id('M009'), address: '－ ·' },
          { ...base, row: 7, meterId: w.id('M009'), month: '2026-13' },
          { ...base, row: 8, meterId: w.id('M009'), month: future },
          { ...base, row: 9, meterId: w.id('M009'), zoneCode: w.otherCensusZone },
          { ...base, row: 10, meterId: w.id('M009'), zoneCode: w.smallZones[0].slice(0, 9) },
          { ...base, row: 11, meterId: w.id('M001'), month: '2026-01' },
        ],
      };
    }

    it('rejects bad meter rows with row and field, and accepts the good ones', async () => {
      const w = await world();
      const { rows, future } = mixedMeters(w);
      const result = await importMeters(w.officer, w.key('meters-1'), rows);
      expect(withoutCodes(result)).toEqual({
        idempotencyKey: w.key('meters-1'),
        accepted: 3,
        alreadyPresent: 0,
        replayed: false,
        rejected: [
          { row: 5, field: 'meterId', code: 'REQUIRED', message: '电表号为必填项。' },
          {
            row: 6,
            field: 'address',
            code: 'INVALID',
            message: '地址“－ ·”只有空格和标点。',
          },
          { row: 7, field: 'month', code: 'INVALID', message: '月份“2026-13”须写作 YYYY-MM。' },
          {
            row: 8,
            field: 'month',
            code: 'OUT_OF_RANGE',
            message: `月份 ${future} 不在 2000-01 至 ${beijingMonth(new Date())} 之间。`,
          },
          {
            row: 9,
            field: 'zoneCode',
            code: 'OUT_OF_SCOPE',
            message: `区划 ${w.otherCensusZone} 不在您负责的区划内，或不存在。`,
          },
          expect.objectContaining({ row: 10, field: 'zoneCode', code: 'INVALID' }),
          {
            row: 11,
            field: 'meterId',
            code: 'DUPLICATE',
            message: `电表 ${w.id('M001')} 在 2026-01 的读数已出现在这一批的第 2 行。`,
          },
        ],
      });
    });

    it('stores meter readings with normalized addresses, the month defaulting to the last one', async () => {
      const w = await world();
      await importMeters(w.officer, w.key('meters-1'), mixedMeters(w).rows);
      expect(await meters(w)).toEqual([
        expect.objectContaining({
          meter_id: w.id('M001'),
          month: '2025-12',
          usage: 'INTERMITTENT',
          normalized_address: '幸福路1号3幢',
        }),
        expect.objectContaining({
          meter_id: w.id('M001'),
          month: '2026-01',
          usage: 'NONE',
          address: '幸福路１号３号楼',
          normalized_address: '幸福路1号3幢',
        }),
        expect.objectContaining({
          meter_id: w.id('M002'),
          month: beijingMonth(new Date(), -1),
          zone_code: w.censusZone,
          import_key: w.key('meters-1'),
        }),
      ]);
      const [batch] = await api.sql(`SELECT kind, source FROM import_batch WHERE idempotency_key = $1`, [
        w.key('meters-1'),
      ]);
      expect(batch).toEqual({ kind: 'ELECTRICITY', source: 'source.xlsx' });
    });

    it('replays a meter key with the stored result and changes nothing', async () => {
      const w = await world();
      await importMeters(w.officer, w.key('meters-1'), mixedMeters(w).rows);
      const before = await meters(w);
      const replay = await importMeters(w.officer, w.key('meters-1'), [
        { ...w.goodMeters[0], usage: 'NORMAL' },
      ]);
      expect(replay).toMatchObject({ accepted: 3, alreadyPresent: 0, replayed: true });
      expect(replay.rejected).toHaveLength(7);
      expect(await meters(w)).toEqual(before);
    });

    it('counts unchanged meters as already present', async () => {
      const w = await world();
      await importMeters(w.officer, w.key('meters-1'), w.goodMeters);
      const before = await meters(w);
      expect(await importMeters(w.officer, w.key('meters-2'), w.goodMeters)).toEqual({
        idempotencyKey: w.key('meters-2'),
        accepted: 0,
        alreadyPresent: 3,
        replayed: false,
        rejected: [],
      });
      expect(await meters(w)).toEqual(before);
    });

    it('updates changed meters only', async () => {
      const w = await world();
      await importMeters(w.officer, w.key('meters-1'), w.goodMeters);
      const before = await meters(w);
      const changed = await importMeters(w.officer, w.key('meters-3'), [
        { ...w.goodMeters[0], usage: 'NORMAL' },
        w.goodMeters[1],
      ]);
      expect(changed).toMatchObject({ accepted: 1, alreadyPresent: 1, rejected: [] });
      const after = await meters(w);
      expect(after[1]).toMatchObject({
        meter_id: w.id('M001'),
        month: '2026-01',
        usage: 'NORMAL',
        import_key: w.key('meters-3'),
      });
      expect(after[0]).toEqual(before[0]);
    });
  });

  describe('grid', () => {
    function mixedGrid(w: World): GridRecordInput[] {
      const base = {
        gridId: w.id('G09'),
        address: '幸福路9号',
        zoneCode: w.smallZones[0],
        persons: ['张三'],
      };
      return [
        ...w.goodGrid,
        { ...base, row: 5, persons: [] },
        { ...base, row: 6, persons: ['张三', ' '] },
        { ...base, row: 7, phone: '12345' },
        { ...base, row: 8, gridId: '', zoneCode: w.otherCensusZone },
        { ...base, row: 9, gridId: w.id('G01'), address: '幸福路１号３栋３０１' },
      ];
    }

    it('rejects bad grid rows with row and field, and accepts the good ones', async () => {
      const w = await world();
      const result = await importGrid(w.officer, w.key('grid-1'), mixedGrid(w));
      expect(withoutCodes(result)).toEqual({
        idempotencyKey: w.key('grid-1'),
        accepted: 3,
        alreadyPresent: 0,
        replayed: false,
        rejected: [
          { row: 5, field: 'persons', code: 'REQUIRED', message: '至少要列出一人。' },
          { row: 6, field: 'persons', code: 'REQUIRED', message: '第 2 人：D1 姓名为必填项。' },
          expect.objectContaining({ row: 7, field: 'phone', code: 'INVALID' }),
          { row: 8, field: 'gridId', code: 'REQUIRED', message: '网格编号为必填项。' },
          {
            row: 8,
            field: 'zoneCode',
            code: 'OUT_OF_SCOPE',
            message: `区划 ${w.otherCensusZone} 不在您负责的区划内，或不存在。`,
          },
          {
            row: 9,
            field: 'address',
            code: 'DUPLICATE',
            message: `网格 ${w.id('G01')} 的地址“幸福路１号３栋３０１”已出现在这一批的第 2 行。`,
          },
        ],
      });
    });

    it('stores grid households by normalized address, with their phones sealed, hashed and masked', async () => {
      const w = await world();
      await importGrid(w.officer, w.key('grid-1'), mixedGrid(w));
      const rows = await grid(w);
      expect(rows.map((r) => [r.grid_id, r.normalized_address, r.persons])).toEqual([
        [w.id('G01'), '幸福路1号3幢301', ['王大明', '李小红']],
        [w.id('G01'), '幸福路1号3幢302', ['赵敏']],
        [w.id('G02'), '和平街8号', ['钱四']],
      ]);
      for (const [row, phone] of [
        [rows[0], '13812345678'],
        [rows[2], '010-12345678'],
      ] as const) {
        expect(api.crypto.open(row.phone_sealed as Buffer)).toBe(phone);
        expect((row.phone_hash as Buffer).equals(api.crypto.digest(phone.replace(/\D/g, '')))).toBe(true);
        expect(row.phone_masked).toBe(maskPhone(phone));
        expect(row.text).not.toContain(phone);
        expect(row.text).not.toContain(phone.replace(/\D/g, ''));
      }
      expect(rows[1]).toMatchObject({ phone_sealed: null, phone_hash: null, phone_masked: null });
      expect(rows[0].phone_masked).toBe('138****5678');
    });

    it('replays a grid key with the stored result and changes nothing', async () => {
      const w = await world();
      await importGrid(w.officer, w.key('grid-1'), w.goodGrid);
      const before = await grid(w);
      const replay = await importGrid(w.officer, w.key('grid-1'), [{ ...w.goodGrid[1], persons: ['别人'] }]);
      expect(replay).toMatchObject({ accepted: 3, replayed: true });
      expect(await grid(w)).toEqual(before);
    });

    it('counts unchanged grid households as already present', async () => {
      const w = await world();
      await importGrid(w.officer, w.key('grid-1'), w.goodGrid);
      const before = await grid(w);
      expect(await importGrid(w.officer, w.key('grid-2'), w.goodGrid)).toMatchObject({
        accepted: 0,
        alreadyPresent: 3,
        rejected: [],
      });
      expect(await grid(w)).toEqual(before);
    });

    it('takes another spelling of the same address as the same household, updating its persons and phone', async () => {
      const w = await world();
      await importGrid(w.officer, w.key('grid-1'), w.goodGrid);
      const before = await grid(w);
      const changed = await importGrid(w.officer, w.key('grid-3'), [
        { ...w.goodGrid[0], address: '幸福路1号3号楼301', persons: ['王大明'], phone: '13900001111' },
        w.goodGrid[2],
      ]);
      expect(changed).toMatchObject({ accepted: 1, alreadyPresent: 1, rejected: [] });
      const after = await grid(w);
      expect(after).toHaveLength(3);
      expect(after[0]).toMatchObject({
        address: '幸福路1号3号楼301',
        persons: ['王大明'],
        import_key: w.key('grid-3'),
      });
      expect(api.crypto.open(after[0].phone_sealed as Buffer)).toBe('13900001111');
      expect(after[2]).toEqual(before[2]);
    });

    it('applies 2000 rows in a fixed number of statements', async () => {
      const w = await world();
      const rows = Array.from({ length: 2000 }, (_, i) => ({
        row: i + 1,
        gridId: w.id('G50'),
        address: `幸福路${i + 1}号`,
        zoneCode: w.smallZones[1],
        persons: ['孙五'],
        phone: '13700000000',
      }));
      api.counter.reset();
      expect(await importGrid(w.officer, w.key('grid-small'), rows.slice(0, 1))).toMatchObject({
        accepted: 1,
      });
      const small = api.counter.total;
      api.counter.reset();
      const result = await importGrid(w.officer, w.key('grid-big'), rows);
      expect(api.counter.total).toBe(small);
      expect(result).toMatchObject({ accepted: 1999, alreadyPresent: 1, rejected: [] });
      const [count] = await api.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM grid_household WHERE grid_id = $1`,
        [w.id('G50')],
      );
      expect(count.n).toBe(2000);
    });
  });

  describe('who may import', () => {
    it('keeps an office to its own zones, for grid and meters alike', async () => {
      const w = await world();
      await importGrid(w.officer, w.key('grid-1'), w.goodGrid);
      await importMeters(w.officer, w.key('meters-1'), w.goodMeters);
      const beforeGrid = await grid(w);
      const beforeMeters = await meters(w);
      const outside = await importGrid(w.otherOfficer, w.key('grid-4'), [
        { ...w.goodGrid[0], persons: ['越权'] },
      ]);
      expect(outside).toMatchObject({
        accepted: 0,
        rejected: [{ row: 2, field: 'zoneCode', code: 'OUT_OF_SCOPE' }],
      });
      const outsideMeters = await importMeters(w.otherOfficer, w.key('meters-4'), [
        { ...w.goodMeters[1], usage: 'NONE' },
      ]);
      expect(outsideMeters).toMatchObject({ accepted: 0, rejected: [{ row: 3, field: 'zoneCode' }] });
      expect(await grid(w)).toEqual(beforeGrid);
      expect(await meters(w)).toEqual(beforeMeters);
    });

    it('forbids enumerators to import either', async () => {
      const w = await world();
      const enumerator = await make.newAccount({ zones: [w.smallZones[0]] });
      const input = { idempotencyKey: 'x', rows: [] };
      expect(await errorCodeOf(enumerator.client.request(ImportElectricityDocument, { input }))).toBe(
        'FORBIDDEN',
      );
      expect(await errorCodeOf(enumerator.client.request(ImportGridDocument, { input }))).toBe('FORBIDDEN');
    });

    it('refuses batches over 2000 rows', async () => {
      const w = await world();
      const admin = make.client(api.admin.token);
      const tooMany = admin.request(ImportElectricityDocument, {
        input: {
          idempotencyKey: w.key('too-many'),
          rows: Array.from({ length: 2001 }, (_, i) => ({ ...w.goodMeters[1], row: i, meterId: `X${i}` })),
        },
      });
      expect(await errorCodeOf(tooMany)).toBe('BAD_USER_INPUT');
    });
  });
});
