import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import type { WorklistEvidenceFieldsFragment, WorklistItemFieldsFragment } from '@census/client';

import { renderWithApp } from '../test-utils';
import { Worklist } from './Worklist';

const ZONE = '330106002051001';

/** An opaque global ID of the item (the API's is base64url of "WorklistItem:<key>"). */
const idOf = (key: string) => `V29ya2xpc3RJdGVtO${key}`;

const NO_FIELDS = {
  householdNumber: null,
  householdStatus: null,
  registryHouseholdNumber: null,
  address: null,
  persons: null,
  withoutCitizenId: null,
  name: null,
  citizenId: null,
  whereabouts: null,
  phone: null,
  counties: null,
  meterId: null,
  month: null,
  usage: null,
} as const;

const evidence = (fields: Partial<WorklistEvidenceFieldsFragment>): WorklistEvidenceFieldsFragment => ({
  source: 'REGISTRY',
  kind: 'NOT_LISTED',
  ...NO_FIELDS,
  ...fields,
});

function item(key: string, closed = false): WorklistItemFieldsFragment {
  return {
    id: idOf(key),
    key,
    kind: 'REGISTRY_HOUSEHOLD_NOT_LISTED',
    zoneCode: ZONE,
    status: closed ? 'CLOSED' : 'OPEN',
    registryHouseholdNumber: `R-${key}`,
    evidence: [
      evidence({
        kind: 'REGISTRY_HOUSEHOLD',
        registryHouseholdNumber: `R-${key}`,
        address: '文三路9号',
        persons: [{ name: '钱老汉', citizenId: '3301**********0012', hasCitizenId: true }],
      }),
      evidence({ source: 'LISTING', kind: 'NOT_LISTED' }),
    ],
    household: null,
    person: null,
    outcome: closed ? 'NOT_LIVING_HERE' : null,
    note: null,
    closedBy: closed ? { id: 'QWNjb3VudDo0', username: 'enumerator' } : null,
    closedAt: closed ? '2026-11-05T10:00:00.000Z' : null,
  };
}

function page(items: WorklistItemFieldsFragment[], endCursor: string, hasNextPage: boolean) {
  return { listingWorklist: { totalCount: 3, pageInfo: { hasNextPage, endCursor }, nodes: items } };
}

