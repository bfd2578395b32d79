import {
  beijingDateOf,
  formatMessage,
  normalizePersonName,
  validatePersonName,
  validatePhone,
} from '@census/rules';

import { coded, UserErrorCode, userErrorCodeOf } from '../common/user-error';
import type { ImportRowError } from '../imports/import.types';
import { checkImportZone, checkText, rowError } from '../imports/import-rows';
import { MAX_ADDRESS_LENGTH } from '../registry/registry.validation';
import { normalizeAddress } from './address';
import type { ElectricityUsage, GridRecordInput, MeterReadingInput } from './source-import.types';

export const MAX_SOURCE_ID_LENGTH = 50;
export const MAX_GRID_PERSONS = 50;

/** A meter row that passed every check on its own, normalized as it is stored. */
export interface MeterRow {
  row: number;
  meterId: string;
  month: string;
  address: string;
  normalizedAddress: string;
  usage: ElectricityUsage;
  zoneCode: string;
}

/** A grid row that passed every check on its own, normalized as it is stored. */
export interface GridRow {
  row: number;
  gridId: string;
  address: string;
  normalizedAddress: string;
  zoneCode: string;
  persons: string[];
  phone: string | null;
}

/** YYYY-MM of `now` in Beijing time, shifted by `offset` months. */
export function beijingMonth(now: Date, offset = 0): string {
  const { year, month } = beijingDateOf(now);
  const index = year * 12 + month - 1 + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function checkAddress(
  row: number,
  value: string,
  errors: ImportRowError[],
): { address: string; normalizedAddress: string } {
  const address = checkText(row, 'address', value, MAX_ADDRESS_LENGTH, errors);
  const normalizedAddress = normalizeAddress(address);
  if (address && !normalizedAddress) {
    const message = coded('import.addressEmpty', { value: address });
    errors.push(rowError(row, 'address', UserErrorCode.INVALID, message));
  }
  return { address, normalizedAddress };
}

function checkMonth(
  row: number,
  value: string | null | undefined,
  now: Date,
  errors: ImportRowError[],
): string | null {
  const text = value?.trim();
  if (!text) return beijingMonth(now, -1);
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) {
    errors.push(rowError(row, 'month', UserErrorCode.INVALID, coded('import.monthFormat', { value: text })));
    return null;
  }
  const current = beijingMonth(now);
  if (text > current || text < '2000-01') {
    const message = coded('import.monthRange', { value: text, max: current });
    errors.push(rowError(row, 'month', UserErrorCode.OUT_OF_RANGE, message));
    return null;
  }
  return text;
}

/** Checks one meter row on its own (zone existence and scope are the caller's business). */
export function validateMeterRow(
  input: MeterReadingInput,
  now: Date = new Date(),
): { errors: ImportRowError[]; zoneCode: string | null; normalized: MeterRow | null } {
  const { row } = input;
  const errors: ImportRowError[] = [];
  const meterId = checkText(row, 'meterId', input.meterId, MAX_SOURCE_ID_LENGTH, errors);
  const { address, normalizedAddress } = checkAddress(row, input.address, errors);
  const zoneCode = checkImportZone(row, input.zoneCode, errors);
  const month = checkMonth(row, input.month, now, errors);
  const normalized =
    errors.length === 0 && zoneCode && month
      ? { row, meterId, month, address, normalizedAddress, usage: input.usage, zoneCode }
      : null;
  return { errors, zoneCode, normalized };
}

/** Checks one grid row on its own (zone existence and scope are the caller's business). */
export function validateGridRow(input: GridRecordInput): {
  errors: ImportRowError[];
  zoneCode: string | null;
  normalized: GridRow | null;
} {
  const { row } = input;
  const errors: ImportRowError[] = [];
  const gridId = checkText(row, 'gridId', input.gridId, MAX_SOURCE_ID_LENGTH, errors);
  const { address, normalizedAddress } = checkAddress(row, input.address, errors);
  const zoneCode = checkImportZone(row, input.zoneCode, errors);

  const persons = input.persons.map((name) => normalizePersonName(name));
  if (persons.length === 0) {
    errors.push(rowError(row, 'persons', UserErrorCode.REQUIRED, coded('import.personsRequired')));
  } else if (persons.length > MAX_GRID_PERSONS) {
    const message = coded('import.tooManyPersons', { count: persons.length, max: MAX_GRID_PERSONS });
    errors.push(rowError(row, 'persons', UserErrorCode.OUT_OF_RANGE, message));
  }
  input.persons.forEach((name, index) => {
    for (const issue of validatePersonName(name)) {
      // The person's number, then the name's problem in both languages.
      const problem = {
        zh: formatMessage('zh', issue.messageCode, issue.params),
        en: formatMessage('en', issue.messageCode, issue.params),
      };
      const message = coded('import.personName', { person: index + 1, problem });
      errors.push(rowError(row, 'persons', userErrorCodeOf(issue.code), message));
    }
  });

  const phone = input.phone?.trim() || null;
  if (phone) {
    for (const issue of validatePhone(phone)) {
      errors.push(rowError(row, 'phone', userErrorCodeOf(issue.code), issue));
    }
  }
  const normalized =
    errors.length === 0 && zoneCode
      ? { row, gridId, address, normalizedAddress, zoneCode, persons, phone }
      : null;
  return { errors, zoneCode, normalized };
}
