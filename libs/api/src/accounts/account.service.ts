import { hashSync, verify } from '@node-rs/argon2';
import type { DataSource, EntityManager } from 'typeorm';

import {
  commonAncestorZone,
  countyKeyOf,
  normalizePersonName,
  normalizeZoneCode,
  validateNameCharacters,
} from '@census/rules';

import { invalidateAuthentications } from '../auth/authentication-cache';
import type { Scope } from '../auth/principal';
import { AttemptLimiter, throttled } from '../auth/rate-limit';
import { Role } from '../auth/role';
import type { Secrets } from '../auth/secrets';
import { hashApiToken, MAX_SESSION_SECONDS, newApiToken, signToken } from '../auth/tokens';
import { codedError } from '../common/coded-error';
import { notAnIdMessage, rowIdOf, toGlobalId } from '../common/global-id';
import { hydrate, query, selectList, SqlParams } from '../common/sql';
import { coded, fromRuleIssues, type UserError, userError, UserErrorCode } from '../common/user-error';
import { missingOrConflict, outOfScope } from '../common/zone-checks';
import { writeAudit } from '../privacy/audit';
import { AuditAction } from '../privacy/audit-log.entity';
import { Account } from './account.entity';
import {
  type AssignSmallZoneInput,
  type AssignSmallZonesInput,
  type AssignSupervisorInput,
  type CreateAccountInput,
  type CreateApiTokenInput,
  type LoginInput,
  MAX_BULK_ENUMERATORS,
  MAX_BULK_SMALL_ZONES,
  type UpdateAccountInput,
} from './account.inputs';
import { managedAccount } from './account.loaders';
import { requireWithinHome, resolveHome, sameZones } from './account-home';
import { ARGON2ID, hashPassword, MIN_PASSWORD_LENGTH, USERNAME_PATTERN } from './credentials';

/** The staff member performing an account change. */
export interface StaffActor {
  accountId: string;
  username: string;
  role: Role;
  scope: Scope;
}

/** An account as a managing office locks it for a change. */
interface ManagedAccount {
  id: string;
  role: Role;
  version: number;
  homeZoneCode: string;
  supervisorId: string | null;
  zones: string[];
  /** A supervisor's enumerators' zones (its scope); empty for other roles. */
  teamZones: string[];
}

export interface LoginResult {
  token: string | null;
  expiresAt: Date | null;
  account: Account | null;
  userErrors: UserError[];
}

// A hash to verify against when the username is unknown, so that timing does not reveal which usernames exist.
const DUMMY_HASH = hashSync('no account has this password', { algorithm: ARGON2ID });

/** Which roles each role may create and manage. */
export const MANAGES: Record<Role, readonly Role[]> = {
  [Role.COUNTY_ADMIN]: [
    Role.COUNTY_ADMIN,
    Role.TOWNSHIP_OFFICER,
    Role.SUPERVISOR,
    Role.ENUMERATOR,
    Role.INTEGRATION,
  ],
  [Role.TOWNSHIP_OFFICER]: [Role.SUPERVISOR, Role.ENUMERATOR],
  [Role.SUPERVISOR]: [],
  [Role.ENUMERATOR]: [],
  [Role.INTEGRATION]: [],
};

/** Limits of password guessing (docs/security.md). */
export const LOGIN_LIMITS = {
  /** Wrong passwords for one username within the window before it is locked for the rest of it. */
  perUsername: 5,
  /** Failed logins from one client address within the window (password spraying over many usernames). */
  perAddress: 30,
  windowSeconds: 15 * 60,
};

export class AccountService {
  private readonly usernameAttempts: AttemptLimiter;
  private readonly addressAttempts: AttemptLimiter;

  constructor(
    private readonly db: DataSource,
    private readonly secrets: Secrets,
  ) {
    this.usernameAttempts = new AttemptLimiter(
      db,
      'login-user',
      LOGIN_LIMITS.perUsername,
      LOGIN_LIMITS.windowSeconds,
    );
    this.addressAttempts = new AttemptLimiter(
      db,
      'login-address',
      LOGIN_LIMITS.perAddress,
      LOGIN_LIMITS.windowSeconds,
    );
  }

