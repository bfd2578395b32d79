import { useId, useState } from 'react';
import { Link } from 'react-router';

import {
  ApproveHouseholdsDocument,
  type RegistrationMethod,
  ReviewQueueDocument,
  type ReviewQueueQuery,
  TeamZonesDocument,
} from '@census/client';
import { formatBeijingMoment } from '@census/rules';

import { useApp } from '../app-context';
import { StatusBadge } from '../components/badges';
import { ReviewActions } from '../components/review-actions';
import { LoadState } from '../components/status';
import { errorText, serverText } from '../i18n';
import { usePagedQuery } from '../use-paged-query';
import { useQuery } from '../use-query';

type QueueItem = ReviewQueueQuery['reviewQueue']['nodes'][number];

interface Filters {
  enumeratorId: string;
  zoneCode: string;
  submittedFrom: string;
  submittedTo: string;
  registrationMethod: '' | RegistrationMethod;
}

const NO_FILTERS: Filters = {
  enumeratorId: '',
  zoneCode: '',
  submittedFrom: '',
  submittedTo: '',
  registrationMethod: '',
};

/** The full household code: a supervisor's small zones each have a household 001. */
const codeOf = (household: Pick<QueueItem, 'smallZoneCode' | 'number'>) =>
  `${household.smallZoneCode}-${household.number}`;

/**
 * 审核: the households submitted in the caller's zones, newest submission first, filtered by enumerator, small
 * zone, submitted days and 自主填报 / 入户登记; select rows and 批量通过 after a confirmation giving the count, or
 * approve (with 撤销 for a few seconds) or return each one with preset reasons.
 */
