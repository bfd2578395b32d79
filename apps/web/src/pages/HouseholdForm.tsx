import { type FormEvent, useMemo } from 'react';

import type { WebHouseholdQuery } from '@census/client';

import { useApp } from '../app-context';
import { type FormHousehold, type FormOperations, staffOperations } from '../form-operations';
import {
  createPersonInput,
  type FieldIssue,
  householdChanges,
  type HouseholdDraft,
  type KeyedServerError,
  keySaveErrors,
  keyServerErrors,
  personChanges,
  type PersonDraft,
  personDraft,
  saveHouseholdInput,
} from '../household-form';
import type { MessageKey } from '../i18n';
import { type FormState, useHouseholdFormState } from './household-form-state';
import { HouseholdItemsFields, PersonFields, ServerIssues } from './HouseholdFormFields';

export type LoadedHousehold = Extract<NonNullable<WebHouseholdQuery['node']>, { __typename: 'Household' }>;

export const EDITABLE_STAGES = ['LISTED', 'ENUMERATING', 'RETURNED'];

/** Text of a problem at a field, in the interface language. */
export function useIssueText() {
  const { t, lang } = useApp();
  return (key: string, issue: FieldIssue): string => {
    if (issue.server) {
      const label = `server.${issue.code}` as MessageKey;
      return lang === 'zh' ? `${t(label)}（${t('server.serverSays')}${issue.detail}）` : issue.detail;
    }
    if (issue.code === 'INVALID_LENGTH' && key.endsWith('.citizenId'))
      return t('rule.citizenIdLength', issue.params);
    const ruleKey = `rule.${issue.code}` as MessageKey;
    return lang === 'en' ? issue.detail : t(ruleKey);
  };
}

/** A fresh key for one change: a resend of it is applied once (the browser's UUID where it has one). */
export function newIdempotencyKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Sends the changed household items and persons (staff: as one `saveHousehold`, all or nothing); answers the persons as saved (or as typed, where refused), the
 * server's problems at their fields, and whether anything was stored.
 */
async function sendChanges(
  ops: FormOperations,
  household: FormHousehold,
  state: Pick<FormState, 'draft' | 'persons'>,
): Promise<{ persons: PersonDraft[]; errors: KeyedServerError[]; changed: boolean }> {
  if (ops.saveHousehold) {
    const save = saveHouseholdInput(household, state.draft, state.persons);
    if (!save) return { persons: state.persons, errors: [], changed: false };
    const outcome = await ops.saveHousehold({ ...save.input, idempotencyKey: newIdempotencyKey() });
    const saved = outcome.household;
    return saved
      ? { persons: saved.persons.map(personDraft), errors: [], changed: true }
      : { persons: state.persons, errors: keySaveErrors(outcome.userErrors, save.keys), changed: false };
  }
  const errors: KeyedServerError[] = [];
  let changed = false;
  const changes = householdChanges(household, state.draft);
  if (changes) {
    const updateHousehold = await ops.updateHousehold(changes);
    errors.push(...keyServerErrors(updateHousehold.userErrors, 'household'));
    changed ||= updateHousehold.userErrors.length === 0;
  }
  const persons: PersonDraft[] = [];
  for (const person of state.persons) {
    const original = household.persons.find((p) => p.id === person.id);
    const input = original ? personChanges(original, person) : null;
    if (original && !input) {
      persons.push(person);
      continue;
    }
    const outcome = input
      ? await ops.updatePerson(input)
      : await ops.createPerson(createPersonInput(household.id, person));
    errors.push(...keyServerErrors(outcome.userErrors, `persons.${person.key}`));
    if (outcome.person) {
      changed = true;
      persons.push(personDraft(outcome.person));
    } else persons.push(person);
  }
  return { persons, errors, changed };
}

/**
 * The short form of one household: household items and persons, checked with the census rules as you type, saved
 * as the changed fields only, and submitted; the server's userErrors are shown at the fields they name. Staff use
 * it on the household page; a resident uses it on the self-report page (`resident`: its own operations, and
 * without the status and household kind, which only the enumerator sets).
 */
