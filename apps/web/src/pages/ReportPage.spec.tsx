import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import * as docx from 'docx';
import { strFromU8, unzipSync } from 'fflate';

import { docxDocument, type Report, reportCsv } from '../report';
import { renderWithApp, testSession } from '../test-utils';
import { ReportPage } from './ReportPage';

const TITLE = '北山街道第七次全国人口普查工作进展情况汇报';

const report = {
  zone: { id: 'Wm9uZToy', code: '330106002', name: '北山街道' },
  figures: {
    households: 1835,
    enteredHouseholds: 1800,
    submittedHouseholds: 1111,
    selfReportRate: 26.6,
    registryHouseholds: null,
    openProblemsByCategory: [{ category: 'REFUSAL', count: 3 }],
    zone: { id: 'Wm9uZToy', code: '330106002', name: '北山街道', level: 'TOWNSHIP' },
  },
  markdown: `# ${TITLE}\n\n## 一、进展情况\n\n住户 1835 户。\n`,
  asOf: '2020-11-01T18:05:00.000Z',
  reportTexts: null,
  document: {
    title: TITLE,
    blocks: [
      { kind: 'TITLE', text: TITLE, level: 0, table: null },
      { kind: 'NOTE', text: '数据截至 2020年11月2日 02:05（北京时间）', level: 0, table: null },
      { kind: 'HEADING', text: '一、进展情况', level: 0, table: null },
      { kind: 'PARAGRAPH', text: '截至目前，平台完成录入 1800 户。', level: 0, table: null },
      {
        kind: 'TABLE',
        text: '各下级区划进展情况',
        level: 0,
        table: {
          columns: ['下级区划', '录入户数', '录入人数', '短表上报户数', '自主填报率', '上报率'],
          rows: [{ cells: ['桂花社区', '900', '2500', '600', '20.0%', '65.0%'] }],
        },
      },
      { kind: 'HEADING', text: '二、主要做法', level: 0, table: null },
      { kind: 'LIST_ITEM', text: '1. 思想上重视。【由人普办填写】', level: 0, table: null },
      { kind: 'LIST_ITEM', text: '拒绝登记：3 件', level: 1, table: null },
    ],
  },
} as unknown as Report;

const officer = {
  ...testSession,
  account: { ...testSession.account, role: 'TOWNSHIP_OFFICER' as const },
};

const children = {
  zone: {
    code: '330106002',
    children: { nodes: [{ code: '330106002001', name: '桂花社区', level: 'CENSUS_ZONE' }] },
  },
};

/** jsdom's Blob has no text(); FileReader decodes it (dropping a byte-order mark, as UTF-8 decoding does). */
function readBlob(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!blob) return reject(new Error('nothing downloaded'));
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(new Error('unreadable'));
    reader.readAsText(blob);
  });
}

function readBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(new Error('unreadable'));
    reader.readAsArrayBuffer(blob);
  });
}

/** The body of a .docx (a zip): word/document.xml. */
const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']);

