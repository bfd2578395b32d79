import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import type { StaffAccountFieldsFragment } from '@census/client';

import type { Session } from '../session';
import { renderWithApp, testSession } from '../test-utils';
import { AssignmentsPage } from './AssignmentsPage';

const officer: Session = {
  ...testSession,
  account: { id: 'QWNjb3VudDoy', username: 'officer', name: '街道人普办', role: 'TOWNSHIP_OFFICER' },
};
const TOWNSHIP = { code: '330106002', name: '北山街道', level: 'TOWNSHIP' };

const smallZone = (n: number, enumerator: string | null = null) => ({
  code: `330106002001${String(n).padStart(3, '0')}`,
  name: `第${n}普查小区`,
  parent: { code: '330106002001', name: '桂花社区' },
  enumerators: enumerator ? [{ id: 'QWNjb3VudDo5', name: enumerator, username: 'e9' }] : [],
});

function enumerator(
  n: number,
  overrides: Partial<StaffAccountFieldsFragment> = {},
): StaffAccountFieldsFragment {
  return {
    id: `QWNjb3VudDo${n}`,
    version: n,
    username: `enumerator${n}`,
    name: `普查员${n}`,
    role: 'ENUMERATOR',
    active: true,
    lastSignInAt: null,
    homeZone: { code: TOWNSHIP.code, name: TOWNSHIP.name },
    zones: [],
    supervisor: null,
    ...overrides,
  };
}

const accounts = (nodes: StaffAccountFieldsFragment[]) => ({
  accounts: { totalCount: nodes.length, pageInfo: { hasNextPage: false, endCursor: null }, nodes },
});

function handler(state: { assigned: boolean; refuse?: boolean }) {
  return (operation: string, variables: Record<string, unknown>) => {
    switch (operation) {
      case 'Me':
        return { me: { ...officer.account, zones: [TOWNSHIP] } };
      case 'Zones':
        return {
          zones: {
            totalCount: 1,
            pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
            nodes: [
              {
                id: 'c',
                code: '330106002001',
                name: '桂花社区',
                level: 'CENSUS_ZONE',
                parentCode: TOWNSHIP.code,
              },
            ],
          },
        };
      case 'UnassignedSmallZones':
        return { all: { totalCount: 554 }, open: { totalCount: state.assigned ? 547 : 550 } };
      case 'AssignmentZones': {
        const zones = [1, 2, 3, 4].map((n) => smallZone(n, state.assigned && n < 4 ? '普查员7' : null));
        const nodes = variables['unassigned'] ? zones.filter((zone) => zone.enumerators.length === 0) : zones;
        return {
          zones: { totalCount: nodes.length, pageInfo: { hasNextPage: false, endCursor: null }, nodes },
        };
      }
      case 'StaffAccounts': {
        const filter = variables['filter'] as { role: string };
        return filter.role === 'SUPERVISOR'
          ? accounts([enumerator(6, { role: 'SUPERVISOR', name: '王指导员', username: 'supervisor' })])
          : accounts([enumerator(7), enumerator(8)]);
      }
      case 'AssignSmallZones':
        if (state.refuse)
          return {
            assignSmallZones: {
              assignedCount: 0,
              account: null,
              userErrors: [
                {
                  field: ['input', 'smallZoneCodes', '1'],
                  code: 'OUT_OF_SCOPE',
                  message: 'server text',
                  messageCode: 'account.outsideHome',
                  params: { zone: '330106002001002', home: '330106003', whose: 'account' },
                },
              ],
            },
          };
        state.assigned = true;
        return { assignSmallZones: { assignedCount: 3, account: enumerator(7), userErrors: [] } };
      case 'StaffAssignSupervisor': {
        const input = variables['input'] as { enumeratorIds: string[] };
        if (state.refuse)
          return {
            assignSupervisor: {
              supervisor: null,
              enumerators: [],
              userErrors: [
                {
                  field: ['input', 'enumeratorIds', '1'],
                  code: 'OUT_OF_SCOPE',
                  message: 'server text',
                  messageCode: 'account.outsideHome',
                  params: { zone: '330106003001001', home: '330106002', whose: 'supervisor' },
                },
              ],
            },
          };
        return {
          assignSupervisor: {
            supervisor: { id: 'QWNjb3VudDo6', name: '王指导员' },
            enumerators: input.enumeratorIds.map((id) => enumerator(Number(id.slice(-1)))),
            userErrors: [],
          },
        };
      }
      default:
        throw new Error(`unexpected ${operation}`);
    }
  };
}

