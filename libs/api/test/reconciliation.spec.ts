import { makeCitizenId, Sex } from '@census/rules';
import type { GraphQLResponse } from '@census/testing';

import { Role } from '../src/auth/role';
import { seedCounty, startTestApi, type TestAccount, type TestApi } from './harness';

interface Item {
  key: string;
  kind: string;
  zoneCode: string;
  status: string;
  registryHouseholdNumber: string | null;
  evidence: { source: string; text: string }[];
  household: { number: string } | null;
  person: { name: string } | null;
  outcome: string | null;
  note: string | null;
  closedBy: { username: string } | null;
  closedAt: string | null;
}

interface Connection {
  totalCount: number;
  nodes: Item[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const WORKLIST = `query ($zone: String!, $kinds: [WorklistKind!], $status: [WorklistStatus!], $first: Int, $after: String) {
  listingWorklist(zoneCode: $zone, kinds: $kinds, status: $status, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      key kind zoneCode status registryHouseholdNumber
      evidence { source text }
      household { number }
      person { name }
      outcome note closedBy { username } closedAt
    }
  }
}`;

const CLOSE = `mutation ($input: CloseWorklistItemInput!) {
  closeWorklistItem(input: $input) { item { key status outcome note closedBy { username } } userErrors { field code message } }
}`;

const REOPEN = `mutation ($key: String!) {
  reopenWorklistItem(key: $key) { item { key status outcome } userErrors { field code message } }
}`;

const IMPORT = `mutation ($input: ImportRegistryInput!) {
  importRegistry(input: $input) { accepted rejected { row field message } }
}`;

const birthDateOf = (id: string) => `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;

describe('listing reconciliation worklist (摸底比对)', () => {
  let api: TestApi;
  let zone: string;
  let otherZone: string;
  let officer: TestAccount;
  let enumerator: TestAccount;
  let outsider: TestAccount;
  let unlistedHousehold: string;
  let awayPersonId: string;
  const strangers = [
    makeCitizenId('110105', { year: 1950, month: 5, day: 5 }, 901, Sex.MALE),
    makeCitizenId('110105', { year: 1953, month: 6, day: 6 }, 902, Sex.FEMALE),
  ];

  async function worklist(variables: Record<string, unknown>, token = enumerator.token): Promise<Connection> {
    const response = await api.request<{ listingWorklist: Connection }>(
      WORKLIST,
      { zone, first: 100, ...variables },
      token,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.listingWorklist;
  }

  async function allItems(
    variables: Record<string, unknown> = {},
    token = enumerator.token,
  ): Promise<Item[]> {
    const items: Item[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Connection = await worklist({ ...variables, after }, token);
      items.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) return items;
      after = page.pageInfo.endCursor;
    }
  }

  async function importRows(key: string, rows: Record<string, unknown>[]) {
    const response = await api.request<{ importRegistry: { accepted: number; rejected: unknown[] } }>(
      IMPORT,
      { input: { idempotencyKey: key, rows } },
      officer.token,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.importRegistry.rejected).toEqual([]);
    return response.data!.importRegistry;
  }

  beforeAll(async () => {
    api = await startTestApi('reconciliation');
    await seedCounty(api, 2);
    const zones = (
      await api.sql<{ code: string }>(`SELECT code FROM zone WHERE level = 'SMALL_ZONE' ORDER BY code`)
    ).map((r) => r.code);
    zone = zones[0];
    otherZone = zones.find((code) => !code.startsWith(zone.slice(0, 12)))!;
    officer = await api.account(Role.TOWNSHIP_OFFICER, [zone.slice(0, 9)]);
    enumerator = await api.account(Role.ENUMERATOR, [zone]);
    outsider = await api.account(Role.ENUMERATOR, [otherZone]);

    // The registry push rebuilt from the listing: one registry household per listed household, except one ordinary
    // household left out on purpose, plus a registry household of two persons nobody listed.
    const persons = await api.sql<{ sealed: Buffer; name: string; number: string; status: string }>(
      `SELECT p.citizen_id_sealed AS sealed, p.name, h.number, h.status::text AS status
         FROM person p JOIN household h ON h.id = p.household_id
        WHERE p.small_zone_code = $1 AND p.citizen_id_sealed IS NOT NULL
        ORDER BY h.number, p.line_number`,
      [zone],
    );
    unlistedHousehold = persons.find((p) => p.status === 'ORDINARY')!.number;
    const rows = persons
      .filter((p) => p.number !== unlistedHousehold)
      .map((p, i) => {
        const citizenId = api.crypto.open(p.sealed);
        return {
          row: i + 1,
          citizenId,
          name: p.name,
          birthDate: birthDateOf(citizenId),
          address: `青石镇幸福路${p.number}号`,
          registryHouseholdNumber: `R${p.number}`,
          zoneCode: zone,
        };
      });
    rows.push(
      ...strangers.map((citizenId, i) => ({
        row: 9000 + i,
        citizenId,
        name: i === 0 ? '钱老汉' : '孙大娘',
        birthDate: birthDateOf(citizenId),
        address: '青石镇幸福路999号',
        registryHouseholdNumber: 'R999',
        zoneCode: zone,
      })),
    );
    await importRows('registry-1', rows);

    // A deliberate living-away person with a known whereabouts.
    [{ id: awayPersonId }] = await api.sql<{ id: string }>(
      `WITH u AS (UPDATE person SET registered = TRUE, resident = FALSE, whereabouts = 'OTHER_COUNTY'
        WHERE id = (SELECT p.id FROM person p JOIN household h ON h.id = p.household_id
                     WHERE p.small_zone_code = $1 AND p.citizen_id_hash IS NOT NULL AND h.number <> $2
                       AND p.resident ORDER BY p.id LIMIT 1)
       RETURNING id::text AS id) SELECT id FROM u`,
      [zone, unlistedHousehold],
    );
  });

  afterAll(() => api.close());

  /** Expected keys of each kind by plain SQL, written independently of the service's statement. */
  async function expectedKeys(): Promise<Record<string, string[]>> {
    const unlisted = await api.sql<{ key: string }>(
      `SELECT 'REGISTRY_HOUSEHOLD_NOT_LISTED:' || registry_household_number || '@' || zone_code AS key
         FROM registry_person r WHERE r.zone_code LIKE $1 || '%'
        GROUP BY registry_household_number, zone_code
       HAVING count(*) FILTER (WHERE EXISTS (SELECT 1 FROM person p WHERE p.citizen_id_hash = r.citizen_id_hash)) = 0`,
      [zone],
    );
    const newcomers = await api.sql<{ key: string }>(
      `SELECT 'LISTED_HOUSEHOLD_WITHOUT_REGISTRY:' || h.number || '@' || h.small_zone_code AS key
         FROM household h
        WHERE h.small_zone_code LIKE $1 || '%' AND h.status = 'ORDINARY'
          AND EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id)
          AND NOT EXISTS (SELECT 1 FROM person p JOIN registry_person r ON r.citizen_id_hash = p.citizen_id_hash
                           WHERE p.household_id = h.id)`,
      [zone],
    );
    const away = await api.sql<{ key: string }>(
      `SELECT 'LIVING_AWAY:' || p.id || '@' || p.small_zone_code AS key FROM person p
        WHERE p.small_zone_code LIKE $1 || '%' AND p.registered AND NOT p.resident`,
      [zone],
    );
    const sorted = (rows: { key: string }[]) => rows.map((r) => r.key).sort();
    return {
      REGISTRY_HOUSEHOLD_NOT_LISTED: sorted(unlisted),
      LISTED_HOUSEHOLD_WITHOUT_REGISTRY: sorted(newcomers),
      LIVING_AWAY: sorted(away),
    };
  }

  it('lists each kind with its evidence, and the counts equal plain SQL', async () => {
    const expected = await expectedKeys();
    expect(expected.REGISTRY_HOUSEHOLD_NOT_LISTED).toEqual([`REGISTRY_HOUSEHOLD_NOT_LISTED:R999@${zone}`]);
    expect(expected.LISTED_HOUSEHOLD_WITHOUT_REGISTRY).toContain(
      `LISTED_HOUSEHOLD_WITHOUT_REGISTRY:${unlistedHousehold}@${zone}`,
    );
    expect(expected.LIVING_AWAY).toContain(`LIVING_AWAY:${awayPersonId}@${zone}`);

    const items = await allItems({}, enumerator.token);
    const byKind = (kind: string) =>
      items
        .filter((i) => i.kind === kind)
        .map((i) => i.key)
        .sort();
    for (const [kind, keys] of Object.entries(expected)) expect(byKind(kind)).toEqual(keys);
    const first = await worklist({ first: 2 });
    expect(first.totalCount).toBe(Object.values(expected).flat().length);
    expect(items.map((i) => i.key)).toEqual([...items.map((i) => i.key)].sort((a, b) => (a < b ? -1 : 1)));

    // Backwards with last/before: the same items, each page in key order, hasPreviousPage until the first.
    const backwards: string[] = [];
    let before: string | null = null;
    for (;;) {
      const response: GraphQLResponse<{
        listingWorklist: {
          nodes: { key: string }[];
          pageInfo: { hasPreviousPage: boolean; startCursor: string };
        };
      }> = await api.request(
        `query ($zone: String!, $before: String) {
          listingWorklist(zoneCode: $zone, last: 2, before: $before) {
            nodes { key } pageInfo { hasPreviousPage startCursor }
          }
        }`,
        { zone, before },
        enumerator.token,
      );
      expect(response.errors).toBeUndefined();
      const page = response.data!.listingWorklist;
      expect(page.nodes.length).toBeLessThanOrEqual(2);
      backwards.unshift(...page.nodes.map((n) => n.key));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backwards).toEqual(items.map((i) => i.key));

    const registryItem = items.find((i) => i.key === `REGISTRY_HOUSEHOLD_NOT_LISTED:R999@${zone}`)!;
    expect(registryItem).toMatchObject({ zoneCode: zone, registryHouseholdNumber: 'R999', status: 'OPEN' });
    expect(registryItem.evidence.map((e) => e.source)).toEqual(['REGISTRY', 'LISTING']);
    expect(registryItem.evidence[0].text).toContain('户号 R999, 2 人');
    expect(registryItem.evidence[0].text).toContain('钱老汉');
    for (const id of strangers) expect(JSON.stringify(registryItem)).not.toContain(id);

    const newcomer = items.find(
      (i) => i.key === `LISTED_HOUSEHOLD_WITHOUT_REGISTRY:${unlistedHousehold}@${zone}`,
    )!;
    expect(newcomer.household).toEqual({ number: unlistedHousehold });
    expect(newcomer.evidence.map((e) => e.source)).toEqual(['LISTING', 'REGISTRY']);
    expect(newcomer.evidence[1].text).toContain('none of these persons is in the registry push');

    const away = items.find((i) => i.key === `LIVING_AWAY:${awayPersonId}@${zone}`)!;
    const [awayPerson] = await api.sql<{ name: string; number: string; phone: string | null }>(
      `SELECT p.name, h.number, h.phone_masked AS phone FROM person p JOIN household h ON h.id = p.household_id
        WHERE p.id = $1`,
      [awayPersonId],
    );
    expect(away.person).toEqual({ name: awayPerson.name });
    expect(away.registryHouseholdNumber).toBe(`R${awayPerson.number}`);
    expect(away.evidence[0].text).toContain('去向: 其他县（市、区）');
    if (awayPerson.phone) expect(away.evidence[0].text).toContain(awayPerson.phone);
    expect(away.evidence[1].source).toBe('REGISTRY');

    const onlyAway = await worklist({ kinds: ['LIVING_AWAY'] });
    expect(onlyAway.totalCount).toBe(expected.LIVING_AWAY.length);
    const wholeCensusZone = await worklist({ zone: zone.slice(0, 12), first: 1 });
    expect(wholeCensusZone.totalCount).toBeGreaterThanOrEqual(first.totalCount);
  });

  it('closes and reopens items in scope only; another enumerator sees nothing', async () => {
    const key = `REGISTRY_HOUSEHOLD_NOT_LISTED:R999@${zone}`;
    const denied = await api.request<{ closeWorklistItem: { userErrors: { code: string }[] } }>(
      CLOSE,
      { input: { key, outcome: 'NOT_LIVING_HERE' } },
      outsider.token,
    );
    expect(denied.data!.closeWorklistItem.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect((await worklist({}, outsider.token)).totalCount).toBe(0);

    const closed = await api.request<{ closeWorklistItem: { item: Item; userErrors: unknown[] } }>(
      CLOSE,
      { input: { key, outcome: 'NOT_LIVING_HERE', note: '已搬走多年' } },
      enumerator.token,
    );
    expect(closed.data!.closeWorklistItem).toEqual({
      item: {
        key,
        status: 'CLOSED',
        outcome: 'NOT_LIVING_HERE',
        note: '已搬走多年',
        closedBy: { username: enumerator.username },
      },
      userErrors: [],
    });
    const closedItems = await worklist({ status: ['CLOSED'] });
    expect(closedItems.nodes.map((i) => [i.key, i.outcome, i.closedAt !== null])).toEqual([
      [key, 'NOT_LIVING_HERE', true],
    ]);
    const open = await worklist({ status: ['OPEN'], first: 1 });
    const all = await worklist({ first: 1 });
    expect(open.totalCount).toBe(all.totalCount - 1);

    const reopened = await api.request<{ reopenWorklistItem: { item: Item } }>(
      REOPEN,
      { key },
      enumerator.token,
    );
    expect(reopened.data!.reopenWorklistItem.item).toEqual({ key, status: 'OPEN', outcome: null });
    expect((await worklist({ status: ['CLOSED'] })).totalCount).toBe(0);
  });

  it('drops an item once its condition disappears', async () => {
    const key = `LISTED_HOUSEHOLD_WITHOUT_REGISTRY:${unlistedHousehold}@${zone}`;
    const [person] = await api.sql<{ sealed: Buffer; name: string }>(
      `SELECT p.citizen_id_sealed AS sealed, p.name FROM person p JOIN household h ON h.id = p.household_id
        WHERE h.small_zone_code = $1 AND h.number = $2 AND p.citizen_id_sealed IS NOT NULL LIMIT 1`,
      [zone, unlistedHousehold],
    );
    const citizenId = api.crypto.open(person.sealed);
    await importRows('registry-2', [
      {
        row: 1,
        citizenId,
        name: person.name,
        birthDate: birthDateOf(citizenId),
        address: '青石镇幸福路1号',
        registryHouseholdNumber: `R${unlistedHousehold}`,
        zoneCode: zone,
      },
    ]);
    const items = await allItems({ kinds: ['LISTED_HOUSEHOLD_WITHOUT_REGISTRY'] });
    expect(items.map((i) => i.key)).not.toContain(key);
  });

  it('costs the same number of statements whatever the number of items', async () => {
    const run = async (first: number) => {
      api.counter.reset();
      const page = await worklist({ first });
      expect(page.nodes.length).toBe(Math.min(first, page.totalCount));
      return api.counter.total;
    };
    const small = await run(2);
    const large = await run(100);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(6);
  });
});
