/**
 * 地址归一化: the form in which addresses of outside sources (electricity meters, grid screening) are stored in
 * `normalized_address` and matched against listed buildings and households. Pure; the rules, in order:
 *
 * 1. Full-width ASCII (U+FF01-U+FF5E) becomes half-width, the ideographic space a space; Latin letters are
 *    upper-cased ("ａ座" = "A座").
 * 2. '#' after a number means 号 ("3#楼" = "3号楼").
 * 3. Whitespace, punctuation and symbols are removed: "，、·-()（）《》/．" and the like ("幸福路 1-2 号" =
 *    "幸福路12号"). Numbers separated only by punctuation therefore run together; sources that mean different
 *    places by "1-201" and "12-01" cannot be told apart (none we know of does).
 * 4. Chinese numerals directly before an address unit (号 幢 栋 楼 单元 层 室 户 门 弄 巷 组 排 座 期 区 排 号院) become
 *    digits: 一 to 九 (and 两), 〇/零 as 0, read digit by digit when there is no 十 ("三〇一室" = "301室"), or as a
 *    number up to 99 with 十 ("十二号" = "12号", "二十一栋" = "21栋"). Other numerals stay (中山二路, 十里铺).
 * 5. Building words are unified: 号楼 and 栋 become 幢 ("3号楼" = "3栋" = "3幢"); a number followed by 门 is a unit
 *    ("2门" = "2单元"); a trailing 室 or 房 after the room number is dropped ("301室" = "301").
 *
 * Administrative prefixes (省 市 区 街道) are kept as written: both sides of a match are addresses of the same
 * zone, so they are normally written the same way or not at all.
 */
export function normalizeAddress(address: string): string {
  let text = address
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .toUpperCase();
  text = text.replace(/(\d|[〇零一二两三四五六七八九十])\s*#/gu, '$1号');
  text = text.replace(/[\s\p{P}\p{S}]/gu, '');
  text = text.replace(CHINESE_NUMBER_BEFORE_UNIT, (_match, numeral: string, unit: string) => {
    const value = chineseNumeralToDigits(numeral);
    return value === null ? `${numeral}${unit}` : `${value}${unit}`;
  });
  return text
    .replace(/号楼/g, '幢')
    .replace(/栋/g, '幢')
    .replace(/(\d)门/g, '$1单元')
    .replace(/(\d)[室房]$/, '$1');
}

const NUMERAL_CHARS = '〇零一二两三四五六七八九十';
const UNITS = '号院|号|幢|栋|楼|单元|层|室|户|门|弄|巷|组|排|座|期|区';
const CHINESE_NUMBER_BEFORE_UNIT = new RegExp(`([${NUMERAL_CHARS}]+)(${UNITS})`, 'gu');

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * "三〇一" → "301", "十二" → "12", "二十" → "20"; null when the numeral is not one of these simple forms
 * (e.g. "十十", "一十二三").
 */
export function chineseNumeralToDigits(numeral: string): string | null {
  const chars = [...numeral];
  if (!numeral.includes('十')) {
    return chars.every((ch) => ch in DIGITS) ? chars.map((ch) => DIGITS[ch]).join('') : null;
  }
  const match = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/u.exec(numeral);
  if (!match) return null;
  const tens = match[1] ? DIGITS[match[1]] : 1;
  const units = match[2] ? DIGITS[match[2]] : 0;
  return String(tens * 10 + units);
}

/** The normalized address of a listed household: its building's address, housing unit and number (…单元…室). */
export function householdAddress(
  buildingAddress: string | null | undefined,
  unit: string | null | undefined,
  number: string,
): string | null {
  if (!buildingAddress) return null;
  return normalizeAddress(`${buildingAddress}${unit ? `${unit}单元` : ''}${number}室`);
}
