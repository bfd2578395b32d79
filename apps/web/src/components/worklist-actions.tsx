import { useState } from 'react';

import {
  CloseWorklistItemDocument,
  ReopenWorklistItemDocument,
  type WorklistItemFieldsFragment,
  type WorklistOutcome,
} from '@census/client';
import { formatBeijingMoment } from '@census/rules';

import { useApp } from '../app-context';
import { dynamicKey, errorText, serverText } from '../i18n';
import { SelectField, TextField } from './fields';

/** Roles the API lets close and reopen worklist items. */
export const WORKLIST_SETTLERS = ['ENUMERATOR', 'SUPERVISOR', 'TOWNSHIP_OFFICER', 'COUNTY_ADMIN'];

/** The outcomes, in the order offered. */
export const WORKLIST_OUTCOMES: readonly WorklistOutcome[] = [
  'ADDED_TO_LISTING',
  'CONFIRMED_LISTED_ELSEWHERE',
  'NOT_LIVING_HERE',
  'REGISTRY_OUTDATED',
  'OTHER',
];

/** An item's outcome, or the form to close it with one; a closed item can be reopened. */
export function WorklistActions({
  item,
  canSettle,
  onDone,
}: {
  item: WorklistItemFieldsFragment;
  canSettle: boolean;
  /** Called with the item as the API answered it after the change. */
  onDone: (message: string, item: WorklistItemFieldsFragment) => void;
}) {
  const { t, lang, request } = useApp();
  const [closing, setClosing] = useState(false);
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function act(kind: 'close' | 'reopen') {
    if (kind === 'close' && !outcome) return setError(t('worklist.outcomeRequired'));
    if (kind === 'close' && outcome === 'OTHER' && !note.trim()) return setError(t('worklist.noteRequired'));
    setBusy(true);
    setError('');
    try {
      const payload =
        kind === 'close'
          ? (
              await request(CloseWorklistItemDocument, {
                input: {
                  id: item.id,
                  outcome: outcome as WorklistOutcome,
                  ...(note.trim() ? { note: note.trim() } : {}),
                },
              })
            ).closeWorklistItem
          : (await request(ReopenWorklistItemDocument, { input: { id: item.id } })).reopenWorklistItem;
      if (payload.userErrors.length > 0 || !payload.item)
        setError(payload.userErrors.map((e) => serverText(lang, e)).join('; '));
      else {
        setClosing(false);
        onDone(t(kind === 'close' ? 'worklist.closedDone' : 'worklist.reopenedDone'), payload.item);
      }
    } catch (caught) {
      setError(errorText(lang, caught as Error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="worklist-actions">
      {item.status === 'CLOSED' && item.outcome && (
        <p>
          <strong>{t(dynamicKey('worklist.outcome.', item.outcome))}</strong>
          {item.note ? ` · ${item.note}` : ''}
          {item.closedAt && (
            <span className="hint">
              {t('worklist.closedBy', {
                who: item.closedBy?.username ?? '—',
                at: formatBeijingMoment(new Date(item.closedAt)),
              })}
            </span>
          )}
        </p>
      )}
      {canSettle && item.status === 'OPEN' && !closing && (
        <button type="button" onClick={() => setClosing(true)}>
          {t('worklist.settle')}
        </button>
      )}
      {canSettle && item.status === 'OPEN' && closing && (
        <div className="worklist-close">
          <SelectField
            label={t('worklist.outcome')}
            value={outcome}
            onChange={setOutcome}
            blank={t('household.blank')}
            options={WORKLIST_OUTCOMES.map((value) => ({
              value,
              label: t(dynamicKey('worklist.outcome.', value)),
            }))}
          />
          <TextField label={t('worklist.note')} value={note} onChange={setNote} />
          <button type="button" className="primary" disabled={busy} onClick={() => void act('close')}>
            {t('worklist.close')}
          </button>
          <button type="button" disabled={busy} onClick={() => setClosing(false)}>
            {t('worklist.cancel')}
          </button>
        </div>
      )}
      {canSettle && item.status === 'CLOSED' && (
        <button type="button" disabled={busy} onClick={() => void act('reopen')}>
          {t('worklist.reopen')}
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