describe('progress report page', () => {
  let saved: { name: string; blob: Blob } | undefined;
  beforeEach(() => {
    saved = undefined;
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob) => {
      blob = b;
      return 'blob:report';
    };
    URL.revokeObjectURL = () => undefined;
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (blob) saved = { name: this.download, blob };
    });
  });
  afterEach(() => jest.restoreAllMocks());

  const handler = (operation: string) =>
    operation === 'ProgressReport'
      ? { progressReport: report }
      : operation === 'ZoneByCode'
        ? children
        : { me: { zones: [] } };

  it('shows the report formatted, with the time of its data and entered versus listed households', async () => {
    const { calls } = renderWithApp(<ReportPage code="330106002" />, { handler });
    await screen.findByRole('heading', { name: TITLE });
    expect(calls.find((c) => c.operation === 'ProgressReport')?.variables).toEqual({ zoneCode: '330106002' });
    expect(screen.getByRole('heading', { name: '一、进展情况' })).toBeTruthy();
    const table = screen.getByRole('table', { name: '各下级区划进展情况' });
    expect(within(table).getByRole('columnheader', { name: '上报率' })).toBeTruthy();
    expect(within(table).getByRole('rowheader', { name: '桂花社区' })).toBeTruthy();
    // The office's part is marked, not left as raw Markdown.
    expect(screen.getByText('【由人普办填写】').tagName).toBe('MARK');
    expect(document.querySelector('pre')).toBeNull();
    expect(
      screen.getByText('数据截至 2020年11月2日 02:05（北京时间）', { selector: '.data-as-of' }),
    ).toBeTruthy();
    expect(screen.getByText(/另有 35 户已摸底、尚未录入（住户总数 1,835 户/)).toBeTruthy();
  });

  it('downloads a Word document built from the model, the Markdown and a CSV in Chinese', async () => {
    renderWithApp(<ReportPage code="330106002" />, { handler });
    await screen.findByRole('heading', { name: TITLE });

    fireEvent.click(screen.getByRole('button', { name: '下载 Word' }));
    await waitFor(() => expect(saved?.name).toBe('progress-report-330106002.docx'));
    const xml = documentXml(await readBytes(saved!.blob));
    expect(xml).toContain(TITLE);
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('桂花社区');

    fireEvent.click(screen.getByRole('button', { name: '下载 Markdown' }));
    expect(saved?.name).toBe('progress-report-330106002.md');
    expect(await readBlob(saved?.blob)).toBe(report.markdown);

    fireEvent.click(screen.getByRole('button', { name: '下载 CSV' }));
    expect(saved?.name).toBe('progress-report-330106002.csv');
    expect(saved?.blob.type).toBe('text/csv;charset=utf-8');
    expect(await readBlob(saved?.blob)).toBe(reportCsv(report).replace(/^\uFEFF/, ''));
  });

  it('builds the .docx in Node too: the title, headings and a table of the child zones', async () => {
    const buffer = await docx.Packer.toBuffer(docxDocument(docx, report.document));
    const xml = documentXml(new Uint8Array(buffer));
    expect(xml).toContain(TITLE);
    expect(xml).toContain('二、主要做法');
    expect(xml.match(/<w:tr[ >]/g)).toHaveLength(2);
    // The part to fill in is highlighted.
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/>[\s\S]*?【由人普办填写】/);
  });

  it('writes one figure a row under Chinese headers, quoting where needed', () => {
    const csv = reportCsv({ ...report, zone: { ...report.zone, name: '北山街道, "老城"' } });
    expect(csv.split('\r\n')).toEqual([
      '\uFEFF指标,数值',
      '区划代码,330106002',
      '区划名称,"北山街道, ""老城"""',
      '摸底住户总数,1835',
      '平台完成录入户数,1800',
      '完成短表上报户数,1111',
      '自主填报率(%),26.6',
      '公安推送户籍户数,',
      '未解决疑难问题：拒绝登记,3',
      '',
    ]);
  });

  it('lets an office fill in its texts in place and reloads the report', async () => {
    const { calls } = renderWithApp(<ReportPage code="330106002" />, {
      session: officer,
      handler: (operation) =>
        operation === 'SaveReportTexts'
          ? { saveReportTexts: { reportTexts: { zoneCode: '330106002', version: 1 }, userErrors: [] } }
          : handler(operation),
    });
    await screen.findByRole('heading', { name: TITLE });
    fireEvent.click(screen.getByRole('button', { name: '填写内容' }));
    const form = screen.getByRole('form', { name: '填写内容' });
    fireEvent.change(within(form).getByLabelText('启动月份'), { target: { value: '9' } });
    fireEvent.change(within(form).getByLabelText('试点小区户数'), { target: { value: '86' } });
    fireEvent.change(within(form).getByLabelText('试点小区人数'), { target: { value: '245' } });
    fireEvent.change(within(form).getByLabelText('主要做法 1：思想上重视'), {
      target: { value: '成立领导小组。' },
    });
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    await screen.findByText('已保存');
    expect(calls.find((c) => c.operation === 'SaveReportTexts')?.variables).toEqual({
      input: {
        zoneCode: '330106002',
        expectedVersion: 0,
        campaignMonth: 9,
        pilotStart: null,
        pilotEnd: null,
        pilotHouseholds: 86,
        pilotPersons: 245,
        practices: ['成立领导小组。', '', ''],
        suggestions: ['', '', ''],
      },
    });
    expect(calls.filter((c) => c.operation === 'ProgressReport')).toHaveLength(2);
  });

  it('offers the child zones of the report zone and hides editing from non-offices', async () => {
    renderWithApp(<ReportPage code="330106002" />, { handler });
    const picker = await screen.findByLabelText('下级区划');
    expect(within(picker).getByRole('option', { name: '桂花社区（330106002001）' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '填写内容' })).toBeNull();
  });
});
