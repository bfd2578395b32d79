import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useParams } from 'react-router';

import { type Handler, renderWithApp } from '../test-utils';
import { AgendaPage } from './AgendaPage';
import { SmallZoneHouseholds } from './SmallZoneHouseholds';
import { ZonePage } from './ZonePage';

const ZONE = '330106002051001';

const building = {
  id: 'QnVpbGRpbmc6MzMwMTA2OjE',
  smallZoneCode: ZONE,
  number: '001',
  address: '文三路88号',
  kind: 'RESIDENTIAL',
  latitude: null,
  longitude: null,
  version: 2,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
};

const wang = {
  id: 'H1',
  smallZoneCode: ZONE,
  number: '001',
  unit: '2',
  status: 'ORDINARY',
  stage: 'ENUMERATING',
  version: 3,
  longForm: { sampled: true },
  building: { id: building.id, number: '001', address: '文三路88号' },
  persons: [
    { id: 'P2', name: '李秀英', relationship: 'SPOUSE' },
    { id: 'P1', name: '王建国', relationship: 'HEAD' },
    { id: 'P3', name: '王小明', relationship: 'CHILD' },
  ],
};
const empty = {
  ...wang,
  id: 'H2',
  number: '002',
  unit: null,
  status: 'VACANT',
  stage: 'LISTED',
  persons: [],
  longForm: { sampled: false },
};

const page = (nodes: unknown[]) => ({
  households: { totalCount: nodes.length, pageInfo: { hasNextPage: false, endCursor: 'c1' }, nodes },
});

/** The small-zone page's API: the households (all, or those matching the search), the buildings, and `more`. */
function zoneApi(more: Handler = () => ({})): Handler {
  return (operation, variables) => {
    if (operation === 'Buildings') return { buildings: { totalCount: 1, nodes: [building] } };
    if (operation === 'ZoneHouseholds') {
      const filter = variables['filter'] as { search?: string };
      return page(filter.search ? [wang] : [wang, empty]);
    }
    return more(operation, variables);
  };
}

/** The small-zone page inside routes, so that opening a household shows which. */
function WithRoutes() {
  return (
    <Routes>
      <Route path="/zones/:code" element={<SmallZoneHouseholds code={ZONE} />} />
      <Route path="/households/:id" element={<Opened />} />
    </Routes>
  );
}
function Opened() {
  const { id } = useParams();
  return <p>opened {id}</p>;
}

