import { quote, shortenEchoes } from './quote';

describe('quote and shortenEchoes', () => {
  it('quotes at most 32 characters, counting code points', () => {
    expect(quote('abc')).toBe("'abc'");
    expect(quote('🙂'.repeat(40))).toBe(`'${'🙂'.repeat(32)}…'`);
  });

  it('leaves short messages exactly as written', () => {
    const message = `Building X is in small zone '${'3'.repeat(40)}', not in the household's small zone.`;
    expect(shortenEchoes(message)).toBe(message);
  });

  it('cuts quoted values and long runs in long messages, but not apostrophes', () => {
    const long = 'y'.repeat(500);
    expect(shortenEchoes(`The household's phone '${long}' is not a phone number.`)).toBe(
      `The household's phone '${'y'.repeat(32)}…' is not a phone number.`,
    );
    expect(
      shortenEchoes(`Variable "$input" got invalid value "${long}"; Value "${long}" is not an enum.`),
    ).toBe(
      `Variable "$input" got invalid value "${'y'.repeat(32)}…"; Value "${'y'.repeat(32)}…" is not an enum.`,
    );
    expect(shortenEchoes(`Cannot represent ${long} here.`)).toBe(`Cannot represent ${'y'.repeat(32)}… here.`);
    expect(shortenEchoes('word '.repeat(1000)).length).toBeLessThanOrEqual(1001);
  });
});
