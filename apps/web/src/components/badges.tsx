import {
  HOUSEHOLD_STAGE_LABELS,
  HOUSEHOLD_STATUS_LABELS,
  HouseholdStage,
  HouseholdStatus,
} from '@census/rules';

import { useApp } from '../app-context';
import { enumLabel } from '../i18n';

/** Badge colour of each stage: what still needs the enumerator's work stands out, approved recedes. */
export const STAGE_TONE: Record<HouseholdStage, 'todo' | 'busy' | 'wait' | 'done' | 'bad'> = {
  [HouseholdStage.LISTED]: 'todo',
  [HouseholdStage.ENUMERATING]: 'busy',
  [HouseholdStage.SUBMITTED]: 'wait',
  [HouseholdStage.APPROVED]: 'done',
  [HouseholdStage.RETURNED]: 'bad',
};

export const STATUS_TONE: Record<HouseholdStatus, 'plain' | 'muted' | 'warn'> = {
  [HouseholdStatus.ORDINARY]: 'plain',
  [HouseholdStatus.VACANT]: 'muted',
  [HouseholdStatus.AWAY]: 'warn',
  [HouseholdStatus.DECEASED]: 'muted',
};

export function StageBadge({ stage }: { stage: HouseholdStage | `${HouseholdStage}` }) {
  const { lang } = useApp();
  const value = stage as HouseholdStage;
  return (
    <span className={`badge badge-${STAGE_TONE[value]}`} data-stage={value}>
      {enumLabel(HOUSEHOLD_STAGE_LABELS, value, lang)}
    </span>
  );
}

export function StatusBadge({ status }: { status: HouseholdStatus | `${HouseholdStatus}` }) {
  const { lang } = useApp();
  const value = status as HouseholdStatus;
  return (
    <span className={`badge badge-${STATUS_TONE[value]}`} data-status={value}>
      {enumLabel(HOUSEHOLD_STATUS_LABELS, value, lang)}
    </span>
  );
}
