import { useState } from 'react';

import type * as ImportFilesModule from '@census/import-files';
import type {
  ImportKind,
  ImportTotals,
  Mapping,
  ReadFile,
  ReadGeoJson,
  RefusedFile,
  RefusedGeoJson,
  RowRejection,
} from '@census/import-files';

import { useApp } from '../app-context';
import { SelectField } from '../components/fields';
import { errorText, type MessageKey, serverText } from '../i18n';
import { downloadFile } from '../report';

/** The file reader, column mapping and sender (csv-parse in it): fetched when the first file is chosen. */
type ImportFiles = typeof ImportFilesModule;
const loadImportFiles = (): Promise<ImportFiles> => import('@census/import-files');

/** The CSV kinds, and 区划边界 (zone outlines, a GeoJSON FeatureCollection). */
type PageKind = ImportKind | 'boundaries';
const KINDS: readonly PageKind[] = ['registry', 'electricity', 'grid', 'zones', 'staff', 'boundaries'];
const PREVIEW_ROWS = 5;

interface ChosenFile {
  name: string;
  digest: string;
  bytes: Uint8Array;
  result: ReadFile | RefusedFile | ReadGeoJson | RefusedGeoJson;
}

/** A file read as the kind asks: CSV, or GeoJSON for outlines. */
const readAs = (lib: ImportFiles, kind: PageKind, bytes: Uint8Array) =>
  kind === 'boundaries' ? lib.readGeoJsonBytes(bytes) : lib.readCsvBytes(bytes);

/** A File's bytes (FileReader: every browser, and jsdom in the tests). */
function bytesOf(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsArrayBuffer(file);
  });
}

const rejectsName = (name: string) => `${name.replace(/\.(csv|geojson|json)$/i, '')}.rejects.csv`;

/**
 * 导入: an office imports a registry, electricity, grid, zone or staff file. The whole file is read and its
 * encoding decided first (UTF-8, else GBK/GB18030; a mixed or undecodable file is refused with the row and byte
 * where it goes wrong, and nothing of it is sent); the first rows are shown under the columns they map to; the
 * rows are then sent batch after batch under keys derived from the file's hash, so that importing the same file
 * again applies nothing twice. The API checks every row and the caller's zones.
 */
