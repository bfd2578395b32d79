import {
  DWELLING_TYPE_LABELS,
  EDUCATION_LABELS,
  type EnumLabel,
  ETHNICITY_LABELS,
  HOUSEHOLD_KIND_LABELS,
  HOUSEHOLD_STATUS_LABELS,
  ITEM_LABELS,
  LEFT_REGISTRATION_DURATION_LABELS,
  LEFT_REGISTRATION_REASON_LABELS,
  REGISTRATION_METHOD_LABELS,
  RELATIONSHIP_LABELS,
  SEX_LABELS,
  WHEREABOUTS_LABELS,
} from '@census/rules';

import { useApp } from '../app-context';
import type { Lang } from '../i18n';
import type { SummaryReason } from '../pages/returned-reasons';

export type { SummaryReason };

type ItemKey = keyof typeof ITEM_LABELS;
type Value = string | number | boolean | null | undefined;

export interface SummaryHousehold {
  kind: string;
  status: string;
  registrationMethod: string;
  presentMale: number;
  presentFemale: number;
  absentMale: number;
  absentFemale: number;
  birthsMale: number;
  birthsFemale: number;
  deathsMale: number;
  deathsFemale: number;
  dwellingType?: string | null;
  floorArea?: number | null;
  rooms?: number | null;
  phone?: string | null;
  note?: string | null;
  persons: SummaryPerson[];
  returnReasons?: readonly SummaryReason[];
}

export interface SummaryPerson {
  id: string;
  lineNumber: number;
  name?: string | null;
  relationship?: string | null;
  citizenId?: string | null;
  sex?: string | null;
  birthYear?: number | null;
  birthMonth?: number | null;
  ethnicity?: string | null;
  whereabouts?: string | null;
  registrationPlaceCode?: string | null;
  leftRegistrationDuration?: string | null;
  leftRegistrationReason?: string | null;
  education?: string | null;
  literate?: boolean | null;
  registered?: boolean | null;
  resident?: boolean | null;
}

function label(
  labels: Record<string, EnumLabel>,
  value: string | null | undefined,
  lang: Lang,
): string | null {
  if (value == null) return null;
  return labels[value]?.[lang] ?? value;
}

/** Items every ordinary household answers (H5-H7) and every person (D1-D6), so an empty one is flagged. */
const REQUIRED_HOUSEHOLD: readonly ItemKey[] = [
  'household.dwellingType',
  'household.floorArea',
  'household.rooms',
];
const REQUIRED_PERSON: readonly ItemKey[] = [
  'person.name',
  'person.relationship',
  'person.citizenId',
  'person.sex',
  'person.birthYearMonth',
  'person.ethnicity',
];

/**
 * 审核摘要: the household and its persons as text, labelled as the census form labels its items (H1…H7, D1…D12),
 * not as a form: nothing here looks editable. Empty required items, an H2 count that disagrees with the list and
 * items a return named are highlighted.
 */
export function ReviewSummary({ household }: { household: SummaryHousehold }) {
  const { t, lang } = useApp();
  const flagged = new Set(
    (household.returnReasons ?? []).map((reason) => `${reason.lineNumber ?? 0}:${reason.item ?? ''}`),
  );
  const ordinary = household.status === 'ORDINARY';
  const present = household.presentMale + household.presentFemale;
  const listed = household.persons.filter((person) => person.resident !== false).length;
  const mismatch = ordinary && present !== listed;
  let problems = mismatch ? 1 : 0;

  const row = (key: ItemKey, value: Value, line = 0, required = false) => {
    const empty = value == null || value === '';
    const missing = required && empty;
    const named = flagged.has(`${line}:${key}`);
    if (missing) problems += 1;
    const shown = empty
      ? t('review.missing')
      : typeof value === 'boolean'
        ? value
          ? '是'
          : '否'
        : String(value);
    return (
      <div key={key} className={missing || named ? 'summary-item flagged' : 'summary-item'} data-item={key}>
        <dt>{ITEM_LABELS[key][lang]}</dt>
        <dd>{shown}</dd>
      </div>
    );
  };

  const householdRows = [
    row('household.kind', label(HOUSEHOLD_KIND_LABELS, household.kind, lang)),
    row('household.status', label(HOUSEHOLD_STATUS_LABELS, household.status, lang)),
    row('household.presentMale', household.presentMale),
    row('household.presentFemale', household.presentFemale),
    row('household.absentMale', household.absentMale),
    row('household.absentFemale', household.absentFemale),
    row('household.birthsMale', household.birthsMale),
    row('household.birthsFemale', household.birthsFemale),
    row('household.deathsMale', household.deathsMale),
    row('household.deathsFemale', household.deathsFemale),
    row(
      'household.dwellingType',
      label(DWELLING_TYPE_LABELS, household.dwellingType, lang),
      0,
      ordinary && REQUIRED_HOUSEHOLD.includes('household.dwellingType'),
    ),
    row('household.floorArea', household.floorArea, 0, ordinary),
    row('household.rooms', household.rooms, 0, ordinary),
    row('household.phone', household.phone),
  ];

  const personBlocks = household.persons.map((person) => {
    const line = person.lineNumber;
    const required = (key: ItemKey) => REQUIRED_PERSON.includes(key);
    const birth =
      person.birthYear == null
        ? null
        : `${person.birthYear}-${String(person.birthMonth ?? '').padStart(2, '0')}`;
    return (
      <section key={person.id} className="summary-person" data-line={line}>
        <h3>
          {t('review.personLine', { line })} {person.name ?? ''}
        </h3>
        <dl>
          {row('person.name', person.name, line, required('person.name'))}
          {row('person.relationship', label(RELATIONSHIP_LABELS, person.relationship, lang), line, true)}
          {row('person.citizenId', person.citizenId, line, true)}
          {row('person.sex', label(SEX_LABELS, person.sex, lang), line, true)}
          {row('person.birthYearMonth', birth, line, true)}
          {row('person.ethnicity', label(ETHNICITY_LABELS, person.ethnicity, lang), line, true)}
          {row('person.whereabouts', label(WHEREABOUTS_LABELS, person.whereabouts, lang), line)}
          {row('person.registrationPlaceCode', person.registrationPlaceCode, line)}
          {row(
            'person.leftRegistrationDuration',
            label(LEFT_REGISTRATION_DURATION_LABELS, person.leftRegistrationDuration, lang),
            line,
          )}
          {row(
            'person.leftRegistrationReason',
            label(LEFT_REGISTRATION_REASON_LABELS, person.leftRegistrationReason, lang),
            line,
          )}
          {row('person.education', label(EDUCATION_LABELS, person.education, lang), line)}
          {row('person.literate', person.literate, line)}
          {row('person.resident', person.resident, line)}
          {row('person.registered', person.registered, line)}
        </dl>
      </section>
    );
  });

  return (
    <section className="card review-summary" aria-label={t('review.summary')}>
      <h2>{t('review.summary')}</h2>
      <p className={problems ? 'notice notice-warn' : 'hint'}>
        {problems ? t('review.problems', { count: problems }) : t('review.noProblems')}
        {' · '}
        {label(REGISTRATION_METHOD_LABELS, household.registrationMethod, lang)}
      </p>
      {mismatch && (
        <p className="summary-item flagged" role="note">
          {t('review.countMismatch', { present, listed })}
        </p>
      )}
      <h3>{t('review.householdItems')}</h3>
      <dl>{householdRows}</dl>
      {personBlocks}
    </section>
  );
}
