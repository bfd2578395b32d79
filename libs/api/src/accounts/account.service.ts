import { hash, hashSync, verify } from '@node-rs/argon2';
import { normalizeZoneCode } from '@census/rules';
import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { Scope } from '../auth/principal';
import type { Secrets } from '../auth/secrets';
import { FailureLimiter } from '../auth/rate-limit';
import { hashApiToken, newApiToken, signToken } from '../auth/tokens';
import { notAnIdMessage, rowIdOf, toGlobalId } from '../common/global-id';
import { AuditAction } from '../privacy/audit-log.entity';
import { writeAudit } from '../privacy/audit';
import { hydrate, query, selectList, SqlParams } from '../common/sql';
import { userError, UserErrorCode, type UserError } from '../common/user-error';
import { missingOrConflict, outOfScope } from '../common/zone-checks';
import { accountVisibility } from './account.loaders';
import { Account } from './account.entity';
import type {
  AssignSmallZoneInput,
  CreateAccountInput,
  CreateApiTokenInput,
  LoginInput,
  UpdateAccountInput,
} from './account.inputs';
import { Role } from './role';

/** The staff member performing an account change. */
export interface StaffActor {
  accountId: string;
  username: string;
  role: Role;
  scope: Scope;
}

export interface LoginResult {
  token: string | null;
  expiresAt: Date | null;
  account: Account | null;
  userErrors: UserError[];
}

const ARGON2ID = 2;
// A hash to verify against when the username is unknown, so that timing does not reveal which usernames exist.
const DUMMY_HASH = hashSync('no account has this password', { algorithm: 2 });

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

export class AccountService {
  /** Five wrong passwords for one username within 15 minutes lock it for the rest of the window. */
  readonly loginFailures = new FailureLimiter(5, 15 * 60_000);

  constructor(
    private readonly db: DataSource,
    private readonly secrets: Secrets,
  ) {}

  async login(input: LoginInput): Promise<LoginResult> {
    const key = input.username.trim().toLowerCase();
    const wait = this.loginFailures.retryAfter(key);
    if (wait > 0) {
      throw new GraphQLError(
        `Too many failed logins for this account; try again in ${Math.ceil(wait / 60_000)} minute(s).`,
        {
          extensions: { code: 'THROTTLED', retryAfterSeconds: Math.ceil(wait / 1000) },
        },
      );
    }
    const [row] = await query<Record<string, unknown> & { passwordHash: string | null; active: boolean }>(
      this.db,
      `SELECT ${selectList(this.db, Account, 't')} FROM account t WHERE lower(t.username) = $1`,
      [key],
    );
    const valid = await verify(row?.passwordHash ?? DUMMY_HASH, input.password).catch(() => false);
    if (!row || !row.passwordHash || !valid) {
      this.loginFailures.fail(key);
      return {
        token: null,
        expiresAt: null,
        account: null,
        userErrors: [userError('password', UserErrorCode.INVALID, 'Wrong username or password.')],
      };
    }
    if (!row.active) {
      return {
        token: null,
        expiresAt: null,
        account: null,
        userErrors: [userError('username', UserErrorCode.INVALID, 'This account is disabled.')],
      };
    }
    this.loginFailures.succeed(key);
    const account = hydrate(Account, row);
    const { token, expiresAt } = signToken(this.secrets, { kind: 'staff', accountId: account.rowId });
    return { token, expiresAt, account, userErrors: [] };
  }

