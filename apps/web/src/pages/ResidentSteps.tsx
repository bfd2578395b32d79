/**
 * The resident's short form as steps (issue 17): the household's items, then one person at a time, then a summary
 * to check before submitting, with 上一步/下一步 instead of one long form. Each 下一步 checks the step's items with
 * the census rules and saves what changed on it (so a closed page loses at most one step); the summary sends the
 * form. Plain-language help (ItemHelp) sits under the items residents hesitate over (D8 户口登记地, D9 离开户口登记地
 * 时间, H2, ...). Only the self-report mutations: nothing of the staff side (offline outbox, drafts, staff documents).
 */
import { useEffect, useMemo, useRef, useState } from 'react';

import {
  type CreatePersonInput,
  SelfReportCreatePersonDocument,
  SelfReportHouseholdDocument,
  SelfReportSubmitDocument,
  SelfReportUpdateHouseholdDocument,
  SelfReportUpdatePersonDocument,
  type UpdateHouseholdInput,
  type UpdatePersonInput,
} from '@census/client';
import {
  type EnumLabel,
  LEFT_REGISTRATION_DURATION_LABELS,
  RELATIONSHIP_LABELS,
  SEX_LABELS,
} from '@census/rules';

import { type Request, useApp } from '../app-context';
import { ItemHelp } from '../components/item-help';
import type { FormHousehold } from '../form-operations';
import {
  createPersonInput,
  householdChanges,
  type HouseholdDraft,
  type KeyedServerError,
  keyServerErrors,
  personChanges,
  type PersonDraft,
  personDraft,
  type UserErrorLike,
} from '../household-form';
import type { MessageKey } from '../i18n';
import { page, PageChunk } from '../page-chunk';
import { useHouseholdFormState } from './household-form-state';
import { HouseholdItemsFields, PersonFields, ServerIssues, useIssueText } from './HouseholdFormFields';

/** The long form's steps: a chunk of their own, fetched only for a household in the sample. */
const ResidentLongForm = page(() => import('./ResidentLongForm'), 'ResidentLongForm');

/** Stages in which the household can still be changed. */
const EDITABLE_STAGES = ['LISTED', 'ENUMERATING', 'RETURNED'];

/** The self-report mutations, bound to the resident's own household by its session. */
export function residentOperations(request: Request) {
  return {
    updateHousehold: async (input: UpdateHouseholdInput) =>
      (await request(SelfReportUpdateHouseholdDocument, { input })).selfReportUpdateHousehold,
    updatePerson: async (input: UpdatePersonInput) =>
      (await request(SelfReportUpdatePersonDocument, { input })).selfReportUpdatePerson,
    createPerson: async (input: CreatePersonInput) =>
      (await request(SelfReportCreatePersonDocument, { input })).selfReportCreatePerson,
    /** Submits the household as it now stands on the server. */
    submit: async () => {
      const { selfReportHousehold } = await request(SelfReportHouseholdDocument);
      const expectedVersion = selfReportHousehold.version;
      return (await request(SelfReportSubmitDocument, { input: { expectedVersion } })).selfReportSubmit;
    },
  };
}

const HOUSEHOLD_HELP: Partial<Record<keyof HouseholdDraft, MessageKey>> = {
  presentMale: 'help.household.present',
  absentMale: 'help.household.absent',
  birthsMale: 'help.household.births',
  deathsMale: 'help.household.deaths',
  floorArea: 'help.household.floorArea',
};

const PERSON_HELP: Partial<Record<keyof PersonDraft, MessageKey>> = {
  citizenId: 'help.person.citizenId',
  whereabouts: 'help.person.whereabouts',
  registrationPlaceCode: 'help.person.registrationPlaceCode',
  leftRegistrationDuration: 'help.person.leftRegistrationDuration',
  leftRegistrationReason: 'help.person.leftRegistrationReason',
};

const helpOf =
  <Item extends string>(texts: Partial<Record<Item, MessageKey>>) =>
  (item: Item) => {
    const text = texts[item];
    return text ? <ItemHelp text={text} /> : null;
  };

/** The field keys of a step start with this. */
const stepPrefix = (step: string) => (step === 'household' ? 'household.' : `persons.${step}.`);

