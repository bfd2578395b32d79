import { makeCitizenId, Sex } from '@census/rules';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { Writable } from 'node:stream';
import { Role } from '../src/auth/role';
import { createLogger } from '../src/observability/logger';
import { buildCensusSchema } from '../src/server/schema';
import { seedCounty, startTestApi, type TestAccount, type TestApi } from './harness';

/** Everything the API writes to its log, as text and as parsed lines. */
class CapturedLog extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
  lines(): Record<string, unknown>[] {
    return this.text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }
}

const ERRORS = 'userErrors { field code message }';

describe('request log: one structured line per request, never personal data', () => {
  let api: TestApi;
  const log = new CapturedLog();
  let smallZone: string;
  let enumerator: TestAccount;
  /** Values that must never reach the log, with a label for the failure message. */
  const secrets = new Map<string, string>();
  const secret = (label: string, value: string) => {
    secrets.set(label, value);
    return value;
  };
  const CITIZEN = secret(
    'citizen ID',
    makeCitizenId('330106', { year: 1961, month: 4, day: 17 }, 731, Sex.FEMALE),
  );
  const CITIZEN2 = secret(
    'citizen ID 2',
    makeCitizenId('330106', { year: 1984, month: 9, day: 3 }, 412, Sex.MALE),
  );
  const BAD_CITIZEN = secret('bad citizen ID', `${CITIZEN.slice(0, 17)}${CITIZEN.endsWith('0') ? '1' : '0'}`);
  const PHONE = secret('phone', '13912345678');
  const OTHER_PHONE = secret('other phone', '13987654321');
  const NAME = secret('name', '𠈌·阿依古丽');
  const NAME2 = secret('name 2', '欧阳娜娜娜');
  const PASSWORD = secret('password', 'Kx9-secret-Passw0rd');

  beforeAll(async () => {
    api = await startTestApi('observe_log', {
      logger: createLogger({ level: 'debug', format: 'json', destination: log }),
    });
    secret('admin token', api.admin.token);
    await seedCounty(api, 1, { smallZonesPerCensusZone: [1, 1], householdsPerSmallZone: [3, 3] });
    [{ code: smallZone }] = await api.sql<{ code: string }>(
      `SELECT code FROM zone WHERE level = 'SMALL_ZONE' ORDER BY code LIMIT 1`,
    );
    enumerator = await api.account(Role.ENUMERATOR, [smallZone], { password: PASSWORD });
    secret('enumerator token', enumerator.token);
  });
  afterAll(() => api.close());

  const leaks = () =>
    [...secrets].flatMap(([label, value]) =>
      log.text.includes(value) || log.text.includes(JSON.stringify(value).slice(1, -1)) ? [label] : [],
    );

  it('logs the operations of sign-in, households, persons, self-report and imports without their values', async () => {
    const login = (password: string) =>
      api.request<{ login: { token: string | null } }>(
        `mutation Login($input: LoginInput!) { login(input: $input) { token ${ERRORS} } }`,
        { input: { username: enumerator.username, password } },
        null,
      );
    expect((await login(`${PASSWORD}-wrong`)).data?.login.token ?? null).toBeNull();
    secret('wrong password', `${PASSWORD}-wrong`);
    const token = secret('login token', (await login(PASSWORD)).data!.login.token!);

    const household = await api.request<{ createHousehold: { household: { id: string } } }>(
      `mutation CreateHousehold($input: CreateHouseholdInput!) { createHousehold(input: $input) { household { id } ${ERRORS} } }`,
      { input: { smallZoneCode: smallZone, phone: PHONE } },
      token,
    );
    const householdId = household.data!.createHousehold.household.id;
    const person = { name: NAME, relationship: 'HEAD', sex: 'FEMALE', birthYear: 1961, birthMonth: 4 };
    const created = await api.request<{ createPerson: { person: { id: string } } }>(
      `mutation CreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { person { id } ${ERRORS} } }`,
      { input: { householdId, ...person, citizenId: CITIZEN } },
      token,
    );
    const personId = created.data!.createPerson.person.id;
    // A user error that names the value in its message: only its code may be logged.
    const refused = await api.request<{ updatePerson: { userErrors: { message: string }[] } }>(
      `mutation UpdatePerson($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id } ${ERRORS} } }`,
      { input: { id: personId, expectedVersion: 1, name: NAME2, citizenId: BAD_CITIZEN } },
      token,
    );
    expect(refused.data!.updatePerson.userErrors.length).toBeGreaterThan(0);
    // A GraphQL error whose message echoes the value (a phone given as a number).
    const invalid = await api.request(
      `mutation BadInput($input: CreateHouseholdInput!) { createHousehold(input: $input) { household { id } } }`,
      { input: { smallZoneCode: smallZone, phone: Number(PHONE) } },
      token,
    );
    expect(invalid.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(invalid.errors)).toContain(PHONE);

    const issued = await api.request<{ issueSelfReportCode: { code: string } }>(
      `mutation IssueCode($id: ID!) { issueSelfReportCode(householdId: $id) { code ${ERRORS} } }`,
      { id: householdId },
      token,
    );
    const code = secret('self-report code', issued.data!.issueSelfReportCode.code);
    const start = (phone: string) =>
      api.request<{ startSelfReport: { token: string | null } }>(
        `mutation StartSelfReport($input: StartSelfReportInput!) { startSelfReport(input: $input) { token ${ERRORS} } }`,
        { input: { code, phone } },
        null,
      );
    expect((await start(OTHER_PHONE)).data?.startSelfReport.token ?? null).toBeNull();
    secret('resident token', (await start(PHONE)).data!.startSelfReport.token!);

    const imported = await api.request<{ importRegistry: { accepted: number; rejected: unknown[] } }>(
      `mutation ImportRegistry($input: ImportRegistryInput!) { importRegistry(input: $input) { accepted rejected { row code message } } }`,
      {
        input: {
          idempotencyKey: 'observe-1',
          source: 'registry.csv',
          rows: [
            {
              row: 1,
              citizenId: CITIZEN2,
              name: NAME2,
              birthDate: '1984-09-03',
              sex: 'MALE',
              address: '某街道某号',
              registryHouseholdNumber: 'H1',
              zoneCode: smallZone,
            },
            {
              row: 2,
              citizenId: BAD_CITIZEN,
              name: NAME,
              birthDate: '1961-04-17',
              sex: 'FEMALE',
              address: '某街道某号',
              registryHouseholdNumber: 'H2',
              zoneCode: smallZone,
            },
          ],
        },
      },
    );
    expect(imported.data?.importRegistry.accepted).toBe(1);
    expect(imported.data?.importRegistry.rejected).toHaveLength(1);

    // An internal error from PostgreSQL whose detail and parameters hold the values.
    await api.sql(`CREATE UNIQUE INDEX observe_person_name ON person (name)`);
    try {
      const duplicate = await api.request(
        `mutation CreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { person { id } ${ERRORS} } }`,
        { input: { householdId, ...person, relationship: 'SPOUSE', citizenId: null } },
        token,
      );
      expect(duplicate.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await api.sql(`DROP INDEX observe_person_name`);
    }

    await waitForLines(log, 11);
    expect(leaks()).toEqual([]);
    const lines = log.lines();
    const requests = lines.filter((line) => line.msg === 'request');
    const byOperation = (operation: string) => requests.filter((line) => line.operation === operation);
    expect(byOperation('Login').map((line) => line.result)).toEqual(['ok', 'ok']);
    expect(byOperation('CreateHousehold')[0]).toMatchObject({
      result: 'ok',
      opType: 'mutation',
      role: 'ENUMERATOR',
      account: enumerator.id,
      status: 200,
      method: 'POST',
      path: '/graphql',
    });
    expect(byOperation('BadInput')[0]).toMatchObject({ result: 'BAD_USER_INPUT', errors: 1 });
    expect(byOperation('StartSelfReport').map((line) => line.role)).toEqual(['ANONYMOUS', 'ANONYMOUS']);
    expect(byOperation('ImportRegistry')[0]).toMatchObject({ result: 'ok', role: 'COUNTY_ADMIN' });
    expect(byOperation('CreatePerson').map((line) => line.result)).toEqual(['ok', 'INTERNAL_SERVER_ERROR']);
    for (const line of requests) {
      expect(line.reqId).toMatch(/^[0-9a-f-]{36}$/);
      expect(typeof line.ms).toBe('number');
      expect(typeof line.time).toBe('string');
    }
    const internal = lines.find((line) => line.msg === 'internal error');
    expect(internal).toMatchObject({
      level: 'error',
      operation: 'CreatePerson',
      err: { sqlState: '23505', constraint: 'observe_person_name' },
    });
    expect(internal?.reqId).toBe(byOperation('CreatePerson')[1].reqId);
  });

  it('answers the request ID in X-Request-Id and logs it; keeps a sane incoming one only', async () => {
    const send = (requestId?: string) =>
      fetch(api.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(requestId ? { 'x-request-id': requestId } : {}) },
        body: JSON.stringify({ query: 'query Ping { __typename }' }),
      });
    const before = log.lines().filter((line) => line.msg === 'request').length;
    const own = await send();
    const kept = await send('5f0c1e2a-9b7d-4c3e-8a21-d0e4b6f7a9c1');
    const replaced = await send(PHONE);
    const ids = [own, kept, replaced].map((response) => response.headers.get('x-request-id'));
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toBe('5f0c1e2a-9b7d-4c3e-8a21-d0e4b6f7a9c1');
    expect(ids[2]).not.toBe(PHONE);
    await waitForLines(log, before + 3);
    const logged = log.lines().filter((line) => line.operation === 'Ping');
    expect(logged.map((line) => line.reqId)).toEqual(expect.arrayContaining(ids));
    expect(logged[0]).toMatchObject({ opType: 'query', result: 'ok', role: 'ANONYMOUS' });
    // Probes are logged at debug level, under their own path.
    const probe = await fetch(`${api.baseUrl}/healthz?x=${PHONE}`);
    const probeId = probe.headers.get('x-request-id');
    await waitForLines(log, 1, (line) => line.reqId === probeId);
    expect(log.lines().find((line) => line.reqId === probeId)).toMatchObject({
      level: 'debug',
      method: 'GET',
      path: '/healthz',
      status: 200,
      result: 'ok',
    });
    expect(leaks()).toEqual([]);
  });

  it('logs no value of any mutation argument (every mutation field, strings set to personal data)', async () => {
    const schema = await buildCensusSchema();
    const strings = [PHONE, CITIZEN, NAME, PASSWORD];
    let n = 0;
    const valueOf = (type: GraphQLInputType, field: string, depth: number): unknown => {
      if (isNonNullType(type)) return valueOf(type.ofType, field, depth);
      if (isListType(type)) return [valueOf(type.ofType, field, depth)];
      if (isEnumType(type)) return type.getValues()[0].value;
      if (isInputObjectType(type)) {
        if (depth > 3) return null;
        return Object.fromEntries(
          Object.values(type.getFields()).map((f) => [f.name, valueOf(f.type, f.name, depth + 1)]),
        );
      }
      if (isScalarType(type)) {
        if (type.name === 'Int' || type.name === 'Float') return 1;
        if (type.name === 'Boolean') return false;
        if (/date|time/i.test(type.name)) return '2026-11-01T00:00:00Z';
        const lower = field.toLowerCase();
        if (lower.includes('phone')) return PHONE;
        if (lower.includes('citizen') || lower.endsWith('id')) return CITIZEN;
        if (lower.includes('password')) return PASSWORD;
        if (lower.includes('name')) return NAME;
        return strings[n++ % strings.length];
      }
      return null;
    };
    const fields = Object.values(schema.getMutationType()!.getFields());
    const results = new Set<string>();
    for (const field of fields) {
      // A fresh administrator each time: some mutations end their caller's sessions.
      const caller = await api.account(Role.COUNTY_ADMIN, ['11', '33']);
      secret(`token for ${field.name}`, caller.token);
      const variables = Object.fromEntries(
        field.args.map((arg) => [arg.name, valueOf(arg.type, arg.name, 0)]),
      );
      const declarations = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
      const named = getNamedType(field.type);
      const selection = isScalarType(named) || isEnumType(named) ? '' : '{ __typename }';
      const response = await api.request(
        `mutation Fuzz_${field.name}${declarations ? `(${declarations})` : ''} { ${field.name}${
          field.args.length ? `(${field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : ''
        } ${selection} }`,
        variables,
        caller.token,
      );
      const code = response.errors?.[0]?.extensions?.code;
      results.add(typeof code === 'string' ? code : 'ok');
    }
    await waitForLines(log, fields.length, (line) => String(line.operation).startsWith('Fuzz_'));
    expect(leaks()).toEqual([]);
    const fuzzed = log.lines().filter((line) => String(line.operation).startsWith('Fuzz_'));
    expect(new Set(fuzzed.map((line) => line.operation)).size).toBe(fields.length);
    expect(fields.length).toBeGreaterThan(30);
    expect(results.size).toBeGreaterThan(1);
  });
});

/** The log line of a request is written when its response has finished: wait until `count` lines are there. */
async function waitForLines(
  log: CapturedLog,
  count: number,
  filter: (line: Record<string, unknown>) => boolean = (line) => line.msg === 'request',
): Promise<void> {
  while (log.lines().filter(filter).length < count) await new Promise((resolve) => setTimeout(resolve, 10));
}
