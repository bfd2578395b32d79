import {
  checkCitizenIdAgreement,
  normalizePersonName,
  normalizeZoneCode,
  parseCitizenId,
  type Sex,
  validateBirthYearMonth,
  validatePersonName,
} from '@census/rules';

import { coded, fromRuleIssues, type UserError, userError, UserErrorCode } from '../common/user-error';

/** The person items after an update is applied: what must be valid together. */
export interface PersonState {
  name: string;
  sex: Sex;
  birthYear: number;
  birthMonth: number;
  citizenId: string | null;
  registrationPlaceCode: string | null;
  registered: boolean;
  resident: boolean;
}

/**
 * Checks the person as a whole and normalizes what it can (ID upper-cased, codes canonical). Every problem is
 * returned at once, each naming its input field.
 */
export function validatePerson(state: PersonState): { errors: UserError[]; normalized: PersonState } {
  const errors: UserError[] = [
    ...fromRuleIssues(validatePersonName(state.name)),
    ...fromRuleIssues(validateBirthYearMonth(state.birthYear, state.birthMonth)),
  ];
  // Stored as compared: dot variants as U+00B7, spaces inside Chinese names dropped (normalizePersonName).
  const normalized = { ...state, name: normalizePersonName(state.name) };
  if (state.citizenId != null) {
    const parsed = parseCitizenId(state.citizenId);
    if (!parsed.ok) {
      errors.push(userError('citizenId', UserErrorCode.INVALID, parsed));
    } else {
      normalized.citizenId = parsed.value.id;
      for (const issue of checkCitizenIdAgreement(parsed.value, state)) {
        errors.push(userError('citizenId', UserErrorCode.MISMATCH, coded(issue.messageCode, issue.params)));
      }
    }
  }
  if (state.registrationPlaceCode != null) {
    const parsed = normalizeZoneCode(state.registrationPlaceCode);
    if (!parsed.ok) {
      errors.push(userError('registrationPlaceCode', UserErrorCode.INVALID, parsed));
    } else if (parsed.value.code.length < 6 || parsed.value.code.length > 12) {
      const message = coded('person.registrationPlaceLevel', { value: parsed.value.code });
      errors.push(userError('registrationPlaceCode', UserErrorCode.INVALID, message));
    } else {
      normalized.registrationPlaceCode = parsed.value.code;
    }
  }
  if (!state.registered && !state.resident) {
    const message = coded('person.registeredOrResident');
    errors.push(userError('resident', UserErrorCode.MISMATCH, message));
  }
  return { errors, normalized };
}
