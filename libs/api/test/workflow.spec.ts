import { makeCitizenId, Sex } from '@census/rules';
import { Role } from '../src/auth/role';
import { startTestApi, type TestAccount, type TestApi } from './harness';

interface UserErrorShape {
  field: string[];
  code: string;
  message: string;
}
type Payload<K extends string, T> = Record<K, { userErrors: UserErrorShape[] } & Record<string, T | null>>;

const SMALL_ZONE = '330106001001001';
const HOUSEHOLD =
  'household { id version stage returnReason registrationMethod history { fromStage toStage reason } }';

describe('listing-to-approval workflow, visits and agenda', () => {
  let api: TestApi;
  let enumerator: TestAccount;
  let supervisor: TestAccount;

  beforeAll(async () => {
    api = await startTestApi('workflow');
    for (const [code, level, name] of [
      ['3301', 'CITY', '杭州市'],
      ['330106', 'COUNTY', '西湖区'],
      ['330106001', 'TOWNSHIP', '北山街道'],
      ['330106001001', 'CENSUS_ZONE', '某社区'],
      [SMALL_ZONE, 'SMALL_ZONE', '第1普查小区'],
    ]) {
      await api.sql(`INSERT INTO zone (code, level, name, parent_code, version) VALUES ($1, $2, $3, $4, 1)`, [
        code,
        level,
        name,
        code.length === 4
          ? '33'
          : code.slice(0, code.length === 15 ? 12 : code.length === 12 ? 9 : code.length === 9 ? 6 : 4),
      ]);
    }
    supervisor = await api.account(Role.SUPERVISOR, []);
    enumerator = await api.account(Role.ENUMERATOR, [SMALL_ZONE], { supervisorId: supervisor.id });
  });
  afterAll(() => api.close());

  async function call<K extends string, T>(
    account: TestAccount,
    mutation: K,
    inputType: string,
    selection: string,
    input: Record<string, unknown>,
  ) {
    const response = await api.request<Payload<K, T>>(
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${selection} userErrors { field code message } } }`,
      { input },
      account.token,
    );
    expect(response.errors).toBeUndefined();
    return response.data![mutation];
  }

  async function newHousehold(input: Record<string, unknown>) {
    const created = await call<'createHousehold', { id: string; version: number }>(
      enumerator,
      'createHousehold',
      'CreateHouseholdInput',
      'household { id version }',
      { smallZoneCode: SMALL_ZONE, ...input },
    );
    expect(created.userErrors).toEqual([]);
    return created.household as { id: string; version: number };
  }

  function person(householdId: string, items: Record<string, unknown>) {
    return call<'createPerson', { id: string; version: number }>(
      enumerator,
      'createPerson',
      'CreatePersonInput',
      'person { id version }',
      {
        householdId,
        ...items,
      },
    );
  }

  it('answers every completeness problem at once, then submits, returns, resubmits and approves', async () => {
    const household = await newHousehold({ presentMale: 1, presentFemale: 0 });
    await person(household.id, {
      name: '陈建国',
      relationship: 'SPOUSE',
      sex: 'MALE',
      birthYear: 1975,
      birthMonth: 3,
    });
    await person(household.id, {
      name: '陈小红',
      relationship: 'CHILD',
      sex: 'FEMALE',
      birthYear: 2010,
      birthMonth: 6,
      ethnicity: 'HAN',
    });

    const refused = await call<'submitHousehold', unknown>(
      enumerator,
      'submitHousehold',
      'HouseholdStageInput',
      HOUSEHOLD,
      {
        id: household.id,
        expectedVersion: household.version,
      },
    );
    expect(refused.household).toBeNull();
    const fields = refused.userErrors.map((e) => e.field.join('.')).sort();
    expect(fields).toEqual(
      [
        'household.persons', // no head
        'household.presentFemale', // H2 says 0 females present, one is listed
        'household.dwellingType', // H5-H7 of a family household
        'household.floorArea',
        'household.rooms',
        'persons.1.citizenId',
        'persons.1.education',
        'persons.1.ethnicity',
        'persons.1.literate',
        'persons.2.education',
      ].sort(),
    );

    // Fix everything: the first person becomes the head with full items, H2 agrees.
    const [{ id: headId }] = await api.sql<{ id: string }>(`SELECT id FROM person WHERE name = '陈建国'`);
    const { toGlobalId } = await import('../src/common/global-id');
    const fixHead = await call<'updatePerson', { version: number }>(
      enumerator,
      'updatePerson',
      'UpdatePersonInput',
      'person { version }',
      {
        id: toGlobalId('Person', headId),
        expectedVersion: 1,
        relationship: 'HEAD',
        ethnicity: 'HAN',
        education: 'SENIOR_SECONDARY',
        literate: true,
        citizenId: makeCitizenId('330106', { year: 1975, month: 3, day: 9 }, 17, Sex.MALE),
      },
    );
    expect(fixHead.userErrors).toEqual([]);
    const [{ id: childId }] = await api.sql<{ id: string }>(`SELECT id FROM person WHERE name = '陈小红'`);
    await call(enumerator, 'updatePerson', 'UpdatePersonInput', 'person { version }', {
      id: toGlobalId('Person', childId),
      expectedVersion: 1,
      education: 'PRIMARY',
    });
    const fixed = await call<'updateHousehold', { version: number }>(
      enumerator,
      'updateHousehold',
      'UpdateHouseholdInput',
      'household { version }',
      {
        id: household.id,
        expectedVersion: household.version,
        presentFemale: 1,
        dwellingType: 'ORDINARY_DWELLING',
        floorArea: 68.5,
        rooms: 3,
      },
    );
    const submitted = await call<'submitHousehold', { version: number; stage: string }>(
      enumerator,
      'submitHousehold',
      'HouseholdStageInput',
      HOUSEHOLD,
      { id: household.id, expectedVersion: fixed.household!.version },
    );
    expect(submitted.userErrors).toEqual([]);
    expect(submitted.household).toMatchObject({ stage: 'SUBMITTED' });

    // Submitted forms are with the supervisor: the enumerator can neither edit nor approve them.
    const locked = await call(enumerator, 'updateHousehold', 'UpdateHouseholdInput', 'household { id }', {
      id: household.id,
      expectedVersion: submitted.household!.version,
      rooms: 3,
    });
    expect(locked.userErrors[0].message).toContain('SUBMITTED');
    expect(locked.userErrors[0].code).toBe('LOCKED');
    const lockedPerson = await person(household.id, {
      name: '陈某',
      relationship: 'OTHER',
      sex: 'MALE',
      birthYear: 1990,
      birthMonth: 1,
    });
    expect(lockedPerson.userErrors[0].field).toEqual(['input', 'householdId']);
    const selfApproval = await api.request(
      `mutation($input: HouseholdStageInput!) { approveHousehold(input: $input) { household { id } } }`,
      { input: { id: household.id, expectedVersion: submitted.household!.version } },
      enumerator.token,
    );
    expect(selfApproval.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const noReason = await call(supervisor, 'returnHousehold', 'ReturnHouseholdInput', HOUSEHOLD, {
      id: household.id,
      expectedVersion: submitted.household!.version,
      reason: '  ',
    });
    expect(noReason.userErrors[0]).toMatchObject({ field: ['input', 'reason'], code: 'REQUIRED' });
    const returned = await call<'returnHousehold', { version: number; returnReason: string }>(
      supervisor,
      'returnHousehold',
      'ReturnHouseholdInput',
      HOUSEHOLD,
      { id: household.id, expectedVersion: submitted.household!.version, reason: '请核实住房间数' },
    );
    expect(returned.household).toMatchObject({ stage: 'RETURNED', returnReason: '请核实住房间数' });
    const edited = await call<'updateHousehold', { version: number }>(
      enumerator,
      'updateHousehold',
      'UpdateHouseholdInput',
      'household { version }',
      {
        id: household.id,
        expectedVersion: returned.household!.version,
        rooms: 3,
      },
    );
    const resubmitted = await call<'submitHousehold', { version: number }>(
      enumerator,
      'submitHousehold',
      'HouseholdStageInput',
      HOUSEHOLD,
      {
        id: household.id,
        expectedVersion: edited.household!.version,
      },
    );
    const approved = await call<'approveHousehold', { stage: string; history: { toStage: string }[] }>(
      supervisor,
      'approveHousehold',
      'HouseholdStageInput',
      HOUSEHOLD,
      { id: household.id, expectedVersion: resubmitted.household!.version },
    );
    expect(approved.household).toMatchObject({ stage: 'APPROVED', returnReason: null });
    expect(approved.household!.history.map((e) => e.toStage)).toEqual([
      'SUBMITTED',
      'RETURNED',
      'SUBMITTED',
      'APPROVED',
    ]);
  });

  it('requires a note and a visit for vacant households, and a death for deceased ones', async () => {
    const vacant = await newHousehold({ status: 'VACANT' });
    const refused = await call(enumerator, 'submitHousehold', 'HouseholdStageInput', HOUSEHOLD, {
      id: vacant.id,
      expectedVersion: vacant.version,
    });
    expect(refused.userErrors.map((e) => e.field.join('.')).sort()).toEqual([
      'household.note',
      'household.visits',
    ]);
    const visit = await call<'recordVisit', { slot: string }>(
      enumerator,
      'recordVisit',
      'RecordVisitInput',
      'visit { id slot outcome }',
      {
        householdId: vacant.id,
        visitedAt: '2020-11-02T11:30:00.000Z', // 19:30 in Beijing
        outcome: 'NOBODY_HOME',
      },
    );
    expect(visit.visit).toMatchObject({ slot: 'EVENING' });
    const noted = await call<'updateHousehold', { version: number }>(
      enumerator,
      'updateHousehold',
      'UpdateHouseholdInput',
      'household { version }',
      {
        id: vacant.id,
        expectedVersion: vacant.version,
        note: '邻居证实无人居住，电表无读数',
      },
    );
    const submitted = await call(enumerator, 'submitHousehold', 'HouseholdStageInput', HOUSEHOLD, {
      id: vacant.id,
      expectedVersion: noted.household!.version,
    });
    expect(submitted.userErrors).toEqual([]);

    const deceased = await newHousehold({ status: 'DECEASED', note: '户主已去世' });
    const noDeaths = await call(enumerator, 'submitHousehold', 'HouseholdStageInput', HOUSEHOLD, {
      id: deceased.id,
      expectedVersion: deceased.version,
    });
    expect(noDeaths.userErrors.map((e) => e.field.join('.'))).toEqual(['household.deathsMale']);
  });

  it('lets exactly one of several concurrent updates of the same version win; the others get CONFLICT', async () => {
    const household = await newHousehold({});
    const attempts = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((rooms) =>
        call<'updateHousehold', { version: number; rooms: number }>(
          enumerator,
          'updateHousehold',
          'UpdateHouseholdInput',
          'household { version rooms }',
          {
            id: household.id,
            expectedVersion: household.version,
            rooms,
          },
        ),
      ),
    );
    const winners = attempts.filter((a) => a.household);
    const losers = attempts.filter((a) => !a.household);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(5);
    for (const loser of losers) {
      expect(loser.userErrors[0]).toMatchObject({ code: 'CONFLICT', field: ['input', 'expectedVersion'] });
      expect(loser.userErrors[0].message).toContain(`version ${household.version + 1}`);
    }
    const [{ rooms, version }] = await api.sql<{ rooms: number; version: number }>(
      `SELECT rooms, version FROM household WHERE id = $1`,
      [(await api.sql<{ id: string }>(`SELECT id FROM household ORDER BY id DESC LIMIT 1`))[0].id],
    );
    expect({ rooms, version }).toEqual({
      rooms: winners[0].household!.rooms,
      version: household.version + 1,
    });
  });

  it("builds the enumerator's agenda: today's appointments, households not visited, repeated failures", async () => {
    const fresh = await newHousehold({});
    const failing = await newHousehold({});
    for (const hour of ['00:30', '12:00']) {
      await call(enumerator, 'recordVisit', 'RecordVisitInput', 'visit { id }', {
        householdId: failing.id,
        visitedAt: `2020-11-03T${hour}:00.000Z`,
        outcome: 'NOBODY_HOME',
      });
    }
    const appointment = await call<'scheduleAppointment', { id: string; slot: string }>(
      enumerator,
      'scheduleAppointment',
      'ScheduleAppointmentInput',
      'appointment { id slot status }',
      { householdId: failing.id, plannedAt: '2020-11-05T11:00:00.000Z', contact: '户主王先生 13800138000' },
    );
    expect(appointment.appointment).toMatchObject({ slot: 'EVENING' });
    const agenda = await api.request<{
      agenda: {
        appointments: { totalCount: number };
        notVisited: { nodes: { id: string }[] };
        repeatedFailures: { nodes: { id: string }[] };
      };
    }>(
      `{ agenda(day: "2020-11-05") { appointments { totalCount nodes { id } }
          notVisited(first: 100) { nodes { id } } repeatedFailures(first: 100) { nodes { id } } } }`,
      undefined,
      enumerator.token,
    );
    expect(agenda.errors).toBeUndefined();
    expect(agenda.data!.agenda.appointments.totalCount).toBe(1);
    expect(agenda.data!.agenda.notVisited.nodes.map((n) => n.id)).toContain(fresh.id);
    expect(agenda.data!.agenda.notVisited.nodes.map((n) => n.id)).not.toContain(failing.id);
    expect(agenda.data!.agenda.repeatedFailures.nodes.map((n) => n.id)).toEqual([failing.id]);
    const other = await api.account(Role.ENUMERATOR, ['11']);
    const elsewhere = await api.request<{ agenda: { appointments: { totalCount: number } } }>(
      `{ agenda(date: "2020-11-05") { appointments { totalCount } } }`,
      undefined,
      other.token,
    );
    expect(elsewhere.data!.agenda.appointments.totalCount).toBe(0);

    // The deprecated String argument still answers the same day; both at once must agree.
    type DayAnswer = { agenda: { date: string; appointments: { totalCount: number } } };
    const ask = (args: string) =>
      api.request<DayAnswer>(
        `{ agenda(${args}) { date appointments { totalCount } } }`,
        undefined,
        enumerator.token,
      );
    const old = await ask('date: "2020-11-05"');
    expect(old.errors).toBeUndefined();
    expect(old.data!.agenda).toEqual({ date: '2020-11-05', appointments: { totalCount: 1 } });
    expect((await ask('day: "2020-11-05", date: "2020-11-05"')).data!.agenda.date).toBe('2020-11-05');
    expect((await ask('day: "2020-11-04"')).data!.agenda.appointments.totalCount).toBe(0);
    const both = await ask('day: "2020-11-05", date: "2020-11-06"');
    expect(both.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'date' } });
    const notADay = await ask('day: "2020/11/05"');
    expect(notADay.data).toBeUndefined();
    expect(notADay.errors?.[0].message).toContain('YYYY-MM-DD');
  });
});
