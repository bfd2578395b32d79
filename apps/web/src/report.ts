/**
 * The progress report as files: Markdown as the API writes it, the figures as CSV (one figure a row, in Chinese),
 * and a Word document (.docx) built from the API's document model with the `docx` library, which is imported only
 * when a person asks for the file (it stays out of the first chunk).
 */
import type * as Docx from 'docx';

import type { ProgressReportQuery } from '@census/client';

export type Report = NonNullable<ProgressReportQuery['progressReport']>;
export type ReportDocument = Report['document'];

/** The figures by the names the report gives them (进展情况汇报), in the order of the report. */
export const FIGURE_NAMES: Record<string, string> = {
  registryHouseholds: '公安推送户籍户数',
  registryPersons: '公安推送户籍人口',
  residentHouseholds: '常住户数',
  residentPersons: '常住人数',
  enteredHouseholds: '平台完成录入户数',
  enteredPersons: '平台完成录入人口',
  enteredRegisteredPersons: '录入人口中户籍人口',
  enteredResidentPersons: '录入人口中常住人口',
  ordinaryHouseholds: '普通住户',
  vacantHouseholds: '空户',
  awayHouseholds: '全户外出户',
  deceasedHouseholds: '全户死亡户',
  selfReportedHouseholds: '自主填报户',
  selfReportedSubmittedHouseholds: '自主填报并上报户',
  selfReportRate: '自主填报率(%)',
  submittedHouseholds: '完成短表上报户数',
  approvedHouseholds: '审核通过户数',
  returnedHouseholds: '退回修改户数',
  households: '摸底住户总数',
  censusZones: '普查区数',
  smallZones: '普查小区数',
  enumerators: '普查员数',
  supervisors: '普查指导员数',
  visitedHouseholds: '已入户户数',
  repeatedFailureHouseholds: '多次入户未果户数',
  refusingHouseholds: '拒绝登记户数',
  livingAwayPersons: '人户分离(户在人不在)人数',
  floatingPersons: '流动人口(人在户不在)人数',
};

export const CATEGORY_NAMES: Record<string, string> = {
  REFUSAL: '拒绝登记',
  ITEM_REFUSAL: '拒绝填报个别项目',
  WHEREABOUTS_UNKNOWN: '去向不明',
  ADDRESS_NOT_FOUND: '地址查找不到',
  SOURCES_DISAGREE: '数据来源不一致',
  OTHER: '其他',
};

function csvCell(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `指标,数值` rows: the zone, every figure by its Chinese name, and the open problems by category. */
export function reportCsv(report: Report): string {
  const rows: Array<[string, string | number | boolean | null | undefined]> = [
    ['区划代码', report.zone.code],
    ['区划名称', report.zone.name],
  ];
  for (const [name, value] of Object.entries(report.figures)) {
    const label = FIGURE_NAMES[name];
    if (label && (typeof value !== 'object' || value === null)) rows.push([label, value]);
  }
  for (const { category, count } of report.figures.openProblemsByCategory)
    rows.push([`未解决疑难问题：${CATEGORY_NAMES[category] ?? category}`, count]);
  // A byte-order mark so spreadsheet programs open the Chinese names as UTF-8.
  return (
    '\uFEFF' +
    ['指标,数值', ...rows.map(([name, value]) => `${csvCell(name)},${csvCell(value)}`)].join('\r\n') +
    '\r\n'
  );
}

export function reportFileName(report: Report, extension: 'md' | 'csv' | 'docx'): string {
  return `progress-report-${report.zone.code}.${extension}`;
}

/** A text run list with the 【…】 parts (to fill in) highlighted. */
function runs(docx: typeof Docx, text: string, options: { bold?: boolean; size?: number } = {}) {
  return text
    .split(/(【[^】]*】)/)
    .filter(Boolean)
    .map(
      (part) =>
        new docx.TextRun({
          text: part,
          ...options,
          ...(part.startsWith('【') ? { highlight: 'yellow' } : {}),
        }),
    );
}

const FONT = '宋体';

/**
 * The report as a Word document (the `docx` library's Document), from the same model as the web view: title,
 * headings, indented paragraphs, list items and the child-zone table. `docx` is passed in, so that the caller
 * imports it lazily.
 */
export function docxDocument(docx: typeof Docx, model: ReportDocument) {
  const children: (InstanceType<typeof docx.Paragraph> | InstanceType<typeof docx.Table>)[] = [];
  for (const block of model.blocks) {
    switch (block.kind) {
      case 'TITLE':
        children.push(
          new docx.Paragraph({
            heading: docx.HeadingLevel.TITLE,
            alignment: docx.AlignmentType.CENTER,
            children: runs(docx, block.text, { bold: true, size: 36 }),
          }),
        );
        break;
      case 'HEADING':
        children.push(
          new docx.Paragraph({ heading: docx.HeadingLevel.HEADING_1, children: runs(docx, block.text) }),
        );
        break;
      case 'NOTE':
        children.push(new docx.Paragraph({ children: runs(docx, block.text, { size: 20 }) }));
        break;
      case 'TABLE': {
        const table = block.table;
        if (!table) break;
        const cell = (text: string, header: boolean) =>
          new docx.TableCell({
            children: [
              new docx.Paragraph({
                alignment: header ? docx.AlignmentType.CENTER : undefined,
                children: [new docx.TextRun({ text, bold: header })],
              }),
            ],
          });
        children.push(new docx.Paragraph({ children: runs(docx, block.text, { bold: true }) }));
        children.push(
          new docx.Table({
            width: { size: 100, type: docx.WidthType.PERCENTAGE },
            rows: [
              new docx.TableRow({
                tableHeader: true,
                children: table.columns.map((column) => cell(column, true)),
              }),
              ...table.rows.map(
                (row) => new docx.TableRow({ children: row.cells.map((text) => cell(text, false)) }),
              ),
            ],
          }),
        );
        break;
      }
      case 'PARAGRAPH':
      case 'LIST_ITEM':
        // Paragraphs and items: a first-line indent of two characters, as Chinese reports are set.
        children.push(
          new docx.Paragraph({
            indent: block.level > 0 ? { left: 840 } : { firstLine: 480 },
            children: runs(docx, block.level > 0 ? `· ${block.text}` : block.text),
          }),
        );
    }
  }
  return new docx.Document({
    creator: '人口普查现场工作平台',
    title: model.title,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [{ children }],
  });
}

/** The .docx file of the report; `docx` is loaded on the first call only. */
export async function reportDocx(model: ReportDocument): Promise<Blob> {
  const docx = await import('docx');
  return docx.Packer.toBlob(docxDocument(docx, model));
}

/** Hands the browser a file to save. */
export function downloadFile(name: string, content: string | Blob, type: string): void {
  const blob = content instanceof Blob ? content : new Blob([content], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
