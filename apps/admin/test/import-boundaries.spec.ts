import { readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { useCli } from './use-cli';

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

const feature = (properties: Record<string, unknown>, geometry: unknown = square(120.13, 30.26)) => ({
  type: 'Feature',
  properties,
  geometry,
});

describe('census-admin import boundaries (GeoJSON) against the real API', () => {
  const { cli, env } = useCli();

  beforeAll(async () => {
    const login = await cli(['login', '--username', 'admin', '--password-stdin'], 'census-demo-2020\n');
    expect(login.code).toBe(0);
  });

  it('imports outlines in batches, rejects features by their position in the file, and replays the same file', async () => {
    const file = path.join(env.home, '西湖区边界.geojson');
    await writeFile(
      file,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          feature({ code: '330106002', name: '北山街道' }, square(120.12, 30.25, 0.05)),
          feature({ zoneCode: '330106002051' }),
          feature({ name: '没有代码' }),
          // Another county's township: not the admin's zone.
          feature({ code: '330102001' }),
          // Outside China.
          feature({ code: '330106002052' }, square(10, 10)),
        ],
      }),
    );
    const first = await cli(['import', 'boundaries', file, '--json']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    const summary = JSON.parse(first.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({
      read: 5,
      accepted: 2,
      rejected: 3,
      alreadyPresent: 0,
      batches: 1,
      replayedBatches: 0,
      rejectFile: `${file}.rejects.csv`,
    });
    const rejects = (await readFile(`${file}.rejects.csv`, 'utf8')).split('\r\n');
    expect(rejects[0]).toBe('\uFEFFrow,field,code,message');
    expect(rejects.slice(1, 4).map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
      '3,properties.code,REQUIRED',
      '4,properties.code,OUT_OF_SCOPE',
      '5,geometry,OUT_OF_RANGE',
    ]);
    expect(rejects[1]).toContain('要素的属性（properties）中没有区划代码');

    // The same file again: answered from the server's record, nothing applied twice.
    const again = await cli(['import', 'boundaries', file]);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('read 5 features, accepted 2, rejected 3');
    expect(again.stdout).toContain("answered from the server's record");

    // The outlines, edited: the changed one is accepted, the same one is already present.
    const edited = path.join(env.home, 'edited.geojson');
    await writeFile(
      edited,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          feature({ code: '330106002' }, square(120.12, 30.25, 0.06)),
          feature({ zoneCode: '330106002051' }),
        ],
      }),
    );
    const changed = await cli(['import', 'boundaries', edited, '--json']);
    expect(changed.code).toBe(0);
    expect(JSON.parse(changed.stdout)).toMatchObject({
      accepted: 1,
      alreadyPresent: 1,
      rejected: 0,
      rejectFile: null,
    });
  });

  it('refuses, exit 2, a file that is not JSON, not a FeatureCollection, empty, or over 200 MB, sending nothing', async () => {
    const cases: [string, string, RegExp][] = [
      ['bad.geojson', '{"type": "FeatureCollection", "features": [', /文件不是有效的 JSON.*INVALID_JSON/s],
      [
        'feature.json',
        JSON.stringify(feature({ code: '330106002' })),
        /FeatureCollection.*NOT_FEATURE_COLLECTION/s,
      ],
      ['empty.geojson', '{"type":"FeatureCollection","features":[]}', /没有任何要素.*NO_FEATURES/s],
    ];
    for (const [name, text, message] of cases) {
      const file = path.join(env.home, name);
      await writeFile(file, text);
      const result = await cli(['import', 'boundaries', file]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
    }
    const huge = path.join(env.home, 'huge.geojson');
    await writeFile(huge, '');
    // A sparse file: its size is what is checked, before it is read.
    await truncate(huge, 201 * 1024 * 1024);
    const tooBig = await cli(['import', 'boundaries', huge]);
    expect(tooBig.code).toBe(2);
    expect(tooBig.stderr).toContain('超过边界文件上限 200 MB');
    const options = await cli(['import', 'boundaries', huge, '--batch-size', '10']);
    expect(options.code).toBe(2);
    expect(options.stderr).toContain('--batch-size does not apply to boundaries');
  });
});
