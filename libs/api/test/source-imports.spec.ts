import 'reflect-metadata';
import { maskPhone } from '@census/rules';
import { Role } from '../src/auth/role';
import { chineseNumeralToDigits, normalizeAddress } from '../src/sources/address';
import { beijingMonth } from '../src/sources/source-import.validation';
import { seedCounty, startTestApi, type TestAccount, type TestApi } from './harness';

interface ImportResult {
  idempotencyKey: string;
  accepted: number;
  alreadyPresent: number;
  replayed: boolean;
  rejected: { row: number; field: string; code: string; message: string }[];
}

interface MeterRow {
  row: number;
  meterId: string;
  address: string;
  usage: 'NONE' | 'INTERMITTENT' | 'NORMAL';
  zoneCode: string;
  month?: string | null;
}

interface GridRow {
  row: number;
  gridId: string;
  address: string;
  zoneCode: string;
  persons: string[];
  phone?: string | null;
}

const RESULT = 'idempotencyKey accepted alreadyPresent replayed rejected { row field code message }';
const IMPORT_ELECTRICITY = `mutation ($input: ImportElectricityInput!) { importElectricity(input: $input) { ${RESULT} } }`;
const IMPORT_GRID = `mutation ($input: ImportGridInput!) { importGrid(input: $input) { ${RESULT} } }`;

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
  let officer: TestAccount;
  let otherOfficer: TestAccount;
  let smallZones: string[];
  let censusZone: string;
  let otherCensusZone: string;

  async function run(
    mutation: string,
    field: 'importElectricity' | 'importGrid',
    key: string,
    rows: unknown[],
    token = officer.token,
  ): Promise<ImportResult> {
    const response = await api.request<Record<string, ImportResult>>(
      mutation,
      { input: { idempotencyKey: key, source: 'source.xlsx', rows } },
      token,
    );
    expect(response.errors).toBeUndefined();
    return response.data![field];
  }
  const importMeters = (key: string, rows: MeterRow[], token?: string) =>
    run(IMPORT_ELECTRICITY, 'importElectricity', key, rows, token);
  const importGrid = (key: string, rows: GridRow[], token?: string) =>
    run(IMPORT_GRID, 'importGrid', key, rows, token);

  const meters = () =>
    api.sql<Record<string, unknown>>(
      `SELECT meter_id, month, address, normalized_address, usage::text, zone_code, import_key, updated_at
         FROM meter_reading ORDER BY meter_id, month`,
    );
  const grid = () =>
    api.sql<Record<string, unknown>>(
      `SELECT grid_id, address, normalized_address, persons, phone_sealed, phone_hash, phone_masked, zone_code,
              import_key, updated_at, g::text AS text
         FROM grid_household g ORDER BY grid_id, normalized_address`,
    );

  let goodMeters: MeterRow[];
  let goodGrid: GridRow[];

  beforeAll(async () => {
    api = await startTestApi('source-imports');
    await seedCounty(api, 2);
    smallZones = (
      await api.sql<{ code: string }>(`SELECT code FROM zone WHERE level = 'SMALL_ZONE' ORDER BY code`)
    ).map((r) => r.code);
    censusZone = smallZones[0].slice(0, 12);
    const township = smallZones[0].slice(0, 9);
    [{ code: otherCensusZone }] = await api.sql<{ code: string }>(
      `SELECT code FROM zone WHERE level = 'CENSUS_ZONE' AND NOT starts_with(code, $1) ORDER BY code LIMIT 1`,
      [township],
    );
    officer = await api.account(Role.TOWNSHIP_OFFICER, [township]);
    otherOfficer = await api.account(Role.TOWNSHIP_OFFICER, [otherCensusZone.slice(0, 9)]);
    goodMeters = [
      {
        row: 2,
        meterId: 'M001',
        address: '幸福路１号３号楼',
        usage: 'NONE',
        zoneCode: smallZones[0],
        month: '2026-01',
      },
      { row: 3, meterId: 'M002', address: '幸福路2号', usage: 'NORMAL', zoneCode: censusZone },
      {
        row: 4,
        meterId: 'M001',
        address: '幸福路1号3幢',
        usage: 'INTERMITTENT',
        zoneCode: smallZones[0],
        month: '2025-12',
      },
    ];
    goodGrid = [
      {
        row: 2,
        gridId: 'G01',
        address: '幸福路一号 三号楼 301室',
        zoneCode: smallZones[0],
        persons: [' 王大明 ', '李小红'],
        phone: '13812345678',
      },
      { row: 3, gridId: 'G01', address: '幸福路1号3幢302', zoneCode: smallZones[0], persons: ['赵敏'] },
      {
        row: 4,
        gridId: 'G02',
        address: '和平街8号',
        zoneCode: smallZones[1],
        persons: ['钱四'],
        phone: '010-12345678',
      },
    ];
  });

  afterAll(() => api.close());

  it('imports meters, rejecting bad rows with row and field', async () => {
    const future = beijingMonth(new Date(), 1);
    const base = { address: '幸福路9号', usage: 'NORMAL' as const, zoneCode: smallZones[0] };
    const result = await importMeters('meters-1', [
      ...goodMeters,
      { ...base, row: 5, meterId: ' ' },
      { ...base, row: 6, meterId: 'M009', address: '－ ·' },
      { ...base, row: 7, meterId: 'M009', month: '2026-13' },
      { ...base, row: 8, meterId: 'M009', month: future },
      { ...base, row: 9, meterId: 'M009', zoneCode: otherCensusZone },
      { ...base, row: 10, meterId: 'M009', zoneCode: smallZones[0].slice(0, 9) },
      { ...base, row: 11, meterId: 'M001', month: '2026-01' },
    ]);
    expect(result).toEqual({
      idempotencyKey: 'meters-1',
      accepted: 3,
      alreadyPresent: 0,
      replayed: false,
      rejected: [
        { row: 5, field: 'meterId', code: 'REQUIRED', message: 'Meter ID is required.' },
        {
          row: 6,
          field: 'address',
          code: 'INVALID',
          message: "Address '－ ·' has nothing but spaces and punctuation.",
        },
        { row: 7, field: 'month', code: 'INVALID', message: "Month '2026-13' is not written YYYY-MM." },
        {
          row: 8,
          field: 'month',
          code: 'OUT_OF_RANGE',
          message: `Month ${future} is outside 2000-01 to ${beijingMonth(new Date())}.`,
        },
        {
          row: 9,
          field: 'zoneCode',
          code: 'OUT_OF_SCOPE',
          message: `Zone '${otherCensusZone}' is not one of your zones or does not exist.`,
        },
        expect.objectContaining({ row: 10, field: 'zoneCode', code: 'INVALID' }),
        {
          row: 11,
          field: 'meterId',
          code: 'DUPLICATE',
          message: 'Meter M001 for 2026-01 already appears in row 2 of this batch.',
        },
      ],
    });
    expect(await meters()).toEqual([
      expect.objectContaining({
        meter_id: 'M001',
        month: '2025-12',
        usage: 'INTERMITTENT',
        normalized_address: '幸福路1号3幢',
      }),
      expect.objectContaining({
        meter_id: 'M001',
        month: '2026-01',
        usage: 'NONE',
        address: '幸福路１号３号楼',
        normalized_address: '幸福路1号3幢',
      }),
      expect.objectContaining({
        meter_id: 'M002',
        month: beijingMonth(new Date(), -1),
        zone_code: censusZone,
        import_key: 'meters-1',
      }),
    ]);
    const [batch] = await api.sql(`SELECT kind, source FROM import_batch WHERE idempotency_key = 'meters-1'`);
    expect(batch).toEqual({ kind: 'ELECTRICITY', source: 'source.xlsx' });
  });

  it('replays meter keys, counts unchanged meters as present and updates changed ones', async () => {
    const before = await meters();
    const replay = await importMeters('meters-1', [{ ...goodMeters[0], usage: 'NORMAL' }]);
    expect(replay).toMatchObject({ accepted: 3, alreadyPresent: 0, replayed: true });
    expect(replay.rejected).toHaveLength(7);
    expect(await meters()).toEqual(before);

    // The key space is shared with the registry: a registry key replays here too, and vice versa.
    const same = await importMeters('meters-2', goodMeters);
    expect(same).toEqual({
      idempotencyKey: 'meters-2',
      accepted: 0,
      alreadyPresent: 3,
      replayed: false,
      rejected: [],
    });
    expect(await meters()).toEqual(before);

    const changed = await importMeters('meters-3', [{ ...goodMeters[0], usage: 'NORMAL' }, goodMeters[1]]);
    expect(changed).toMatchObject({ accepted: 1, alreadyPresent: 1, rejected: [] });
    const after = await meters();
    expect(after[1]).toMatchObject({
      meter_id: 'M001',
      month: '2026-01',
      usage: 'NORMAL',
      import_key: 'meters-3',
    });
    expect(after[0]).toEqual(before[0]);
  });

  it('imports grid households with sealed phones, rejecting bad rows', async () => {
    const base = { gridId: 'G09', address: '幸福路9号', zoneCode: smallZones[0], persons: ['张三'] };
    const result = await importGrid('grid-1', [
      ...goodGrid,
      { ...base, row: 5, persons: [] },
      { ...base, row: 6, persons: ['张三', ' '] },
      { ...base, row: 7, phone: '12345' },
      { ...base, row: 8, gridId: '', zoneCode: otherCensusZone },
      { ...base, row: 9, gridId: 'G01', address: '幸福路１号３栋３０１' },
    ]);
    expect(result).toEqual({
      idempotencyKey: 'grid-1',
      accepted: 3,
      alreadyPresent: 0,
      replayed: false,
      rejected: [
        { row: 5, field: 'persons', code: 'REQUIRED', message: 'At least one person is required.' },
        { row: 6, field: 'persons', code: 'REQUIRED', message: 'Person 2: Name is required.' },
        expect.objectContaining({ row: 7, field: 'phone', code: 'INVALID' }),
        { row: 8, field: 'gridId', code: 'REQUIRED', message: 'Grid ID is required.' },
        {
          row: 8,
          field: 'zoneCode',
          code: 'OUT_OF_SCOPE',
          message: `Zone '${otherCensusZone}' is not one of your zones or does not exist.`,
        },
        {
          row: 9,
          field: 'address',
          code: 'DUPLICATE',
          message: "Address '幸福路１号３栋３０１' of grid G01 already appears in row 2 of this batch.",
        },
      ],
    });
    const rows = await grid();
    expect(rows.map((r) => [r.grid_id, r.normalized_address, r.persons])).toEqual([
      ['G01', '幸福路1号3幢301', ['王大明', '李小红']],
      ['G01', '幸福路1号3幢302', ['赵敏']],
      ['G02', '和平街8号', ['钱四']],
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

  it('replays grid keys, counts unchanged households as present and updates changed ones', async () => {
    const before = await grid();
    const replay = await importGrid('grid-1', [{ ...goodGrid[1], persons: ['别人'] }]);
    expect(replay).toMatchObject({ accepted: 3, replayed: true });
    expect(await grid()).toEqual(before);

    expect(await importGrid('grid-2', goodGrid)).toMatchObject({
      accepted: 0,
      alreadyPresent: 3,
      rejected: [],
    });
    expect(await grid()).toEqual(before);

    // Another spelling of the same address is the same household: its persons and phone are updated.
    const changed = await importGrid('grid-3', [
      { ...goodGrid[0], address: '幸福路1号3号楼301', persons: ['王大明'], phone: '13900001111' },
      goodGrid[2],
    ]);
    expect(changed).toMatchObject({ accepted: 1, alreadyPresent: 1, rejected: [] });
    const after = await grid();
    expect(after).toHaveLength(3);
    expect(after[0]).toMatchObject({
      address: '幸福路1号3号楼301',
      persons: ['王大明'],
      import_key: 'grid-3',
    });
    expect(api.crypto.open(after[0].phone_sealed as Buffer)).toBe('13900001111');
    expect(after[2]).toEqual(before[2]);
  });

  it('keeps officers to their zones, roles to the allowed ones and batches to 2000 rows', async () => {
    const beforeGrid = await grid();
    const beforeMeters = await meters();
    const outside = await importGrid('grid-4', [{ ...goodGrid[0], persons: ['越权'] }], otherOfficer.token);
    expect(outside).toMatchObject({
      accepted: 0,
      rejected: [{ row: 2, field: 'zoneCode', code: 'OUT_OF_SCOPE' }],
    });
    const outsideMeters = await importMeters(
      'meters-4',
      [{ ...goodMeters[1], usage: 'NONE' }],
      otherOfficer.token,
    );
    expect(outsideMeters).toMatchObject({ accepted: 0, rejected: [{ row: 3, field: 'zoneCode' }] });
    expect(await grid()).toEqual(beforeGrid);
    expect(await meters()).toEqual(beforeMeters);

    const enumerator = await api.account(Role.ENUMERATOR, [smallZones[0]]);
    for (const mutation of [IMPORT_ELECTRICITY, IMPORT_GRID]) {
      const denied = await api.request(
        mutation,
        { input: { idempotencyKey: 'x', rows: [] } },
        enumerator.token,
      );
      expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const tooMany = await api.request(IMPORT_ELECTRICITY, {
      input: {
        idempotencyKey: 'too-many',
        rows: Array.from({ length: 2001 }, (_, i) => ({ ...goodMeters[1], row: i, meterId: `X${i}` })),
      },
    });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('applies 2000 rows in a fixed number of statements', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => ({
      row: i + 1,
      gridId: 'G50',
      address: `幸福路${i + 1}号`,
      zoneCode: smallZones[1],
      persons: ['孙五'],
      phone: '13700000000',
    }));
    api.counter.reset();
    expect(await importGrid('grid-small', rows.slice(0, 1))).toMatchObject({ accepted: 1 });
    const small = api.counter.total;
    api.counter.reset();
    const result = await importGrid('grid-big', rows);
    expect(api.counter.total).toBe(small);
    expect(result).toMatchObject({ accepted: 1999, alreadyPresent: 1, rejected: [] });
    const [count] = await api.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM grid_household WHERE grid_id = 'G50'`,
    );
    expect(count.n).toBe(2000);
  });
});
