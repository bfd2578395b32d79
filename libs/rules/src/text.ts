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
