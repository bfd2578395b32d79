import { seedCounty, startTestApi, type TestApi } from './harness';
import { DOCUMENTS } from './sql-exercise';

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

  // The same small zone read through the connections that replace the growing lists: buildings → households
  // → visits (the latest, backwards), appointments, problems, persons → problems.
  const WORK_QUERY = /* GraphQL */ `
    query SmallZoneWork($code: String!) {
      zone(code: $code) {
        buildings(first: 20) {
          nodes {
            id
            problemsConnection(first: 2) {
              nodes {
                id
              }
            }
            householdsConnection(first: 5) {
              totalCount
              nodes {
                id
              }
            }
          }
        }
        households(first: 100) {
          edges {
            cursor
            node {
              id
              visitsConnection(last: 2) {
                totalCount
                pageInfo {
                  hasPreviousPage
                  startCursor
                }
                nodes {
                  id
                }
              }
              appointmentsConnection(first: 2) {
                nodes {
                  id
                }
              }
              problemsConnection(first: 2) {
                totalCount
                nodes {
                  id
                }
              }
              persons {
                id
                problemsConnection(first: 2) {
                  nodes {
                    id
                  }
                }
              }
            }
          }
        }
      }
    }
  `;

  it('reads the nested connections of a small zone in the same number of statements for every small zone', async () => {
    // Every household gets 1 to 3 visits and a problem, so that the pages hold rows of varying length.
    await api.sql(
      `INSERT INTO visit (county_code, household_id, small_zone_code, visited_at, slot, method, outcome)
       SELECT h.county_code, h.id, h.small_zone_code, now() - g * interval '1 hour', 'MORNING', 'IN_PERSON', 'NOBODY_HOME'
         FROM household h, generate_series(1, 1 + h.id::int % 3) g`,
    );
    await api.sql(
      `INSERT INTO problem (county_code, version, zone_code, household_id, category, refused_items, text, reported_by)
       SELECT h.county_code, 1, h.small_zone_code, h.id, (enum_range(NULL::problem_category))[1], '{}', 'x', a.id
         FROM household h, (SELECT id FROM account ORDER BY id LIMIT 1) a`,
    );
    const results = [];
    for (const { code } of smallZones) {
      api.counter.reset();
      const response = await api.request<{
        zone: {
          households: { edges: { node: { visitsConnection: { totalCount: number; nodes: unknown[] } } }[] };
        };
      }>(WORK_QUERY, { code });
      expect(response.errors).toBeUndefined();
      const households = response.data!.zone.households.edges;
      results.push({
        statements: api.counter.total,
        households: households.length,
        visits: households.reduce((n, h) => n + h.node.visitsConnection.totalCount, 0),
      });
      if (process.env.SHOW_SQL) console.log(api.counter.statements.map((s) => s.slice(0, 140)).join('\n'));
    }
    for (const result of results) {
      expect(result.households).toBeGreaterThanOrEqual(50);
      expect(result.visits).toBeGreaterThan(result.households);
    }
    const counts = new Set(results.map((r) => r.statements));
    // caller's account and scope, zone, buildings page, building problems page, building households page and
    // count, zone households page, visits page and count, appointments page, household problems page and count,
    // persons, person problems page: one statement each, never one per row.
    expect(counts.size).toBe(1);
    expect([...counts][0]).toBeLessThanOrEqual(14);
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

  it("reads the small-zone page's household cards (head, room, persons, status) in as many statements for every small zone", async () => {
    const counts = new Set<number>();
    for (const zone of smallZones) {
      for (const search of [null, '王']) {
        api.counter.reset();
        const response = await api.request<{
          households: { nodes: { persons: { relationship: string }[] }[] };
        }>(DOCUMENTS.get('ZoneHouseholds')!, {
          filter: { zoneCode: zone.code, ...(search ? { search } : {}) },
          first: 100,
        });
        expect(response.errors).toBeUndefined();
        const nodes = response.data!.households.nodes;
        if (!search) expect(nodes.length).toBe(zone.households);
        expect(
          nodes.every((h) => h.persons.length === 0 || h.persons.some((p) => p.relationship === 'HEAD')),
        ).toBe(true);
        counts.add(api.counter.total);
      }
    }
    // caller's account and scope, households page and count, buildings, persons: never one per card.
    expect(counts.size).toBe(1);
    expect([...counts][0]).toBeLessThanOrEqual(6);
  });
});
