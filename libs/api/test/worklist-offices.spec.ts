import { makeCitizenId, Sex } from '@census/rules';

import { Role } from '../src/auth/role';
import { toGlobalId } from '../src/common/global-id';
import { type Factories, factories, TEST_COUNTY, type TestUser, type ZoneTree } from './factories';
import { startTestApi, type TestApi } from './harness';

/**
 * The worklist for offices (issue 18): structured evidence, no registry kinds where no registry push covers the
 * small zone, bulk close, and the roll-up per child zone.
 */

interface Evidence {
  source: string;
  kind: string;
  text: string;
  householdNumber: string | null;
  householdStatus: string | null;
  registryHouseholdNumber: string | null;
  address: string | null;
  persons: { name: string; citizenId: string | null; hasCitizenId: boolean }[] | null;
  withoutCitizenId: number | null;
}

interface Item {
  id: string;
  key: string;
  kind: string;
  zoneCode: string;
  status: string;
  outcome: string | null;
  note: string | null;
  evidence: Evidence[];
}

interface RollupRow {
  zoneCode: string;
  kind: string;
  open: number;
  closed: number;
  outcomes: { outcome: string; count: number }[];
}

const WORKLIST = `query ($zone: String!, $kinds: [WorklistKind!], $status: [WorklistStatus!], $outcomes: [WorklistOutcome!], $first: Int = 100, $after: String) {
  listingWorklist(zoneCode: $zone, kinds: $kinds, status: $status, outcomes: $outcomes, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    totalCount
    nodes {
      id key kind zoneCode status outcome note
      evidence {
        source kind text householdNumber householdStatus registryHouseholdNumber address withoutCitizenId
        persons { name citizenId hasCitizenId }
      }
    }
  }
}`;

const ROLLUP = `query ($zone: String!, $kinds: [WorklistKind!]) {
  listingWorklistRollup(zoneCode: $zone, kinds: $kinds) { zoneCode kind open closed outcomes { outcome count } }
}`;

const CLOSE_MANY = `mutation ($input: CloseWorklistItemsInput!) {
  closeWorklistItems(input: $input) {
    items { key status outcome note closedBy { username } }
    userErrors { field code messageCode }
  }
}`;

const IMPORT = `mutation ($input: ImportRegistryInput!) {
  importRegistry(input: $input) { accepted rejected { row field message } }
}`;

const STRANGERS = [
  makeCitizenId('330106', { year: 1950, month: 5, day: 5 }, 901, Sex.MALE),
  makeCitizenId('330106', { year: 1953, month: 6, day: 6 }, 902, Sex.FEMALE),
];

