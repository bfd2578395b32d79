import { useApp } from '../app-context';
import { reasonText, type SummaryReason } from '../components/review-summary';

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
    const text = reasonText(reason, lang, (line) => t('review.personLine', { line }));
    at.set(key, at.has(key) ? `${at.get(key)}；${text}` : text);
  }
  return at;
}
