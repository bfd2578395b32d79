import {
  ApproveHouseholdsDocument,
  ReturnHouseholdDocument,
  ReviewQueueDocument,
  SubmitHouseholdDocument,
  TeamDocument,
  WebHouseholdDocument,
} from '@census/client';
import { DwellingType, Education, RegistrationMethod, ReturnReasonCode, Sex } from '@census/rules';

import { Role } from '../src/auth/role';
import { toGlobalId } from '../src/common/global-id';
import { type Factories, factories, type TestUser } from './factories';
import { startTestApi, type TestApi } from './harness';

describe('supervisors: review queue, bulk approve, return reasons, team', () => {
  let api: TestApi;
  let make: Factories;

  beforeAll(async () => {
    api = await startTestApi('review');
    make = factories(api);
  });
  afterAll(() => api.close());

  /** A supervisor with two enumerators, each holding a new small zone of one township. */
  async function team() {
    const { smallZone, censusZone, township } = await make.newZoneTree();
    const second = await make.newSmallZone({ censusZone });
    const supervisor = await make.newAccount({ role: Role.SUPERVISOR });
    const first = await make.newAccount({
      role: Role.ENUMERATOR,
      zones: [smallZone],
      supervisorId: supervisor.id,
    });
    const other = await make.newAccount({
      role: Role.ENUMERATOR,
      zones: [second],
      supervisorId: supervisor.id,
    });
    return { township, smallZone, second, supervisor, first, other };
  }

  /** A complete household (male head, daughter) that `enumerator` submits. */
  async function submitted(
    smallZoneCode: string,
    enumerator: TestUser,
    registrationMethod = RegistrationMethod.ENUMERATOR,
  ) {
    const household = await make.newHousehold({
      smallZoneCode,
      registrationMethod,
      presentMale: 1,
      presentFemale: 1,
      dwellingType: DwellingType.ORDINARY_DWELLING,
      floorArea: 68.5,
      rooms: 3,
    });
    await make.newPerson(household, { sex: Sex.MALE, birthYear: 1975, birthMonth: 3, name: '王德福' });
    await make.newPerson(household, {
      sex: Sex.FEMALE,
      birthYear: 2010,
      birthMonth: 6,
      education: Education.PRIMARY,
      literate: null,
    });
    const result = (
      await enumerator.client.request(SubmitHouseholdDocument, {
        input: { id: household.id, expectedVersion: household.version },
      })
    ).submitHousehold;
    expect(result.userErrors).toEqual([]);
    return { ...household, ...result.household! };
  }

  const approveMany = (user: TestUser, items: { id: string; expectedVersion: number }[]) =>
    user.client.request(ApproveHouseholdsDocument, { input: { items } }).then((r) => r.approveHouseholds);

  describe('approveHouseholds', () => {
    it('approves each household on its own: another team, a stale version and a repeat are refused per item', async () => {
      const mine = await team();
      const theirs = await team();
      const a = await submitted(mine.smallZone, mine.first);
      const b = await submitted(mine.second, mine.other);
      const stale = await submitted(mine.smallZone, mine.first);
      const foreign = await submitted(theirs.smallZone, theirs.first);

      const result = await approveMany(mine.supervisor, [
        { id: a.id, expectedVersion: a.version },
        { id: b.id, expectedVersion: b.version },
        { id: stale.id, expectedVersion: stale.version - 1 },
        { id: foreign.id, expectedVersion: foreign.version },
        { id: a.id, expectedVersion: a.version },
      ]);

      expect(result.userErrors).toEqual([]);
      expect(result.approvedCount).toBe(2);
      expect(result.results.map((r) => r.household?.stage ?? r.userErrors[0].code)).toEqual([
        'APPROVED',
        'APPROVED',
        'CONFLICT',
        'NOT_FOUND',
        'DUPLICATE',
      ]);
      expect(result.results[2].userErrors[0].field).toEqual(['input', 'items', '2', 'expectedVersion']);
      expect(result.results[4].userErrors[0].messageCode).toBe('review.duplicateItem');
      // The other team's household is untouched, and every approval is audited like approveHousehold.
      const [{ stage }] = await api.sql<{ stage: string }>(
        `SELECT stage FROM household WHERE small_zone_code = $1 AND number = $2`,
        [foreign.smallZoneCode, foreign.number],
      );
      expect(stage).toBe('SUBMITTED');
      const audits = await api.sql<{ count: number }>(
        `SELECT count(*)::int AS count FROM audit_log
          WHERE action = 'STAGE' AND entity_type = 'Household' AND entity_id = ANY($1) AND after->>'stage' = 'APPROVED'`,
        [[a.id, b.id]],
      );
      expect(audits[0].count).toBe(2);
    });

    it('refuses an empty list and more than 100 items, changing nothing', async () => {
      const mine = await team();
      const a = await submitted(mine.smallZone, mine.first);
      const none = await approveMany(mine.supervisor, []);
      expect(none.userErrors.map((e) => e.messageCode)).toEqual(['review.noItems']);
      const many = await approveMany(
        mine.supervisor,
        Array.from({ length: 101 }, () => ({ id: a.id, expectedVersion: a.version })),
      );
      expect(many.userErrors.map((e) => [e.code, e.messageCode, e.params])).toEqual([
        ['OUT_OF_RANGE', 'review.tooManyItems', { max: 100, count: 101 }],
      ]);
      expect(many.results).toEqual([]);
      const node = await mine.supervisor.client.request(WebHouseholdDocument, { id: a.id });
      expect(node.node?.__typename === 'Household' && node.node.stage).toBe('SUBMITTED');
    });

    it('is not for enumerators', async () => {
      const mine = await team();
      const a = await submitted(mine.smallZone, mine.first);
      await expect(approveMany(mine.first, [{ id: a.id, expectedVersion: a.version }])).rejects.toThrow();
    });
  });

  describe('returnHousehold with reasons', () => {
    it('keeps preset reasons on a person and item, and the enumerator reads them on the household', async () => {
      const mine = await team();
      const household = await submitted(mine.smallZone, mine.first);
      const page = await mine.supervisor.client.request(WebHouseholdDocument, { id: household.id });
      const persons = page.node?.__typename === 'Household' ? page.node.persons : [];
      const result = (
        await mine.supervisor.client.request(ReturnHouseholdDocument, {
          input: {
            id: household.id,
            expectedVersion: household.version,
            reasons: [
              {
                code: ReturnReasonCode.BIRTH_MISMATCH,
                personId: persons[0].id,
                item: 'person.birthYearMonth',
              },
              { code: ReturnReasonCode.OTHER, note: '请核对门牌' },
            ],
          },
        })
      ).returnHousehold;
      expect(result.userErrors).toEqual([]);
      expect(result.household?.returnReason).toBe(
        '第1人 D5 出生年月：出生年月与身份证不符；其他（请核对门牌）',
      );

      const seen = await mine.first.client.request(WebHouseholdDocument, { id: household.id });
      const returned = seen.node?.__typename === 'Household' ? seen.node : null;
      expect(returned?.stage).toBe('RETURNED');
      expect(returned?.returnReasons).toEqual([
        {
          code: 'BIRTH_MISMATCH',
          lineNumber: 1,
          item: 'person.birthYearMonth',
          note: null,
          person: { id: persons[0].id },
        },
        { code: 'OTHER', lineNumber: null, item: null, note: '请核对门牌', person: null },
      ]);
      // Stored with the household event (and so in its change-feed entry).
      const events = await api.request<{
        node: { history: { toStage: string; reasons: { code: string; lineNumber: number | null }[] }[] };
      }>(
        `query($id: ID!) { node(id: $id) { ... on Household { history { toStage reasons { code lineNumber } } } } }`,
        { id: household.id },
      );
      expect(events.data!.node.history.at(-1)).toEqual({
        toStage: 'RETURNED',
        reasons: [
          { code: 'BIRTH_MISMATCH', lineNumber: 1 },
          { code: 'OTHER', lineNumber: null },
        ],
      });
    });

    it('refuses a person of another household, OTHER without a note, an unknown item and no reason at all', async () => {
      const mine = await team();
      const household = await submitted(mine.smallZone, mine.first);
      const elsewhere = await make.newHousehold({ smallZoneCode: mine.smallZone, persons: 1 });
      const ask = (input: Record<string, unknown>) =>
        mine.supervisor.client
          .request(ReturnHouseholdDocument, {
            input: { id: household.id, expectedVersion: household.version, ...input },
          })
          .then((r) => r.returnHousehold.userErrors.map((e) => [e.field.join('.'), e.messageCode]));

      expect(
        await ask({
          reasons: [{ code: ReturnReasonCode.CITIZEN_ID_WRONG, personId: elsewhere.persons[0].id }],
        }),
      ).toEqual([['input.reasons.0.personId', 'review.reasonPerson']]);
      expect(await ask({ reasons: [{ code: ReturnReasonCode.OTHER, note: '  ' }] })).toEqual([
        ['input.reasons.0.note', 'review.reasonNoteRequired'],
      ]);
      expect(
        await ask({ reasons: [{ code: ReturnReasonCode.ITEM_MISSING, item: 'person.salary' }] }),
      ).toEqual([['input.reasons.0.item', 'review.reasonItem']]);
      expect(await ask({})).toEqual([['input.reason', 'household.returnReason']]);
      // The text alone still works, as before.
      expect(await ask({ reason: '请补充 H7' })).toEqual([]);
    });
  });

  describe('reviewQueue', () => {
    it('lists the submitted households of the team, newest first, filtered by enumerator, method and day', async () => {
      const mine = await team();
      const theirs = await team();
      const a = await submitted(mine.smallZone, mine.first);
      const b = await submitted(mine.second, mine.other, RegistrationMethod.SELF_REPORT);
      const c = await submitted(mine.smallZone, mine.first);
      await submitted(theirs.smallZone, theirs.first);
      // Submission days: a on 2020-11-03, b on 2020-11-05, c on 2020-11-07 (Beijing time).
      for (const [household, day] of [
        [a, '2020-11-03'],
        [b, '2020-11-05'],
        [c, '2020-11-07'],
      ] as const) {
        await api.sql(
          `UPDATE household_event SET at = ($1::date + time '10:00') AT TIME ZONE 'Asia/Shanghai'
            WHERE small_zone_code = $2 AND to_stage = 'SUBMITTED'
              AND household_id = (SELECT id FROM household WHERE small_zone_code = $2 AND number = $3)`,
          [day, household.smallZoneCode, household.number],
        );
      }
      const queue = async (filter: Record<string, unknown> = {}, first = 50, after: string | null = null) =>
        (await mine.supervisor.client.request(ReviewQueueDocument, { filter, first, after })).reviewQueue;

      const all = await queue();
      expect(all.nodes.map((h) => h.id)).toEqual([c.id, b.id, a.id]);
      expect(all.totalCount).toBe(3);
      expect(all.nodes[0].persons.map((p) => [p.lineNumber, p.name])[0]).toEqual([1, '王德福']);
      expect(all.nodes[2].submittedAt).toBe('2020-11-03T02:00:00.000Z');

      expect(
        (await queue({ enumeratorId: toGlobalId('Account', mine.first.id) })).nodes.map((h) => h.id),
      ).toEqual([c.id, a.id]);
      expect((await queue({ registrationMethod: 'SELF_REPORT' })).nodes.map((h) => h.id)).toEqual([b.id]);
      expect(
        (await queue({ submittedFrom: '2020-11-04', submittedTo: '2020-11-07' })).nodes.map((h) => h.id),
      ).toEqual([c.id, b.id]);
      expect((await queue({ zoneCode: mine.second })).nodes.map((h) => h.id)).toEqual([b.id]);
      // An enumerator of another team names zones outside the scope: nothing.
      expect((await queue({ enumeratorId: toGlobalId('Account', theirs.first.id) })).totalCount).toBe(0);

      const first = await queue({}, 2);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const rest = await queue({}, 2, first.pageInfo.endCursor);
      expect([...first.nodes, ...rest.nodes].map((h) => h.id)).toEqual([c.id, b.id, a.id]);
      expect(rest.pageInfo.hasNextPage).toBe(false);
      // The count is the whole list's, on every page; the day filters count by the submission time too.
      expect([first.totalCount, rest.totalCount]).toEqual([3, 3]);
      expect((await queue({ submittedFrom: '2020-11-04', submittedTo: '2020-11-07' })).totalCount).toBe(2);
      expect((await queue({ submittedTo: '2020-11-03' })).totalCount).toBe(1);
      expect((await queue({ zoneCode: mine.second })).totalCount).toBe(1);
    });

    it('refuses a malformed cursor and a page over 100', async () => {
      const mine = await team();
      await expect(mine.supervisor.client.request(ReviewQueueDocument, { first: 101 })).rejects.toThrow();
      await expect(
        mine.supervisor.client.request(ReviewQueueDocument, { after: 'bm90LWEtY3Vyc29y' }),
      ).rejects.toThrow();
    });
  });

  describe('team', () => {
    it("gives each enumerator's figures and behind pace, for the supervisor and for its township office", async () => {
      const mine = await team();
      // The first enumerator: 10 households, 2 submitted; the other: 4 households, 4 submitted.
      for (let i = 0; i < 8; i++) await make.newHousehold({ smallZoneCode: mine.smallZone });
      await submitted(mine.smallZone, mine.first);
      await submitted(mine.smallZone, mine.first);
      for (let i = 0; i < 4; i++) await submitted(mine.second, mine.other);

      const own = (await mine.supervisor.client.request(TeamDocument, {})).team!;
      expect(own.supervisor.id).toBe(toGlobalId('Account', mine.supervisor.id));
      expect(
        own.members.map((m) => [m.account?.id, m.smallZones, m.households, m.submitted, m.behindPace]),
      ).toEqual([
        [toGlobalId('Account', mine.first.id), [mine.smallZone], 10, 2, true],
        [toGlobalId('Account', mine.other.id), [mine.second], 4, 4, false],
      ]);
      expect(own.medianSubmittedShare).toBeCloseTo(0.6);

      const officer = await make.newAccount({ role: Role.TOWNSHIP_OFFICER, zones: [mine.township] });
      const seen = (
        await officer.client.request(TeamDocument, {
          supervisorId: toGlobalId('Account', mine.supervisor.id),
        })
      ).team;
      expect(seen?.members.map((m) => m.households)).toEqual([10, 4]);

      // The zone's pace table flags the same enumerators on the same figures: one rule (@census/rules paceOf).
      const zone = (
        await api.request<{
          progress: {
            enumeratorProgress: { account: { id: string }; submittedShare: number; behindPace: boolean }[];
          };
        }>(
          `query($zone: String!) { progress(zoneCode: $zone) { enumeratorProgress { account { id } submittedShare behindPace } } }`,
          { zone: mine.township },
          officer.token,
        )
      ).data!;
      expect(
        zone.progress.enumeratorProgress.map((m) => [m.account.id, m.submittedShare, m.behindPace]),
      ).toEqual(own.members.map((m) => [m.account?.id, m.submittedShare, m.behindPace]));
      expect(zone.progress.enumeratorProgress.map((m) => m.behindPace)).toEqual([true, false]);
    });

    it("hides another supervisor's team and another township's", async () => {
      const mine = await team();
      const theirs = await team();
      expect(
        (
          await mine.supervisor.client.request(TeamDocument, {
            supervisorId: toGlobalId('Account', theirs.supervisor.id),
          })
        ).team,
      ).toBeNull();
      const officer = await make.newAccount({ role: Role.TOWNSHIP_OFFICER, zones: [theirs.township] });
      const seen = (
        await officer.client.request(TeamDocument, {
          supervisorId: toGlobalId('Account', mine.supervisor.id),
        })
      ).team;
      expect(seen === null || seen.members.length === 0).toBe(true);
      await expect(officer.client.request(TeamDocument, {})).rejects.toThrow();
    });
  });
});
