import { hash } from '@node-rs/argon2';
import type { DataSource } from 'typeorm';

import { Role } from '../auth/role';
import { hashApiToken, newApiToken } from '../auth/tokens';
import { query } from '../common/sql';

/** Password of every demo account (README, "Demo accounts"). Demo data only: never use it for real data. */
export const DEMO_PASSWORD = 'census-demo-2020';

export interface DemoAccounts {
  usernames: Record<string, Role>;
  /** The INTEGRATION account's API token; shown once at seeding. */
  integrationToken: string;
}

interface DemoAccount {
  username: string;
  name: string;
  role: Role;
  zones: string[];
  supervisor?: string;
}

/**
 * One account of every role on the demo county: the county office, the first township's office, a supervisor
 * with two enumerators holding the small zones of the township's first census zones, and the county system.
 * Does nothing when accounts exist.
 */
export async function seedDemoAccounts(db: DataSource, countyCode: string): Promise<DemoAccounts | null> {
  const [{ count }] = await query<{ count: number }>(db, `SELECT count(*)::int AS count FROM account`);
  if (count > 0) return null;
  const [township] = await query<{ code: string }>(
    db,
    `SELECT code FROM zone WHERE parent_code = $1 ORDER BY code LIMIT 1`,
    [countyCode],
  );
  const smallZones = (
    await query<{ code: string }>(
      db,
      `SELECT code FROM zone WHERE level = 'SMALL_ZONE' AND code >= $1 AND code < $1 || ':' ORDER BY code LIMIT 4`,
      [township.code],
    )
  ).map((z) => z.code);
  const accounts: DemoAccount[] = [
    { username: 'admin', name: '县人普办管理员', role: Role.COUNTY_ADMIN, zones: [countyCode] },
    { username: 'officer', name: '街道人普办', role: Role.TOWNSHIP_OFFICER, zones: [township.code] },
    { username: 'supervisor', name: '王指导员', role: Role.SUPERVISOR, zones: [] },
    {
      username: 'enumerator',
      name: '李普查员',
      role: Role.ENUMERATOR,
      zones: smallZones.slice(0, 2),
      supervisor: 'supervisor',
    },
    {
      username: 'enumerator2',
      name: '张普查员',
      role: Role.ENUMERATOR,
      zones: smallZones.slice(2, 4),
      supervisor: 'supervisor',
    },
    { username: 'county-system', name: '县普查系统', role: Role.INTEGRATION, zones: [countyCode] },
  ];
  const passwordHash = await hash(DEMO_PASSWORD, { algorithm: 2 });
  const integrationToken = newApiToken();
  await db.transaction(async (tx) => {
    const ids = new Map<string, string>();
    for (const account of accounts) {
      const [{ id }] = await query<{ id: string }>(
        tx,
        `INSERT INTO account (username, name, role, password_hash, supervisor_id, home_zone_code, version)
         VALUES ($1, $2, $3, $4, $5, $6, 1) RETURNING id`,
        [
          account.username,
          account.name,
          account.role,
          account.role === Role.INTEGRATION ? null : passwordHash,
          account.supervisor ? ids.get(account.supervisor) : null,
          // 所属单位: the county office's accounts belong to the county, the township's staff to the township.
          account.role === Role.COUNTY_ADMIN || account.role === Role.INTEGRATION
            ? countyCode
            : township.code,
        ],
      );
      ids.set(account.username, id);
      await query(tx, `INSERT INTO account_zone (account_id, zone_code) SELECT $1, unnest($2::text[])`, [
        id,
        account.zones,
      ]);
      if (account.role === Role.ENUMERATOR) {
        await query(
          tx,
          `INSERT INTO small_zone_assignment (county_code, small_zone_code, enumerator_id)
           SELECT county_key(code), code, $2 FROM unnest($1::text[]) AS code`,
          [account.zones, id],
        );
      }
      if (account.role === Role.INTEGRATION) {
        await query(tx, `INSERT INTO api_token (account_id, token_hash, label) VALUES ($1, $2, 'demo')`, [
          id,
          hashApiToken(integrationToken),
        ]);
      }
    }
  });
  return { usernames: Object.fromEntries(accounts.map((a) => [a.username, a.role])), integrationToken };
}
