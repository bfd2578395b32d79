import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { encode } from 'iconv-lite';

import { renderWithApp, testSession } from '../test-utils';
import { ImportsPage } from './ImportsPage';

const officer = {
  ...testSession,
  account: { ...testSession.account, username: 'officer', role: 'TOWNSHIP_OFFICER' as const },
};

const REGISTRY =
  '公民身份号码,姓名,性别,出生日期,户籍地址,户号,区划代码\n' +
  '330106199503186259,阿卜杜拉·买买提,男,1995-03-18,上保社区1号001室,330106002001001,330106002051\n' +
  '330106199508148622,𠮷野家,女,1995-08-14,上保社区1号001室,330106002001001,330106002051\n' +
  '330106199503181004,王五,X,1995-03-18,上保社区2号,330106002001002,330106002051\n';

/** jsdom's Blob has no text(); FileReader decodes it (dropping a byte-order mark, as UTF-8 decoding does). */
function readBlob(blob: Blob): Promise<{ text: string; bytes: Uint8Array }> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const bytes = new Uint8Array(reader.result as ArrayBuffer);
      resolve({ bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) });
    };
    reader.onerror = () => reject(new Error('unreadable'));
    reader.readAsArrayBuffer(blob);
  });
}

function choose(name: string, bytes: Uint8Array) {
  const input = screen.getByLabelText('文件');
  fireEvent.change(input, { target: { files: [new File([bytes as Uint8Array<ArrayBuffer>], name)] } });
}

