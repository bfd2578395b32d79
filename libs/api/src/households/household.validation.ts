import {
  HOUSEHOLD_COUNT_ITEMS,
  validateCount,
  validateFloorArea,
  validatePhone,
  validateRooms,
} from '@census/rules';

import { coded, fromRuleIssues, type UserError, userError, UserErrorCode } from '../common/user-error';
import type { HouseholdItemsInput } from './household.inputs';

/** Field-level checks of the household items H2-H7, the phone and the note; every problem at once. */
export function validateHouseholdItems(input: HouseholdItemsInput): UserError[] {
  const errors: UserError[] = [];
  for (const item of HOUSEHOLD_COUNT_ITEMS) {
    const value = input[item];
    if (value === null)
      errors.push(
        userError(
          item,
          UserErrorCode.REQUIRED,
          coded('rule.cannotClearUseZero', { item: `household.${item}` }),
        ),
      );
    else if (value !== undefined) errors.push(...fromRuleIssues(validateCount(value, item)));
  }
  if (input.floorArea != null) errors.push(...fromRuleIssues(validateFloorArea(input.floorArea)));
  if (input.rooms != null) errors.push(...fromRuleIssues(validateRooms(input.rooms)));
  if (input.phone != null) errors.push(...fromRuleIssues(validatePhone(input.phone.trim())));
  if (input.unit != null && !/^[0-9A-Za-z-]{1,10}$/.test(input.unit.trim())) {
    errors.push(
      userError('unit', UserErrorCode.INVALID, coded('household.unitFormat', { value: input.unit })),
    );
  }
  if (input.note != null && input.note.length > 2000) {
    errors.push(
      userError(
        'note',
        UserErrorCode.OUT_OF_RANGE,
        coded('household.noteTooLong', { length: input.note.length, max: 2000 }),
      ),
    );
  }
  return errors;
}
