import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import type { WorklistItemFieldsFragment } from '@census/client';

import { renderWithApp } from '../test-utils';
import { Worklist } from './Worklist';

const ZONE = '330106002051001';

/** An opaque global ID of the item (the API's is base64url of "WorklistItem:<key>"). */
const idOf = (key: string) => `V29ya2xpc3RJdGVtO${key}`;

function item(key: string, closed = false): WorklistItemFieldsFragment {
  return {
    id: idOf(key),
    key,
    kind: 'REGISTRY_HOUSEHOLD_NOT_LISTED',
    zoneCode: ZONE,
    status: closed ? 'CLOSED' : 'OPEN',
    registryHouseholdNumber: `R-${key}`,
    evidence: [{ source: 'REGISTRY', text: `registry household ${key}` }],
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
});
