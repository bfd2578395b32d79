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
