import { useMemo, useState } from 'react';
import { Link } from 'react-router';

import {
  CloseWorklistItemsDocument,
  ListingWorklistDocument,
  ListingWorklistRollupDocument,
  type WorklistItemFieldsFragment,
  type WorklistKind,
  type WorklistOutcome,
  type WorklistStatus,
} from '@census/client';

import { useApp } from '../app-context';
import { Section, SelectField, TextField } from '../components/fields';
import { WORKLIST_OUTCOMES, WORKLIST_SETTLERS, WorklistActions } from '../components/worklist-actions';
import { WorklistEvidenceList } from '../components/worklist-evidence';
import { dynamicKey, errorText, serverText } from '../i18n';
import { usePagedQuery } from '../use-paged-query';
import { useQuery } from '../use-query';

/** The kinds offered in the filter, in the order people meet them in listing. */
export const WORKLIST_KINDS: readonly WorklistKind[] = [
  'LISTED_HOUSEHOLD_WITHOUT_REGISTRY',
  'REGISTRY_HOUSEHOLD_NOT_LISTED',
  'LIVING_AWAY',
  'CROSS_COUNTY_DUPLICATE',
  'METER_NO_USE_BUT_ORDINARY',
  'METER_USE_BUT_VACANT',
];

/** The most items closed at once (closeWorklistItems). */
export const MAX_BULK_CLOSE = 100;

/** Roles that see the roll-up of a zone above the small zone. */
const ROLLUP_READERS = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER', 'SUPERVISOR'];

/** The status filter's value as the query's variables: '' (all), OPEN, CLOSED or OUTCOME:<outcome>. */
function statusVariables(value: string): { status?: WorklistStatus[]; outcomes?: WorklistOutcome[] } {
  if (value === 'OPEN' || value === 'CLOSED') return { status: [value] };
  if (value.startsWith('OUTCOME:')) return { outcomes: [value.slice(8) as WorklistOutcome] };
  return {};
}

/**
 * The listing worklist of a zone: where intake data (registry, electricity, grid) and the listing disagree, with
 * each line of evidence in Chinese. Filters by kind and status, closes one item or several at once; above the small
 * zone, offices first see the counts per child zone (roll-up).
 */
