import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { encode } from 'iconv-lite';

import {
  type Encoding,
  FileRefusedError,
  MAX_RECORD_BYTES,
  parseEncoding,
  readCsv,
  readJsonLines,
  type SourceRecord,
  surveyFile,
} from './csv';

describe('import file reader', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'census-csv-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function file(content: string | Buffer): Promise<string> {
    const name = path.join(dir, `f${Math.random()}.csv`);
    await writeFile(name, content);
    return name;
  }

  /** Surveys the file as census-admin does, then reads it in the encoding found. */
  async function read(
    content: string | Buffer,
    reader: typeof readCsv | typeof readJsonLines = readCsv,
    asked: Encoding = 'auto',
  ): Promise<(SourceRecord | { header: string[] })[]> {
    const name = await file(content);
    const { encoding } = await surveyFile(name, reader === readCsv ? 'csv' : 'jsonl', asked);
    const out = [];
    for await (const record of reader(name, encoding)) out.push(record);
    return out;
  }

  async function refusal(
    content: string | Buffer,
    asked: Encoding = 'auto',
    format: 'csv' | 'jsonl' = 'csv',
  ) {
    const error = await surveyFile(await file(content), format, asked).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FileRefusedError);
    return error as FileRefusedError;
  }

  const GBK_LINE = Buffer.concat([encode('330106199508148622,金丹倩', 'gbk'), Buffer.from('\n')]);
  const utf8Rows = (n: number) =>
    Array.from({ length: n }, (_, i) => `33010619950318${String(1000 + i)},王洋俊\n`).join('');

  it('reads quoted commas, quotes and newlines, CRLF, a BOM and empty lines, numbering rows as a spreadsheet does', async () => {
    const records = await read(
      '\uFEFFname,address\r\n张三,"幸福路1号,2单元"\r\n\r\n"李""四""","第一行\n第二行"\r\n王五,x\r\n',
    );
    // The empty line is row 3 (a spreadsheet shows it), the record with a line break inside quotes is row 4 only.
    expect(records).toEqual([
      { header: ['name', 'address'] },
      { row: 2, values: { name: '张三', address: '幸福路1号,2单元' } },
      { row: 4, values: { name: '李"四"', address: '第一行\n第二行' } },
      { row: 5, values: { name: '王五', address: 'x' } },
    ]);
  });

  it('numbers every record after quoted line breaks by the record, not the line', async () => {
    const records = (await read('a,b\n1,"x\ny\nz"\n2,"p\r\nq"\n3,bad,extra\n')).slice(1) as SourceRecord[];
    expect(records.map((r) => [r.row, r.values.a])).toEqual([
      [2, '1'],
      [3, '2'],
      [4, '3'],
    ]);
    expect(records[2].problem).toContain('The row has 3 fields; the header has 2.');
  });

  it('reads LF, CRLF and CR line breaks mixed in one file', async () => {
    const records = (await read('a,b\r\n1,2\n3,4\r5,6\r\n')).slice(1) as SourceRecord[];
    expect(records.map((r) => [r.row, r.values.a, r.values.b])).toEqual([
      [2, '1', '2'],
      [3, '3', '4'],
      [4, '5', '6'],
    ]);
  });

  it('recognises a GBK file by itself', async () => {
    const records = await read(encode('姓名,户籍地址\n张三,西湖区文三路\n', 'gbk'));
    expect(records[1]).toEqual({ row: 2, values: { 姓名: '张三', 户籍地址: '西湖区文三路' } });
  });

  it('reads GB18030 four-byte characters (𠮷 is 95 34 B2 35), by itself and when told', async () => {
    const bytes = encode('姓名,住址\n𠮷野家,幸福路\n', 'gb18030');
    expect(bytes.includes(Buffer.from([0x95, 0x34, 0xb2, 0x35]))).toBe(true);
    for (const asked of ['auto', 'gb18030'] as const) {
      const records = await read(bytes, readCsv, asked);
      expect(records[1]).toEqual({ row: 2, values: { 姓名: '𠮷野家', 住址: '幸福路' } });
    }
    expect(encode('𠮷', 'gb18030')).toEqual(Buffer.from([0x95, 0x34, 0xb2, 0x35]));
  });

  it('refuses a UTF-8 file with one GBK line, naming its row, line and byte offset', async () => {
    const text = `citizen_id,name\n${utf8Rows(3)}"330106199503181004","多行\n地址"\n`;
    const content = Buffer.concat([Buffer.from(text), GBK_LINE, Buffer.from(utf8Rows(2))]);
    const error = await refusal(content);
    expect(error.code).toBe('MIXED_ENCODING');
    const offset = Buffer.byteLength(text);
    // Row 6 of a spreadsheet starts on line 7 of the file: the quoted line break above.
    expect(error.message).toContain(`第 6 行（文件第 7 行、字节偏移 ${offset} 起）“name”一栏不是 UTF-8 编码`);
    expect(error.message).toContain(`Row 6 (from line 7, byte offset ${offset}, column name) is not UTF-8`);
    expect(error.message.indexOf('第 6 行')).toBeLessThan(error.message.indexOf('Row 6'));
  });

  it('refuses a UTF-8 file with a BOM and one GBK line, naming it by its byte offset in the file', async () => {
    const text = `\uFEFFcitizen_id,name\n${utf8Rows(3)}`;
    const error = await refusal(Buffer.concat([Buffer.from(text), GBK_LINE, Buffer.from(utf8Rows(2))]));
    expect(error.code).toBe('MIXED_ENCODING');
    expect(error.message).toContain(
      `第 5 行（文件第 5 行、字节偏移 ${Buffer.byteLength(text)} 起）“name”一栏`,
    );
    // The BOM is not part of the header's first name.
    const records = await read(`\uFEFFcitizen_id,name\n${utf8Rows(1)}`);
    expect(records[0]).toEqual({ header: ['citizen_id', 'name'] });
  });

  it('refuses a GBK file with a line of Chinese in UTF-8', async () => {
    const content = Buffer.concat([
      encode('姓名,住址\n张三,西湖区文三路\n李四,文一路\n', 'gbk'),
      Buffer.from('王五,上保社区\n'),
    ]);
    const error = await refusal(content);
    expect(error.code).toBe('MIXED_ENCODING');
    expect(error.message).toContain('第 4 行');
    // Told it is GBK, the program reads it so (the UTF-8 line is then what GBK makes of it).
    await expect(surveyFile(await file(content), 'csv', 'gb18030')).resolves.toEqual({ encoding: 'gb18030' });
  });

  it('refuses a file that is neither UTF-8 nor GB18030, and one that is not what --encoding says', async () => {
    const neither = Buffer.concat([encode('姓名\n张三\n', 'gbk'), Buffer.from([0x81, 0x20, 0x0a])]);
    const error = await refusal(neither);
    expect(error.code).toBe('INVALID_ENCODING');
    expect(error.message).toContain('第 3 行（文件第 3 行、字节偏移 10 起）');
    expect(error.message).toContain('is neither valid UTF-8 nor valid GB18030/GBK');

    const gbk = encode('姓名\n张三\n', 'gbk');
    expect((await refusal(gbk, 'utf8')).message).toContain(
      '第 1 行（文件第 1 行、字节偏移 0 起）不是有效的 UTF-8',
    );
    expect((await refusal(Buffer.from([0x61, 0x0a, 0x81, 0x0a]), 'gb18030')).code).toBe('INVALID_ENCODING');
  });

  it('refuses a record over 64 KB, naming where it starts, with flat memory', async () => {
    const big = `a,b\n1,2\n3,"${'x'.repeat(MAX_RECORD_BYTES + 10)}"\n5,6\n`;
    const error = await refusal(big);
    expect(error.code).toBe('RECORD_TOO_LARGE');
    expect(error.message).toContain('第 3 行（文件第 3 行、字节偏移 8 起）');
    expect(error.message).toContain('exceeds the 64 KB limit');
    // An unclosed quote swallows the rest of the file into one record: refused the same way.
    const unclosed = `a,b\n1,"oops\n${'3,4\n'.repeat(MAX_RECORD_BYTES / 4)}`;
    expect((await refusal(unclosed)).message).toContain('第 2 行（文件第 2 行、字节偏移 4 起）');
    const jsonl = `{"a":1}\n{"a":"${'x'.repeat(MAX_RECORD_BYTES)}"}\n`;
    expect((await refusal(jsonl, 'auto', 'jsonl')).message).toContain(
      '第 2 行（文件第 2 行、字节偏移 8 起）',
    );
  });

  it('flags rows with missing or extra fields and a truncated last line, and keeps the rest', async () => {
    const records = (await read('a,b\n1,2\n3\n4,5,6\n7,"unterminated')).slice(1) as SourceRecord[];
    expect(records.map((r) => [r.row, r.problem ?? 'ok'])).toEqual([
      [2, 'ok'],
      [3, '该行有 1 个字段，表头有 2 个。 The row has 1 fields; the header has 2.'],
      [4, '该行有 3 个字段，表头有 2 个。 The row has 3 fields; the header has 2.'],
      [
        5,
        '文件在引号内结束（最后一行不完整？）。 The file ends inside a quoted field (a truncated last line?).',
      ],
    ]);
  });

  it('reads every record before a truncated last line, however slowly they are taken', async () => {
    const name = await file(`a,b\n${'1,2\n'.repeat(3000)}7,"unterminated`);
    const rows: number[] = [];
    for await (const record of readCsv(name)) {
      await new Promise((resolve) => setImmediate(resolve));
      if ('row' in record) rows.push(record.row);
    }
    expect(rows.length).toBe(3001);
    expect(rows[3000]).toBe(3002);
  });

  it('reads JSON Lines and flags a broken line', async () => {
    const records = (await read(
      '{"name":"张三","zone_code":"330106001001"}\n\n{"name": "李四"\n',
      readJsonLines,
    )) as SourceRecord[];
    expect(records).toEqual([
      { row: 1, values: { name: '张三', zone_code: '330106001001' } },
      {
        row: 3,
        values: {},
        problem:
          '该行不是 JSON 对象（最后一行不完整？）。 The line is not a JSON object (a truncated last line?).',
      },
    ]);
  });

  it('takes utf-8, utf8, gbk and gb18030 for --encoding', () => {
    expect(['auto', 'utf-8', 'UTF8', 'gbk', 'gb18030'].map(parseEncoding)).toEqual([
      'auto',
      'utf8',
      'utf8',
      'gb18030',
      'gb18030',
    ]);
    expect(() => parseEncoding('latin1')).toThrow('--encoding must be auto, utf-8, gbk or gb18030');
  });
});
