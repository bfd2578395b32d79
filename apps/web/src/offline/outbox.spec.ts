import { GraphQLRequestError, operationNameOf, type TypedDocumentString } from '@census/client';

import type { Request } from '../app-context';
import { Outbox, type OutboxChange, sendOrQueue } from './outbox';

type Answer = (operation: string, variables: { input: { idempotencyKey: string } }) => unknown;

/** A scripted API: each call is recorded, `answer` says what comes back (or throws). */
function api(answer: Answer) {
  const sent: string[] = [];
  const request = (async (document: TypedDocumentString<unknown, unknown>, variables?: unknown) => {
    const operation = operationNameOf(document.toString()) ?? '';
    const vars = variables as { input: { idempotencyKey: string } };
    sent.push(`${operation}:${vars.input.idempotencyKey}`);
    return Promise.resolve(answer(operation, vars));
  }) as Request;
  return { request, sent };
}

const save = (key: string, householdId = 'H1'): OutboxChange => ({
  kind: 'saveHousehold',
  input: { id: householdId, expectedVersion: 1, note: key, persons: [], idempotencyKey: key },
});
const visit = (key: string, householdId = 'H1'): OutboxChange => ({
  kind: 'recordVisit',
  input: {
    householdId,
    visitedAt: '2020-11-02T02:00:00.000Z',
    outcome: 'NOBODY_HOME',
    method: 'IN_PERSON',
    idempotencyKey: key,
  },
});
const accepted: Answer = (operation) =>
  operation === 'SaveHousehold'
    ? { saveHousehold: { household: {}, userErrors: [], replayed: false } }
    : { recordVisit: { visit: null, userErrors: [] } };

describe('the outbox of changes made without signal', () => {
  it('sends what waits in order, with each change’s own key, and forgets what the server accepted', async () => {
    const outbox = new Outbox();
    await outbox.add(save('k1', 'H1'), 'H1');
    await outbox.add(visit('k2', 'H1'), 'H1');
    await outbox.add(save('k3', 'H2'), 'H2');
    const { request, sent } = api(accepted);
    const done: string[] = [];
    expect(await outbox.flush(request, (entry) => done.push(entry.id))).toBe(true);
    expect(sent).toEqual(['SaveHousehold:k1', 'RecordVisit:k2', 'SaveHousehold:k3']);
    expect(done).toEqual(['k1', 'k2', 'k3']);
    expect(outbox.list()).toEqual([]);
  });

  it('keeps everything when no answer comes, and sends it again with the same keys later', async () => {
    const outbox = new Outbox();
    await outbox.add(save('k1'), 'H1');
    await outbox.add(visit('k2'), 'H1');
    const offline = api(() => {
      throw new TypeError('Failed to fetch');
    });
    expect(await outbox.flush(offline.request, () => undefined)).toBe(false);
    // The round stops at the first change without an answer: the visit is not sent before the save.
    expect(offline.sent).toEqual(['SaveHousehold:k1']);
    expect(outbox.list().map((e) => [e.id, e.status])).toEqual([
      ['k1', 'pending'],
      ['k2', 'pending'],
    ]);
    const online = api(accepted);
    expect(await outbox.flush(online.request, () => undefined)).toBe(true);
    expect(online.sent).toEqual(['SaveHousehold:k1', 'RecordVisit:k2']);
  });

  it('keeps a change the server refused for a conflict, with its problems, and goes on with the others', async () => {
    const outbox = new Outbox();
    await outbox.add(save('k1', 'H1'), 'H1');
    await outbox.add(visit('k2', 'H2'), 'H2');
    const conflict = { field: ['input', 'expectedVersion'], code: 'CONFLICT', message: 'moved' };
    const { request, sent } = api((operation, variables) =>
      variables.input.idempotencyKey === 'k1'
        ? { saveHousehold: { household: null, userErrors: [conflict], replayed: false } }
        : accepted(operation, variables),
    );
    await outbox.flush(request, () => undefined);
    expect(sent).toEqual(['SaveHousehold:k1', 'RecordVisit:k2']);
    expect(outbox.list()).toEqual([
      expect.objectContaining({ id: 'k1', status: 'conflict', userErrors: [conflict] }),
    ]);
    // A refused change is not sent again by itself: the enumerator chooses first.
    const again = api(accepted);
    await outbox.flush(again.request, () => undefined);
    expect(again.sent).toEqual([]);
  });

  it('replaces a waiting save of the same household by the newer one (it holds all the form’s changes)', async () => {
    const outbox = new Outbox();
    await outbox.add(save('k1', 'H1'), 'H1');
    await outbox.add(visit('k2', 'H1'), 'H1');
    await outbox.add(save('k3', 'H2'), 'H2');
    await outbox.add(save('k4', 'H1'), 'H1');
    expect(outbox.list().map((e) => e.id)).toEqual(['k2', 'k3', 'k4']);
  });

  it('sends at once with signal, and leaves the change in the outbox when the answer is lost', async () => {
    const outbox = new Outbox();
    const answered = await sendOrQueue(outbox, save('k1'), 'H1', () => Promise.resolve('ok'));
    expect(answered).toEqual({ queued: false, answer: 'ok' });
    expect(outbox.list()).toEqual([]);
    const lost = await sendOrQueue(outbox, save('k2'), 'H1', () =>
      Promise.reject(new GraphQLRequestError('no answer', { url: '/graphql' })),
    );
    expect(lost).toEqual({ queued: true });
    expect(outbox.list().map((e) => e.id)).toEqual(['k2']);
  });

  it("sends only the logged-in account's changes: another account's wait for its own login", async () => {
    const outbox = new Outbox();
    outbox.account = 'A';
    await outbox.add(save('k1', 'H1'), 'H1');
    outbox.account = 'B';
    await outbox.add(save('k2', 'H2'), 'H2');
    const { request, sent } = api(accepted);
    await outbox.flush(request, () => undefined);
    expect(sent).toEqual(['SaveHousehold:k2']);
    expect(outbox.list().map((e) => [e.id, e.accountId])).toEqual([['k1', 'A']]);
  });

  it('sends a long-form save made after a short-form save of the same household on the version that save made', async () => {
    const outbox = new Outbox();
    await outbox.add(save('k1', 'H1'), 'H1');
    const longForm = (key: string): OutboxChange => ({
      kind: 'saveLongForm',
      input: {
        id: 'H1',
        expectedVersion: 1,
        persons: [],
        household: [{ field: 'toilet', refused: true }],
        idempotencyKey: key,
      },
    });
    await outbox.add(longForm('k2'), 'H1');
    // A newer long-form save of the household replaces the waiting one (it holds its changes too).
    await outbox.add(longForm('k3'), 'H1');
    expect(outbox.list().map((entry) => entry.id)).toEqual(['k1', 'k3']);
    const versions: number[] = [];
    const { request, sent } = api((operation, variables) => {
      versions.push((variables.input as unknown as { expectedVersion: number }).expectedVersion);
      return operation === 'SaveHousehold'
        ? { saveHousehold: { household: { version: 2 }, userErrors: [], replayed: false } }
        : { saveLongForm: { household: { version: 3 }, userErrors: [] } };
    });
    expect(await outbox.flush(request, () => undefined)).toBe(true);
    expect(sent).toEqual(['SaveHousehold:k1', 'SaveLongForm:k3']);
    expect(versions).toEqual([1, 2]);
    expect(outbox.list()).toEqual([]);
  });
});
