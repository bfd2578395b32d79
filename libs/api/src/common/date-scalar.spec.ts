import type { GraphQLError } from 'graphql';

import { DateScalar } from './date-scalar';

describe('Date scalar', () => {
  it.each(['2020-11-01', '2020-02-29', '2000-02-29', '2020-12-31'])('accepts the real day %s', (day) => {
    expect(DateScalar.parseValue(day)).toBe(day);
  });

  it.each(['2020-11-31', '2021-02-29', '1900-02-29', '2020-13-01', '2020-00-10', '2020-1-01', '20201101', 7])(
    'refuses %p, in Chinese (English through the message code and Accept-Language)',
    (value) => {
      expect(() => DateScalar.parseValue(value)).toThrow(
        /^日期须为真实存在的日期，写作 YYYY-MM-DD，收到 .+。$/,
      );
      try {
        DateScalar.parseValue(value);
      } catch (error) {
        expect((error as GraphQLError).extensions).toMatchObject({ messageCode: 'input.invalidDate' });
      }
    },
  );
});
