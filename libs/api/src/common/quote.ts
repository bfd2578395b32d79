/** Characters of a client-given value quoted in a message; longer values are cut, so a message stays short. */
export const QUOTE_LENGTH = 32;

/**
 * Quotes a value the client sent, for a message: at most `QUOTE_LENGTH` characters followed by "…", so that a
 * 100 kB argument is never echoed back whole.
 */
export function quote(value: string, length = QUOTE_LENGTH): string {
  const chars = [...value];
  return `'${chars.length > length ? `${chars.slice(0, length).join('')}…` : value}'`;
}
