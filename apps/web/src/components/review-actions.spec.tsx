import { act, fireEvent, screen, waitFor } from '@testing-library/react';

import { renderWithApp } from '../test-utils';
import { ReviewActions, UNDO_SECONDS } from './review-actions';

const household = { id: 'SG91c2Vob2xkOjM', number: '003', version: 5, smallZoneCode: '330106002051001' };
const persons = [
  { id: 'UGVyc29uOjE', lineNumber: 1, name: '王德福' },
  { id: 'UGVyc29uOjI', lineNumber: 2, name: '王小红' },
];

describe('review actions', () => {
  afterEach(() => jest.useRealTimers());

  it('approves only after the undo window, with the version read', async () => {
    jest.useFakeTimers();
    const done: string[] = [];
    const { calls } = renderWithApp(<ReviewActions household={household} onDone={(m) => done.push(m)} />, {
      handler: () => ({
        approveHousehold: { household: { ...household, stage: 'APPROVED' }, userErrors: [] },
      }),
    });
    fireEvent.click(screen.getByRole('button', { name: '通过' }));
    expect(screen.getByRole('status').textContent).toContain(`${UNDO_SECONDS} 秒后通过`);
    expect(calls).toEqual([]);
    for (let i = 0; i < UNDO_SECONDS; i++) {
      act(() => {
        jest.advanceTimersByTime(1000);
      });
    }
    await waitFor(() => expect(done).toEqual(['330106002051001-003 户已审核通过']));
    expect(calls).toEqual([
      { operation: 'ApproveHousehold', variables: { input: { id: household.id, expectedVersion: 5 } } },
    ]);
  });

  it('撤销 within the window sends nothing', () => {
    jest.useFakeTimers();
    const done: string[] = [];
    const { calls } = renderWithApp(<ReviewActions household={household} onDone={(m) => done.push(m)} />);
    fireEvent.click(screen.getByRole('button', { name: '通过' }));
    act(() => {
      jest.advanceTimersByTime(2000);
    });
    fireEvent.click(screen.getByRole('button', { name: '撤销' }));
    act(() => {
      jest.advanceTimersByTime(10_000);
    });
    expect(calls).toEqual([]);
    expect(done).toEqual(['已撤销，330106002051001-003 户未通过']);
    expect(screen.getByRole('button', { name: '通过' })).toBeTruthy();
  });

  it('returns with a preset reason on 第1人 D5 and a note', async () => {
    const done: string[] = [];
    const { calls } = renderWithApp(
      <ReviewActions household={household} persons={persons} onDone={(m) => done.push(m)} />,
      {
        handler: () => ({
          returnHousehold: { household: { ...household, stage: 'RETURNED' }, userErrors: [] },
        }),
      },
    );
    fireEvent.click(screen.getByRole('button', { name: '退回' }));
    fireEvent.change(screen.getByLabelText('退回原因'), { target: { value: 'BIRTH_MISMATCH' } });
    fireEvent.change(screen.getByLabelText('人员'), { target: { value: persons[0].id } });
    // The reason's usual item is chosen with the person.
    expect(screen.getByLabelText<HTMLSelectElement>('项目').value).toBe('person.birthYearMonth');
    fireEvent.change(screen.getByLabelText('说明'), { target: { value: '身份证为 1975 年 4 月' } });
    fireEvent.click(screen.getByRole('button', { name: '退回给普查员' }));
    await waitFor(() => expect(done).toEqual(['330106002051001-003 户已退回']));
    expect(calls[0]?.variables).toEqual({
      input: {
        id: household.id,
        expectedVersion: 5,
        reasons: [
          {
            code: 'BIRTH_MISMATCH',
            personId: persons[0].id,
            item: 'person.birthYearMonth',
            note: '身份证为 1975 年 4 月',
          },
        ],
      },
    });
  });

  it('asks for a note with 其他 before sending', async () => {
    const { calls } = renderWithApp(<ReviewActions household={household} onDone={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: '退回' }));
    fireEvent.change(screen.getByLabelText('退回原因'), { target: { value: 'OTHER' } });
    fireEvent.click(screen.getByRole('button', { name: '退回给普查员' }));
    expect(await screen.findByText('请填写退回原因')).toBeTruthy();
    expect(calls).toEqual([]);
  });
});
