import { useState } from 'react';

import { ApproveHouseholdDocument, ReturnHouseholdDocument } from '@census/client';

import { useApp } from '../app-context';
import { errorText, serverText } from '../i18n';
import { TextField } from './fields';

/** Approve, or return with a reason, one submitted household. */
export function ReviewActions({
  household,
  onDone,
}: {
  household: { id: string; number: string; version: number; smallZoneCode?: string };
  onDone: (message: string) => void;
}) {
  const { t, lang, request } = useApp();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function act(kind: 'approve' | 'return') {
    if (kind === 'return' && !reason.trim()) {
      setError(t('review.reasonRequired'));
      return;
    }
    setBusy(true);
    setError('');
    try {
      const errors =
        kind === 'approve'
          ? (
              await request(ApproveHouseholdDocument, {
                input: { id: household.id, expectedVersion: household.version },
              })
            ).approveHousehold.userErrors
          : (
              await request(ReturnHouseholdDocument, {
                input: { id: household.id, expectedVersion: household.version, reason: reason.trim() },
              })
            ).returnHousehold.userErrors;
      if (errors.length > 0) setError(errors.map((e) => serverText(lang, e)).join('; '));
      else {
        // The full household code: a supervisor's small zones each have a household 001.
        const number = household.smallZoneCode
          ? `${household.smallZoneCode}-${household.number}`
          : household.number;
        onDone(t(kind === 'approve' ? 'review.approved' : 'review.returnedDone', { number }));
      }
    } catch (caught) {
      setError(errorText(lang, caught as Error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="review-actions">
      <button type="button" className="primary" disabled={busy} onClick={() => void act('approve')}>
        {t('review.approve')}
      </button>
      {returning ? (
        <form
          className="return-form"
          onSubmit={(event) => {
            event.preventDefault();
            void act('return');
          }}
        >
          <TextField
            label={t('review.reason')}
            value={reason}
            onChange={setReason}
            error={error || undefined}
            autoFocus
          />
          <button type="submit" disabled={busy}>
            {t('review.return')}
          </button>
        </form>
      ) : (
        <button type="button" disabled={busy} onClick={() => setReturning(true)}>
          {t('review.return')}
        </button>
      )}
      {error && !returning && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