  /**
   * Both attempts (the client address's and the username's) are taken before the password is checked, so that
   * parallel guesses cannot pass the limits together; a success gives them back.
   */
  async login(input: LoginInput, clientKey: string): Promise<LoginResult> {
    const key = input.username.trim().toLowerCase();
    const addressWait = await this.addressAttempts.take(clientKey);
    if (addressWait > 0) throw throttled('login', addressWait, 'ADDRESS');
    const usernameWait = await this.usernameAttempts.take(key);
    if (usernameWait > 0) {
      await this.addressAttempts.release(clientKey);
      throw throttled('login', usernameWait, 'USERNAME');
    }
    const [row] = await query<Record<string, unknown> & { passwordHash: string | null; active: boolean }>(
      this.db,
      `SELECT ${selectList(this.db, Account, 't')} FROM account t WHERE lower(t.username) = $1`,
      [key],
    );
    const valid = await verify(row?.passwordHash ?? DUMMY_HASH, input.password).catch(() => false);
    if (!row || !row.passwordHash || !valid) {
      return {
        token: null,
        expiresAt: null,
        account: null,
        userErrors: [userError('password', UserErrorCode.INVALID, coded('account.wrongPassword'))],
      };
    }
    await this.usernameAttempts.reset(key);
    await this.addressAttempts.release(clientKey);
    if (!row.active) {
      return {
        token: null,
        expiresAt: null,
        account: null,
        userErrors: [userError('username', UserErrorCode.INVALID, coded('auth.inactive'))],
      };
    }
    const account = hydrate(Account, row);
    // 最近登录: once per sign-in (never per request); the row's version stays, so no edit conflicts with it.
    const [signedIn] = await query<{ at: Date }>(
      this.db,
      `UPDATE account SET last_sign_in_at = now() WHERE id = $1 RETURNING last_sign_in_at AS at`,
      [account.rowId],
    );
    account.lastSignInAt = signedIn?.at ?? null;
    const { token, expiresAt } = signToken(this.secrets, {
      kind: 'staff',
      accountId: account.rowId,
      sessionVersion: account.sessionVersion,
      authTime: Math.floor(Date.now() / 1000),
    });
    return { token, expiresAt, account, userErrors: [] };
  }

  /**
   * A fresh token of the same session, while it is younger than MAX_SESSION_SECONDS since the password was
   * typed; after that the person logs in again.
   */
  renew(session: { accountId: string; sessionVersion: number; authTime: number }): {
    token: string;
    expiresAt: Date;
  } {
    if (Date.now() / 1000 - session.authTime > MAX_SESSION_SECONDS) {
      throw codedError(
        'auth.sessionTooOld',
        { hours: MAX_SESSION_SECONDS / 3600 },
        { code: 'UNAUTHENTICATED', reason: 'expired' },
      );
    }
    const { accountId, sessionVersion, authTime } = session;
    return signToken(this.secrets, { kind: 'staff', accountId, sessionVersion, authTime });
  }

  async byId(rowId: string): Promise<Account | null> {
    const [row] = await query<Record<string, unknown>>(
      this.db,
      `SELECT ${selectList(this.db, Account, 't')} FROM account t WHERE t.id = $1`,
      [rowId],
    );
    return row ? hydrate(Account, row) : null;
  }

  async create(
    input: CreateAccountInput,
    actor: StaffActor,
  ): Promise<{ node: Account | null; userErrors: UserError[] }> {
    const errors: UserError[] = [];
    const username = input.username.trim();
    if (!USERNAME_PATTERN.test(username)) {
      errors.push(
        userError('username', UserErrorCode.INVALID, coded('account.usernameFormat', { value: username })),
      );
    }
    if (!input.name.trim() || input.name.trim().length > 50)
      errors.push(userError('name', UserErrorCode.REQUIRED, coded('account.nameLength')));
    errors.push(...fromRuleIssues(validateNameCharacters(input.name)));
    if (!MANAGES[actor.role].includes(input.role)) {
      errors.push(
        userError('role', UserErrorCode.OUT_OF_SCOPE, coded('account.roleNotManaged', { role: input.role })),
      );
    }
    if (input.role === Role.INTEGRATION ? input.password != null : !input.password) {
      errors.push(
        userError(
          'password',
          UserErrorCode.REQUIRED,
          input.role === Role.INTEGRATION
            ? coded('account.integrationNoPassword')
            : coded('account.passwordRequired'),
        ),
      );
    }
    if (input.password && input.password.length < MIN_PASSWORD_LENGTH)
      errors.push(
        userError(
          'password',
          UserErrorCode.OUT_OF_RANGE,
          coded('account.passwordTooShort', { min: MIN_PASSWORD_LENGTH }),
        ),
      );
    return this.changeAccounts(async (tx) => {
      const zones = await this.resolveZones(tx, input.zoneCodes, actor.scope, errors);
      const home = await resolveHome(tx, input.homeZoneCode, zones, actor.scope, errors);
      if (home !== null) requireWithinHome(zones, home, 'zoneCodes', errors);
      const supervisor = await this.resolveSupervisor(tx, input.supervisorId, input.role, actor, errors);
      if (supervisor) requireWithinHome(zones, supervisor.homeZoneCode, 'supervisorId', errors, 'supervisor');
      if (errors.length || home === null) return { node: null, userErrors: errors };
      const passwordHash = input.password ? await hashPassword(input.password) : null;
      const rows = await query<Record<string, unknown>>(
        tx,
        `INSERT INTO account (username, name, role, password_hash, supervisor_id, home_zone_code, version)
         VALUES ($1, $2, $3, $4, $5, $6, 1)
         ON CONFLICT ON CONSTRAINT account_username_key DO NOTHING RETURNING ${selectList(tx, Account)}`,
        [username, normalizePersonName(input.name), input.role, passwordHash, supervisor?.id ?? null, home],
      );
      if (!rows.length)
        return {
          node: null,
          userErrors: [
            userError(
              'username',
              UserErrorCode.DUPLICATE,
              coded('account.usernameTaken', { value: username }),
            ),
          ],
        };
      const account = hydrate(Account, rows[0]);
      await this.replaceZones(tx, account.rowId, zones);
      await this.audit(tx, actor, account.rowId, home, {
        created: account.username,
        role: account.role,
        home,
        zones,
      });
      return { node: account, userErrors: [] };
    });
  }

