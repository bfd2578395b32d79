import { useState } from 'react';
import { useNavigate } from 'react-router';

import { ProgressReportDocument } from '@census/client';

import { useApp } from '../app-context';
import { TextField } from '../components/fields';
import { LoadState } from '../components/status';
import { useHomeZones } from '../home-zones';
import { downloadFile, reportCsv, reportFileName } from '../report';
import { useQuery } from '../use-query';

/** The generated progress report (进展情况汇报) of a zone: shown, copied, downloaded as Markdown or CSV. */
export function ReportPage({ code }: { code: string }) {
  const { t } = useApp();
  const home = useHomeZones();
  const zoneCode = code || (home.zones?.length === 1 ? (home.zones[0]?.code ?? '') : '');
  const [input, setInput] = useState(zoneCode);
  const [copied, setCopied] = useState(false);
  const navigate = useNavigate();
  const { data, loading, error, reload } = useQuery(ProgressReportDocument, { zoneCode }, !zoneCode);
  const report = data?.progressReport;
  return (
    <>
      <h1>{t('report.title')}</h1>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (input.trim()) void navigate(`/report/${input.trim()}`);
        }}
      >
        <TextField
          label={t('report.zone')}
          value={input || zoneCode}
          onChange={setInput}
          inputMode="numeric"
        />
        <button type="submit">{t('report.show')}</button>
      </form>
      {zoneCode && <LoadState loading={loading && !data} error={error} retry={() => void reload()} />}
      {data && !report && <p className="notice">{t('zone.noAccess')}</p>}
      {report && (
        <section className="card">
          <div className="actions">
            <button
              type="button"
              onClick={() => {
                void navigator.clipboard?.writeText(report.markdown).then(() => setCopied(true));
              }}
            >
              {copied ? t('report.copied') : t('report.copy')}
            </button>
            <button
              type="button"
              onClick={() => downloadFile(reportFileName(report, 'md'), report.markdown, 'text/markdown')}
            >
              {t('report.downloadMd')}
            </button>
            <button
              type="button"
              onClick={() => downloadFile(reportFileName(report, 'csv'), reportCsv(report), 'text/csv')}
            >
              {t('report.downloadCsv')}
            </button>
          </div>
          <pre className="report" tabIndex={0} aria-label={t('report.title')}>
            {report.markdown}
          </pre>
        </section>
      )}
    </>
  );
}