export function ResidentSteps({
  household,
  reload,
  onMessage,
  onSubmitted,
  longFormSampled = false,
}: {
  household: FormHousehold;
  reload: () => Promise<void>;
  onMessage: (message: string) => void;
  onSubmitted: () => void;
  /** The household fills the long form (长表): its steps come after the persons. */
  longFormSampled?: boolean;
}) {
  const { t, lang, request } = useApp();
  const ops = useMemo(() => residentOperations(request), [request]);
  const issueText = useIssueText();
  const { state, dispatch, clientIssues, formRef } = useHouseholdFormState(household);
  const { draft, persons, touched, serverIssues, busy } = state;
  const editable = EDITABLE_STAGES.includes(household.stage);
  // 'household', each person's key, 'longForm' for a sampled household, 'summary'.
  const steps = [
    'household',
    ...persons.map((person) => person.key),
    ...(longFormSampled ? ['longForm'] : []),
    'summary',
  ];
  // The last submit's problems of the long form, shown at its items.
  const [longFormProblems, setLongFormProblems] = useState<readonly UserErrorLike[]>([]);
  const [at, setAt] = useState(0);
  const index = Math.min(at, steps.length - 1);
  const step = steps[index];
  const person = persons.find((candidate) => candidate.key === step);

  // A new step starts at its heading, focused (the browser scrolls to it; a screen reader starts reading there).
  const shown = useRef(index);
  useEffect(() => {
    if (shown.current === index) return;
    shown.current = index;
    formRef.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [index, formRef]);

  const issueAt = (key: string): string | undefined => {
    const server = serverIssues.find((issue) => issue.key === key);
    if (server) return issueText(key, server);
    const local = clientIssues[key];
    return local && touched.has(key) ? issueText(key, local) : undefined;
  };

  /** Saves what changed on the current step; answers true when the server took all of it. */
  async function saveStep(): Promise<boolean> {
    let errors: KeyedServerError[] = [];
    let changed = false;
    if (step === 'household') {
      const changes = householdChanges(household, draft);
      if (changes) {
        const outcome = await ops.updateHousehold(changes);
        errors = keyServerErrors(outcome.userErrors, 'household');
        changed = errors.length === 0;
      }
    } else if (person) {
      const original = household.persons.find((candidate) => candidate.id === person.id);
      const input = original ? personChanges(original, person) : null;
      if (!original || input) {
        const outcome = input
          ? await ops.updatePerson(input)
          : await ops.createPerson(createPersonInput(household.id, person));
        errors = keyServerErrors(outcome.userErrors, `persons.${person.key}`);
        const saved = outcome.person;
        if (saved) {
          changed = true;
          const next = persons.map((candidate) =>
            candidate.key === person.key ? personDraft(saved) : candidate,
          );
          dispatch({ type: 'saved', persons: next, serverIssues: [] });
        }
      }
    }
    if (changed) await reload();
    if (errors.length > 0) {
      dispatch({ type: 'serverIssues', serverIssues: errors });
      dispatch({ type: 'focusErrors' });
      onMessage(t('steps.fixStep', { count: errors.length }));
      return false;
    }
    return true;
  }

  async function next() {
    const open = Object.keys(clientIssues).filter((key) => key.startsWith(stepPrefix(step)));
    if (open.length > 0) {
      dispatch({ type: 'showIssues', keys: open });
      onMessage(t('steps.fixStep', { count: open.length }));
      return;
    }
    dispatch({ type: 'busy', busy: true });
    try {
      if (!editable || (await saveStep())) {
        onMessage('');
        setAt(index + 1);
      }
    } catch (error) {
      onMessage(t('app.error', { message: (error as Error).message }));
    } finally {
      dispatch({ type: 'busy', busy: false });
    }
  }

  async function submit() {
    dispatch({ type: 'busy', busy: true });
    onMessage(t('household.saving'));
    try {
      const outcome = await ops.submit();
      if (outcome.userErrors.length > 0) {
        const errors = keyServerErrors(outcome.userErrors, 'household');
        dispatch({ type: 'serverIssues', serverIssues: errors });
        onMessage(t('household.fixErrors', { count: errors.length }));
        // The long form's problems (coded longForm.*) are shown on its steps; the first problem decides the step.
        const longForm = outcome.userErrors.filter((error) => error.messageCode?.startsWith('longForm.'));
        if (longForm.length > 0) setLongFormProblems(longForm);
        if (
          longForm.length > 0 &&
          longForm[0] === outcome.userErrors.find((error) => error.field.length > 1)
        ) {
          setAt(steps.indexOf('longForm'));
          return;
        }
        // To the step of the first problem that names an item, shown at its field; the others stay listed.
        const first = errors.find((error) => error.key !== '');
        const target = first
          ? steps.findIndex(
              (candidate) => candidate !== 'summary' && first.key.startsWith(stepPrefix(candidate)),
            )
          : -1;
        if (target >= 0) setAt(target);
        return;
      }
      onSubmitted();
    } catch (error) {
      onMessage(t('app.error', { message: (error as Error).message }));
    } finally {
      dispatch({ type: 'busy', busy: false });
    }
  }

  const label = (labels: Record<string, EnumLabel>, value: string) =>
    labels[value]?.[lang] ?? t('household.blank');
  const title =
    step === 'household'
      ? t('steps.household')
      : step === 'summary'
        ? t('steps.summary')
        : step === 'longForm'
          ? t('lf.title')
          : person?.id
            ? t('person.legend', { line: person.key, name: person.name })
            : t('steps.newPerson');

  return (
    <form
      ref={formRef}
      className="short-form resident-steps"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (step !== 'summary' && step !== 'longForm') void next();
      }}
    >
      <p className="step-count">{t('steps.of', { current: index + 1, total: steps.length })}</p>
      <h2 tabIndex={-1}>{title}</h2>
      {!editable && <p className="notice">{t('household.readOnly')}</p>}
      <ServerIssues issues={serverIssues} />
      {step === 'household' && (
        <HouseholdItemsFields
          draft={draft}
          disabled={!editable || busy}
          resident
          set={(item) => (value) => dispatch({ type: 'setHousehold', item, value })}
          issueAt={issueAt}
          help={helpOf(HOUSEHOLD_HELP)}
        />
      )}
      {person && (
        <PersonFields
          person={person}
          disabled={!editable || busy}
          set={(item) => (value) => dispatch({ type: 'setPerson', key: person.key, item, value })}
          issueAt={issueAt}
          help={helpOf(PERSON_HELP)}
        />
      )}
      {step === 'longForm' && (
        <PageChunk fallback={<p>{t('app.loading')}</p>}>
          <ResidentLongForm
            editable={editable}
            problems={longFormProblems}
            onMessage={onMessage}
            onBack={() => setAt(index - 1)}
            onDone={() => setAt(index + 1)}
          />
        </PageChunk>
      )}
      {step === 'summary' && (
        <>
          <p>{t('steps.summaryText')}</p>
          <ol className="summary">
            <li>
              <strong>{t('steps.household')}</strong>
              <p>{t('steps.householdLine', draft)}</p>
              <button type="button" className="link" onClick={() => setAt(0)}>
                {t('steps.edit')}
              </button>
            </li>
            {persons.map((member, position) => (
              <li key={member.key}>
                <strong>
                  {member.id
                    ? t('person.legend', { line: member.key, name: member.name })
                    : t('steps.newPerson')}
                </strong>
                <p>
                  {t('steps.personLine', {
                    name: member.name,
                    relationship: label(RELATIONSHIP_LABELS, member.relationship),
                    sex: label(SEX_LABELS, member.sex),
                    birthYear: member.birthYear,
                    birthMonth: member.birthMonth,
                  })}
                  {member.leftRegistrationDuration &&
                    `；${label(LEFT_REGISTRATION_DURATION_LABELS, member.leftRegistrationDuration)}`}
                </p>
                <button type="button" className="link" onClick={() => setAt(position + 1)}>
                  {t('steps.edit')}
                </button>
              </li>
            ))}
          </ol>
          {editable && (
            <div className="actions">
              <button
                type="button"
                disabled={busy}
                onClick={() => {
                  dispatch({ type: 'addPerson' });
                  setAt(persons.length + 1);
                }}
              >
                {t('steps.addPerson')}
              </button>
            </div>
          )}
        </>
      )}
      {step !== 'longForm' && (
        <div className="actions sticky-actions step-actions">
          <button type="button" disabled={busy || index === 0} onClick={() => setAt(index - 1)}>
            {t('steps.previous')}
          </button>
          {step === 'summary' ? (
            editable && (
              <button type="button" className="primary" disabled={busy} onClick={() => void submit()}>
                {t('steps.submit')}
              </button>
            )
          ) : (
            <button type="submit" className="primary" disabled={busy}>
              {t('steps.next')}
            </button>
          )}
        </div>
      )}
    </form>
  );
}