  async update(
    input: UpdateAccountInput,
    actor: StaffActor,
  ): Promise<{ node: Account | null; userErrors: UserError[] }> {
    const rowId = rowIdOf(input.id, 'Account');
    if (!rowId)
      return {
        node: null,
        userErrors: [userError('id', UserErrorCode.INVALID, notAnIdMessage(input.id, 'Account'))],
      };
    const errors: UserError[] = [];
    if (input.password != null && input.password.length < MIN_PASSWORD_LENGTH)
      errors.push(
        userError(
          'password',
          UserErrorCode.OUT_OF_RANGE,
          coded('account.passwordTooShort', { min: MIN_PASSWORD_LENGTH }),
        ),
      );
    if (input.name != null && (!input.name.trim() || input.name.trim().length > 50))
      errors.push(userError('name', UserErrorCode.REQUIRED, coded('account.nameLength')));
    if (input.name != null) errors.push(...fromRuleIssues(validateNameCharacters(input.name)));
    return this.changeAccounts(async (tx) => {
      const current = await this.lockManaged(tx, rowId, actor);
      if (!current || current.version !== input.expectedVersion) {
        return {
          node: null,
          userErrors: [missingOrConflict(`Account ${input.id}`, current, input.expectedVersion)],
        };
      }
      const zones = input.zoneCodes
        ? await this.resolveZones(tx, input.zoneCodes, actor.scope, errors)
        : current.zones;
      const home =
        input.homeZoneCode != null
          ? await resolveHome(tx, input.homeZoneCode, zones, actor.scope, errors)
          : current.homeZoneCode;
      if (home !== null) {
        requireWithinHome(zones, home, input.zoneCodes ? 'zoneCodes' : 'homeZoneCode', errors);
        requireWithinHome(current.teamZones, home, 'homeZoneCode', errors);
      }
      const supervisor =
        input.supervisorId !== undefined
          ? await this.resolveSupervisor(tx, input.supervisorId, current.role, actor, errors)
          : current.supervisorId
            ? await this.supervisorOf(tx, current.supervisorId)
            : null;
      if (supervisor?.homeZoneCode)
        requireWithinHome(
          zones,
          supervisor.homeZoneCode,
          input.supervisorId !== undefined ? 'supervisorId' : 'zoneCodes',
          errors,
          'supervisor',
        );
      if (errors.length || home === null) return { node: null, userErrors: errors };
      const zonesChanged = input.zoneCodes != null && !sameZones(zones, current.zones);
      const homeChanged = home !== current.homeZoneCode;
      const supervisorChanged =
        input.supervisorId !== undefined && (supervisor?.id ?? null) !== current.supervisorId;
      const params = new SqlParams();
      const sets = ['version = version + 1', 'updated_at = now()'];
      if (input.name != null) sets.push(`name = ${params.add(normalizePersonName(input.name))}`);
      if (input.active != null) sets.push(`active = ${params.add(input.active)}`);
      if (input.password != null)
        sets.push(`password_hash = ${params.add(await hashPassword(input.password))}`);
      if (input.supervisorId !== undefined)
        sets.push(`supervisor_id = ${params.add(supervisor?.id ?? null)}`);
      if (homeChanged) sets.push(`home_zone_code = ${params.add(home)}`);
      // A new password, a change of state, zones, supervisor or home ends every session of the account.
      if (input.password != null || input.active != null || zonesChanged || homeChanged || supervisorChanged)
        sets.push('session_version = session_version + 1');
      const rows = await query<Record<string, unknown>>(
        tx,
        `WITH changed AS (UPDATE account SET ${sets.join(', ')} WHERE id = ${params.add(rowId)} RETURNING ${selectList(tx, Account)})
         SELECT * FROM changed`,
        params.values,
      );
      if (input.zoneCodes) await this.replaceZones(tx, rowId, zones);
      const account = hydrate(Account, rows[0]);
      const changed = {
        name: input.name ?? undefined,
        active: input.active ?? undefined,
        password: input.password ? 'changed' : undefined,
        supervisor: supervisorChanged ? (supervisor?.id ?? null) : undefined,
        zones: input.zoneCodes ? zones : undefined,
        home: homeChanged ? home : undefined,
      };
      // A move between offices is seen by the office above both.
      const zone = homeChanged ? (commonAncestorZone([home, current.homeZoneCode]) ?? home) : home;
      await this.audit(tx, actor, rowId, zone, changed);
      return { node: account, userErrors: [] };
    });
  }

