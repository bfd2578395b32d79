import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import type { StaffAccountFieldsFragment } from '@census/client';

import { Layout } from '../Layout';
import type { Session } from '../session';
import { renderWithApp, testSession } from '../test-utils';
import { HomePage } from './HomePage';
import { generatePassword, parseZoneCodes } from './staff-shared';
import { StaffPage } from './StaffPage';

const admin: Session = {
  ...testSession,
  account: { id: 'QWNjb3VudDox', username: 'admin', name: '县管理员', role: 'COUNTY_ADMIN' },
};
const officer: Session = {
  ...testSession,
  account: { id: 'QWNjb3VudDoy', username: 'officer', name: '街道人普办', role: 'TOWNSHIP_OFFICER' },
};

const COUNTY = { code: '330106', name: '西湖区', level: 'COUNTY' };

function account(overrides: Partial<StaffAccountFieldsFragment> = {}): StaffAccountFieldsFragment {
  return {
    id: 'QWNjb3VudDo1',
    version: 3,
    username: 'enumerator',
    name: '李普查员',
    role: 'ENUMERATOR',
    active: true,
    lastSignInAt: null,
    homeZone: { code: '330106002', name: '北山街道' },
    zones: [{ code: '330106002001001', name: '第1普查小区', level: 'SMALL_ZONE' }],
    supervisor: { id: 'QWNjb3VudDo2', name: '王指导员', username: 'supervisor' },
    ...overrides,
  };
}

const list = (nodes: StaffAccountFieldsFragment[]) => ({
  accounts: { totalCount: nodes.length, pageInfo: { hasNextPage: false, endCursor: null }, nodes },
});

function handler(
  extra: (operation: string, variables: Record<string, unknown>) => unknown = () => undefined,
) {
  return (operation: string, variables: Record<string, unknown>) => {
    const answer = extra(operation, variables);
    if (answer !== undefined) return answer;
    switch (operation) {
      case 'Me':
        return { me: { ...admin.account, zones: [COUNTY] } };
      case 'Zones':
        return {
          zones: {
            totalCount: 1,
            pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
            nodes: [
              { id: 'x', code: '330106002', name: '北山街道', level: 'TOWNSHIP', parentCode: '330106' },
            ],
          },
        };
      case 'StaffAccounts':
        return (variables['filter'] as { role?: string } | undefined)?.role === 'SUPERVISOR'
          ? list([
              account({ id: 'QWNjb3VudDo2', username: 'supervisor', name: '王指导员', role: 'SUPERVISOR' }),
            ])
          : list([account()]);
      default:
        throw new Error(`unexpected ${operation}`);
    }
  };
}

