import { useEffect, useId, useRef, useState } from 'react';

import {
  ApproveHouseholdDocument,
  ReturnHouseholdDocument,
  type ReturnReasonCode,
  type ReturnReasonInput,
} from '@census/client';
import { ITEM_LABELS, RETURN_REASON_ITEMS, RETURN_REASON_LABELS } from '@census/rules';

import { useApp } from '../app-context';
import { errorText, serverText } from '../i18n';

/** Seconds an approval waits, with 撤销 offered, before it is sent. */
export const UNDO_SECONDS = 5;

const REASON_CODES = Object.keys(RETURN_REASON_LABELS) as ReturnReasonCode[];
const PERSON_ITEMS = Object.keys(ITEM_LABELS).filter(
  (key) => key.startsWith('person.') && !['person.birthYear', 'person.birthMonth'].includes(key),
);
const HOUSEHOLD_ITEMS = Object.keys(ITEM_LABELS).filter((key) => key.startsWith('household.'));

export interface ReviewPerson {
  id: string;
  lineNumber: number;
  name: string | null;
}

/** The full household code: a supervisor's small zones each have a household 001. */
function codeOf(household: { number: string; smallZoneCode?: string }) {
  return household.smallZoneCode ? `${household.smallZoneCode}-${household.number}` : household.number;
}

/**
 * Approve (sent after a few seconds in which 撤销 takes it back), or return with preset reasons on the household or
 * a person and item, and a note.
 */