describe('listing worklist', () => {
  it('closes an item with its outcome by its ID, reopens a closed one, and pages on with the endCursor', async () => {
    let closed = false;
    const { calls } = renderWithApp(<Worklist zoneCode={ZONE} />, {
      handler: (operation, variables) => {
        switch (operation) {
          case 'ListingWorklist':
            return variables['after'] === 'c2'
              ? page([item('k3')], 'c3', false)
              : page([item('k1', closed), item('k2', true)], 'c2', true);
          case 'CloseWorklistItem':
            closed = true;
            return { closeWorklistItem: { item: item('k1', true), userErrors: [] } };
          case 'ReopenWorklistItem':
            return { reopenWorklistItem: { item: item('k2'), userErrors: [] } };
          default:
            throw new Error(`unexpected ${operation}`);
        }
      },
    });
    const first = await waitFor(() => {
      const row = document.querySelector<HTMLElement>('[data-worklist-item="k1"]');
      if (!row) throw new Error('not yet');
      return row;
    });
    fireEvent.click(within(first).getByRole('button', { name: '处理' }));
    fireEvent.click(within(first).getByRole('button', { name: '关闭此项' }));
    expect(within(first).getByRole('alert').textContent).toBe('请选择处理结果');
    fireEvent.change(within(first).getByLabelText('处理结果'), { target: { value: 'OTHER' } });
    fireEvent.click(within(first).getByRole('button', { name: '关闭此项' }));
    expect(within(first).getByRole('alert').textContent).toBe('处理结果为“其他”时请填写说明');
    fireEvent.change(within(first).getByLabelText('说明'), { target: { value: '已拆迁' } });
    fireEvent.click(within(first).getByRole('button', { name: '关闭此项' }));
    await screen.findByText('已关闭一项');
    expect(calls.find((c) => c.operation === 'CloseWorklistItem')?.variables).toEqual({
      input: { id: idOf('k1'), outcome: 'OTHER', note: '已拆迁' },
    });
    // The answer's item replaces the listed one: no reload of the list.
    expect(within(first).getByText('已处理')).toBeTruthy();

    const second = document.querySelector('[data-worklist-item="k2"]') as HTMLElement;
    expect(within(second).getByText('不在此居住')).toBeTruthy();
    fireEvent.click(within(second).getByRole('button', { name: '重新打开' }));
    await screen.findByText('已重新打开一项');
    expect(calls.find((c) => c.operation === 'ReopenWorklistItem')?.variables).toEqual({
      input: { id: idOf('k2') },
    });
    expect(within(second).queryByText('不在此居住')).toBeNull();
    expect(calls.filter((c) => c.operation === 'ListingWorklist')).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    await waitFor(() => expect(document.querySelector('[data-worklist-item="k3"]')).not.toBeNull());
    expect(document.querySelectorAll('[data-worklist-item]')).toHaveLength(3);
    expect(calls.filter((c) => c.operation === 'ListingWorklist').at(-1)?.variables).toMatchObject({
      after: 'c2',
    });
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();
  });

  it('lets a county office settle items too', async () => {
    renderWithApp(<Worklist zoneCode={ZONE} />, {
      handler: () => page([item('k1')], 'c1', false),
      session: {
        token: 't',
        expiresAt: '2999-01-01T00:00:00.000Z',
        account: { id: 'QWNjb3VudDox', username: 'admin', name: '县人普办', role: 'COUNTY_ADMIN' },
      },
    });
    await waitFor(() => expect(document.querySelector('[data-worklist-item="k1"]')).not.toBeNull());
    expect(screen.queryByRole('button', { name: '处理' })).not.toBeNull();
  });

  it('shows each line of evidence as a Chinese sentence, without source codes', async () => {
    const newcomer: WorklistItemFieldsFragment = {
      ...item('k9'),
      kind: 'LISTED_HOUSEHOLD_WITHOUT_REGISTRY',
      registryHouseholdNumber: null,
      evidence: [
        evidence({
          source: 'LISTING',
          kind: 'LISTED_HOUSEHOLD',
          householdNumber: '046',
          householdStatus: 'ORDINARY',
          persons: [
            { name: '王伟', citizenId: null, hasCitizenId: true },
            { name: '李丽', citizenId: null, hasCitizenId: false },
            { name: '王芳', citizenId: null, hasCitizenId: true },
          ],
        }),
        evidence({ source: 'REGISTRY', kind: 'NOT_IN_REGISTRY', withoutCitizenId: 0 }),
      ],
    };
    renderWithApp(<Worklist zoneCode={ZONE} />, {
      handler: () => page([newcomer, item('k1')], 'c1', false),
    });
    const row = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[data-worklist-item="k9"]');
      if (!found) throw new Error('not yet');
      return found;
    });
    expect([...row.querySelectorAll('[data-evidence]')].map((li) => li.textContent)).toEqual([
      '摸底登记：第046户（普通住户），3 人（王伟、李丽、王芳）',
      '公安户籍：无',
    ]);
    const other = document.querySelector('[data-worklist-item="k1"]') as HTMLElement;
    expect([...other.querySelectorAll('[data-evidence]')].map((li) => li.textContent)).toEqual([
      '公安户籍：户号 R-k1，1 人（钱老汉 3301**********0012）；户籍地址 文三路9号',
      '摸底登记：以上人员均未登记在任何住户中',
    ]);
    expect(document.body.textContent).not.toMatch(/REGISTRY|LISTING|Listing/);
  });

  it('filters by kind and by outcome', async () => {
    const { calls } = renderWithApp(<Worklist zoneCode={ZONE} />, {
      handler: () => page([item('k1')], 'c1', false),
    });
    await waitFor(() => expect(document.querySelector('[data-worklist-item="k1"]')).not.toBeNull());
    fireEvent.change(screen.getByLabelText('类型'), { target: { value: 'LIVING_AWAY' } });
    await waitFor(() =>
      expect(calls.at(-1)?.variables).toMatchObject({ zoneCode: ZONE, kinds: ['LIVING_AWAY'] }),
    );
    fireEvent.change(screen.getByLabelText('状态'), { target: { value: 'OUTCOME:NOT_LIVING_HERE' } });
    await waitFor(() =>
      expect(calls.at(-1)?.variables).toMatchObject({
        kinds: ['LIVING_AWAY'],
        outcomes: ['NOT_LIVING_HERE'],
      }),
    );
    fireEvent.change(screen.getByLabelText('状态'), { target: { value: 'OPEN' } });
    await waitFor(() => expect(calls.at(-1)?.variables).toMatchObject({ status: ['OPEN'] }));
    expect(calls.at(-1)?.variables).not.toHaveProperty('outcomes');
  });

  it('closes the selected items at once after a confirmation, and reports those it could not close', async () => {
    const { calls } = renderWithApp(<Worklist zoneCode={ZONE} />, {
      handler: (operation) => {
        if (operation === 'CloseWorklistItems') {
          return {
            closeWorklistItems: {
              items: [item('k1', true)],
              userErrors: [
                {
                  field: ['input', 'ids', '1'],
                  code: 'NOT_FOUND',
                  message: '您负责的区划内没有这一比对清单项：标识有误，或各来源现已一致。',
                  messageCode: 'worklist.notFound',
                  params: {},
                },
              ],
            },
          };
        }
        return page([item('k1'), item('k2'), item('k3')], 'c1', false);
      },
    });
    await waitFor(() => expect(document.querySelector('[data-worklist-item="k1"]')).not.toBeNull());
    for (const key of ['k1', 'k2']) {
      const row = document.querySelector(`[data-worklist-item="${key}"]`) as HTMLElement;
      fireEvent.click(within(row).getByRole('checkbox', { name: '选择此项' }));
    }
    const bulk = screen.getByRole('group', { name: '批量关闭' });
    expect(within(bulk).getByText('已选 2 项')).toBeTruthy();
    fireEvent.click(within(bulk).getByRole('button', { name: '批量关闭' }));
    expect(within(bulk).getByRole('alert').textContent).toBe('请选择处理结果');
    fireEvent.change(within(bulk).getByLabelText('处理结果'), { target: { value: 'REGISTRY_OUTDATED' } });
    fireEvent.change(within(bulk).getByLabelText('说明'), { target: { value: '已迁出' } });
    fireEvent.click(within(bulk).getByRole('button', { name: '批量关闭' }));
    expect(calls.some((c) => c.operation === 'CloseWorklistItems')).toBe(false);
    const confirm = within(bulk).getByRole('alertdialog');
    expect(confirm.textContent).toContain('确认关闭 2 项？');
    fireEvent.click(within(confirm).getByRole('button', { name: '确认关闭' }));
    await screen.findByText(/已关闭 1 项，1 项未能关闭/);
    expect(calls.find((c) => c.operation === 'CloseWorklistItems')?.variables).toEqual({
      input: { ids: [idOf('k1'), idOf('k2')], outcome: 'REGISTRY_OUTDATED', note: '已迁出' },
    });
    const first = document.querySelector('[data-worklist-item="k1"]') as HTMLElement;
    expect(within(first).getByText('已处理')).toBeTruthy();
    expect(within(bulk).getByText('已选 0 项')).toBeTruthy();
  });

  it('shows an office the counts per child zone above the small zone', async () => {
    renderWithApp(
      <Worklist zoneCode="330106002" level="TOWNSHIP" names={new Map([['330106002051', '桂花社区']])} />,
      {
        handler: (operation) =>
          operation === 'ListingWorklistRollup'
            ? {
                listingWorklistRollup: [
                  { zoneCode: '330106002051', kind: 'LIVING_AWAY', open: 4, closed: 1, outcomes: [] },
                  {
                    zoneCode: '330106002051',
                    kind: 'LISTED_HOUSEHOLD_WITHOUT_REGISTRY',
                    open: 2,
                    closed: 0,
                    outcomes: [],
                  },
                ],
              }
            : page([item('k1')], 'c1', false),
        session: {
          token: 't',
          expiresAt: '2999-01-01T00:00:00.000Z',
          account: { id: 'QWNjb3VudDox', username: 'office', name: '乡镇人普办', role: 'TOWNSHIP_OFFICER' },
        },
      },
    );
    const row = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[data-rollup-zone="330106002051"]');
      if (!found) throw new Error('not yet');
      return found;
    });
    expect(within(row).getByRole('link', { name: '桂花社区' }).getAttribute('href')).toBe(
      '/zones/330106002051',
    );
    expect([...row.querySelectorAll('td')].map((td) => td.getAttribute('data-open'))).toEqual([
      '2',
      '4',
      '6',
    ]);
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      '下级区划',
      '摸底有户、公安无户',
      '人户分离',
      '合计',
    ]);
  });
});
