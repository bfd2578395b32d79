import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import type { LoadedHousehold } from '../pages/HouseholdForm';
import { household, person } from '../test-fixtures';
import { renderWithApp, testSession } from '../test-utils';
import { OfflineProvider } from './offline-context';
import { Outbox } from './outbox';
import { OutboxPanel } from './outbox-panel';

const loaded: LoadedHousehold = {
  __typename: 'Household',
  ...household,
  note: '服务器上的备注',
  returnReason: null,
  returnReasons: [],
  longForm: { sampled: false, status: 'NOT_SAMPLED' },
  selfReportIssuedAt: null,
  building: null,
  persons: [person],
  visitsConnection: { totalCount: 0, nodes: [] },
  appointmentsConnection: { totalCount: 0, nodes: [] },
  problemsConnection: { totalCount: 0, nodes: [] },
};

/** An outbox holding a save made offline on versions that moved since (household 3, person 1). */
async function conflicted(): Promise<Outbox> {
  const outbox = new Outbox();
  outbox.account = testSession.account.id;
  const entry = await outbox.add(
    {
      kind: 'saveHousehold',
      input: {
        id: household.id,
        expectedVersion: 3,
        note: '我在离线时写的备注',
        persons: [{ id: person.id, expectedVersion: 1, name: '高新' }],
        idempotencyKey: 'first-key',
      },
    },
    household.id,
  );
  const userErrors = [{ field: ['input', 'expectedVersion'], code: 'CONFLICT', message: 'moved' }];
  await outbox.replace(entry.id, { ...entry, status: 'conflict', userErrors });
  return outbox;
}

describe('a version conflict found when the outbox sent a save', () => {
  it("shows the enumerator's values beside the server's, and keeps theirs by sending them on the server's versions", async () => {
    const outbox = await conflicted();
    const { calls } = renderWithApp(
      <OfflineProvider outbox={outbox}>
        <OutboxPanel household={loaded} reload={() => Promise.resolve()} />
      </OfflineProvider>,
      {
        handler: () => ({ saveHousehold: { household: loaded, userErrors: [], replayed: false } }),
      },
    );
    const panel = screen.getByRole('region', { name: '上传时发现冲突：这一户已被他人修改' });
    const noteRow = within(panel).getByRole('row', { name: /备注/ });
    expect(within(noteRow).getByText('我在离线时写的备注')).toBeTruthy();
    expect(within(noteRow).getByText('服务器上的备注')).toBeTruthy();
    const nameRow = within(panel).getByRole('row', { name: /D1 姓名/ });
    expect(within(nameRow).getByText('高新')).toBeTruthy();
    expect(within(nameRow).getByText(person.name)).toBeTruthy();

    fireEvent.click(within(panel).getByRole('button', { name: '保留我的，重新上传' }));
    await waitFor(() => expect(calls.map((c) => c.operation)).toEqual(['SaveHousehold']));
    const input = calls[0].variables['input'] as Record<string, unknown>;
    expect(input).toMatchObject({
      expectedVersion: household.version,
      note: '我在离线时写的备注',
      persons: [{ id: person.id, expectedVersion: person.version, name: '高新' }],
    });
    expect(input['idempotencyKey']).not.toBe('first-key');
    await waitFor(() => expect(outbox.list()).toEqual([]));
  });

  it("takes the server's: the change is dropped and nothing is sent", async () => {
    const outbox = await conflicted();
    const { calls } = renderWithApp(
      <OfflineProvider outbox={outbox}>
        <OutboxPanel household={loaded} reload={() => Promise.resolve()} />
      </OfflineProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: '采用服务器的' }));
    await waitFor(() => expect(outbox.list()).toEqual([]));
    expect(calls).toEqual([]);
  });

  it('names the long form for a long-form save the server refused, and drops it with its draft', async () => {
    const outbox = new Outbox();
    outbox.account = testSession.account.id;
    const entry = await outbox.add(
      {
        kind: 'saveLongForm',
        input: {
          id: household.id,
          expectedVersion: 3,
          persons: [{ id: person.id, answers: [{ field: 'birthplace', refused: true }] }],
          idempotencyKey: 'lf-key',
        },
      },
      household.id,
    );
    const userErrors = [
      {
        field: ['input', 'expectedVersion'],
        code: 'CONFLICT',
        message: 'server text',
        messageCode: 'record.versionConflict',
        params: { object: 'Household', current: 4, expected: 3 },
      },
    ];
    await outbox.replace(entry.id, { ...entry, status: 'conflict', userErrors });
    const { calls } = renderWithApp(
      <OfflineProvider outbox={outbox}>
        <OutboxPanel household={loaded} reload={() => Promise.resolve()} />
      </OfflineProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('长表 · 服务器拒绝了手机上保存的修改');
    expect(alert.textContent).not.toContain('server text');
    fireEvent.click(within(alert).getByRole('button', { name: '放弃这项修改' }));
    await waitFor(() => expect(outbox.list()).toEqual([]));
    expect(calls).toEqual([]);
  });
});