  /** Moves a small zone to an enumerator; the previous holder loses it and the history keeps both. */
  async assignSmallZone(
    input: AssignSmallZoneInput,
    actor: StaffActor,
  ): Promise<{ node: Account | null; userErrors: UserError[] }> {
    const parsed = normalizeZoneCode(input.smallZoneCode);
    if (!parsed.ok)
      return { node: null, userErrors: [userError('smallZoneCode', UserErrorCode.INVALID, parsed)] };
    const code = parsed.value.code;
    if (code.length !== 15)
      return {
        node: null,
        userErrors: [
          userError(
            'smallZoneCode',
            UserErrorCode.INVALID,
            coded('zone.notSmallZone', { zone: code, level: parsed.value.level }),
          ),
        ],
      };
    if (!actor.scope.covers(code)) return { node: null, userErrors: [outOfScope('smallZoneCode', code)] };
    const enumeratorId = rowIdOf(input.enumeratorId, 'Account');
    return this.changeAccounts(async (tx) => {
      const enumerator = enumeratorId ? await this.lockManaged(tx, enumeratorId, actor) : undefined;
      if (!enumerator || enumerator.role !== Role.ENUMERATOR) {
        return {
          node: null,
          userErrors: [
            userError(
              'enumeratorId',
              UserErrorCode.NOT_FOUND,
              coded('record.notFound', { object: 'enumerator' }),
            ),
          ],
        };
      }
      const errors: UserError[] = [];
      requireWithinHome([code], enumerator.homeZoneCode, 'smallZoneCode', errors);
      const supervisor = enumerator.supervisorId
        ? await this.supervisorOf(tx, enumerator.supervisorId)
        : null;
      if (supervisor?.homeZoneCode)
        requireWithinHome([code], supervisor.homeZoneCode, 'smallZoneCode', errors, 'supervisor');
      if (errors.length) return { node: null, userErrors: errors };
      const [zone] = await query<{ found: number }>(
        tx,
        `SELECT 1 AS found FROM zone WHERE code = $1 FOR UPDATE`,
        [code],
      );
      if (!zone)
        return {
          node: null,
          userErrors: [
            userError(
              'smallZoneCode',
              UserErrorCode.NOT_FOUND,
              coded('zone.smallZoneNotFound', { zone: code }),
            ),
          ],
        };
      // The previous holder loses the zone, the new one gains it: both scopes change, so both sessions end.
      await query(
        tx,
        `WITH taken AS (
           DELETE FROM account_zone az USING account a
            WHERE a.id = az.account_id AND a.role = 'ENUMERATOR' AND az.zone_code = $1 AND az.account_id <> $2
           RETURNING az.account_id)
         UPDATE account SET session_version = session_version + 1 WHERE id IN (SELECT account_id FROM taken)`,
        [code, enumerator.id],
      );
      const [gained] = await query<{ gained: number }>(
        tx,
        `WITH added AS (INSERT INTO account_zone (account_id, zone_code) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1)
         SELECT count(*)::int AS gained FROM added`,
        [enumerator.id, code],
      );
      if (gained.gained > 0)
        await query(tx, `UPDATE account SET session_version = session_version + 1 WHERE id = $1`, [
          enumerator.id,
        ]);
      await query(
        tx,
        `UPDATE small_zone_assignment SET unassigned_at = now()
          WHERE county_code = county_key($1) AND small_zone_code = $1 AND unassigned_at IS NULL`,
        [code],
      );
      await query(
        tx,
        `INSERT INTO small_zone_assignment (county_code, small_zone_code, enumerator_id, assigned_by)
         VALUES (county_key($1), $1, $2, $3)`,
        [code, enumerator.id, actor.accountId],
      );
      await this.audit(tx, actor, enumerator.id, code, { assignedSmallZone: code });
      return { node: await this.byId(enumerator.id), userErrors: [] };
    });
  }

