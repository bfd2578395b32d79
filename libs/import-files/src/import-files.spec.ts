import { encode } from 'iconv-lite';

import {
  batchKey,
  type BatchResult,
  converterOf,
  fieldLabel,
  MAX_RECORD_BYTES,
  messageIn,
  prepareRows,
  readCsvBytes,
  type ReadFile,
  type RefusedFile,
  rejectsCsv,
  type Request,
  sendFile,
  sha256Hex,
  sourceOf,
} from './index';

const HEADER = '公民身份号码,姓名,性别,出生日期,户籍地址,户号,区划代码\n';
const ROWS =
  '330106199503186259,阿卜杜拉·买买提,男,1995-03-18,上保社区1号001室,330106002001001,330106002051\n' +
  '330106199508148622,𠮷野家,女,1995-08-14,上保社区1号001室,330106002001001,330106002051\n';

const bytesOf = (buffer: Buffer) => new Uint8Array(buffer);

function read(bytes: Uint8Array, asked: 'auto' | 'utf8' | 'gb18030' = 'auto'): ReadFile {
  const result = readCsvBytes(bytes, asked);
  if ('refused' in result) throw new Error(result.refused.message);
  return result;
}

function refusal(bytes: Uint8Array, asked: 'auto' | 'utf8' | 'gb18030' = 'auto'): RefusedFile['refused'] {
  const result = readCsvBytes(bytes, asked);
  if (!('refused' in result)) throw new Error(`read as ${result.encoding}`);
  return result.refused;
}

describe('reading an import file held in memory (the browser)', () => {
  it('reads UTF-8 with a BOM: a minority name with a middle dot and a four-byte character', () => {
    const file = read(bytesOf(Buffer.from(`\uFEFF${HEADER}${ROWS}`)));
    expect(file.encoding).toBe('utf8');
    expect(file.header[0]).toBe('公民身份号码');
    expect(file.records.map((r) => [r.row, r.values['姓名']])).toEqual([
      [2, '阿卜杜拉·买买提'],
      [3, '𠮷野家'],
    ]);
  });

  it('reads GBK by itself (the middle dot is A1A4 in GBK)', () => {
    const gbkRows = ROWS.split('\n')[0] + '\n';
    const bytes = encode(HEADER + gbkRows, 'gbk');
    expect(bytes.includes(Buffer.from([0xa1, 0xa4]))).toBe(true);
    const file = read(bytesOf(bytes));
    expect(file.encoding).toBe('gb18030');
    expect(file.records[0].values['姓名']).toBe('阿卜杜拉·买买提');
    expect(file.records[0].values['户籍地址']).toBe('上保社区1号001室');
  });

  it('reads GB18030 four-byte characters (𠮷 is 95 34 B2 35)', () => {
    const bytes = encode(HEADER + ROWS, 'gb18030');
    expect(bytes.includes(Buffer.from([0x95, 0x34, 0xb2, 0x35]))).toBe(true);
    for (const asked of ['auto', 'gb18030'] as const) {
      const file = read(bytesOf(bytes), asked);
      expect(file.encoding).toBe('gb18030');
      expect(file.records[1].values['姓名']).toBe('𠮷野家');
    }
  });

  it('refuses a UTF-8 file with one GBK row, naming row, line, byte offset and column, coded', () => {
    const text = `${HEADER}${ROWS}"330106199503181004","多行\n地址"\n`;
    const gbk = encode('330106199508148622,金丹倩\n', 'gbk');
    const content = Buffer.concat([Buffer.from(text), gbk, Buffer.from(ROWS)]);
    const refused = refusal(bytesOf(content));
    expect(refused.code).toBe('MIXED_ENCODING');
    const offset = Buffer.byteLength(text);
    expect(refused.message).toContain(
      `第 5 行（文件第 6 行、字节偏移 ${offset} 起）“姓名”一栏不是 UTF-8 编码`,
    );
    expect(refused.message).toContain(`Row 5 (from line 6, byte offset ${offset}, column 姓名) is not UTF-8`);
    expect(refused.message.indexOf('第 5 行')).toBeLessThan(refused.message.indexOf('Row 5'));
    // The browser has no --encoding: the advice is to save the file again.
    expect(refused.message).not.toContain('--encoding');
  });

  it('refuses a UTF-8 file with a BOM and a GBK row (the BOM does not make it UTF-8)', () => {
    const content = Buffer.concat([
      Buffer.from(`\uFEFF${HEADER}${ROWS}${ROWS}`),
      encode('330106199508148622,金丹倩\n', 'gbk'),
    ]);
    const refused = refusal(bytesOf(content));
    expect(refused.code).toBe('MIXED_ENCODING');
    expect(refused.message).toContain(`第 6 行（文件第 6 行、字节偏移 ${content.length - 26} 起）“姓名”一栏`);
  });

  it('refuses a GBK file with a row of Chinese in UTF-8', () => {
    const content = Buffer.concat([
      encode('姓名,住址\n张三,西湖区文三路\n李四,文一路\n', 'gbk'),
      Buffer.from('王五,上保社区\n'),
    ]);
    const refused = refusal(bytesOf(content));
    expect(refused.code).toBe('MIXED_ENCODING');
    expect(refused.message).toContain('第 4 行');
    expect(refused.message).toContain('是 UTF-8 编码的中文');
  });

  it('refuses a file that is neither UTF-8 nor GB18030', () => {
    const neither = Buffer.concat([encode('姓名\n张三\n', 'gbk'), Buffer.from([0x81, 0x20, 0x0a])]);
    const refused = refusal(bytesOf(neither));
    expect(refused.code).toBe('INVALID_ENCODING');
    expect(refused.message).toContain('第 3 行（文件第 3 行、字节偏移 10 起）');
    expect(refused.message).toContain('is neither valid UTF-8 nor valid GB18030/GBK');
  });

  it('refuses a record over 64 KB, naming where it starts', () => {
    const big = `a,b\n1,2\n3,"${'x'.repeat(MAX_RECORD_BYTES + 10)}"\n5,6\n`;
    const refused = refusal(bytesOf(Buffer.from(big)));
    expect(refused.code).toBe('RECORD_TOO_LARGE');
    expect(refused.message).toContain('第 3 行（文件第 3 行、字节偏移 8 起）');
  });

  it('numbers rows as a spreadsheet does and flags short rows and a truncated last line', () => {
    const file = read(bytesOf(Buffer.from('a,b\r\n1,"x\ny"\r\n\r\n3\r\n4,"unterminated')));
    expect(file.records.map((r) => [r.row, r.values.a, r.problem ?? 'ok'])).toEqual([
      [2, '1', 'ok'],
      [4, '3', '该行有 1 个字段，表头有 2 个。 The row has 1 fields; the header has 2.'],
      [
        5,
        undefined,
        '文件在引号内结束（最后一行不完整？）。 The file ends inside a quoted field (a truncated last line?).',
      ],
    ]);
  });
});

