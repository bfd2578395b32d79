import './data-source';

import { types } from 'pg';

describe('timestamp parsing', () => {
  const parse = types.getTypeParser(types.builtins.TIMESTAMPTZ) as (value: string) => Date;

  it('reads PostgreSQL timestamptz text in any offset, with or without fractions', () => {
    expect(parse('2026-11-28 19:07:49.123456+00').toISOString()).toBe('2026-11-28T19:07:49.123Z');
    expect(parse('2020-11-01 00:00:00+08').toISOString()).toBe('2020-10-31T16:00:00.000Z');
    expect(parse('2020-11-01 00:00:00.5-05:30').toISOString()).toBe('2020-11-01T05:30:00.500Z');
  });

  it('falls back to the generic parser for what ISO cannot express', () => {
    expect(parse('infinity')).toBe(Infinity);
    expect(parse('0044-03-15 12:00:00+00 BC').getUTCFullYear()).toBe(-43);
  });
});
