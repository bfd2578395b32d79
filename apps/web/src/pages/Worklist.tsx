import { ListingWorklistDocument } from '@census/client';
import { useApp } from '../app-context';
import { Section } from '../components/fields';
import { dynamicKey } from '../i18n';
import { Link } from '../router';
import { useQuery } from '../use-query';

/** The listing worklist of a small zone: where intake data (registry, electricity, grid) and the listing disagree. */
export function Worklist({ zoneCode }: { zoneCode: string }) {
  const { t } = useApp();
  const { data } = useQuery(ListingWorklistDocument, { zoneCode, first: 50 });
  const list = data?.listingWorklist;
  if (!list || list.totalCount === 0) return null;
  return (
    <Section title={t('worklist.title')}>
      <p>{t('worklist.count', { count: list.totalCount })}</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('worklist.kind')}</th>
              <th scope="col">{t('worklist.household')}</th>
              <th scope="col">{t('worklist.evidence')}</th>
              <th scope="col">{t('worklist.status')}</th>
            </tr>
          </thead>
          <tbody>
            {list.nodes.map((item) => (
              <tr key={item.key}>
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
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
