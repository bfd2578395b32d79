import {
  BUILDING_KIND_LABELS,
  DWELLING_TYPE_LABELS,
  EDUCATION_LABELS,
  type EnumLabel,
  ETHNICITY_LABELS,
  formatBeijingMoment,
  HOUSEHOLD_KIND_LABELS,
  HOUSEHOLD_STAGE_LABELS,
  HOUSEHOLD_STATUS_LABELS,
  ITEM_LABELS,
  LEFT_REGISTRATION_DURATION_LABELS,
  LEFT_REGISTRATION_REASON_LABELS,
  REGISTRATION_METHOD_LABELS,
  RELATIONSHIP_LABELS,
  ROLE_LABELS,
  SEX_LABELS,
  WHEREABOUTS_LABELS,
  ZONE_LEVEL_LABELS,
} from '@census/rules';

import type { Lang } from '../i18n';
import { dynamicKey, isMessageKey, type MessageKey } from '../i18n';

/** One entry of the audit log as the page reads it. */
export interface AuditRow {
  at: string;
  actor: string;
  action: string;
  entityType: string;
  subject: string;
  item?: string | null;
  changes: readonly { item: string; before?: string | null; after?: string | null }[];
}

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The census form's label tables for items whose values are options (H1 户别: 家庭户 / 集体户). */
const VALUE_LABELS: Record<string, Record<string, EnumLabel>> = {
  'Household.kind': HOUSEHOLD_KIND_LABELS,
  'Household.status': HOUSEHOLD_STATUS_LABELS,
  'Household.stage': HOUSEHOLD_STAGE_LABELS,
  'Household.registrationMethod': REGISTRATION_METHOD_LABELS,
  'Household.dwellingType': DWELLING_TYPE_LABELS,
  'Person.sex': SEX_LABELS,
  'Person.relationship': RELATIONSHIP_LABELS,
  'Person.whereabouts': WHEREABOUTS_LABELS,
  'Person.ethnicity': ETHNICITY_LABELS,
  'Person.education': EDUCATION_LABELS,
  'Person.leftRegistrationDuration': LEFT_REGISTRATION_DURATION_LABELS,
  'Person.leftRegistrationReason': LEFT_REGISTRATION_REASON_LABELS,
  'Building.kind': BUILDING_KIND_LABELS,
  'Account.role': ROLE_LABELS,
  'Zone.level': ZONE_LEVEL_LABELS,
};

/** Items whose options the page's own texts name (摸底比对清单: 类型, 处理结果), by message key prefix. */
const VALUE_MESSAGES: Record<string, string> = {
  'WorklistItem.kind': 'worklist.kind.',
  'WorklistItem.outcome': 'worklist.outcome.',
};

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * An item's name as the census form writes it (H1 户别, D5 出生年) where the form has the item, else the page's own
 * name for it (地址, 状态); never the internal key when a name is known.
 */
export function auditItemLabel(entityType: string, item: string, lang: Lang, t: Translate): string {
  // An unmasked bulk export names its items as 'citizenId,phone,longForm (bulk export)'.
  const bulk = item.endsWith(' (bulk export)');
  if (bulk || item.includes(',')) {
    const items = item.replace(' (bulk export)', '').split(',');
    const owner = (one: string) => (one === 'phone' ? 'Household' : 'Person');
    const names = items.map((one) => auditItemLabel(owner(one), one.trim(), lang, t));
    return `${names.join('、')}${bulk ? t('audit.bulkExport') : ''}`;
  }
  const formKey = `${entityType.toLowerCase()}.${item}`;
  if (formKey in ITEM_LABELS) return ITEM_LABELS[formKey as keyof typeof ITEM_LABELS][lang];
  // The progress report's own texts, named as its form names them (试点开始日期).
  const reportKey = `report.${item}`;
  if (entityType === 'ReportTexts' && isMessageKey(reportKey)) return t(reportKey);
  // An item named differently for one kind of object (a worklist item's outcome is 处理结果, a visit's 走访结果).
  const ownOfKind = `audit.item.${entityType}.${item}`;
  if (isMessageKey(ownOfKind)) return t(ownOfKind);
  const own = `audit.item.${item}`;
  return isMessageKey(own) ? t(own) : item;
}

/** A value as people read it: option labels of the form, 是/否, Beijing times; masked values stay masked. */
export function auditValue(
  entityType: string,
  item: string,
  value: string | null | undefined,
  lang: Lang,
  t: Translate,
): string {
  if (value === null || value === undefined || value === '') return t('audit.empty');
  const labels = VALUE_LABELS[`${entityType}.${item}`];
  if (labels?.[value]) return labels[value][lang];
  const prefix = VALUE_MESSAGES[`${entityType}.${item}`];
  if (prefix && isMessageKey(`${prefix}${value}`)) return t(dynamicKey(prefix, value));
  if (value === 'true') return t('audit.yes');
  if (value === 'false') return t('audit.no');
  if (ISO_MOMENT.test(value)) return formatBeijingMoment(new Date(value));
  if (value.startsWith('[') && value.endsWith(']')) {
    try {
      const list = JSON.parse(value) as unknown;
      if (Array.isArray(list)) return list.map(String).join('、');
    } catch {
      // Not a list after all: shown as it is.
    }
  }
  return value;
}

/** The Chinese name of an action (修改, 新建, 流程). */
export function auditActionLabel(action: string, t: Translate): string {
  return t(dynamicKey('audit.action.', action));
}

/** A CSV cell: quoted when it holds a separator, and never read as a formula by a spreadsheet. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The log as CSV for Excel and WPS: UTF-8 with a byte-order mark, Chinese headers, one line per changed item (an
 * entry that changed no item, e.g. an unmasked read, has one line naming what was read).
 */
export function auditCsv(rows: readonly AuditRow[], lang: Lang, t: Translate): string {
  const header = [
    t('audit.csv.at'),
    t('audit.csv.actor'),
    t('audit.csv.action'),
    t('audit.csv.subject'),
    t('audit.csv.item'),
    t('audit.csv.before'),
    t('audit.csv.after'),
  ];
  const lines = [header];
  for (const row of rows) {
    const head = [
      formatBeijingMoment(new Date(row.at)),
      row.actor,
      auditActionLabel(row.action, t),
      row.subject,
    ];
    if (row.changes.length === 0) {
      lines.push([...head, row.item ? auditItemLabel(row.entityType, row.item, lang, t) : '', '', '']);
    }
    for (const change of row.changes) {
      lines.push([
        ...head,
        auditItemLabel(row.entityType, change.item, lang, t),
        change.before == null ? '' : auditValue(row.entityType, change.item, change.before, lang, t),
        change.after == null ? '' : auditValue(row.entityType, change.item, change.after, lang, t),
      ]);
    }
  }
  return `\uFEFF${lines.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
}