describe('人员管理 (staff page)', () => {
  it('lists the accounts with role, zones, supervisor and state, and filters them', async () => {
    const { calls } = renderWithApp(<StaffPage />, { session: admin, handler: handler() });
    const row = (await screen.findByText('enumerator')).closest('tr') as HTMLElement;
    expect(within(row).getByText('李普查员')).toBeTruthy();
    expect(within(row).getByText('普查员')).toBeTruthy();
    expect(within(row).getByText('第1普查小区 330106002001001')).toBeTruthy();
    expect(within(row).getByText('王指导员')).toBeTruthy();
    expect(within(row).getByText('启用')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('角色'), { target: { value: 'SUPERVISOR' } });
    fireEvent.change(screen.getByLabelText('状态'), { target: { value: 'no' } });
    await waitFor(() =>
      expect(calls.at(-1)?.variables['filter']).toEqual({ role: 'SUPERVISOR', active: false }),
    );
    fireEvent.change(screen.getByLabelText('区划'), { target: { value: '330106002' } });
    fireEvent.change(screen.getByLabelText('搜索姓名或用户名'), { target: { value: ' 李 ' } });
    await waitFor(() =>
      expect(calls.at(-1)?.variables['filter']).toEqual({
        role: 'SUPERVISOR',
        active: false,
        zoneCode: '330106002',
        search: '李',
      }),
    );
  });

  it("shows each account's last sign-in in Beijing time, 从未登录 when it never signed in", async () => {
    renderWithApp(<StaffPage />, {
      session: admin,
      handler: handler((operation) =>
        operation === 'StaffAccounts'
          ? list([
              account(),
              account({
                id: 'QWNjb3VudDo3',
                username: 'signed-in',
                name: '赵普查员',
                lastSignInAt: '2020-11-01T16:30:00.000Z',
              }),
            ])
          : undefined,
      ),
    });
    expect(await screen.findByRole('columnheader', { name: '最近登录' })).toBeTruthy();
    const never = (await screen.findByText('enumerator')).closest('tr') as HTMLElement;
    expect(never.querySelector('[data-cell=last-sign-in]')?.textContent).toBe('从未登录');
    const signedIn = screen.getByText('signed-in').closest('tr') as HTMLElement;
    expect(signedIn.querySelector('[data-cell=last-sign-in]')?.textContent).toBe('2020-11-02 00:30');
  });

  it("offers a township office only the roles it may create, shows the API's refusal from its code, then the password once", async () => {
    let attempt = 0;
    const { calls } = renderWithApp(<StaffPage />, {
      session: officer,
      handler: handler((operation) => {
        if (operation !== 'StaffCreateAccount') return undefined;
        attempt += 1;
        return attempt === 1
          ? {
              createAccount: {
                account: null,
                userErrors: [
                  {
                    field: ['input', 'username'],
                    code: 'DUPLICATE',
                    message: 'server text',
                    messageCode: 'account.usernameTaken',
                    params: { value: 'wang01' },
                  },
                ],
              },
            }
          : { createAccount: { account: account({ username: 'wang01' }), userErrors: [] } };
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: '新建账号' }));
    const form = screen.getByRole('region', { name: '新建账号' });
    const roles = within(form).getByLabelText<HTMLSelectElement>('角色');
    expect([...roles.options].map((option) => option.textContent)).toEqual(['普查指导员', '普查员']);
    const password = within(form).getByLabelText<HTMLInputElement>('密码');
    expect(password.value).toMatch(/^[A-Za-z2-9]{16}$/);
    fireEvent.change(within(form).getByLabelText('用户名'), { target: { value: 'wang01' } });
    fireEvent.change(within(form).getByLabelText('姓名'), { target: { value: '王五' } });
    fireEvent.change(within(form).getByLabelText('负责区划代码'), {
      target: { value: '330106002001001，330106002001002' },
    });
    fireEvent.click(within(form).getByRole('button', { name: '创建账号' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('用户名“wang01”已被使用。');
    fireEvent.click(within(form).getByRole('button', { name: '创建账号' }));
    const flash = await screen.findByText(/已创建账号 wang01。/);
    expect(flash.textContent).toContain(`新密码：${password.value}。此密码只显示这一次`);
    expect(calls.find((c) => c.operation === 'StaffCreateAccount')?.variables).toEqual({
      input: {
        username: 'wang01',
        name: '王五',
        role: 'ENUMERATOR',
        password: password.value,
        zoneCodes: ['330106002001001', '330106002001002'],
      },
    });
  });

  it('resets a password to a generated one, shows it once, and disables the account with the version read', async () => {
    const { calls } = renderWithApp(<StaffPage />, {
      session: admin,
      handler: handler((operation, variables) => {
        if (operation !== 'StaffUpdateAccount') return undefined;
        const input = variables['input'] as { active?: boolean };
        return {
          updateAccount: {
            account: account({ version: 4, active: input.active ?? true }),
            userErrors: [],
          },
        };
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: '管理 李普查员' }));
    const panel = screen.getByRole('region', { name: '管理账号：李普查员（enumerator）' });
    fireEvent.click(within(panel).getByRole('button', { name: '重置密码' }));
    expect(within(panel).getByRole('alert').textContent).toBe('请填写密码。');
    fireEvent.click(within(panel).getByRole('button', { name: '生成密码' }));
    const generated = within(panel).getByLabelText<HTMLInputElement>('密码').value;
    expect(generated).toHaveLength(16);
    fireEvent.click(within(panel).getByRole('button', { name: '重置密码' }));
    await screen.findByText(
      `已重置 李普查员 的密码，原登录已失效。 新密码：${generated}。此密码只显示这一次，请现在交给本人。`,
    );
    expect(calls.find((c) => c.operation === 'StaffUpdateAccount')?.variables).toEqual({
      input: { id: 'QWNjb3VudDo1', expectedVersion: 3, password: generated },
    });
    fireEvent.click(within(panel).getByRole('button', { name: '停用账号' }));
    await screen.findByText('已停用 李普查员 的账号。');
  });
});

describe('offices only', () => {
  it('shows 人员管理 and 小区分配 to offices, not to enumerators or supervisors', () => {
    for (const [session, shown] of [
      [admin, true],
      [officer, true],
      [testSession, false],
      [{ ...testSession, account: { ...testSession.account, role: 'SUPERVISOR' } }, false],
    ] as const) {
      const { unmount } = renderWithApp(
        <Layout>
          <p>page</p>
        </Layout>,
        { session },
      );
      expect(screen.queryByRole('link', { name: '人员管理' }) !== null).toBe(shown);
      expect(screen.queryByRole('link', { name: '小区分配' }) !== null).toBe(shown);
      unmount();
    }
  });

  it("says on an office's home page how many small zones have no enumerator, with a link to assign them", async () => {
    const { calls } = renderWithApp(<HomePage />, {
      session: admin,
      handler: (operation) => {
        switch (operation) {
          case 'Me':
            return { me: { ...admin.account, zones: [COUNTY] } };
          case 'UnassignedSmallZones':
            return { all: { totalCount: 554 }, open: { totalCount: 550 } };
          default:
            // The zone page under the notice is not what this test is about.
            return new Promise(() => undefined);
        }
      },
    });
    const notice = await screen.findByText(/554 个普查小区中有 550 个尚未分配普查员/);
    expect(within(notice).getByRole('link', { name: '去分配小区' }).getAttribute('href')).toBe(
      '/assignments',
    );
    expect(calls.find((c) => c.operation === 'UnassignedSmallZones')?.variables).toEqual({
      within: '330106',
    });
  });
});

describe('staff helpers', () => {
  it('generates 16-character passwords from an unambiguous alphabet, each time another', () => {
    const passwords = new Set(Array.from({ length: 50 }, () => generatePassword()));
    expect(passwords.size).toBe(50);
    for (const password of passwords) expect(password).toMatch(/^[A-HJ-NP-Za-km-z2-9]{16}$/);
  });

  it('reads zone codes separated by commas of either width, spaces or new lines, once each', () => {
    expect(parseZoneCodes(' 330106002001001，330106002001002, 330106002001001\n330106002001003 ')).toEqual([
      '330106002001001',
      '330106002001002',
      '330106002001003',
    ]);
  });
});
