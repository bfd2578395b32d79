import { useState } from 'react';

import { IssueSelfReportCodeDocument } from '@census/client';

import { useApp } from '../app-context';
import { errorText, serverText } from '../i18n';

const ISSUERS = ['ENUMERATOR', 'SUPERVISOR', 'TOWNSHIP_OFFICER'];
const OPEN_STAGES = ['LISTED', 'ENUMERATING'];

/**
 * 发放自主填报码: issues the household's self-report code and shows it once, with the address the household opens
 * (the QR code's text). Issuing again replaces the old code, so the button says when one was issued before.
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
  const [busy, setBusy] = useState(false);
  if (!ISSUERS.includes(session?.account.role ?? '') || !OPEN_STAGES.includes(household.stage)) return null;

  async function issue() {
    setBusy(true);
    setError('');
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

  return (
    <section className="card" aria-labelledby="self-report-code">
      <h2 id="self-report-code">{t('selfReport.issue')}</h2>
      <p className="hint">{t('selfReport.issueText')}</p>
      {household.selfReportIssuedAt && !issued && (
        <p>{t('selfReport.issuedAt', { at: new Date(household.selfReportIssuedAt).toLocaleString() })}</p>
      )}
      {issued && (
        <div data-self-report-code={issued.code}>
          <p className="self-report-code">{t('selfReport.issued', { code: issued.code })}</p>
          {issued.link && (
            <p>
              {t('selfReport.link')}: <a href={issued.link}>{issued.link}</a>
            </p>
          )}
        </div>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" disabled={busy} onClick={() => void issue()}>
        {t('selfReport.issue')}
      </button>
    </section>
  );
}
