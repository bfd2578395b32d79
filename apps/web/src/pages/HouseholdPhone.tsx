/**
 * The household's phone, masked as the API gives it, with "显示号码" for the roles whose work needs the full number
 * (the API's UNMASKING_ROLES among the web's users): the full number is read on request only (the read is written
 * to the audit log) and shown as a `tel:` link to call it. A refusal shows the API's coded message.
 */
import { useState } from 'react';

import { HouseholdPhoneUnmaskedDocument } from '@census/client';

import { useApp } from '../app-context';
import { errorText } from '../i18n';

/** Staff roles the API lets read the full phone (libs/api privacy.resolver.ts UNMASKING_ROLES). */
export const PHONE_REVEALERS = ['ENUMERATOR', 'SUPERVISOR'];

export function HouseholdPhone({ household }: { household: { id: string; phone?: string | null } }) {
  const { t, lang, session, request } = useApp();
  const [full, setFull] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const mayReveal = PHONE_REVEALERS.includes(session?.account.role ?? '');

  async function reveal() {
    setBusy(true);
    setError('');
    try {
      const { node } = await request(HouseholdPhoneUnmaskedDocument, { id: household.id });
      const phone = node && 'phone' in node ? node.phone : null;
      if (phone) setFull(phone);
    } catch (caught) {
      setError(errorText(lang, caught as Error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="household-phone">
      <span>
        {t('phone.label')}:{' '}
        {full ? (
          <a href={`tel:${full}`} className="tel" aria-label={t('phone.call', { phone: full })}>
            {full}
          </a>
        ) : (
          <span className="code-text">{household.phone ?? t('phone.none')}</span>
        )}
      </span>
      {household.phone && mayReveal && !full && (
        <button
          type="button"
          className="small"
          disabled={busy}
          title={t('phone.audited')}
          onClick={() => void reveal()}
        >
          {busy ? t('phone.revealing') : t('phone.reveal')}
        </button>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
