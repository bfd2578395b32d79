import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { ReviewSummary } from '../components/review-summary';
import { renderWithApp, testSession } from '../test-utils';
import { homeZoneTitle } from './HomePage';
import { ReviewPage } from './ReviewPage';
import { TeamPage } from './TeamPage';

const supervisor = {
  ...testSession,
  account: { ...testSession.account, role: 'SUPERVISOR' as const, name: '赵指导员' },
};

const zone = (code: string, community: string) => ({
  code,
  name: '第1普查小区',
  level: 'SMALL_ZONE',
  parent: { code: code.slice(0, 12), name: community },
});

const accounts = {
  accounts: {
    nodes: [
      {
        id: 'QWNjb3VudDox',
        username: 'zhang',
        name: '张三',
        role: 'ENUMERATOR',
        zones: [zone('330106002051001', '翠苑一区社区')],
      },
      {
        id: 'QWNjb3VudDoy',
        username: 'li',
        name: '李四',
        role: 'ENUMERATOR',
        zones: [zone('330106002052001', '文新社区')],
      },
      { id: 'QWNjb3VudDoz', username: 'supervisor', name: '赵指导员', role: 'SUPERVISOR', zones: [] },
    ],
  },
};

const household = (n: number, method = 'ENUMERATOR') => ({
  id: `SG91c2Vob2xkOj${n}`,
  smallZoneCode: '330106002051001',
  number: `00${n}`,
  status: 'ORDINARY',
  stage: 'SUBMITTED',
  registrationMethod: method,
  version: 3,
  submittedAt: '2020-11-03T02:00:00.000Z',
  building: null,
  persons: [
    { id: `UGVyc29uOj${n}1`, lineNumber: 1, name: `户主${n}`, relationship: 'HEAD' },
    { id: `UGVyc29uOj${n}2`, lineNumber: 2, name: '女儿', relationship: 'CHILD' },
  ],
});

describe('review queue', () => {
  it('filters by enumerator and shows head, persons and mode', async () => {
    const { calls } = renderWithApp(<ReviewPage />, {
      session: supervisor,
      handler: (operation) =>
        operation === 'TeamZones'
          ? accounts
          : {
              reviewQueue: {
                totalCount: 2,
                pageInfo: { hasNextPage: false, endCursor: null },
                nodes: [household(1), household(2, 'SELF_REPORT')],
              },
            },
    });
    const row = (await screen.findAllByRole('row')).find(
      (r) => r.dataset.household === '330106002051001-001',
    )!;
    expect(within(row).getByText('户主1')).toBeTruthy();
    expect(row.querySelector('[data-cell=persons]')?.textContent).toBe('2 人');
    expect(row.querySelector('[data-cell=mode]')?.textContent).toBe('入户登记');
    expect(screen.getByText('自主填报', { selector: 'td' })).toBeTruthy();

    await screen.findByRole('option', { name: '张三' });
    fireEvent.change(screen.getByLabelText('普查员'), { target: { value: 'QWNjb3VudDox' } });
    await waitFor(() =>
      expect(calls.filter((c) => c.operation === 'ReviewQueue').at(-1)?.variables).toMatchObject({
        filter: { enumeratorId: 'QWNjb3VudDox' },
      }),
    );
    expect(screen.getByRole('option', { name: '翠苑一区社区 第1普查小区' })).toBeTruthy();
  });

  it('loads the queue past its first page on 加载更多, with the same filter', async () => {
    const { calls } = renderWithApp(<ReviewPage />, {
      session: supervisor,
      handler: (operation, variables) => {
        if (operation === 'TeamZones') return accounts;
        const after = (variables as { after?: string }).after;
        return {
          reviewQueue: {
            totalCount: 2,
            pageInfo: { hasNextPage: !after, endCursor: after ? 'c2' : 'c1' },
            nodes: [after ? household(2) : household(1)],
          },
        };
      },
    });
    await screen.findByText('户主1');
    expect(screen.queryByText('户主2')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    expect(await screen.findByText('户主2')).toBeTruthy();
    expect(calls.filter((c) => c.operation === 'ReviewQueue').at(-1)?.variables).toMatchObject({
      first: 50,
      after: 'c1',
      filter: { enumeratorId: null },
    });
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();
    // Both pages can be selected at once for 批量通过.
    fireEvent.click(screen.getByRole('checkbox', { name: '全选本页' }));
    expect(screen.getByText('已选 2 户')).toBeTruthy();
  });

  it('bulk-approves the selected rows after a confirmation giving the count', async () => {
    const { calls } = renderWithApp(<ReviewPage />, {
      session: supervisor,
      handler: (operation, variables) => {
        if (operation === 'TeamZones') return accounts;
        if (operation === 'ApproveHouseholds') {
          const items = (variables.input as { items: { id: string }[] }).items;
          return {
            approveHouseholds: {
              approvedCount: items.length,
              results: items.map((item) => ({ id: item.id, household: { id: item.id }, userErrors: [] })),
              userErrors: [],
            },
          };
        }
        return {
          reviewQueue: {
            totalCount: 3,
            pageInfo: { hasNextPage: false, endCursor: null },
            nodes: [household(1), household(2), household(3)],
          },
        };
      },
    });
    fireEvent.click(await screen.findByLabelText('选择 330106002051001-001'));
    fireEvent.click(screen.getByLabelText('选择 330106002051001-003'));
    expect(screen.getByText('已选 2 户')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '批量通过' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('将 2 户审核通过');
    expect(calls.some((c) => c.operation === 'ApproveHouseholds')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: '确认通过 2 户' }));
    await waitFor(() => expect(screen.getByText('已通过 2 户')).toBeTruthy());
    expect(calls.find((c) => c.operation === 'ApproveHouseholds')?.variables).toEqual({
      input: {
        items: [
          { id: 'SG91c2Vob2xkOj1', expectedVersion: 3 },
          { id: 'SG91c2Vob2xkOj3', expectedVersion: 3 },
        ],
      },
    });
  });
});

