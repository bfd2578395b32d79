import fc from 'fast-check';
import {
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

import { ACCESS_EXTENSION, type Audience } from '../src/auth/access';
import { Role } from '../src/auth/role';
import { NODE_TYPE_NAMES, toGlobalId } from '../src/common/global-id';
import { buildCensusSchema } from '../src/server/schema';
import { rowGlobalId } from './factories';
import { seedCounty, startTestApi, type TestApi } from './harness';

/**
 * Sends generated malformed values to every argument of every root field (and every field of their input
 * objects), as variables over HTTP, and asserts that the server always answers with a coded error or data:
 * never HTTP 5xx, never INTERNAL_SERVER_ERROR, never an error without `extensions.code`.
 *
 * Deterministic (fixed seed) and modest (a few runs per field and principal), so it holds on a loaded machine.
 * FUZZ_RUNS and FUZZ_SEED widen or vary the search when hunting locally.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
const SEED = Number(process.env.FUZZ_SEED ?? 20201101);
/** FUZZ_STATS=1 prints how often each field answered data, user errors or errors: how deep the inputs got. */
const STATS = process.env.FUZZ_STATS === '1';
const outcomes = new Map<string, number>();

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** IDs and codes of real rows, filled once the county is seeded, so some generated inputs get past NOT_FOUND. */
const real = { ids: [] as string[], zoneCodes: [] as string[] };

const JUNK_KEYS = [
  '0',
  '-1',
  '1',
  '1.5',
  ' 1',
  'abc',
  '\u0000',
  '9223372036854775807',
  '9223372036854775808',
  '9999999999999999999',
  '99999999999999999999',
];

const junkIds = fc.oneof(
  fc
    .constantFrom(...NODE_TYPE_NAMES, 'Foo', '')
    .chain((type) => fc.constantFrom(...JUNK_KEYS).map((key) => b64(`${type}:${key}`))),
  fc.base64String({ maxLength: 40 }),
);

const JUNK_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\t\r\n\u0001\u001f\u007f',
  'x'.repeat(100_000),
  '9'.repeat(40),
  '-1',
  '0',
  '1e999',
  '\\',
  'a\\',
  '%_',
  "'; DROP TABLE zone; --",
  '\ud800',
  '\udfff\ud800',
  '🙂'.repeat(300),
  '\u202e\u200b\ufeff',
  '2020-13-45',
  '0000-00-00',
  '-271821-04-20T00:00:00.000Z',
  '+275760-09-13T00:00:00.000Z',
  '9999-99-99T99:99:99Z',
  'null',
  '{}',
  'NaN',
  'chg1:1:99999999999999999999',
  b64('chg1:99999999999999999999:1'),
  b64('chg1:1:99999999999999999999'),
  b64('["x"]'),
  b64('["x","y"]'),
  b64('["99999999999999999999","99999999999999999999"]'),
  b64('["2020-01-01T00:00:00Z","\\u0000"]'),
  b64('[1]'),
  b64('HOUSEHOLD_MISSING:1@33'),
  b64(`HOUSEHOLD_MISSING:${'9'.repeat(30)}@330106001001001`),
  'cen_' + 'x'.repeat(40),
  '11',
  '33',
  '330106',
  '330106001001001',
  '999999999999999',
  '3301060010010010',
];

/** One of the values `real` holds once the county is seeded (chosen when generating, not when declaring). */
const realOne = (pick: () => string[]) =>
  fc.constant(null).chain(() => fc.constantFrom(...(pick().length ? pick() : [''])));
const realIds = realOne(() => real.ids);
const realZoneCodes = realOne(() => real.zoneCodes);

const junkStrings = fc.oneof(
  { arbitrary: fc.constantFrom(...JUNK_STRINGS), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 1 },
  { arbitrary: fc.stringMatching(/^[0-9]{1,40}$/), weight: 1 },
  { arbitrary: junkIds, weight: 2 },
  { arbitrary: realIds, weight: 2 },
  { arbitrary: realZoneCodes, weight: 2 },
);
/** IDs: mostly IDs of real rows (so that the rest of the input is reached), else malformed ones. */
const idValues = fc.oneof(
  { arbitrary: realIds, weight: 4 },
  { arbitrary: junkIds, weight: 2 },
  { arbitrary: junkStrings, weight: 1 },
);
/** Zone codes: mostly real ones. */
const zoneCodeValues = fc.oneof(
  { arbitrary: realZoneCodes, weight: 3 },
  { arbitrary: junkStrings, weight: 2 },
);

const ints = fc.oneof(
  fc.constantFrom(0, -1, 1, 2, 3, 100, 101, 2147483647, -2147483648),
  fc.integer({ min: -2147483648, max: 2147483647 }),
);
const floats = fc.oneof(
  fc.constantFrom(0, -0, 0.1, -1, 1e15, 1e308, -1e308, 5e-324),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const dates = fc.oneof(
  fc.constantFrom('2020-11-01', '0001-01-01', '9999-12-31', '2020-02-30', '1900-01-01'),
  junkStrings,
);
const dateTimes = fc.oneof(
  fc.constantFrom(
    '2020-11-01T00:00:00.000Z',
    '0001-01-01T00:00:00.000Z',
    '-000001-01-01T00:00:00.000Z',
    '-271821-04-20T00:00:00.000Z',
    '+275760-09-13T00:00:00.000Z',
  ),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  junkStrings,
);
const jsonObjects = fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), {
  maxKeys: 5,
});

