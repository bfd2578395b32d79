import {
  HOUSEHOLD_COUNT_ITEMS,
  validateCount,
  validateFloorArea,
  validatePhone,
  validateRooms,
} from '@census/rules';

import { fromRuleIssues, type UserError, userError, UserErrorCode } from '../common/user-error';
import type { HouseholdItemsInput } from './household.inputs';

/** Field-level checks of the household items H2-H7, the phone and the note; every problem at once. */
export function validateHouseholdItems(input: HouseholdItemsInput): UserError[] {
  const errors: UserError[] = [];
  for (const item of HOUSEHOLD_COUNT_ITEMS) {
    const value = input[item];
    if (value === null)
      errors.push(userError(item, UserErrorCode.REQUIRED, `${item} cannot be cleared; use 0.`));
    else if (value !== undefined) errors.push(...fromRuleIssues(validateCount(value, item)));
  }
  if (input.floorArea != null) errors.push(...fromRuleIssues(validateFloorArea(input.floorArea)));
  if (input.rooms != null) errors.push(...fromRuleIssues(validateRooms(input.rooms)));
  if (input.phone != null) errors.push(...fromRuleIssues(validatePhone(input.phone.trim())));
  if (input.unit != null && !/^[0-9A-Za-z-]{1,10}$/.test(input.unit.trim())) {
    errors.push(
      userError(
        'unit',
        UserErrorCode.INVALID,
        `Unit '${input.unit}' must be 1 to 10 letters, digits or '-'.`,
      ),
    );
  }
  if (input.note != null && input.note.length > 2000) {
    errors.push(
      userError(
        'note',
        UserErrorCode.OUT_OF_RANGE,
        `Note has ${input.note.length} characters; at most 2000.`,
      ),
    );
  }
  return errors;
}
