/**
 * The progress report (进展情况汇报) as Chinese Markdown, rendered from the document model of report-document.ts
 * (the same model the web's formatted view and .docx use): a pure function, unit tested without a database.
 */
import { buildReportDocument, type ReportDocument, type ReportInput } from './report-document';

export {
  beijingDate,
  type ChildFigures,
  NO_REGISTRY_DATA,
  type ReportFigures,
  type ReportInput,
  type ReportTexts,
} from './report-document';

/** A table cell: pipes escaped, line breaks flattened. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** Markdown of a document: # title, ## headings, paragraphs, numbered items, "-" sub-items, GFM tables. */
export function documentMarkdown(document: ReportDocument): string {
  const lines: string[] = [];
  let previous: string | null = null;
  for (const block of document.blocks) {
    // Consecutive list items form one list: no blank line between them.
    if (lines.length && !(block.kind === 'LIST_ITEM' && previous === 'LIST_ITEM')) lines.push('');
    switch (block.kind) {
      case 'TITLE':
        lines.push(`# ${block.text}`);
        break;
      case 'HEADING':
        lines.push(`## ${block.text}`);
        break;
      case 'LIST_ITEM':
        lines.push(block.level > 0 ? `   - ${block.text}` : block.text);
        break;
      case 'NOTE':
        lines.push(`> ${block.text}`);
        break;
      case 'TABLE': {
        const table = block.table ?? { columns: [], rows: [] };
        lines.push(`**${block.text}**`, '');
        lines.push(`| ${table.columns.map(cell).join(' | ')} |`);
        lines.push(`| ${table.columns.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
        for (const row of table.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
        break;
      }
      case 'PARAGRAPH':
        lines.push(block.text);
        break;
    }
    previous = block.kind;
  }
  return `${lines.join('\n')}\n`;
}

export function renderProgressReport(input: ReportInput): string {
  return documentMarkdown(buildReportDocument(input));
}
