/**
 * Building blocks for the field validators. Internal: not exported from the package, so the public
 * API stays the named validators.
 */
import { type RuleIssue, ruleIssue } from './result';

/**
 * A number field that must hold a whole number within [min, max]; `label` starts the message, `itemKey` names the
 * item in the coded message (a key of ITEM_LABELS: the form's label for it). A `calendar` field (a year, a month) is
 * out of range with `rule.calendarOutOfRange`, whose texts show it as written (2020, where a count reads 1,000).
 */
export function checkInteger(
  item: string,
  label: string,
  value: number | null | undefined,
  min: number,
  max: number,
  itemKey: string = item,
  calendar = false,
): RuleIssue[] {
  if (value == null)
    return [ruleIssue(item, 'REQUIRED', `${label} is required`, 'rule.required', { item: itemKey })];
  if (!Number.isInteger(value)) {
    return [
      ruleIssue(item, 'INVALID_NUMBER', `${label} must be a whole number; got ${value}`, 'rule.wholeNumber', {
        item: itemKey,
        value,
      }),
    ];
  }
  if (value < min || value > max) {
    return [
      ruleIssue(
        item,
        'OUT_OF_RANGE',
        `${label} ${value} is outside ${min}-${max}`,
        calendar ? 'rule.calendarOutOfRange' : 'rule.outOfRange',
        { item: itemKey, value, min, max },
      ),
    ];
  }
  return [];
}

/** A text field that must be present; returns the issue, or null when there is a value. */
export function checkPresent(
  item: string,
  label: string,
  value: string | null | undefined,
  itemKey: string = item,
): RuleIssue | null {
  return value == null || value === ''
    ? ruleIssue(item, 'REQUIRED', `${label} is required`, 'rule.required', { item: itemKey })
    : null;
}
