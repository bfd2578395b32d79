import { randomBytes } from 'node:crypto';

import type { DataSource, EntityManager } from 'typeorm';

import { normalizeZoneCode, PROVINCE_CODES, PROVINCES, ZONE_LEVEL_LABELS, ZoneLevel } from '@census/rules';

import { Role } from '../auth/role';
import { toGlobalId } from '../common/global-id';
import { query } from '../common/sql';
import { writeAudit } from '../privacy/audit';
import { AuditAction } from '../privacy/audit-log.entity';
import { hashPassword, MIN_PASSWORD_LENGTH, USERNAME_PATTERN } from './credentials';

/** What `db bootstrap` is asked for. `zone` is a division code of an office level, or `nation` (全国). */
export interface BootstrapInput {
  zone: string;
  username: string;
  name: string;
  /** Null: a random password is made and answered once. */
  password: string | null;
}

export type BootstrapResult =
  | {
      ok: true;
      username: string;
      role: Role;
      /** The account's home (所属单位); null for the national office. */
      homeZoneCode: string | null;
      zones: string[];
      /** Zones the bootstrap created (the provinces, taken from GB/T 2260). */
      createdZones: string[];
      /** Set when the password was generated: shown once, never stored in clear. */
      generatedPassword: string | null;
    }
  | { ok: false; message: string };

const NATION = ['nation', '全国', '国务院'];
const OFFICE_LEVELS: readonly ZoneLevel[] = [
  ZoneLevel.PROVINCE,
  ZoneLevel.CITY,
  ZoneLevel.COUNTY,
  ZoneLevel.TOWNSHIP,
];

const refuse = (message: string): BootstrapResult => ({ ok: false, message });

/**
 * Creates the first office account (人普办管理员) of a zone on a database where nobody can create it: the national
 * office (all provinces, which are created from GB/T 2260 when missing), or the office of a province (created
 * likewise), city, county or township (which must exist: its parents import it). Everything else is done in the
 * product by that account. Refuses — never silently — when the zone already has an office administrator, the
 * username is taken, or the zone is not an office level; one transaction, audited as `system:bootstrap`.
 */
export async function bootstrapOffice(db: DataSource, input: BootstrapInput): Promise<BootstrapResult> {
  const username = input.username.trim();
  const name = input.name.trim();
  if (!USERNAME_PATTERN.test(username))
    return refuse(
      `用户名 '${username}' 须为 3-50 个字母、数字、点、横线或下划线。Username '${username}' must be 3-50 letters, ` +
        'digits, dots, dashes or underscores.',
    );
  if (!name || name.length > 50)
    return refuse('名称须为 1-50 个字符（--name）。The name must have 1 to 50 characters (--name).');
  if (input.password !== null && input.password.length < MIN_PASSWORD_LENGTH)
    return refuse('密码至少 10 个字符。Passwords need at least 10 characters.');

  const nation = NATION.includes(input.zone.trim().toLowerCase());
  let home: string | null = null;
  if (!nation) {
    const parsed = normalizeZoneCode(input.zone);
    if (!parsed.ok) return refuse(`区划代码有误：${parsed.message}。Bad zone code: ${parsed.message}.`);
    if (!OFFICE_LEVELS.includes(parsed.value.level))
      return refuse(
        `${parsed.value.code} 是${ZONE_LEVEL_LABELS[parsed.value.level].zh}，人普办只设在乡级及以上（全国、省、市、县、乡）。` +
          `Zone '${parsed.value.code}' is a ${ZONE_LEVEL_LABELS[parsed.value.level].en.toLowerCase()}; census offices ` +
          'sit at township level and above (nation, province, city, county, township).',
      );
    home = parsed.value.code;
  }
  const role = home !== null && home.length === 9 ? Role.TOWNSHIP_OFFICER : Role.COUNTY_ADMIN;
  const password = input.password ?? randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(password);

  return db.transaction(async (tx) => {
    // Two bootstraps of one zone at the same moment: the second waits here and then sees the first's account.
    await query(tx, `SELECT pg_advisory_xact_lock(hashtext('census-bootstrap'))`);
    const createdZones = await ensureZones(tx, home);
    if (createdZones === null)
      return refuse(
        `区划 ${home} 尚不存在：请由上级人普办先导入它（census-admin import zones），或先为其所在省执行 bootstrap。` +
          `Zone '${home}' does not exist yet: have the office above import it (census-admin import zones), or ` +
          'bootstrap its province first.',
      );
    const [existing] = await query<{ username: string }>(
      tx,
      `SELECT username FROM account
        WHERE role = ANY($1::role[]) AND active AND home_zone_code IS NOT DISTINCT FROM $2
        ORDER BY id LIMIT 1`,
      [[Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER], home],
    );
    if (existing)
      return refuse(
        `${home ?? '全国'}已有人普办管理员账号 ${existing.username}：bootstrap 只创建第一个账号，其余账号请由它在系统中创建；` +
          `未做任何更改。The office of ${home ?? 'the nation'} already has an administrator (${existing.username}): ` +
          'bootstrap only creates the first account, the others are created by it. Nothing was changed.',
      );
    const zones = home === null ? [...PROVINCE_CODES].sort() : [home];
    const [account] = await query<{ id: string }>(
      tx,
      `INSERT INTO account (username, name, role, password_hash, home_zone_code, version)
       VALUES ($1, $2, $3, $4, $5, 1)
       ON CONFLICT ON CONSTRAINT account_username_key DO NOTHING RETURNING id`,
      [username, name, role, passwordHash, home],
    );
    if (!account)
      return refuse(
        `用户名 ${username} 已被占用；未做任何更改。Username '${username}' is taken. Nothing was changed.`,
      );
    await query(
      tx,
      `INSERT INTO account_zone (account_id, zone_code) SELECT $1, code FROM unnest($2::text[]) AS code`,
      [account.id, zones],
    );
    await writeAudit(tx, { accountId: null, label: 'system:bootstrap' }, [
      {
        action: AuditAction.ACCOUNT,
        entityType: 'Account',
        entityId: toGlobalId('Account', account.id),
        smallZoneCode: home,
        after: { created: username, role, home, zones, createdZones },
      },
    ]);
    return {
      ok: true,
      username,
      role,
      homeZoneCode: home,
      zones,
      createdZones,
      generatedPassword: input.password === null ? password : null,
    } satisfies BootstrapResult;
  });
}

/**
 * Makes sure the account's zones exist: the provinces (all of them for the nation) are created from GB/T 2260
 * when missing; any other zone must exist. Answers the codes created, or null when a zone is missing.
 */
async function ensureZones(tx: EntityManager, home: string | null): Promise<string[] | null> {
  const wanted = home === null ? [...PROVINCE_CODES].sort() : [home];
  const provinces = wanted.filter((code) => PROVINCES[code] !== undefined);
  const created = provinces.length
    ? await query<{ code: string }>(
        tx,
        `INSERT INTO zone (code, level, name, version)
         SELECT code, 'PROVINCE', name, 1 FROM unnest($1::text[], $2::text[]) AS p(code, name)
         ON CONFLICT (code) DO NOTHING RETURNING code`,
        [provinces, provinces.map((code) => PROVINCES[code])],
      )
    : [];
  if (home !== null && provinces.length === 0) {
    const [zone] = await query(tx, `SELECT 1 FROM zone WHERE code = $1`, [home]);
    if (!zone) return null;
  }
  return created.map((row) => row.code).sort();
}