  renew(accountId: string): { token: string; expiresAt: Date } {
    return signToken(this.secrets, { kind: 'staff', accountId });
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
    if (!/^[A-Za-z0-9._-]{3,50}$/.test(username)) {
      errors.push(
        userError(
          'username',
          UserErrorCode.INVALID,
          `Username '${username}' must be 3-50 letters, digits, dots, dashes or underscores.`,
        ),
      );
    }
    if (!input.name.trim() || input.name.trim().length > 50)
      errors.push(userError('name', UserErrorCode.REQUIRED, 'Name must have 1 to 50 characters.'));
    if (!MANAGES[actor.role].includes(input.role)) {
      errors.push(
        userError(
          'role',
          UserErrorCode.OUT_OF_SCOPE,
          `A ${actor.role} may not create ${input.role} accounts.`,
        ),
      );
    }
    if (input.role === Role.INTEGRATION ? input.password != null : !input.password) {
      errors.push(
        userError(
          'password',
          UserErrorCode.REQUIRED,
          input.role === Role.INTEGRATION
            ? 'INTEGRATION accounts use API tokens, not passwords.'
            : 'A password is required.',
        ),
      );
    }
    if (input.password && input.password.length < 10)
      errors.push(
        userError('password', UserErrorCode.OUT_OF_RANGE, 'Passwords need at least 10 characters.'),
      );
    return this.db.transaction(async (tx) => {
      const zones = await this.resolveZones(tx, input.zoneCodes, actor.scope, errors);
      const supervisor = await this.resolveSupervisor(tx, input.supervisorId, input.role, actor, errors);
      if (errors.length) return { node: null, userErrors: errors };
      const passwordHash = input.password ? await hash(input.password, { algorithm: ARGON2ID }) : null;
      const rows = await query<Record<string, unknown>>(
        tx,
        `INSERT INTO account (username, name, role, password_hash, supervisor_id, version) VALUES ($1, $2, $3, $4, $5, 1)
         ON CONFLICT ON CONSTRAINT account_username_key DO NOTHING RETURNING ${selectList(tx, Account)}`,
        [username, input.name.trim(), input.role, passwordHash, supervisor],
      );
      if (!rows.length)
        return {
          node: null,
          userErrors: [userError('username', UserErrorCode.DUPLICATE, `Username '${username}' is taken.`)],
        };
      const account = hydrate(Account, rows[0]);
      await this.replaceZones(tx, account.rowId, zones);
      await this.audit(tx, actor, account.rowId, zones[0] ?? null, {
        created: account.username,
        role: account.role,
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
    if (input.password != null && input.password.length < 10)
      errors.push(
        userError('password', UserErrorCode.OUT_OF_RANGE, 'Passwords need at least 10 characters.'),
      );
    if (input.name != null && (!input.name.trim() || input.name.trim().length > 50))
      errors.push(userError('name', UserErrorCode.REQUIRED, 'Name must have 1 to 50 characters.'));
    return this.db.transaction(async (tx) => {
      const current = await this.lockVisible(tx, rowId, actor);
      if (
        !current ||
        current.version !== input.expectedVersion ||
        !MANAGES[actor.role].includes(current.role)
      ) {
        const visible = current && MANAGES[actor.role].includes(current.role) ? current : undefined;
        return {
          node: null,
          userErrors: [missingOrConflict(`Account ${input.id}`, visible, input.expectedVersion)],
        };
      }
      const zones = input.zoneCodes
        ? await this.resolveZones(tx, input.zoneCodes, actor.scope, errors)
        : null;
      const supervisor =
        input.supervisorId !== undefined
          ? await this.resolveSupervisor(tx, input.supervisorId, current.role, actor, errors)
          : undefined;
      if (errors.length) return { node: null, userErrors: errors };
      const params = new SqlParams();
      const sets = ['version = version + 1', 'updated_at = now()'];
      if (input.name != null) sets.push(`name = ${params.add(input.name.trim())}`);
      if (input.active != null) sets.push(`active = ${params.add(input.active)}`);
      if (input.password != null)
        sets.push(`password_hash = ${params.add(await hash(input.password, { algorithm: ARGON2ID }))}`);
      if (supervisor !== undefined) sets.push(`supervisor_id = ${params.add(supervisor)}`);
      const rows = await query<Record<string, unknown>>(
        tx,
        `WITH changed AS (UPDATE account SET ${sets.join(', ')} WHERE id = ${params.add(rowId)} RETURNING ${selectList(tx, Account)})
         SELECT * FROM changed`,
        params.values,
      );
      if (zones) await this.replaceZones(tx, rowId, zones);
      const account = hydrate(Account, rows[0]);
      const changed = {
        name: input.name ?? undefined,
        active: input.active ?? undefined,
        password: input.password ? 'changed' : undefined,
        supervisor: supervisor ?? undefined,
        zones: zones ?? undefined,
      };
      await this.audit(tx, actor, rowId, zones?.[0] ?? (await this.firstZone(tx, rowId)), changed);
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
      return { node: null, userErrors: [userError('smallZoneCode', UserErrorCode.INVALID, parsed.message)] };
    const code = parsed.value.code;
    if (code.length !== 15)
      return {
        node: null,
        userErrors: [
          userError('smallZoneCode', UserErrorCode.INVALID, `'${code}' is not a small zone code.`),
        ],
      };
    if (!actor.scope.covers(code)) return { node: null, userErrors: [outOfScope('smallZoneCode', code)] };
    const enumeratorId = rowIdOf(input.enumeratorId, 'Account');
    return this.db.transaction(async (tx) => {
      const enumerator = enumeratorId ? await this.lockVisible(tx, enumeratorId, actor) : undefined;
      if (!enumerator || enumerator.role !== Role.ENUMERATOR) {
        return {
          node: null,
          userErrors: [
            userError(
              'enumeratorId',
              UserErrorCode.NOT_FOUND,
              `Enumerator ${input.enumeratorId} does not exist.`,
            ),
          ],
        };
      }
      const [zone] = await query<{ found: number }>(
        tx,
        `SELECT 1 AS found FROM zone WHERE code = $1 FOR UPDATE`,
        [code],
      );
      if (!zone)
        return {
          node: null,
          userErrors: [
            userError('smallZoneCode', UserErrorCode.NOT_FOUND, `Small zone '${code}' does not exist.`),
          ],
        };
      await query(
        tx,
        `DELETE FROM account_zone az USING account a
          WHERE a.id = az.account_id AND a.role = 'ENUMERATOR' AND az.zone_code = $1 AND az.account_id <> $2`,
        [code, enumerator.id],
      );
      await query(
        tx,
        `INSERT INTO account_zone (account_id, zone_code) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [enumerator.id, code],
      );
      await query(
        tx,
        `UPDATE small_zone_assignment SET unassigned_at = now() WHERE small_zone_code = $1 AND unassigned_at IS NULL`,
        [code],
      );
      await query(
        tx,
        `INSERT INTO small_zone_assignment (small_zone_code, enumerator_id, assigned_by) VALUES ($1, $2, $3)`,
        [code, enumerator.id, actor.accountId],
      );
      await this.audit(tx, actor, enumerator.id, code, { assignedSmallZone: code });
      return { node: await this.byId(enumerator.id), userErrors: [] };
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
        userErrors: [userError('label', UserErrorCode.REQUIRED, 'Label must have 1 to 100 characters.')],
      };
    return this.db.transaction(async (tx) => {
      const account = rowId ? await this.lockVisible(tx, rowId, actor) : undefined;
      if (!account || account.role !== Role.INTEGRATION) {
        return {
          token: null,
          userErrors: [
            userError(
              'accountId',
              UserErrorCode.NOT_FOUND,
              `Integration account ${input.accountId} does not exist.`,
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
      await this.audit(tx, actor, account.id, await this.firstZone(tx, account.id), {
        apiToken: 'issued',
        label,
      });
      return { token, userErrors: [] };
    });
  }

  async revokeApiTokens(
    accountId: string,
    actor: StaffActor,
  ): Promise<{ revoked: number; userErrors: UserError[] }> {
    const rowId = rowIdOf(accountId, 'Account');
    return this.db.transaction(async (tx) => {
      const account = rowId ? await this.lockVisible(tx, rowId, actor) : undefined;
      if (!account || account.role !== Role.INTEGRATION) {
        return {
          revoked: 0,
          userErrors: [
            userError(
              'accountId',
              UserErrorCode.NOT_FOUND,
              `Integration account ${accountId} does not exist.`,
            ),
          ],
        };
      }
      const rows = await query(
        tx,
        `WITH r AS (UPDATE api_token SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL RETURNING 1) SELECT * FROM r`,
        [account.id],
      );
      await this.audit(tx, actor, account.id, await this.firstZone(tx, account.id), {
        apiTokens: 'revoked',
        count: rows.length,
      });
      return { revoked: rows.length, userErrors: [] };
    });
  }

  /** Account changes go to the audit log under a zone the account holds, so the offices of that zone see them. */
  private async audit(
    tx: EntityManager,
    actor: StaffActor,
    accountRowId: string,
    zoneCode: string | null,
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

  private async firstZone(tx: EntityManager, accountRowId: string): Promise<string | null> {
    const [row] = await query<{ zone_code: string }>(
      tx,
      `SELECT zone_code FROM account_zone WHERE account_id = $1 ORDER BY zone_code LIMIT 1`,
      [accountRowId],
    );
    return row?.zone_code ?? null;
  }

  private async lockVisible(
    tx: EntityManager,
    rowId: string,
    actor: StaffActor,
  ): Promise<{ id: string; role: Role; version: number } | undefined> {
    const params = new SqlParams();
    const [row] = await query<{ id: string; role: Role; version: number }>(
      tx,
      `SELECT t.id, t.role, t.version FROM account t WHERE t.id = ${params.add(rowId)}
          AND ${accountVisibility(actor.scope, params, actor.role === Role.COUNTY_ADMIN || actor.role === Role.TOWNSHIP_OFFICER)} FOR UPDATE`,
      params.values,
    );
    return row;
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
      if (!parsed.ok) errors.push(userError('zoneCodes', UserErrorCode.INVALID, parsed.message));
      else if (!scope.covers(parsed.value.code)) errors.push(outOfScope('zoneCodes', parsed.value.code));
      else codes.push(parsed.value.code);
    }
    const found = await query<{ code: string }>(tx, `SELECT code FROM zone WHERE code = ANY($1::text[])`, [
      codes,
    ]);
    for (const code of codes.filter((c) => !found.some((f) => f.code === c))) {
      errors.push(userError('zoneCodes', UserErrorCode.NOT_FOUND, `Zone '${code}' does not exist.`));
    }
    return codes;
  }

  private async resolveSupervisor(
    tx: EntityManager,
    supervisorId: string | null | undefined,
    role: Role,
    actor: StaffActor,
    errors: UserError[],
  ): Promise<string | null> {
    if (supervisorId == null) return null;
    if (role !== Role.ENUMERATOR) {
      errors.push(userError('supervisorId', UserErrorCode.INVALID, 'Only enumerators have a supervisor.'));
      return null;
    }
    const rowId = rowIdOf(supervisorId, 'Account');
    const supervisor = rowId ? await this.lockVisible(tx, rowId, actor) : undefined;
    if (!supervisor || supervisor.role !== Role.SUPERVISOR) {
      errors.push(
        userError('supervisorId', UserErrorCode.NOT_FOUND, `Supervisor ${supervisorId} does not exist.`),
      );
      return null;
    }
    return supervisor.id;
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