  /**
   * Moves many small zones to one enumerator in one transaction, all or none: every code must be a small zone inside
   * the caller's zones, the enumerator's home zone (and its supervisor's) and one county. The statements are the
   * same few whatever the number of codes; each zone gets its own history row and audit entry.
   */
  async assignSmallZones(
    input: AssignSmallZonesInput,
    actor: StaffActor,
  ): Promise<{ account: Account | null; assignedCount: number; userErrors: UserError[] }> {
    const refused = (userErrors: UserError[]) => ({ account: null, assignedCount: 0, userErrors });
    const count = input.smallZoneCodes.length;
    if (count === 0 || count > MAX_BULK_SMALL_ZONES)
      return refused([
        userError(
          'smallZoneCodes',
          count === 0 ? UserErrorCode.REQUIRED : UserErrorCode.OUT_OF_RANGE,
          coded('account.smallZoneCount', { count, max: MAX_BULK_SMALL_ZONES }),
        ),
      ]);
    const errors: UserError[] = [];
    const codes: string[] = [];
    const fieldOf = new Map<string, string[]>();
    let county: string | null = null;
    input.smallZoneCodes.forEach((given, index) => {
      const field = ['smallZoneCodes', String(index)];
      const parsed = normalizeZoneCode(given);
      if (!parsed.ok) return void errors.push(userError(field, UserErrorCode.INVALID, parsed));
      const { code, level } = parsed.value;
      if (code.length !== 15)
        return void errors.push(
          userError(field, UserErrorCode.INVALID, coded('zone.notSmallZone', { zone: code, level })),
        );
      if (!actor.scope.covers(code))
        return void errors.push(
          userError(field, UserErrorCode.OUT_OF_SCOPE, coded('zone.outOfScope', { zone: code })),
        );
      county ??= countyKeyOf(code);
      if (countyKeyOf(code) !== county)
        return void errors.push(
          userError(
            field,
            UserErrorCode.MISMATCH,
            coded('account.smallZonesOneCounty', { zone: code, county }),
          ),
        );
      if (fieldOf.has(code)) return;
      fieldOf.set(code, field);
      codes.push(code);
    });
    if (errors.length || county === null) return refused(errors);
    const countyCode: string = county;
    const enumeratorId = rowIdOf(input.enumeratorId, 'Account');
    return this.changeAccounts(async (tx) => {
      const enumerator = enumeratorId ? await this.lockManaged(tx, enumeratorId, actor) : undefined;
      if (!enumerator || enumerator.role !== Role.ENUMERATOR)
        return refused([
          userError(
            'enumeratorId',
            UserErrorCode.NOT_FOUND,
            coded('record.notFound', { object: 'enumerator' }),
          ),
        ]);
      const supervisor = enumerator.supervisorId
        ? await this.supervisorOf(tx, enumerator.supervisorId)
        : null;
      for (const code of codes) {
        const field = fieldOf.get(code) ?? 'smallZoneCodes';
        requireWithinHome([code], enumerator.homeZoneCode, field, errors);
        if (supervisor?.homeZoneCode)
          requireWithinHome([code], supervisor.homeZoneCode, field, errors, 'supervisor');
      }
      if (errors.length) return refused(errors);
      const found = await query<{ code: string }>(
        tx,
        `SELECT code FROM zone WHERE code = ANY($1::text[]) AND level = 'SMALL_ZONE' ORDER BY code FOR UPDATE`,
        [codes],
      );
      const existing = new Set(found.map((row) => row.code));
      for (const code of codes.filter((c) => !existing.has(c)))
        errors.push(
          userError(
            fieldOf.get(code) ?? 'smallZoneCodes',
            UserErrorCode.NOT_FOUND,
            coded('zone.smallZoneNotFound', { zone: code }),
          ),
        );
      if (errors.length) return refused(errors);
      // The previous holders lose the zones, the enumerator gains them: every scope that changed ends its sessions.
      await query(
        tx,
        `WITH taken AS (
           DELETE FROM account_zone az USING account a
            WHERE a.id = az.account_id AND a.role = 'ENUMERATOR' AND az.zone_code = ANY($1::text[])
              AND az.account_id <> $2
           RETURNING az.account_id),
         gained AS (
           INSERT INTO account_zone (account_id, zone_code) SELECT $2, code FROM unnest($1::text[]) AS code
           ON CONFLICT DO NOTHING RETURNING account_id)
         UPDATE account SET session_version = session_version + 1
          WHERE id IN (SELECT account_id FROM taken UNION SELECT account_id FROM gained)`,
        [codes, enumerator.id],
      );
      await query(
        tx,
        `UPDATE small_zone_assignment SET unassigned_at = now()
          WHERE county_code = $1 AND small_zone_code = ANY($2::text[]) AND unassigned_at IS NULL`,
        [countyCode, codes],
      );
      await query(
        tx,
        `INSERT INTO small_zone_assignment (county_code, small_zone_code, enumerator_id, assigned_by)
         SELECT $1, code, $3, $4 FROM unnest($2::text[]) AS code`,
        [countyCode, codes, enumerator.id, actor.accountId],
      );
      await writeAudit(
        tx,
        { accountId: actor.accountId, label: actor.username },
        codes.map((code) => ({
          action: AuditAction.ACCOUNT,
          entityType: 'Account',
          entityId: toGlobalId('Account', enumerator.id),
          smallZoneCode: code,
          after: { assignedSmallZone: code },
        })),
      );
      return { account: await this.byId(enumerator.id), assignedCount: codes.length, userErrors: [] };
    });
  }

