import { foldFullWidth, quote } from './text';

describe('foldFullWidth', () => {
  it.each([
    ['１１０１０５', '110105'],
    ['１１０１０５１９４９１２３１００２Ｘ', '11010519491231002X'],
    ['ｘ', 'x'],
    ['110105', '110105'],
    ['北京市１号', '北京市1号'],
    // Other full-width characters are kept: only digits and X are folded.
    ['ＡＢ－', 'ＡＢ－'],
    ['', ''],
  ])('folds %j to %j', (input, expected) => {
    expect(foldFullWidth(input)).toBe(expected);
  });
});

describe('quote', () => {
  it.each([
    ['abc', "'abc'"],
    ['陈建国', "'陈建国'"],
    ['a\tb', "'aU+0009b'"],
    ['\u0000', "'U+0000'"],
    ['line\nbreak', "'lineU+000Abreak'"],
    ['\u007f', "'U+007F'"],
    ['', "''"],
  ])('quotes %j as %s', (input, expected) => {
    expect(quote(input)).toBe(expected);
  });
});
