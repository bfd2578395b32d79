import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Client, fetchExchange, gql } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { buildSchema, introspectionFromSchema } from 'graphql';

import { Role } from '../src/auth/role';
import { rowGlobalId } from './factories';
import { seedCounty, startTestApi, type TestAccount, type TestApi } from './harness';

/**
 * A frontend team's normalised cache against the real API: urql with graphcache, told the schema and nothing else
 * (no `keys`, no `updates`). A mutation's answer must update what the screens already read, with no updater code
 * and no refetch: a closed worklist item shows as closed in the list, a recorded visit appears in the household's
 * visits.
 */

const SCHEMA = introspectionFromSchema(
  buildSchema(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8')),
);

const WORKLIST = gql`
  query Worklist($zone: String!) {
    listingWorklist(zoneCode: $zone, first: 5) {
      totalCount
      nodes {
        id
        key
        status
        outcome
      }
    }
  }
`;

const CLOSE = gql`
  mutation Close($input: CloseWorklistItemInput!) {
    closeWorklistItem(input: $input) {
      item {
        id
        status
        outcome
      }
      userErrors {
        code
      }
    }
  }
`;

const REOPEN = gql`
  mutation Reopen($input: ReopenWorklistItemInput!) {
    reopenWorklistItem(input: $input) {
      item {
        id
        status
        outcome
      }
      userErrors {
        code
      }
    }
  }
`;

const HOUSEHOLD = gql`
  query Household($id: ID!) {
    node(id: $id) {
      id
      ... on Household {
        number
        visits {
          id
          outcome
        }
      }
    }
  }
`;

const RECORD_VISIT = gql`
  mutation RecordVisit($input: RecordVisitInput!) {
    recordVisit(input: $input) {
      visit {
        id
        outcome
        household {
          id
          visits {
            id
            outcome
          }
        }
      }
      userErrors {
        code
      }
    }
  }
`;

interface WorklistData {
  listingWorklist: {
    totalCount: number;
    nodes: { id: string; key: string; status: string; outcome: string | null }[];
  };
}

interface HouseholdData {
  node: { id: string; number: string; visits: { id: string; outcome: string }[] } | null;
}

let api: TestApi;
let zone: string;
let enumerator: TestAccount;

/** A client as a web app would make it, counting the requests it sends. */
function graphcacheClient(token: string) {
  const sent: string[] = [];
  const client = new Client({
    url: api.graphqlUrl,
    preferGetMethod: false,
    requestPolicy: 'cache-first',
    exchanges: [cacheExchange({ schema: SCHEMA }), fetchExchange],
    fetchOptions: { headers: { authorization: `Bearer ${token}` } },
    fetch: (input, init) => {
      sent.push(String((JSON.parse(init?.body as string) as { operationName?: string }).operationName));
      return fetch(input, init);
    },
  });
  return { client, sent };
}

beforeAll(async () => {
  api = await startTestApi('urql_graphcache');
  await seedCounty(api, 1);
  [{ code: zone }] = await api.sql<{ code: string }>(
    `SELECT code FROM zone WHERE level = 'SMALL_ZONE' ORDER BY code LIMIT 1`,
  );
  enumerator = await api.account(Role.ENUMERATOR, [zone]);
});

afterAll(() => api?.close());

describe('urql graphcache, with the schema and no updaters', () => {
  it('shows a closed (and reopened) worklist item in the list it read, without a refetch', async () => {
    const { client, sent } = graphcacheClient(enumerator.token);
    const read = await client.query<WorklistData>(WORKLIST, { zone }).toPromise();
    expect(read.error).toBeUndefined();
    const [item] = read.data!.listingWorklist.nodes;
    expect(item.status).toBe('OPEN');

    const closed = await client
      .mutation(CLOSE, { input: { id: item.id, outcome: 'NOT_LIVING_HERE' } })
      .toPromise();
    expect(closed.error).toBeUndefined();
    const cached = client.readQuery<WorklistData>(WORKLIST, { zone });
    expect(cached?.data?.listingWorklist.nodes[0]).toEqual({
      ...item,
      status: 'CLOSED',
      outcome: 'NOT_LIVING_HERE',
    });

    await client.mutation(REOPEN, { input: { id: item.id } }).toPromise();
    expect(client.readQuery<WorklistData>(WORKLIST, { zone })?.data?.listingWorklist.nodes[0]).toEqual(item);
    // The list was read once; everything after came with the mutations' answers.
    expect(sent).toEqual(['Worklist', 'Close', 'Reopen']);
  });

  it("shows a recorded visit in the household's visits it read, without a refetch", async () => {
    const [{ id }] = await api.sql<{ id: string }>(
      `SELECT id::text AS id FROM household WHERE small_zone_code = $1 ORDER BY id LIMIT 1`,
      [zone],
    );
    const householdId = rowGlobalId('Household', zone, id);
    const { client, sent } = graphcacheClient(enumerator.token);
    const read = await client.query<HouseholdData>(HOUSEHOLD, { id: householdId }).toPromise();
    expect(read.error).toBeUndefined();
    const before = read.data!.node!.visits;

    const recorded = await client
      .mutation(RECORD_VISIT, {
        input: { householdId, outcome: 'NOBODY_HOME', visitedAt: '2020-11-02T01:00:00.000Z' },
      })
      .toPromise();
    expect(recorded.error).toBeUndefined();
    const visit = (recorded.data as { recordVisit: { visit: { id: string } } }).recordVisit.visit;

    const cached = client.readQuery<HouseholdData>(HOUSEHOLD, { id: householdId });
    expect(cached?.data?.node?.visits).toEqual([...before, { id: visit.id, outcome: 'NOBODY_HOME' }]);
    expect(sent).toEqual(['Household', 'RecordVisit']);
  });
});
