/**
 * One person of the household page as a collapsible card: a summary line (第N人 name, relationship, sex, age) that
 * expands to the person's items, marked and expanded when one of them has a problem; with a delete button that
 * asks first (a person added by mistake).
 */
import { useId, useState } from 'react';

import { ageAt, RELATIONSHIP_LABELS, SEX_LABELS } from '@census/rules';

import { useApp } from '../app-context';
import type { PersonDraft } from '../household-form';
import { type IssueAt, PersonFields } from './HouseholdFormFields';

/** "第3人" or "新人员": how the page names a person in its summary and its problem list. */
export function usePersonName() {
  const { t } = useApp();
  return (person: Pick<PersonDraft, 'id' | 'key'>): string =>
    person.id ? t('person.line', { line: person.key }) : t('household.newPerson');
}

/** The summary line of a collapsed card. */
export function usePersonSummary() {
  const { t, lang } = useApp();
  const unknown = t('person.unknown');
  return (person: PersonDraft): string => {
    const year = Number(person.birthYear);
    const month = Number(person.birthMonth);
    const known = person.birthYear.trim() !== '' && Number.isInteger(year) && Number.isInteger(month);
    const relationship = RELATIONSHIP_LABELS[person.relationship as keyof typeof RELATIONSHIP_LABELS];
    const sex = SEX_LABELS[person.sex as keyof typeof SEX_LABELS];
    const fields = {
      name: person.name.trim() || unknown,
      relationship: relationship?.[lang] ?? unknown,
      sex: sex?.[lang] ?? unknown,
      age: known ? t('person.age', { age: ageAt(year, month || 1) }) : unknown,
    };
    return person.id ? t('person.summary', { line: person.key, ...fields }) : t('person.summaryNew', fields);
  };
}

export function PersonCard({
  person,
  open,
  onToggle,
  hasProblem,
  disabled,
  editable,
  set,
  issueAt,
  onDelete,
}: {
  person: PersonDraft;
  open: boolean;
  onToggle: () => void;
  hasProblem: boolean;
  disabled: boolean;
  editable: boolean;
  set: (item: keyof PersonDraft) => (value: string | boolean) => void;
  issueAt: IssueAt;
  /** Deletes the person (on the server when saved); answers the refusal's text, or null when done. */
  onDelete: () => Promise<string | null>;
}) {
  const { t } = useApp();
  const summary = usePersonSummary()(person);
  const bodyId = useId();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function remove() {
    setBusy(true);
    setError('');
    try {
      const refused = await onDelete();
      if (refused) setError(refused);
      else setConfirming(false);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section
      className={`card person-card${hasProblem ? ' person-invalid' : ''}`}
      data-person-card={person.key}
      aria-label={summary}
    >
      <button
        type="button"
        className="person-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={onToggle}
      >
        <span className="person-summary">{summary}</span>
        {hasProblem && <span className="person-flag">{t('person.hasProblem')}</span>}
        <span className="person-chevron" aria-hidden="true">
          {open ? '▴' : '▾'}
        </span>
      </button>
      <div id={bodyId} hidden={!open}>
        <PersonFields person={person} disabled={disabled} set={set} issueAt={issueAt} plain />
        {editable && !confirming && (
          <button
            type="button"
            className="danger-link"
            disabled={disabled}
            onClick={() => setConfirming(true)}
          >
            {t('person.delete')}
          </button>
        )}
        {editable && confirming && (
          <div className="confirm" role="group" aria-label={t('person.delete')}>
            <p>
              {person.id
                ? t('person.deleteConfirm', { line: person.key, name: person.name })
                : t('person.deleteUnsavedConfirm')}
            </p>
            <div className="actions">
              <button type="button" className="danger" disabled={busy} onClick={() => void remove()}>
                {t('person.deleteYes')}
              </button>
              <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
                {t('person.deleteNo')}
              </button>
            </div>
          </div>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </section>
  );
}
