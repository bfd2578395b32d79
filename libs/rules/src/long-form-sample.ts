/**
 * Which households fill the long form (长表): a systematic sample of one in `interval` (10) households of each small
 * zone, by household number, from a start fixed per small zone. Household n ('001'-'999') is sampled when
 * n ≡ start (mod interval): with start 4, households 004, 014, 024, ... A household found after listing gets the next
 * number (max + 1) and falls under the same rule, so nobody chooses who is sampled, and of households 1..n exactly
 * ⌊n/10⌋ or ⌈n/10⌉ are.
 *
 * The start comes from a digest the API computes per small zone, HMAC-SHA-256(server secret, small-zone code): it is
 * reproducible by the server, cannot be predicted or steered by an enumerator who does not hold the secret, and
 * differs between small zones. `longFormStart` maps the digest to 1..interval; the HMAC itself (node:crypto) is the
 * API's, as this library runs in the browser too.
 */
export const LONG_FORM_INTERVAL = 10;

function checkInterval(interval: number): void {
  if (!Number.isInteger(interval) || interval < 1 || interval > 999) {
    throw new RangeError(`The sampling interval must be a whole number 1-999; got ${interval}`);
  }
}

/** The bytes of a digest given as bytes or as hexadecimal text (what `hmac.digest('hex')` gives). */
function digestBytes(digest: Uint8Array | string): Uint8Array {
  if (typeof digest !== 'string') return digest;
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(digest)) {
    throw new RangeError('A digest given as text must be hexadecimal with an even number of digits');
  }
  const bytes = new Uint8Array(digest.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = parseInt(digest.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

/**
 * The small zone's start, 1..interval, from a digest (bytes or hex): the digest read as one big-endian number,
 * modulo `interval`, plus 1. With a 32-byte HMAC every start is equally likely (the bias is below 2^-250).
 */
export function longFormStart(digest: Uint8Array | string, interval: number = LONG_FORM_INTERVAL): number {
  checkInterval(interval);
  const bytes = digestBytes(digest);
  if (bytes.length < 8) throw new RangeError('A digest must hold at least 8 bytes');
  let remainder = 0;
  for (const byte of bytes) remainder = (remainder * 256 + byte) % interval;
  return remainder + 1;
}

/**
 * Whether the household numbered `householdNumber` ('001'-'999') fills the long form in a small zone whose start is
 * `start` (1..interval). Throws on a malformed number or start: a caller's mistake, never a household's answer.
 */
export function isLongFormSampled(
  householdNumber: string,
  start: number,
  interval: number = LONG_FORM_INTERVAL,
): boolean {
  checkInterval(interval);
  if (!Number.isInteger(start) || start < 1 || start > interval) {
    throw new RangeError(`The start must be a whole number 1-${interval}; got ${start}`);
  }
  if (!/^\d{3}$/.test(householdNumber) || householdNumber === '000') {
    throw new RangeError(`A household number is 3 digits, '001' to '999'; got '${householdNumber}'`);
  }
  return (Number(householdNumber) - start) % interval === 0;
}