export function ImportsPage() {
  const { t, lang, request, session } = useApp();
  const [kind, setKind] = useState<PageKind>('registry');
  const [lib, setLib] = useState<ImportFiles | null>(null);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [reading, setReading] = useState(false);
  const [progress, setProgress] = useState<{ batches: number; of: number } | null>(null);
  const [totals, setTotals] = useState<ImportTotals | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const read = file && kind !== 'boundaries' && 'header' in file.result ? file.result : null;
  const outlines = file && kind === 'boundaries' && 'features' in file.result ? file.result : null;
  /** The CSV kind chosen (null for outlines). */
  const csvKind: ImportKind | null = kind === 'boundaries' ? null : kind;
  const converter = lib && read && csvKind ? lib.converterOf(csvKind, read.header) : null;
  const mapping: Mapping | null = converter?.mapping ?? null;

  function reset() {
    setProgress(null);
    setTotals(null);
    setFailure(null);
  }

  async function choose(chosen: File | undefined) {
    reset();
    setFile(null);
    if (!chosen) return;
    setReading(true);
    try {
      const files = lib ?? (await loadImportFiles());
      setLib(files);
      const bytes = await bytesOf(chosen);
      const digest = await files.sha256Hex(bytes);
      setFile({ name: chosen.name, digest, bytes, result: readAs(files, kind, bytes) });
    } catch (error) {
      setFailure(errorText(lang, error as Error));
    } finally {
      setReading(false);
    }
  }

  async function start() {
    if (!lib || !file || !session) return;
    if (outlines) return startOutlines(lib, file, outlines, session.account.id);
    if (!read || !converter || kind === 'boundaries') return;
    reset();
    setSending(true);
    try {
      const { rows, rejections } = lib.prepareRows(read.records, converter.convert);
      const result = await lib.sendFile({
        kind,
        request,
        account: session.account.id,
        fileName: file.name,
        fileDigest: file.digest,
        rows,
        rejections,
        read: read.records.length,
        batchSize: lib.maxBatchSize(kind),
        progress: ({ batches, of }) => setProgress({ batches, of }),
      });
      setTotals(result);
    } catch (error) {
      setFailure(errorText(lang, error as Error));
    } finally {
      setSending(false);
    }
  }

  /** 区划边界: the features sent in batches by count and size; rows are their positions in the file. */
  async function startOutlines(files: ImportFiles, chosen: ChosenFile, geo: ReadGeoJson, account: string) {
    reset();
    setSending(true);
    try {
      const result = await files.sendBoundaries({
        request,
        account,
        fileName: chosen.name,
        fileDigest: chosen.digest,
        features: geo.features,
        progress: ({ batches, of }) => setProgress({ batches, of }),
      });
      setTotals(result);
    } catch (error) {
      setFailure(errorText(lang, error as Error));
    } finally {
      setSending(false);
    }
  }

  function downloadRejects(rejections: RowRejection[]) {
    if (!lib || !file) return;
    const csv = lib.rejectsCsv(
      rejections,
      (field) =>
        kind === 'boundaries'
          ? lib.boundaryFieldLabel(field)
          : lib.fieldLabel(kind, field, mapping ?? undefined),
      (rejection) =>
        rejection.messageCode ? serverText(lang, rejection) : lib.messageIn(lang, rejection.message),
    );
    downloadFile(rejectsName(file.name), csv, 'text/csv');
  }

  const fields = mapping ? Object.keys(mapping.columns) : [];
  return (
    <>
      <h1>{t('imports.title')}</h1>
      <p>{t('imports.intro')}</p>
      <div className="filters">
        <SelectField
          label={t('imports.kind')}
          value={kind}
          onChange={(value) => {
            const next = value as PageKind;
            setKind(next);
            reset();
            // The file chosen is read again as the new kind asks (CSV or GeoJSON).
            if (file && lib) setFile({ ...file, result: readAs(lib, next, file.bytes) });
          }}
          disabled={sending}
          options={KINDS.map((value) => ({ value, label: t(`imports.kind.${value}` as MessageKey) }))}
        />
        <div className="field">
          <label htmlFor="import-file">{t('imports.file')}</label>
          <input
            id="import-file"
            type="file"
            accept={
              kind === 'boundaries' ? '.geojson,.json,application/geo+json,application/json' : '.csv,text/csv'
            }
            disabled={sending}
            onChange={(event) => void choose(event.target.files?.[0])}
          />
        </div>
      </div>
      {reading && <p role="status">{t('imports.reading')}</p>}
      {file && 'refused' in file.result && (
        <p role="alert" className="notice notice-error">
          {t('imports.refused', {
            code: file.result.refused.code,
            message: lib?.messageIn(lang, file.result.refused.message) ?? file.result.refused.message,
          })}
        </p>
      )}
      {kind === 'boundaries' && <p>{t('imports.boundariesHint')}</p>}
      {outlines && (
        <section aria-labelledby="import-preview">
          <p>{t('imports.features', { count: outlines.features.length })}</p>
          <h2 id="import-preview">
            {t('imports.previewFeatures', { count: Math.min(PREVIEW_ROWS, outlines.features.length) })}
          </h2>
          <div className="table-wrap">
            <table className="import-preview">
              <thead>
                <tr>
                  <th scope="col">{t('imports.row')}</th>
                  <th scope="col">{t('imports.zoneCode')}</th>
                  <th scope="col">{t('imports.vertices')}</th>
                </tr>
              </thead>
              <tbody>
                {outlines.features.slice(0, PREVIEW_ROWS).map((feature) => (
                  <tr key={feature.row}>
                    <td>{feature.row}</td>
                    <td>{feature.zoneCode ?? t('imports.noZoneCode')}</td>
                    <td>{feature.vertices}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <button type="button" className="primary" disabled={sending} onClick={() => void start()}>
              {t('imports.start')}
            </button>
          </div>
        </section>
      )}
      {read && mapping && (
        <section aria-labelledby="import-preview">
          <p>
            <span className="badge">
              {t('imports.encoding', { encoding: t(`imports.encoding.${read.encoding}` as MessageKey) })}
            </span>{' '}
            {t('imports.rows', { count: read.records.length })}
          </p>
          {mapping.missing.length > 0 && (
            <p role="alert" className="notice notice-error">
              {t('imports.missing', {
                columns: mapping.missing
                  .map((field) => lib?.fieldLabel(csvKind ?? 'zones', field) ?? field)
                  .join('、'),
              })}
            </p>
          )}
          {mapping.extra.length > 0 && <p>{t('imports.extra', { columns: mapping.extra.join('、') })}</p>}
          <h2 id="import-preview">
            {t('imports.preview', { count: Math.min(PREVIEW_ROWS, read.records.length) })}
          </h2>
          <div className="table-wrap">
            <table className="import-preview">
              <thead>
                <tr>
                  <th scope="col">{t('imports.row')}</th>
                  {fields.map((field) => (
                    <th scope="col" key={field}>
                      {lib?.fieldLabel(csvKind ?? 'zones', field)}
                      {mapping.columns[field] !== lib?.fieldLabel(csvKind ?? 'zones', field) && (
                        <span className="code"> {mapping.columns[field]}</span>
                      )}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {read.records.slice(0, PREVIEW_ROWS).map((record) => (
                  <tr key={record.row}>
                    <td>{record.row}</td>
                    {fields.map((field) => (
                      <td key={field}>{record.values[mapping.columns[field]] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={sending || mapping.missing.length > 0 || read.records.length === 0}
              onClick={() => void start()}
            >
              {t('imports.start')}
            </button>
          </div>
        </section>
      )}
      {progress && (
        <p>
          <progress
            value={progress.batches}
            max={Math.max(progress.of, 1)}
            aria-label={t('imports.progressLabel')}
          />{' '}
          <span role="status">{t('imports.progress', progress)}</span>
        </p>
      )}
      {failure && (
        <p role="alert" className="notice notice-error">
          {t('imports.failed', { message: failure })}
        </p>
      )}
      {totals && (
        <section aria-labelledby="import-summary">
          <h2 id="import-summary">{t('imports.summary')}</h2>
          <dl className="import-summary">
            <dt>{t('imports.read')}</dt>
            <dd>{totals.read}</dd>
            <dt>{t('imports.accepted')}</dt>
            <dd>{totals.accepted}</dd>
            <dt>{t('imports.alreadyPresent')}</dt>
            <dd>{totals.alreadyPresent}</dd>
            <dt>{t('imports.rejected')}</dt>
            <dd>{totals.rejected}</dd>
          </dl>
          {totals.replayedBatches > 0 && <p>{t('imports.replayed', { count: totals.replayedBatches })}</p>}
          {totals.rejections.length > 0 ? (
            <button type="button" onClick={() => downloadRejects(totals.rejections)}>
              {t('imports.downloadRejects')}
            </button>
          ) : (
            <p>{t('imports.noRejects')}</p>
          )}
        </section>
      )}
    </>
  );
}