describe('导入 page', () => {
  let saved: { name: string; blob: Blob } | undefined;
  beforeEach(() => {
    saved = undefined;
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob) => {
      blob = b;
      return 'blob:rejects';
    };
    URL.revokeObjectURL = () => undefined;
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (blob) saved = { name: this.download, blob };
    });
  });
  afterEach(() => {
    cleanup();
    jest.restoreAllMocks();
  });

  it('reads a GB18030 registry file, previews it, imports it and downloads the rejects in Chinese', async () => {
    const stored = new Map<string, unknown>();
    const { calls } = renderWithApp(<ImportsPage />, {
      session: officer,
      handler: (operation, variables) => {
        if (operation !== 'ImportRegistry') return {};
        const { idempotencyKey, rows } = (
          variables as { input: { idempotencyKey: string; rows: { row: number }[] } }
        ).input;
        const result = stored.get(idempotencyKey) ?? {
          idempotencyKey,
          accepted: rows.length - 1,
          alreadyPresent: 0,
          replayed: false,
          rejected: [
            {
              row: 3,
              field: 'citizenId',
              code: 'INVALID',
              message: 'duplicate (server text)',
              messageCode: 'import.duplicateCitizenId',
              params: { masked: '330106********8622', earlier: 'file', first: 2 },
            },
          ],
        };
        stored.set(idempotencyKey, { ...result, replayed: true });
        return { importRegistry: result };
      },
    });
    choose('户籍推送.csv', new Uint8Array(encode(REGISTRY, 'gb18030')));
    expect(await screen.findByText('编码：GBK/GB18030')).toBeTruthy();
    expect(screen.getByText('共 3 行数据')).toBeTruthy();
    expect(screen.getByRole('cell', { name: '阿卜杜拉·买买提' })).toBeTruthy();
    // 𠮷 is four bytes in GB18030 (95 34 B2 35), outside GBK.
    expect(screen.getByRole('cell', { name: '𠮷野家' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '公民身份号码' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '开始导入' }));
    await screen.findByRole('heading', { name: '导入结果' });
    const sent = calls.filter((c) => c.operation === 'ImportRegistry');
    expect(sent).toHaveLength(1);
    const input = (
      sent[0].variables as {
        input: { idempotencyKey: string; source: string; rows: { row: number; name: string }[] };
      }
    ).input;
    expect(input.idempotencyKey).toMatch(/^registry:[0-9a-f]{64}$/);
    expect(input.source).toMatch(/^户籍推送\.csv#[0-9a-f]{16}$/);
    // The row with sex X never reaches the server.
    expect(input.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(input.rows[0].name).toBe('阿卜杜拉·买买提');
    const summary = screen.getByRole('heading', { name: '导入结果' }).parentElement!;
    expect(summary.textContent).toContain('读取3');
    expect(summary.textContent).toContain('新增或更新1');
    expect(summary.textContent).toContain('被拒2');

    fireEvent.click(screen.getByRole('button', { name: '下载被拒行（CSV）' }));
    await waitFor(() => expect(saved).toBeDefined());
    expect(saved!.name).toBe('户籍推送.rejects.csv');
    const { text, bytes } = await readBlob(saved!.blob);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toBe(
      '\uFEFF行号,字段,问题\r\n' +
        '3,公民身份号码,公民身份号码 330106********8622 已出现在这个文件的第 2 行。\r\n' +
        '4,性别,性别“X”不是 男/女、1/2 或 M/F。\r\n',
    );

    // The same file again: the same keys, answered from the server's record; nothing applied twice.
    fireEvent.click(screen.getByRole('button', { name: '开始导入' }));
    expect(await screen.findByText(/这个文件此前已导入过：1 批/)).toBeTruthy();
    const keys = calls
      .filter((c) => c.operation === 'ImportRegistry')
      .map((c) => (c.variables as { input: { idempotencyKey: string } }).input.idempotencyKey);
    expect(keys).toEqual([keys[0], keys[0]]);
  });

  it('refuses a file mixing UTF-8 and GBK, naming row and byte, and sends nothing', async () => {
    const { calls } = renderWithApp(<ImportsPage />, { session: officer });
    const header = '公民身份号码,姓名,性别,出生日期,户籍地址,户号,区划代码\n';
    const utf8 = REGISTRY.split('\n').slice(1, 3).join('\n') + '\n';
    const mixed = new Uint8Array(
      Buffer.concat([
        Buffer.from(header + utf8),
        encode('330106199503181004,王五,男,1995-03-18,地址,1,330106002051\n', 'gbk'),
      ]),
    );
    choose('mixed.csv', mixed);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('文件未导入（MIXED_ENCODING）');
    expect(alert.textContent).toContain(
      `第 4 行（文件第 4 行、字节偏移 ${Buffer.byteLength(header + utf8)} 起）“姓名”一栏不是 UTF-8 编码`,
    );
    expect(screen.queryByRole('button', { name: '开始导入' })).toBeNull();
    expect(calls.filter((c) => c.operation.startsWith('Import'))).toEqual([]);
  });

  it('names the columns a file lacks for the kind chosen', async () => {
    renderWithApp(<ImportsPage />, { session: officer });
    fireEvent.change(screen.getByLabelText('资料类型'), { target: { value: 'grid' } });
    choose('grid.csv', new TextEncoder().encode('网格编号,地址\nG1,文三路1号\n'));
    expect((await screen.findByRole('alert')).textContent).toBe('文件缺少以下列：区划代码、人员。');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '开始导入' }).disabled).toBe(true);
  });

  it('imports zone outlines from GeoJSON: preview, batches, summary and rejects by feature position', async () => {
    const square = (west: number) => ({
      type: 'Polygon',
      coordinates: [
        [
          [west, 30.2],
          [west + 0.01, 30.2],
          [west + 0.01, 30.21],
          [west, 30.21],
          [west, 30.2],
        ],
      ],
    });
    const features = [
      { type: 'Feature', properties: { code: '330106002' }, geometry: square(120.1) },
      { type: 'Feature', properties: { zoneCode: '330106002051' }, geometry: square(120.2) },
      { type: 'Feature', properties: { name: '无代码' }, geometry: square(120.3) },
      { type: 'Feature', properties: { code: '330102001' }, geometry: square(120.4) },
    ];
    const { calls } = renderWithApp(<ImportsPage />, {
      session: officer,
      handler: (operation, variables) => {
        if (operation !== 'ImportZoneBoundaries') return {};
        const { idempotencyKey, features: sent } = (
          variables as { input: { idempotencyKey: string; features: unknown[] } }
        ).input;
        return {
          importZoneBoundaries: {
            idempotencyKey,
            accepted: sent.length - 1,
            alreadyPresent: 0,
            replayed: false,
            // The server numbers by position in the batch: the third feature sent is the file's fourth.
            rejected: [
              {
                row: 3,
                field: 'properties.code',
                code: 'OUT_OF_SCOPE',
                message: 'server text',
                messageCode: 'zone.notYours',
                params: { zone: '330102001' },
              },
            ],
          },
        };
      },
    });
    fireEvent.change(screen.getByLabelText('资料类型'), { target: { value: 'boundaries' } });
    expect(screen.getByLabelText<HTMLInputElement>('文件').accept).toContain('.geojson');
    choose(
      '西湖区.geojson',
      new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features })),
    );
    expect(await screen.findByText('共 4 个要素')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '预览（前 4 个要素）' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: '330106002051' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: '（无区划代码）' })).toBeTruthy();
    expect(screen.getAllByRole('cell', { name: '5' })).toHaveLength(4);

    fireEvent.click(screen.getByRole('button', { name: '开始导入' }));
    await screen.findByRole('heading', { name: '导入结果' });
    const sent = calls.filter((c) => c.operation === 'ImportZoneBoundaries');
    expect(sent).toHaveLength(1);
    const input = (
      sent[0].variables as { input: { idempotencyKey: string; source: string; features: unknown[] } }
    ).input;
    expect(input.idempotencyKey).toMatch(/^boundaries:[0-9a-f]{64}$/);
    expect(input.source).toMatch(/^西湖区\.geojson#[0-9a-f]{16}$/);
    // The feature without a zone code never reaches the server.
    expect(input.features).toEqual([features[0], features[1], features[3]]);
    const summary = screen.getByRole('heading', { name: '导入结果' }).parentElement!;
    expect(summary.textContent).toContain('读取4');
    expect(summary.textContent).toContain('新增或更新2');
    expect(summary.textContent).toContain('被拒2');

    fireEvent.click(screen.getByRole('button', { name: '下载被拒行（CSV）' }));
    await waitFor(() => expect(saved).toBeDefined());
    expect(saved!.name).toBe('西湖区.rejects.csv');
    const { text } = await readBlob(saved!.blob);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('\uFEFF行号,字段,问题');
    expect(lines[1]).toBe(
      '3,区划代码,要素的属性（properties）中没有区划代码：请在 code 或 zoneCode 中填写。',
    );
    expect(lines[2]).toMatch(/^4,区划代码,.*330102001/);
  });

  it('refuses a GeoJSON file that is not a FeatureCollection and sends nothing', async () => {
    const { calls } = renderWithApp(<ImportsPage />, { session: officer });
    fireEvent.change(screen.getByLabelText('资料类型'), { target: { value: 'boundaries' } });
    choose('bad.json', new TextEncoder().encode('{"type": "Feature"}'));
    expect((await screen.findByRole('alert')).textContent).toContain('文件未导入（NOT_FEATURE_COLLECTION）');
    expect(screen.queryByRole('button', { name: '开始导入' })).toBeNull();
    expect(calls.filter((c) => c.operation.startsWith('Import'))).toEqual([]);
  });
});
