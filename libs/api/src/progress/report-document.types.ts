import { Field, Int, ObjectType } from 'type-graphql';

import { registerEnum } from '../common/enums';
import type { ReportBlockKind } from './report-document';

export enum ReportBlockKindEnum {
  TITLE = 'TITLE',
  HEADING = 'HEADING',
  PARAGRAPH = 'PARAGRAPH',
  LIST_ITEM = 'LIST_ITEM',
  TABLE = 'TABLE',
  NOTE = 'NOTE',
}

// The compiler checks that the GraphQL enum and the document model's kinds agree.
const KINDS: Record<ReportBlockKind, ReportBlockKindEnum> = ReportBlockKindEnum;
void KINDS;

registerEnum(ReportBlockKindEnum, 'ReportBlockKind', '汇报段落类型: what a block of the report is.', {
  TITLE: '标题: the title of the report.',
  HEADING: '一级标题: a section heading (一、进展情况 …).',
  PARAGRAPH: '段落: a paragraph of text.',
  LIST_ITEM: '条目: an item of a numbered list (level 0) or of a sub-list (level 1).',
  TABLE: '表格: a table; `text` is its caption.',
  NOTE: '注: a small note (数据截至 …, the definition of a rate).',
});

@ObjectType({ simpleResolvers: true, description: '汇报表格: a table of the report.' })
export class ReportTable {
  @Field(() => [String], { description: '表头: the column headings.' })
  columns!: string[];

  @Field(() => [ReportTableRow], { description: 'The rows, one per child zone.' })
  rows!: ReportTableRow[];
}

@ObjectType({ simpleResolvers: true, description: '表格行: one row of a report table.' })
export class ReportTableRow {
  @Field(() => [String], { description: 'The cells, as printed (counts, rates with %).' })
  cells!: string[];
}

@ObjectType({ simpleResolvers: true, description: '汇报段落: one block of the report.' })
export class ReportBlock {
  @Field(() => ReportBlockKindEnum, { description: 'What the block is.' })
  kind!: ReportBlockKindEnum;

  @Field({
    description: "The text (a table's caption). 【由人普办填写】 marks a part the office has yet to fill in.",
  })
  text!: string;

  @Field(() => Int, { description: '0 for a top-level item, 1 for an item of a sub-list.' })
  level!: number;

  @Field(() => ReportTable, { nullable: true, description: 'The table of a TABLE block; null otherwise.' })
  table!: ReportTable | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    '汇报文档: the report as a document model (title and blocks); the markdown, the web view and the .docx are ' +
    'rendered from it.',
})
export class ReportDocumentType {
  @Field({ description: '标题.' })
  title!: string;

  @Field(() => [ReportBlock], { description: 'The blocks, in reading order.' })
  blocks!: ReportBlock[];
}