/** A generator of (mostly) well-typed but malformed values of an input type; `undefined` means "omit". */
function valuesOf(type: GraphQLInputType, name: string, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOfNonNull(type.ofType, name, depth);
  return fc.oneof(
    { arbitrary: fc.constant(null), weight: 2 },
    { arbitrary: valueOfNonNull(type, name, depth), weight: 3 },
  );
}

function valueOfNonNull(type: GraphQLInputType, name: string, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOfNonNull(type.ofType, name, depth);
  if (isListType(type)) {
    const item = valuesOf(type.ofType, name, depth + 1);
    return fc.oneof(
      { arbitrary: fc.array(item, { maxLength: 4 }), weight: 5 },
      { arbitrary: item.map((value) => Array.from({ length: 150 }, () => value)), weight: 1 },
    );
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    return fc.oneof(
      { arbitrary: fc.constantFrom(...values), weight: 9 },
      { arbitrary: junkStrings, weight: 1 },
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) {
      const value = valuesOf(field.type, field.name, depth + 1);
      record[field.name] = isNonNullType(field.type)
        ? value
        : fc.oneof({ arbitrary: fc.constant(undefined), weight: 1 }, { arbitrary: value, weight: 1 });
    }
    return fc
      .record(record)
      .map((object) => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)));
  }
  switch (type.name) {
    case 'Int':
      return ints;
    case 'Float':
      return floats;
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return dates;
    case 'DateTimeISO':
      return dateTimes;
    case 'JSONObject':
      return jsonObjects;
    case 'ID':
      return idValues;
    default: // String and any other scalar carried as text
      return /zone/i.test(name) ? zoneCodeValues : junkStrings;
  }
}

/** A small selection of the answer: leaves, and objects two levels down whose fields need no arguments. */
function selectionOf(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) && !isInterfaceType(named)) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const inner = getNamedType(field.type);
    if (isLeafType(inner)) parts.push(field.name);
    else if (depth < 2) parts.push(`${field.name} ${selectionOf(field.type, depth + 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

function documentOf(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg: GraphQLArgument) => `$${arg.name}: ${String(arg.type)}`);
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`);
  return (
    `${operation} Fuzz${variables.length ? `(${variables.join(', ')})` : ''} ` +
    `{ ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selectionOf(field.type, 0)} }`
  );
}

interface Failure {
  field: string;
  principal: string;
  status: number;
  problem: string;
  variables: string;
}

