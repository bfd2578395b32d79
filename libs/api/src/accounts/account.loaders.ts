import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Scope } from '../auth/principal';
import { createPageLoader, type ListSpec } from '../common/page-loader';
import { hydrate, query, selectList, SqlParams } from '../common/sql';
import { Zone } from '../zones/zone.entity';
import { Account } from './account.entity';

/**
 * SQL condition: the account (alias `t`) holds a zone in the caller's scope. Accounts that hold no zone yet are
 * visible only to county administrators (`seesUnassigned`), who create them.
 */
export function accountVisibility(scope: Scope, params: SqlParams, seesUnassigned: boolean): string {
  // Holding a zone in scope, or supervising an enumerator who does (a supervisor's scope comes from them).
  const holdsVisible = `(EXISTS (SELECT 1 FROM account_zone az WHERE az.account_id = t.id AND ${scope.condition('az.zone_code', params)})
    OR EXISTS (SELECT 1 FROM account e JOIN account_zone az ON az.account_id = e.id
                WHERE e.supervisor_id = t.id AND ${scope.condition('az.zone_code', params)}))`;
  if (!seesUnassigned) return holdsVisible;
  return `(${holdsVisible} OR NOT EXISTS (SELECT 1 FROM account_zone az WHERE az.account_id = t.id))`;
}

export const ACCOUNT_LIST: ListSpec<Account> = {
  entity: Account,
  table: 'account',
  order: [{ column: 'username', property: 'username' }],
};

export function createAccountLoaders(db: DataSource, scope: Scope, seesUnassigned = false) {
  const accountColumns = selectList(db, Account, 't');
  const zoneColumns = selectList(db, Zone, 'z');
  return {
    accounts: createPageLoader(db, ACCOUNT_LIST, null, {
      visible: (params: SqlParams) => accountVisibility(scope, params, seesUnassigned),
    }),
    accountById: new DataLoader<string, Account | null>(
      async (ids) => {
        const params = new SqlParams();
        const rows = await query<Record<string, unknown>>(
          db,
          `SELECT ${accountColumns} FROM account t
            WHERE t.id = ANY(${params.add(ids)}::bigint[]) AND ${accountVisibility(scope, params, seesUnassigned)}`,
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
  };
}