export function HouseholdForm({
  household,
  reload,
  onMessage,
  operations,
  resident = false,
  onSubmitted,
}: {
  household: FormHousehold;
  reload: () => Promise<void>;
  onMessage: (message: string) => void;
  /** How to reach the API; the staff mutations unless given. */
  operations?: FormOperations;
  resident?: boolean;
  /** Called after a successful submit instead of showing the message and reloading. */
  onSubmitted?: () => void;
}) {
  const { t, request } = useApp();
  const ops = useMemo(() => operations ?? staffOperations(request), [operations, request]);
  const issueText = useIssueText();
  const editable = EDITABLE_STAGES.includes(household.stage);
  const { state, dispatch, clientIssues, formRef } = useHouseholdFormState(household);
  const { draft, persons, touched, showAll, serverIssues, busy } = state;

  const issueAt = (key: string): string | undefined => {
    const server = serverIssues.find((issue) => issue.key === key);
    if (server) return issueText(key, server);
    const local = clientIssues[key];
    return local && (showAll || touched.has(key)) ? issueText(key, local) : undefined;
  };

  const setHousehold = (item: keyof HouseholdDraft) => (value: string) =>
    dispatch({ type: 'setHousehold', item, value });
  const setPerson = (key: string, item: keyof PersonDraft) => (value: string | boolean) =>
    dispatch({ type: 'setPerson', key, item, value });

  /** Sends the changes; answers true when everything was accepted. */
  async function save(): Promise<boolean> {
    const count = Object.keys(clientIssues).length;
    if (count > 0) {
      dispatch({ type: 'refused' });
      onMessage(t('household.fixErrors', { count }));
      return false;
    }
    const { persons: saved, errors, changed } = await sendChanges(ops, household, { draft, persons });
    dispatch({ type: 'saved', persons: saved, serverIssues: errors });
    if (changed) await reload();
    if (errors.some((error) => error.code === 'CONFLICT')) {
      // Someone else saved first: show their version; what was typed here stays in the form to re-check.
      await reload();
      onMessage(t('household.conflict'));
      return false;
    }
    if (errors.length > 0) {
      dispatch({ type: 'focusErrors' });
      onMessage(t('household.fixErrors', { count: errors.length }));
      return false;
    }
    return true;
  }

  async function run(action: 'save' | 'submit') {
    dispatch({ type: 'busy', busy: true });
    onMessage(t('household.saving'));
    try {
      if (!(await save())) return;
      if (action === 'save') {
        onMessage(t('household.saved'));
        return;
      }
      const submitHousehold = await ops.submit(household.id, household.version);
      if (submitHousehold.userErrors.length > 0) {
        dispatch({
          type: 'serverIssues',
          serverIssues: keyServerErrors(submitHousehold.userErrors, 'household'),
        });
        dispatch({ type: 'focusErrors' });
        onMessage(t('household.fixErrors', { count: submitHousehold.userErrors.length }));
        return;
      }
      if (onSubmitted) {
        onSubmitted();
        return;
      }
      onMessage(t('household.submitted'));
      await reload();
    } catch (error) {
      onMessage(t('app.error', { message: (error as Error).message }));
    } finally {
      dispatch({ type: 'busy', busy: false });
    }
  }

  // Enter in a field saves; sending the form for review is only ever the explicit button.
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run('save');
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="short-form">
      <ServerIssues issues={serverIssues} />
      <HouseholdItemsFields
        draft={draft}
        disabled={!editable || busy}
        resident={resident}
        set={setHousehold}
        issueAt={issueAt}
      />

      <h2>{t('household.persons')}</h2>
      {persons.map((person) => (
        <PersonFields
          key={person.key}
          person={person}
          disabled={!editable || busy}
          set={(item) => setPerson(person.key, item)}
          issueAt={issueAt}
        />
      ))}
      {editable && (
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => dispatch({ type: 'addPerson' })}>
            {t('household.addPerson')}
          </button>
        </div>
      )}
      {editable ? (
        <div className="actions sticky-actions">
          <button type="submit" disabled={busy}>
            {t('household.save')}
          </button>
          <button type="button" className="primary" disabled={busy} onClick={() => void run('submit')}>
            {t('household.submit')}
          </button>
        </div>
      ) : (
        <p className="notice">{t('household.readOnly')}</p>
      )}
    </form>
  );
}
