import { Writable } from 'node:stream';

import {
  getNamedType,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

import {
  CreateHouseholdDocument,
  CreatePersonDocument,
  ImportRegistryDocument,
  IssueSelfReportCodeDocument,
  LoginDocument,
  MeDocument,
  StartSelfReportDocument,
  UpdatePersonDocument,
} from '@census/client';
import { makeCitizenId, Sex } from '@census/rules';

import { Role } from '../src/auth/role';
import { createLogger } from '../src/observability/logger';
import { buildCensusSchema } from '../src/server/schema';
import { errorCodeOf, type Factories, factories } from './factories';
import { startTestApi, type TestApi } from './harness';

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

describe('request log: one structured line per request, never personal data', () => {
  let api: TestApi;
  const log = new CapturedLog();
  let make: Factories;
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
    make = factories(api);
    secret('admin token', api.admin.token);
  });
  afterAll(() => api.close());

  const leaks = () =>
    [...secrets].flatMap(([label, value]) =>
      log.text.includes(value) || log.text.includes(JSON.stringify(value).slice(1, -1)) ? [label] : [],
    );

  /** Where the log stands: the lines a test's requests write come after it. */
  const mark = () => log.lines().length;
  const since = (from: number) => log.lines().slice(from);
  /** The request lines since `from`, once `count` of them (with the operation, if given) are there. */
  async function requestLines(from: number, count: number, operation?: string) {
    const wanted = (line: Record<string, unknown>) =>
      line.msg === 'request' && (operation === undefined || line.operation === operation);
    while (since(from).filter(wanted).length < count) await new Promise((resolve) => setTimeout(resolve, 10));
    return since(from).filter(wanted);
  }

  /** An enumerator of a new small zone who signs in with a password, and a household there with a phone. */
  async function enumeratorAndHousehold() {
    const { smallZone } = await make.newZoneTree();
    const enumerator = await make.newAccount({ zones: [smallZone], password: PASSWORD });
    secret(`token of ${enumerator.username}`, enumerator.token);
    const household = await make.newHousehold({ smallZoneCode: smallZone, phone: PHONE });
    return { smallZone, enumerator, household };
  }

  describe('the operations of sign-in, households, persons, self-report and imports, without their values', () => {
    it('logs sign-ins, right and wrong, without password or token', async () => {
      const { enumerator } = await enumeratorAndHousehold();
      const from = mark();
      const login = async (password: string) =>
        (
          await make
            .client(null)
            .request(LoginDocument, { input: { username: enumerator.username, password } })
        ).login.token;
      expect((await login(`${PASSWORD}-wrong`)) ?? null).toBeNull();
      secret('wrong password', `${PASSWORD}-wrong`);
      secret('login token', (await login(PASSWORD))!);
      const lines = await requestLines(from, 2, 'Login');
      expect(lines.map((line) => line.result)).toEqual(['ok', 'ok']);
      expect(leaks()).toEqual([]);
    });

    it('logs a mutation with its operation, type, role, account, status, method and path, not its values', async () => {
      const { smallZone, enumerator } = await enumeratorAndHousehold();
      const from = mark();
      await enumerator.client.request(CreateHouseholdDocument, {
        input: { smallZoneCode: smallZone, phone: PHONE },
      });
      const [line] = await requestLines(from, 1, 'CreateHousehold');
      expect(line).toMatchObject({
        result: 'ok',
        opType: 'mutation',
        role: 'ENUMERATOR',
        account: enumerator.id,
        status: 200,
        method: 'POST',
        path: '/graphql',
      });
      expect(leaks()).toEqual([]);
    });

    it('logs only the code of a user error whose message names the value', async () => {
      const { enumerator, household } = await enumeratorAndHousehold();
      const person = await make.newPerson(household, {
        name: NAME,
        citizenId: CITIZEN,
        sex: Sex.FEMALE,
        birthYear: 1961,
        birthMonth: 4,
      });
      const from = mark();
      const refused = await enumerator.client.request(UpdatePersonDocument, {
        input: { id: person.id, expectedVersion: 1, name: NAME2, citizenId: BAD_CITIZEN },
      });
      expect(refused.updatePerson.userErrors.length).toBeGreaterThan(0);
      await requestLines(from, 1, 'UpdatePerson');
      expect(leaks()).toEqual([]);
    });

    it('logs a GraphQL error whose message echoes the value by its code only', async () => {
      const { smallZone, enumerator } = await enumeratorAndHousehold();
      const from = mark();
      // A phone given as a number: no typed client would send it.
      const invalid = await api.request(
        `mutation BadInput($input: CreateHouseholdInput!) { createHousehold(input: $input) { household { id } } }`,
        { input: { smallZoneCode: smallZone, phone: Number(PHONE) } },
        enumerator.token,
      );
      expect(invalid.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(invalid.errors)).toContain(PHONE);
      const [line] = await requestLines(from, 1, 'BadInput');
      expect(line).toMatchObject({ result: 'BAD_USER_INPUT', errors: 1 });
      expect(leaks()).toEqual([]);
    });

    it('logs self-report sign-ins as anonymous, without code, phone or token', async () => {
      const { enumerator, household } = await enumeratorAndHousehold();
      const issued = await enumerator.client.request(IssueSelfReportCodeDocument, {
        input: { householdId: household.id },
      });
      const code = secret(`self-report code ${household.id}`, issued.issueSelfReportCode.code!);
      const from = mark();
      const start = async (phone: string) =>
        (await make.client(null).request(StartSelfReportDocument, { input: { code, phone } })).startSelfReport
          .token;
      expect((await start(OTHER_PHONE)) ?? null).toBeNull();
      secret(`resident token ${household.id}`, (await start(PHONE))!);
      const lines = await requestLines(from, 2, 'StartSelfReport');
      expect(lines.map((line) => line.role)).toEqual(['ANONYMOUS', 'ANONYMOUS']);
      expect(leaks()).toEqual([]);
    });

    it('logs imports without their rows', async () => {
      const { smallZone } = await enumeratorAndHousehold();
      const from = mark();
      const imported = await make.client(api.admin.token).request(ImportRegistryDocument, {
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
      });
      expect(imported.importRegistry.accepted).toBe(1);
      expect(imported.importRegistry.rejected).toHaveLength(1);
      const [line] = await requestLines(from, 1, 'ImportRegistry');
      expect(line).toMatchObject({ result: 'ok', role: 'COUNTY_ADMIN' });
      expect(leaks()).toEqual([]);
    });

    it('logs an internal error with its SQL state and constraint, never its detail or parameters', async () => {
      const { enumerator, household } = await enumeratorAndHousehold();
      const person = {
        householdId: household.id,
        name: NAME,
        sex: 'FEMALE',
        birthYear: 1961,
        birthMonth: 4,
      } as const;
      const from = mark();
      await enumerator.client.request(CreatePersonDocument, {
        input: { ...person, relationship: 'HEAD', citizenId: CITIZEN },
      });
      // An internal error from PostgreSQL whose detail and parameters hold the values.
      // (Within this household only: other tests' persons may share the name.)
      await api.sql(
        `CREATE UNIQUE INDEX observe_person_name ON person (name) WHERE household_id = ${Number(household.rowId)}`,
      );
      try {
        const duplicate = enumerator.client.request(CreatePersonDocument, {
          input: { ...person, relationship: 'SPOUSE', citizenId: null },
        });
        expect(await errorCodeOf(duplicate)).toBe('INTERNAL_SERVER_ERROR');
      } finally {
        await api.sql(`DROP INDEX observe_person_name`);
      }
      const lines = await requestLines(from, 2, 'CreatePerson');
      expect(lines.map((line) => line.result)).toEqual(['ok', 'INTERNAL_SERVER_ERROR']);
      const internal = since(from).find((line) => line.msg === 'internal error');
      expect(internal).toMatchObject({
        level: 'error',
        operation: 'CreatePerson',
        err: { sqlState: '23505', constraint: 'observe_person_name' },
      });
      expect(internal?.reqId).toBe(lines[1].reqId);
      expect(leaks()).toEqual([]);
    });

    it('gives every request line a request ID, a duration and a time', async () => {
      const { enumerator } = await enumeratorAndHousehold();
      const from = mark();
      await enumerator.client.request(MeDocument);
      await make
        .client(null)
        .request(LoginDocument, { input: { username: enumerator.username, password: PASSWORD } })
        .then((r) => secret('login token 2', r.login.token!));
      await requestLines(from, 2);
      const requests = log.lines().filter((line) => line.msg === 'request');
      expect(requests.length).toBeGreaterThanOrEqual(2);
      for (const line of requests) {
        expect(line.reqId).toMatch(/^[0-9a-f-]{36}$/);
        expect(typeof line.ms).toBe('number');
        expect(typeof line.time).toBe('string');
      }
    });
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
