/**
 * Text clean-up shared by the parsers. Chinese input methods often produce full-width characters
 * (１１０１０５, Ｘ) that look identical to ASCII on screen; parsers fold them so that a pasted code
 * is not rejected for a difference the user cannot see.
 */

const FULL_WIDTH_OFFSET = 0xff10 - 0x30;

/** Full-width digits and the letter X become ASCII; everything else is kept as it is. */
export function foldFullWidth(input: string): string {
  return input.replace(/[\uff10-\uff19\uff38\uff58]/g, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET),
  );
}

/** Quote a value for an error message, making control characters visible as U+XXXX. */
export function quote(value: string): string {
  return `'${value.replace(/\p{Cc}/gu, (ch) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)}'`;
}

/** Names of the characters that most often hide in pasted or exported text, Chinese and English. */
const CHARACTER_NAMES: Record<number, [string, string]> = {
  0x0000: ['空字符', 'NULL'],
  0x0009: ['制表符', 'TAB'],
  0x000a: ['换行符', 'LINE FEED'],
  0x000d: ['回车符', 'CARRIAGE RETURN'],
  0x00a0: ['不换行空格', 'NO-BREAK SPACE'],
  0x00ad: ['软连字符', 'SOFT HYPHEN'],
  0x200b: ['零宽空格', 'ZERO WIDTH SPACE'],
  0x200c: ['零宽不连字', 'ZERO WIDTH NON-JOINER'],
  0x200d: ['零宽连字', 'ZERO WIDTH JOINER'],
  0x200e: ['从左至右标记', 'LEFT-TO-RIGHT MARK'],
  0x200f: ['从右至左标记', 'RIGHT-TO-LEFT MARK'],
  0x2028: ['行分隔符', 'LINE SEPARATOR'],
  0x2029: ['段分隔符', 'PARAGRAPH SEPARATOR'],
  0x202a: ['从左至右嵌入', 'LEFT-TO-RIGHT EMBEDDING'],
  0x202b: ['从右至左嵌入', 'RIGHT-TO-LEFT EMBEDDING'],
  0x202c: ['方向格式结束', 'POP DIRECTIONAL FORMATTING'],
  0x202d: ['从左至右覆盖', 'LEFT-TO-RIGHT OVERRIDE'],
  0x202e: ['从右至左覆盖', 'RIGHT-TO-LEFT OVERRIDE'],
  0x2060: ['词连接符', 'WORD JOINER'],
  0x3000: ['全角空格', 'IDEOGRAPHIC SPACE'],
  0x3164: ['韩文填充符', 'HANGUL FILLER'],
  0xfeff: ['零宽不换行空格（字节顺序标记）', 'ZERO WIDTH NO-BREAK SPACE (byte order mark)'],
  0xfffd: ['替换字符（乱码）', 'REPLACEMENT CHARACTER'],
};

/** 'U+200B' for a character. */
export function codePointLabel(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A character for a message: 'U+200B 零宽空格' and 'U+200B ZERO WIDTH SPACE', or a generic name by its kind. */
export function describeCharacter(ch: string): { zh: string; en: string } {
  const label = codePointLabel(ch);
  const named = CHARACTER_NAMES[ch.codePointAt(0) ?? 0];
  if (named) return { zh: `${label} ${named[0]}`, en: `${label} ${named[1]}` };
  if (/\p{Cc}/u.test(ch)) return { zh: `${label} 控制字符`, en: `${label}, a control character` };
  if (/\p{Cs}/u.test(ch)) return { zh: `${label} 孤立代理项`, en: `${label}, an unpaired surrogate` };
  if (/\p{Zs}/u.test(ch)) return { zh: `${label} 空格`, en: `${label}, a space` };
  return { zh: `${label} 不可见的格式字符`, en: `${label}, an invisible formatting character` };
}

/**
 * Characters a person cannot see: controls, formatting characters (zero-width spaces and joiners, direction marks
 * and overrides, BOM, soft hyphen), line and paragraph separators, unpaired surrogates and the Hangul fillers.
 * Combining marks and variation selectors are not among them: they are part of how some names are written.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115F\u1160\u3164\uFFA0]/u;

/** The first invisible character of `value` and its position (1-based, counted in characters), or null. */
export function findInvisible(value: string): { character: string; position: number } | null {
  let position = 0;
  for (const ch of value) {
    position += 1;
    if (INVISIBLE.test(ch)) return { character: ch, position };
  }
  return null;
}