describe('小区分配 (assignments page)', () => {
  it('counts the small zones, gives three unassigned ones to an enumerator in one step, and the count drops', async () => {
    const state = { assigned: false };
    const { calls } = renderWithApp(<AssignmentsPage />, { session: officer, handler: handler(state) });
    expect((await screen.findByTestId('assign-summary')).textContent).toBe(
      '554 个普查小区，4 个已分配，550 个未分配',
    );
    for (const n of [1, 2, 3])
      fireEvent.click(
        await screen.findByRole('checkbox', { name: `选择 桂花社区第${n}普查小区 33010600200100${n}` }),
      );
    expect(screen.getByText('已选 3 个普查小区')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '分配所选小区' }));
    expect(screen.getByRole('alert').textContent).toBe('请先选择普查员。');
    fireEvent.change(screen.getByLabelText('分配给普查员'), { target: { value: 'QWNjb3VudDo7' } });
    fireEvent.click(screen.getByRole('button', { name: '分配所选小区' }));
    await screen.findByText('已将 3 个普查小区分配给 普查员7。');
    expect(calls.find((c) => c.operation === 'AssignSmallZones')?.variables).toEqual({
      input: {
        smallZoneCodes: ['330106002001001', '330106002001002', '330106002001003'],
        enumeratorId: 'QWNjb3VudDo7',
      },
    });
    await waitFor(() =>
      expect(screen.getByTestId('assign-summary').textContent).toBe(
        '554 个普查小区，7 个已分配，547 个未分配',
      ),
    );
    // Only the unassigned small zones are listed (the default filter).
    await waitFor(() => expect(screen.queryByText('第1普查小区')).toBeNull());
    expect(screen.getByText('第4普查小区')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('只看未分配'));
    const row = (await screen.findByText('第1普查小区')).closest('tr') as HTMLElement;
    expect(within(row).getByText('普查员7')).toBeTruthy();
  });

  it("shows the API's refusal of a small zone from its message code, and assigns nothing", async () => {
    const state = { assigned: false, refuse: true };
    renderWithApp(<AssignmentsPage />, { session: officer, handler: handler(state) });
    fireEvent.click(await screen.findByRole('checkbox', { name: '全选本页' }));
    await screen.findByRole('option', { name: '普查员7（enumerator7）· 0 个小区' });
    fireEvent.change(screen.getByLabelText('分配给普查员'), { target: { value: 'QWNjb3VudDo7' } });
    fireEvent.click(screen.getByRole('button', { name: '分配所选小区' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('区划 330106002001002 不在该账号的所属单位 330106003 之内。');
    expect(screen.getByText('已选 4 个普查小区')).toBeTruthy();
  });

  it('puts the ticked enumerators under one supervisor in one step, all or none', async () => {
    const { calls } = renderWithApp(<AssignmentsPage />, {
      session: officer,
      handler: handler({ assigned: false }),
    });
    const team = await screen.findByRole('region', { name: '普查员分配给普查指导员' });
    fireEvent.click(await within(team).findByLabelText(/^普查员7（enumerator7）/));
    fireEvent.click(within(team).getByLabelText(/^普查员8（enumerator8）/));
    fireEvent.change(within(team).getByLabelText('普查指导员'), { target: { value: 'QWNjb3VudDo6' } });
    fireEvent.click(within(team).getByRole('button', { name: '分配所选普查员' }));
    await within(team).findByText('已将 2 名普查员分配给 王指导员。');
    expect(calls.filter((c) => c.operation === 'StaffAssignSupervisor').map((c) => c.variables)).toEqual([
      { input: { supervisorId: 'QWNjb3VudDo6', enumeratorIds: ['QWNjb3VudDo7', 'QWNjb3VudDo8'] } },
    ]);
    expect(calls.some((c) => c.operation === 'StaffUpdateAccount')).toBe(false);
  });

  it("names the enumerator the API refused, from the error's index, and assigns nobody", async () => {
    renderWithApp(<AssignmentsPage />, {
      session: officer,
      handler: handler({ assigned: false, refuse: true }),
    });
    const team = await screen.findByRole('region', { name: '普查员分配给普查指导员' });
    fireEvent.click(await within(team).findByLabelText(/^普查员7（enumerator7）/));
    fireEvent.click(within(team).getByLabelText(/^普查员8（enumerator8）/));
    fireEvent.change(within(team).getByLabelText('普查指导员'), { target: { value: 'QWNjb3VudDo6' } });
    fireEvent.click(within(team).getByRole('button', { name: '分配所选普查员' }));
    const alert = await within(team).findByRole('alert');
    expect(alert.textContent).toMatch(/^普查员8：/);
    expect(alert.textContent).not.toContain('server text');
    expect(within(team).queryByText(/已将/)).toBeNull();
  });
});
