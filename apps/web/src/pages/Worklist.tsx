import { useState } from 'react';
import { Link } from 'react-router';

import { ListingWorklistDocument } from '@census/client';

import { useApp } from '../app-context';
import { Section } from '../components/fields';
import { WORKLIST_SETTLERS, WorklistActions } from '../components/worklist-actions';
import { dynamicKey } from '../i18n';
import { usePagedQuery } from '../use-paged-query';

/**
 * The listing worklist of a small zone: where intake data (registry, electricity, grid) and the listing disagree.
 * Enumerators, supervisors and township offices close an item with its outcome, and reopen it.
 */
export function Worklist({ zoneCode }: { zoneCode: string }) {
  const { t, session } = useApp();
  const list = usePagedQuery(
    ListingWorklistDocument,
    { zoneCode, first: 50 },
    (data) => data.listingWorklist,
    { cached: true },
  );
  const [message, setMessage] = useState('');
  const canSettle = WORKLIST_SETTLERS.includes(session?.account.role ?? '');
  if (!list.totalCount) return null;
  return (
    <Section title={t('worklist.title')} id="worklist">
      <p>{t('worklist.count', { count: list.totalCount })}</p>
      <p className="flash" role="status" aria-live="polite">
        {message}
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('worklist.kind')}</th>
              <th scope="col">{t('worklist.household')}</th>
              <th scope="col">{t('worklist.evidence')}</th>
              <th scope="col">{t('worklist.status')}</th>
              <th scope="col">{t('worklist.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.nodes.map((item) => (
              <tr key={item.id} data-worklist-item={item.key}>
                <td>{t(dynamicKey('worklist.kind.', item.kind))}</td>
                <td>
                  {item.household ? (
                    <Link to={`/households/${item.household.id}`}>{item.household.number}</Link>
                  ) : (
                    (item.registryHouseholdNumber ?? '—')
                  )}
                  {item.person && ` · ${item.person.name}`}
                </td>
                <td>
                  <ul className="plain">
                    {item.evidence.map((evidence, index) => (
                      <li key={index}>
                        <strong>{evidence.source}</strong> {evidence.text}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{t(dynamicKey('worklist.status.', item.status))}</td>
                <td>
                  <WorklistActions
                    item={item}
                    canSettle={canSettle}
                    onDone={(done, changed) => {
                      setMessage(done);
                      // The answer carries the item as it is now: no reload of the list (nor loss of its pages).
                      list.replace(changed);
                    }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {list.hasNextPage && (
        <button type="button" disabled={list.loadingMore} onClick={() => void list.more()}>
          {t('worklist.more')}
        </button>
      )}
    </Section>
  );
}
