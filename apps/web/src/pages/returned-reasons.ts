import { ITEM_LABELS, RETURN_REASON_LABELS } from '@census/rules';

import { useApp } from '../app-context';
import type { Lang } from '../i18n';

/** A return reason as the API gives it (Household.returnReasons). */
export interface SummaryReason {
  code: string;
  lineNumber?: number | null;
  item?: string | null;
  note?: string | null;
}

/** One line per item of a reason: "第2人 D5 出生年月：出生年月与身份证不符（…）". */
export function reasonText(reason: SummaryReason, lang: Lang, personLine: (line: number) => string): string {
  const where = [
    reason.lineNumber == null ? null : personLine(reason.lineNumber),
    reason.item && reason.item in ITEM_LABELS
      ? ITEM_LABELS[reason.item as keyof typeof ITEM_LABELS][lang]
      : null,
  ]
    .filter(Boolean)
    .join(' ');
  const text = RETURN_REASON_LABELS[reason.code as keyof typeof RETURN_REASON_LABELS]?.[lang] ?? reason.code;
  const full = reason.note ? `${text}（${reason.note}）` : text;
  return where ? `${where}：${full}` : full;
}

/** The form's field key of a reason's item: `persons.<line>.<field>` or `household.<field>`; null for none. */
export function reasonFieldKey(reason: SummaryReason): string | null {
  if (!reason.item) return null;
  const [entity, item] = reason.item.split('.') as [string, string];
  // D5 is one item on the form's page, typed as year and month: the year field carries it.
  const field = item === 'birthYearMonth' ? 'birthYear' : item;
  if (entity === 'person') return reason.lineNumber == null ? null : `persons.${reason.lineNumber}.${field}`;
  return entity === 'household' ? `household.${field}` : null;
}

/** The return reasons of a RETURNED household by the form field they name (their text, in the UI language). */
export function useReturnReasonsAt(household: {
  stage: string;
  returnReasons?: readonly SummaryReason[] | null;
}): Map<string, string> {
  const { t, lang } = useApp();
  const at = new Map<string, string>();
  if (household.stage !== 'RETURNED') return at;
  for (const reason of household.returnReasons ?? []) {
    const key = reasonFieldKey(reason);
    if (!key) continue;
    const text = reasonText(reason, lang, (line) => t('person.line', { line }));
    at.set(key, at.has(key) ? `${at.get(key)}；${text}` : text);
  }
  return at;
}
