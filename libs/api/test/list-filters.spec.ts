import { filterKey, type ListFilter } from '../src/common/page-loader';
import { withinZone } from '../src/common/subtree';
import { seedCounty, startTestApi, type TestApi } from './harness';

describe('batching key of list filters', () => {
  it('is derived from the rendered conditions and their values, so filters differing in one value never share', () => {
    const byStage = (stage: string): ListFilter => ({
      conditions: (params) => [
        withinZone('t.small_zone_code', params.add('330106')),
        `t.stage = ${params.add(stage)}`,
      ],
    });
    expect(filterKey(byStage('LISTED'))).toBe(filterKey(byStage('LISTED')));
    expect(filterKey(byStage('LISTED'))).not.toBe(filterKey(byStage('SUBMITTED')));
    // The same values in other conditions are another filter too.
    const byKind: ListFilter = {
      conditions: (params) => [
        withinZone('t.small_zone_code', params.add('330106')),
        `t.kind = ${params.add('LISTED')}`,
      ],
    };
    expect(filterKey(byKind)).not.toBe(filterKey(byStage('LISTED')));
  });
});

describe('filters in one request', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('list-filters');
    await seedCounty(api, 2, { smallZonesPerCensusZone: [2, 2], householdsPerSmallZone: [30, 40] });
  });
  afterAll(() => api.close());

  it('answers each filter with its own rows, at the root and nested under one zone', async () => {
    const [{ code: zone }] = await api.sql<{ code: string }>(
      `SELECT min(code) AS code FROM zone WHERE level = 'SMALL_ZONE'`,
    );
    const expected = await api.sql<{ kind: string; n: number }>(
      `SELECT status AS kind, count(*)::int AS n FROM household WHERE small_zone_code = $1 GROUP BY status ORDER BY n DESC, status`,
      [zone],
    );
    expect(expected.length).toBeGreaterThan(1);
    const [first, second] = expected;
    const response = await api.request<
      Record<string, { totalCount: number; nodes: { kind: string }[] }> & {
        zone: Record<string, { totalCount: number; nodes: { kind: string }[] }>;
      }
    >(
      `query($zone: String!, $a: HouseholdStatus!, $b: HouseholdStatus!) {
        a: households(filter: { zoneCode: $zone, status: [$a] }, first: 100) { totalCount nodes { kind: status } }
        b: households(filter: { zoneCode: $zone, status: [$b] }, first: 100) { totalCount nodes { kind: status } }
        zone(code: $zone) {
          a: households(filter: { status: [$a] }, first: 100) { totalCount nodes { kind: status } }
          b: households(filter: { status: [$b] }, first: 100) { totalCount nodes { kind: status } }
        }
      }`,
      { zone, a: first.kind, b: second.kind },
    );
    expect(response.errors).toBeUndefined();
    const data = response.data!;
    for (const answer of [data, data.zone]) {
      expect(answer.a.totalCount).toBe(first.n);
      expect(answer.b.totalCount).toBe(second.n);
      expect(new Set(answer.a.nodes.map((h) => h.kind))).toEqual(new Set([first.kind]));
      expect(new Set(answer.b.nodes.map((h) => h.kind))).toEqual(new Set([second.kind]));
    }
  });
});
