/** The fields of the household short form: the household items (H1-H7, phone, note) and one person's items. */
import type { ReactNode } from 'react';

import {
  DWELLING_TYPE_LABELS,
  EDUCATION_LABELS,
  type EnumLabel,
  ETHNICITY_LABELS,
  HOUSEHOLD_KIND_LABELS,
  HOUSEHOLD_STATUS_LABELS,
  LEFT_REGISTRATION_DURATION_LABELS,
  LEFT_REGISTRATION_REASON_LABELS,
  RELATIONSHIP_LABELS,
  SEX_LABELS,
  WHEREABOUTS_LABELS,
} from '@census/rules';

import { useApp } from '../app-context';
import { CheckField, SelectField, TextField } from '../components/fields';
import {
  COUNT_ITEMS,
  type FieldIssue,
  type HouseholdDraft,
  type KeyedServerError,
  type PersonDraft,
} from '../household-form';
import { type Lang, type MessageKey, serverText } from '../i18n';

/** The problem shown at a field key, if any. */
export type IssueAt = (key: string) => string | undefined;

function optionsOf(labels: Record<string, EnumLabel>, lang: Lang) {
  return Object.entries(labels).map(([value, label]) => ({ value, label: label[lang] }));
}

/** Text of a problem at a field, in the interface language. */
export function useIssueText() {
  const { t, lang } = useApp();
  return (key: string, issue: FieldIssue): string => {
    if (issue.server) {
      return serverText(lang, {
        message: issue.detail,
        messageCode: issue.messageCode,
        params: issue.serverParams,
      });
    }
    if (issue.code === 'INVALID_LENGTH' && key.endsWith('.citizenId'))
      return t('rule.citizenIdLength', issue.params);
    const ruleKey = `rule.${issue.code}` as MessageKey;
    return lang === 'en' ? issue.detail : t(ruleKey);
  };
}

/** The server's problems of the last save or submit, as a list above the form. */
export function ServerIssues({ issues }: { issues: readonly KeyedServerError[] }) {
  const { t, lang } = useApp();
  if (issues.length === 0) return null;
  return (
    <div className="notice notice-error" role="alert">
      <h3>{t('household.serverErrors')}</h3>
      <ul>
        {issues.map((issue, index) => (
          <li key={index}>
            {serverText(lang, {
              message: issue.message,
              messageCode: issue.messageCode,
              params: issue.serverParams,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The household items; a resident sees neither the status nor the household kind (the enumerator's findings). */
/** Explanations shown under some items (the resident's page), by item. */
export type ItemHelpOf<Item> = (item: Item) => ReactNode;

/** A field with its explanation below it, when there is one. */
function withHelp(field: ReactNode, help: ReactNode) {
  return help ? (
    <div className="with-help">
      {field}
      {help}
    </div>
  ) : (
    field
  );
}

export function HouseholdItemsFields({
  draft,
  disabled,
  resident,
  set,
  issueAt,
  help,
}: {
  draft: HouseholdDraft;
  disabled: boolean;
  resident: boolean;
  set: (item: keyof HouseholdDraft) => (value: string) => void;
  issueAt: IssueAt;
  help?: ItemHelpOf<keyof HouseholdDraft>;
}) {
  const { t, lang } = useApp();
  const text = (item: keyof HouseholdDraft, label: MessageKey, inputMode?: 'numeric' | 'decimal') =>
    withHelp(
      <TextField
        label={t(label)}
        name={`household.${item}`}
        value={draft[item]}
        onChange={set(item)}
        inputMode={inputMode}
        error={issueAt(`household.${item}`)}
      />,
      help?.(item),
    );
  const select = (
    item: 'status' | 'kind' | 'dwellingType',
    labels: Record<string, EnumLabel>,
    blank = false,
  ) => (
    <SelectField
      label={t(`household.${item}`)}
      name={`household.${item}`}
      value={draft[item]}
      onChange={set(item)}
      blank={blank ? t('household.blank') : undefined}
      options={optionsOf(labels, lang)}
      error={issueAt(`household.${item}`)}
    />
  );
  return (
    <fieldset disabled={disabled} className="card">
      <legend>{t('household.items')}</legend>
      <div className="grid">
        {!resident && select('status', HOUSEHOLD_STATUS_LABELS)}
        {!resident && select('kind', HOUSEHOLD_KIND_LABELS)}
        <TextField
          label={t('household.phone')}
          name="household.phone"
          type="tel"
          value={draft.phone}
          onChange={set('phone')}
          hint={draft.phoneOnFile ? t('household.phoneHint', { masked: draft.phoneOnFile }) : undefined}
          error={issueAt('household.phone')}
        />
        {COUNT_ITEMS.map((item) => (
          <div key={item}>{text(item, `household.${item}`, 'numeric')}</div>
        ))}
        {select('dwellingType', DWELLING_TYPE_LABELS, true)}
        {text('floorArea', 'household.floorArea', 'decimal')}
        {text('rooms', 'household.rooms', 'numeric')}
      </div>
      {text('note', 'household.note')}
    </fieldset>
  );
}

/** One person's items D1-D12. */
export function PersonFields({
  person,
  disabled,
  set,
  issueAt,
  help,
  plain = false,
}: {
  person: PersonDraft;
  disabled: boolean;
  set: (item: keyof PersonDraft) => (value: string | boolean) => void;
  issueAt: IssueAt;
  help?: ItemHelpOf<keyof PersonDraft>;
  /** Inside a person card: no card of its own, and the legend only for screen readers (the card names it). */
  plain?: boolean;
}) {
  const { t, lang } = useApp();
  const at = (item: string) => `persons.${person.key}.${item}`;
  const text = (
    item: keyof PersonDraft,
    label: MessageKey,
    extra: { hint?: string; inputMode?: 'numeric' } = {},
  ) =>
    withHelp(
      <TextField
        label={t(label)}
        name={at(item)}
        value={String(person[item] ?? '')}
        onChange={set(item)}
        error={issueAt(at(item))}
        {...extra}
      />,
      help?.(item),
    );
  const select = (item: keyof PersonDraft, label: MessageKey, labels: Record<string, EnumLabel>) =>
    withHelp(
      <SelectField
        label={t(label)}
        name={at(item)}
        value={String(person[item] ?? '')}
        onChange={set(item)}
        blank={t('household.blank')}
        options={optionsOf(labels, lang)}
        error={issueAt(at(item))}
      />,
      help?.(item),
    );
  return (
    <fieldset className={plain ? 'person' : 'card person'} disabled={disabled} data-person={person.key}>
      <legend className={plain ? 'visually-hidden' : undefined}>
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
