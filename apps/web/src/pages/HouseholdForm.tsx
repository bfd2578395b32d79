import type { WebHouseholdQuery } from '@census/client';
import {
  DWELLING_TYPE_LABELS,
  EDUCATION_LABELS,
  ETHNICITY_LABELS,
  HOUSEHOLD_KIND_LABELS,
  HOUSEHOLD_STATUS_LABELS,
  LEFT_REGISTRATION_DURATION_LABELS,
  LEFT_REGISTRATION_REASON_LABELS,
  RELATIONSHIP_LABELS,
  SEX_LABELS,
  WHEREABOUTS_LABELS,
  type EnumLabel,
} from '@census/rules';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useApp } from '../app-context';
import { CheckField, SelectField, TextField } from '../components/fields';
import { staffOperations, type FormHousehold, type FormOperations } from '../form-operations';
import {
  COUNT_ITEMS,
  createPersonInput,
  householdChanges,
  householdDraft,
  keyServerErrors,
  newPersonDraft,
  personChanges,
  personDraft,
  validateHouseholdDraft,
  validatePersonDraft,
  type FieldIssue,
  type FieldIssues,
  type HouseholdDraft,
  type KeyedServerError,
  type PersonDraft,
} from '../household-form';
import type { Lang, MessageKey } from '../i18n';

export type LoadedHousehold = Extract<NonNullable<WebHouseholdQuery['node']>, { __typename: 'Household' }>;

export const EDITABLE_STAGES = ['LISTED', 'ENUMERATING', 'RETURNED'];

