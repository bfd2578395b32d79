import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';

import type { ZoneMapQuery } from '@census/client';

import type { MapHandlers } from '../components/zone-map-maplibre';
import { renderWithApp } from '../test-utils';
import {
  buildingFeatures,
  childZoneFeatures,
  mapBounds,
  mapData,
  shareColour,
  STATUS_COLOURS,
} from './map-data';
import { MapPage } from './MapPage';

/**
 * The map library itself is replaced here (jsdom has no WebGL): the stand-in records what the page hands it and lets
 * the test click. The Chromium scenario in test/e2e.spec.ts draws with the real MapLibre.
 */
const mounted: { data: unknown; handlers: MapHandlers | null; marking: boolean; webgl: boolean } = {
  data: null,
  handlers: null,
  marking: false,
  webgl: true,
};
jest.mock('../components/zone-map-maplibre', () => ({
  mountZoneMap: (_element: HTMLElement, data: unknown, handlers: MapHandlers) => {
    if (!mounted.webgl) return null;
    mounted.data = data;
    mounted.handlers = handlers;
    return {
      update: (next: unknown) => {
        mounted.data = next;
      },
      setMarking: (on: boolean) => {
        mounted.marking = on;
      },
      setSelected: () => undefined,
      dispose: () => undefined,
    };
  },
}));

