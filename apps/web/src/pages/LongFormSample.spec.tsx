/** An office moves a household into or out of the long-form sample: reason required, confirmed, one mutation. */
import { fireEvent, screen } from '@testing-library/react';

import { renderWithApp, testSession } from '../test-utils';
import { LongFormSample } from './LongFormSample';

const office = { ...testSession, account: { ...testSession.account, role: 'TOWNSHIP_OFFICER' as const } };
const household = {
  id: 'SG91c2Vob2xkOjE',
  version: 4,
  stage: 'ENUMERATING',
  longForm: { sampled: false, status: 'NOT_SAMPLED' },
} as const;

describe('moving a household into the long-form sample', () => {
  it('asks for a reason and a confirmation, then sends setLongFormSample once', async () => {
    const messages: string[] = [];
    const { calls } = renderWithApp(
      <LongFormSample
        household={household}
        reload={() => Promise.resolve()}
        setMessage={(m) => messages.push(m)}
      />,
      {
        session: office,
        handler: () => ({
          setLongFormSample: {
            household: { id: household.id, version: 5, longForm: { sampled: true, status: 'NOT_STARTED' } },
            userErrors: [],
          },
        }),
      },
    );
    fireEvent.click(screen.getByRole('button', { name: '调入长表样本' }));
    expect(screen.getByText('确认将本户调入长表样本吗？本户需要填报长表。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '确认' }));
    expect(await screen.findByText('请填写原因。')).toBeTruthy();
    expect(calls).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('原因（必填，记入操作日志）'), {
      target: { value: '摸底漏登补抽' },
    });
    fireEvent.click(screen.getByRole('button', { name: '确认' }));
    await screen.findByRole('button', { name: '调入长表样本' });
    expect(calls).toEqual([
      {
        operation: 'SetLongFormSample',
        variables: { input: { id: household.id, expectedVersion: 4, sampled: true, reason: '摸底漏登补抽' } },
      },
    ]);
    expect(messages).toEqual(['已将本户调入长表样本。']);
  });

  it('is not offered to an enumerator', () => {
    renderWithApp(
      <LongFormSample household={household} reload={() => Promise.resolve()} setMessage={() => undefined} />,
    );
    expect(screen.queryByRole('button', { name: '调入长表样本' })).toBeNull();
  });
});