function optionsOf(labels: Record<string, EnumLabel>, lang: Lang) {
  return Object.entries(labels).map(([value, label]) => ({ value, label: label[lang] }));
}

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
  const { t, lang, request } = useApp();
  const ops = useMemo(() => operations ?? staffOperations(request), [operations, request]);
  const issueText = useIssueText();
  const editable = EDITABLE_STAGES.includes(household.stage);
  const [draft, setDraft] = useState<HouseholdDraft>(() => householdDraft(household));
  const [persons, setPersons] = useState<PersonDraft[]>(() => household.persons.map(personDraft));
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [serverIssues, setServerIssues] = useState<KeyedServerError[]>([]);
  const [busy, setBusy] = useState(false);
  const newCount = useRef(0);
  const formRef = useRef<HTMLFormElement>(null);
  const [focusErrors, setFocusErrors] = useState(0);

  const clientIssues = useMemo<FieldIssues>(() => {
    const today = new Date();
    const all: FieldIssues = { ...validateHouseholdDraft(draft) };
    for (const person of persons) Object.assign(all, validatePersonDraft(person, today));
    return all;
  }, [draft, persons]);

  useEffect(() => {
    if (focusErrors === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusErrors]);

  const issueAt = (key: string): string | undefined => {
    const server = serverIssues.find((issue) => issue.key === key);
    if (server) return issueText(key, server);
    const local = clientIssues[key];
    return local && (showAll || touched.has(key)) ? issueText(key, local) : undefined;
  };

  const touch = (key: string) => {
    setTouched((previous) => new Set(previous).add(key));
    setServerIssues((previous) => previous.filter((issue) => issue.key !== key));
  };

  const setHousehold = (item: keyof HouseholdDraft) => (value: string) => {
    touch(`household.${item}`);
    setDraft((previous) => ({ ...previous, [item]: value }));
  };

  const setPerson =
    (key: string, item: keyof PersonDraft) =>
    (value: string | boolean): void => {
      touch(`persons.${key}.${item}`);
      // A changed ID number re-checks sex and birth year-month against it.
      if (item === 'citizenId' || item === 'sex' || item === 'birthYear' || item === 'birthMonth') {
        touch(`persons.${key}.sex`);
        touch(`persons.${key}.birthYear`);
      }
      setPersons((previous) =>
        previous.map((person) => (person.key === key ? { ...person, [item]: value } : person)),
      );
    };

  /** Sends the changes; answers true when everything was accepted. */
  async function save(): Promise<boolean> {
    if (Object.keys(clientIssues).length > 0) {
      setShowAll(true);
      setFocusErrors((n) => n + 1);
      onMessage(t('household.fixErrors', { count: Object.keys(clientIssues).length }));
      return false;
    }
    const errors: KeyedServerError[] = [];
    let changed = false;
    const changes = householdChanges(household, draft);
    if (changes) {
      const updateHousehold = await ops.updateHousehold(changes);
      errors.push(...keyServerErrors(updateHousehold.userErrors, 'household'));
      changed ||= updateHousehold.userErrors.length === 0;
    }
    const next: PersonDraft[] = [];
    for (const person of persons) {
      const original = household.persons.find((p) => p.id === person.id);
      if (original) {
        const input = personChanges(original, person);
        if (!input) {
          next.push(person);
          continue;
        }
        const updatePerson = await ops.updatePerson(input);
        errors.push(...keyServerErrors(updatePerson.userErrors, `persons.${person.key}`));
        if (updatePerson.person) {
          changed = true;
          next.push(personDraft(updatePerson.person));
        } else next.push(person);
      } else {
        const createPerson = await ops.createPerson(createPersonInput(household.id, person));
        errors.push(...keyServerErrors(createPerson.userErrors, `persons.${person.key}`));
        if (createPerson.person) {
          changed = true;
          next.push(personDraft(createPerson.person));
        } else next.push(person);
      }
    }
    setPersons(next);
    setServerIssues(errors);
    if (changed) await reload();
    if (errors.some((error) => error.code === 'CONFLICT')) {
      // Someone else saved first: show their version; what was typed here stays in the form to re-check.
      await reload();
      onMessage(t('household.conflict'));
      return false;
    }
    if (errors.length > 0) {
      setFocusErrors((n) => n + 1);
      onMessage(t('household.fixErrors', { count: errors.length }));
      return false;
    }
    return true;
  }

  async function run(action: 'save' | 'submit') {
    setBusy(true);
    onMessage(t('household.saving'));
    try {
      if (!(await save())) return;
      if (action === 'save') {
        onMessage(t('household.saved'));
        return;
      }
      const submitHousehold = await ops.submit(household.id, household.version);
      if (submitHousehold.userErrors.length > 0) {
        setServerIssues(keyServerErrors(submitHousehold.userErrors, 'household'));
        setFocusErrors((n) => n + 1);
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
      setBusy(false);
    }
  }

  // Enter in a field saves; sending the form for review is only ever the explicit button.
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run('save');
  };

  const householdField = (
    item: keyof HouseholdDraft,
    label: MessageKey,
    inputMode?: 'numeric' | 'decimal',
  ) => (
    <TextField
      label={t(label)}
      name={`household.${item}`}
      value={draft[item]}
      onChange={setHousehold(item)}
      inputMode={inputMode}
      error={issueAt(`household.${item}`)}
    />
  );

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="short-form">
      {serverIssues.length > 0 && (
        <div className="notice notice-error" role="alert">
          <h3>{t('household.serverErrors')}</h3>
          <ul>
            {serverIssues.map((issue, index) => (
              <li key={index}>{issue.message}</li>
            ))}
          </ul>
        </div>
      )}
      <fieldset disabled={!editable || busy} className="card">
        <legend>{t('household.items')}</legend>
        <div className="grid">
          {!resident && (
            <SelectField
              label={t('household.status')}
              name="household.status"
              value={draft.status}
              onChange={setHousehold('status')}
              options={optionsOf(HOUSEHOLD_STATUS_LABELS, lang)}
              error={issueAt('household.status')}
            />
          )}
          {!resident && (
            <SelectField
              label={t('household.kind')}
              name="household.kind"
              value={draft.kind}
              onChange={setHousehold('kind')}
              options={optionsOf(HOUSEHOLD_KIND_LABELS, lang)}
              error={issueAt('household.kind')}
            />
          )}
          <TextField
            label={t('household.phone')}
            name="household.phone"
            type="tel"
            value={draft.phone}
            onChange={setHousehold('phone')}
            hint={draft.phoneOnFile ? t('household.phoneHint', { masked: draft.phoneOnFile }) : undefined}
            error={issueAt('household.phone')}
          />
          {COUNT_ITEMS.map((item) => (
            <div key={item}>{householdField(item, `household.${item}`, 'numeric')}</div>
          ))}
          <SelectField
            label={t('household.dwellingType')}
            name="household.dwellingType"
            value={draft.dwellingType}
            onChange={setHousehold('dwellingType')}
            blank={t('household.blank')}
            options={optionsOf(DWELLING_TYPE_LABELS, lang)}
            error={issueAt('household.dwellingType')}
          />
          {householdField('floorArea', 'household.floorArea', 'decimal')}
          {householdField('rooms', 'household.rooms', 'numeric')}
        </div>
        {householdField('note', 'household.note')}
      </fieldset>

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
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              newCount.current += 1;
              setPersons((previous) => [...previous, newPersonDraft(`new${newCount.current}`)]);
            }}
          >
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

