import { DateScalar } from './date-scalar';

describe('Date scalar', () => {
  it.each(['2020-11-01', '2020-02-29', '2000-02-29', '2020-12-31'])('accepts the real day %s', (day) => {
    expect(DateScalar.parseValue(day)).toBe(day);
  });

  it.each(['2020-11-31', '2021-02-29', '1900-02-29', '2020-13-01', '2020-00-10', '2020-1-01', '20201101', 7])(
    'refuses %p, in Chinese first',
    (value) => {
      expect(() => DateScalar.parseValue(value)).toThrow(
        /^日期须为真实存在的日期.*A Date is a real calendar day/,
      );
    },
  );
});
