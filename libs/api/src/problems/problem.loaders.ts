import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { countyCodeOf } from '@census/rules';

import type { Scope } from '../auth/principal';
import { countyRowKey, rowRefOfKey } from '../common/global-id';
import { countiesCondition, createCountyRowLoader } from '../common/key-loader';
import { countyRowParent, createPageLoader, type ListSpec } from '../common/page-loader';
import { hydrate, query, selectList, SqlParams } from '../common/sql';
import { Problem } from './problem.entity';
import type { ProblemSubjectType } from './problem.enums';

/** Listed by zone, then in the order they were recorded: one zone's log reads chronologically. */
export const PROBLEM_LIST: ListSpec<Problem> = {
  entity: Problem,
  table: 'problem',
  order: [
    { column: 'zone_code', property: 'zoneCode' },
    { column: 'id', property: 'rowId' },
  ],
};

/** The problems about one subject, oldest first (`problemsConnection` of buildings, households, persons). */
export const SUBJECT_PROBLEM_LIST: ListSpec<Problem> = {
  entity: Problem,
  table: 'problem',
  order: [{ column: 'id', property: 'rowId' }],
};

/**
 * Key of `problemsBySubject`: the subject's global-ID type and key, as `<Type>:<key>`; the key of a building,
 * household or person is its row key (`countyRowKey`), of a zone its code.
 */
export const subjectKey = (type: ProblemSubjectType, key: string) => `${type}:${key}`;

export function createProblemLoaders(db: DataSource, scope: Scope) {
  const columns = selectList(db, Problem, 't');
  const visible = (problem: Problem) => scope.covers(problem.zoneCode);
  const problemById = createCountyRowLoader(db, Problem, 'problem', visible);
  const prime = (problem: Problem) =>
    void problemById.prime(countyRowKey(problem.countyCode, problem.rowId), problem);
  const subjectOptions = {
    visible: (params: SqlParams) => scope.condition('t.zone_code', params, 't.county_code'),
    prime,
  };
  return {
    problemById,
    /**
     * All problems about each subject (zones, buildings, households and persons mixed), oldest first: one
     * statement for every subject asked for in the same tick, whatever their kinds.
     */
    problemsBySubject: new DataLoader<string, Problem[]>(
      async (keys) => {
        const wanted: Record<ProblemSubjectType, string[]> = {
          Zone: [],
          Building: [],
          Household: [],
          Person: [],
        };
        // The subjects' counties: a row key names its row's, a zone code its own (county_key of the code).
        const counties = new Set<string | null>();
        for (const key of keys) {
          const colon = key.indexOf(':');
          const type = key.slice(0, colon) as ProblemSubjectType;
          const subject = key.slice(colon + 1);
          if (type === 'Zone') {
            wanted.Zone.push(subject);
            counties.add(countyCodeOf(subject));
          } else {
            const ref = rowRefOfKey(subject);
            if (!ref) continue;
            wanted[type].push(ref.id);
            counties.add(ref.county);
          }
        }
        const params = new SqlParams();
        const inCounties = countiesCondition('t', [...counties], params);
        const rows = await query<Record<string, unknown>>(
          db,
          `SELECT ${columns} FROM problem t
            WHERE ${inCounties === null ? '' : `${inCounties} AND`}
                  (t.subject_zone_code = ANY(${params.add(wanted.Zone)}::text[])
                OR t.building_id = ANY(${params.add(wanted.Building)}::bigint[])
                OR t.household_id = ANY(${params.add(wanted.Household)}::bigint[])
                OR t.person_id = ANY(${params.add(wanted.Person)}::bigint[]))
              AND ${scope.condition('t.zone_code', params, 't.county_code')}
            ORDER BY t.id`,
          params.values,
        );
        const grouped = new Map<string, Problem[]>();
        for (const row of rows) {
          const problem = hydrate(Problem, row);
          prime(problem);
          const { type, key } = problem.subjectRef;
          const list = grouped.get(subjectKey(type, key)) ?? [];
          list.push(problem);
          grouped.set(subjectKey(type, key), list);
        }
        // A bare id (of an old global ID) finds its problems in whichever county they are.
        return keys.map((key) => {
          const colon = key.indexOf(':');
          const type = key.slice(0, colon) as ProblemSubjectType;
          const ref = type === 'Zone' ? null : rowRefOfKey(key.slice(colon + 1));
          if (!ref || ref.county !== null) return grouped.get(key) ?? [];
          const found = [...grouped.entries()].find(
            ([other]) => other.startsWith(`${type}:`) && other.endsWith(`:${ref.id}`),
          );
          return found?.[1] ?? [];
        });
      },
      { batchScheduleFn: (run) => setImmediate(run) },
    ),
    problemsOfBuilding: createPageLoader(
      db,
      SUBJECT_PROBLEM_LIST,
      countyRowParent('building_id'),
      subjectOptions,
    ),
    problemsOfHousehold: createPageLoader(
      db,
      SUBJECT_PROBLEM_LIST,
      countyRowParent('household_id'),
      subjectOptions,
    ),
    problemsOfPerson: createPageLoader(
      db,
      SUBJECT_PROBLEM_LIST,
      countyRowParent('person_id'),
      subjectOptions,
    ),
    problems: createPageLoader(db, PROBLEM_LIST, null, {
      visible: (params: SqlParams) => scope.condition('t.zone_code', params, 't.county_code'),
      prime,
    }),
  };
}
