import { beijingDayStart, countyKeyOf } from '@census/rules';

import { HouseholdStatus } from '../common/enums';
import { countiesCondition } from '../common/key-loader';
import type { ListFilter } from '../common/page-loader';
import type { SqlParams } from '../common/sql';
import { withinZone } from '../common/subtree';
import { AppointmentStatus, FAILED_OUTCOMES, VisitOutcome } from './visit.enums';

/** The day and zone of an agenda: a Beijing day (YYYY-MM-DD) and, when limited, a canonical zone code. */
export interface AgendaScope {
  date: string;
  zoneCode: string | null;
}

/**
 * The counties an agenda's rows lie in: the county of its zone when the zone is a county or lies inside one, else
 * the caller's scope's (`Scope.counties`; null across counties, for an account above the county).
 */
function agendaCounties(
  agenda: AgendaScope,
  scopeCounties: readonly string[] | null,
): readonly string[] | null {
  const county = agenda.zoneCode === null ? null : countyKeyOf(agenda.zoneCode);
  return county === null ? scopeCounties : [county];
}

/**
 * The conditions of an agenda list: its zone, its counties (agendaCounties) on `t` (so that the list and its
 * sub-selects reach those counties' partitions only) and the list's own, which get the SQL naming the counties on
 * another alias (`county('v')`: '' or `v.county_code = $n AND `).
 */
function agendaFilter(
  agenda: AgendaScope,
  scopeCounties: readonly string[] | null,
  conditions: (params: SqlParams, county: (alias: string) => string) => string[],
): ListFilter {
  const counties = agendaCounties(agenda, scopeCounties);
  return {
    conditions: (params) => {
      const named = (alias: string) =>
        counties === null ? null : countiesCondition(alias, counties, params);
      const onT = named('t');
      const county = (alias: string) => {
        const condition = named(alias);
        return condition === null ? '' : `${condition} AND ${alias}.county_code = t.county_code AND `;
      };
      return [
        ...(agenda.zoneCode ? [withinZone('t.small_zone_code', params.add(agenda.zoneCode))] : []),
        ...(onT === null ? [] : [onT]),
        ...conditions(params, county),
      ];
    },
  };
}

const OPEN_STAGES = `t.stage IN ('LISTED', 'ENUMERATING', 'RETURNED')`;

/** 今日预约: appointments planned on the agenda's day (appointment list). */
export function agendaAppointmentsFilter(
  agenda: AgendaScope,
  scopeCounties: readonly string[] | null,
): ListFilter {
  return agendaFilter(agenda, scopeCounties, (params) => {
    const start = params.add(beijingDayStart(agenda.date));
    return [
      `t.planned_at >= ${start}::timestamptz`,
      `t.planned_at < ${start}::timestamptz + interval '1 day'`,
      `t.status = '${AppointmentStatus.PLANNED}'`,
    ];
  });
}

/** 未入户: ordinary households still to enumerate without any visit (household list). */
export function notVisitedFilter(agenda: AgendaScope, scopeCounties: readonly string[] | null): ListFilter {
  return agendaFilter(agenda, scopeCounties, (_params, county) => [
    OPEN_STAGES,
    `t.status = '${HouseholdStatus.ORDINARY}'`,
    `NOT EXISTS (SELECT 1 FROM visit v WHERE ${county('v')}v.household_id = t.id)`,
  ]);
}

/** 多次未果: households still to enumerate with at least `minFailures` failed visits and none completed. */
export function repeatedFailuresFilter(
  agenda: AgendaScope,
  scopeCounties: readonly string[] | null,
  minFailures: number,
): ListFilter {
  return agendaFilter(agenda, scopeCounties, (params, county) => [
    OPEN_STAGES,
    `(SELECT count(*) FROM visit v WHERE ${county('v')}v.household_id = t.id AND v.outcome = ANY(${params.add(FAILED_OUTCOMES)}::visit_outcome[])) >= ${params.add(minFailures)}`,
    `NOT EXISTS (SELECT 1 FROM visit v WHERE ${county('v')}v.household_id = t.id AND v.outcome = '${VisitOutcome.COMPLETED}')`,
  ]);
}
