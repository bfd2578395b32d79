import { ProgressReportDocument, type ProgressReportQuery } from '@census/client';

import { connect, type GlobalOptions } from '../connection';
import { EXIT, UsageError } from '../errors';
import { type Io, print } from '../io';

export const REPORT_HELP = `census-admin report --zone CODE [--format md|json|csv]

The progress report (进展情况汇报) of a zone and everything below it:
  md    the report in Chinese Markdown, every figure filled in (default)
  json  the figures as JSON
  csv   one line per figure: figure,value (Excel opens it; UTF-8 with BOM)`;

type Figures = NonNullable<ProgressReportQuery['progressReport']>['figures'];

/** The figures as rows, in the order of the schema; categories of open problems flattened. */
export function figureRows(figures: Figures): [string, string][] {
  const rows: [string, string][] = [];
  for (const [name, value] of Object.entries(figures)) {
    if (name === 'zone') continue;
    if (name === 'openProblemsByCategory' && Array.isArray(value)) {
      for (const { category, count } of value as { category: string; count: number }[])
        rows.push([`openProblems.${category}`, String(count)]);
    } else if (typeof value === 'number' || typeof value === 'string') rows.push([name, String(value)]);
    else rows.push([name, '']); // null: the figure is not available (registry data not pushed yet)
  }
  return rows;
}

function csv(rows: [string, string][]): string {
  const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return `\uFEFF${['figure,value', ...rows.map((row) => row.map(cell).join(','))].join('\r\n')}\r\n`;
}

export async function report(
  args: { zone?: string; format?: string },
  options: GlobalOptions,
  io: Io,
): Promise<number> {
  if (!args.zone) throw new UsageError('report needs --zone CODE.');
  const format = args.format ?? (options.json ? 'json' : 'md');
  if (!['md', 'json', 'csv'].includes(format))
    throw new UsageError(`--format must be md, json or csv; got '${format}'.`);
  const { progressReport } = await (
    await connect(options, io.env)
  ).request(ProgressReportDocument, { zoneCode: args.zone });
  if (!progressReport) {
    print(io.stderr, `census-admin: zone '${args.zone}' does not exist or lies outside your zones.`);
    return EXIT.USAGE;
  }
  if (format === 'md') print(io.stdout, progressReport.markdown);
  else if (format === 'json')
    print(io.stdout, JSON.stringify({ zone: progressReport.zone, figures: progressReport.figures }, null, 2));
  else io.stdout.write(csv(figureRows(progressReport.figures)));
  return EXIT.OK;
}
