import { canonicalZoneCode, countyKeyOf } from '@census/rules';

import type { ListFilter } from './page-loader';
import type { SqlParams } from './sql';

/**
 * The one subtree mechanism of the product. Zone codes are materialized paths (a child's code extends its
 * parent's), stored with the "C" collation, so "in zone Z and everything below it" is the index range
 * `code >= Z AND code < Z || ':'` (':' sorts right after '9'). Unlike `LIKE Z || '%'`, the range stays
 * index-friendly when Z is a parameter or a column of a lateral join.
 *
 * Every table below the small zone carries `small_zone_code`, so the same condition filters buildings,
 * households and persons of any ancestor zone without joins. Progress figures and access scopes reuse it.
 */
export function withinZone(column: string, zoneCodeSql: string): string {
  return `(${column} >= ${zoneCodeSql} AND ${column} < ${zoneCodeSql} || ':')`;
}

/**
 * The list filter of a table of zone rows: `zoneCode` (in any accepted form; an unknown one matches nothing) keeps
 * the rows whose `column` lies within that zone, and `more` adds the list's own conditions to `where` after it.
 * Given the table's `countyColumn`, a zone that is a county or lies inside one names its county there too, so
 * that the list reaches that county's partition only.
 */
export function subtreeListFilter<F extends { zoneCode?: string | null }>(
  filter: F | null | undefined,
  column: string,
  more: (f: Partial<F>, where: string[], params: SqlParams) => void,
  countyColumn?: string,
): ListFilter {
  const f: Partial<F> = filter ?? {};
  return {
    conditions(params: SqlParams) {
      const where: string[] = [];
      if (f.zoneCode != null) {
        const code = canonicalZoneCode(f.zoneCode);
        const county = code === null ? null : countyKeyOf(code);
        if (countyColumn && county !== null) where.push(`${countyColumn} = ${params.add(county)}`);
        where.push(withinZone(column, params.add(code ?? '-')));
      }
      more(f, where, params);
      return where;
    },
  };
}
