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

/**
 * A message with every double-quoted value longer than `QUOTE_LENGTH` cut to that many characters and "…": for
 * messages written by libraries (graphql-js quotes an invalid variable value whole), so that no message grows
 * with the input.
 */
export function shortenQuoted(message: string): string {
  return message.replace(/"((?:[^"\\]|\\.){33,})"/g, (whole, inner: string) => {
    const chars = [...inner];
    return chars.length > QUOTE_LENGTH ? `"${chars.slice(0, QUOTE_LENGTH).join('')}…"` : whole;
  });
}