  /**
   * 指导员分配: puts many enumerators under one supervisor in one transaction, all or none. The supervisor and every
   * enumerator are locked with the same `managedAccount` condition as updateAccount (another office's accounts
   * answer NOT_FOUND, per index), and each enumerator's zones must lie in the supervisor's home. One statement locks
   * the enumerators and one moves them, whatever their number; each enumerator whose supervisor changed gets its
   * audit entry and its sessions end, as updateAccount ends them for a new supervisor.
   */
  async assignSupervisor(
    input: AssignSupervisorInput,
    actor: StaffActor,
  ): Promise<{ supervisor: Account | null; enumerators: Account[]; userErrors: UserError[] }> {
    const refused = (userErrors: UserError[]) => ({ supervisor: null, enumerators: [], userErrors });
    const count = input.enumeratorIds.length;
    if (count === 0 || count > MAX_BULK_ENUMERATORS)
      return refused([
        userError(
          'enumeratorIds',
          count === 0 ? UserErrorCode.REQUIRED : UserErrorCode.OUT_OF_RANGE,
          coded('account.enumeratorCount', { count, max: MAX_BULK_ENUMERATORS }),
        ),
      ]);
    const errors: UserError[] = [];
    const fieldOf = new Map<string, string[]>();
    input.enumeratorIds.forEach((id, index) => {
      const field = ['enumeratorIds', String(index)];
      const rowId = rowIdOf(id, 'Account');
      if (!rowId) errors.push(userError(field, UserErrorCode.INVALID, notAnIdMessage(id, 'Account')));
      else if (!fieldOf.has(rowId)) fieldOf.set(rowId, field);
    });
    if (errors.length) return refused(errors);
    const supervisorRowId = rowIdOf(input.supervisorId, 'Account');
    return this.changeAccounts(async (tx) => {
      const supervisor = supervisorRowId ? await this.lockManaged(tx, supervisorRowId, actor) : undefined;
      if (!supervisor || supervisor.role !== Role.SUPERVISOR)
        return refused([
          userError(
            'supervisorId',
            UserErrorCode.NOT_FOUND,
            coded('record.notFound', { object: 'supervisor' }),
          ),
        ]);
      const ids = [...fieldOf.keys()];
      const params = new SqlParams();
      const locked = await query<Omit<ManagedAccount, 'teamZones'>>(
        tx,
        `SELECT t.id, t.role, t.version, t.home_zone_code AS "homeZoneCode", t.supervisor_id AS "supervisorId",
                ARRAY(SELECT az.zone_code FROM account_zone az WHERE az.account_id = t.id ORDER BY 1) AS zones
           FROM account t
          WHERE t.id = ANY(${params.add(ids)}::bigint[]) AND t.role = 'ENUMERATOR'
            AND t.role = ANY(${params.add(MANAGES[actor.role])}::role[]) AND ${managedAccount(actor.scope, params)}
          ORDER BY t.id FOR UPDATE OF t`,
        params.values,
      );
      const byId = new Map(locked.map((row) => [row.id, row]));
      for (const [id, field] of fieldOf) {
        const enumerator = byId.get(id);
        if (!enumerator) {
          errors.push(
            userError(field, UserErrorCode.NOT_FOUND, coded('record.notFound', { object: 'enumerator' })),
          );
          continue;
        }
        requireWithinHome(enumerator.zones, supervisor.homeZoneCode, field, errors, 'supervisor');
      }
      if (errors.length) return refused(errors);
      const moved = locked.filter((row) => row.supervisorId !== supervisor.id);
      if (moved.length) {
        // As updateAccount does for a new supervisor: the enumerator's sessions end. The supervisors' scopes are
        // read afresh with each request (at most 2 s old), so their sessions go on.
        await query(
          tx,
          `UPDATE account SET supervisor_id = $2, version = version + 1, updated_at = now(),
                  session_version = session_version + 1
            WHERE id = ANY($1::bigint[])`,
          [moved.map((row) => row.id), supervisor.id],
        );
        await writeAudit(
          tx,
          { accountId: actor.accountId, label: actor.username },
          moved.map((row) => ({
            action: AuditAction.ACCOUNT,
            entityType: 'Account',
            entityId: toGlobalId('Account', row.id),
            smallZoneCode: row.homeZoneCode,
            after: { supervisor: supervisor.id },
          })),
        );
      }
      const accounts = await query<Record<string, unknown>>(
        tx,
        `SELECT ${selectList(tx, Account, 't')} FROM account t WHERE t.id = ANY($1::bigint[]) ORDER BY t.id`,
        [[supervisor.id, ...ids]],
      );
      const hydrated = new Map(
        accounts.map((row) => {
          const account = hydrate(Account, row);
          return [account.rowId, account];
        }),
      );
      return {
        supervisor: hydrated.get(supervisor.id) ?? null,
        enumerators: ids.map((id) => hydrated.get(id)!),
        userErrors: [],
      };
    });
  }

