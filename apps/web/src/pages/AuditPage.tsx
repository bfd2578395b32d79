import { useEffect, useState } from 'react';

import { type AuditAction, AuditLogDocument, type AuditLogQueryVariables } from '@census/client';
import { formatBeijingMoment } from '@census/rules';

import { useApp } from '../app-context';
import { SelectField, TextField } from '../components/fields';
import { LoadState } from '../components/status';
import { dynamicKey } from '../i18n';
import { downloadFile } from '../report';
import { usePagedQuery } from '../use-paged-query';
import { auditActionLabel, auditCsv, auditItemLabel, type AuditRow, auditValue } from './audit-rows';

const ACTIONS = ['CREATE', 'UPDATE', 'DELETE', 'STAGE', 'UNMASK', 'ACCOUNT'];
const KINDS = [
  'Household',
  'Person',
  'Building',
  'Zone',
  'Account',
  'Visit',
  'Appointment',
  'Problem',
  'ExportJob',
  'ReportTexts',
  'WorklistItem',
];
/** Changed items shown on an entry's row; the rest are counted ("等 5 项") and all are in the export. */
const SHOWN_CHANGES = 3;
/** The export reads at most this many entries (100 a page). */
export const EXPORT_LIMIT = 2000;

/** `value` once it has stayed the same for a moment: typing a zone code asks the server once, not per digit. */
function useSettled(value: string, delay = 400): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** The audit log for offices: who changed which item of what, newest first, filtered, exported as CSV. */
export function AuditPage() {
  const { t, lang, request } = useApp();
  const [action, setAction] = useState('');
  const [kind, setKind] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [actor, setActor] = useState('');
  const [zone, setZone] = useState('');
  const [exporting, setExporting] = useState(false);
  const [exportNote, setExportNote] = useState<string | null>(null);
  const actorFilter = useSettled(actor.trim());
  const zoneFilter = useSettled(zone.trim());
  const filters: AuditLogQueryVariables = {
    ...(action ? { action: action as AuditAction } : {}),
    ...(kind ? { entityType: kind } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(actorFilter ? { actor: actorFilter } : {}),
    ...(zoneFilter ? { zoneCode: zoneFilter } : {}),
  };
  const log = usePagedQuery(AuditLogDocument, { first: 100, ...filters }, (data) => data.auditLog);

  const exportCsv = async () => {
    setExporting(true);
    setExportNote(null);
    try {
      const rows: AuditRow[] = [];
      let after: string | null | undefined;
      let more = true;
      while (more && rows.length < EXPORT_LIMIT) {
        const data = await request(AuditLogDocument, { ...filters, first: 100, after });
        rows.push(...data.auditLog.nodes);
        more = data.auditLog.pageInfo.hasNextPage;
        after = data.auditLog.pageInfo.endCursor;
      }
      if (more) setExportNote(t('audit.exportLimit', { max: EXPORT_LIMIT }));
      const day = formatBeijingMoment(new Date()).slice(0, 10);
      downloadFile(`操作日志-${day}.csv`, auditCsv(rows.slice(0, EXPORT_LIMIT), lang, t), 'text/csv');
    } catch {
      setExportNote(t('audit.exportFailed'));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <h1>{t('audit.title')}</h1>
      <details className="filters-box" open>
        <summary>{t('audit.filters')}</summary>
        <div className="filters audit-filters">
          <TextField label={t('audit.filterFrom')} type="date" value={from} onChange={setFrom} />
          <TextField label={t('audit.filterTo')} type="date" value={to} onChange={setTo} />
          <TextField label={t('audit.filterActor')} value={actor} onChange={setActor} autoComplete="off" />
          <TextField
            label={t('audit.filterZone')}
            value={zone}
            onChange={setZone}
            inputMode="numeric"
            autoComplete="off"
          />
          <SelectField
            label={t('audit.filterAction')}
            value={action}
            onChange={setAction}
            blank={t('small.all')}
            options={ACTIONS.map((value) => ({ value, label: auditActionLabel(value, t) }))}
          />
          <SelectField
            label={t('audit.filterKind')}
            value={kind}
            onChange={setKind}
            blank={t('small.all')}
            options={KINDS.map((value) => ({ value, label: t(dynamicKey('audit.kind.', value)) }))}
          />
        </div>
      </details>
      <LoadState
        loading={log.loading && log.totalCount === undefined}
        error={log.error}
        retry={() => void log.reload()}
      />
      {log.totalCount !== undefined && (
        <>
          <div className="audit-summary">
            <p>{t('audit.count', { count: log.totalCount })}</p>
            <button
              type="button"
              disabled={exporting || log.totalCount === 0}
              onClick={() => void exportCsv()}
            >
              {exporting ? t('audit.exporting') : t('audit.export')}
            </button>
          </div>
          {exportNote && <p role="status">{exportNote}</p>}
          <ol className="audit-list">
            {log.nodes.map((entry, index) => (
              <AuditEntryRow key={`${entry.at}-${index}`} entry={entry} />
            ))}
          </ol>
          {log.hasNextPage && (
            <button type="button" disabled={log.loadingMore} onClick={() => void log.more()}>
              {t('audit.more')}
            </button>
          )}
        </>
      )}
    </>
  );
}

/** One entry: when, who, what, on which object; below, the items it changed (old → new). */
function AuditEntryRow({ entry }: { entry: AuditRow }) {
  const { t, lang } = useApp();
  const shown = entry.changes.slice(0, SHOWN_CHANGES);
  const hidden = entry.changes.length - shown.length;
  const value = (item: string, text: string | null | undefined) =>
    auditValue(entry.entityType, item, text, lang, t);
  return (
    <li className="audit-entry">
      <div className="audit-head">
        <time dateTime={entry.at}>{formatBeijingMoment(new Date(entry.at))}</time>
        <span className="audit-actor">{entry.actor}</span>
        <span className={`audit-action audit-action-${entry.action.toLowerCase()}`}>
          {auditActionLabel(entry.action, t)}
        </span>
        <span className="audit-subject">{entry.subject}</span>
      </div>
      {entry.changes.length > 0 ? (
        <ul className="audit-changes">
          {shown.map((change) => (
            <li key={change.item}>
              <span className="audit-item">{auditItemLabel(entry.entityType, change.item, lang, t)}</span>
              {entry.action === 'DELETE' ? (
                <del>{value(change.item, change.before)}</del>
              ) : entry.action === 'CREATE' || entry.action === 'ACCOUNT' ? (
                <ins>{value(change.item, change.after)}</ins>
              ) : (
                <>
                  <del className={change.before == null ? 'audit-empty' : undefined}>
                    {value(change.item, change.before)}
                  </del>
                  {' → '}
                  <ins>{value(change.item, change.after)}</ins>
                </>
              )}
            </li>
          ))}
          {hidden > 0 && <li className="audit-hidden">{t('audit.moreItems', { count: hidden })}</li>}
        </ul>
      ) : entry.item ? (
        <p className="audit-changes">
          {t('audit.read', { item: auditItemLabel(entry.entityType, entry.item, lang, t) })}
        </p>
      ) : (
        // Saved without a different value (a form saved as it was): said, so the row does not look cut off.
        <p className="audit-changes audit-hidden">{t('audit.noChange')}</p>
      )}
    </li>
  );
}
