/**
 * The items of the long form (长表) as form controls: an option item as a select of the form's codes and Chinese
 * labels, a number with its unit, 初婚年月 as a year-month, 生育子女数 as sons and daughters; each with a 拒答 toggle.
 * A sealed answer on file that was not read in full shows as masked and is kept unless something else is chosen.
 * Shared by the staff section (LongFormSection) and the resident's steps (ResidentLongForm).
 */
import type { ReactNode } from 'react';
import { useId } from 'react';

import type { LongFormAnswerFieldsFragment } from '@census/client';
import { ITEM_LABELS, type ItemKey, type LongFormItem } from '@census/rules';

import { useApp } from '../app-context';
import { type Entity, type EntityDraft, ITEM_UNITS, type ItemDraft, itemKey } from '../long-form';

export const itemLabel = (key: string, lang: 'zh' | 'en'): string =>
  ITEM_LABELS[key as ItemKey]?.[lang] ?? key;

const EMPTY: ItemDraft = { value: '', refused: false, masked: false };

/** One long-form item with its 拒答 toggle and its problem. */
export function LongFormItemField({
  item,
  draft = EMPTY,
  set,
  disabled,
  error,
  name,
  help,
}: {
  item: LongFormItem<string>;
  draft?: ItemDraft | undefined;
  set: (next: ItemDraft) => void;
  disabled: boolean;
  error?: string | undefined;
  name: string;
  help?: ReactNode;
}) {
  const { t, lang } = useApp();
  const id = useId();
  const label = itemLabel(item.key, lang);
  const off = disabled || draft.refused;
  const type = (value: string) => set({ value, refused: false, masked: false });
  const hint = draft.masked && !draft.refused ? t('lf.maskedHint') : undefined;
  const described =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    disabled: off,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described,
  } as const;
  const spec = item.value;
  let control: ReactNode;
  if (spec.kind === 'option') {
    control = (
      <select
        id={id}
        name={name}
        value={draft.masked ? '' : draft.value}
        onChange={(e) => type(e.target.value)}
        {...common}
      >
        <option value="">{draft.masked ? t('lf.masked') : t('lf.blank')}</option>
        {Object.entries(spec.labels).map(([value, text]) => (
          <option key={value} value={value}>
            {spec.codes[value]} {text[lang]}
          </option>
        ))}
      </select>
    );
  } else if (spec.kind === 'children') {
    const [male = '', female = ''] = draft.masked ? [] : draft.value.split(',');
    const both = (m: string, f: string) => type(m === '' && f === '' ? '' : `${m},${f}`);
    control = (
      <span className="lf-children">
        <label>
          {t('lf.male')}{' '}
          <input
            name={`${name}.male`}
            inputMode="numeric"
            value={male}
            onChange={(e) => both(e.target.value.trim(), female)}
            {...common}
          />
        </label>
        <label>
          {t('lf.female')}{' '}
          <input
            name={`${name}.female`}
            inputMode="numeric"
            value={female}
            onChange={(e) => both(male, e.target.value.trim())}
            {...common}
          />
        </label>
      </span>
    );
  } else {
    const unit = ITEM_UNITS[item.field];
    control = (
      <span className="lf-number">
        <input
          id={id}
          name={name}
          inputMode={spec.kind === 'amount' ? 'decimal' : spec.kind === 'yearMonth' ? 'numeric' : 'numeric'}
          placeholder={
            draft.masked ? t('lf.masked') : spec.kind === 'yearMonth' ? t('lf.yearMonthHint') : undefined
          }
          value={draft.masked ? '' : draft.value}
          onChange={(e) => type(e.target.value)}
          {...common}
        />
        {unit && <span className="unit">{t(`lf.unit.${unit}`)}</span>}
      </span>
    );
  }
  return (
    <div className={`field lf-item${error ? ' field-invalid' : ''}`} data-item={item.key}>
      <label htmlFor={spec.kind === 'children' ? undefined : id}>
        {label}
        {item.sealed && <span className="badge badge-muted lf-sealed">{t('lf.sealed')}</span>}
      </label>
      <div className="lf-control">
        {control}
        <label className="lf-refuse">
          <input
            type="checkbox"
            name={`${name}.refused`}
            checked={draft.refused}
            disabled={disabled}
            aria-label={t('lf.refuse', { item: label })}
            onChange={(e) =>
              set(e.target.checked ? { value: '', refused: true, masked: false } : { ...EMPTY })
            }
          />
          {t('lf.refused')}
        </label>
      </div>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
      {help}
    </div>
  );
}

/** The items of one person or of the household, editable. */
export function LongFormItems({
  entity,
  personId,
  items,
  draft,
  set,
  disabled,
  issueAt,
  help,
}: {
  entity: Entity;
  personId?: string;
  items: readonly LongFormItem<string>[];
  draft: EntityDraft;
  set: (field: string, next: ItemDraft) => void;
  disabled: boolean;
  issueAt: (key: string) => string | undefined;
  help?: (item: LongFormItem<string>) => ReactNode;
}) {
  return (
    <>
      {items.map((item) => {
        const key = itemKey(entity, item.field, personId);
        return (
          <LongFormItemField
            key={item.field}
            item={item}
            draft={draft[item.field]}
            set={(next) => set(item.field, next)}
            disabled={disabled}
            error={issueAt(key)}
            name={`lf.${key}`}
            help={help?.(item)}
          />
        );
      })}
    </>
  );
}

/** Recorded answers as text (a reviewer's or an office's view): masked sealed answers stay masked. */
export function LongFormAnswersList({ answers }: { answers: readonly LongFormAnswerFieldsFragment[] }) {
  const { t, lang } = useApp();
  if (answers.length === 0) return <p className="hint">{t('lf.notAnswered')}</p>;
  return (
    <dl className="lf-answers">
      {answers.map((answer) => (
        <div key={answer.field} data-item={answer.item}>
          <dt>{itemLabel(answer.item, lang)}</dt>
          <dd>
            {answer.state === 'REFUSED'
              ? t('lf.refused')
              : answer.masked
                ? t('lf.maskedValue')
                : (answer.text ?? answer.value ?? '')}
          </dd>
        </div>
      ))}
    </dl>
  );
}