  async createApiToken(
    input: CreateApiTokenInput,
    actor: StaffActor,
  ): Promise<{ token: string | null; userErrors: UserError[] }> {
    const rowId = rowIdOf(input.accountId, 'Account');
    const label = input.label.trim();
    if (!label || label.length > 100)
      return {
        token: null,
        userErrors: [userError('label', UserErrorCode.REQUIRED, coded('account.labelLength'))],
      };
    return this.db.transaction(async (tx) => {
      const account = rowId ? await this.lockManaged(tx, rowId, actor) : undefined;
      if (!account || account.role !== Role.INTEGRATION) {
        return {
          token: null,
          userErrors: [
            userError(
              'accountId',
              UserErrorCode.NOT_FOUND,
              coded('record.notFound', { object: 'integration' }),
            ),
          ],
        };
      }
      const token = newApiToken();
      await query(tx, `INSERT INTO api_token (account_id, token_hash, label) VALUES ($1, $2, $3)`, [
        account.id,
        hashApiToken(token),
        label,
      ]);
      await this.audit(tx, actor, account.id, account.homeZoneCode, { apiToken: 'issued', label });
      return { token, userErrors: [] };
    });
  }

  async revokeApiTokens(
    accountId: string,
    actor: StaffActor,
  ): Promise<{ revoked: number; userErrors: UserError[] }> {
    const rowId = rowIdOf(accountId, 'Account');
    return this.changeAccounts(async (tx) => {
      const account = rowId ? await this.lockManaged(tx, rowId, actor) : undefined;
      if (!account || account.role !== Role.INTEGRATION) {
        return {
          revoked: 0,
          userErrors: [
            userError(
              'accountId',
              UserErrorCode.NOT_FOUND,
              coded('record.notFound', { object: 'integration' }),
            ),
          ],
        };
      }
      const rows = await query(
        tx,
        `WITH r AS (UPDATE api_token SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL RETURNING 1) SELECT * FROM r`,
        [account.id],
      );
      await this.audit(tx, actor, account.id, account.homeZoneCode, {
        apiTokens: 'revoked',
        count: rows.length,
      });
      return { revoked: rows.length, userErrors: [] };
    });
  }