describe('rows, batches and the rejects file', () => {
  it('maps Chinese headers and checks rows before sending', () => {
    const file = read(
      bytesOf(
        encode(`${HEADER}${ROWS}330106199503181004,王五,X,1995-03-18,地址,1,330106002051\n`, 'gb18030'),
      ),
    );
    const { mapping, convert } = converterOf('registry', file.header);
    expect(mapping.missing).toEqual([]);
    expect(mapping.columns.citizenId).toBe('公民身份号码');
    const { rows, rejections } = prepareRows(file.records, convert);
    expect(rows.map((r) => r.row)).toEqual([2, 3]);
    expect(rows[0]).toMatchObject({ name: '阿卜杜拉·买买提', sex: 'MALE', zoneCode: '330106002051' });
    expect(rejections).toEqual([
      { row: 4, field: 'sex', code: 'INVALID', message: expect.stringContaining('性别“X”') as string },
    ]);
    expect(fieldLabel('registry', 'sex', mapping)).toBe('性别');
    expect(fieldLabel('registry', 'zoneCode')).toBe('区划代码');
  });

  it('takes one language of a message written in both', () => {
    const message = "性别“X”不是 男/女、1/2 或 M/F。 Sex 'X' is not 男/女, 1/2 or M/F.";
    expect(messageIn('zh', message)).toBe('性别“X”不是 男/女、1/2 或 M/F。');
    expect(messageIn('en', message)).toBe("Sex 'X' is not 男/女, 1/2 or M/F.");
    expect(messageIn('en', '只有中文。')).toBe('只有中文。');
  });

  it('names the missing columns of a file', () => {
    expect(converterOf('grid', ['网格编号', '地址']).mapping.missing).toEqual(['zoneCode', 'persons']);
  });

  it('writes the rejects file in UTF-8 with BOM and Chinese headers, quoting as CSV does', () => {
    const csv = rejectsCsv(
      [
        { row: 7, field: 'name', code: 'INVALID', message: 'x' },
        { row: 3, field: '*', code: 'INVALID', message: '该行有 1 个字段，表头有 2 个。' },
      ],
      (field) => (field === 'name' ? '姓名' : field),
      (r) => (r.row === 7 ? '姓名中有"问号", 请核对' : r.message),
    );
    expect(csv).toBe(
      '\uFEFF行号,字段,问题\r\n3,,该行有 1 个字段，表头有 2 个。\r\n7,姓名,"姓名中有""问号"", 请核对"\r\n',
    );
  });

  it('keys batches by account, file hash, batch size and number: the same file sent again is replayed', async () => {
    const digest = await sha256Hex(new Uint8Array([1, 2, 3]));
    expect(digest).toBe('039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81');
    expect(sourceOf('C:\\导入\\户籍.csv', digest)).toBe('户籍.csv#039058c6f2c0cb49');
    const stored = new Map<string, BatchResult>();
    const keys: string[] = [];
    const request = ((
      _document: unknown,
      variables: { input: { idempotencyKey: string; rows: { row: number }[] } },
    ) => {
      const { idempotencyKey, rows } = variables.input;
      keys.push(idempotencyKey);
      const before = stored.get(idempotencyKey);
      const result: BatchResult = before
        ? { ...before, replayed: true }
        : {
            accepted: rows.length - 1,
            alreadyPresent: 0,
            replayed: false,
            rejected: [
              { row: rows[0].row, field: 'zoneCode', code: 'NOT_FOUND', message: '不在您负责的区划内' },
            ],
          };
      stored.set(idempotencyKey, result);
      return Promise.resolve({ importRegistry: result });
    }) as unknown as Request;
    const rows = Array.from({ length: 5 }, (_, i) => ({ row: i + 2 }));
    const send = () =>
      sendFile({
        kind: 'registry',
        request,
        account: 'QWNjb3VudDox',
        fileName: '户籍.csv',
        fileDigest: digest,
        rows,
        rejections: [{ row: 8, field: 'sex', code: 'INVALID', message: '性别' }],
        read: 6,
        batchSize: 2,
      });
    const first = await send();
    expect(first).toMatchObject({ read: 6, accepted: 2, rejected: 4, batches: 3, replayedBatches: 0 });
    expect(new Set(keys).size).toBe(3);
    expect(keys[0]).toBe(await batchKey('registry', ['QWNjb3VudDox', digest, '2', '1']));
    const again = await send();
    expect(again).toMatchObject({ accepted: 2, rejected: 4, batches: 3, replayedBatches: 3 });
    expect(new Set(keys).size).toBe(3);
  });
});