export function Worklist({
  zoneCode,
  level = 'SMALL_ZONE',
  names,
}: {
  zoneCode: string;
  level?: string;
  /** Names of the child zones, by code (the zone page has them). */
  names?: ReadonlyMap<string, string>;
}) {
  const { t, lang, session, request } = useApp();
  const role = session?.account.role ?? '';
  const [kind, setKind] = useState('');
  const [status, setStatus] = useState('');
  const variables = useMemo(
    () => ({
      zoneCode,
      first: 50,
      ...(kind ? { kinds: [kind as WorklistKind] } : {}),
      ...statusVariables(status),
    }),
    [zoneCode, kind, status],
  );
  const list = usePagedQuery(ListingWorklistDocument, variables, (data) => data.listingWorklist, {
    cached: true,
  });
  const showRollup = level !== 'SMALL_ZONE' && ROLLUP_READERS.includes(role);
  const rollup = useQuery(ListingWorklistRollupDocument, { zoneCode }, !showRollup);
  const [message, setMessage] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const canSettle = WORKLIST_SETTLERS.includes(role);
  const filtered = kind !== '' || status !== '';
  if (!filtered && !list.totalCount && !(showRollup && rollup.data?.listingWorklistRollup?.length))
    return null;

  const openIds = list.nodes.filter((item) => item.status === 'OPEN').map((item) => item.id);
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allSelected = openIds.length > 0 && openIds.every((id) => selected.has(id));

  return (
    <Section title={t('worklist.title')} id="worklist">
      {showRollup && (
        <WorklistRollup
          zoneCode={zoneCode}
          names={names}
          rows={rollup.data?.listingWorklistRollup ?? []}
          loading={rollup.loading && !rollup.data}
        />
      )}
      <div className="worklist-filters">
        <SelectField
          label={t('worklist.filterKind')}
          value={kind}
          onChange={(value) => {
            setKind(value);
            setSelected(new Set());
          }}
          blank={t('worklist.allKinds')}
          options={WORKLIST_KINDS.map((value) => ({
            value,
            label: t(dynamicKey('worklist.kind.', value)),
          }))}
        />
        <SelectField
          label={t('worklist.filterStatus')}
          value={status}
          onChange={(value) => {
            setStatus(value);
            setSelected(new Set());
          }}
          blank={t('worklist.allStatus')}
          options={[
            { value: 'OPEN', label: t('worklist.status.OPEN') },
            { value: 'CLOSED', label: t('worklist.status.CLOSED') },
            ...WORKLIST_OUTCOMES.map((outcome) => ({
              value: `OUTCOME:${outcome}`,
              label: t('worklist.statusOutcome', { outcome: t(dynamicKey('worklist.outcome.', outcome)) }),
            })),
          ]}
        />
      </div>
      <p>{t('worklist.count', { count: list.totalCount ?? 0 })}</p>
      <p className="flash" role="status" aria-live="polite">
        {message}
      </p>
      {canSettle && openIds.length > 0 && (
        <BulkClose
          selected={[...selected]}
          allSelected={allSelected}
          onSelectAll={(all) => setSelected(new Set(all ? openIds.slice(0, MAX_BULK_CLOSE) : []))}
          onDone={(done, items) => {
            setMessage(done);
            for (const item of items) list.replace(item);
            setSelected(new Set());
            if (showRollup) void rollup.reload();
          }}
          request={request}
          lang={lang}
        />
      )}
      {list.nodes.length === 0 && <p className="hint">{t('worklist.empty')}</p>}
      <ol className="worklist-items">
        {list.nodes.map((item) => (
          <li key={item.id} className="worklist-item" data-worklist-item={item.key}>
            <div className="worklist-head">
              {canSettle && item.status === 'OPEN' && (
                <input
                  type="checkbox"
                  aria-label={t('worklist.select')}
                  checked={selected.has(item.id)}
                  disabled={!selected.has(item.id) && selected.size >= MAX_BULK_CLOSE}
                  onChange={() => toggle(item.id)}
                />
              )}
              <strong className="worklist-kind">{t(dynamicKey('worklist.kind.', item.kind))}</strong>
              <span className={`badge worklist-status-${item.status.toLowerCase()}`}>
                {t(dynamicKey('worklist.status.', item.status))}
              </span>
            </div>
            <div className="worklist-subject">
              {level !== 'SMALL_ZONE' && <span className="code">{item.zoneCode}</span>}{' '}
              {item.household ? (
                <Link to={`/households/${item.household.id}`}>
                  {t('worklist.household')} {item.household.number}
                </Link>
              ) : item.registryHouseholdNumber ? (
                `${t('worklist.household')} ${item.registryHouseholdNumber}`
              ) : null}
              {item.person && ` · ${item.person.name}`}
            </div>
            <WorklistEvidenceList evidence={item.evidence} />
            <WorklistActions
              item={item}
              canSettle={canSettle}
              onDone={(done, changed) => {
                setMessage(done);
                // The answer carries the item as it is now: no reload of the list (nor loss of its pages).
                list.replace(changed);
                if (showRollup) void rollup.reload();
              }}
            />
          </li>
        ))}
      </ol>
      {list.hasNextPage && (
        <button type="button" disabled={list.loadingMore} onClick={() => void list.more()}>
          {t('worklist.more')}
        </button>
      )}
    </Section>
  );
}