const square = (w: number, s: number, e: number, n: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

function building(
  n: number,
  status: 'NOT_STARTED' | 'PARTIAL' | 'COMPLETE',
  place: [number, number] | null,
  households = 3,
  submitted = 0,
) {
  return {
    status,
    households,
    submittedHouseholds: submitted,
    building: {
      id: `Building-${n}`,
      number: String(n).padStart(3, '0'),
      address: `幸福路${n}号楼`,
      latitude: place ? place[1] : null,
      longitude: place ? place[0] : null,
      version: 1,
    },
  };
}

const smallZone: ZoneMapQuery = {
  zone: {
    id: 'Wm9uZTox',
    code: '330106002001001',
    name: '第1普查小区',
    level: 'SMALL_ZONE',
    boundary: square(120.1, 30.2, 120.11, 30.21),
    boundaryBox: [120.1, 30.2, 120.11, 30.21],
    buildingPoints: [
      building(1, 'COMPLETE', [120.102, 30.202], 3, 3),
      building(2, 'PARTIAL', [120.104, 30.204], 4, 1),
      building(3, 'NOT_STARTED', null, 2, 0),
    ],
  },
  progress: { children: [] },
};

const township: ZoneMapQuery = {
  zone: {
    id: 'Wm9uZToy',
    code: '330106002',
    name: '北山街道',
    level: 'TOWNSHIP',
    boundary: square(120, 30, 120.2, 30.2),
    boundaryBox: [120, 30, 120.2, 30.2],
    buildingPoints: [],
  },
  progress: {
    children: [
      {
        households: 100,
        submittedHouseholds: 90,
        zone: {
          id: 'Wm9uZToz',
          code: '330106002001',
          name: '桂花社区',
          boundary: square(120, 30, 120.1, 30.2),
        },
      },
      {
        households: 0,
        submittedHouseholds: 0,
        zone: {
          id: 'Wm9uZTo0',
          code: '330106002002',
          name: '宝石社区',
          boundary: square(120.1, 30, 120.2, 30.2),
        },
      },
      {
        households: 50,
        submittedHouseholds: 5,
        zone: { id: 'Wm9uZTo1', code: '330106002003', name: '西溪社区', boundary: null },
      },
    ],
  },
};

describe('map data shaping', () => {
  it('makes points of the located buildings only, coloured by status', () => {
    const points = buildingFeatures(smallZone.zone!.buildingPoints);
    expect(
      points.features.map((f) => [f.properties.number, f.geometry.coordinates, f.properties.colour]),
    ).toEqual([
      ['001', [120.102, 30.202], STATUS_COLOURS.COMPLETE],
      ['002', [120.104, 30.204], STATUS_COLOURS.PARTIAL],
    ]);
  });

  it('fills child zones with an outline by their submitted share, grey without households', () => {
    const zones = childZoneFeatures(township.progress!.children);
    expect(zones.features.map((f) => [f.properties.name, f.properties.share, f.properties.colour])).toEqual([
      ['桂花社区', 0.9, shareColour(0.9)],
      ['宝石社区', -1, shareColour(null)],
    ]);
    expect(shareColour(0.9)).toBe('#7a0177');
    expect(shareColour(0)).toBe('#fde0dd');
    expect(shareColour(1)).toBe('#7a0177');
  });

  it('shows the outline box, or the children and buildings when the zone has none, or nothing', () => {
    const data = mapData(township)!;
    expect(data.bounds![0][0]).toBeCloseTo(119.99, 6);
    const noOutline = { ...smallZone.zone!, boundary: null, boundaryBox: null };
    const fromPoints = mapBounds(
      noOutline,
      childZoneFeatures([]),
      buildingFeatures(noOutline.buildingPoints),
    )!;
    expect(fromPoints[0][0]).toBeLessThan(120.102);
    expect(fromPoints[1][1]).toBeGreaterThan(30.204);
    expect(mapBounds(noOutline, childZoneFeatures([]), buildingFeatures([]))).toBeNull();
    // A small zone's map never draws children.
    expect(mapData(smallZone)!.children.features).toEqual([]);
  });
});

describe('MapPage', () => {
  it("lists a small zone's buildings with status, shows a building's households, and marks one by a click", async () => {
    let answer = smallZone;
    const { calls } = renderWithApp(<MapPage code="330106002001001" />, {
      handler: (operation, variables) => {
        if (operation === 'ZoneMap') return answer;
        if (operation === 'BuildingOnMap')
          return {
            node: {
              id: variables.id,
              householdsConnection: {
                totalCount: 1,
                nodes: [
                  {
                    id: 'SG91c2Vob2xkOjE',
                    number: '001',
                    unit: null,
                    status: 'ORDINARY',
                    stage: 'SUBMITTED',
                  },
                ],
              },
            },
          };
        if (operation === 'UpdateBuilding') {
          answer = {
            ...smallZone,
            zone: {
              ...smallZone.zone!,
              buildingPoints: smallZone.zone!.buildingPoints.map((p) =>
                p.building.number === '003' ? building(3, 'NOT_STARTED', [120.105, 30.205], 2, 0) : p,
              ),
            },
          };
          return { updateBuilding: { building: { id: variables.id }, userErrors: [] } };
        }
        return {};
      },
    });
    expect(await screen.findByRole('heading', { name: /第1普查小区地图/ })).toBeTruthy();
    expect(screen.getByText('建筑物（3 栋，已标注位置 2 栋）')).toBeTruthy();
    expect(screen.getByText(/已完成 1 栋/)).toBeTruthy();
    await waitFor(() => expect(mounted.handlers).not.toBeNull());
    expect((mounted.data as { buildings: { features: unknown[] } }).buildings.features).toHaveLength(2);

    // A click on a point shows the building's households.
    act(() => mounted.handlers!.onBuilding(smallZone.zone!.buildingPoints[0].building.id));
    expect(await screen.findByText('001号 幸福路1号楼', { selector: 'h3' })).toBeTruthy();
    expect(await screen.findByText('户编号 001')).toBeTruthy();

    // Mark building 003: the list's button, then a click on the map.
    const row = screen.getByText('003号 幸福路3号楼').closest('li')!;
    expect(within(row).getByText(/未标注位置/)).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: '在地图上标注' }));
    expect(screen.getByText('请在地图上点击 003 号建筑物所在的位置。')).toBeTruthy();
    await waitFor(() => expect(mounted.marking).toBe(true));
    act(() => mounted.handlers!.onPlace(120.1051234567, 30.2051234567));
    expect(await screen.findByText('003 号建筑物的位置已保存。')).toBeTruthy();
    const update = calls.find((c) => c.operation === 'UpdateBuilding')!;
    expect(update.variables).toEqual({
      input: { id: 'Building-3', expectedVersion: 1, latitude: 30.205123, longitude: 120.105123 },
    });
    await waitFor(() =>
      expect((mounted.data as { buildings: { features: unknown[] } }).buildings.features).toHaveLength(3),
    );
    expect(screen.getByText('建筑物（3 栋，已标注位置 3 栋）')).toBeTruthy();
  });

  it("fills a township's child zones by progress, with a legend and a list that opens their maps", async () => {
    renderWithApp(<MapPage code="330106002" />, { handler: () => township });
    expect(await screen.findByText('下级区划（3 个）')).toBeTruthy();
    expect(screen.getByText('短表上报进度（已上报户数 / 住户总数）')).toBeTruthy();
    expect(screen.getByRole('link', { name: '桂花社区' }).getAttribute('href')).toBe('/map/330106002001');
    expect(screen.getByText(/5 \/ 50 户.*无边界/)).toBeTruthy();
    expect(screen.getByText('90 / 100 户（90.0%）')).toBeTruthy();
    expect(screen.getByText('80%–100%')).toBeTruthy();
    await waitFor(() => expect(mounted.handlers).not.toBeNull());
    expect((mounted.data as { children: { features: unknown[] } }).children.features).toHaveLength(2);
  });

  it('says so when the zone has neither outline nor located buildings', async () => {
    renderWithApp(<MapPage code="330106002001001" />, {
      handler: () => ({
        ...smallZone,
        zone: { ...smallZone.zone!, boundary: null, boundaryBox: null, buildingPoints: [] },
      }),
    });
    expect(await screen.findByText('这个区划还没有导入边界，也没有标注了位置的建筑物。')).toBeTruthy();
  });

  it('says so when the browser has no WebGL, and keeps the list', async () => {
    mounted.webgl = false;
    try {
      renderWithApp(<MapPage code="330106002001001" />, { handler: () => smallZone });
      expect(
        await screen.findByText('此浏览器不能显示地图（需要 WebGL）。下面的列表照常可用。'),
      ).toBeTruthy();
      expect(screen.getByText('建筑物（3 栋，已标注位置 2 栋）')).toBeTruthy();
    } finally {
      mounted.webgl = true;
    }
  });
});