describe('team page', () => {
  it("shows each enumerator's figures and who is behind", async () => {
    renderWithApp(<TeamPage />, {
      session: supervisor,
      handler: (operation) =>
        operation === 'TeamZones'
          ? accounts
          : {
              team: {
                asOf: '2020-11-20T02:00:00.000Z',
                medianSubmittedShare: 0.6,
                supervisor: { id: 'QWNjb3VudDoz', name: '赵指导员', username: 'supervisor' },
                members: [
                  {
                    account: { id: 'QWNjb3VudDox', name: '张三', username: 'zhang' },
                    smallZones: ['330106002051001'],
                    households: 10,
                    submitted: 2,
                    approved: 1,
                    returned: 1,
                    submittedShare: 0.2,
                    behindPace: true,
                    lastActivityAt: null,
                  },
                  {
                    account: { id: 'QWNjb3VudDoy', name: '李四', username: 'li' },
                    smallZones: ['330106002052001'],
                    households: 4,
                    submitted: 4,
                    approved: 4,
                    returned: 0,
                    submittedShare: 1,
                    behindPace: false,
                    lastActivityAt: '2020-11-19T02:00:00.000Z',
                  },
                ],
              },
            },
    });
    const zhang = (await screen.findByText('张三', { selector: 'th' })).closest('tr')!;
    expect(zhang.querySelector('[data-cell=pace]')?.textContent).toBe('落后');
    expect(zhang.querySelector('[data-cell=listed]')?.textContent).toBe('10');
    expect(within(zhang).getByRole('link', { name: '翠苑一区社区 第1普查小区' })).toBeTruthy();
    const li = screen.getByText('李四', { selector: 'th' }).closest('tr')!;
    expect(li.querySelector('[data-cell=pace]')?.textContent).toBe('正常');
    expect(screen.getByText(/团队上报率中位数 60.0%/)).toBeTruthy();
    // The rule's thresholds come from @census/rules, the same the API decides with.
    expect(screen.getByText('“落后”：负责不少于 10 户，且上报率不到团队中位数的 50%。')).toBeTruthy();
  });
});

describe('review summary and home cards', () => {
  it('reads the household as labelled text and flags missing items and a count that disagrees', () => {
    renderWithApp(
      <ReviewSummary
        household={{
          kind: 'FAMILY',
          status: 'ORDINARY',
          registrationMethod: 'ENUMERATOR',
          presentMale: 1,
          presentFemale: 1,
          absentMale: 0,
          absentFemale: 0,
          birthsMale: 0,
          birthsFemale: 0,
          deathsMale: 0,
          deathsFemale: 0,
          dwellingType: null,
          floorArea: 68.5,
          rooms: 3,
          persons: [
            {
              id: 'p1',
              lineNumber: 1,
              name: '王德福',
              relationship: 'HEAD',
              sex: 'MALE',
              birthYear: 1975,
              birthMonth: 3,
              resident: true,
            },
          ],
        }}
      />,
    );
    expect(screen.queryByRole('textbox')).toBeNull();
    const dwelling = document.querySelector('[data-item="household.dwellingType"]')!;
    expect(dwelling.className).toContain('flagged');
    expect(dwelling.textContent).toBe('H5 住房类型未填');
    expect(document.querySelector('[data-item="person.birthYearMonth"]')?.textContent).toBe(
      'D5 出生年月1975-03',
    );
    expect(screen.getByText(/人数与名单不符：H2 现住 2 人，名单中住在本户 1 人/)).toBeTruthy();
  });

  it('titles a small-zone card with its community and enumerator', () => {
    expect(homeZoneTitle({ ...zone('330106002051001', '翠苑一区社区'), enumerators: ['张三'] })).toBe(
      '翠苑一区社区 第1普查小区 · 张三',
    );
    expect(homeZoneTitle({ code: '330106002', name: '北山街道', level: 'TOWNSHIP' })).toBe('北山街道');
  });
});
