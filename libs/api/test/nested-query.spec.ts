import { seedCounty, startTestApi, type TestApi } from './harness';

// The shape a field app loads when an enumerator opens a small zone: every building, its households and
// their persons. Per-request DataLoaders must answer it with a constant number of statements.
const SMALL_ZONE_QUERY = /* GraphQL */ `
  query SmallZone($code: String!, $first: Int!) {
    zone(code: $code) {
      code
      name
      parent {
        code
        name
        parent {
          code
        }
      }
      buildings(first: $first) {
        totalCount
        nodes {
          id
          number
          smallZone {
            code
          }
          households {
            id
            number
            status
            building {
              id
            }
            smallZone {
              code
            }
            persons {
              id
              name
              sex
              household {
                id
                number
              }
              smallZone {
                code
              }
            }
          }
        }
      }
      households(first: $first) {
        totalCount
        nodes {
          number
          persons {
            name
          }
        }
      }
    }
  }
`;

describe('nested small-zone query', () => {
  let api: TestApi;
  let smallZones: { code: string; households: number }[];

  beforeAll(async () => {
    api = await startTestApi('nested');
    await seedCounty(api, 3, { smallZonesPerCensusZone: [1, 1], householdsPerSmallZone: [55, 90] });
    smallZones = await api.sql<{ code: string; households: number }>(
      `SELECT small_zone_code AS code, count(*)::int AS households FROM household GROUP BY 1 ORDER BY 1`,
    );
  });
  afterAll(() => api.close());

  async function statementsFor(
    code: string,
  ): Promise<{ statements: number; households: number; persons: number }> {
    api.counter.reset();
    const response = await api.request<{
      zone: { buildings: { nodes: { households: { persons: unknown[] }[] }[] } };
    }>(SMALL_ZONE_QUERY, { code, first: 100 });
    expect(response.errors).toBeUndefined();
    const statements = api.counter.total;
    if (process.env.SHOW_SQL) console.log(api.counter.statements.map((s) => s.slice(0, 140)).join('\n'));
    const households = response.data!.zone.buildings.nodes.flatMap((b) => b.households);
    return {
      statements,
      households: households.length,
      persons: households.flatMap((h) => h.persons).length,
    };
  }

  it('costs the same small number of statements for every small zone, whatever its size', async () => {
    expect(smallZones.length).toBeGreaterThanOrEqual(3);
    const results = [];
    for (const zone of smallZones) results.push(await statementsFor(zone.code));
    for (const result of results) {
      expect(result.households).toBeGreaterThanOrEqual(50);
      expect(result.persons).toBeGreaterThan(result.households);
    }
    const counts = new Set(results.map((r) => r.statements));
    // caller's account and scope, zone, parent, grandparent, buildings page, buildings count, households by
    // building, persons by household, household page: one statement each, never one per row.
    expect(counts.size).toBe(1);
    expect([...counts][0]).toBeLessThanOrEqual(11);
  });

  it('batches the same connection under many parents into one statement', async () => {
    api.counter.reset();
    const response = await api.request<{
      zone: { children: { nodes: { households: { totalCount: number } }[] } };
    }>(
      `{ zone(code: "330106") { children(first: 20) { nodes { code households(first: 5) { totalCount nodes { number } } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const townships = response.data!.zone.children.nodes;
    expect(townships.length).toBeGreaterThan(5);
    // caller's account and scope, zone, children page, households page for all townships, counts for all.
    expect(api.counter.total).toBe(5);
  });
});