export function ReviewActions({
  household,
  persons = [],
  onDone,
}: {
  household: { id: string; number: string; version: number; smallZoneCode?: string };
  persons?: readonly ReviewPerson[];
  onDone: (message: string) => void;
}) {
  const { t, lang, request } = useApp();
  const [returning, setReturning] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [countdown, setCountdown] = useState<number | null>(null);
  const number = codeOf(household);

  async function approve() {
    setBusy(true);
    setError('');
    try {
      const errors = (
        await request(ApproveHouseholdDocument, {
          input: { id: household.id, expectedVersion: household.version },
        })
      ).approveHousehold.userErrors;
      if (errors.length > 0) setError(errors.map((e) => serverText(lang, e)).join('; '));
      else onDone(t('review.approved', { number }));
    } catch (caught) {
      setError(errorText(lang, caught as Error));
    } finally {
      setBusy(false);
    }
  }

  // The pending approval: counted down each second, sent at zero; leaving the page sends it at once.
  const send = useRef(approve);
  send.current = approve;
  const pending = countdown !== null;
  useEffect(() => {
    if (!pending) return undefined;
    const timer = setInterval(() => {
      setCountdown((left) => (left === null ? null : left - 1));
    }, 1000);
    return () => clearInterval(timer);
  }, [pending]);
  useEffect(() => {
    if (countdown === 0) {
      setCountdown(null);
      void send.current();
    }
  }, [countdown]);
  const left = useRef<number | null>(null);
  left.current = countdown;
  useEffect(
    () => () => {
      if (left.current !== null && left.current > 0) void send.current();
    },
    [],
  );

  return (
    <div className="review-actions">
      {pending ? (
        <p className="undo-bar" role="status">
          {t('review.approving', { number, seconds: countdown })}{' '}
          <button
            type="button"
            onClick={() => {
              setCountdown(null);
              onDone(t('review.undone', { number }));
            }}
          >
            {t('review.undo')}
          </button>
        </p>
      ) : (
        <button type="button" className="primary" disabled={busy} onClick={() => setCountdown(UNDO_SECONDS)}>
          {t('review.approve')}
        </button>
      )}
      {returning ? (
        <ReturnForm
          household={household}
          persons={persons}
          onCancel={() => setReturning(false)}
          onDone={() => {
            setReturning(false);
            onDone(t('review.returnedDone', { number }));
          }}
        />
      ) : (
        <button type="button" disabled={busy || pending} onClick={() => setReturning(true)}>
          {t('review.return')}
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

interface DraftReason {
  code: ReturnReasonCode;
  personId: string;
  item: string;
  note: string;
}

const EMPTY: DraftReason = { code: 'PERSON_COUNT_MISMATCH', personId: '', item: '', note: '' };

/** 退回: a list of preset reasons, each on the household or a person and item, with a note. */
export function ReturnForm({
  household,
  persons,
  onCancel,
  onDone,
}: {
  household: { id: string; version: number };
  persons: readonly ReviewPerson[];
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t, lang, request } = useApp();
  const id = useId();
  const [reasons, setReasons] = useState<DraftReason[]>([EMPTY]);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const change = (index: number, patch: Partial<DraftReason>) =>
    setReasons((all) => all.map((reason, i) => (i === index ? { ...reason, ...patch } : reason)));

  async function submit() {
    if (reasons.some((reason) => reason.code === 'OTHER' && !reason.note.trim())) {
      setError(t('review.reasonRequired'));
      return;
    }
    setBusy(true);
    setError('');
    try {
      const input: ReturnReasonInput[] = reasons.map((reason) => ({
        code: reason.code,
        personId: reason.personId || null,
        item: reason.item || null,
        note: reason.note.trim() || null,
      }));
      const errors = (
        await request(ReturnHouseholdDocument, {
          input: { id: household.id, expectedVersion: household.version, reasons: input },
        })
      ).returnHousehold.userErrors;
      if (errors.length > 0) setError(errors.map((e) => serverText(lang, e)).join('; '));
      else onDone();
    } catch (caught) {
      setError(errorText(lang, caught as Error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="return-form"
      aria-label={t('review.reasonsList')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {reasons.map((reason, index) => {
        const items = reason.personId ? PERSON_ITEMS : HOUSEHOLD_ITEMS;
        return (
          <fieldset key={index} className="return-reason" data-reason={index}>
            <legend>
              {t('review.preset')} {reasons.length > 1 ? index + 1 : ''}
            </legend>
            <div className="filter">
              <label htmlFor={`${id}-${index}-code`}>{t('review.preset')}</label>
              <select
                id={`${id}-${index}-code`}
                value={reason.code}
                onChange={(event) => {
                  const code = event.target.value as ReturnReasonCode;
                  const item = RETURN_REASON_ITEMS[code];
                  change(index, {
                    code,
                    ...(item && reason.personId ? { item } : {}),
                  });
                }}
              >
                {REASON_CODES.map((code) => (
                  <option key={code} value={code}>
                    {RETURN_REASON_LABELS[code][lang]}
                  </option>
                ))}
              </select>
            </div>
            <div className="filter">
              <label htmlFor={`${id}-${index}-person`}>{t('review.person')}</label>
              <select
                id={`${id}-${index}-person`}
                value={reason.personId}
                onChange={(event) => {
                  const personId = event.target.value;
                  const preset = RETURN_REASON_ITEMS[reason.code];
                  change(index, { personId, item: personId ? (preset ?? '') : '' });
                }}
              >
                <option value="">{t('review.wholeHousehold')}</option>
                {persons.map((person) => (
                  <option key={person.id} value={person.id}>
                    {t('review.personLine', { line: person.lineNumber })} {person.name ?? ''}
                  </option>
                ))}
              </select>
            </div>
            <div className="filter">
              <label htmlFor={`${id}-${index}-item`}>{t('review.item')}</label>
              <select
                id={`${id}-${index}-item`}
                value={reason.item}
                onChange={(event) => change(index, { item: event.target.value })}
              >
                <option value="">{t('review.noItem')}</option>
                {items.map((item) => (
                  <option key={item} value={item}>
                    {ITEM_LABELS[item as keyof typeof ITEM_LABELS][lang]}
                  </option>
                ))}
              </select>
            </div>
            <div className="filter">
              <label htmlFor={`${id}-${index}-note`}>{t('review.note')}</label>
              <input
                id={`${id}-${index}-note`}
                type="text"
                maxLength={200}
                value={reason.note}
                onChange={(event) => change(index, { note: event.target.value })}
              />
            </div>
            {reasons.length > 1 && (
              <button
                type="button"
                className="link-button"
                onClick={() => setReasons((all) => all.filter((_, i) => i !== index))}
              >
                {t('review.removeReason')}
              </button>
            )}
          </fieldset>
        );
      })}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="return-buttons">
        <button type="button" onClick={() => setReasons((all) => [...all, EMPTY])}>
          {t('review.addReason')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {t('review.sendReturn')}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          {t('review.cancel')}
        </button>
      </div>
    </form>
  );
}
