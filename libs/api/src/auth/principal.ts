import { ancestorZoneCodes, countyKeyOf, PROVINCE_CODES } from '@census/rules';

import type { SqlParams } from '../common/sql';
import { withinZone } from '../common/subtree';
import type { Role } from './role';

/**
 * The zones an account holds. Data (buildings, households, persons, ...) is visible when its small zone lies in
 * one of these subtrees; a zone is visible when it lies in one of them or is an ancestor of one (so that the
 * tree can be walked down to one's own zones), but an ancestor's lists only ever show what is in scope.
 */
export class Scope {
  readonly zones: readonly string[];
  private readonly ancestors: ReadonlySet<string>;
  /** Every province is held (the national office): every zone code lies in scope. */
  private readonly national: boolean;
  /**
   * The counties the scope's rows lie in, when every held zone is a county or lies inside one (a township office,
   * a supervisor, an enumerator, a resident): statements on county-owned tables then name them and reach only
   * those counties' partitions or nodes. Null when a held zone spans counties (a city, province or the national
   * office): their reads are the deliberate cross-county ones (docs/scaling.md).
   */
  readonly counties: readonly string[] | null;

  constructor(
    zones: readonly string[],
    /** A self-report session's household: its rows are visible although no zone is held. */
    private readonly householdId: string | null = null,
    extraVisibleZones: readonly string[] = [],
  ) {
    // A zone inside another held zone adds nothing: keep the outermost ones.
    const sorted = [...new Set(zones)].sort();
    this.zones = sorted.filter((code) => !sorted.some((other) => other !== code && code.startsWith(other)));
    this.ancestors = new Set([
      ...this.zones.flatMap((code) => ancestorZoneCodes(code)),
      ...extraVisibleZones,
    ]);
    this.national = [...PROVINCE_CODES].every((province) => this.zones.includes(province));
    const own = householdId !== null ? extraVisibleZones.slice(-1) : this.zones;
    const counties = own.map((code) => countyKeyOf(code));
    this.counties = counties.every((county) => county !== null) ? [...new Set(counties)].sort() : null;
  }

  static none(): Scope {
    return new Scope([]);
  }

  /**
   * A resident's self-report session: it holds no zone, so every list is empty; it sees its own household, that
   * household's persons and records, and the zones of its address (its small zone and the ones above).
   */
  static forHousehold(smallZoneCode: string, householdId: string): Scope {
    return new Scope([], householdId, [...ancestorZoneCodes(smallZoneCode), smallZoneCode]);
  }

  /** Row-level visibility of household data: in a held subtree, or of the session's own household. */
  coversRow(smallZoneCode: string, householdRowId: string | null): boolean {
    return this.covers(smallZoneCode) || (this.householdId !== null && householdRowId === this.householdId);
  }

  /** True when `code` (a zone code, usually a small zone's) lies in a held subtree. */
  covers(code: string): boolean {
    if (this.national) return PROVINCE_CODES.has(code.slice(0, 2));
    return this.zones.some((zone) => code.startsWith(zone));
  }

  /** True when the zone itself may be read: in scope, or an ancestor of a held zone. */
  seesZone(code: string): boolean {
    return this.covers(code) || this.ancestors.has(code);
  }

  /**
   * SQL condition: `column` (a zone code) lies in a held subtree. FALSE for an empty scope. A scope holding every
   * province holds every zone code there can be (a code's first segment is always a province code: normalizeZoneCode
   * refuses any other, and every zone code column references a zone or comes from one), so its condition is only
   * `column IS NOT NULL` (NULL is the one value the ranges leave out too): PostgreSQL drops that test on a NOT NULL
   * column and counts with an index-only scan, where 34 OR'd ranges made a bitmap heap scan, or a sequential scan
   * testing every range on every row once the table was analyzed.
   */
  condition(column: string, params: SqlParams, countyColumn?: string): string {
    if (this.zones.length === 0) return 'FALSE';
    if (this.national) return `(${column} IS NOT NULL)`;
    const zones = `(${this.zones.map((zone) => withinZone(column, params.add(zone))).join(' OR ')})`;
    return countyColumn ? this.withCounty(countyColumn, zones, params) : zones;
  }

  /**
   * SQL form of `coversRow`: rows in a held subtree, or of the self-report session's own household. With
   * `countyColumn` (the table's `county_code`), the condition names the scope's counties first.
   */
  rowCondition(
    zoneColumn: string,
    householdColumn: string,
    params: SqlParams,
    countyColumn?: string,
  ): string {
    if (this.householdId === null) return this.condition(zoneColumn, params, countyColumn);
    const rows = `(${this.condition(zoneColumn, params)} OR ${householdColumn} = ${params.add(this.householdId)}::bigint)`;
    return countyColumn ? this.withCounty(countyColumn, rows, params) : rows;
  }

  /**
   * `condition` preceded by the scope's counties on `countyColumn`, so that the statement reaches only their
   * partitions; a cross-county scope (counties null) adds nothing.
   */
  private withCounty(countyColumn: string, condition: string, params: SqlParams): string {
    if (this.counties === null) return condition;
    const counties =
      this.counties.length === 1
        ? `${countyColumn} = ${params.add(this.counties[0])}`
        : `${countyColumn} = ANY(${params.add(this.counties)}::text[])`;
    return `(${counties} AND ${condition})`;
  }

  /** SQL condition for zone rows: in scope or an ancestor of a held zone. */
  zoneCondition(column: string, params: SqlParams): string {
    if (this.ancestors.size === 0) return this.condition(column, params);
    return `(${this.condition(column, params)} OR ${column} = ANY(${params.add([...this.ancestors])}::text[]))`;
  }

  /** Stable text of the scope, part of batching keys so differently scoped requests never share a batch. */
  get key(): string {
    return this.zones.join(',');
  }
}

export type Principal =
  | { kind: 'anonymous' }
  | {
      kind: 'staff';
      accountId: string;
      username: string;
      role: Role;
      scope: Scope;
      /** The session this request belongs to (renewToken continues it). */
      sessionVersion: number;
      authTime: number;
    }
  | { kind: 'resident'; householdId: string; countyCode: string; smallZoneCode: string; scope: Scope };

export const ANONYMOUS: Principal = { kind: 'anonymous' };

export function scopeOf(principal: Principal): Scope {
  return principal.kind === 'anonymous' ? Scope.none() : principal.scope;
}

/** Who performs a change: the services check every target against `scope` and record `accountId`. */
export interface Actor {
  scope: Scope;
  accountId: string | null;
  /** How the audit log names the actor: the username, or `resident:<household id>` for self-report. */
  label: string;
}
