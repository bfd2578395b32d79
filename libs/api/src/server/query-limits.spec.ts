import 'reflect-metadata';

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { buildSchema, getIntrospectionQuery, GraphQLError, parse, specifiedRules, validate } from 'graphql';

import { formatMessage, type MessageParams } from '@census/rules';

import { ANONYMOUS, type Principal } from '../auth/principal';
import {
  checkAnonymousDocument,
  DEFAULT_QUERY_LIMITS,
  formatLimitError,
  queryLimitRules,
} from './query-limits';

const schema = buildSchema(readFileSync(join(__dirname, '../../schema.graphql'), 'utf8'));
const manifest = JSON.parse(
  readFileSync(join(__dirname, '../../../client/src/generated/persisted-documents.json'), 'utf8'),
) as Record<string, string>;

/** The errors of the limits alone (specified rules with `all`), as `reason: message`. */
function check(document: string, all = false): GraphQLError[] {
  return [...validate(schema, parse(document), [...(all ? specifiedRules : []), ...queryLimitRules()])];
}
const reasons = (document: string) => check(document).map((e) => e.extensions.reason);

/** `fragment F<i> on Query { ...F<i-1> ...F<i-1> }` from F1 to F<levels>: each level doubles a naive walk. */
export function fragmentBomb(levels: number, leaf = 'me { id }'): string {
  const fragments = [`fragment F0 on Query { ${leaf} }`];
  for (let i = 1; i <= levels; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
  return `query Bomb { ...F${levels} }\n${fragments.join('\n')}`;
}

const aliased = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('query limits', () => {
  it('measures each fragment once: a 30-level fragment bomb is refused at once', () => {
    const errors = check(fragmentBomb(30));
    expect(errors.map((e) => e.extensions.reason).sort()).toEqual([
      'QUERY_TOO_COSTLY',
      'TOO_MANY_ROOT_FIELDS',
    ]);
    expect(errors.find((e) => e.extensions.reason === 'TOO_MANY_ROOT_FIELDS')?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      limit: 'maxRootFields',
      rootFields: 2 ** 30,
    });
    // A bomb of fragments that select nothing countable is harmless: execution collects each fragment once.
    expect(check(fragmentBomb(30, '__typename'), true)).toEqual([]);
  });

  it('survives fragment cycles (refused by the specified rules)', () => {
    const cyclic = `{ ...A } fragment A on Query { me { id } ...B } fragment B on Query { ...A }`;
    expect(check(cyclic, true).map((e) => e.message)).toEqual([
      'Cannot spread fragment "A" within itself via "B".',
    ]);
  });

  it('names depth and cost in Chinese and English', () => {
    const [deep] = check(`{ zone(code: "11") { ${'parent { '.repeat(13)}code${' }'.repeat(13)} } }`);
    expect(deep.message).toBe('查询嵌套过深（14 层，上限 12 层）。');
    expect(deep.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_DEEP',
      depth: 14,
      messageCode: 'limit.depth',
      params: { depth: 14, max: 12 },
    });
    expect(formatMessage('en', 'limit.depth', deep.extensions.params as MessageParams)).toBe(
      'Query depth 14 exceeds the limit of 12.',
    );
    const [costly] = check(
      `{ zones(first: 100) { nodes { children(first: 100) { nodes { households(first: 100) { nodes { persons { name } } } } } } } }`,
    );
    expect(costly.message).toMatch(/^查询的数据量过大（估计 [\d,]+ 个对象，上限 250,000 个），请减小分页。$/);
    expect(costly.extensions).toMatchObject({
      reason: 'QUERY_TOO_COSTLY',
      maxCost: 250_000,
      messageCode: 'limit.cost',
    });
    expect(formatMessage('en', 'limit.cost', costly.extensions.params as MessageParams)).toMatch(
      /^Query cost [\d,]+ exceeds the limit of 250,000/,
    );
  });

  it('counts totalCount as a statement even on empty pages', () => {
    expect(reasons(`{ zones(first: 100) { nodes { households(first: 0) { totalCount } } } }`)).toEqual([]);
    expect(
      reasons(
        `{ zones(first: 100) { nodes { children(first: 100) { nodes { persons(first: 0) { totalCount } } } } } }`,
      ),
    ).toEqual(['QUERY_TOO_COSTLY']);
    // Without an explicit `first`, the argument's default page (20) counts.
    const [costly] = check(
      `{ zones { nodes { children { nodes { children { nodes { households(first: 0) { totalCount } } } } } } } }`,
    );
    expect(costly.extensions).toMatchObject({ cost: 1 + 20 * (2 + 20 * (2 + 20 * (2 + 1000))) });
  });

  it('counts a variable page size as the largest page', () => {
    expect(
      reasons(
        `query ($n: Int!) { zones(first: $n) { nodes { children(first: $n) { nodes { households(first: $n) { nodes { persons { id } } } } } } } }`,
      ),
    ).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('counts a backward page (last) like a forward one, and first: null as the default page', () => {
    const nested = (args: string) =>
      `query ($n: Int) { zones(${args}) { nodes { children(${args}) { nodes { households(first: 0) { totalCount } } } } } }`;
    const cost = (args: string) => check(nested(args))[0]?.extensions.cost;
    expect(reasons(nested('last: 100'))).toEqual(['QUERY_TOO_COSTLY']);
    expect(cost('last: 100')).toBe(cost('first: 100'));
    expect(reasons(nested('last: $n'))).toEqual(['QUERY_TOO_COSTLY']);
    expect(reasons(nested('last: 10'))).toEqual([]);
    expect(check(nested('first: null, last: 100'))[0]?.extensions.cost).toBe(cost('last: 100'));
    expect(cost('first: null')).toBe(1 + 20 * (2 + 20 * (2 + 1000)));
  });

  it('caps root fields, aliases and directives', () => {
    expect(reasons(`{ ${'me { id } '.repeat(20)} }`)).toEqual([]);
    expect(check(`{ ${'me { id } '.repeat(21)} }`)[0]).toMatchObject({
      message: '一次请求的顶层字段过多（21 个，上限 20 个），请分成几次请求。',
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'TOO_MANY_ROOT_FIELDS',
        maxRootFields: 20,
        rootFields: 21,
        messageCode: 'limit.rootFields',
        params: { fields: 21, max: 20 },
      },
    });
    expect(reasons(aliased(15, 'me { id }'))).toEqual([]);
    expect(check(aliased(16, 'me { id }'))[0]).toMatchObject({
      message: '别名过多（16 个，上限 15 个），请分成几次请求。',
      extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ALIASES', maxAliases: 15, aliases: 16 },
    });
    // Aliases hidden in a fragment spread twice count twice.
    expect(
      reasons(
        `{ me { ...A ...A } } fragment A on Account { ${Array.from({ length: 8 }, (_, i) => `n${i}: name`).join(' ')} }`,
      ),
    ).toEqual(['TOO_MANY_ALIASES']);
    expect(reasons(`{ me { id ${'@include(if: true) '.repeat(51)} } }`)).toEqual(['TOO_MANY_DIRECTIVES']);
    // 1000 aliased counts: every cap says no.
    expect(reasons(aliased(1000, 'persons(first: 0) { totalCount }')).sort()).toEqual([
      'QUERY_TOO_COSTLY',
      'TOO_MANY_ALIASES',
      'TOO_MANY_ROOT_FIELDS',
    ]);
  });

  it('allows one sign-in per request', () => {
    const login = `login(input: { username: "a", password: "b" }) { token }`;
    expect(reasons(`mutation { ${login} }`)).toEqual([]);
    expect(check(`mutation { a: ${login} b: ${login} }`)[0]).toMatchObject({
      message: '一次请求只能登录一次（本次 2 次）。',
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'TOO_MANY_SIGN_INS',
        signIns: 2,
        messageCode: 'limit.signIns',
      },
    });
    const selfReport = `startSelfReport(input: { code: "c", phone: "p" }) { token }`;
    expect(reasons(`mutation { ${login} ...S } fragment S on Mutation { ${selfReport} }`)).toEqual([
      'TOO_MANY_SIGN_INS',
    ]);
  });

  it("lets GraphiQL's introspection query through and bounds introspection on its own", () => {
    const everything = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    expect(check(everything, true)).toEqual([]);
    expect(check(getIntrospectionQuery(), true)).toEqual([]);
    const ofTypes = (n: number) => `${'ofType { '.repeat(n)}name${' }'.repeat(n)}`;
    expect(reasons(`{ __type(name: "Zone") { fields { type { ${ofTypes(13)} } } } }`)).toEqual([]);
    expect(reasons(`{ __type(name: "Zone") { fields { type { ${ofTypes(14)} } } } }`)).toEqual([
      'QUERY_TOO_DEEP',
    ]);
    // Each hop from a type to its fields multiplies the answer: the cost still counts introspection.
    const hops = `types { fields { type { fields { type { fields { type { fields { name } } } } } } } }`;
    expect(reasons(`{ __schema { ${hops} } }`)).toEqual(['QUERY_TOO_COSTLY']);
  });

  it("passes every document of the client's manifest", () => {
    const refused = Object.entries(manifest).flatMap(([id, text]) =>
      check(text).map((e) => `${id}: ${e.message}`),
    );
    expect(refused).toEqual([]);
    expect(Object.keys(manifest).length).toBeGreaterThan(20);
  });

  it('answers the parser token limit and the validation limits as BAD_USER_INPUT', () => {
    let parseError: unknown;
    try {
      parse(aliased(1000, 'me { id }'), { maxTokens: DEFAULT_QUERY_LIMITS.maxTokens });
    } catch (error) {
      parseError = error;
    }
    expect(parseError).toBeInstanceOf(GraphQLError);
    expect(
      formatLimitError({
        message: (parseError as Error).message,
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      }),
    ).toEqual({
      message: '查询文本过长（超过 2,000 个词法单元），请分成几次请求。',
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'TOO_MANY_TOKENS',
        limit: 'maxTokens',
        maxTokens: 2000,
        messageCode: 'limit.tokens',
        params: { max: 2000 },
      },
    });
    expect(
      formatLimitError({
        message: 'x',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxDepth' },
      }),
    ).toEqual({ message: 'x', extensions: { code: 'BAD_USER_INPUT', limit: 'maxDepth' } });
    const other = { message: 'Unknown field', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(formatLimitError(other)).toBe(other);
  });

  it('bounds documents sent without a valid sign-in before parsing', () => {
    const small = {
      body: { query: `mutation { login(input: { username: "a", password: "b" }) { token } }` },
    };
    const large = { body: { query: aliased(100, 'me { id }') } };
    expect(() => checkAnonymousDocument(small, ANONYMOUS)).not.toThrow();
    expect(() =>
      checkAnonymousDocument({ query: { query: getIntrospectionQuery() } }, ANONYMOUS),
    ).not.toThrow();
    let refusal: unknown;
    try {
      checkAnonymousDocument(large, ANONYMOUS);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(GraphQLError);
    expect((refusal as GraphQLError).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_TOKENS',
      maxAnonymousTokens: 500,
      http: { status: 400 },
      messageCode: 'limit.anonymousTokens',
      params: { max: 500 },
    });
    expect(() => checkAnonymousDocument({ query: large.body }, ANONYMOUS)).toThrow(GraphQLError);
    const staff = { kind: 'staff' } as Principal;
    expect(() => checkAnonymousDocument(large, staff)).not.toThrow();
    expect(() => checkAnonymousDocument({ body: { query: '{ "unterminated' } }, ANONYMOUS)).not.toThrow();
  });
});