const birthDateOf = (id: string) => `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;

describe('worklist for offices', () => {
  let api: TestApi;
  let f: Factories;
  let a: ZoneTree;
  let b: ZoneTree;
  /** A second small zone in a's census zone. */
  let a2: string;
  let county: TestUser;
  let townshipA: TestUser;
  let enumeratorA: TestUser;
  let registeredId: string;
  let registeredName: string;

  async function worklist(token: string, variables: Record<string, unknown>) {
    const response = await api.request<{
      listingWorklist: {
        totalCount: number;
        nodes: Item[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    }>(WORKLIST, variables, token);
    expect(response.errors).toBeUndefined();
    return response.data!.listingWorklist;
  }

  async function rollup(token: string, zone: string, kinds?: string[]) {
    const response = await api.request<{ listingWorklistRollup: RollupRow[] | null }>(
      ROLLUP,
      { zone, kinds },
      token,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.listingWorklistRollup;
  }

  async function closeMany(token: string, input: Record<string, unknown>) {
    const response = await api.request<{
      closeWorklistItems: {
        items: {
          key: string;
          status: string;
          outcome: string;
          note: string | null;
          closedBy: { username: string };
        }[];
        userErrors: { field: string[]; code: string; messageCode: string }[];
      };
    }>(CLOSE_MANY, { input }, token);
    expect(response.errors).toBeUndefined();
    return response.data!.closeWorklistItems;
  }

  async function importRegistry(key: string, rows: Record<string, unknown>[]) {
    const response = await api.request<{ importRegistry: { accepted: number; rejected: unknown[] } }>(
      IMPORT,
      { input: { idempotencyKey: key, rows } },
      county.token,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.importRegistry.rejected).toEqual([]);
  }

  beforeAll(async () => {
    api = await startTestApi('worklist-offices');
    f = factories(api);
    a = await f.newZoneTree();
    b = await f.newZoneTree();
    a2 = await f.newSmallZone({ censusZone: a.censusZone });
    const first = await f.newHousehold({ smallZoneCode: a.smallZone, persons: 2 });
    for (let i = 0; i < 3; i++) await f.newHousehold({ smallZoneCode: a.smallZone, persons: 2 });
    for (let i = 0; i < 2; i++) await f.newHousehold({ smallZoneCode: a2, persons: 1 });
    for (let i = 0; i < 2; i++) await f.newHousehold({ smallZoneCode: b.smallZone, persons: 1 });
    registeredId = first.persons[0].citizenId!;
    registeredName = first.persons[0].name;
    county = await f.newAccount({ role: Role.COUNTY_ADMIN, zones: [TEST_COUNTY] });
    townshipA = await f.newAccount({ role: Role.TOWNSHIP_OFFICER, zones: [a.township] });
    enumeratorA = await f.newAccount({ role: Role.ENUMERATOR, zones: [a.smallZone] });
  });

  afterAll(() => api.close());

  it('lists no registry-based items while no registry push covers a small zone, and lists them after one', async () => {
    const registryKinds = ['LISTED_HOUSEHOLD_WITHOUT_REGISTRY', 'REGISTRY_HOUSEHOLD_NOT_LISTED'];
    expect((await worklist(county.token, { zone: TEST_COUNTY, kinds: registryKinds })).totalCount).toBe(0);
    expect(await rollup(county.token, TEST_COUNTY, registryKinds)).toEqual([]);

    // A push for small zone a: its households without registry persons appear; a2 and b stay quiet.
    await importRegistry('push-a', [
      {
        row: 1,
        citizenId: registeredId,
        name: registeredName,
        birthDate: birthDateOf(registeredId),
        address: '文三路1号',
        registryHouseholdNumber: 'R001',
        zoneCode: a.smallZone,
      },
    ]);
    const afterA = await worklist(county.token, { zone: TEST_COUNTY, kinds: registryKinds });
    expect(afterA.nodes.map((i) => [i.kind, i.zoneCode])).toEqual(
      Array.from({ length: 3 }, () => ['LISTED_HOUSEHOLD_WITHOUT_REGISTRY', a.smallZone]),
    );
    const [sample] = afterA.nodes;
    expect(sample.evidence.map((e) => [e.source, e.kind])).toEqual([
      ['LISTING', 'LISTED_HOUSEHOLD'],
      ['REGISTRY', 'NOT_IN_REGISTRY'],
    ]);
    expect(sample.evidence[0]).toMatchObject({
      householdNumber: sample.key.split(':')[1].split('@')[0],
      householdStatus: 'ORDINARY',
      withoutCitizenId: null,
    });
    expect(sample.evidence[0].persons).toHaveLength(2);
    expect(sample.evidence[0].persons!.every((p) => p.hasCitizenId && p.citizenId === null)).toBe(true);
    expect(sample.evidence[1]).toMatchObject({ withoutCitizenId: 0, householdNumber: null, persons: null });
    expect(sample.evidence[0].text).toContain('摸底'); // the deprecated text stays

    // A push for the census zone covers its other small zone too (a2), still not township b.
    await importRegistry('push-census-zone', [
      {
        row: 1,
        citizenId: STRANGERS[0],
        name: '钱老汉',
        birthDate: birthDateOf(STRANGERS[0]),
        address: '文三路999号',
        registryHouseholdNumber: 'R999',
        zoneCode: a.censusZone,
      },
    ]);
    const afterCensusZone = await worklist(county.token, { zone: TEST_COUNTY, kinds: registryKinds });
    const byZone = (items: Item[]) =>
      items.reduce<Record<string, number>>((counts, i) => {
        counts[`${i.kind}@${i.zoneCode}`] = (counts[`${i.kind}@${i.zoneCode}`] ?? 0) + 1;
        return counts;
      }, {});
    expect(byZone(afterCensusZone.nodes)).toEqual({
      [`LISTED_HOUSEHOLD_WITHOUT_REGISTRY@${a.smallZone}`]: 3,
      [`LISTED_HOUSEHOLD_WITHOUT_REGISTRY@${a2}`]: 2,
      [`REGISTRY_HOUSEHOLD_NOT_LISTED@${a.censusZone}`]: 1,
    });
    const unlisted = afterCensusZone.nodes.find((i) => i.kind === 'REGISTRY_HOUSEHOLD_NOT_LISTED')!;
    expect(unlisted.evidence[0]).toMatchObject({
      source: 'REGISTRY',
      kind: 'REGISTRY_HOUSEHOLD',
      registryHouseholdNumber: 'R999',
      address: '文三路999号',
    });
    expect(unlisted.evidence[0].persons).toHaveLength(1);
    expect(unlisted.evidence[0].persons![0]).toMatchObject({ name: '钱老汉', hasCitizenId: true });
    expect(unlisted.evidence[0].persons![0].citizenId).toMatch(/\*/);
    expect(JSON.stringify(unlisted)).not.toContain(STRANGERS[0]);
    expect(unlisted.evidence[1]).toMatchObject({ source: 'LISTING', kind: 'NOT_LISTED' });
  });

  it('counts per child zone, kind and status, in the caller’s scope, with a flat statement count', async () => {
    const kinds = ['LISTED_HOUSEHOLD_WITHOUT_REGISTRY', 'REGISTRY_HOUSEHOLD_NOT_LISTED'];
    const countyRows = await rollup(county.token, TEST_COUNTY, kinds);
    expect(countyRows).toEqual([
      { zoneCode: a.township, kind: 'LISTED_HOUSEHOLD_WITHOUT_REGISTRY', open: 5, closed: 0, outcomes: [] },
      { zoneCode: a.township, kind: 'REGISTRY_HOUSEHOLD_NOT_LISTED', open: 1, closed: 0, outcomes: [] },
    ]);
    // A township's census zones; a census zone's small zones, the census zone's own registry household under it.
    expect(await rollup(townshipA.token, a.township, kinds)).toEqual([
      { zoneCode: a.censusZone, kind: 'LISTED_HOUSEHOLD_WITHOUT_REGISTRY', open: 5, closed: 0, outcomes: [] },
      { zoneCode: a.censusZone, kind: 'REGISTRY_HOUSEHOLD_NOT_LISTED', open: 1, closed: 0, outcomes: [] },
    ]);
    expect(await rollup(townshipA.token, a.censusZone, kinds)).toEqual([
      { zoneCode: a.censusZone, kind: 'REGISTRY_HOUSEHOLD_NOT_LISTED', open: 1, closed: 0, outcomes: [] },
      { zoneCode: a.smallZone, kind: 'LISTED_HOUSEHOLD_WITHOUT_REGISTRY', open: 3, closed: 0, outcomes: [] },
      { zoneCode: a2, kind: 'LISTED_HOUSEHOLD_WITHOUT_REGISTRY', open: 2, closed: 0, outcomes: [] },
    ]);
    // The township office reading the county sees its own township only; nothing of township b's.
    expect(await rollup(townshipA.token, TEST_COUNTY, kinds)).toEqual(countyRows);
    expect(await rollup(townshipA.token, b.township, kinds)).toBeNull();
    const denied = await api.request(ROLLUP, { zone: a.township }, enumeratorA.token);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // The statements do not grow with the number of children: a third township with items costs nothing more.
    const statements = async () => {
      api.counter.reset();
      await rollup(county.token, TEST_COUNTY);
      return api.counter.total;
    };
    const before = await statements();
    const c = await f.newZoneTree();
    await f.newHousehold({ smallZoneCode: c.smallZone, persons: 1 });
    await importRegistry('push-c', [
      {
        row: 1,
        citizenId: STRANGERS[1],
        name: '孙大娘',
        birthDate: birthDateOf(STRANGERS[1]),
        address: '古墩路1号',
        registryHouseholdNumber: 'R777',
        zoneCode: c.smallZone,
      },
    ]);
    const rows = await rollup(county.token, TEST_COUNTY, kinds);
    expect(new Set(rows!.map((r) => r.zoneCode))).toEqual(new Set([a.township, c.township]));
    expect(await statements()).toBe(before);
    expect(before).toBeLessThanOrEqual(4);
  });

  it('orders the items by zone, kind and key, page after page', async () => {
    const all = await worklist(county.token, { zone: TEST_COUNTY });
    const position = (i: Item) => [i.zoneCode, i.kind, i.key].join(' ');
    const sorted = [...all.nodes].sort((x, y) => (position(x) < position(y) ? -1 : 1));
    expect(all.nodes.map((i) => i.key)).toEqual(sorted.map((i) => i.key));
    expect(new Set(all.nodes.map((i) => i.zoneCode)).size).toBeGreaterThan(2);
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { nodes: Item[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } =
        await worklist(county.token, { zone: TEST_COUNTY, first: 2, after });
      paged.push(...page.nodes.map((i) => i.key));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(all.nodes.map((i) => i.key));
  });

  it('closes several items at once in scope, reporting each one it could not close', async () => {
    const open = await worklist(townshipA.token, {
      zone: a.censusZone,
      kinds: ['LISTED_HOUSEHOLD_WITHOUT_REGISTRY'],
      status: ['OPEN'],
    });
    const [first, second] = open.nodes;
    const outside = await worklist(county.token, { zone: TEST_COUNTY, status: ['OPEN'] });
    const foreign = outside.nodes.find((i) => !i.zoneCode.startsWith(a.township))!;
    expect(foreign).toBeDefined();

    // Limits: 0 or more than 100 IDs, and OTHER without a note, close nothing.
    expect((await closeMany(townshipA.token, { ids: [], outcome: 'NOT_LIVING_HERE' })).userErrors).toEqual([
      { field: ['input', 'ids'], code: 'OUT_OF_RANGE', messageCode: 'worklist.bulkSize' },
    ]);
    const tooMany = await closeMany(townshipA.token, {
      ids: Array.from({ length: 101 }, () => first.id),
      outcome: 'NOT_LIVING_HERE',
    });
    expect(tooMany.userErrors.map((e) => e.code)).toEqual(['OUT_OF_RANGE']);
    const noNote = await closeMany(townshipA.token, { ids: [first.id], outcome: 'OTHER' });
    expect(noNote).toEqual({
      items: [],
      userErrors: [{ field: ['input', 'note'], code: 'REQUIRED', messageCode: 'worklist.noteRequired' }],
    });
    expect(await api.sql(`SELECT * FROM worklist_outcome`)).toEqual([]);

    // Two of ours, one of another township's, one ID that is no worklist item: two closed, two reported.
    const answer = await closeMany(townshipA.token, {
      ids: [first.id, second.id, foreign.id, toGlobalId('Household', '1')],
      outcome: 'ADDED_TO_LISTING',
      note: '已补登',
    });
    expect(answer.items.map((i) => i.key).sort()).toEqual([first.key, second.key].sort());
    for (const item of answer.items) {
      expect(item).toMatchObject({
        status: 'CLOSED',
        outcome: 'ADDED_TO_LISTING',
        note: '已补登',
        closedBy: { username: townshipA.username },
      });
    }
    expect(answer.userErrors).toEqual([
      { field: ['input', 'ids', '2'], code: 'NOT_FOUND', messageCode: 'worklist.notFound' },
      { field: ['input', 'ids', '3'], code: 'NOT_FOUND', messageCode: 'worklist.notFound' },
    ]);
    const stored = await api.sql<{ item_key: string; county_code: string; closed_by: string }>(
      `SELECT item_key, county_code, closed_by::text AS closed_by FROM worklist_outcome ORDER BY item_key`,
    );
    expect(stored).toEqual(
      [first.key, second.key].sort().map((key) => ({
        item_key: key,
        county_code: TEST_COUNTY,
        closed_by: townshipA.id,
      })),
    );

    // The roll-up follows: two fewer open, two closed with their outcome.
    const rows = await rollup(townshipA.token, a.township, ['LISTED_HOUSEHOLD_WITHOUT_REGISTRY']);
    expect(rows).toEqual([
      {
        zoneCode: a.censusZone,
        kind: 'LISTED_HOUSEHOLD_WITHOUT_REGISTRY',
        open: 3,
        closed: 2,
        outcomes: [{ outcome: 'ADDED_TO_LISTING', count: 2 }],
      },
    ]);
    const closed = await worklist(townshipA.token, { zone: a.township, status: ['CLOSED'] });
    expect(closed.nodes.map((i) => i.key).sort()).toEqual([first.key, second.key].sort());
    const byOutcome = async (outcomes: string[]) =>
      (await worklist(townshipA.token, { zone: a.township, outcomes })).nodes.map((i) => i.key).sort();
    expect(await byOutcome(['ADDED_TO_LISTING', 'OTHER'])).toEqual([first.key, second.key].sort());
    expect(await byOutcome(['NOT_LIVING_HERE'])).toEqual([]);

    // The enumerator of small zone a cannot close the items of a2.
    const ofA2 = open.nodes.find((i) => i.zoneCode === a2)!;
    const byEnumerator = await closeMany(enumeratorA.token, { ids: [ofA2.id], outcome: 'NOT_LIVING_HERE' });
    expect(byEnumerator.items).toEqual([]);
    expect(byEnumerator.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });

  it('writes an audit entry for each item closed (one or many) or reopened, read only by offices holding its zone', async () => {
    const closer = await f.newAccount({ role: Role.TOWNSHIP_OFFICER, zones: [a.township] });
    const officeB = await f.newAccount({ role: Role.TOWNSHIP_OFFICER, zones: [b.township] });
    const open = await worklist(closer.token, {
      zone: a.township,
      kinds: ['LISTED_HOUSEHOLD_WITHOUT_REGISTRY'],
      status: ['OPEN'],
    });
    const [one, two, three] = open.nodes;
    const single = await api.request(
      `mutation ($input: CloseWorklistItemInput!) { closeWorklistItem(input: $input) { userErrors { code } } }`,
      { input: { id: one.id, outcome: 'NOT_LIVING_HERE', note: '已搬走' } },
      closer.token,
    );
    expect(single.errors).toBeUndefined();
    expect(
      (await closeMany(closer.token, { ids: [two.id, three.id], outcome: 'REGISTRY_OUTDATED' })).items,
    ).toHaveLength(2);
    const reopened = await api.request(
      `mutation ($input: ReopenWorklistItemInput!) { reopenWorklistItem(input: $input) { userErrors { code } } }`,
      { input: { id: one.id } },
      closer.token,
    );
    expect(reopened.errors).toBeUndefined();

    type Entry = {
      action: string;
      entityType: string;
      entityId: string;
      subject: string;
      smallZoneCode: string;
      changes: { item: string; before: string | null; after: string | null }[];
    };
    const log = async (token: string) => {
      const response = await api.request<{ auditLog: { nodes: Entry[] } }>(
        `query ($actor: String!) {
          auditLog(actor: $actor, entityType: "WorklistItem", first: 100) {
            nodes { action entityType entityId subject smallZoneCode changes { item before after } }
          }
        }`,
        { actor: closer.username },
        token,
      );
      expect(response.errors).toBeUndefined();
      return response.data!.auditLog.nodes;
    };
    const entries = await log(townshipA.token);
    const label = (item: Item) => `比对事项 摸底有户、公安无户（${item.zoneCode}）`;
    // Newest first: the reopening, the two of the bulk close, the single close.
    expect(entries).toHaveLength(4);
    expect(entries[0]).toEqual({
      action: 'UPDATE',
      entityType: 'WorklistItem',
      entityId: one.id,
      subject: label(one),
      smallZoneCode: one.zoneCode,
      changes: [
        { item: 'note', before: '已搬走', after: null },
        { item: 'outcome', before: 'NOT_LIVING_HERE', after: null },
      ],
    });
    expect(
      entries
        .slice(1, 3)
        .map((e) => e.entityId)
        .sort(),
    ).toEqual([two.id, three.id].sort());
    expect(entries[1].changes).toEqual([{ item: 'outcome', before: null, after: 'REGISTRY_OUTDATED' }]);
    expect(entries[3]).toMatchObject({
      entityId: one.id,
      subject: label(one),
      changes: [
        { item: 'note', before: null, after: '已搬走' },
        { item: 'outcome', before: null, after: 'NOT_LIVING_HERE' },
      ],
    });
    // The county office holds the zones too; another township's office reads none of them.
    expect(await log(county.token)).toHaveLength(4);
    expect(await log(officeB.token)).toEqual([]);
  });
});
