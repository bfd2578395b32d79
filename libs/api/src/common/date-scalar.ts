import { GraphQLScalarType, Kind } from 'graphql';

import { isValidCalendarDate } from '@census/rules';

import { codedError } from './coded-error';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day: 2020-11-31 is refused (JavaScript's Date would roll it over to 2020-12-01). */
function parseDate(value: unknown): string {
  const parts = typeof value === 'string' ? DATE_PATTERN.exec(value) : null;
  if (!parts || !isValidCalendarDate({ year: +parts[1], month: +parts[2], day: +parts[3] })) {
    throw codedError(
      'input.invalidDate',
      { value: JSON.stringify(value) ?? String(value) },
      { code: 'BAD_USER_INPUT' },
    );
  }
  return value as string;
}

/** A calendar day (YYYY-MM-DD) without time or zone; progress days are Beijing-time (UTC+8) days. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: '日期: a calendar day written YYYY-MM-DD (Beijing time where a day is counted).',
  serialize: (value) => parseDate(value),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw codedError('input.dateNotString', {}, { code: 'BAD_USER_INPUT' });
    return parseDate(ast.value);
  },
});
