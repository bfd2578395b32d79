import { useId, useState } from 'react';

import { type ReportTextsFragment, SaveReportTextsDocument } from '@census/client';

import { useApp } from '../app-context';
import { serverText } from '../i18n';
import { TextField } from './fields';

/** The heads of the items as the report (in Chinese) names them. */
const PRACTICES = ['思想上重视', '准备上充分', '推进上有力'];
const SUGGESTIONS = ['营造舆论氛围', '找准工作方法', '强化人员管理'];
/** As the API allows (REPORT_ITEM_MAX_LENGTH). */
const ITEM_MAX = 1000;

function TextArea({
  label,
  value,
  onChange,
  name,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  name: string;
}) {
  const id = useId();
  return (
    <div className="field field-wide">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name={name}
        rows={3}
        maxLength={ITEM_MAX}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

const three = (list: readonly string[] | undefined) => [0, 1, 2].map((i) => list?.[i] ?? '');
const numberText = (value: number | null | undefined) => (value == null ? '' : String(value));

/**
 * What the office writes into the report (【由人普办填写】): the start month, the pilot, 主要做法 and 工作建议,
 * kept per zone by the API. Saving replaces the saved texts and reloads the report.
 */
export function ReportTextsForm({
  zoneCode,
  texts,
  onSaved,
}: {
  zoneCode: string;
  texts: ReportTextsFragment | null | undefined;
  onSaved: () => void;
}) {
  const { t, lang, request } = useApp();
  const [month, setMonth] = useState(numberText(texts?.campaignMonth));
  const [pilotStart, setPilotStart] = useState(texts?.pilotStart ?? '');
  const [pilotEnd, setPilotEnd] = useState(texts?.pilotEnd ?? '');
  const [households, setHouseholds] = useState(numberText(texts?.pilotHouseholds));
  const [persons, setPersons] = useState(numberText(texts?.pilotPersons));
  const [practices, setPractices] = useState(three(texts?.practices));
  const [suggestions, setSuggestions] = useState(three(texts?.suggestions));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  // The fields are number inputs: what is not a whole number is sent as typed and the API says what is wrong.
  const whole = (text: string): number | null => (text.trim() === '' ? null : Math.trunc(Number(text)));

  async function save() {
    const [campaignMonth, pilotHouseholds, pilotPersons] = [whole(month), whole(households), whole(persons)];
    setBusy(true);
    setError('');
    try {
      const { saveReportTexts } = await request(SaveReportTextsDocument, {
        input: {
          zoneCode,
          expectedVersion: texts?.version ?? 0,
          campaignMonth,
          pilotStart: pilotStart || null,
          pilotEnd: pilotEnd || null,
          pilotHouseholds,
          pilotPersons,
          practices,
          suggestions,
        },
      });
      if (saveReportTexts.userErrors.length > 0)
        setError(saveReportTexts.userErrors.map((e) => serverText(lang, e)).join('; '));
      else onSaved();
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const edit = (list: string[], set: (next: string[]) => void, index: number) => (value: string) =>
    set(list.map((item, i) => (i === index ? value : item)));

  return (
    <form
      className="card report-texts"
      aria-label={t('report.edit')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2>{t('report.edit')}</h2>
      <div className="field-grid">
        <TextField label={t('report.campaignMonth')} value={month} onChange={setMonth} type="number" />
        <TextField label={t('report.pilotStart')} value={pilotStart} onChange={setPilotStart} type="date" />
        <TextField label={t('report.pilotEnd')} value={pilotEnd} onChange={setPilotEnd} type="date" />
        <TextField
          label={t('report.pilotHouseholds')}
          value={households}
          onChange={setHouseholds}
          type="number"
        />
        <TextField label={t('report.pilotPersons')} value={persons} onChange={setPersons} type="number" />
      </div>
      {PRACTICES.map((head, i) => (
        <TextArea
          key={head}
          name={`practice${i + 1}`}
          label={t('report.practice', { n: i + 1, head })}
          value={practices[i]}
          onChange={edit(practices, setPractices, i)}
        />
      ))}
      {SUGGESTIONS.map((head, i) => (
        <TextArea
          key={head}
          name={`suggestion${i + 1}`}
          label={t('report.suggestion', { n: i + 1, head })}
          value={suggestions[i]}
          onChange={edit(suggestions, setSuggestions, i)}
        />
      ))}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {t('report.save')}
      </button>
    </form>
  );
}
