import {
  AgendaDocument,
  ApproveHouseholdDocument,
  CreatePersonDocument,
  RecordVisitDocument,
  ReturnHouseholdDocument,
  ScheduleAppointmentDocument,
  SubmitHouseholdDocument,
  UpdateHouseholdDocument,
  UpdatePersonDocument,
  VisitSlot,
  WebHouseholdDocument,
} from '@census/client';
import {
  beijingDay,
  DwellingType,
  Education,
  HouseholdStatus,
  makeCitizenId,
  Relationship,
  Sex,
} from '@census/rules';

import { Role } from '../src/auth/role';
import { errorCodeOf, type Factories, factories, type HouseholdRow, type TestUser } from './factories';
import { startTestApi, type TestApi } from './harness';

describe('listing-to-approval workflow, visits and agenda', () => {
  let api: TestApi;
  let make: Factories;

  beforeAll(async () => {
    api = await startTestApi('workflow');
    make = factories(api);
  });
  afterAll(() => api.close());

  /** An enumerator of a new small zone and its supervisor. */
  async function team() {
    const { smallZone } = await make.newZoneTree();
    const supervisor = await make.newAccount({ role: Role.SUPERVISOR });
    const enumerator = await make.newAccount({
      role: Role.ENUMERATOR,
      zones: [smallZone],
      supervisorId: supervisor.id,
    });
    return { smallZone, supervisor, enumerator };
  }

  /** A family household whose short form is complete: a male head and a daughter, H2 and H5-H7 answered. */
  async function completeHousehold(smallZoneCode: string) {
    const household = await make.newHousehold({
      smallZoneCode,
      presentMale: 1,
      presentFemale: 1,
      dwellingType: DwellingType.ORDINARY_DWELLING,
      floorArea: 68.5,
      rooms: 3,
    });
    await make.newPerson(household, { sex: Sex.MALE, birthYear: 1975, birthMonth: 3 });
    await make.newPerson(household, {
      sex: Sex.FEMALE,
      birthYear: 2010,
      birthMonth: 6,
      education: Education.PRIMARY,
      literate: null,
    });
    return household;
  }

  const submit = (enumerator: TestUser, household: { id: string; version: number }) =>
    enumerator.client
      .request(SubmitHouseholdDocument, { input: { id: household.id, expectedVersion: household.version } })
      .then((r) => r.submitHousehold);

  /** A complete household its enumerator has submitted. */
  async function submitted() {
    const people = await team();
    const household = await completeHousehold(people.smallZone);
    const result = await submit(people.enumerator, household);
    expect(result.userErrors).toEqual([]);
    return { ...people, household: result.household! };
  }

  const history = async (household: { id: string }) => {
    const response = await api.request<{ node: { history: { toStage: string }[] } }>(
      `query($id: ID!) { node(id: $id) { ... on Household { history { fromStage toStage reason } } } }`,
      { id: household.id },
    );
    return response.data!.node.history.map((e) => e.toStage);
  };

  describe('completeness', () => {
    /** H2 says no female present, one is listed; nobody is head; persons lack D3, D6, D11, D12; no H5-H7. */
    async function incomplete(smallZoneCode: string) {
      const household = await make.newHousehold({ smallZoneCode, presentMale: 1, presentFemale: 0 });
      const missing = { citizenId: null, education: null, literate: null };
      const spouse = await make.newPerson(household, {
        ...missing,
        name: '陈建国',
        relationship: Relationship.SPOUSE,
        sex: Sex.MALE,
        birthYear: 1975,
        birthMonth: 3,
        ethnicity: null,
      });
      const child = await make.newPerson(household, {
        ...missing,
        name: '陈小红',
        relationship: Relationship.CHILD,
        sex: Sex.FEMALE,
        birthYear: 2010,
        birthMonth: 6,
      });
      return { household, spouse, child };
    }

    it('answers every completeness problem at once and leaves the household listed', async () => {
      const { smallZone, enumerator } = await team();
      const { household } = await incomplete(smallZone);
      const refused = await submit(enumerator, household);
      expect(refused.household).toBeNull();
      expect(refused.userErrors.map((e) => e.field.join('.')).sort()).toEqual(
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
      const { node } = await enumerator.client.request(WebHouseholdDocument, { id: household.id });
      expect(node).toMatchObject({ stage: 'LISTED' });
    });

    it('submits the household once its persons and items are fixed', async () => {
      const { smallZone, enumerator } = await team();
      const { household, spouse, child } = await incomplete(smallZone);
      const head = await enumerator.client.request(UpdatePersonDocument, {
        input: {
          id: spouse.id,
          expectedVersion: spouse.version,
          relationship: 'HEAD',
          ethnicity: 'HAN',
          education: 'SENIOR_SECONDARY',
          literate: true,
          citizenId: makeCitizenId('330106', { year: 1975, month: 3, day: 9 }, 17, Sex.MALE),
        },
      });
      expect(head.updatePerson.userErrors).toEqual([]);
      const daughter = await enumerator.client.request(UpdatePersonDocument, {
        input: { id: child.id, expectedVersion: child.version, education: 'PRIMARY' },
      });
      expect(daughter.updatePerson.userErrors).toEqual([]);
      const fixed = await enumerator.client.request(UpdateHouseholdDocument, {
        input: {
          id: household.id,
          expectedVersion: household.version,
          presentFemale: 1,
          dwellingType: 'ORDINARY_DWELLING',
          floorArea: 68.5,
          rooms: 3,
        },
      });
      expect(fixed.updateHousehold.userErrors).toEqual([]);
      const result = await submit(enumerator, fixed.updateHousehold.household!);
      expect(result.userErrors).toEqual([]);
      expect(result.household).toMatchObject({ stage: 'SUBMITTED' });
    });

    it('requires a note and a visit before a vacant household is submitted', async () => {
      const { smallZone, enumerator } = await team();
      const vacant = await make.newHousehold({ smallZoneCode: smallZone, status: HouseholdStatus.VACANT });
      const refused = await submit(enumerator, vacant);
      expect(refused.userErrors.map((e) => e.field.join('.')).sort()).toEqual([
        'household.note',
        'household.visits',
      ]);
    });

    it('submits a vacant household with a note and a visit', async () => {
      const { smallZone, enumerator } = await team();
      const vacant = await make.newHousehold({
        smallZoneCode: smallZone,
        status: HouseholdStatus.VACANT,
        note: '邻居证实无人居住，电表无读数',
      });
      await enumerator.client.request(RecordVisitDocument, {
        input: { householdId: vacant.id, visitedAt: '2020-11-02T11:30:00.000Z', outcome: 'NOBODY_HOME' },
      });
      expect((await submit(enumerator, vacant)).userErrors).toEqual([]);
    });

    it('requires the deaths of a whole-household-deceased household', async () => {
      const { smallZone, enumerator } = await team();
      const deceased = await make.newHousehold({
        smallZoneCode: smallZone,
        status: HouseholdStatus.DECEASED,
        note: '户主已去世',
      });
      const refused = await submit(enumerator, deceased);
      expect(refused.userErrors.map((e) => e.field.join('.'))).toEqual(['household.deathsMale']);
    });
  });

  describe('review', () => {
    it('locks a submitted household against its enumerator', async () => {
      const { enumerator, household } = await submitted();
      const locked = await enumerator.client.request(UpdateHouseholdDocument, {
        input: { id: household.id, expectedVersion: household.version, rooms: 3 },
      });
      expect(locked.updateHousehold.userErrors[0]).toMatchObject({
        messageCode: 'household.locked',
        params: { stage: 'SUBMITTED' },
        message: expect.stringContaining('“短表上报”') as string,
      });
      expect(locked.updateHousehold.userErrors[0].code).toBe('LOCKED');
    });

    it('takes no new persons into a submitted household', async () => {
      const { enumerator, household } = await submitted();
      const added = await enumerator.client.request(CreatePersonDocument, {
        input: {
          householdId: household.id,
          name: '陈某',
          relationship: 'OTHER',
          sex: 'MALE',
          birthYear: 1990,
          birthMonth: 1,
        },
      });
      expect(added.createPerson.userErrors[0].field).toEqual(['input', 'householdId']);
    });

    it('forbids an enumerator to approve', async () => {
      const { enumerator, household } = await submitted();
      const approval = enumerator.client.request(ApproveHouseholdDocument, {
        input: { id: household.id, expectedVersion: household.version },
      });
      expect(await errorCodeOf(approval)).toBe('FORBIDDEN');
    });

    it('requires a reason to return a household', async () => {
      const { supervisor, household } = await submitted();
      const noReason = await supervisor.client.request(ReturnHouseholdDocument, {
        input: { id: household.id, expectedVersion: household.version, reason: '  ' },
      });
      expect(noReason.returnHousehold.userErrors[0]).toMatchObject({
        field: ['input', 'reason'],
        code: 'REQUIRED',
      });
    });

    it('returns a household to its enumerator with the reason', async () => {
      const { supervisor, household } = await submitted();
      const returned = await supervisor.client.request(ReturnHouseholdDocument, {
        input: { id: household.id, expectedVersion: household.version, reason: '请核实住房间数' },
      });
      expect(returned.returnHousehold.household).toMatchObject({
        stage: 'RETURNED',
        returnReason: '请核实住房间数',
      });
    });

    it('approves a corrected, resubmitted household: the reason is cleared, the history kept', async () => {
      const { enumerator, supervisor, household } = await submitted();
      const returned = await supervisor.client.request(ReturnHouseholdDocument, {
        input: { id: household.id, expectedVersion: household.version, reason: '请核实住房间数' },
      });
      const edited = await enumerator.client.request(UpdateHouseholdDocument, {
        input: { id: household.id, expectedVersion: returned.returnHousehold.household!.version, rooms: 3 },
      });
      const resubmitted = await submit(enumerator, edited.updateHousehold.household!);
      const approved = await supervisor.client.request(ApproveHouseholdDocument, {
        input: { id: household.id, expectedVersion: resubmitted.household!.version },
      });
      expect(approved.approveHousehold.household).toMatchObject({ stage: 'APPROVED' });
      const { node } = await supervisor.client.request(WebHouseholdDocument, { id: household.id });
      expect(node).toMatchObject({ stage: 'APPROVED', returnReason: null });
      expect(await history(household)).toEqual(['SUBMITTED', 'RETURNED', 'SUBMITTED', 'APPROVED']);
    });
  });

  it('lets exactly one of several concurrent updates of the same version win; the others get CONFLICT', async () => {
    const { smallZone, enumerator } = await team();
    const household: HouseholdRow = await make.newHousehold({ smallZoneCode: smallZone });
    const attempts = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((rooms) =>
        enumerator.client
          .request(UpdateHouseholdDocument, {
            input: { id: household.id, expectedVersion: household.version, rooms },
          })
          .then((r) => r.updateHousehold),
      ),
    );
    const winners = attempts.filter((a) => a.household);
    const losers = attempts.filter((a) => !a.household);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(5);
    for (const loser of losers) {
      expect(loser.userErrors[0]).toMatchObject({ code: 'CONFLICT', field: ['input', 'expectedVersion'] });
      expect(loser.userErrors[0].message).toContain(`当前第${household.version + 1}版`);
    }
    const [{ rooms, version }] = await api.sql<{ rooms: number; version: number }>(
      `SELECT rooms, version FROM household WHERE id = $1`,
      [household.rowId],
    );
    expect({ rooms, version }).toEqual({
      rooms: winners[0].household!.rooms,
      version: household.version + 1,
    });
  });

  describe('visits and agenda', () => {
    it('files a visit at 19:30 Beijing time in the evening slot', async () => {
      const { smallZone, enumerator } = await team();
      const household = await make.newHousehold({ smallZoneCode: smallZone });
      const visit = await enumerator.client.request(RecordVisitDocument, {
        input: { householdId: household.id, visitedAt: '2020-11-02T11:30:00.000Z', outcome: 'NOBODY_HOME' },
      });
      expect(visit.recordVisit.visit).toMatchObject({ slot: 'EVENING' });
    });

    it('refuses a slot that the time contradicts: 05:48 Beijing time is not 傍晚', async () => {
      const { smallZone, enumerator } = await team();
      const household = await make.newHousehold({ smallZoneCode: smallZone });
      const visit = await enumerator.client.request(RecordVisitDocument, {
        input: {
          householdId: household.id,
          visitedAt: '2020-11-01T21:48:00.000Z',
          slot: VisitSlot.EVENING,
          outcome: 'NOBODY_HOME',
        },
      });
      expect(visit.recordVisit).toMatchObject({
        visit: null,
        userErrors: [
          {
            field: ['input', 'slot'],
            code: 'MISMATCH',
            messageCode: 'visit.slotMismatch',
            message: '入户时段填的是傍晚，但入户时间（北京时间 5 点）属于晚上。',
          },
        ],
      });
      const matching = await enumerator.client.request(RecordVisitDocument, {
        input: {
          householdId: household.id,
          visitedAt: '2020-11-01T21:48:00.000Z',
          slot: VisitSlot.NIGHT,
          outcome: 'NOBODY_HOME',
        },
      });
      expect(matching.recordVisit.visit).toMatchObject({ slot: 'NIGHT' });
    });

    /** A day some days ahead (Beijing time): appointments are booked for later, never in the past. */
    const AHEAD = beijingDay(new Date(Date.now() + 3 * 86_400_000));

    /** A household visited twice without success, with an appointment on AHEAD at 19:00, and a fresh one. */
    async function agendaOf(enumerator: TestUser, smallZone: string) {
      const fresh = await make.newHousehold({ smallZoneCode: smallZone });
      const failing = await make.newHousehold({ smallZoneCode: smallZone });
      for (const hour of ['00:30', '12:00']) {
        await enumerator.client.request(RecordVisitDocument, {
          input: { householdId: failing.id, visitedAt: `2020-11-03T${hour}:00.000Z`, outcome: 'NOBODY_HOME' },
        });
      }
      const appointment = await enumerator.client.request(ScheduleAppointmentDocument, {
        input: {
          householdId: failing.id,
          plannedAt: `${AHEAD}T11:00:00.000Z`,
          contact: '户主王先生 13800138000',
        },
      });
      return { fresh, failing, appointment: appointment.scheduleAppointment };
    }

    it('files an appointment at 19:00 Beijing time in the evening slot', async () => {
      const { smallZone, enumerator } = await team();
      const { appointment } = await agendaOf(enumerator, smallZone);
      expect(appointment.userErrors).toEqual([]);
      expect(appointment.appointment).toMatchObject({ slot: 'EVENING' });
    });

    it('refuses an appointment in the past, booked or moved (a few minutes of clock skew are allowed)', async () => {
      const { smallZone, enumerator } = await team();
      const household = await make.newHousehold({ smallZoneCode: smallZone });
      const past = await enumerator.client.request(ScheduleAppointmentDocument, {
        input: { householdId: household.id, plannedAt: '2020-11-05T11:00:00.000Z' },
      });
      expect(past.scheduleAppointment).toMatchObject({
        appointment: null,
        userErrors: [
          {
            field: ['input', 'plannedAt'],
            code: 'OUT_OF_RANGE',
            messageCode: 'appointment.inPast',
            params: { plannedAt: '2020-11-05 19:00' },
          },
        ],
      });
      expect(past.scheduleAppointment.userErrors[0].message).toMatch(
        /^预约时间 2020-11-05 19:00（北京时间）已经过去（现在是 \d{4}-\d\d-\d\d \d\d:\d\d），请预约以后的时间。$/,
      );
      // A phone whose clock is a minute behind books "now": accepted.
      const skewed = await enumerator.client.request(ScheduleAppointmentDocument, {
        input: { householdId: household.id, plannedAt: new Date(Date.now() - 60_000).toISOString() },
      });
      expect(skewed.scheduleAppointment.userErrors).toEqual([]);
      const booked = await enumerator.client.request(ScheduleAppointmentDocument, {
        input: { householdId: household.id, plannedAt: `${AHEAD}T11:00:00.000Z` },
      });
      const appointment = booked.scheduleAppointment.appointment!;
      const moved = await api.request<{
        updateAppointment: { appointment: unknown; userErrors: { code: string; messageCode: string }[] };
      }>(
        `mutation($input: UpdateAppointmentInput!) {
          updateAppointment(input: $input) { appointment { id } userErrors { code messageCode } }
        }`,
        { input: { id: appointment.id, expectedVersion: 1, plannedAt: '2020-11-06T11:00:00.000Z' } },
        enumerator.token,
      );
      expect(moved.data!.updateAppointment).toEqual({
        appointment: null,
        userErrors: [{ code: 'OUT_OF_RANGE', messageCode: 'appointment.inPast' }],
      });
      const kept = await api.request<{ updateAppointment: { userErrors: unknown[] } }>(
        `mutation($input: UpdateAppointmentInput!) { updateAppointment(input: $input) { userErrors { code } } }`,
        { input: { id: appointment.id, expectedVersion: 1, status: 'KEPT' } },
        enumerator.token,
      );
      expect(kept.data!.updateAppointment.userErrors).toEqual([]);
    });

    it("builds the enumerator's agenda: the day's appointments, households not visited, repeated failures", async () => {
      const { smallZone, enumerator } = await team();
      const { fresh, failing } = await agendaOf(enumerator, smallZone);
      const { agenda } = await enumerator.client.request(AgendaDocument, { day: AHEAD, first: 100 });
      expect(agenda.appointments.totalCount).toBe(1);
      expect(agenda.notVisited.nodes.map((n) => n.id)).toContain(fresh.id);
      expect(agenda.notVisited.nodes.map((n) => n.id)).not.toContain(failing.id);
      expect(agenda.repeatedFailures.nodes.map((n) => n.id)).toEqual([failing.id]);
    });

    it('shows none of it to an enumerator of other zones', async () => {
      const { smallZone, enumerator } = await team();
      await agendaOf(enumerator, smallZone);
      const other = await make.newAccount({ role: Role.ENUMERATOR, zones: ['11'] });
      const { agenda } = await other.client.request(AgendaDocument, { day: AHEAD });
      expect(agenda.appointments.totalCount).toBe(0);
    });
  });
});
