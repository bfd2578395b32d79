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
 * Message parameters with every client-given text cut to `QUOTE_LENGTH` characters and "…", so that neither
 * `params` nor the message grows with the input. `detail` (already shortened) and `name` (a person's name, at most
 * 50 characters by the rules) are kept.
 */
export function shortenParams<T extends Record<string, unknown>>(params: T): T {
  const shortened: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    shortened[name] = typeof value === 'string' && name !== 'detail' && name !== 'name' ? cut(value) : value;
  }
  return shortened as T;
}

const cut = (text: string) => {
  const chars = [...text];
  return chars.length > QUOTE_LENGTH ? `${chars.slice(0, QUOTE_LENGTH).join('')}…` : text;
};

/** Messages longer than this are checked for echoed input; shorter ones are left exactly as written. */
const LONG_MESSAGE = 200;
/** Whatever the message, at most this many characters are answered. */
const MAX_MESSAGE = 1000;

/**
 * A message that grew with the input, with every echoed value cut to `QUOTE_LENGTH` characters and "…": values
 * in double quotes (graphql-js quotes an invalid variable value whole), in single quotes (the API's own
 * messages), and any run of over 120 characters without a space (values echoed without quotes). Applied to every
 * GraphQL error, user error and import rejection, so that no message grows with the input, whatever wrote it.
 */
export function shortenEchoes(message: string): string {
  if (message.length <= LONG_MESSAGE) return message;
  const shortened = message
    .replace(/"((?:[^"\\]|\\.){33,})"/g, (_whole, inner: string) => `"${cut(inner)}"`)
    .replace(
      /(^|[\s(（:：,，])'([^'\n]{33,}?)'(?=$|[\s.,;:)，。；）])/g,
      (_whole, before: string, inner: string) => `${before}'${cut(inner)}'`,
    )
    .replace(/\S{121,}/g, (run) => cut(run));
  return shortened.length > MAX_MESSAGE ? `${[...shortened].slice(0, MAX_MESSAGE).join('')}…` : shortened;
}
