import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { canonicalZoneCode } from '@census/rules';

import { type Principal, type Scope, scopeOf } from '../auth/principal';
import { Role } from '../auth/role';
import { createPageLoader, type ListFilter, type ListSpec } from '../common/page-loader';
import { hydrate, query, selectList, SqlParams } from '../common/sql';
import { withinZone } from '../common/subtree';
import { Zone } from '../zones/zone.entity';
import { Account } from './account.entity';
import type { AccountFilter } from './account.inputs';

/** Who looks at accounts: the caller's account (null for a resident), role and zones. */
export interface AccountViewer {
  accountId: string | null;
  role: Role | null;
  scope: Scope;
}

export function accountViewerOf(principal: Principal): AccountViewer {
  return principal.kind === 'staff'
    ? { accountId: principal.accountId, role: principal.role, scope: principal.scope }
    : { accountId: null, role: null, scope: scopeOf(principal) };
}

/** Roles of the census offices (人普办): they create accounts and answer for the accounts of their zones. */
export const OFFICE_ROLES: readonly Role[] = [Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER];

/**
 * SQL condition: the account (alias `t`) belongs to an office inside the caller's zones (its home zone lies in
 * them). Only such accounts may an office manage: change, disable, give a password, zones or tokens.
 */
export function managedAccount(scope: Scope, params: SqlParams): string {
  return scope.condition('t.home_zone_code', params);
}

/**
 * SQL condition: the account (alias `t`) may be read by `viewer`. A supervisor reads itself and its enumerators,
 * an enumerator itself and its supervisor. Offices read the accounts they manage and those holding a zone inside
 * their zones (or supervising an enumerator who does); the county system reads the latter. Accounts of sibling
 * townships and other counties, zone-less ones included, stay invisible; a resident reads none.
 */
export function accountVisibility(viewer: AccountViewer, params: SqlParams): string {
  if (viewer.accountId === null || viewer.role === null) return 'FALSE';
  const self = `${params.add(viewer.accountId)}::bigint`;
  if (viewer.role === Role.SUPERVISOR) return `(t.id = ${self} OR t.supervisor_id = ${self})`;
  if (viewer.role === Role.ENUMERATOR)
    return `(t.id = ${self} OR t.id = (SELECT me.supervisor_id FROM account me WHERE me.id = ${self}))`;
  const conditions = [
    `t.id = ${self}`,
    `EXISTS (SELECT 1 FROM account_zone az WHERE az.account_id = t.id AND ${viewer.scope.condition('az.zone_code', params)})`,
    `EXISTS (SELECT 1 FROM account e JOIN account_zone az ON az.account_id = e.id
              WHERE e.supervisor_id = t.id AND ${viewer.scope.condition('az.zone_code', params)})`,
  ];
  if (OFFICE_ROLES.includes(viewer.role)) conditions.push(managedAccount(viewer.scope, params));
  return `(${conditions.join(' OR ')})`;
}

export const ACCOUNT_LIST: ListSpec<Account> = {
  entity: Account,
  table: 'account',
  order: [{ column: 'username', property: 'username' }],
};

/** The conditions of `accounts(filter:)` on alias `t`; an unknown zone code matches nothing. */
export function accountListFilter(filter: AccountFilter | null | undefined): ListFilter {
  const f = filter ?? {};
  return {
    conditions(params: SqlParams) {
      const where: string[] = [];
      if (f.role) where.push(`t.role = ${params.add(f.role)}`);
      if (f.active != null) where.push(`t.active = ${params.add(f.active)}`);
      if (f.zoneCode != null) {
        const code = params.add(canonicalZoneCode(f.zoneCode) ?? '-');
        where.push(
          `(${withinZone('t.home_zone_code', code)} OR EXISTS (SELECT 1 FROM account_zone fz
              WHERE fz.account_id = t.id AND ${withinZone('fz.zone_code', code)}))`,
        );
      }
      const search = f.search?.trim().toLowerCase();
      if (search) {
        const text = params.add(search);
        where.push(`(strpos(lower(t.name), ${text}) > 0 OR strpos(lower(t.username), ${text}) > 0)`);
      }
      return where;
    },
  };
}

export function createAccountLoaders(db: DataSource, principal: Principal) {
  const viewer = accountViewerOf(principal);
  const scope = viewer.scope;
  const accountColumns = selectList(db, Account, 't');
  const zoneColumns = selectList(db, Zone, 'z');
  return {
    accounts: createPageLoader(db, ACCOUNT_LIST, null, {
      visible: (params: SqlParams) => accountVisibility(viewer, params),
    }),
    accountById: new DataLoader<string, Account | null>(
      async (ids) => {
        const params = new SqlParams();
        const rows = await query<Record<string, unknown>>(
          db,
          `SELECT ${accountColumns} FROM account t
            WHERE t.id = ANY(${params.add(ids)}::bigint[]) AND ${accountVisibility(viewer, params)}`,
          params.values,
        );
        const byId = new Map(rows.map((row) => hydrate(Account, row)).map((a) => [a.rowId, a]));
        return ids.map((id) => byId.get(id) ?? null);
      },
      { batchScheduleFn: (run) => setImmediate(run) },
    ),
    zonesByAccount: new DataLoader<string, Zone[]>(
      async (ids) => {
        const rows = await query<Record<string, unknown> & { accountId: string }>(
          db,
          `SELECT az.account_id AS "accountId", ${zoneColumns}
             FROM account_zone az JOIN zone z ON z.code = az.zone_code
            WHERE az.account_id = ANY($1::bigint[]) ORDER BY z.code`,
          [ids],
        );
        const grouped = new Map<string, Zone[]>();
        for (const { accountId, ...row } of rows) {
          const zone = hydrate(Zone, row);
          if (!scope.seesZone(zone.code)) continue;
          grouped.set(accountId, [...(grouped.get(accountId) ?? []), zone]);
        }
        return ids.map((id) => grouped.get(id) ?? []);
      },
      { batchScheduleFn: (run) => setImmediate(run) },
    ),
    /** The enumerators holding each small zone (visible to the caller), by username. */
    enumeratorsByZone: new DataLoader<string, Account[]>(
      async (codes) => {
        const params = new SqlParams();
        const rows = await query<Record<string, unknown> & { zoneCode: string }>(
          db,
          `SELECT az.zone_code AS "zoneCode", ${accountColumns}
             FROM account_zone az JOIN account t ON t.id = az.account_id
            WHERE az.zone_code = ANY(${params.add(codes)}::text[]) AND t.role = 'ENUMERATOR'
              AND ${accountVisibility(viewer, params)}
            ORDER BY t.username`,
          params.values,
        );
        const grouped = new Map<string, Account[]>();
        for (const { zoneCode, ...row } of rows)
          grouped.set(zoneCode, [...(grouped.get(zoneCode) ?? []), hydrate(Account, row)]);
        return codes.map((code) => grouped.get(code) ?? []);
      },
      { batchScheduleFn: (run) => setImmediate(run) },
    ),
  };
}
