import {
  type BatchResult,
  boundaryBatches,
  checkFeatures,
  type ReadGeoJson,
  readGeoJsonBytes,
  type RefusedGeoJson,
  type Request,
  sendBoundaries,
} from './index';

const square = (west: number, south: number, size = 0.01) => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ],
  ],
});

const feature = (code: string | null, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  properties: code === null ? { name: '无代码' } : { code, ...extra },
  geometry: square(120.1, 30.2),
});

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

function read(value: unknown): ReadGeoJson {
  const result = readGeoJsonBytes(bytesOf(value));
  if ('refused' in result) throw new Error(result.refused.message);
  return result;
}

function refusal(bytes: Uint8Array): RefusedGeoJson['refused'] {
  const result = readGeoJsonBytes(bytes);
  if (!('refused' in result)) throw new Error(`read ${result.features.length} features`);
  return result.refused;
}

describe('reading a GeoJSON file of zone outlines', () => {
  it('reads the features with their zone codes, positions and vertex counts', () => {
    const file = read({
      type: 'FeatureCollection',
      features: [
        feature('330106002051'),
        { type: 'Feature', properties: { zoneCode: 330106002052 }, geometry: square(120.2, 30.2) },
        {
          type: 'Feature',
          properties: { code: '330106002053' },
          geometry: {
            type: 'MultiPolygon',
            coordinates: [square(120, 30).coordinates, square(121, 30).coordinates],
          },
        },
      ],
    });
    expect(file.features.map((f) => [f.row, f.zoneCode, f.vertices])).toEqual([
      [1, '330106002051', 5],
      [2, '330106002052', 5],
      [3, '330106002053', 10],
    ]);
    expect(file.features[0].bytes).toBe(bytesOf(feature('330106002051')).length);
  });

  it('refuses, coded and in Chinese first, what is not a FeatureCollection of features in UTF-8 JSON', () => {
    expect(refusal(new TextEncoder().encode('{"type": "FeatureCollection", '))).toMatchObject({
      code: 'INVALID_JSON',
      message: expect.stringMatching(/^文件不是有效的 JSON.*nothing of it was imported\.$/) as string,
    });
    expect(refusal(new Uint8Array([0x7b, 0xc4, 0xe3, 0x7d]))).toMatchObject({ code: 'INVALID_ENCODING' });
    expect(refusal(bytesOf({ type: 'Feature', geometry: square(120, 30) }))).toMatchObject({
      code: 'NOT_FEATURE_COLLECTION',
    });
    expect(refusal(bytesOf([feature('330106002051')]))).toMatchObject({ code: 'NOT_FEATURE_COLLECTION' });
    expect(refusal(bytesOf({ type: 'FeatureCollection', features: [] }))).toMatchObject({
      code: 'NO_FEATURES',
      message: expect.stringContaining('没有任何要素') as string,
    });
  });

  it('rejects on its own, with its position, a feature without a zone code or too large to send', () => {
    const big = feature('330106002053', { note: 'x'.repeat(5000) });
    const file = read({ type: 'FeatureCollection', features: [feature('330106002051'), feature(null), big] });
    const { sendable, rejections } = checkFeatures(file.features, 4000);
    expect(sendable.map((f) => f.row)).toEqual([1]);
    expect(rejections).toEqual([
      {
        row: 2,
        field: 'properties.code',
        code: 'REQUIRED',
        message: expect.stringMatching(/^要素的属性.*code 或 zoneCode.*zoneCode\.$/) as string,
      },
      {
        row: 3,
        field: 'geometry',
        code: 'TOO_LARGE',
        message: expect.stringContaining('超过单次发送上限') as string,
      },
    ]);
  });
});

describe('batching outlines by count and by size', () => {
  const features = (count: number, note = '') =>
    read({
      type: 'FeatureCollection',
      features: Array.from({ length: count }, (_, i) =>
        feature(`330106002${String(100 + i).padStart(3, '0')}`, note ? { note } : {}),
      ),
    }).features;

  it('cuts at 2,000 features', () => {
    const batches = boundaryBatches(features(4500));
    expect(batches.map((b) => b.length)).toEqual([2000, 2000, 500]);
    expect(batches[1][0].row).toBe(2001);
  });

  it('cuts by serialized size, every batch within the limit as sent (brackets and commas counted)', () => {
    const all = features(50, 'x'.repeat(900));
    const limit = 10_000;
    const batches = boundaryBatches(all, { maxBytes: limit });
    expect(batches.length).toBeGreaterThan(4);
    expect(batches.flat().map((f) => f.row)).toEqual(all.map((f) => f.row));
    for (const batch of batches) {
      const sent = new TextEncoder().encode(JSON.stringify(batch.map((f) => f.feature))).length;
      expect(sent).toBeLessThanOrEqual(limit);
    }
    // A batch is cut only when the next feature would not fit.
    const first = new TextEncoder().encode(
      JSON.stringify([...batches[0], batches[1][0]].map((f) => f.feature)),
    ).length;
    expect(first).toBeGreaterThan(limit);
  });

  it('sends the batches under keys from the file hash and batch number, rows as positions in the file', async () => {
    const all = features(5, 'x'.repeat(900));
    const calls: { key: string; features: unknown[] }[] = [];
    const request = (async (
      _document: unknown,
      variables: { input: { idempotencyKey: string; features: unknown[] } },
    ) => {
      calls.push({ key: variables.input.idempotencyKey, features: variables.input.features });
      const two = variables.input.features.length >= 2;
      const result: BatchResult = {
        accepted: variables.input.features.length - (two ? 1 : 0),
        alreadyPresent: 0,
        // The server numbers rows by position in the batch: its second feature.
        rejected: two
          ? [{ row: 2, field: 'properties.code', code: 'OUT_OF_SCOPE', message: 'm', messageCode: 'x' }]
          : [],
        replayed: false,
      };
      return Promise.resolve({ importZoneBoundaries: result });
    }) as unknown as Request;
    const send = () =>
      sendBoundaries({
        request,
        account: 'acct',
        fileName: 'C:\\地图\\西湖区.geojson',
        fileDigest: 'ab'.repeat(32),
        features: all,
        limits: { maxBytes: 3000 },
      });
    const totals = await send();
    expect(calls.map((c) => c.features.length)).toEqual([2, 2, 1]);
    expect(totals).toMatchObject({ read: 5, accepted: 3, rejected: 2, batches: 3 });
    expect(totals.rejections.map((r) => r.row)).toEqual([2, 4]);
    expect(new Set(calls.map((c) => c.key)).size).toBe(3);
    expect(calls[0].key).toMatch(/^boundaries:[0-9a-f]{64}$/);
    // The same file again: the same keys (the server answers them from its record).
    await send();
    expect(calls.slice(3).map((c) => c.key)).toEqual(calls.slice(0, 3).map((c) => c.key));
  });
});
