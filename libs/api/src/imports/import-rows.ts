import { type CodedMessage, formatMessage, normalizeZoneCode, ZoneLevel } from '@census/rules';

import { shortenEchoes, shortenParams } from '../common/quote';
import { coded, UserErrorCode, userErrorCodeOf } from '../common/user-error';
import type { ImportRowError } from './import.types';

/** What every import checks of a row, whatever it imports: rejections, text items, the row's zone. */

/** A rejected row's problem: a catalogue message, its Chinese text in `message` (the rejects file shows it). */
export function rowError(
  row: number,
  field: string,
  code: UserErrorCode,
  message: CodedMessage,
): ImportRowError {
  const params = shortenParams(message.params);
  const text = shortenEchoes(formatMessage('zh', message.messageCode, params));
  return { row, field, code, message: text, messageCode: message.messageCode, params };
}

/** Message of an unknown or out-of-scope zone: the same for both, so a caller cannot probe other zones. */
export function zoneNotYoursMessage(zoneCode: string): CodedMessage {
  return coded('zone.notYours', { zone: zoneCode });
}

/** Trims a required text item and checks its length, pushing problems onto `errors`. */
export function checkText(
  row: number,
  field: string,
  value: string,
  max: number,
  errors: ImportRowError[],
): string {
  const text = value.trim();
  const length = [...text].length;
  if (length === 0)
    errors.push(rowError(row, field, UserErrorCode.REQUIRED, coded('import.textRequired', { field })));
  else if (length > max)
    errors.push(
      rowError(row, field, UserErrorCode.OUT_OF_RANGE, coded('import.textTooLong', { field, length, max })),
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
    errors.push(rowError(row, 'zoneCode', userErrorCodeOf(zone.code), zone));
    return null;
  }
  if (zone.value.level !== ZoneLevel.CENSUS_ZONE && zone.value.level !== ZoneLevel.SMALL_ZONE) {
    const message = coded('zone.notCensusOrSmallZone', { zone: zone.value.code });
    errors.push(rowError(row, 'zoneCode', UserErrorCode.INVALID, message));
    return null;
  }
  return zone.value.code;
}
