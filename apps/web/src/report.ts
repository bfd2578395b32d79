/** The progress report as files: Markdown as the API writes it, and the figures as CSV (one figure a row). */
import type { ProgressReportQuery } from '@census/client';

export type Report = NonNullable<ProgressReportQuery['progressReport']>;

function csvCell(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `figure,value` rows: the zone, every figure, and the open problems by category. */
export function reportCsv(report: Report): string {
  const rows: Array<[string, string | number | boolean | null | undefined]> = [
    ['zoneCode', report.zone.code],
    ['zoneName', report.zone.name],
  ];
  for (const [name, value] of Object.entries(report.figures)) {
    if (name === 'zone' || name === 'openProblemsByCategory' || name === '__typename') continue;
    if (typeof value !== 'object' || value === null) rows.push([name, value]);
  }
  for (const { category, count } of report.figures.openProblemsByCategory)
    rows.push([`openProblems.${category}`, count]);
  // A byte-order mark so spreadsheet programs open the Chinese names as UTF-8.
  return (
    '\uFEFF' +
    ['figure,value', ...rows.map(([name, value]) => `${csvCell(name)},${csvCell(value)}`)].join('\r\n') +
    '\r\n'
  );
}

export function reportFileName(report: Report, extension: 'md' | 'csv'): string {
  return `progress-report-${report.zone.code}.${extension}`;
}

/** Hands the browser a file to save. */
export function downloadFile(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
