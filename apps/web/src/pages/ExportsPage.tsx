import { useEffect, useState } from 'react';

import {
  type ExportEntity,
  type ExportFormat,
  MyExportJobsDocument,
  StartExportDocument,
} from '@census/client';
import { formatBeijingMoment } from '@census/rules';

import { useApp } from '../app-context';
import { CheckField, SelectField } from '../components/fields';
import { LoadState } from '../components/status';
import { useHomeZones } from '../home-zones';
import { errorText, type MessageKey, serverText } from '../i18n';
import { usePagedQuery } from '../use-paged-query';

const ENTITIES: readonly ExportEntity[] = ['ZONES', 'BUILDINGS', 'HOUSEHOLDS', 'PERSONS'];
const FORMATS: readonly ExportFormat[] = ['CSV', 'JSONL'];
/** Jobs per page: the API lists the account's own jobs, newest first. */
const PAGE_SIZE = 20;
const POLL_MS = 2000;
/** Download links are signed for 15 minutes: read afresh well before. */
const LINK_REFRESH_MS = 5 * 60_000;

/**
 * 导出: an office starts a bulk export of one of its zones and downloads the files when done. The files are
 * downloaded through the signed links the API hands out (valid 15 minutes, read fresh with the job): no token is
 * ever put into an address. The jobs are the ones the server lists for this account (`exportJobs`), whichever
 * browser started them.
 */
export function ExportsPage() {
  const { t, lang, request } = useApp();
  const home = useHomeZones();
  const [zoneCode, setZoneCode] = useState('');
  const [entities, setEntities] = useState<ExportEntity[]>(['HOUSEHOLDS', 'PERSONS']);
  const [format, setFormat] = useState<ExportFormat>('CSV');
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const list = usePagedQuery(MyExportJobsDocument, { first: PAGE_SIZE }, (data) => data.exportJobs);
  const jobs = list.totalCount === undefined ? null : list.nodes;
  const { reload } = list;

  const zone = zoneCode || home.zones?.[0]?.code || '';
  const zoneLabel = (code: string) => {
    const known = home.zones?.find((z) => z.code === code);
    return known ? `${known.name} ${code}` : code;
  };

  const busy = jobs?.some((job) => job.status === 'QUEUED' || job.status === 'RUNNING') ?? false;
  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => void reload(), POLL_MS);
    return () => clearInterval(timer);
  }, [busy, reload]);

  const hasFiles = jobs?.some((job) => job.status === 'COMPLETED') ?? false;
  useEffect(() => {
    if (!hasFiles) return;
    const timer = setInterval(() => void reload(), LINK_REFRESH_MS);
    return () => clearInterval(timer);
  }, [hasFiles, reload]);

  async function start() {
    setError(null);
    if (entities.length === 0) {
      setError(t('exports.pickEntity'));
      return;
    }
    setStarting(true);
    try {
      const { startExport } = await request(StartExportDocument, {
        input: { zoneCode: zone, entities, format, unmasked: false },
      });
      if (startExport.userErrors.length > 0) {
        setError(startExport.userErrors.map((e) => serverText(lang, e)).join('；'));
      } else if (startExport.job) {
        await reload();
      }
    } catch (caught) {
      setError(errorText(lang, caught as Error));
    } finally {
      setStarting(false);
    }
  }

  const toggle = (entity: ExportEntity) =>
    setEntities((current) =>
      current.includes(entity) ? current.filter((e) => e !== entity) : [...current, entity],
    );

  return (
    <>
      <h1>{t('exports.title')}</h1>
      <p>{t('exports.intro')}</p>
      <LoadState loading={home.loading && !home.zones} error={home.error} retry={() => void home.reload()} />
      <div className="filters">
        <SelectField
          label={t('exports.zone')}
          value={zone}
          onChange={setZoneCode}
          options={(home.zones ?? []).map((z) => ({ value: z.code, label: `${z.name} ${z.code}` }))}
        />
        <fieldset className="export-entities">
          <legend>{t('exports.entities')}</legend>
          {ENTITIES.map((entity) => (
            <CheckField
              key={entity}
              label={t(`exports.entity.${entity}` as MessageKey)}
              checked={entities.includes(entity)}
              onChange={() => toggle(entity)}
            />
          ))}
        </fieldset>
        <SelectField
          label={t('exports.format')}
          value={format}
          onChange={(value) => setFormat(value as ExportFormat)}
          options={FORMATS.map((value) => ({ value, label: t(`exports.format.${value}` as MessageKey) }))}
        />
      </div>
      <div className="actions">
        <button type="button" className="primary" disabled={starting || !zone} onClick={() => void start()}>
          {t('exports.start')}
        </button>
      </div>
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
      <h2>{t('exports.jobs')}</h2>
      <LoadState
        loading={list.loading && jobs === null}
        error={list.error}
        retry={() => void list.reload()}
      />
      {jobs !== null && jobs.length === 0 && <p>{t('exports.none')}</p>}
      {jobs && jobs.length > 0 && (
        <div className="table-wrap">
          <table className="export-jobs">
            <thead>
              <tr>
                <th scope="col">{t('exports.createdAt')}</th>
                <th scope="col">{t('exports.zone')}</th>
                <th scope="col">{t('exports.entities')}</th>
                <th scope="col">{t('exports.status')}</th>
                <th scope="col">{t('exports.files')}</th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <tr key={job.id}>
                  <td>{formatBeijingMoment(new Date(job.createdAt))}</td>
                  <td>{zoneLabel(job.zoneCode)}</td>
                  <td>
                    {job.entities.map((e) => t(`exports.entity.${e}` as MessageKey)).join('、')} ·{' '}
                    {job.format}
                  </td>
                  <td>
                    {t(`exports.status.${job.status}` as MessageKey)}
                    {job.status === 'RUNNING' && (
                      <>
                        {' '}
                        <progress
                          value={job.progress}
                          max={1}
                          aria-label={t('exports.status.RUNNING')}
                        />{' '}
                        {t('exports.rowsWritten', { rows: job.rowsWritten })}
                      </>
                    )}
                    {job.error && <span className="field-error"> {job.error}</span>}
                  </td>
                  <td>
                    {job.files.map((file) =>
                      file.url ? (
                        <div key={file.name}>
                          <a href={file.url} download={file.name}>
                            {t('exports.download', { name: file.name, rows: file.rows })}
                          </a>
                        </div>
                      ) : null,
                    )}
                    {job.expiresAt && job.status === 'COMPLETED' && (
                      <div className="muted">
                        {t('exports.expiresAt', {
                          at: formatBeijingMoment(new Date(job.expiresAt)),
                        })}
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.hasNextPage && (
        <button type="button" disabled={list.loadingMore} onClick={() => void list.more()}>
          {t('exports.more')}
        </button>
      )}
    </>
  );
}
