import {
  bornBefore,
  CENSUS_REFERENCE_MOMENT,
  describeMoment,
  formatDate,
  isValidCalendarDate,
  normalizePersonName,
  parseCitizenId,
  type Sex,
  validatePersonName,
} from '@census/rules';

import { coded, UserErrorCode, userErrorCodeOf } from '../common/user-error';
import type { ImportRowError } from '../imports/import.types';
import { checkImportZone, checkText, rowError } from '../imports/import-rows';
import type { RegistryPersonInput } from './registry.types';

export const MAX_ADDRESS_LENGTH = 200;
export const MAX_REGISTRY_HOUSEHOLD_NUMBER_LENGTH = 30;

/** A row that passed every check on its own, normalized as it is stored. */
export interface RegistryRow {
  row: number;
  citizenId: string;
  name: string;
  sex: Sex;
  /** YYYY-MM-DD. */
  birthDate: string;
  address: string;
  registryHouseholdNumber: string;
  zoneCode: string;
}

/**
 * Checks one row on its own (zone existence and scope are the caller's business): every problem is returned,
 * each naming its input field. `normalized` is set when there is none; `citizenId` when the ID itself is valid
 * (for duplicate detection within the batch). Birth dates must lie before `reference`, the census reference moment
 * (2020-11-01 00:00 Beijing time): persons born after it are not counted.
 */
export function validateRegistryRow(
  input: RegistryPersonInput,
  reference: Date = CENSUS_REFERENCE_MOMENT,
): {
  errors: ImportRowError[];
  citizenId: string | null;
  zoneCode: string | null;
  normalized: RegistryRow | null;
} {
  const { row } = input;
  const errors: ImportRowError[] = [];
  const parsed = parseCitizenId(input.citizenId, reference);
  if (!parsed.ok) errors.push(rowError(row, 'citizenId', userErrorCodeOf(parsed.code), parsed));
  const citizen = parsed.ok ? parsed.value : null;

  const name = normalizePersonName(input.name);
  for (const issue of validatePersonName(input.name)) {
    errors.push(rowError(row, 'name', userErrorCodeOf(issue.code), issue));
  }

  if (citizen && input.sex != null && input.sex !== citizen.sex) {
    const message = coded('rule.citizenIdSexMismatch', { sex: input.sex, idSex: citizen.sex });
    errors.push(rowError(row, 'sex', UserErrorCode.MISMATCH, message));
  }

  const rawDate = input.birthDate.trim();
  const match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(rawDate);
  let birthDate: string | null = null;
  if (!match || (rawDate.length === 10) !== rawDate.includes('-')) {
    const message = coded('import.birthDateFormat', { value: rawDate });
    errors.push(
      rowError(row, 'birthDate', rawDate ? UserErrorCode.INVALID : UserErrorCode.REQUIRED, message),
    );
  } else {
    const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    if (!isValidCalendarDate(date)) {
      errors.push(
        rowError(
          row,
          'birthDate',
          UserErrorCode.INVALID,
          coded('import.birthDateNotReal', { value: rawDate }),
        ),
      );
    } else if (!bornBefore(date, reference)) {
      const limit = describeMoment(reference);
      const message = coded('import.birthAfterReference', { value: formatDate(date), limit });
      errors.push(rowError(row, 'birthDate', UserErrorCode.OUT_OF_RANGE, message));
    } else {
      birthDate = formatDate(date);
      if (citizen) {
        const fromId = formatDate(citizen.birthDate);
        if (fromId !== birthDate) {
          const message = coded('import.birthDateMismatch', { given: birthDate, fromId });
          errors.push(rowError(row, 'birthDate', UserErrorCode.MISMATCH, message));
        }
      }
    }
  }

  const address = checkText(row, 'address', input.address, MAX_ADDRESS_LENGTH, errors);
  const householdNumber = checkText(
    row,
    'registryHouseholdNumber',
    input.registryHouseholdNumber,
    MAX_REGISTRY_HOUSEHOLD_NUMBER_LENGTH,
    errors,
  );

  const zoneCode = checkImportZone(row, input.zoneCode, errors);

  const normalized =
    errors.length === 0 && citizen && birthDate && zoneCode
      ? {
          row,
          citizenId: citizen.id,
          name,
          sex: citizen.sex,
          birthDate,
          address,
          registryHouseholdNumber: householdNumber,
          zoneCode,
        }
      : null;
  return { errors, citizenId: citizen?.id ?? null, zoneCode, normalized };
}
