import { Link } from 'react-router';

import type { ProgressFiguresFragment, ProgressQuery } from '@census/client';
import { formatBeijingMoment } from '@census/rules';

import { useApp } from '../app-context';
import type { MessageKey } from '../i18n';
import { Bar, percent } from './bar';

type Figures = Pick<
  ProgressFiguresFragment,
  | 'households'
  | 'submittedHouseholds'
  | 'approvedHouseholds'
  | 'selfReportRate'
  | 'vacantHouseholds'
  | 'awayHouseholds'
  | 'deceasedHouseholds'
  | 'longFormHouseholds'
  | 'longFormSubmittedHouseholds'
>;

export function submittedShare(figures: Pick<Figures, 'households' | 'submittedHouseholds'>): number | null {
  return figures.households > 0 ? (figures.submittedHouseholds / figures.households) * 100 : null;
}

/** The headline figures of one zone: submitted and self-report bars, approved, vacant/away/deceased. */
export function ProgressSummary({ figures }: { figures: Figures }) {
  const { t } = useApp();
  const share = submittedShare(figures);
  return (
    <div className="summary">
      <div className="summary-bars">
        <div>
          <h3>{t('zone.submittedShare')}</h3>
          <Bar
            value={share}
            label={t('zone.submittedShare')}
            text={t('zone.shareOf', {
              done: figures.submittedHouseholds,
              total: figures.households,
              percent: percent(share),
            })}
          />
        </div>
        <div>
          <h3>{t('zone.selfReportRate')}</h3>
          <Bar
            value={figures.selfReportRate}
            label={t('zone.selfReportRate')}
            text={percent(figures.selfReportRate)}
          />
        </div>
      </div>
      <dl className="figures">
        <Figure label="zone.households" value={figures.households} name="households" />
        <Figure label="zone.submitted" value={figures.submittedHouseholds} name="submitted" />
        <Figure label="zone.approved" value={figures.approvedHouseholds} name="approved" />
        <Figure label="zone.vacant" value={figures.vacantHouseholds} name="vacant" />
        <Figure label="zone.away" value={figures.awayHouseholds} name="away" />
        <Figure label="zone.deceased" value={figures.deceasedHouseholds} name="deceased" />
        <Figure label="zone.longForm" value={figures.longFormHouseholds} name="longForm" />
        <Figure
          label="zone.longFormSubmitted"
          value={figures.longFormSubmittedHouseholds}
          name="longFormSubmitted"
        />
      </dl>
    </div>
  );
}

function Figure({ label, value, name }: { label: MessageKey; value: number; name: string }) {
  const { t } = useApp();
  return (
    <div className="figure" data-figure={name}>
      <dt>{t(label)}</dt>
      <dd>{value.toLocaleString()}</dd>
    </div>
  );
}

type Progress = NonNullable<ProgressQuery['progress']>;

/** One row a child zone: bars for the submitted share and the self-report rate, and the three counts. */
export function ChildrenTable({ children }: { children: Progress['children'] }) {
  const { t } = useApp();
  if (children.length === 0) return <p>{t('zone.noChildren')}</p>;
  const rows = children.flatMap((child) => (child.zone ? [{ ...child, zone: child.zone }] : []));
  return (
    <div className="table-wrap">
      <table className="progress-table">
        <thead>
          <tr>
            <th scope="col">{t('zone.name')}</th>
            <th scope="col">{t('zone.households')}</th>
            <th scope="col" className="col-bar">
              {t('zone.submittedShare')}
            </th>
            <th scope="col" className="col-bar">
              {t('zone.selfReportRate')}
            </th>
            <th scope="col">{t('zone.vacant')}</th>
            <th scope="col">{t('zone.away')}</th>
            <th scope="col">{t('zone.deceased')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((child) => {
            const share = submittedShare(child);
            return (
              <tr key={child.zone.code}>
                <th scope="row">
                  <Link to={`/zones/${child.zone.code}`}>{child.zone.name}</Link>
                  <span className="code">{child.zone.code}</span>
                </th>
                <td className="num">{child.households}</td>
                <td>
                  <Bar
                    value={share}
                    label={`${child.zone.name} ${t('zone.submittedShare')}`}
                    text={percent(share)}
                  />
                </td>
                <td>
                  <Bar
                    value={child.selfReportRate}
                    label={`${child.zone.name} ${t('zone.selfReportRate')}`}
                    text={percent(child.selfReportRate)}
                  />
                </td>
                <td className="num">{child.vacantHouseholds}</td>
                <td className="num">{child.awayHouseholds}</td>
                <td className="num">{child.deceasedHouseholds}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The enumerators' pace table; the ones behind pace are flagged in words, not only colour. */
export function PaceTable({ rows: all }: { rows: Progress['enumeratorProgress'] }) {
  const { t } = useApp();
  const rows = all.flatMap((row) => (row.account ? [{ ...row, account: row.account }] : []));
  if (rows.length === 0) return <p>{t('pace.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="pace-table">
        <thead>
          <tr>
            <th scope="col">{t('pace.enumerator')}</th>
            <th scope="col">{t('pace.smallZones')}</th>
            <th scope="col">{t('pace.households')}</th>
            <th scope="col">{t('pace.submitted')}</th>
            <th scope="col">{t('pace.approved')}</th>
            <th scope="col">{t('pace.returned')}</th>
            <th scope="col">{t('pace.selfReported')}</th>
            <th scope="col" className="col-bar">
              {t('pace.share')}
            </th>
            <th scope="col">{t('pace.lastActivity')}</th>
            <th scope="col">{t('pace.behind')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.account.id} className={row.behindPace ? 'behind' : undefined}>
              <th scope="row">
                {row.account.name} <span className="code">{row.account.username}</span>
              </th>
              <td className="num" title={row.smallZones.join(', ')}>
                {row.smallZones.length}
              </td>
              <td className="num">{row.households}</td>
              <td className="num">{row.submitted}</td>
              <td className="num">{row.approved}</td>
              <td className="num">{row.returned}</td>
              <td className="num">{row.selfReported}</td>
              <td>
                <Bar
                  value={row.submittedShare * 100}
                  label={`${row.account.name} ${t('pace.share')}`}
                  text={percent(row.submittedShare * 100)}
                />
              </td>
              <td>{row.lastActivityAt ? formatBeijingMoment(new Date(row.lastActivityAt)) : '—'}</td>
              <td>
                {row.behindPace ? (
                  <span className="badge badge-bad">{t('pace.behind')}</span>
                ) : (
                  t('pace.onPace')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
