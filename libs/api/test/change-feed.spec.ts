import { countyCodeOf } from '@census/rules';

import { Role } from '../src/auth/role';
import { ChangeFeedService, decodeCursor, encodeCursor } from '../src/changes/change-feed.service';
import { countyRowGlobalId } from '../src/common/global-id';
import {
  drainFeed,
  nextTransactionId,
  seedCounty,
  startTestApi,
  type TestAccount,
  type TestApi,
} from './harness';

interface FeedChange {
  type: string;
  operation: string;
  entityId: string;
  zoneCode: string;
  version: number | null;
  node: { id: string; version?: number } | null;
  stageChange: { fromStage: string | null; toStage: string; reason: string | null } | null;
}

interface FeedPage {
  changes: FeedChange[];
  endCursor: string;
  hasMore: boolean;
}

const FEED = `query Feed($after: String, $first: Int!, $types: [ChangeType!]) {
  changes(after: $after, first: $first, types: $types) {
    changes {
      type operation entityId zoneCode version
      node { id ... on Building { version } ... on Household { version } ... on Person { version } ... on Zone { version } }
      stageChange { fromStage toStage reason }
    }
    endCursor hasMore
  }
}`;

let api: TestApi;
let smallZone: string;
let otherSmallZone: string;

beforeAll(async () => {
  api = await startTestApi('change-feed');
  await seedCounty(api, 2);
  const zones = await api.sql<{ code: string }>(
    `SELECT code FROM zone WHERE level = 'SMALL_ZONE' ORDER BY code`,
  );
  smallZone = zones[0].code;
  // A small zone of another census zone.
  otherSmallZone = zones.find((zone) => zone.code.slice(0, 12) !== smallZone.slice(0, 12))!.code;
});

afterAll(() => api?.close());

/** The global ID of a building of the seeded county (both small zones lie in it). */
const buildingGlobalId = (rowId: string) => countyRowGlobalId('Building', countyCodeOf(smallZone)!, rowId);

async function page(
  after: string | null,
  first: number,
  token?: string,
  types?: string[],
): Promise<FeedPage> {
  const response = await api.request<{ changes: FeedPage }>(FEED, { after, first, types }, token);
  expect(response.errors).toBeUndefined();
  return response.data!.changes;
}

/** Follows the feed from `after` until it has nothing more ready. */
/** Follows the feed from `after` until it has delivered everything committed before the call. */
function drain(after: string | null, first = 500, token?: string, types?: string[]) {
  return drainFeed(api, after, (cursor) => page(cursor, first, token, types));
}

async function currentCursor(): Promise<string> {
  const response = await api.request<{ changesCursor: string }>(`{ changesCursor }`);
  return response.data!.changesCursor;
}

async function insertBuilding(zone: string, number: string): Promise<string> {
  const [row] = await api.sql<{ id: string }>(
    `INSERT INTO building (county_code, small_zone_code, number, address, kind, version)
     VALUES (county_key($1), $1, $2, 'test', 'RESIDENTIAL', 1) RETURNING id::text`,
    [zone, number],
  );
  return row.id;
}

