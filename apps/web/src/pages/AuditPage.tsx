import { useState } from 'react';

import { type AuditAction, AuditLogDocument } from '@census/client';
import { formatBeijingMoment } from '@census/rules';

import { useApp } from '../app-context';
import { SelectField } from '../components/fields';
import { LoadState } from '../components/status';
import { dynamicKey } from '../i18n';
import { usePagedQuery } from '../use-paged-query';

const ACTIONS = ['CREATE', 'UPDATE', 'DELETE', 'STAGE', 'UNMASK', 'ACCOUNT'];

function brief(value: Record<string, unknown> | null | undefined): string {
  return value ? JSON.stringify(value) : '';
}

/** The audit log for administrators: who changed what, newest first, filtered by action. */
export function AuditPage() {
  const { t } = useApp();
  const [action, setAction] = useState('');
  const log = usePagedQuery(
    AuditLogDocument,
    { first: 100, ...(action ? { action: action as AuditAction } : {}) },
    (data) => data.auditLog,
  );
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <div className="filters">
        <SelectField
          label={t('audit.filterAction')}
          value={action}
          onChange={setAction}
          blank={t('small.all')}
          options={ACTIONS.map((value) => ({ value, label: t(dynamicKey('audit.action.', value)) }))}
        />
      </div>
      <LoadState
        loading={log.loading && log.totalCount === undefined}
        error={log.error}
        retry={() => void log.reload()}
      />
      {log.totalCount !== undefined && (
        <>
          <p>{t('audit.count', { count: log.totalCount })}</p>
          <div className="table-wrap">
            <table className="audit-table">
              <thead>
                <tr>
                  <th scope="col">{t('audit.at')}</th>
                  <th scope="col">{t('audit.actor')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.entity')}</th>
                  <th scope="col">{t('audit.zone')}</th>
                  <th scope="col">{t('audit.item')}</th>
                  <th scope="col">{t('audit.change')}</th>
                </tr>
              </thead>
              <tbody>
                {log.nodes.map((entry, index) => (
                  <tr key={`${entry.at}-${index}`}>
                    <td>{formatBeijingMoment(new Date(entry.at))}</td>
                    <td>{entry.actor}</td>
                    <td>{t(dynamicKey('audit.action.', entry.action))}</td>
                    <td>
                      {entry.entityType} <span className="code">{entry.entityId}</span>
                    </td>
                    <td>{entry.smallZoneCode ?? ''}</td>
                    <td>{entry.item ?? ''}</td>
                    <td className="change">
                      <code>{brief(entry.before)}</code> → <code>{brief(entry.after)}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
