import { Role } from '../src/auth/role';
import { MAX_BOUNDARY_VERTICES } from '../src/zones/geojson';
import { seedCounty, startTestApi, type TestAccount, type TestApi } from './harness';

interface ImportResult {
  idempotencyKey: string;
  accepted: number;
  alreadyPresent: number;
  replayed: boolean;
  rejected: { row: number; field: string; code: string; message: string }[];
}

const IMPORT = `mutation ($input: ImportZoneBoundariesInput!) {
  importZoneBoundaries(input: $input) {
    idempotencyKey accepted alreadyPresent replayed rejected { row field code message }
  }
}`;

type Position = [number, number];

/** A closed rectangle ring. */
function box(west: number, south: number, east: number, north: number): Position[] {
  return [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
}

function feature(code: unknown, geometry: unknown, key = 'code') {
  return { type: 'Feature', properties: { [key]: code, name: '测试' }, geometry };
}

const polygon = (...rings: Position[][]) => ({ type: 'Polygon', coordinates: rings });

describe('zone boundaries (划区绘图)', () => {
  let api: TestApi;
  let township: string;
  let otherTownship: string;
  let censusZone: string;
  let smallZone: string;
  let officer: TestAccount;
  let seeded: { zones: number; outlined: number; located: number; outside: number };

  async function importFeatures(key: string, features: unknown[], token?: string): Promise<ImportResult> {
    const response = await api.request<{ importZoneBoundaries: ImportResult }>(
      IMPORT,
      { input: { idempotencyKey: key, source: 'zones.geojson', features } },
      token,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.importZoneBoundaries;
  }

  const stored = () =>
    api.sql<{ zone_code: string; vertices: number; version: number; box: number[] }>(
      `SELECT zone_code, vertices, version, ARRAY[west, south, east, north] AS box
         FROM zone_boundary ORDER BY zone_code`,
    );

  beforeAll(async () => {
    api = await startTestApi('zone-boundaries');
    await seedCounty(api, 2);
    [{ code: smallZone }] = await api.sql<{ code: string }>(
      `SELECT code FROM zone WHERE level = 'SMALL_ZONE' ORDER BY code LIMIT 1`,
    );
    censusZone = smallZone.slice(0, 12);
    township = smallZone.slice(0, 9);
    [{ code: otherTownship }] = await api.sql<{ code: string }>(
      `SELECT code FROM zone WHERE level = 'TOWNSHIP' AND code <> $1 ORDER BY code LIMIT 1`,
      [township],
    );
    officer = await api.account(Role.TOWNSHIP_OFFICER, [township]);
    [seeded] = await api.sql<typeof seeded>(
      `SELECT (SELECT count(*)::int FROM zone WHERE level = 'SMALL_ZONE') AS zones,
              (SELECT count(*)::int FROM zone z JOIN zone_boundary b ON b.zone_code = z.code
                WHERE z.level = 'SMALL_ZONE') AS outlined,
              (SELECT count(*)::int FROM building WHERE latitude IS NOT NULL) AS located,
              (SELECT count(*)::int FROM building b JOIN zone_boundary z ON z.zone_code = b.small_zone_code
                WHERE b.latitude IS NOT NULL
                  AND NOT (b.longitude BETWEEN z.west AND z.east AND b.latitude BETWEEN z.south AND z.north))
                AS outside`,
    );
    // Start from no boundaries: the seed's small-zone outlines are checked in the last test.
    await api.sql(`DELETE FROM zone_boundary`);
  });

  afterAll(() => api.close());

  it('stores Polygon and MultiPolygon boundaries with their box, audited, and shows them on the zone', async () => {
    const features = [
      feature(township, polygon(box(120.1, 30.2, 120.2, 30.3))),
      feature(`${censusZone}`, polygon(box(120.11, 30.21, 120.15, 30.25)), 'zoneCode'),
      feature(`${smallZone.slice(0, 12)}${smallZone.slice(12)}`, {
        type: 'MultiPolygon',
        coordinates: [[box(120.12, 30.22, 120.13, 30.23)], [box(120.135, 30.22, 120.14, 30.23)]],
      }),
    ];
    const result = await importFeatures('boundaries-1', features, officer.token);
    expect(result).toEqual({
      idempotencyKey: 'boundaries-1',
      accepted: 3,
      alreadyPresent: 0,
      replayed: false,
      rejected: [],
    });
    expect(await stored()).toEqual([
      { zone_code: township, vertices: 5, version: 1, box: [120.1, 30.2, 120.2, 30.3] },
      { zone_code: censusZone, vertices: 5, version: 1, box: [120.11, 30.21, 120.15, 30.25] },
      { zone_code: smallZone, vertices: 10, version: 1, box: [120.12, 30.22, 120.14, 30.23] },
    ]);
    const read = await api.request<{
      zone: { boundary: unknown; boundaryBox: number[]; children: { nodes: { boundary: unknown }[] } };
    }>(
      `query ($code: String!) {
        zone(code: $code) { boundary boundaryBox children(first: 5) { nodes { code boundary } } }
      }`,
      { code: township },
      officer.token,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.zone.boundary).toEqual(polygon(box(120.1, 30.2, 120.2, 30.3)));
    expect(read.data!.zone.boundaryBox).toEqual([120.1, 30.2, 120.2, 30.3]);
    expect(read.data!.zone.children.nodes[0].boundary).toEqual(polygon(box(120.11, 30.21, 120.15, 30.25)));
    const audit = await api.sql<{
      action: string;
      entity_type: string;
      small_zone_code: string;
      after: unknown;
    }>(
      `SELECT action::text, entity_type, small_zone_code, after FROM audit_log
        WHERE item = 'boundary' ORDER BY small_zone_code`,
    );
    expect(audit).toEqual([
      {
        action: 'CREATE',
        entity_type: 'Zone',
        small_zone_code: township,
        after: { boundaryVertices: 5, boundaryBox: [120.1, 30.2, 120.2, 30.3] },
      },
      expect.objectContaining({ action: 'CREATE', small_zone_code: censusZone }),
      expect.objectContaining({ action: 'CREATE', small_zone_code: smallZone }),
    ]);
  });

  it('replays a key, counts unchanged outlines as present, and replaces a changed one (audited with before)', async () => {
    const before = await stored();
    const replay = await importFeatures('boundaries-1', [], officer.token);
    expect(replay).toMatchObject({ accepted: 3, replayed: true });
    expect(await stored()).toEqual(before);
    const again = await importFeatures(
      'boundaries-2',
      [
        feature(township, polygon(box(120.1, 30.2, 120.2, 30.3))),
        feature(censusZone, polygon(box(120.11, 30.21, 120.16, 30.26))),
      ],
      officer.token,
    );
    expect(again).toMatchObject({ accepted: 1, alreadyPresent: 1, rejected: [] });
    const after = await stored();
    expect(after.find((b) => b.zone_code === censusZone)).toEqual({
      zone_code: censusZone,
      vertices: 5,
      version: 2,
      box: [120.11, 30.21, 120.16, 30.26],
    });
    expect(after.find((b) => b.zone_code === township)!.version).toBe(1);
    const [update] = await api.sql<{ before: unknown; after: unknown }>(
      `SELECT before, after FROM audit_log WHERE item = 'boundary' AND action = 'UPDATE'`,
    );
    expect(update).toEqual({
      before: { boundaryVertices: 5, boundaryBox: [120.11, 30.21, 120.15, 30.25] },
      after: { boundaryVertices: 5, boundaryBox: [120.11, 30.21, 120.16, 30.26] },
    });
  });

  it('rejects each bad feature with its position, field and a coded reason, and stores none of them', async () => {
    const before = await stored();
    const many: Position[] = Array.from({ length: MAX_BOUNDARY_VERTICES }, (_, i) => [
      120 + i / 1e6,
      30 + (i % 2) / 1e3,
    ]);
    many.push(many[0]);
    const features = [
      feature(smallZone, polygon([...box(120.1, 30.2, 120.2, 30.3)].slice(0, 4))), // open ring
      feature(smallZone, polygon(box(30.2, 120.1, 30.3, 120.2))), // latitude first
      feature(
        smallZone,
        polygon([
          [120.1, 30.2],
          [120.2, 30.2],
          [120.1, 30.2],
        ]),
      ), // three positions
      feature(smallZone, { type: 'Point', coordinates: [120.1, 30.2] }),
      { type: 'Feature', properties: {}, geometry: polygon(box(120.1, 30.2, 120.2, 30.3)) },
      feature(smallZone, polygon(many)),
      feature('330106999999', polygon(box(120.1, 30.2, 120.2, 30.3))), // no such zone
      feature(`${censusZone}901`, polygon(box(120.1, 30.2, 120.2, 30.3))), // virtual small zone
      { type: 'FeatureCollection', features: [] },
      feature(smallZone, {
        type: 'Polygon',
        coordinates: [
          [
            [120.1, 30.2],
            [120.2, 'x'],
            [120.2, 30.3],
            [120.1, 30.2],
          ],
        ],
      }),
    ];
    const result = await importFeatures('boundaries-bad', features);
    expect(result.accepted).toBe(0);
    expect(result.rejected.map((r) => [r.row, r.field, r.code])).toEqual([
      [1, 'geometry', 'INVALID'],
      [2, 'geometry', 'OUT_OF_RANGE'],
      [3, 'geometry', 'INVALID'],
      [4, 'geometry', 'INVALID'],
      [5, 'properties.code', 'REQUIRED'],
      [6, 'geometry', 'OUT_OF_RANGE'],
      [7, 'properties.code', 'OUT_OF_SCOPE'],
      [8, 'properties.code', 'INVALID'],
      [9, 'type', 'INVALID'],
      [10, 'geometry', 'INVALID'],
    ]);
    const messages = result.rejected.map((r) => r.message);
    expect(messages[0]).toContain('没有闭合');
    expect(messages[1]).toContain('不在中国境内');
    expect(messages[5]).toContain(`超过 ${MAX_BOUNDARY_VERTICES.toLocaleString('zh-CN')} 个`);
    expect(await stored()).toEqual(before);
  });

  it('rejects a second feature for the same zone in one batch', async () => {
    const result = await importFeatures('boundaries-dup', [
      feature(smallZone, polygon(box(120.12, 30.22, 120.13, 30.23))),
      feature(smallZone, polygon(box(120.12, 30.22, 120.14, 30.23))),
    ]);
    expect(result.rejected.map((r) => [r.row, r.code])).toEqual([[2, 'DUPLICATE']]);
  });

  it('keeps an office to its own zones and refuses field staff', async () => {
    const before = await stored();
    const result = await importFeatures(
      'boundaries-other',
      [feature(otherTownship, polygon(box(120.1, 30.2, 120.2, 30.3)))],
      officer.token,
    );
    expect(result.rejected.map((r) => [r.row, r.code])).toEqual([[1, 'OUT_OF_SCOPE']]);
    const enumerator = await api.account(Role.ENUMERATOR, [smallZone]);
    const refused = await api.request(
      IMPORT,
      { input: { idempotencyKey: 'boundaries-enumerator', features: [] } },
      enumerator.token,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await stored()).toEqual(before);
  });

  it("shows a small zone's buildings with their households' progress, as plain SQL counts them", async () => {
    const read = await api.request<{
      zone: {
        buildingPoints: {
          building: { number: string; latitude: number | null; longitude: number | null };
          households: number;
          submittedHouseholds: number;
          status: string;
        }[];
      };
      township: { buildingPoints: unknown[] };
    }>(
      `query ($code: String!, $township: String!) {
        zone(code: $code) {
          buildingPoints { building { number latitude longitude } households submittedHouseholds status }
        }
        township: zone(code: $township) { buildingPoints { status } }
      }`,
      { code: smallZone, township },
      officer.token,
    );
    expect(read.errors).toBeUndefined();
    const expected = await api.sql<{ number: string; households: number; submitted: number }>(
      `SELECT b.number, count(h.id)::int AS households,
              count(h.id) FILTER (WHERE h.stage IN ('SUBMITTED', 'APPROVED'))::int AS submitted
         FROM building b LEFT JOIN household h ON h.building_id = b.id AND h.county_code = b.county_code
        WHERE b.small_zone_code = $1 GROUP BY b.id, b.number ORDER BY b.number`,
      [smallZone],
    );
    const points = read.data!.zone.buildingPoints;
    expect(points.map((p) => [p.building.number, p.households, p.submittedHouseholds])).toEqual(
      expected.map((e) => [e.number, e.households, e.submitted]),
    );
    for (const p of points) {
      const status =
        p.submittedHouseholds === 0
          ? 'NOT_STARTED'
          : p.submittedHouseholds < p.households
            ? 'PARTIAL'
            : 'COMPLETE';
      expect(p.status).toBe(status);
    }
    expect(read.data!.township.buildingPoints).toEqual([]);
    // An enumerator of another small zone sees the zone's building points as nothing.
    const [{ code: elsewhere }] = await api.sql<{ code: string }>(
      `SELECT code FROM zone WHERE level = 'SMALL_ZONE' AND code <> $1 ORDER BY code LIMIT 1`,
      [smallZone],
    );
    const stranger = await api.account(Role.ENUMERATOR, [elsewhere]);
    const hidden = await api.request<{ zone: unknown }>(
      `query ($code: String!) { zone(code: $code) { buildingPoints { status } } }`,
      { code: smallZone },
      stranger.token,
    );
    expect(hidden.data?.zone ?? { buildingPoints: [] }).toEqual({ buildingPoints: [] });
  });

  it('seeds demo outlines with every located building inside its small zone', () => {
    expect(seeded.outside).toBe(0);
    expect(seeded.located).toBeGreaterThan(0);
    expect(seeded.outlined).toBe(seeded.zones);
    expect(seeded.zones).toBeGreaterThan(0);
  });
});