function PersonFields({
  person,
  disabled,
  set,
  issueAt,
}: {
  person: PersonDraft;
  disabled: boolean;
  set: (item: keyof PersonDraft) => (value: string | boolean) => void;
  issueAt: (key: string) => string | undefined;
}) {
  const { t, lang } = useApp();
  const at = (item: string) => `persons.${person.key}.${item}`;
  const text = (
    item: keyof PersonDraft,
    label: MessageKey,
    extra: { hint?: string; inputMode?: 'numeric' } = {},
  ) => (
    <TextField
      label={t(label)}
      name={at(item)}
      value={String(person[item] ?? '')}
      onChange={set(item)}
      error={issueAt(at(item))}
      {...extra}
    />
  );
  const select = (item: keyof PersonDraft, label: MessageKey, labels: Record<string, EnumLabel>) => (
    <SelectField
      label={t(label)}
      name={at(item)}
      value={String(person[item] ?? '')}
      onChange={set(item)}
      blank={t('household.blank')}
      options={optionsOf(labels, lang)}
      error={issueAt(at(item))}
    />
  );
  return (
    <fieldset className="card person" disabled={disabled} data-person={person.key}>
      <legend>
        {person.id ? t('person.legend', { line: person.key, name: person.name }) : t('household.newPerson')}
      </legend>
      <div className="grid">
        {text('name', 'person.name')}
        {select('relationship', 'person.relationship', RELATIONSHIP_LABELS)}
        {text('citizenId', 'person.citizenId', {
          hint: person.citizenIdOnFile
            ? t('person.citizenIdHint', { masked: person.citizenIdOnFile })
            : t('person.citizenIdNone'),
        })}
        {select('sex', 'person.sex', SEX_LABELS)}
        {text('birthYear', 'person.birthYear', { inputMode: 'numeric' })}
        {text('birthMonth', 'person.birthMonth', { inputMode: 'numeric' })}
        {select('ethnicity', 'person.ethnicity', ETHNICITY_LABELS)}
        {select('education', 'person.education', EDUCATION_LABELS)}
        <SelectField
          label={t('person.literate')}
          name={at('literate')}
          value={person.literate}
          onChange={set('literate')}
          blank={t('household.blank')}
          options={[
            { value: 'true', label: t('household.yes') },
            { value: 'false', label: t('household.no') },
          ]}
          error={issueAt(at('literate'))}
        />
        <CheckField
          label={t('person.resident')}
          name={at('resident')}
          checked={person.resident}
          onChange={set('resident')}
          error={issueAt(at('resident'))}
        />
        <CheckField
          label={t('person.registered')}
          name={at('registered')}
          checked={person.registered}
          onChange={set('registered')}
          error={issueAt(at('registered'))}
        />
        {select('whereabouts', 'person.whereabouts', WHEREABOUTS_LABELS)}
        {text('registrationPlaceCode', 'person.registrationPlaceCode', { inputMode: 'numeric' })}
        {select(
          'leftRegistrationDuration',
          'person.leftRegistrationDuration',
          LEFT_REGISTRATION_DURATION_LABELS,
        )}
        {select('leftRegistrationReason', 'person.leftRegistrationReason', LEFT_REGISTRATION_REASON_LABELS)}
      </div>
    </fieldset>
  );
}
