import { normalizeZoneCode, ZoneLevel } from '@census/rules';

import { shortenEchoes } from '../common/quote';
import { UserErrorCode, userErrorCodeOf } from '../common/user-error';
import type { ImportRowError } from './import.types';

/** What every import checks of a row, whatever it imports: rejections, text items, the row's zone. */

export function rowError(row: number, field: string, code: UserErrorCode, message: string): ImportRowError {
  return { row, field, code, message: shortenEchoes(message) };
}

/** Message of an unknown or out-of-scope zone: the same for both, so a caller cannot probe other zones. */
export function zoneNotYoursMessage(zoneCode: string): string {
  return `Zone '${zoneCode}' is not one of your zones or does not exist.`;
}

/** Trims a required text item and checks its length, pushing problems onto `errors`. */
export function checkText(
  row: number,
  field: string,
  label: string,
  value: string,
  max: number,
  errors: ImportRowError[],
): string {
  const text = value.trim();
  const length = [...text].length;
  if (length === 0) errors.push(rowError(row, field, UserErrorCode.REQUIRED, `${label} is required.`));
  else if (length > max)
    errors.push(
      rowError(
        row,
        field,
        UserErrorCode.OUT_OF_RANGE,
        `${label} has ${length} characters; at most ${max} are allowed.`,
      ),
    );
  return text;
}

/**
 * The canonical code of an import row's zone (a census zone or small zone), or null with the problem pushed onto
 * `errors`. Existence and scope are checked per batch (see `usableImportZones`).
 */
export function checkImportZone(row: number, value: string, errors: ImportRowError[]): string | null {
  const zone = normalizeZoneCode(value);
  if (!zone.ok) {
    errors.push(rowError(row, 'zoneCode', userErrorCodeOf(zone.code), `${zone.message}.`));
    return null;
  }
  if (zone.value.level !== ZoneLevel.CENSUS_ZONE && zone.value.level !== ZoneLevel.SMALL_ZONE) {
    const message = `Zone '${zone.value.code}' is not a census zone (12 digits) or small zone (15 digits).`;
    errors.push(rowError(row, 'zoneCode', UserErrorCode.INVALID, message));
    return null;
  }
  return zone.value.code;
}
