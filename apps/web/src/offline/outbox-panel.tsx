/**
 * The changes of one household that the server refused when the outbox sent them. A version conflict shows the
 * enumerator's values beside the server's and lets them choose: keep theirs (sent again on the server's versions,
 * with a new key) or take the server's (the change and its draft are dropped). Any other refusal shows the
 * server's problems and can be dropped.
 */
import type { SaveHouseholdInput } from '@census/client';

import { useApp } from '../app-context';
import { isMessageKey, serverText } from '../i18n';
import type { LoadedHousehold } from '../pages/HouseholdForm';
import { removeDraft, removeLongFormDraft } from './drafts';
import { useOfflineOrNull } from './offline-context';
import { newIdempotencyKey, type OutboxEntry } from './outbox';

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** One row per item the enumerator changed: their value and the server's now. */
function rows(input: SaveHouseholdInput, household: LoadedHousehold) {
  const { id: _id, expectedVersion: _v, persons, idempotencyKey: _k, ...items } = input;
  const result: { key: string; item: string; who: string; mine: unknown; server: unknown }[] = [];
  for (const [item, mine] of Object.entries(items)) {
    result.push({
      key: item,
      item: `household.${item}`,
      who: '',
      mine,
      server: household[item as keyof LoadedHousehold],
    });
  }
  (persons ?? []).forEach((person, index) => {
    const current = person.id ? household.persons.find((p) => p.id === person.id) : undefined;
    const { id: _pid, expectedVersion: _pv, delete: _d, ...personItems } = person;
    for (const [item, mine] of Object.entries(personItems)) {
      result.push({
        key: `${index}.${item}`,
        item: `person.${item}`,
        who: current?.name ?? shown(person.name),
        mine,
        server: current ? current[item as keyof typeof current] : undefined,
      });
    }
  });
  return result;
}

/** The input again on the server's versions: the enumerator's values win. */
function onServerVersions(input: SaveHouseholdInput, household: LoadedHousehold): SaveHouseholdInput {
  return {
    ...input,
    expectedVersion: household.version,
    persons: (input.persons ?? []).map((person) => {
      const current = person.id ? household.persons.find((p) => p.id === person.id) : undefined;
      return current ? { ...person, expectedVersion: current.version } : person;
    }),
    idempotencyKey: newIdempotencyKey(),
  };
}

export function OutboxPanel({
  household,
  reload,
}: {
  household: LoadedHousehold;
  reload: () => Promise<void>;
}) {
  const { t, lang } = useApp();
  const offline = useOfflineOrNull();
  const refused = (offline?.entries ?? []).filter(
    (entry) => entry.householdId === household.id && entry.status !== 'pending',
  );
  if (!offline || refused.length === 0) return null;
  const { outbox, flush } = offline;
  const label = (key: string) => (isMessageKey(key) ? t(key) : key.split('.')[1]);

  const takeServer = async (entry: OutboxEntry) => {
    await outbox.drop(entry.id);
    if (entry.kind === 'saveHousehold') await removeDraft(household.id);
    if (entry.kind === 'saveLongForm') await removeLongFormDraft(household.id);
    await reload();
  };
  const keepMine = async (entry: OutboxEntry & { kind: 'saveHousehold' }) => {
    const input = onServerVersions(entry.input, household) as typeof entry.input;
    await outbox.replace(entry.id, {
      ...entry,
      input,
      id: input.idempotencyKey,
      status: 'pending',
      userErrors: [],
    });
    await flush();
    await reload();
  };

  return (
    <>
      {refused.map((entry) =>
        entry.kind === 'saveHousehold' && entry.status === 'conflict' ? (
          <section key={entry.id} className="card conflict" aria-labelledby={`conflict-${entry.id}`}>
            <h2 id={`conflict-${entry.id}`}>{t('offline.conflictTitle')}</h2>
            <p>{t('offline.conflictHelp')}</p>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('offline.item')}</th>
                  <th scope="col">{t('offline.mine')}</th>
                  <th scope="col">{t('offline.server')}</th>
                </tr>
              </thead>
              <tbody>
                {rows(entry.input, household).map((row) => (
                  <tr key={row.key}>
                    <th scope="row">
                      {row.who ? `${row.who} · ` : ''}
                      {label(row.item)}
                    </th>
                    <td>{shown(row.mine)}</td>
                    <td>{shown(row.server)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="actions">
              <button type="button" className="primary" onClick={() => void keepMine(entry)}>
                {t('offline.keepMine')}
              </button>
              <button type="button" onClick={() => void takeServer(entry)}>
                {t('offline.takeServer')}
              </button>
            </div>
          </section>
        ) : (
          <section key={entry.id} className="card notice notice-warn" role="alert">
            <h2>
              {entry.kind === 'saveLongForm' ? `${t('lf.title')} · ` : ''}
              {t('offline.rejectedTitle')}
            </h2>
            <ul>
              {(entry.userErrors ?? []).map((error, index) => (
                <li key={index}>{serverText(lang, error)}</li>
              ))}
            </ul>
            <button type="button" onClick={() => void takeServer(entry)}>
              {t('offline.discard')}
            </button>
          </section>
        ),
      )}
    </>
  );
}