  /**
   * A transaction that changes accounts, their zones or API tokens: once it settled, no request reuses a
   * credential verified before it (auth/authentication-cache.ts), so the change takes effect at once.
   */
  private changeAccounts<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work).finally(invalidateAuthentications);
  }

  /**
   * Account changes go to the audit log under the account's home zone (or a zone it concerns inside it), so the
   * offices answering for the account see them.
   */
  private async audit(
    tx: EntityManager,
    actor: StaffActor,
    accountRowId: string,
    zoneCode: string,
    after: Record<string, unknown>,
  ) {
    await writeAudit(tx, { accountId: actor.accountId, label: actor.username }, [
      {
        action: AuditAction.ACCOUNT,
        entityType: 'Account',
        entityId: toGlobalId('Account', accountRowId),
        smallZoneCode: zoneCode,
        after,
      },
    ]);
  }

  /**
   * Locks an account the actor manages (its home inside the actor's zones, of a role the actor's role manages),
   * with the zones it holds and, for a supervisor, its enumerators' zones; nothing for any other account, which
   * the caller cannot tell from a missing one.
   */
  private async lockManaged(
    tx: EntityManager,
    rowId: string,
    actor: StaffActor,
  ): Promise<ManagedAccount | undefined> {
    const params = new SqlParams();
    const [row] = await query<ManagedAccount>(
      tx,
      `SELECT t.id, t.role, t.version, t.home_zone_code AS "homeZoneCode", t.supervisor_id AS "supervisorId",
              ARRAY(SELECT az.zone_code FROM account_zone az WHERE az.account_id = t.id ORDER BY 1) AS zones,
              ARRAY(SELECT DISTINCT az.zone_code FROM account e JOIN account_zone az ON az.account_id = e.id
                     WHERE e.supervisor_id = t.id ORDER BY 1) AS "teamZones"
         FROM account t WHERE t.id = ${params.add(rowId)} AND t.role = ANY(${params.add(MANAGES[actor.role])}::role[])
          AND ${managedAccount(actor.scope, params)} FOR UPDATE OF t`,
      params.values,
    );
    return row;
  }

  private async supervisorOf(
    tx: EntityManager,
    rowId: string,
  ): Promise<{ id: string; homeZoneCode: string | null } | null> {
    const [row] = await query<{ id: string; homeZoneCode: string | null }>(
      tx,
      `SELECT id, home_zone_code AS "homeZoneCode" FROM account WHERE id = $1`,
      [rowId],
    );
    return row ?? null;
  }

  private async resolveZones(
    tx: EntityManager,
    inputs: string[],
    scope: Scope,
    errors: UserError[],
  ): Promise<string[]> {
    const codes: string[] = [];
    for (const input of inputs) {
      const parsed = normalizeZoneCode(input);
      if (!parsed.ok) errors.push(userError('zoneCodes', UserErrorCode.INVALID, parsed));
      else if (!scope.covers(parsed.value.code)) errors.push(outOfScope('zoneCodes', parsed.value.code));
      else codes.push(parsed.value.code);
    }
    const found = await query<{ code: string }>(tx, `SELECT code FROM zone WHERE code = ANY($1::text[])`, [
      codes,
    ]);
    for (const code of codes.filter((c) => !found.some((f) => f.code === c))) {
      errors.push(userError('zoneCodes', UserErrorCode.NOT_FOUND, coded('zone.notFound', { zone: code })));
    }
    return codes;
  }

  private async resolveSupervisor(
    tx: EntityManager,
    supervisorId: string | null | undefined,
    role: Role,
    actor: StaffActor,
    errors: UserError[],
  ): Promise<{ id: string; homeZoneCode: string } | null> {
    if (supervisorId == null) return null;
    if (role !== Role.ENUMERATOR) {
      errors.push(
        userError('supervisorId', UserErrorCode.INVALID, coded('account.supervisorOnlyForEnumerators')),
      );
      return null;
    }
    const rowId = rowIdOf(supervisorId, 'Account');
    const supervisor = rowId ? await this.lockManaged(tx, rowId, actor) : undefined;
    if (!supervisor || supervisor.role !== Role.SUPERVISOR) {
      errors.push(
        userError(
          'supervisorId',
          UserErrorCode.NOT_FOUND,
          coded('record.notFound', { object: 'supervisor' }),
        ),
      );
      return null;
    }
    return { id: supervisor.id, homeZoneCode: supervisor.homeZoneCode };
  }

  private async replaceZones(tx: EntityManager, accountId: string, codes: string[]): Promise<void> {
    await query(tx, `DELETE FROM account_zone WHERE account_id = $1`, [accountId]);
    await query(
      tx,
      `INSERT INTO account_zone (account_id, zone_code) SELECT $1, code FROM unnest($2::text[]) AS code ON CONFLICT DO NOTHING`,
      [accountId, codes],
    );
  }
}
