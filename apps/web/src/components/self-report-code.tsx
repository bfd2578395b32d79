import { useEffect, useState } from 'react';

import { IssueSelfReportCodeDocument } from '@census/client';
import { formatBeijingMoment } from '@census/rules';

import { useApp } from '../app-context';
import { errorText, serverText } from '../i18n';

const ISSUERS = ['ENUMERATOR', 'SUPERVISOR', 'TOWNSHIP_OFFICER'];
const OPEN_STAGES = ['LISTED', 'ENUMERATING'];

/** Whether the account may issue a self-report code for a household at this stage. */
export function maySelfReport(role: string | undefined, stage: string): boolean {
  return ISSUERS.includes(role ?? '') && OPEN_STAGES.includes(stage);
}

/**
 * The QR code of `text` as an SVG data address. The encoder (qrcode-generator) is loaded when a code is shown, in a
 * chunk of its own: the household page does not carry it.
 */
export async function qrImage(text: string): Promise<string> {
  const { default: qrcode } = await import('qrcode-generator');
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const svg = qr.createSvgTag({ cellSize: 4, margin: 4, scalable: true });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

function QrCode({ text }: { text: string }) {
  const { t } = useApp();
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void qrImage(text).then(
      (image) => live && setSrc(image),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [text]);
  return src ? (
    <img className="qr" src={src} alt={t('selfReport.qr')} width={200} height={200} />
  ) : (
    <div className="qr qr-loading" aria-hidden="true" />
  );
}

/**
 * 发放自主填报码: issues the household's self-report code and shows it once, as text (never wrapped at its
 * hyphen) and as a QR code of the address the household opens, with copy and share. Issuing again makes the old
 * code stop working, so it asks first.
 */
export function SelfReportCode({
  household,
  onIssued,
}: {
  household: { id: string; stage: string; selfReportIssuedAt?: string | null };
  onIssued: () => void;
}) {
  const { t, lang, session, request } = useApp();
  const [issued, setIssued] = useState<{ code: string; link: string } | null>(null);
  const [error, setError] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  if (!maySelfReport(session?.account.role, household.stage)) return null;
  const reissue = Boolean(issued || household.selfReportIssuedAt);

  async function issue() {
    setBusy(true);
    setError('');
    setNote('');
    setConfirming(false);
    try {
      const { issueSelfReportCode } = await request(IssueSelfReportCodeDocument, {
        input: { householdId: household.id },
      });
      if (issueSelfReportCode.code) {
        setIssued({ code: issueSelfReportCode.code, link: issueSelfReportCode.qrPayload ?? '' });
        onIssued();
      } else setError(issueSelfReportCode.userErrors.map((e) => serverText(lang, e)).join('; '));
    } catch (caught) {
      setError(errorText(lang, caught as Error));
    } finally {
      setBusy(false);
    }
  }

  async function copy(code: string) {
    try {
      await navigator.clipboard.writeText(code);
      setNote(t('selfReport.copied'));
    } catch {
      setNote(t('selfReport.copyFailed'));
    }
  }

  async function share(code: string, link: string) {
    try {
      await navigator.share({
        title: t('selfReport.title'),
        text: t('selfReport.issued', { code }),
        url: link,
      });
    } catch {
      // Cancelled by the person, or not allowed here: nothing to say.
    }
  }

  return (
    <section className="card self-report" aria-labelledby="self-report-code">
      <h2 id="self-report-code">{t('selfReport.issue')}</h2>
      <p className="hint">{t('selfReport.issueText')}</p>
      {household.selfReportIssuedAt && !issued && (
        <p>{t('selfReport.issuedAt', { at: formatBeijingMoment(new Date(household.selfReportIssuedAt)) })}</p>
      )}
      {issued && (
        <div data-self-report-code={issued.code}>
          <p className="self-report-code">
            {t('selfReport.codeLabel')}
            <span className="code-text">{issued.code}</span>
          </p>
          {issued.link && <QrCode text={issued.link} />}
          <div className="actions">
            <button type="button" onClick={() => void copy(issued.code)}>
              {t('selfReport.copy')}
            </button>
            {typeof navigator.share === 'function' && (
              <button type="button" onClick={() => void share(issued.code, issued.link)}>
                {t('selfReport.share')}
              </button>
            )}
          </div>
          <p className="hint" role="status" aria-live="polite">
            {note}
          </p>
          {issued.link && (
            <p className="hint">
              {t('selfReport.linkLabel')}
              <a href={issued.link}>{issued.link}</a>
            </p>
          )}
        </div>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {confirming ? (
        <div className="confirm" role="group" aria-label={t('selfReport.reissue')}>
          <p>{t('selfReport.reissueConfirm')}</p>
          <div className="actions">
            <button type="button" className="danger" disabled={busy} onClick={() => void issue()}>
              {t('selfReport.reissueYes')}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
              {t('selfReport.reissueNo')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" disabled={busy} onClick={() => (reissue ? setConfirming(true) : void issue())}>
          {reissue ? t('selfReport.reissue') : t('selfReport.issue')}
        </button>
      )}
    </section>
  );
}
