/**
 * An office moves a household into or out of the long-form sample (setLongFormSample): a reason is required, and the
 * move is confirmed first; the API audits it. Only county and township offices, and only before the household is
 * submitted (the API is the guard; this hides what they cannot do).
 */
import { type FormEvent, useState } from 'react';

import { SetLongFormSampleDocument } from '@census/client';

import { useApp } from '../app-context';
import { TextField } from '../components/fields';
import { errorText, serverText } from '../i18n';
import { EDITABLE_STAGES, type LoadedHousehold } from './HouseholdForm';

const OFFICES = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER'];

export function LongFormSample({
  household,
  reload,
  setMessage,
}: {
  household: Pick<LoadedHousehold, 'id' | 'version' | 'stage' | 'longForm'>;
  reload: () => Promise<void>;
  setMessage: (message: string) => void;
}) {
  const { t, lang, request, session } = useApp();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  if (!OFFICES.includes(session?.account.role ?? '') || !EDITABLE_STAGES.includes(household.stage))
    return null;
  const sampled = household.longForm.sampled;
  const action = sampled ? t('sample.moveOut') : t('sample.moveIn');

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (reason.trim() === '') {
      setError(t('sample.reasonRequired'));
      return;
    }
    setBusy(true);
    setError('');
    try {
      const { setLongFormSample: outcome } = await request(SetLongFormSampleDocument, {
        input: {
          id: household.id,
          expectedVersion: household.version,
          sampled: !sampled,
          reason: reason.trim(),
        },
      });
      if (outcome.userErrors.length > 0) {
        setError(outcome.userErrors.map((e) => serverText(lang, e)).join('；'));
        return;
      }
      setOpen(false);
      setReason('');
      setMessage(sampled ? t('sample.movedOut') : t('sample.movedIn'));
      await reload();
    } catch (failure) {
      setError(errorText(lang, failure as Error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card long-form-sample">
      {!open ? (
        <button type="button" onClick={() => setOpen(true)}>
          {action}
        </button>
      ) : (
        <form className="confirm" aria-label={action} onSubmit={(event) => void confirm(event)} noValidate>
          <p>{sampled ? t('sample.confirmOut') : t('sample.confirmIn')}</p>
          <TextField
            label={t('sample.reason')}
            name="sampleReason"
            value={reason}
            onChange={(value) => {
              setReason(value);
              setError('');
            }}
            error={error || undefined}
            autoFocus
          />
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {t('sample.confirm')}
            </button>
            <button type="button" disabled={busy} onClick={() => setOpen(false)}>
              {t('sample.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
