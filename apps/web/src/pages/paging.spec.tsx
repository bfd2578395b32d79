import { fireEvent, screen, waitFor } from '@testing-library/react';

import { household } from '../test-fixtures';
import { renderWithApp } from '../test-utils';
import { AuditPage } from './AuditPage';
import { SmallZoneHouseholds } from './SmallZoneHouseholds';

const ZONE = '330106002051001';

function households(from: number, count: number) {
  return Array.from({ length: count }, (_, i) => {
    const number = String(from + i).padStart(3, '0');
    return {
      ...household,
      id: `H${number}`,
      number,
      building: null,
      persons: [],
      longForm: { sampled: false },
    };
  });
}

function entries(from: number, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    at: '2026-11-05T10:00:00.000Z',
    actor: 'enumerator',
    action: 'UPDATE',
    entityType: 'Household',
    subject: `住户 ${ZONE}-${String(from + i).padStart(3, '0')}`,
    smallZoneCode: ZONE,
    item: null,
    changes: [{ item: 'note', before: null, after: '晚上再来' }],
  }));
}

describe('paging with the connections endCursor', () => {
  it('lists a small zone of 130 households: 100 first, the rest after "more"', async () => {
    const { calls } = renderWithApp(<SmallZoneHouseholds code={ZONE} />, {
      handler: (operation, variables) => {
        if (operation === 'Buildings') return { buildings: { totalCount: 0, nodes: [] } };
        const after = variables['after'];
        return {
          households: {
            totalCount: 130,
            pageInfo: {
              hasNextPage: !after,
              hasPreviousPage: Boolean(after),
              startCursor: null,
              endCursor: after ? 'p2' : 'p1',
            },
            nodes: after ? households(101, 30) : households(1, 100),
          },
        };
      },
    });
    await screen.findByText('共 130 户');
    expect(document.querySelectorAll('.household-link')).toHaveLength(100);
    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    await waitFor(() => expect(document.querySelectorAll('.household-link')).toHaveLength(130));
    expect(calls.filter((c) => c.operation === 'ZoneHouseholds').map((c) => c.variables)).toEqual([
      { filter: { zoneCode: ZONE }, first: 100 },
      { filter: { zoneCode: ZONE }, first: 100, after: 'p1' },
    ]);
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();
  });

  it('reads the audit log beyond 100 entries page after page', async () => {
    const { calls } = renderWithApp(<AuditPage />, {
      handler: (_operation, variables) => {
        const page = variables['after'] === undefined ? 0 : Number((variables['after'] as string).slice(1));
        return {
          auditLog: {
            totalCount: 250,
            pageInfo: { hasNextPage: page < 2, endCursor: `c${page + 1}` },
            nodes: entries(page * 100, page < 2 ? 100 : 50),
          },
        };
      },
    });
    await screen.findByText('共 250 条');
    for (const rows of [200, 250]) {
      fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
      await waitFor(() => expect(document.querySelectorAll('.audit-list > li')).toHaveLength(rows));
    }
    expect(calls.map((c) => c.variables['after'])).toEqual([undefined, 'c1', 'c2']);
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();
  });
});
