import type { WorklistEvidenceFieldsFragment } from '@census/client';
import {
  HOUSEHOLD_STATUS_LABELS,
  type HouseholdStatus,
  type Whereabouts,
  WHEREABOUTS_LABELS,
} from '@census/rules';

import { useApp } from '../app-context';
import { dynamicKey, enumLabel, type Lang, type MessageKey, type Params } from '../i18n';

const USAGE_LABELS = {
  NONE: { zh: '无用电', en: 'no use' },
  INTERMITTENT: { zh: '间断用电', en: 'intermittent use' },
  NORMAL: { zh: '正常用电', en: 'normal use' },
} as const;

/** `none` stands for a missing value in the texts' `select` arguments. */
const orNone = (value: string | null | undefined) => (value == null || value === '' ? 'none' : value);

/**
 * One line of evidence as a sentence in the reader's language (Chinese by default), from its kind and fields: e.g.
 * "摸底登记：第046户（普通住户），3 人（王伟、李丽、王芳）；公安户籍：无".
 */
export function evidenceSentence(
  evidence: WorklistEvidenceFieldsFragment,
  t: (key: MessageKey, params?: Params) => string,
  lang: Lang,
): string {
  const separator = lang === 'zh' ? '、' : ', ';
  const persons = evidence.persons ?? [];
  const names = persons.map((p) => (p.citizenId ? `${p.name} ${p.citizenId}` : p.name)).join(separator);
  const unknown = t('worklist.ev.unknown');
  const params: Params = {
    number: evidence.householdNumber ?? evidence.registryHouseholdNumber ?? '—',
    count: evidence.persons ? persons.length : 'none',
    names,
    address: orNone(evidence.address),
    phone: orNone(evidence.phone),
    status: evidence.householdStatus
      ? enumLabel(HOUSEHOLD_STATUS_LABELS, evidence.householdStatus as HouseholdStatus, lang)
      : unknown,
    missing: evidence.withoutCitizenId ?? 0,
    name: evidence.name ?? '—',
    id: evidence.citizenId ?? t('worklist.ev.noId'),
    whereabouts: evidence.whereabouts
      ? enumLabel(WHEREABOUTS_LABELS, evidence.whereabouts as Whereabouts, lang)
      : unknown,
    counties: (evidence.counties ?? []).map((c) => c.name ?? c.code).join(separator),
    meter: evidence.meterId ?? '—',
    month: evidence.month ?? '—',
    usage: evidence.usage ? USAGE_LABELS[evidence.usage][lang] : unknown,
  };
  if (evidence.kind === 'REGISTRY_ADDRESS') params.number = evidence.registryHouseholdNumber ?? '—';
  if (evidence.kind === 'REGISTRY_HOUSEHOLD') params.number = evidence.registryHouseholdNumber ?? '—';
  return t(dynamicKey('worklist.ev.', evidence.kind), params);
}

/** The evidence of an item, one sentence per source. */
export function WorklistEvidenceList({ evidence }: { evidence: readonly WorklistEvidenceFieldsFragment[] }) {
  const { t, lang } = useApp();
  return (
    <ul className="plain worklist-evidence">
      {evidence.map((line, index) => (
        <li key={index} data-evidence={line.kind}>
          {evidenceSentence(line, t, lang)}
        </li>
      ))}
    </ul>
  );
}