describe('the small-zone page', () => {
  it("shows each household's head, room, person count and status on its card", async () => {
    renderWithApp(<SmallZoneHouseholds code={ZONE} />, { handler: zoneApi() });
    await screen.findByText('共 2 户');
    const [first, second] = document.querySelectorAll('.household-link');
    expect(first?.textContent).toContain('户编号 001');
    expect(first?.textContent).toContain('单元 2');
    expect(first?.textContent).toContain('户主 王建国');
    expect(first?.textContent).toContain('3 人');
    expect(first?.textContent).toContain('普通住户');
    // The long-form sample (长表户) is marked on its households.
    expect(first?.querySelector('[data-long-form-badge]')?.textContent).toBe('长表户');
    expect(second?.querySelector('[data-long-form-badge]')).toBeNull();
    expect(second?.textContent).toContain('户主未登记');
    expect(second?.textContent).toContain('0 人');
    expect(second?.textContent).toContain('空户');
  });

  it("searches by address, head's name or phone and shows what was found", async () => {
    const { calls } = renderWithApp(<SmallZoneHouseholds code={ZONE} />, { handler: zoneApi() });
    await screen.findByText('共 2 户');
    const box = screen.getByRole('searchbox', { name: '搜索住户' });
    expect(box.getAttribute('maxlength')).toBe('50');
    fireEvent.change(box, { target: { value: ' 王建国 ' } });
    fireEvent.click(screen.getByRole('button', { name: '搜索' }));
    await screen.findByText('“王建国” 找到 1 户');
    expect(document.querySelectorAll('.household-link')).toHaveLength(1);
    expect(calls.filter((c) => c.operation === 'ZoneHouseholds').map((c) => c.variables['filter'])).toEqual([
      { zoneCode: ZONE },
      { zoneCode: ZONE, search: '王建国' },
    ]);
    // Clearing the box lists the whole small zone again.
    fireEvent.change(box, { target: { value: '' } });
    await screen.findByText('共 2 户');
  });

  it('adds a household found on the ground and opens it', async () => {
    const { calls } = renderWithApp(<WithRoutes />, {
      route: `/zones/${ZONE}`,
      handler: zoneApi((operation) =>
        operation === 'CreateHousehold'
          ? { createHousehold: { household: { ...wang, id: 'NEW' }, userErrors: [] } }
          : {},
      ),
    });
    await screen.findByText('共 2 户');
    fireEvent.click(screen.getByRole('button', { name: '+ 新增住户' }));
    const form = screen.getByRole('form', { name: '新增住户' });
    fireEvent.change(within(form).getByLabelText('建筑物'), { target: { value: building.id } });
    fireEvent.change(within(form).getByLabelText('单元'), { target: { value: ' 3 ' } });
    fireEvent.click(within(form).getByRole('button', { name: '新增并打开' }));
    await screen.findByText('opened NEW');
    expect(calls.find((c) => c.operation === 'CreateHousehold')?.variables).toEqual({
      input: { smallZoneCode: ZONE, buildingId: building.id, unit: '3' },
    });
  });

  it("shows a refused household's coded errors in Chinese at their fields", async () => {
    renderWithApp(<SmallZoneHouseholds code={ZONE} />, {
      handler: zoneApi((operation) =>
        operation === 'CreateHousehold'
          ? {
              createHousehold: {
                household: null,
                userErrors: [
                  {
                    field: ['input', 'unit'],
                    message: 'Unit ‘3#’ must be 1 to 10 letters, digits or -.',
                    code: 'INVALID',
                    messageCode: 'household.unitFormat',
                    params: { value: '3#' },
                  },
                ],
              },
            }
          : {},
      ),
    });
    await screen.findByText('共 2 户');
    fireEvent.click(screen.getByRole('button', { name: '+ 新增住户' }));
    const form = screen.getByRole('form', { name: '新增住户' });
    fireEvent.change(within(form).getByLabelText('单元'), { target: { value: '3#' } });
    fireEvent.click(within(form).getByRole('button', { name: '新增并打开' }));
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toMatch(/单元/);
    expect(alert.textContent).not.toMatch(/Unit/);
  });

  it('adds a building and lists it with the others', async () => {
    let buildings = [building];
    const { calls } = renderWithApp(<SmallZoneHouseholds code={ZONE} />, {
      handler: (operation, variables) => {
        if (operation === 'Buildings')
          return { buildings: { totalCount: buildings.length, nodes: buildings } };
        if (operation === 'CreateBuilding') {
          const created = { ...building, id: 'B2', number: '002', address: '文三路90号' };
          buildings = [...buildings, created];
          return { createBuilding: { building: created, userErrors: [] } };
        }
        return zoneApi()(operation, variables);
      },
    });
    await screen.findByText('建筑物标注（1 栋）');
    fireEvent.click(screen.getByRole('button', { name: '+ 新增建筑物' }));
    const form = screen.getByRole('form', { name: '新增建筑物' });
    fireEvent.change(within(form).getByLabelText('建筑物地址'), { target: { value: '文三路90号' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存建筑物' }));
    await screen.findByText('已新增建筑物 002（文三路90号）。');
    await screen.findByText('建筑物标注（2 栋）');
    expect(calls.find((c) => c.operation === 'CreateBuilding')?.variables).toEqual({
      input: { smallZoneCode: ZONE, address: '文三路90号' },
    });
  });
});

describe('building locations (建筑物标注)', () => {
  const geolocation = (answer: (ok: PositionCallback, fail: PositionErrorCallback) => void) => {
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: { getCurrentPosition: jest.fn(answer) },
    });
  };
  afterEach(() => {
    Object.defineProperty(navigator, 'geolocation', { configurable: true, value: undefined });
  });

  it("stores the phone's position on the building and shows the stored point", async () => {
    geolocation((ok) =>
      ok({
        coords: { latitude: 30.2741234567, longitude: 120.1551234567, accuracy: 8 },
      } as GeolocationPosition),
    );
    const { calls } = renderWithApp(<SmallZoneHouseholds code={ZONE} />, {
      handler: zoneApi((operation, variables) => {
        if (operation !== 'UpdateBuilding') return {};
        const input = variables['input'] as { latitude: number; longitude: number };
        return {
          updateBuilding: {
            building: { ...building, ...input, version: 3, id: building.id },
            userErrors: [],
          },
        };
      }),
    });
    await screen.findByText('尚未标注位置');
    fireEvent.click(screen.getByRole('button', { name: '标注位置' }));
    await screen.findByText('位置已保存。');
    screen.getByText('位置：纬度 30.274123，经度 120.155123');
    expect(calls.find((c) => c.operation === 'UpdateBuilding')?.variables).toEqual({
      input: { id: building.id, expectedVersion: 2, latitude: 30.274123, longitude: 120.155123 },
    });
    screen.getByRole('button', { name: '重新标注' });
  });

  it.each([
    [1, '未获准使用定位'],
    [2, '无法获得位置（没有定位信号）'],
    [3, '定位超时'],
  ])('shows a refused position (code %i) in Chinese and stores nothing', async (code, text) => {
    geolocation((_ok, fail) =>
      fail({ code, message: 'User denied Geolocation' } as GeolocationPositionError),
    );
    const { calls } = renderWithApp(<SmallZoneHouseholds code={ZONE} />, { handler: zoneApi() });
    fireEvent.click(await screen.findByRole('button', { name: '标注位置' }));
    expect((await screen.findByRole('alert')).textContent).toContain(text);
    expect(calls.some((c) => c.operation === 'UpdateBuilding')).toBe(false);
  });

  it('says so when the browser cannot locate at all', async () => {
    renderWithApp(<SmallZoneHouseholds code={ZONE} />, { handler: zoneApi() });
    fireEvent.click(await screen.findByRole('button', { name: '标注位置' }));
    expect((await screen.findByRole('alert')).textContent).toContain('此浏览器无法定位');
  });
});

describe('the zone page of a small zone', () => {
  it('asks for the households at once, without waiting for the progress', async () => {
    let answerProgress: (value: unknown) => void = () => undefined;
    const { calls } = renderWithApp(<ZonePage code={ZONE} />, {
      handler: (operation, variables) =>
        operation === 'Progress'
          ? new Promise((resolve) => (answerProgress = resolve))
          : operation === 'Me'
            ? { me: { zones: [] } }
            : operation === 'Worklist'
              ? {}
              : zoneApi()(operation, variables),
    });
    // The progress has not answered, and the list is there already.
    await screen.findByText('共 2 户');
    expect(calls.map((c) => c.operation)).toEqual(expect.arrayContaining(['Progress', 'ZoneHouseholds']));
    act(() => answerProgress({ progress: null }));
  });
});

describe('the agenda', () => {
  const household = (n: number) => ({
    id: `H${n}`,
    number: String(n).padStart(3, '0'),
    smallZoneCode: ZONE,
    unit: n % 2 ? '1' : null,
    building: n % 3 ? { id: 'B1', address: '文三路88号' } : null,
    stage: 'LISTED',
  });
  const list = (from: number, count: number, total: number, end: string | null) => ({
    totalCount: total,
    pageInfo: { hasNextPage: end !== null, endCursor: end ?? 'last' },
    nodes: Array.from({ length: count }, (_, i) => household(from + i)),
  });

  it("pages a list past 50 households and shows each household's address", async () => {
    const { calls } = renderWithApp(<AgendaPage />, {
      handler: (_operation, variables) => ({
        agenda: variables['notVisitedAfter']
          ? { date: '2026-11-05', notVisited: list(51, 20, 70, null) }
          : {
              date: '2026-11-05',
              appointments: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] },
              notVisited: list(1, 50, 70, 'n50'),
              repeatedFailures: {
                totalCount: 0,
                pageInfo: { hasNextPage: false, endCursor: null },
                nodes: [],
              },
            },
      }),
    });
    await screen.findByText('共 70 项');
    expect(document.querySelectorAll('.agenda-household')).toHaveLength(50);
    const first = document.querySelector('.agenda-household')!;
    expect(first?.textContent).toContain('文三路88号 单元 1');
    expect(first?.textContent).toContain('户编号 001');
    expect(document.querySelectorAll('.agenda-household')[2]?.textContent).toContain('未关联建筑物');
    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    await waitFor(() => expect(document.querySelectorAll('.agenda-household')).toHaveLength(70));
    expect(calls.map((c) => c.variables)).toEqual([{ first: 50 }, { first: 50, notVisitedAfter: 'n50' }]);
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();
  });
});
