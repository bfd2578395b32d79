import {
  type CensusClient,
  EscalateProblemDocument,
  type EscalateProblemInput,
  ProblemByIdDocument,
  type ProblemFieldsFragment,
  type ProblemFilter,
  ProblemsDocument,
  type ProblemsQuery,
  ReportProblemDocument,
  type ReportProblemInput,
  ResolveProblemDocument,
  type ResolveProblemInput,
} from '@census/client';
import { countyCodeOf } from '@census/rules';

import { Role } from '../src/auth/role';
import { countyRowGlobalId, toGlobalId } from '../src/common/global-id';
import { errorCodeOf, type Factories, factories, type TestUser } from './factories';
import { startTestApi, type TestApi } from './harness';

interface Payload {
  problem?: ProblemFieldsFragment | null;
  userErrors: { field: string[]; message: string; code: string }[];
}

/** Problem global ID -> row id, for SQL. */
const rowOf = (id: string) => Buffer.from(id, 'base64url').toString('utf8').split(':').at(-1)!;

describe('problem log (疑难问题记录在案)', () => {
  let api: TestApi;
  let make: Factories;

  beforeAll(async () => {
    api = await startTestApi('problems');
    make = factories(api);
  });
  afterAll(() => api.close());

  /**
   * Two small zones of one township (`mine`, the enumerator's, and `sibling` in another census zone of it) and one
   * of another township (`theirs`), each with households of persons; their enumerators, supervisors and office.
   */
  async function world(households = 2) {
    const tree = await make.newZoneTree();
    const mine = tree.smallZone;
    const sibling = (await make.newZoneTree({ township: tree.township })).smallZone;
    const theirs = (await make.newZoneTree()).smallZone;
    const fill = async (smallZoneCode: string) => {
      const rows = [];
      for (let i = 0; i < households; i++)
        rows.push(await make.newHousehold({ smallZoneCode, building: true, persons: 2 }));
      return rows;
    };
    const [own, other] = await fill(mine);
    const [siblings] = await fill(sibling);
    const [their] = await fill(theirs);
    const supervisor = await make.newAccount({ role: Role.SUPERVISOR });
    const enumerator = await make.newAccount({ zones: [mine], supervisorId: supervisor.id });
    const officer = await make.newAccount({ role: Role.TOWNSHIP_OFFICER, zones: [tree.township] });
    const outsiderSupervisor = await make.newAccount({ role: Role.SUPERVISOR });
    const outsider = await make.newAccount({ zones: [theirs], supervisorId: outsiderSupervisor.id });
    const [building] = await api.sql<{ id: string }>(
      `SELECT building_id AS id FROM household WHERE id = $1`,
      [own.rowId],
    );
    return {
      mine,
      sibling,
      theirs,
      censusZone: tree.censusZone,
      township: tree.township,
      enumerator,
      supervisor,
      officer,
      outsider,
      outsiderSupervisor,
      admin: make.client(api.admin.token),
      ids: {
        household: own.id,
        otherHousehold: other.id,
        person: own.persons[0].id,
        building: countyRowGlobalId('Building', countyCodeOf(mine)!, building.id),
        siblingHousehold: siblings.id,
        theirHousehold: their.id,
        theirPerson: their.persons[0].id,
      },
    };
  }
  type World = Awaited<ReturnType<typeof world>>;

  const report = async (client: CensusClient, input: ReportProblemInput): Promise<Payload> =>
    (await client.request(ReportProblemDocument, { input })).reportProblem;
  const escalate = async (client: CensusClient, input: EscalateProblemInput): Promise<Payload> =>
    (await client.request(EscalateProblemDocument, { input })).escalateProblem;
  const resolve = async (client: CensusClient, input: ResolveProblemInput): Promise<Payload> =>
    (await client.request(ResolveProblemDocument, { input })).resolveProblem;

  async function reported(client: CensusClient, input: ReportProblemInput) {
    const result = await report(client, input);
    expect(result.userErrors).toEqual([]);
    return result.problem!;
  }

  /** `zone { code }` of a problem: no field of the client's documents, asked by hand. */
  const zoneOf = async (id: string) =>
    (
      await api.request<{ node: { zone: { code: string } } }>(
        `query($id: ID!) { node(id: $id) { ... on Problem { zone { code } } } }`,
        { id },
      )
    ).data!.node.zone;

  async function count(where: string, params: unknown[] = []): Promise<number> {
    const [{ n }] = await api.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM problem WHERE ${where}`,
      params,
    );
    return n;
  }

  /** The eleven problems of a world: nine in its township, two in the other one. */
  async function populate(w: World) {
    const { enumerator, supervisor, officer, ids } = w;
    return {
      refusal: await reported(enumerator.client, {
        subjectId: ids.household,
        category: 'REFUSAL',
        text: '  多次上门均拒绝开门，称不配合登记。 ',
      }),
      items: await reported(enumerator.client, {
        subjectId: ids.person,
        category: 'ITEM_REFUSAL',
        text: '拒绝填报职业和婚姻状况。',
        refusedItems: ['OCCUPATION', 'MARITAL_STATUS', 'OCCUPATION'],
      }),
      address: await reported(enumerator.client, {
        subjectId: ids.building,
        category: 'ADDRESS_NOT_FOUND',
        text: '公安推送地址在本建筑物找不到。',
      }),
      smallZone: await reported(enumerator.client, {
        subjectId: toGlobalId('Zone', w.mine),
        category: 'SOURCES_DISAGREE',
        text: '用电信息显示 3 户空户正常用电。',
      }),
      whereabouts: await reported(enumerator.client, {
        subjectId: ids.otherHousehold,
        category: 'WHEREABOUTS_UNKNOWN',
        text: '全户外出，去向不明，电话无人接听。',
      }),
      housing: await reported(supervisor.client, {
        subjectId: ids.otherHousehold,
        category: 'ITEM_REFUSAL',
        text: '拒绝填报住房和车辆情况。',
        refusedItems: ['HOUSING', 'VEHICLES'],
      }),
      censusZone: await reported(officer.client, {
        subjectId: toGlobalId('Zone', w.censusZone),
        category: 'OTHER',
        text: '村委会人手不足。',
      }),
      township: await reported(officer.client, {
        subjectId: toGlobalId('Zone', w.township),
        category: 'OTHER',
        text: '流动人口集中。',
      }),
      sibling: await reported(officer.client, {
        subjectId: ids.siblingHousehold,
        category: 'REFUSAL',
        text: '门难进。',
      }),
      theirs: await reported(w.admin, {
        subjectId: ids.theirHousehold,
        category: 'REFUSAL',
        text: '拒绝登记。',
      }),
      theirPerson: await reported(w.admin, {
        subjectId: ids.theirPerson,
        category: 'WHEREABOUTS_UNKNOWN',
        text: '人户分离，去向不明。',
      }),
    };
  }

  describe('recording', () => {
    it('records a refusal about a household, its text trimmed, open at version 1', async () => {
      const w = await world();
      const refusal = await reported(w.enumerator.client, {
        subjectId: w.ids.household,
        category: 'REFUSAL',
        text: '  多次上门均拒绝开门，称不配合登记。 ',
      });
      expect(refusal).toMatchObject({
        zoneCode: w.mine,
        category: 'REFUSAL',
        refusedItems: [],
        text: '多次上门均拒绝开门，称不配合登记。',
        status: 'OPEN',
        version: 1,
        subject: { __typename: 'Household', id: w.ids.household },
        reportedBy: { username: w.enumerator.username },
        escalatedAt: null,
        resolvedAt: null,
      });
      expect(await zoneOf(refusal.id)).toEqual({ code: w.mine });
    });

    it('records the items a person refuses, each once', async () => {
      const w = await world();
      const items = await reported(w.enumerator.client, {
        subjectId: w.ids.person,
        category: 'ITEM_REFUSAL',
        text: '拒绝填报职业和婚姻状况。',
        refusedItems: ['OCCUPATION', 'MARITAL_STATUS', 'OCCUPATION'],
      });
      expect(items).toMatchObject({
        zoneCode: w.mine,
        refusedItems: ['OCCUPATION', 'MARITAL_STATUS'],
        subject: { __typename: 'Person', id: w.ids.person },
      });
    });

    it('stores the subject in its own column, under the small zone, with the reporter', async () => {
      const w = await world();
      const items = await reported(w.enumerator.client, {
        subjectId: w.ids.person,
        category: 'ITEM_REFUSAL',
        text: '拒绝填报职业和婚姻状况。',
        refusedItems: ['OCCUPATION'],
      });
      const [row] = await api.sql<Record<string, unknown>>(
        `SELECT zone_code, subject_zone_code, building_id, household_id, person_id, reported_by::text, version
           FROM problem WHERE id = $1`,
        [rowOf(items.id)],
      );
      expect(row).toEqual({
        zone_code: w.mine,
        subject_zone_code: null,
        building_id: null,
        household_id: null,
        person_id: rowOf(w.ids.person),
        reported_by: w.enumerator.id,
        version: 1,
      });
    });

    it('records a problem about a building', async () => {
      const w = await world();
      const address = await reported(w.enumerator.client, {
        subjectId: w.ids.building,
        category: 'ADDRESS_NOT_FOUND',
        text: '公安推送地址在本建筑物找不到。',
      });
      expect(address).toMatchObject({
        zoneCode: w.mine,
        subject: { __typename: 'Building', id: w.ids.building },
      });
    });

    it('records a problem about a small zone', async () => {
      const w = await world();
      const smallZone = await reported(w.enumerator.client, {
        subjectId: toGlobalId('Zone', w.mine),
        category: 'SOURCES_DISAGREE',
        text: '用电信息显示 3 户空户正常用电。',
      });
      expect(smallZone).toMatchObject({
        zoneCode: w.mine,
        subject: { __typename: 'Zone', id: toGlobalId('Zone', w.mine) },
      });
    });

    it('lets a supervisor record problems about the households of its enumerators', async () => {
      const w = await world();
      const housing = await report(w.supervisor.client, {
        subjectId: w.ids.otherHousehold,
        category: 'ITEM_REFUSAL',
        text: '拒绝填报住房和车辆情况。',
        refusedItems: ['HOUSING', 'VEHICLES'],
      });
      expect(housing.userErrors).toEqual([]);
    });

    it('lets an office record problems about its census zones and township, filed under the zone itself', async () => {
      const w = await world();
      const censusZone = await reported(w.officer.client, {
        subjectId: toGlobalId('Zone', w.censusZone),
        category: 'OTHER',
        text: '村委会人手不足。',
      });
      expect(censusZone).toMatchObject({ zoneCode: w.censusZone });
      expect(await zoneOf(censusZone.id)).toEqual({ code: w.censusZone });
      const township = await reported(w.officer.client, {
        subjectId: toGlobalId('Zone', w.township),
        category: 'OTHER',
        text: '流动人口集中。',
      });
      expect(township).toMatchObject({ zoneCode: w.township });
      expect(
        await report(w.officer.client, {
          subjectId: w.ids.siblingHousehold,
          category: 'REFUSAL',
          text: '门难进。',
        }),
      ).toMatchObject({ userErrors: [] });
    });

    it('lets the county record problems in any township', async () => {
      const w = await world();
      const theirs = await report(w.admin, {
        subjectId: w.ids.theirHousehold,
        category: 'REFUSAL',
        text: '拒绝登记。',
      });
      expect(theirs.userErrors).toEqual([]);
      const person = await report(w.admin, {
        subjectId: w.ids.theirPerson,
        category: 'WHEREABOUTS_UNKNOWN',
        text: '人户分离，去向不明。',
      });
      expect(person.userErrors).toEqual([]);
    });
  });

  it('shows the problems of households, persons and buildings without one statement per row', async () => {
    const w = await world(20);
    const problems = await populate(w);
    const query = `query($zone: String!) {
      households(filter: { zoneCode: $zone }, first: 100) {
        nodes { id problems { id category subject { __typename } reportedBy { username } }
                persons { id problems { id refusedItems } } building { id problems { id } } } } }`;
    interface Nested {
      households: {
        nodes: {
          id: string;
          problems: { id: string; category: string }[];
          persons: { id: string; problems: { id: string; refusedItems: string[] }[] }[];
          building: { id: string; problems: { id: string }[] } | null;
        }[];
      };
    }
    const statementsFor = async (zone: string) => {
      api.counter.reset();
      const response = await api.request<Nested>(query, { zone });
      expect(response.errors).toBeUndefined();
      if (process.env.SHOW_SQL) console.log(api.counter.statements.map((s) => s.slice(0, 140)).join('\n'));
      return { statements: api.counter.total, data: response.data! };
    };
    const own = await statementsFor(w.mine);
    const household = own.data.households.nodes.find((h) => h.id === w.ids.household)!;
    expect(household.problems.map((p) => p.id)).toEqual([problems.refusal.id]);
    const other = own.data.households.nodes.find((h) => h.id === w.ids.otherHousehold)!;
    expect(other.problems.map((p) => p.id)).toEqual([problems.whereabouts.id, problems.housing.id]);
    const person = household.persons.find((p) => p.id === w.ids.person)!;
    expect(person.problems).toEqual([
      { id: problems.items.id, refusedItems: ['OCCUPATION', 'MARITAL_STATUS'] },
    ]);
    expect(household.building!.problems.map((p) => p.id)).toEqual([problems.address.id]);
    // Whatever the number of households and persons, a bounded number of statements: the caller, the household
    // page, persons, buildings, accounts and problems once per nesting level (households, persons, buildings).
    // On a quiet machine levels that land in the same tick share a statement (8 in all); on a loaded one the
    // answers of one level may arrive in separate ticks and split a batch, never per row (20 households and
    // their persons would be over 60).
    const elsewhere = await statementsFor(w.sibling);
    for (const result of [own, elsewhere]) {
      expect(result.data.households.nodes.length).toBeGreaterThanOrEqual(20);
      expect(result.statements).toBeLessThanOrEqual(14);
    }
  });

  describe('rejected reports name the field and write nothing', () => {
    const missing = (type: 'Household' | 'Person' | 'Building') => toGlobalId(type, '999999999');
    type Case = [string, (w: World) => ReportProblemInput, { field: string; code: string }[]];
    const cases: Case[] = [
      [
        'blank text',
        (w) => ({ subjectId: w.ids.household, category: 'REFUSAL', text: '   ' }),
        [{ field: 'input.text', code: 'REQUIRED' }],
      ],
      [
        'text over 2000 characters',
        (w) => ({ subjectId: w.ids.household, category: 'REFUSAL', text: '拒'.repeat(2001) }),
        [{ field: 'input.text', code: 'OUT_OF_RANGE' }],
      ],
      [
        'an item refusal without items',
        (w) => ({ subjectId: w.ids.person, category: 'ITEM_REFUSAL', text: 'x' }),
        [{ field: 'input.refusedItems', code: 'REQUIRED' }],
      ],
      [
        'an item refusal with no items',
        (w) => ({ subjectId: w.ids.person, category: 'ITEM_REFUSAL', text: 'x', refusedItems: [] }),
        [{ field: 'input.refusedItems', code: 'REQUIRED' }],
      ],
      [
        'items on another category',
        (w) => ({ subjectId: w.ids.person, category: 'REFUSAL', text: 'x', refusedItems: ['HOUSING'] }),
        [{ field: 'input.refusedItems', code: 'INVALID' }],
      ],
      [
        'a subject that is no ID',
        () => ({ subjectId: 'not-an-id', category: 'OTHER', text: 'x' }),
        [{ field: 'input.subjectId', code: 'INVALID' }],
      ],
      [
        'an account as subject',
        (w) => ({ subjectId: toGlobalId('Account', w.enumerator.id), category: 'OTHER', text: 'x' }),
        [{ field: 'input.subjectId', code: 'INVALID' }],
      ],
      [
        'a refusal by a building',
        (w) => ({ subjectId: w.ids.building, category: 'REFUSAL', text: 'x' }),
        [{ field: 'input.category', code: 'MISMATCH' }],
      ],
      [
        'a missing household',
        () => ({ subjectId: missing('Household'), category: 'REFUSAL', text: 'x' }),
        [{ field: 'input.subjectId', code: 'NOT_FOUND' }],
      ],
      [
        // Its own census zone is visible to the enumerator (an ancestor) but not held: OUT_OF_SCOPE, as zone mutations.
        "the enumerator's census zone",
        (w) => ({ subjectId: toGlobalId('Zone', w.censusZone), category: 'OTHER', text: 'x' }),
        [{ field: 'input.subjectId', code: 'OUT_OF_SCOPE' }],
      ],
      [
        'every problem of one input at once',
        () => ({ subjectId: missing('Person'), category: 'ITEM_REFUSAL', text: '' }),
        [
          { field: 'input.subjectId', code: 'NOT_FOUND' },
          { field: 'input.text', code: 'REQUIRED' },
          { field: 'input.refusedItems', code: 'REQUIRED' },
        ],
      ],
    ];

    it.each(cases)('%s', async (_name, input, expected) => {
      const w = await world();
      const before = await count('TRUE');
      const result = await report(w.enumerator.client, input(w));
      expect(result.userErrors.map(({ field, code }) => ({ field: field.join('.'), code }))).toEqual(
        expected,
      );
      expect(await count('TRUE')).toBe(before);
    });

    it('names the kind of the missing subject, never its global ID', async () => {
      const w = await world();
      const result = await report(w.enumerator.client, {
        subjectId: missing('Building'),
        category: 'OTHER',
        text: 'x',
      });
      expect(result.userErrors[0]).toMatchObject({
        message: '建筑物不存在，或不在您负责的区划内。',
        messageCode: 'record.notFound',
        params: { object: 'building' },
      });
    });
  });

  describe('rejected escalations and resolutions name the field and change nothing', () => {
    type Case = [
      string,
      'escalate' | 'resolve',
      (w: World, problem: string) => Record<string, unknown>,
      string,
    ];
    const cases: Case[] = [
      ['a problem ID that is no ID', 'escalate', () => ({ id: 'garbage', expectedVersion: 1 }), 'id:INVALID'],
      ['a household ID', 'escalate', (w) => ({ id: w.ids.household, expectedVersion: 1 }), 'id:INVALID'],
      [
        'a note over 2000 characters',
        'escalate',
        (_w, id) => ({ id, expectedVersion: 1, note: 'n'.repeat(2001) }),
        'note:OUT_OF_RANGE',
      ],
      [
        'a blank resolution',
        'resolve',
        (_w, id) => ({ id, expectedVersion: 1, resolution: ' ' }),
        'resolution:REQUIRED',
      ],
      [
        'a resolution over 2000 characters',
        'resolve',
        (_w, id) => ({ id, expectedVersion: 1, resolution: 'r'.repeat(2001) }),
        'resolution:OUT_OF_RANGE',
      ],
    ];

    it.each(cases)('%s', async (_name, step, input, expected) => {
      const w = await world();
      const problem = await reported(w.enumerator.client, {
        subjectId: w.ids.household,
        category: 'REFUSAL',
        text: '拒绝登记。',
      });
      const before = await count('TRUE');
      const result =
        step === 'escalate'
          ? await escalate(w.enumerator.client, input(w, problem.id) as EscalateProblemInput)
          : await resolve(w.supervisor.client, input(w, problem.id) as ResolveProblemInput);
      const [item, code] = expected.split(':');
      expect(result.userErrors.map(({ field, code }) => ({ field, code }))).toEqual([
        { field: ['input', item], code },
      ]);
      expect(await count('TRUE')).toBe(before);
      expect(await count(`id = $1 AND version = 1 AND status = 'OPEN'`, [rowOf(problem.id)])).toBe(1);
    });
  });

  describe('OPEN -> ESCALATED -> RESOLVED', () => {
    /** A refusal its enumerator reported, still OPEN at version 1. */
    async function open() {
      const w = await world();
      const problem = await reported(w.enumerator.client, {
        subjectId: w.ids.household,
        category: 'REFUSAL',
        text: '拒绝登记。',
      });
      return { ...w, id: problem.id };
    }
    /** ... and escalated by its enumerator (version 2). */
    async function escalated() {
      const w = await open();
      expect((await escalate(w.enumerator.client, { id: w.id, expectedVersion: 1 })).userErrors).toEqual([]);
      return w;
    }
    /** ... and resolved by the supervisor (version 3). */
    async function resolved() {
      const w = await escalated();
      const result = await resolve(w.supervisor.client, {
        id: w.id,
        expectedVersion: 2,
        resolution: '指导员上门后完成登记。',
      });
      expect(result.userErrors).toEqual([]);
      return { ...w, problem: result.problem! };
    }

    it('escalates an open problem with a trimmed note, moving its version', async () => {
      const w = await open();
      const result = await escalate(w.enumerator.client, {
        id: w.id,
        expectedVersion: 1,
        note: '  请指导员协助上门。 ',
      });
      expect(result.userErrors).toEqual([]);
      expect(result.problem).toMatchObject({
        status: 'ESCALATED',
        version: 2,
        escalationNote: '请指导员协助上门。',
        escalatedBy: { username: w.enumerator.username },
        resolvedAt: null,
      });
      expect(result.problem!.escalatedAt).toEqual(expect.any(String));
    });

    it('answers CONFLICT to an escalation of a version that moved', async () => {
      const { enumerator, id } = await escalated();
      const stale = await escalate(enumerator.client, { id, expectedVersion: 1 });
      expect(stale.problem).toBeNull();
      expect(stale.userErrors).toEqual([
        {
          field: ['input', 'expectedVersion'],
          code: 'CONFLICT',
          message: '此问题已被他人修改（当前第2版，您编辑的是第1版），请重新打开后再修改。',
          messageCode: 'record.versionConflict',
          params: { object: 'problem', current: 2, expected: 1 },
        },
      ]);
    });

    it('escalates a problem only once', async () => {
      const { enumerator, id } = await escalated();
      const again = await escalate(enumerator.client, { id, expectedVersion: 2 });
      expect(again.userErrors).toEqual([
        {
          field: ['input', 'id'],
          code: 'INVALID',
          message: '此问题已经上报过。',
          messageCode: 'problem.alreadyEscalated',
          params: {},
        },
      ]);
    });

    it('answers CONFLICT to a resolution of a version that moved', async () => {
      const { supervisor, id } = await escalated();
      const staleResolve = await resolve(supervisor.client, { id, expectedVersion: 1, resolution: 'x' });
      expect(staleResolve.userErrors[0]).toMatchObject({
        field: ['input', 'expectedVersion'],
        code: 'CONFLICT',
      });
    });

    it('resolves an escalated problem, keeping who escalated it', async () => {
      const { problem, enumerator, supervisor, id } = await resolved();
      expect(problem).toMatchObject({
        status: 'RESOLVED',
        version: 3,
        resolution: '指导员上门后完成登记。',
        escalatedBy: { username: enumerator.username },
      });
      const [row] = await api.sql<{
        status: string;
        resolved_by: string;
        escalated_by: string;
        version: number;
      }>(`SELECT status, resolved_by::text, escalated_by::text, version FROM problem WHERE id = $1`, [
        rowOf(id),
      ]);
      expect(row).toEqual({
        status: 'RESOLVED',
        resolved_by: supervisor.id,
        escalated_by: enumerator.id,
        version: 3,
      });
    });

    it('shows the county who reported and who resolved it', async () => {
      // A supervisor holds no zone of its own, so accounts that see it are those of the county (account visibility).
      const { admin, enumerator, supervisor, id } = await resolved();
      const { node } = await admin.request(ProblemByIdDocument, { id });
      expect(node).toMatchObject({
        status: 'RESOLVED',
        reportedBy: { username: enumerator.username },
        resolvedBy: { username: supervisor.username },
      });
    });

    it('keeps a resolved problem resolved', async () => {
      const { enumerator, supervisor, id } = await resolved();
      const reopen = await escalate(enumerator.client, { id, expectedVersion: 3 });
      expect(reopen.userErrors).toEqual([
        {
          field: ['input', 'id'],
          code: 'INVALID',
          message: '此问题已解决，解决后不能再改。',
          messageCode: 'problem.resolvedIsFinal',
          params: { again: 'no' },
        },
      ]);
      const twice = await resolve(supervisor.client, { id, expectedVersion: 3, resolution: 'again' });
      expect(twice.userErrors).toEqual([
        {
          field: ['input', 'id'],
          code: 'INVALID',
          message: '此问题已经解决，解决后不能再改。',
          messageCode: 'problem.resolvedIsFinal',
          params: { again: 'yes' },
        },
      ]);
    });

    it('lets the township office resolve an open problem directly', async () => {
      const { officer, id } = await open();
      const direct = await resolve(officer.client, {
        id,
        expectedVersion: 1,
        resolution: '地址已核实为拆迁。',
      });
      expect(direct.problem).toMatchObject({
        status: 'RESOLVED',
        version: 2,
        escalatedAt: null,
        resolvedBy: { username: officer.username },
      });
    });

    it('lets a supervisor escalate to the office, without a note', async () => {
      const { supervisor, id } = await open();
      const byOffice = await escalate(supervisor.client, { id, expectedVersion: 1 });
      expect(byOffice.problem).toMatchObject({ status: 'ESCALATED', escalationNote: null });
    });
  });

  describe('roles', () => {
    it('forbids an enumerator to resolve', async () => {
      const { enumerator, id } = await openProblem();
      const attempt = enumerator.client.request(ResolveProblemDocument, {
        input: { id, expectedVersion: 1, resolution: 'x' },
      });
      expect(await errorCodeOf(attempt)).toBe('FORBIDDEN');
    });

    it('forbids an office to escalate', async () => {
      const { officer, id } = await openProblem();
      const attempt = officer.client.request(EscalateProblemDocument, { input: { id, expectedVersion: 1 } });
      expect(await errorCodeOf(attempt)).toBe('FORBIDDEN');
    });

    it('lists nothing without a token', async () => {
      expect(await errorCodeOf(make.client(null).request(ProblemsDocument))).toBe('UNAUTHENTICATED');
    });

    async function openProblem(): Promise<{ enumerator: TestUser; officer: TestUser; id: string }> {
      const w = await world();
      const problem = await reported(w.enumerator.client, {
        subjectId: w.ids.person,
        category: 'ITEM_REFUSAL',
        text: '拒绝填报职业和婚姻状况。',
        refusedItems: ['OCCUPATION'],
      });
      return { ...w, id: problem.id };
    }
  });

  describe('lists', () => {
    const listed = async (client: CensusClient, filter: ProblemFilter = {}) =>
      (await client.request(ProblemsDocument, { filter, first: 100 })).problems;
    const expected = async (where: string, params: unknown[]) =>
      (
        await api.sql<{ id: string; county: string }>(
          `SELECT id, county_code AS county FROM problem WHERE ${where} ORDER BY zone_code, id`,
          params,
        )
      ).map((r) => countyRowGlobalId('Problem', r.county, r.id));

    it('filters by zone subtree, category, status, refused item and subject, counting what SQL counts', async () => {
      const w = await world();
      const problems = await populate(w);
      expect(Object.keys(problems)).toHaveLength(11);
      const { mine, township } = w;
      const cases: [ProblemFilter, string, unknown[]][] = [
        [{}, 'TRUE', []],
        [{ zoneCode: mine.slice(0, 6) }, 'zone_code LIKE $1', [`${mine.slice(0, 6)}%`]],
        [{ zoneCode: township }, 'zone_code LIKE $1', [`${township}%`]],
        [{ zoneCode: `${township}000` }, 'zone_code LIKE $1', [`${township}%`]],
        [{ zoneCode: mine.slice(0, 12) }, 'zone_code LIKE $1', [`${mine.slice(0, 12)}%`]],
        [{ zoneCode: mine }, 'zone_code = $1', [mine]],
        [{ category: ['REFUSAL', 'ITEM_REFUSAL'] }, `category IN ('REFUSAL', 'ITEM_REFUSAL')`, []],
        [{ status: ['OPEN'] }, `status = 'OPEN'`, []],
        [{ status: ['ESCALATED', 'RESOLVED'] }, `status <> 'OPEN'`, []],
        [
          { zoneCode: township, category: ['REFUSAL'], status: ['OPEN'] },
          `zone_code LIKE $1 AND category = 'REFUSAL' AND status = 'OPEN'`,
          [`${township}%`],
        ],
        [{ refusedItems: ['HOUSING', 'HEALTH'] }, `'HOUSING' = ANY(refused_items)`, []],
        [{ subjectId: w.ids.otherHousehold }, 'household_id = $1', [rowOf(w.ids.otherHousehold)]],
        [{ subjectId: toGlobalId('Zone', mine) }, 'subject_zone_code = $1', [mine]],
        [{ subjectId: 'garbage' }, 'FALSE', []],
      ];
      for (const [filter, where, params] of cases) {
        const ids = await expected(where, params);
        const page = await listed(w.admin, filter);
        expect({ filter, totalCount: page.totalCount, ids: page.nodes.map((n) => n.id) }).toEqual({
          filter,
          totalCount: ids.length,
          ids,
        });
      }
      expect((await listed(w.admin, { zoneCode: township })).totalCount).toBe(9);
    });

    it('pages with cursors through each problem once, in order', async () => {
      const w = await world();
      await populate(w);
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const result: ProblemsQuery = await w.admin.request(ProblemsDocument, { first: 3, after });
        const page = result.problems;
        seen.push(...page.nodes.map((n) => n.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : null;
      } while (after);
      expect(seen).toEqual(await expected('TRUE', []));
    });

    it("lists an enumerator's own small zone only, not the census zone or township above it", async () => {
      const w = await world();
      await populate(w);
      const own = await listed(w.enumerator.client);
      expect(own.nodes.map((n) => n.id)).toEqual(await expected('zone_code = $1', [w.mine]));
    });

    it('lists the whole township to its office, including zone-level problems', async () => {
      const w = await world();
      await populate(w);
      expect((await listed(w.officer.client)).totalCount).toBe(
        await count('zone_code LIKE $1', [`${w.township}%`]),
      );
    });
  });

  describe('an enumerator of another small zone', () => {
    /** The message names only the ID the caller sent; replace it to compare the rest. */
    const normalized = (payload: Payload, sent: string) =>
      payload.userErrors.map(({ field, code, message }) => ({
        field,
        code,
        message: message.split(sent).join('<id>'),
      }));
    const ghostProblem = toGlobalId('Problem', '999999999');

    async function populated() {
      const w = await world();
      const problems = await populate(w);
      const mineIds = Object.values(problems)
        .filter((p) => p.zoneCode.startsWith(w.township))
        .map((p) => p.id);
      expect(mineIds.length).toBe(9);
      return { ...w, problems, mineIds };
    }

    it('finds none of the problems of the township, by list, nodes or node', async () => {
      const { outsider, problems, mineIds, township, theirs } = await populated();
      const lists = await api.request<{
        mine: { totalCount: number; nodes: { id: string }[] };
        all: { totalCount: number; nodes: { id: string }[] };
        nodes: unknown[];
        node: unknown;
      }>(
        `query($zone: String!, $ids: [ID!]!, $id: ID!) {
          mine: problems(filter: { zoneCode: $zone }) { totalCount nodes { id } }
          all: problems(first: 100) { totalCount nodes { id } }
          nodes(ids: $ids) { id }
          node(id: $id) { id }
        }`,
        { zone: township, ids: mineIds, id: mineIds[0] },
        outsider.token,
      );
      expect(lists.errors).toBeUndefined();
      expect(lists.data!.mine).toEqual({ totalCount: 0, nodes: [] });
      expect(lists.data!.all.totalCount).toBe(await count('zone_code = $1', [theirs]));
      expect(lists.data!.all.nodes.map((n) => n.id).sort()).toEqual(
        [problems.theirs.id, problems.theirPerson.id].sort(),
      );
      expect(lists.data!.nodes).toEqual(mineIds.map(() => null));
      expect(lists.data!.node).toBeNull();
    });

    it.each(['Household', 'Person', 'Building', 'Zone'] as const)(
      'cannot report about a %s there: the answer is that of a missing one',
      async (type) => {
        const w = await world();
        const foreign = {
          Household: w.ids.household,
          Person: w.ids.person,
          Building: w.ids.building,
          Zone: toGlobalId('Zone', w.mine),
        }[type];
        const missing = toGlobalId(type, type === 'Zone' ? '330106999999999' : '999999999');
        const a = await report(w.outsider.client, { subjectId: foreign, category: 'OTHER', text: '越权' });
        const b = await report(w.outsider.client, { subjectId: missing, category: 'OTHER', text: '越权' });
        expect(a.problem).toBeNull();
        expect(normalized(a, foreign)).toEqual([
          {
            field: ['input', 'subjectId'],
            code: 'NOT_FOUND',
            message: `${{ Household: '住户', Person: '人员', Building: '建筑物', Zone: '区划' }[type]}不存在，或不在您负责的区划内。`,
          },
        ]);
        expect(normalized(a, foreign)).toEqual(normalized(b, missing));
        expect(await count(`text = '越权'`)).toBe(0);
      },
    );

    it('cannot escalate or resolve them: the answers are those of a missing problem', async () => {
      const { outsider, outsiderSupervisor, problems } = await populated();
      const open = problems.items; // OPEN, version 1
      const escalations = [
        await escalate(outsider.client, { id: open.id, expectedVersion: 1 }),
        await escalate(outsider.client, { id: ghostProblem, expectedVersion: 1 }),
      ];
      expect(normalized(escalations[0], open.id)).toEqual([
        { field: ['input', 'id'], code: 'NOT_FOUND', message: '问题不存在，或不在您负责的区划内。' },
      ]);
      expect(normalized(escalations[0], open.id)).toEqual(normalized(escalations[1], ghostProblem));
      const resolutions = [
        await resolve(outsiderSupervisor.client, { id: open.id, expectedVersion: 1, resolution: '越权' }),
        await resolve(outsiderSupervisor.client, {
          id: ghostProblem,
          expectedVersion: 1,
          resolution: '越权',
        }),
      ];
      expect(normalized(resolutions[0], open.id)).toEqual(normalized(resolutions[1], ghostProblem));
      expect(resolutions[0].userErrors[0].code).toBe('NOT_FOUND');
      expect(await count(`text = '越权'`)).toBe(0);
      expect(await count(`id = $1 AND status = 'OPEN' AND version = 1`, [rowOf(open.id)])).toBe(1);
    });
  });
});
