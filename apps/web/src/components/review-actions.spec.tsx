import { fireEvent, screen, waitFor } from '@testing-library/react';

import { renderWithApp } from '../test-utils';
import { ReviewActions } from './review-actions';

const household = { id: 'SG91c2Vob2xkOjM', number: '003', version: 5 };

describe('review actions', () => {
  it('approve with the version read', async () => {
    const done: string[] = [];
    const { calls } = renderWithApp(<ReviewActions household={household} onDone={(m) => done.push(m)} />, {
      handler: () => ({
        approveHousehold: { household: { ...household, stage: 'APPROVED' }, userErrors: [] },
      }),
    });
    fireEvent.click(screen.getByRole('button', { name: '通过' }));
    await waitFor(() => expect(done).toEqual(['003 户已审核通过']));
    expect(calls).toEqual([
      { operation: 'ApproveHousehold', variables: { input: { id: household.id, expectedVersion: 5 } } },
    ]);
  });

  it('return only with a reason, asked for in a focused field', async () => {
    const done: string[] = [];
    const { calls } = renderWithApp(<ReviewActions household={household} onDone={(m) => done.push(m)} />, {
      handler: () => ({
        returnHousehold: { household: { ...household, stage: 'RETURNED' }, userErrors: [] },
      }),
    });
    fireEvent.click(screen.getByRole('button', { name: '退回' }));
    const reason = screen.getByLabelText('退回原因');
    expect(document.activeElement).toBe(reason);
    fireEvent.click(screen.getByRole('button', { name: '退回' }));
    expect(await screen.findByText('请填写退回原因')).toBeTruthy();
    expect(calls).toEqual([]);
    fireEvent.change(reason, { target: { value: '人数与户口不符' } });
    fireEvent.click(screen.getByRole('button', { name: '退回' }));
    await waitFor(() => expect(done).toEqual(['003 户已退回']));
    expect(calls[0]?.variables).toEqual({
      input: { id: household.id, expectedVersion: 5, reason: '人数与户口不符' },
    });
  });
});