describe('change feed', () => {
  it('starts with every row loaded so far, each exactly once', async () => {
    const { changes } = await drain(null, 1000);
    const [counts] = await api.sql<Record<string, number>>(
      `SELECT (SELECT count(*) FROM zone)::int AS "ZONE", (SELECT count(*) FROM building)::int AS "BUILDING",
              (SELECT count(*) FROM household)::int AS "HOUSEHOLD", (SELECT count(*) FROM person)::int AS "PERSON"`,
    );
    const seen: Record<string, number> = {};
    for (const change of changes) seen[change.type] = (seen[change.type] ?? 0) + 1;
    // The administrator holds provinces 11 and 33: every zone the seed loaded lies there.
    expect(seen).toMatchObject(counts);
    expect(new Set(changes.map((c) => `${c.entityId}/${c.operation}`)).size).toBe(changes.length);
    const person = changes.find((change) => change.type === 'PERSON')!;
    expect(person).toMatchObject({ operation: 'CREATE', version: 1, node: { id: person.entityId } });
  });

  it('reports updates with their version, deletes as tombstones, submissions and reviews', async () => {
    const start = await currentCursor();
    const id = await insertBuilding(smallZone, '9001');
    const buildingId = buildingGlobalId(id);
    const updated = await api.request(
      `mutation($input: UpdateBuildingInput!) { updateBuilding(input: $input) { userErrors { message } } }`,
      { input: { id: buildingId, expectedVersion: 1, address: '新地址 1 号' } },
    );
    expect(updated.errors).toBeUndefined();
    // An update that changes nothing is not a change.
    await api.sql(`UPDATE building SET address = address WHERE id = $1`, [id]);
    await api.request(
      `mutation($input: DeleteBuildingInput!) { deleteBuilding(input: $input) { userErrors { message } } }`,
      { input: { id: buildingId, expectedVersion: 2 } },
    );

    const { changes } = await drain(start);
    expect(
      changes.map(({ type, operation, entityId, version, node }) => ({
        type,
        operation,
        entityId,
        version,
        node,
      })),
    ).toEqual([
      { type: 'BUILDING', operation: 'CREATE', entityId: buildingId, version: 1, node: null },
      { type: 'BUILDING', operation: 'UPDATE', entityId: buildingId, version: 2, node: null },
      { type: 'BUILDING', operation: 'DELETE', entityId: buildingId, version: null, node: null },
    ]);

    const [household] = await api.sql<{ id: string; version: number }>(
      `SELECT id::text, version FROM household WHERE small_zone_code = $1 AND stage = 'SUBMITTED' ORDER BY id LIMIT 1`,
      [smallZone],
    );
    const householdId = countyRowGlobalId('Household', countyCodeOf(smallZone)!, household.id);
    const supervisor = await api.account(Role.SUPERVISOR, [smallZone]);
    const returned = await api.request(
      `mutation($input: ReturnHouseholdInput!) { returnHousehold(input: $input) { userErrors { message } } }`,
      { input: { id: householdId, expectedVersion: household.version, reason: '缺少身份证号' } },
      supervisor.token,
    );
    expect(returned.errors).toBeUndefined();
    const reviews = await drain(start, 100, undefined, ['REVIEW', 'SUBMISSION']);
    expect(reviews.changes).toEqual([
      expect.objectContaining({
        type: 'REVIEW',
        operation: 'CREATE',
        entityId: householdId,
        node: { id: householdId, version: expect.any(Number) as number },
        stageChange: { fromStage: 'SUBMITTED', toStage: 'RETURNED', reason: '缺少身份证号' },
      }),
    ]);
  });

  it('delivers a change committed late by a transaction that started writing early', async () => {
    // The deterministic form of the race a sequence number gets wrong: A writes first and commits last.
    const start = await currentCursor();
    const early = api.db.createQueryRunner();
    const late = api.db.createQueryRunner();
    await early.connect();
    await late.connect();
    try {
      await early.startTransaction();
      const [a] = (await early.query(
        `INSERT INTO building (county_code, small_zone_code, number, address, kind, version)
         VALUES (county_key($1), $1, '9101', 'early', 'RESIDENTIAL', 1) RETURNING id::text`,
        [smallZone],
      )) as { id: string }[];
      await late.startTransaction();
      const [b] = (await late.query(
        `INSERT INTO building (county_code, small_zone_code, number, address, kind, version)
         VALUES (county_key($1), $1, '9102', 'late', 'RESIDENTIAL', 1) RETURNING id::text`,
        [smallZone],
      )) as { id: string }[];
      await late.commitTransaction();

      // B is committed, but A is still running: B waits behind A, and the cursor must not pass A's place.
      const first = await page(start, 100);
      expect(first.changes).toEqual([]);

      await early.commitTransaction();
      const second = await drain(first.endCursor);
      expect(second.changes.map((change) => change.entityId)).toEqual([
        buildingGlobalId(a.id),
        buildingGlobalId(b.id),
      ]);
    } finally {
      await early.release();
      await late.release();
    }
  });

  it('gives every committed change exactly once to a reader following concurrent writers', async () => {
    const start = await currentCursor();
    const committed = new Map<string, number>(); // building global ID -> last committed version
    const expected: string[] = [];
    let number = 9200;

    const writer = async (index: number) => {
      for (let round = 0; round < 25; round++) {
        const rollback = (index + round) % 5 === 0;
        const made: string[] = [];
        try {
          await api.db.transaction(async (tx) => {
            const [row]: { id: string }[] = await tx.query(
              `INSERT INTO building (county_code, small_zone_code, number, address, kind, version)
               VALUES (county_key($1), $1, $2, 'concurrent', 'RESIDENTIAL', 1) RETURNING id::text`,
              [round % 2 ? smallZone : otherSmallZone, String(number++)],
            );
            made.push(`${buildingGlobalId(row.id)}/CREATE/1`);
            // Hold the transaction open for a while so that later ones commit first.
            await tx.query(`SELECT pg_sleep($1)`, [((index * 7 + round * 3) % 10) / 1000]);
            await tx.query(`UPDATE building SET address = 'updated', version = 2 WHERE id = $1`, [row.id]);
            made.push(`${buildingGlobalId(row.id)}/UPDATE/2`);
            if (rollback) throw new Error('rolled back on purpose');
          });
          expected.push(...made);
          committed.set(made[0].split('/')[0], 2);
        } catch (error) {
          if (!rollback) throw error;
        }
      }
    };

    const seen: string[] = [];
    let target: bigint | null = null; // set once the writers are done
    const reader = async () => {
      let cursor: string | null = start;
      for (;;) {
        const goal = target;
        const next = await page(cursor, 7, undefined, ['BUILDING']);
        seen.push(...next.changes.map((c) => `${c.entityId}/${c.operation}/${c.version}`));
        cursor = next.endCursor;
        if (goal !== null && !next.hasMore && decodeCursor(cursor).txid >= goal) return;
      }
    };

    const reading = reader();
    await Promise.all([0, 1, 2, 3, 4, 5].map(writer));
    target = await nextTransactionId(api);
    await reading;

    expect(expected.length).toBeGreaterThan(200);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...expected].sort());
    // Within one entity, changes arrive in the order they were made.
    for (const id of committed.keys()) {
      expect(seen.filter((entry) => entry.startsWith(`${id}/`))).toEqual([
        `${id}/CREATE/1`,
        `${id}/UPDATE/2`,
      ]);
    }
  });

  it('shows each caller only the changes in its zones, and only to offices and integrations', async () => {
    const start = await currentCursor();
    await insertBuilding(smallZone, '9401');
    await insertBuilding(otherSmallZone, '9402');
    const township: TestAccount = await api.account(Role.TOWNSHIP_OFFICER, [smallZone.slice(0, 12)]);
    const integration: TestAccount = await api.account(Role.INTEGRATION, [smallZone.slice(0, 6)]);
    const own = await drain(start, 100, township.token);
    expect(own.changes.map((change) => change.zoneCode)).toEqual([smallZone]);
    const county = await drain(start, 100, integration.token);
    expect(county.changes.map((change) => change.zoneCode).sort()).toEqual(
      [smallZone, otherSmallZone].filter((code) => code.startsWith(smallZone.slice(0, 6))).sort(),
    );

    const enumerator = await api.account(Role.ENUMERATOR, [smallZone]);
    const refused = await api.request(FEED, { first: 10 }, enumerator.token);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("gives a county reader its county's feed: cursors that name the county, old cursors still accepted", async () => {
    const county = countyCodeOf(smallZone)!;
    const integration: TestAccount = await api.account(Role.INTEGRATION, [county]);
    const now = await api.request<{ changesCursor: string }>(
      `{ changesCursor }`,
      undefined,
      integration.token,
    );
    const start = now.data!.changesCursor;
    expect(decodeCursor(start).county).toBe(county);
    const id = await insertBuilding(smallZone, '9451');

    const followed = await drain(start, 100, integration.token);
    expect(followed.changes.map((change) => change.entityId)).toEqual([buildingGlobalId(id)]);
    expect(decodeCursor(followed.cursor).county).toBe(county);
    // A cursor handed out before the feed was per county (no county in it) is a position of every county's feed.
    const { txid, id: entry } = decodeCursor(start);
    const old = await drain(encodeCursor({ txid, id: entry }), 100, integration.token);
    expect(old.changes.map((change) => change.entityId)).toEqual([buildingGlobalId(id)]);
    // Readers across counties (the national office here) take it as a position of their feed.
    const national = await drain(start, 100, undefined, ['BUILDING']);
    expect(national.changes.map((change) => change.entityId)).toEqual([buildingGlobalId(id)]);

    // Another county's cursor does not continue this county's feed.
    const other = await api.request(
      FEED,
      { after: encodeCursor({ txid, id: entry, county: '110101' }), first: 10 },
      integration.token,
    );
    expect(other.errors?.[0]).toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'OTHER_COUNTY',
        argumentName: 'after',
        messageCode: 'changes.otherCountyCursor',
      },
    });
    expect(other.errors?.[0].message).toMatch(/^参数 after 是另一个县的变更流游标/);
  });

  it('gives a reader of several counties a cursor of per-county positions, each county delivered exactly once', async () => {
    const countyA = countyCodeOf(smallZone)!;
    const countyB = '330102';
    const zoneB = `${countyB}001001001`;
    await api.sql(
      `INSERT INTO zone (code, level, name, parent_code, version)
       VALUES ($1, 'COUNTY', '上城区', $2, 1), ($3, 'TOWNSHIP', '清波街道', $1, 1),
              ($4, 'CENSUS_ZONE', '清波社区', $3, 1), ($5, 'SMALL_ZONE', '第1普查小区', $4, 1)
       ON CONFLICT (code) DO NOTHING`,
      [countyB, countyB.slice(0, 4), zoneB.slice(0, 9), zoneB.slice(0, 12), zoneB],
    );
    const reader: TestAccount = await api.account(Role.COUNTY_ADMIN, [countyA, countyB]);
    const now = await api.request<{ changesCursor: string }>(`{ changesCursor }`, undefined, reader.token);
    const start = now.data!.changesCursor;
    expect([...decodeCursor(start).counties!.keys()]).toEqual([countyB, countyA]);

    const made = [
      buildingGlobalId(await insertBuilding(smallZone, '9461')),
      countyRowGlobalId('Building', countyB, await insertBuilding(zoneB, '9462')),
      buildingGlobalId(await insertBuilding(smallZone, '9463')),
      countyRowGlobalId('Building', countyB, await insertBuilding(zoneB, '9464')),
    ];
    // One change a page: the positions of both counties move on separately, and nothing is lost or repeated.
    const followed = await drain(start, 1, reader.token);
    const seen = followed.changes.map((change) => change.entityId);
    expect([...seen].sort()).toEqual([...made].sort());
    expect(seen.filter((id) => made.slice(0, 4).includes(id))).toHaveLength(4);
    expect(seen.filter((id) => [made[0], made[2]].includes(id))).toEqual([made[0], made[2]]);
    expect(seen.filter((id) => [made[1], made[3]].includes(id))).toEqual([made[1], made[3]]);
    const end = decodeCursor(followed.cursor);
    expect([...end.counties!.keys()]).toEqual([countyB, countyA]);
    expect((await drain(followed.cursor, 100, reader.token)).changes).toEqual([]);

    // The county system of one of the counties continues from its county's position in the vector.
    const integration = await api.account(Role.INTEGRATION, [countyA]);
    expect((await drain(start, 100, integration.token)).changes.map((change) => change.entityId)).toEqual([
      made[0],
      made[2],
    ]);
    // A vector does not continue the feed of a reader of other counties (here the national office).
    const national = await api.request(FEED, { after: start, first: 10 });
    expect(national.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OTHER_COUNTY' });
  });

  it('shows a move to another zone as a DELETE in the old zone before the UPDATE in the new one', async () => {
    const id = await insertBuilding(smallZone, '9601');
    const start = await currentCursor();
    await api.sql(`UPDATE building SET small_zone_code = $2, version = version + 1 WHERE id = $1`, [
      id,
      otherSmallZone,
    ]);
    const buildingId = buildingGlobalId(id);
    const summary = (changes: FeedChange[]) =>
      changes
        .filter((change) => change.entityId === buildingId)
        .map(({ operation, zoneCode, version }) => ({ operation, zoneCode, version }));

    const oldOffice = await api.account(Role.TOWNSHIP_OFFICER, [smallZone.slice(0, 12)]);
    const newOffice = await api.account(Role.TOWNSHIP_OFFICER, [otherSmallZone.slice(0, 12)]);
    expect(summary((await drain(start, 100, oldOffice.token)).changes)).toEqual([
      { operation: 'DELETE', zoneCode: smallZone, version: null },
    ]);
    expect(summary((await drain(start, 100, newOffice.token)).changes)).toEqual([
      { operation: 'UPDATE', zoneCode: otherSmallZone, version: 2 },
    ]);
    expect(summary((await drain(start, 100)).changes)).toEqual([
      { operation: 'DELETE', zoneCode: smallZone, version: null },
      { operation: 'UPDATE', zoneCode: otherSmallZone, version: 2 },
    ]);
  });

  it('rejects a malformed cursor and a page size out of range, naming the argument', async () => {
    const bad = await api.request(FEED, { after: 'not-a-cursor', first: 10 });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' } });
    const big = await api.request(FEED, { first: 5000 });
    expect(big.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' } });
  });
});

