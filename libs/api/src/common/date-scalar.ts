import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  if (
    typeof value !== 'string' ||
    !DATE_PATTERN.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`))
  ) {
    throw new GraphQLError(`A Date is a calendar day written YYYY-MM-DD, not ${JSON.stringify(value)}.`);
  }
  return value;
}

/** A calendar day (YYYY-MM-DD) without time or zone; progress days are Beijing-time (UTC+8) days. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: '日期: a calendar day written YYYY-MM-DD (Beijing time where a day is counted).',
  serialize: (value) => parseDate(value),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('A Date is a string YYYY-MM-DD.');
    return parseDate(ast.value);
  },
});
