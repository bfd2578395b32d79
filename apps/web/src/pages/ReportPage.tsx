import { useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { ProgressReportDocument, ZoneByCodeDocument } from '@census/client';
import { parentZoneCode } from '@census/rules';

import { useApp } from '../app-context';
import { DataAsOf } from '../components/data-as-of';
import { SelectField, TextField } from '../components/fields';
import { ReportTextsForm } from '../components/report-texts-form';
import { ReportView } from '../components/report-view';
import { LoadState } from '../components/status';
import { useHomeZones } from '../home-zones';
import { downloadFile, type Report, reportCsv, reportDocx, reportFileName } from '../report';
import { useQuery } from '../use-query';

/** Offices write into the report; the others read it. */
const EDITORS = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER'];

/** Levels whose offices choose a child zone's report from a list (the township's census zones too). */
const PICKER_LEVELS = ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP'];

/** How the entered households compare with the households listed (the "住户总数" tile of the progress pages). */
function EnteredLine({ figures }: { figures: Report['figures'] }) {
  const { t } = useApp();
  const listed = figures.households - figures.enteredHouseholds;
  return (
    <p className="report-entered" data-entered={figures.enteredHouseholds} data-listed={listed}>
      {t('report.entered', { entered: figures.enteredHouseholds, listed, households: figures.households })}
    </p>
  );
}

/** The child zones of the report's zone, to open one's report. */
function ChildPicker({ code, level }: { code: string; level: string }) {
  const { t } = useApp();
  const navigate = useNavigate();
  const skip = !PICKER_LEVELS.includes(level);
  const { data } = useQuery(ZoneByCodeDocument, { code, childrenFirst: 100 }, skip);
  const children = data?.zone?.children.nodes ?? [];
  if (skip || children.length === 0) return null;
  return (
    <SelectField
      className="child-picker"
      label={t('report.childZone')}
      value=""
      blank="—"
      options={children.map((child) => ({ value: child.code, label: `${child.name}（${child.code}）` }))}
      onChange={(value) => {
        if (value) void navigate(`/report/${value}`);
      }}
    />
  );
}

/**
 * The progress report (进展情况汇报) of a zone: a formatted view of the API's document model, the office's texts
 * edited in place, downloads as Word (.docx), Markdown and CSV, and a picker of the child zones.
 */
export function ReportPage({ code }: { code: string }) {
  const { t, session } = useApp();
  const home = useHomeZones();
  const zoneCode = code || (home.zones?.length === 1 ? (home.zones[0]?.code ?? '') : '');
  const [input, setInput] = useState(zoneCode);
  const [copied, setCopied] = useState(false);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [preparing, setPreparing] = useState(false);
  const [docxError, setDocxError] = useState('');
  const navigate = useNavigate();
  const { data, loading, error, reload } = useQuery(ProgressReportDocument, { zoneCode }, !zoneCode);
  const report = data?.progressReport;
  const canEdit = EDITORS.includes(session?.account.role ?? '');
  const parentCode = report ? parentZoneCode(report.zone.code) : null;
  const atHome = !home.zones || home.zones.some((z) => z.code === zoneCode);

  async function downloadDocx(current: Report) {
    setPreparing(true);
    setDocxError('');
    try {
      downloadFile(reportFileName(current, 'docx'), await reportDocx(current.document), '');
    } catch (caught) {
      setDocxError((caught as Error).message);
    } finally {
      setPreparing(false);
    }
  }

  return (
    <>
      <h1>{t('report.title')}</h1>
      <div className="report-pickers">
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
        {report && (
          <ChildPicker
            key={report.zone.code}
            code={report.zone.code}
            level={report.figures.zone?.level ?? ''}
          />
        )}
        {report && parentCode && !atHome && (
          <Link className="report-up" to={`/report/${parentCode}`}>
            ↑ {t('zone.up')}
          </Link>
        )}
      </div>
      {zoneCode && <LoadState loading={loading && !data} error={error} retry={() => void reload()} />}
      {data && !report && <p className="notice">{t('zone.noAccess')}</p>}
      {report && (
        <>
          <section className="card">
            <div className="actions">
              <button
                type="button"
                className="primary"
                disabled={preparing}
                onClick={() => void downloadDocx(report)}
              >
                {t('report.downloadDocx')}
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
              <button
                type="button"
                onClick={() => {
                  void navigator.clipboard?.writeText(report.markdown).then(() => setCopied(true));
                }}
              >
                {copied ? t('report.copied') : t('report.copy')}
              </button>
              {canEdit && (
                <button
                  type="button"
                  aria-expanded={editing}
                  onClick={() => {
                    setEditing(!editing);
                    setSaved(false);
                  }}
                >
                  {t('report.edit')}
                </button>
              )}
            </div>
            {docxError && (
              <p className="field-error" role="alert">
                {docxError}
              </p>
            )}
            {saved && (
              <p className="notice" role="status">
                {t('report.saved')}
              </p>
            )}
            <DataAsOf at={report.asOf} />
            <EnteredLine figures={report.figures} />
          </section>
          {editing && canEdit && (
            <ReportTextsForm
              key={`${report.zone.code}:${report.reportTexts?.version ?? 0}`}
              zoneCode={report.zone.code}
              texts={report.reportTexts}
              onSaved={() => {
                setEditing(false);
                setSaved(true);
                void reload();
              }}
            />
          )}
          <section className="card report-card" aria-label={report.document.title}>
            <ReportView document={report.document} />
          </section>
        </>
      )}
    </>
  );
}
