import { beijingDayStart } from '@census/rules';

import { HouseholdStatus } from '../common/enums';
import type { ListFilter } from '../common/page-loader';
import type { SqlParams } from '../common/sql';
import { withinZone } from '../common/subtree';
import { AppointmentStatus, FAILED_OUTCOMES, VisitOutcome } from './visit.enums';

/** The day and zone of an agenda: a Beijing day (YYYY-MM-DD) and, when limited, a canonical zone code. */
export interface AgendaScope {
  date: string;
  zoneCode: string | null;
}

function agendaFilter(agenda: AgendaScope, conditions: (params: SqlParams) => string[]): ListFilter {
  return {
    conditions: (params) => [
      ...(agenda.zoneCode ? [withinZone('t.small_zone_code', params.add(agenda.zoneCode))] : []),
      ...conditions(params),
    ],
  };
}

const OPEN_STAGES = `t.stage IN ('LISTED', 'ENUMERATING', 'RETURNED')`;

/** 今日预约: appointments planned on the agenda's day (appointment list). */
export function agendaAppointmentsFilter(agenda: AgendaScope): ListFilter {
  return agendaFilter(agenda, (params) => {
    const start = params.add(beijingDayStart(agenda.date));
    return [
      `t.planned_at >= ${start}::timestamptz`,
      `t.planned_at < ${start}::timestamptz + interval '1 day'`,
      `t.status = '${AppointmentStatus.PLANNED}'`,
    ];
  });
}

/** 未入户: ordinary households still to enumerate without any visit (household list). */
export function notVisitedFilter(agenda: AgendaScope): ListFilter {
  return agendaFilter(agenda, () => [
    OPEN_STAGES,
    `t.status = '${HouseholdStatus.ORDINARY}'`,
    `NOT EXISTS (SELECT 1 FROM visit v WHERE v.household_id = t.id)`,
  ]);
}

/** 多次未果: households still to enumerate with at least `minFailures` failed visits and none completed. */
export function repeatedFailuresFilter(agenda: AgendaScope, minFailures: number): ListFilter {
  return agendaFilter(agenda, (params) => [
    OPEN_STAGES,
    `(SELECT count(*) FROM visit v WHERE v.household_id = t.id AND v.outcome = ANY(${params.add(FAILED_OUTCOMES)}::visit_outcome[])) >= ${params.add(minFailures)}`,
    `NOT EXISTS (SELECT 1 FROM visit v WHERE v.household_id = t.id AND v.outcome = '${VisitOutcome.COMPLETED}')`,
  ]);
}
