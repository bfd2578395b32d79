/**
 * What the progress report adds to its figures: the child zones' figures, the office's texts, the document model
 * and the Markdown rendered from it.
 */
import type { CensusContext } from '../server/context';
import type { Zone } from '../zones/zone.entity';
import { childCodeLength } from './progress.service';
import type { Progress } from './progress.types';
import { buildReportDocument } from './report-document';
import type { ReportBlockKindEnum, ReportDocumentType } from './report-document.types';
import { documentMarkdown } from './report-markdown';
import type { ZoneReportText } from './report-texts.entity';
import { reportTextsOf } from './report-texts.service';

export interface AssembledReport {
  markdown: string;
  document: ReportDocumentType;
  reportTexts: ZoneReportText | null;
  asOf: Date;
}

export async function assembleReport(
  context: CensusContext,
  { zone, figures, asOf, behindPace }: { zone: Zone; figures: Progress; asOf: Date; behindPace: string[] },
): Promise<AssembledReport> {
  const childLength = childCodeLength(zone.code);
  const [children, reportTexts, refusals] = await Promise.all([
    childLength !== null
      ? context.services.progress.figures(zone.code, true, childLength, figures.day)
      : Promise.resolve([]),
    context.services.reportTexts.get(zone.code),
    context.loaders.longFormRefusals.load(zone.code),
  ]);
  const names = await Promise.all(children.map((c) => context.loaders.zoneByCode.load(c.zoneCode)));
  const model = buildReportDocument({
    zoneName: zone.name,
    zoneLevel: zone.level,
    asOf,
    figures,
    behindPace,
    children: children.map((c, i) => ({
      code: c.zoneCode,
      name: names[i]?.name ?? c.zoneCode,
      households: c.households,
      enteredHouseholds: c.enteredHouseholds,
      enteredPersons: c.enteredPersons,
      submittedHouseholds: c.submittedHouseholds,
      selfReportRate: c.selfReportRate,
    })),
    texts: reportTextsOf(reportTexts),
    longForm: {
      households: figures.longFormHouseholds,
      submittedHouseholds: figures.longFormSubmittedHouseholds,
      refusals,
    },
  });
  const document: ReportDocumentType = {
    title: model.title,
    blocks: model.blocks.map((block) => ({
      kind: block.kind as ReportBlockKindEnum,
      text: block.text,
      level: block.level,
      table: block.table && {
        columns: block.table.columns,
        rows: block.table.rows.map((cells) => ({ cells })),
      },
    })),
  };
  return { markdown: documentMarkdown(model), document, reportTexts, asOf };
}
