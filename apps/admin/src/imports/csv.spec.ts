import { encode } from 'iconv-lite';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readCsv, readJsonLines, type SourceRecord } from './csv';

describe('import file reader', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'census-csv-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function read(
    content: string | Buffer,
    reader = readCsv,
  ): Promise<(SourceRecord | { header: string[] })[]> {
    const file = path.join(dir, `f${Math.random()}.csv`);
    await writeFile(file, content);
    const out = [];
    for await (const record of reader(file)) out.push(record);
    return out;
  }

  it('reads quoted commas, quotes and newlines, CRLF, a BOM and empty lines, with the row each record starts on', async () => {
    const records = await read(
      '\uFEFFname,address\r\n张三,"幸福路1号,2单元"\r\n\r\n"李""四""","第一行\n第二行"\r\n王五,x\r\n',
    );
    expect(records).toEqual([
      { header: ['name', 'address'] },
      { row: 2, values: { name: '张三', address: '幸福路1号,2单元' } },
      { row: 4, values: { name: '李"四"', address: '第一行\n第二行' } },
      { row: 6, values: { name: '王五', address: 'x' } },
    ]);
  });

  it('recognises a GBK file by itself', async () => {
    const records = await read(encode('姓名,户籍地址\n张三,西湖区文三路\n', 'gbk'));
    expect(records[1]).toEqual({ row: 2, values: { 姓名: '张三', 户籍地址: '西湖区文三路' } });
  });

  it('flags rows with missing or extra fields and a truncated last line, and keeps the rest', async () => {
    const records = (await read('a,b\n1,2\n3\n4,5,6\n7,"unterminated')).slice(1) as SourceRecord[];
    expect(records.map((r) => [r.row, r.problem ?? 'ok'])).toEqual([
      [2, 'ok'],
      [3, 'The row has 1 fields; the header has 2.'],
      [4, 'The row has 3 fields; the header has 2.'],
      [5, 'The file ends inside a quoted field (a truncated last line?).'],
    ]);
  });

  it('reads JSON Lines and flags a broken line', async () => {
    const records = (await read(
      '{"name":"张三","zone_code":"330106001001"}\n\n{"name": "李四"\n',
      readJsonLines,
    )) as SourceRecord[];
    expect(records).toEqual([
      { row: 1, values: { name: '张三', zone_code: '330106001001' } },
      { row: 3, values: {}, problem: 'The line is not a JSON object (a truncated last line?).' },
    ]);
  });
});
