import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';

import { DeletePersonDocument, type WebHouseholdQuery } from '@census/client';
import { ITEM_LABELS, type ItemKey } from '@census/rules';

import { useApp } from '../app-context';
import { type FormHousehold, type FormOperations, staffOperations } from '../form-operations';
import {
  createPersonInput,
  householdChanges,
  type HouseholdDraft,
  type KeyedServerError,
  keySaveErrors,
  keyServerErrors,
  personChanges,
  type PersonDraft,
  personDraft,
  saveHouseholdInput,
  type UserErrorLike,
} from '../household-form';
import { errorText, isMessageKey, serverText } from '../i18n';
import { type FormDraft, loadDraft, removeDraft, saveDraft } from '../offline/drafts';
import { useOfflineOrNull } from '../offline/offline-context';
import { newIdempotencyKey, type Outbox, sendOrQueue } from '../offline/outbox';
import { type FormAction, type FormState, useHouseholdFormState } from './household-form-state';
import { HouseholdItemsFields, PersonFields, ServerIssues, useIssueText } from './HouseholdFormFields';
import { PersonCard, usePersonName } from './PersonCard';
import { useReturnReasonsAt } from './returned-reasons';

export type LoadedHousehold = Extract<NonNullable<WebHouseholdQuery['node']>, { __typename: 'Household' }>;

export const EDITABLE_STAGES = ['LISTED', 'ENUMERATING', 'RETURNED'];

/**
 * Sends the changed household items and persons (staff: as one `saveHousehold`, all or nothing); answers the persons as saved (or as typed, where refused), the
 * server's problems at their fields, and whether anything was stored.
 */