/** 批量关闭: the selection's outcome and note, then a confirmation, then one mutation for all of them. */
function BulkClose({
  selected,
  allSelected,
  onSelectAll,
  onDone,
  request,
  lang,
}: {
  selected: string[];
  allSelected: boolean;
  onSelectAll: (all: boolean) => void;
  onDone: (message: string, items: WorklistItemFieldsFragment[]) => void;
  request: ReturnType<typeof useApp>['request'];
  lang: ReturnType<typeof useApp>['lang'];
}) {
  const { t } = useApp();
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  function ask() {
    if (!outcome) return setError(t('worklist.outcomeRequired'));
    if (outcome === 'OTHER' && !note.trim()) return setError(t('worklist.noteRequired'));
    setError('');
    setConfirming(true);
  }

  async function close() {
    setBusy(true);
    setError('');
    try {
      const { closeWorklistItems: answer } = await request(CloseWorklistItemsDocument, {
        input: {
          ids: selected,
          outcome: outcome as WorklistOutcome,
          ...(note.trim() ? { note: note.trim() } : {}),
        },
      });
      const reasons = [...new Set(answer.userErrors.map((e) => serverText(lang, e)))].join('；');
      if (answer.items.length === 0) setError(reasons);
      else {
        onDone(
          answer.userErrors.length
            ? t('worklist.bulkPartial', {
                closed: answer.items.length,
                failed: answer.userErrors.length,
                reasons,
              })
            : t('worklist.bulkDone', { count: answer.items.length }),
          answer.items,
        );
        setNote('');
      }
    } catch (caught) {
      setError(errorText(lang, caught as Error));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  return (
    <div className="worklist-bulk" role="group" aria-label={t('worklist.bulkClose')}>
      <label className="worklist-select-all">
        <input
          type="checkbox"
          checked={allSelected}
          onChange={(event) => onSelectAll(event.target.checked)}
        />{' '}
        {t('worklist.selectAll')}
      </label>
      <span className="worklist-selected">{t('worklist.selected', { count: selected.length })}</span>
      {selected.length > 0 && !confirming && (
        <>
          <SelectField
            label={t('worklist.outcome')}
            value={outcome}
            onChange={setOutcome}
            blank={t('household.blank')}
            options={WORKLIST_OUTCOMES.map((value) => ({
              value,
              label: t(dynamicKey('worklist.outcome.', value)),
            }))}
          />
          <TextField label={t('worklist.note')} value={note} onChange={setNote} />
          <button type="button" className="primary" onClick={ask}>
            {t('worklist.bulkClose')}
          </button>
        </>
      )}
      {confirming && (
        <div className="worklist-confirm" role="alertdialog" aria-label={t('worklist.bulkClose')}>
          <p>
            {t('worklist.bulkConfirm', { count: selected.length })}{' '}
            {t(dynamicKey('worklist.outcome.', outcome))}
            {note.trim() ? ` · ${note.trim()}` : ''}
          </p>
          <button type="button" className="primary" disabled={busy} onClick={() => void close()}>
            {t('worklist.bulkYes')}
          </button>
          <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
            {t('worklist.cancel')}
          </button>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** 汇总: open and closed items per child zone and kind (only the kinds that have items). */
export function WorklistRollup({
  zoneCode,
  names,
  rows,
  loading,
}: {
  zoneCode: string;
  names?: ReadonlyMap<string, string>;
  rows: readonly { zoneCode: string; kind: WorklistKind; open: number; closed: number }[];
  loading: boolean;
}) {
  const { t } = useApp();
  const kinds = WORKLIST_KINDS.filter((kind) => rows.some((row) => row.kind === kind));
  const zones = [...new Set(rows.map((row) => row.zoneCode))];
  const cell = (zone: string | null, kind: WorklistKind | null) => {
    const matching = rows.filter(
      (row) => (zone === null || row.zoneCode === zone) && (kind === null || row.kind === kind),
    );
    return {
      open: matching.reduce((sum, row) => sum + row.open, 0),
      closed: matching.reduce((sum, row) => sum + row.closed, 0),
    };
  };
  return (
    <div className="worklist-rollup">
      <h3>{t('worklist.rollupTitle')}</h3>
      {!loading && rows.length === 0 && <p className="hint">{t('worklist.rollupEmpty')}</p>}
      {rows.length > 0 && (
        <div className="table-wrap">
          <p className="hint">
            {t('worklist.rollupOpen')} / {t('worklist.rollupClosed')}
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('worklist.rollupZone')}</th>
                {kinds.map((kind) => (
                  <th scope="col" key={kind}>
                    {t(dynamicKey('worklist.kind.', kind))}
                  </th>
                ))}
                <th scope="col">{t('worklist.rollupTotal')}</th>
              </tr>
            </thead>
            <tbody>
              {zones.map((zone) => (
                <tr key={zone} data-rollup-zone={zone}>
                  <th scope="row">
                    {zone === zoneCode ? (
                      t('worklist.rollupSelf')
                    ) : (
                      <Link to={`/zones/${zone}`}>{names?.get(zone) ?? zone}</Link>
                    )}
                  </th>
                  {kinds.map((kind) => (
                    <RollupCell key={kind} {...cell(zone, kind)} />
                  ))}
                  <RollupCell {...cell(zone, null)} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function RollupCell({ open, closed }: { open: number; closed: number }) {
  return (
    <td className="num" data-open={open} data-closed={closed}>
      <strong>{open}</strong> <span className="hint">/ {closed}</span>
    </td>
  );
}