describe('change log retention', () => {
  it('prunes entries past the retention as a prefix, and a cursor before the cut answers CURSOR_EXPIRED', async () => {
    await insertBuilding(smallZone, '9501');
    const recent = await insertBuilding(smallZone, '9502');
    // Everything up to the first of the two new buildings counts as old.
    await api.sql(
      `UPDATE change_log SET recorded_at = now() - interval '400 days'
        WHERE (txid, id) <= (SELECT txid, id FROM change_log WHERE type = 'BUILDING' AND operation = 'CREATE'
                              ORDER BY txid DESC, id DESC OFFSET 1 LIMIT 1)`,
    );
    const service = new ChangeFeedService(api.db, 365);
    const deleted = await service.pruneOld();
    expect(deleted).toBeGreaterThan(0);
    // The cut: old entries released so far (a transaction still open anywhere on the server may hold it lower).
    const [cut] = await api.sql<{ txid: string; id: string }>(
      `SELECT pruned_txid::text AS txid, pruned_id::text AS id FROM change_log_retention`,
    );
    const position = { txid: BigInt(cut.txid), id: BigInt(cut.id) };
    const [{ left }] = await api.sql<{ left: number }>(
      `SELECT count(*)::int AS left FROM change_log WHERE (txid, id) <= ($1::bigint, $2::bigint)`,
      [cut.txid, cut.id],
    );
    expect(left).toBe(0);

    for (const cursor of [null, encodeCursor({ ...position, id: position.id - 1n })]) {
      const expired = await api.request(FEED, { after: cursor, first: 10 });
      expect(expired.errors?.[0]).toMatchObject({
        extensions: { code: 'CURSOR_EXPIRED', argumentName: 'after' },
      });
      expect(expired.errors?.[0].message).toContain('批量导出');
      expect(expired.errors?.[0].extensions).toMatchObject({ messageCode: 'changes.retention' });
    }
    // From the cut on, the feed goes on; the recent building is there.
    const kept = await drain(encodeCursor(position), 1000, undefined, ['BUILDING']);
    expect(kept.changes).toContainEqual(
      expect.objectContaining({ operation: 'CREATE', entityId: buildingGlobalId(recent) }),
    );
  });
});