export function ReviewPage() {
  const { t, lang, request } = useApp();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [failures, setFailures] = useState<string[]>([]);
  const variables = {
    filter: {
      enumeratorId: filters.enumeratorId || null,
      zoneCode: filters.zoneCode || null,
      submittedFrom: filters.submittedFrom || null,
      submittedTo: filters.submittedTo || null,
      registrationMethod: filters.registrationMethod || null,
    },
    first: 50,
  };
  const queue = usePagedQuery(ReviewQueueDocument, variables, (data) => data.reviewQueue);
  const { reload } = queue;
  const team = useQuery(TeamZonesDocument, {});
  const enumerators = (team.data?.accounts.nodes ?? []).filter((account) => account.role === 'ENUMERATOR');
  const zones = [
    ...new Map(enumerators.flatMap((account) => account.zones).map((zone) => [zone.code, zone])).values(),
  ].sort((a, b) => a.code.localeCompare(b.code));
  const id = useId();
  const rows = queue.nodes;
  const chosen = rows.filter((row) => selected.has(row.id));

  const set = (patch: Partial<Filters>) => {
    setFilters((previous) => ({ ...previous, ...patch }));
    setSelected(new Set());
  };
  const toggle = (id: string) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  async function approveChosen() {
    setBusy(true);
    setFailures([]);
    try {
      const result = (
        await request(ApproveHouseholdsDocument, {
          input: { items: chosen.map((row) => ({ id: row.id, expectedVersion: row.version })) },
        })
      ).approveHouseholds;
      const byId = new Map(chosen.map((row) => [row.id, row]));
      setFailures([
        ...result.userErrors.map((e) => serverText(lang, e)),
        ...result.results
          .filter((item) => item.userErrors.length > 0)
          .map((item) =>
            t('review.bulkFailed', {
              number: byId.get(item.id) ? codeOf(byId.get(item.id)!) : '',
              reason: item.userErrors.map((e) => serverText(lang, e)).join('; '),
            }),
          ),
      ]);
      setMessage(t('review.bulkDone', { count: result.approvedCount }));
      setSelected(new Set());
      setConfirming(false);
      void reload();
    } catch (caught) {
      setFailures([errorText(lang, caught as Error)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1>{t('review.title')}</h1>
      <form
        className="review-filters card"
        aria-label={t('review.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="filter">
          <label htmlFor={`${id}-enumerator`}>{t('review.filterEnumerator')}</label>
          <select
            id={`${id}-enumerator`}
            value={filters.enumeratorId}
            onChange={(e) => set({ enumeratorId: e.target.value })}
          >
            <option value="">{t('review.all')}</option>
            {enumerators.map((account) => (
              <option key={account.id} value={account.id}>
                {account.name || account.username}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor={`${id}-zone`}>{t('review.filterZone')}</label>
          <select
            id={`${id}-zone`}
            value={filters.zoneCode}
            onChange={(e) => set({ zoneCode: e.target.value })}
          >
            <option value="">{t('review.all')}</option>
            {zones.map((zone) => (
              <option key={zone.code} value={zone.code}>
                {zone.parent?.name ?? ''} {zone.name}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor={`${id}-from`}>{t('review.filterFrom')}</label>
          <input
            id={`${id}-from`}
            type="date"
            value={filters.submittedFrom}
            onChange={(e) => set({ submittedFrom: e.target.value })}
          />
        </div>
        <div className="filter">
          <label htmlFor={`${id}-to`}>{t('review.filterTo')}</label>
          <input
            id={`${id}-to`}
            type="date"
            value={filters.submittedTo}
            onChange={(e) => set({ submittedTo: e.target.value })}
          />
        </div>
        <div className="filter">
          <label htmlFor={`${id}-mode`}>{t('review.filterMode')}</label>
          <select
            id={`${id}-mode`}
            value={filters.registrationMethod}
            onChange={(e) => set({ registrationMethod: e.target.value as Filters['registrationMethod'] })}
          >
            <option value="">{t('review.all')}</option>
            <option value="SELF_REPORT">{t('review.modeSelf')}</option>
            <option value="ENUMERATOR">{t('review.modeEnumerator')}</option>
          </select>
        </div>
      </form>
      <p className="flash" role="status" aria-live="polite">
        {message}
      </p>
      {failures.length > 0 && (
        <ul className="field-error" role="alert">
          {failures.map((failure) => (
            <li key={failure}>{failure}</li>
          ))}
        </ul>
      )}
      <LoadState
        loading={queue.loading && queue.totalCount === undefined}
        error={queue.error}
        retry={() => void reload()}
      />
      {queue.totalCount !== undefined && (
        <section className="card" aria-label={t('review.title')}>
          <div className="review-toolbar">
            <p>{t('review.count', { count: queue.totalCount })}</p>
            <span>{t('review.selected', { count: chosen.length })}</span>
            <button
              type="button"
              className="primary"
              disabled={chosen.length === 0 || busy}
              onClick={() => setConfirming(true)}
            >
              {t('review.bulkApprove')}
            </button>
          </div>
          {confirming && (
            <div className="confirm-dialog" role="alertdialog" aria-modal="true" aria-labelledby="bulk-title">
              <h2 id="bulk-title">{t('review.confirmTitle')}</h2>
              <p>{t('review.confirmText', { count: chosen.length })}</p>
              <button type="button" className="primary" disabled={busy} onClick={() => void approveChosen()}>
                {t('review.confirm', { count: chosen.length })}
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                {t('review.cancel')}
              </button>
            </div>
          )}
          {queue.totalCount === 0 && <p>{t('review.empty')}</p>}
          {rows.length > 0 && (
            <table className="review-table">
              <thead>
                <tr>
                  <th scope="col">
                    <input
                      type="checkbox"
                      aria-label={t('review.selectAll')}
                      checked={chosen.length === rows.length}
                      onChange={(e) =>
                        setSelected(new Set(e.target.checked ? rows.map((row) => row.id) : []))
                      }
                    />
                  </th>
                  <th scope="col">{t('review.household')}</th>
                  <th scope="col">{t('review.head')}</th>
                  <th scope="col">{t('review.persons')}</th>
                  <th scope="col">{t('review.mode')}</th>
                  <th scope="col">{t('review.submittedAt')}</th>
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <QueueRow
                    key={row.id}
                    row={row}
                    checked={selected.has(row.id)}
                    onToggle={() => toggle(row.id)}
                    onDone={(done) => {
                      setMessage(done);
                      void reload();
                    }}
                  />
                ))}
              </tbody>
            </table>
          )}
          {queue.hasNextPage && (
            <button type="button" disabled={queue.loadingMore} onClick={() => void queue.more()}>
              {t('review.more')}
            </button>
          )}
        </section>
      )}
    </>
  );
}

function QueueRow({
  row,
  checked,
  onToggle,
  onDone,
}: {
  row: QueueItem;
  checked: boolean;
  onToggle: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useApp();
  const head = row.persons.find((person) => person.relationship === 'HEAD') ?? row.persons[0];
  const code = codeOf(row);
  return (
    <tr className="review-item" data-household={code}>
      <td>
        <input
          type="checkbox"
          aria-label={t('review.select', { number: code })}
          checked={checked}
          onChange={onToggle}
        />
      </td>
      <td>
        <Link to={`/households/${row.id}`}>{code}</Link> <StatusBadge status={row.status} />
        {row.building?.address && <div className="hint">{row.building.address}</div>}
      </td>
      <td data-cell="head">{head?.name ?? '—'}</td>
      <td data-cell="persons">
        {row.persons.length}
        <span className="unit"> {t('review.personsUnit')}</span>
      </td>
      <td data-cell="mode">
        {row.registrationMethod === 'SELF_REPORT' ? t('review.modeSelf') : t('review.modeEnumerator')}
      </td>
      <td>{row.submittedAt ? formatBeijingMoment(new Date(row.submittedAt)) : '—'}</td>
      <td>
        <ReviewActions household={row} persons={row.persons} onDone={onDone} />
      </td>
    </tr>
  );
}