const shorten = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…(${text.length})` : text);

describe('fuzzing every root field with malformed arguments', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  const tokens = new Map<string, string | null>();

  beforeAll(async () => {
    api = await startTestApi('fuzz');
    schema = await buildCensusSchema();
    await seedCounty(api, 1, { smallZonesPerCensusZone: [2, 2], householdsPerSmallZone: [5, 5] });
    const smallZones = await api.sql<{ code: string; township: string }>(
      `SELECT code, left(code, 9) AS township FROM zone WHERE level = 'SMALL_ZONE' ORDER BY code`,
    );
    const [first, second] = smallZones;
    const officer = await api.account(Role.TOWNSHIP_OFFICER, [first.township]);
    const supervisor = await api.account(Role.SUPERVISOR, [first.township]);
    const enumerator = await api.account(Role.ENUMERATOR, [first.code, second.code], {
      supervisorId: supervisor.id,
    });
    const integration = await api.account(Role.INTEGRATION, ['33']);
    const spare = await api.account(Role.ENUMERATOR, [second.code]);
    tokens.set('ANONYMOUS', null);
    tokens.set(Role.COUNTY_ADMIN, api.admin.token);
    tokens.set(Role.TOWNSHIP_OFFICER, officer.token);
    tokens.set(Role.SUPERVISOR, supervisor.token);
    tokens.set(Role.ENUMERATOR, enumerator.token);
    tokens.set(Role.INTEGRATION, integration.token);

    const rows = async (table: string, type: (typeof NODE_TYPE_NAMES)[number]) =>
      (await api.sql<{ id: string }>(`SELECT id FROM ${table} ORDER BY id LIMIT 3`)).map((r) =>
        toGlobalId(type, r.id),
      );
    const households = await rows('household', 'Household');
    real.ids = [
      ...households,
      ...(await rows('person', 'Person')),
      ...(await rows('building', 'Building')),
      toGlobalId('Account', spare.id),
    ];
    real.zoneCodes = [first.code, second.code, first.township, '330106'];

    // A resident's self-report session on the first household of the enumerator's small zone.
    const [own] = await api.sql<{ id: string; version: number }>(
      `SELECT id, version FROM household WHERE small_zone_code = $1 AND stage NOT IN ('SUBMITTED', 'APPROVED')
        ORDER BY id LIMIT 1`,
      [first.code],
    );
    const ownId = rowGlobalId('Household', first.code, own.id);
    await api.request(
      `mutation($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { userErrors { code } } }`,
      { input: { id: ownId, expectedVersion: own.version, phone: '13700001111' } },
      enumerator.token,
    );
    const issued = await api.request<{ issueSelfReportCode: { code: string } }>(
      `mutation($id: ID!) { issueSelfReportCode(householdId: $id) { code } }`,
      { id: ownId },
      enumerator.token,
    );
    const session = await api.request<{ startSelfReport: { token: string | null } }>(
      `mutation($input: StartSelfReportInput!) { startSelfReport(input: $input) { token } }`,
      { input: { code: issued.data?.issueSelfReportCode.code, phone: '13700001111' } },
      null,
    );
    const resident = session.data?.startSelfReport.token;
    expect(resident).toEqual(expect.any(String));
    tokens.set('RESIDENT', resident!);
    real.ids.push(ownId);
  });
  afterAll(() => api.close());

  /** Who calls a field: one principal of each audience its access rule names, and always an anonymous caller. */
  function principalsOf(field: GraphQLField<unknown, unknown>): string[] {
    const audience = (field.extensions[ACCESS_EXTENSION] ?? []) as Audience[];
    const principals = new Set<string>(['ANONYMOUS']);
    for (const who of audience) {
      if (who === 'STAFF') {
        principals.add(Role.COUNTY_ADMIN);
        principals.add(Role.ENUMERATOR);
      } else if (who !== 'ANYONE') principals.add(who);
    }
    if (audience.includes('ANYONE')) principals.add(Role.COUNTY_ADMIN);
    return [...principals];
  }

  async function send(document: string, variables: unknown, token: string | null) {
    const response = await fetch(api.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: document, variables }),
    });
    const text = await response.text();
    let errors: { message: string; extensions?: { code?: string; reason?: string } }[] = [];
    try {
      const body = JSON.parse(text) as { errors?: typeof errors; data?: unknown };
      errors = body.errors ?? [];
      if (STATS) {
        const userErrors = [...text.matchAll(/"code":"([A-Z_]+)"/g)].map((m) => m[1]);
        const key = errors.length
          ? `errors:${errors.map((e) => `${String(e.extensions?.code)}/${String(e.extensions?.reason ?? '')}`).join(',')}`
          : userErrors.length
            ? `userErrors:${[...new Set(userErrors)].join(',')}`
            : 'data';
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      }
    } catch {
      return { status: response.status, problem: `not JSON: ${shorten(text)}` };
    }
    const bad = errors.find(
      (e) => e.extensions?.code === undefined || e.extensions.code === 'INTERNAL_SERVER_ERROR',
    );
    if (response.status >= 500 || bad)
      return {
        status: response.status,
        problem: shorten(bad ? `${String(bad.extensions?.code)}: ${bad.message}` : text),
      };
    // Messages quote at most a short prefix of what the client sent: no message grows with the input.
    const long = [...text.matchAll(/"message":"((?:[^"\\]|\\.)*)"/g)].find((m) => m[1].length > 600);
    if (long) return { status: response.status, problem: `long message: ${shorten(long[1])}` };
    return { status: response.status, problem: null };
  }

  it('never answers 5xx or INTERNAL_SERVER_ERROR', async () => {
    const failures: Failure[] = [];
    const summary: string[] = [];
    for (const operation of ['query', 'mutation'] as const) {
      const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
      for (const field of Object.values(root!.getFields())) {
        const document = documentOf(operation, field);
        const args = fc.record(
          Object.fromEntries(field.args.map((arg) => [arg.name, valuesOf(arg.type, arg.name)])),
        ) as fc.Arbitrary<Record<string, unknown>>;
        outcomes.clear();
        for (const principal of principalsOf(field)) {
          const open = ((field.extensions[ACCESS_EXTENSION] ?? []) as Audience[]).includes('ANYONE');
          const runs = principal === 'ANONYMOUS' && !open ? 2 : RUNS;
          const result = await fc.check(
            fc.asyncProperty(args, async (variables) => {
              const answer = await send(document, variables, tokens.get(principal) ?? null);
              if (answer.problem !== null) {
                failures.push({
                  field: field.name,
                  principal,
                  status: answer.status,
                  problem: answer.problem,
                  variables: shorten(JSON.stringify(variables)),
                });
                return false;
              }
              return true;
            }),
            { seed: SEED, numRuns: runs, endOnFailure: true },
          );
          void result;
        }
        if (STATS)
          summary.push(
            `${field.name}: ${[...outcomes].map(([outcome, n]) => `${n}× ${outcome}`).join('; ')}`,
          );
      }
    }
    if (STATS) console.log(summary.join('\n'));
    expect(failures).toEqual([]);
  }, 1_800_000); // hundreds of requests in sequence, some of megabytes: more than the default timeout allows
});