async function sendChanges(
  ops: FormOperations,
  household: FormHousehold,
  state: Pick<FormState, 'draft' | 'persons'>,
  outbox?: Outbox,
): Promise<{ persons: PersonDraft[]; errors: KeyedServerError[]; changed: boolean; queued?: string }> {
  const saveHousehold = ops.saveHousehold;
  if (saveHousehold) {
    const save = saveHouseholdInput(household, state.draft, state.persons);
    if (!save) return { persons: state.persons, errors: [], changed: false };
    // Kept in the outbox before it is sent: without signal it waits there, and a resend applies it once.
    const input = { ...save.input, idempotencyKey: newIdempotencyKey() };
    const sent = await sendOrQueue(outbox, { kind: 'saveHousehold', input }, household.id, () =>
      saveHousehold(input),
    );
    if (sent.queued)
      return { persons: state.persons, errors: [], changed: false, queued: input.idempotencyKey };
    const outcome = sent.answer;
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

function draftOf(household: FormHousehold, state: FormState): FormDraft {
  return { baseVersion: household.version, draft: state.draft, persons: state.persons, added: state.added };
}

/**
 * Keeps what is typed on the phone (offline/drafts.ts): restores it when the form opens on the version it was
 * typed on, writes it a moment after each change and at once when the page is hidden or closed.
 */
function useFormDraft(
  household: FormHousehold,
  state: FormState,
  dispatch: (action: FormAction) => void,
  onRestored: () => void,
) {
  const latest = useRef<FormDraft | null>(null);
  const typed = state.touched.size > 0 || state.added > 0;
  latest.current = typed ? draftOf(household, state) : null;
  const restoredFor = useRef<string | null>(null);
  const restore = useRef(onRestored);
  restore.current = onRestored;
  useEffect(() => {
    if (restoredFor.current === household.id) return;
    restoredFor.current = household.id;
    void loadDraft(household.id).then((kept) => {
      if (!kept || kept.baseVersion !== household.version) return;
      dispatch({ type: 'restore', draft: kept.draft, persons: kept.persons, added: kept.added });
      restore.current();
    });
  }, [household.id, household.version, dispatch]);
  useEffect(() => {
    if (!typed) return;
    const timer = window.setTimeout(() => {
      if (latest.current) void saveDraft(household.id, latest.current);
    }, 300);
    return () => window.clearTimeout(timer);
  }, [typed, state.draft, state.persons, household.id]);
  useEffect(() => {
    const now = () => {
      if (latest.current) void saveDraft(household.id, latest.current);
    };
    const hidden = () => {
      if (document.visibilityState === 'hidden') now();
    };
    window.addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [household.id]);
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
  afterSubmit,
  onSubmitProblems,
}: {
  household: FormHousehold;
  reload: () => Promise<void>;
  /** Also told every status message (the staff page shows them in the form's own bar). */
  onMessage?: (message: string) => void;
  /** How to reach the API; the staff mutations unless given. */
  operations?: FormOperations;
  resident?: boolean;
  /** Called after a successful submit instead of showing the message and reloading. */
  onSubmitted?: () => void;
  /** Shown in the bar after a successful submit (staff: the next household to do). */
  afterSubmit?: ReactNode;
  /** Told the problems of each submit (none when it went through): the long form shows its own at its items. */
  onSubmitProblems?: (errors: readonly UserErrorLike[]) => void;
}) {
  const { t, lang, request } = useApp();
  const ops = useMemo(() => operations ?? staffOperations(request), [operations, request]);
  const issueText = useIssueText();
  const editable = EDITABLE_STAGES.includes(household.stage);
  const { state, dispatch, clientIssues, formRef } = useHouseholdFormState(household);
  const { draft, persons, touched, showAll, serverIssues, busy } = state;
  const offline = useOfflineOrNull();
  const [status, setStatus] = useState('');
  const [submitted, setSubmitted] = useState(false);
  // Person cards the enumerator opened or closed; unsaved persons and persons with a problem start open.
  const [opened, setOpened] = useState<Record<string, boolean>>({});
  const [focusKey, setFocusKey] = useState<{ key: string } | null>(null);
  const personName = usePersonName();
  const say = (message: string) => {
    setStatus(message);
    onMessage?.(message);
  };
  useFormDraft(household, state, dispatch, () => say(t('offline.draftRestored')));

  // 退回原因 the supervisor attached to an item: shown at that item while the household is RETURNED.
  const returned = useReturnReasonsAt(household);
  const issueAt = (key: string): string | undefined => {
    const server = serverIssues.find((issue) => issue.key === key);
    if (server) return issueText(key, server);
    const local = clientIssues[key];
    return local && (showAll || touched.has(key)) ? issueText(key, local) : returned.get(key);
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
      say(t('household.fixErrors', { count }));
      return false;
    }
    const sent = await sendChanges(ops, household, { draft, persons }, offline?.outbox);
    const { persons: saved, errors, changed } = sent;
    if (sent.queued) {
      await saveDraft(household.id, { ...draftOf(household, state), queuedKey: sent.queued });
      say(t('offline.queued'));
      return false;
    }
    if (changed && errors.length === 0) await removeDraft(household.id);
    dispatch({ type: 'saved', persons: saved, serverIssues: errors });
    if (changed) await reload();
    if (errors.some((error) => error.code === 'CONFLICT')) {
      // Someone else saved first: show their version; what was typed here stays in the form to re-check.
      await reload();
      say(t('household.conflict'));
      return false;
    }
    if (errors.length > 0) {
      dispatch({ type: 'focusErrors' });
      say(t('household.fixErrors', { count: errors.length }));
      return false;
    }
    return true;
  }

  async function run(action: 'save' | 'submit') {
    dispatch({ type: 'busy', busy: true });
    say(t('household.saving'));
    try {
      if (!(await save())) return;
      if (action === 'save') {
        say(t('household.saved'));
        return;
      }
      const submitHousehold = await ops.submit(household.id, household.version);
      onSubmitProblems?.(submitHousehold.userErrors);
      if (submitHousehold.userErrors.length > 0) {
        dispatch({
          type: 'serverIssues',
          serverIssues: keyServerErrors(submitHousehold.userErrors, 'household'),
        });
        dispatch({ type: 'focusErrors' });
        say(t('household.fixErrors', { count: submitHousehold.userErrors.length }));
        return;
      }
      if (onSubmitted) {
        onSubmitted();
        return;
      }
      setSubmitted(true);
      say(t('household.submitted'));
      await reload();
    } catch (error) {
      say(t('app.error', { message: errorText(lang, error as Error) }));
    } finally {
      dispatch({ type: 'busy', busy: false });
    }
  }

  /** Problems shown now, in form order: the whole form's first, then the household items, then by person. */
  const shown = useMemo(() => {
    const keys = new Set<string>();
    for (const issue of serverIssues) keys.add(issue.key);
    for (const key of Object.keys(clientIssues)) if (showAll || touched.has(key)) keys.add(key);
    const rank = (key: string) => {
      if (key === '') return -2;
      if (key.startsWith('household.')) return -1;
      return persons.findIndex((person) => key.startsWith(`persons.${person.key}.`));
    };
    return [...keys].sort((a, b) => rank(a) - rank(b));
  }, [serverIssues, clientIssues, showAll, touched, persons]);
  const personHasProblem = (key: string) => shown.some((at) => at.startsWith(`persons.${key}.`));
  const isOpen = (person: PersonDraft) =>
    opened[person.key] ??
    (!person.id ||
      personHasProblem(person.key) ||
      [...returned.keys()].some((key) => key.startsWith(`persons.${person.key}.`)));

  // "Go to" a problem: open its person's card, then bring its field into view with the focus.
  useEffect(() => {
    if (!focusKey) return;
    const form = formRef.current;
    const target = focusKey.key
      ? [...(form?.querySelectorAll<HTMLElement>('[name]') ?? [])].find(
          (element) => element.getAttribute('name') === focusKey.key,
        )
      : form;
    target?.scrollIntoView?.({ block: 'center' });
    target?.focus?.();
  }, [focusKey, formRef]);

  function goTo(key: string) {
    const person = persons.find((p) => key.startsWith(`persons.${p.key}.`));
    if (person) setOpened((previous) => ({ ...previous, [person.key]: true }));
    setFocusKey({ key });
  }

  function problemLabel(key: string): string {
    if (key === '') return t('bar.general');
    const [scope, second, third] = key.split('.');
    if (scope === 'household') {
      const label = `household.${second}`;
      // A long-form item (H8-H18) is named as the rules library's labels name it.
      return isMessageKey(label) ? t(label) : (ITEM_LABELS[label as ItemKey]?.[lang] ?? t('bar.general'));
    }
    const person = persons.find((p) => p.key === second);
    const item = `person.${third}`;
    const name = person ? personName(person) : '';
    if (isMessageKey(item)) return `${name} ${t(item)}`;
    const longFormItem = ITEM_LABELS[item as ItemKey]?.[lang];
    return longFormItem ? `${name} ${longFormItem}` : name;
  }

  function problemText(key: string): string {
    return (
      issueAt(key) ??
      serverIssues.filter((issue) => issue.key === key).map((issue) => issueText(key, issue))[0] ??
      ''
    );
  }

  async function deletePerson(person: PersonDraft): Promise<string | null> {
    if (!person.id || person.version === undefined) {
      // Never saved: nothing on the server to delete.
      dispatch({ type: 'removePerson', key: person.key });
      return null;
    }
    try {
      const { deletePerson: outcome } = await request(DeletePersonDocument, {
        input: { id: person.id, expectedVersion: person.version },
      });
      if (outcome.userErrors.length > 0) return outcome.userErrors.map((e) => serverText(lang, e)).join('; ');
      dispatch({ type: 'removePerson', key: person.key });
      say(t('person.deleted', { line: person.key, name: person.name }));
      await reload();
      return null;
    } catch (error) {
      return errorText(lang, error as Error);
    }
  }

  // Enter in a field saves; sending the form for review is only ever the explicit button.
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run('save');
  };

  const buttons = editable && (
    <div className="actions">
      <button type="submit" disabled={busy}>
        {t('household.save')}
      </button>
      <button type="button" className="primary" disabled={busy} onClick={() => void run('submit')}>
        {t('household.submit')}
      </button>
    </div>
  );

  if (resident) {
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
          <div className="actions sticky-actions">{buttons}</div>
        ) : (
          <p className="notice">{t('household.readOnly')}</p>
        )}
      </form>
    );
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="short-form staff-form" tabIndex={-1}>
      <HouseholdItemsFields
        draft={draft}
        disabled={!editable || busy}
        resident={resident}
        set={setHousehold}
        issueAt={issueAt}
      />

      <h2>{t('household.persons')}</h2>
      {persons.map((person) => (
        <PersonCard
          key={person.key}
          person={person}
          open={isOpen(person)}
          onToggle={() => setOpened((previous) => ({ ...previous, [person.key]: !isOpen(person) }))}
          hasProblem={personHasProblem(person.key)}
          disabled={!editable || busy}
          editable={editable}
          set={(item) => setPerson(person.key, item)}
          issueAt={issueAt}
          onDelete={() => deletePerson(person)}
        />
      ))}
      {editable && (
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => dispatch({ type: 'addPerson' })}>
            {t('household.addPerson')}
          </button>
        </div>
      )}
      {!editable && <p className="notice">{t('household.readOnly')}</p>}
      <div className="save-bar sticky-actions">
        {shown.length > 0 && (
          <div className="bar-problems" role="alert">
            <p>{t('bar.problems', { count: shown.length })}</p>
            <ul>
              {shown.map((key) => (
                <li key={key}>
                  <button type="button" className="problem-link" onClick={() => goTo(key)}>
                    <strong>{problemLabel(key)}</strong> <span>{problemText(key)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <p className="bar-status" role="status" aria-live="polite">
          {status}
        </p>
        {submitted && afterSubmit}
        {buttons}
      </div>
    </form>
  );
}
