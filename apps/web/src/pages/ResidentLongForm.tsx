/**
 * The long form (长表) in the resident's steps, for a sampled household: after the short form's persons, the housing
 * items, then one person at a time, each 下一步 saving that part with selfReportSaveLongForm. Plain-language help
 * under the items residents fear (occupation, marriage, housing source and cost): why they are asked, that they are
 * sealed, that 拒答 is allowed. A chunk of its own (ResidentSteps fetches it only for a sampled household), its texts
 * in the form's message chunk.
 */
import { useEffect, useState } from 'react';

import { SelfReportLongFormDocument, SelfReportSaveLongFormDocument } from '@census/client';
import type { LongFormItem } from '@census/rules';

import { useApp } from '../app-context';
import { ItemHelp } from '../components/item-help';
import { LoadState } from '../components/status';
import type { UserErrorLike } from '../household-form';
import { errorText, type MessageKey } from '../i18n';
import { type LongFormData, shownItems } from '../long-form';
import { useQuery } from '../use-query';
import { LongFormItems } from './LongFormFields';
import { useLongForm } from './use-long-form';

/** The help under the items residents fear to answer. */
const FEARED_HELP: Record<string, MessageKey> = {
  occupation: 'lf.help.occupation',
  industry: 'lf.help.occupation',
  maritalStatus: 'lf.help.marital',
  firstMarriage: 'lf.help.marital',
  housingSource: 'lf.help.housing',
  monthlyRent: 'lf.help.housing',
  purchaseCost: 'lf.help.housing',
  carCount: 'lf.help.vehicles',
};

const help = (item: LongFormItem<string>) => {
  const text = FEARED_HELP[item.field];
  return text ? <ItemHelp text={text} /> : null;
};

export function ResidentLongForm({
  onBack,
  onDone,
  onMessage,
  problems,
  editable,
}: {
  onBack: () => void;
  onDone: () => void;
  onMessage: (message: string) => void;
  /** The last submit's problems that concern the long form. */
  problems: readonly UserErrorLike[];
  editable: boolean;
}) {
  const { data, loading, error, reload } = useQuery(SelfReportLongFormDocument, {});
  const form = data?.selfReportHousehold;
  if (!form) return <LoadState loading={loading} error={error} retry={() => void reload()} />;
  return (
    <Steps
      form={form}
      onBack={onBack}
      onDone={onDone}
      onMessage={onMessage}
      problems={problems}
      editable={editable}
    />
  );
}

function Steps({
  form,
  onBack,
  onDone,
  onMessage,
  problems,
  editable,
}: {
  form: LongFormData;
  onBack: () => void;
  onDone: () => void;
  onMessage: (message: string) => void;
  problems: readonly UserErrorLike[];
  editable: boolean;
}) {
  const { t, lang, request } = useApp();
  const editor = useLongForm({
    data: form,
    send: async (input) => (await request(SelfReportSaveLongFormDocument, { input })).selfReportSaveLongForm,
  });
  const householdItems = shownItems('household', editor.householdAsks, editor.draft.household);
  const parts = [
    ...(householdItems.length > 0 ? ['household'] : []),
    ...editor.loaded.persons.map((p) => p.id),
  ];
  const [at, setAt] = useState(0);
  const index = Math.min(at, parts.length - 1);
  const part = parts[index];
  const person = editor.loaded.persons.find((candidate) => candidate.id === part);

  // The submit's problems at their items, starting on the part of the first.
  useEffect(() => {
    if (problems.length === 0) return;
    editor.showProblems(problems);
  }, [problems]);
  useEffect(() => {
    const first = editor.issues.find((issue) => issue.key !== '');
    if (!first) return;
    const target = parts.findIndex((candidate) =>
      candidate === 'household'
        ? first.key.startsWith('household.')
        : first.key.startsWith(`persons.${candidate}.`),
    );
    if (target >= 0) setAt(target);
  }, [editor.issues]);

  async function next() {
    if (!part) return onDone();
    if (!editable) {
      if (index + 1 < parts.length) setAt(index + 1);
      else onDone();
      return;
    }
    onMessage(t('lf.saving'));
    try {
      const { result, problems: count } = await editor.save(
        part === 'household' ? { household: true, persons: [] } : { household: false, persons: [part] },
      );
      if (result === 'invalid' || result === 'conflict') {
        onMessage(result === 'conflict' ? t('lf.conflict') : t('steps.fixStep', { count }));
        return;
      }
      onMessage('');
      if (index + 1 < parts.length) setAt(index + 1);
      else onDone();
    } catch (failure) {
      onMessage(t('app.error', { message: errorText(lang, failure as Error) }));
    }
  }

  return (
    <div className="resident-long-form" data-long-form>
      <h3 tabIndex={-1}>
        {person
          ? t('lf.steps.person', { line: person.lineNumber, name: person.name })
          : t('lf.steps.household')}
      </h3>
      {index === 0 && <p className="notice">{t('lf.steps.intro')}</p>}
      <p className="hint">{t('lf.help.refuse')}</p>
      {editor.general.length > 0 && (
        <ul className="notice notice-error" role="alert">
          {editor.general.map((text, position) => (
            <li key={position}>{text}</li>
          ))}
        </ul>
      )}
      {part === 'household' && (
        <LongFormItems
          entity="household"
          items={householdItems}
          draft={editor.draft.household}
          set={(field, value) => editor.setItem(null, field, value)}
          disabled={!editable || editor.busy}
          issueAt={editor.issueAt}
          help={help}
        />
      )}
      {person && (
        <LongFormItems
          entity="person"
          personId={person.id}
          items={shownItems('person', editor.personAsks(person.id), editor.draft.persons[person.id] ?? {})}
          draft={editor.draft.persons[person.id] ?? {}}
          set={(field, value) => editor.setItem(person.id, field, value)}
          disabled={!editable || editor.busy}
          issueAt={editor.issueAt}
          help={help}
        />
      )}
      <div className="actions sticky-actions step-actions">
        <button
          type="button"
          disabled={editor.busy}
          onClick={() => (index === 0 ? onBack() : setAt(index - 1))}
        >
          {t('steps.previous')}
        </button>
        <button type="button" className="primary" disabled={editor.busy} onClick={() => void next()}>
          {t('steps.next')}
        </button>
      </div>
    </div>
  );
}
