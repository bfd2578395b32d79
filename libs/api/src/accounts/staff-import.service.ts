import { type GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';

import type { MessageCode } from '@census/rules';
import { countyCodeOf, normalizePersonName, normalizeZoneCode, validateNameCharacters } from '@census/rules';

import { invalidateAuthentications } from '../auth/authentication-cache';
import type { Actor } from '../auth/principal';
import { Role } from '../auth/role';
import { codedError } from '../common/coded-error';
import { toGlobalId } from '../common/global-id';
import { query, SqlParams } from '../common/sql';
import { coded, type UserError, UserErrorCode, userErrorCodeOf } from '../common/user-error';
import type { ImportResult, ImportRowError } from '../imports/import.types';
import {
  applyImportBatch,
  badImportInput,
  checkImportBatch,
  storedImportResult,
} from '../imports/import-batch';
import { rowError } from '../imports/import-rows';
import { type AuditRecord, writeAudit } from '../privacy/audit';
import { AuditAction } from '../privacy/audit-log.entity';
import { managedAccount } from './account.loaders';
import { MANAGES, type StaffActor } from './account.service';
import { requireWithinHome, resolveHome, sameZones } from './account-home';
import { hashPassword, MIN_PASSWORD_LENGTH, USERNAME_PATTERN } from './credentials';
import { type ImportStaffInput, MAX_STAFF_IMPORT_ROWS, type StaffRowInput } from './staff-import.types';

export const STAFF_IMPORT_KIND = 'STAFF';

const PHONE = /^[0-9+\- ]{1,20}$/;

/** A known account as the import sees it (read before the transaction, re-checked by version inside it). */
interface ExistingAccount {
  id: string;
  username: string;
  name: string;
  role: Role;
  version: number;
  passwordHash: string | null;
  supervisorId: string | null;
  homeZoneCode: string | null;
  /** The caller's office answers for it: its home lies inside the caller's zones. */
  visible: boolean;
  zones: string[];
}

/** A valid row, ready to apply. */
interface StaffPlan {
  row: number;
  username: string;
  name: string;
  role: Role;
  zones: string[];
  /** 所属单位: the existing account's, or the one a new account gets. */
  homeZoneCode: string;
  /** Lower-case username of the supervisor (ENUMERATOR rows only). */
  supervisorKey: string | null;
  password: string | null;
  existing: ExistingAccount | null;
  /** False when the row matches the stored account exactly (already present). */
  changes: boolean;
  passwordChanged: boolean;
  passwordHash?: string;
}

type Queryable = Parameters<typeof query>[0];

/** Supervisors first (enumerators name them), enumerators last (they take small zones). */
const roleOrder = (role: Role) => (role === Role.SUPERVISOR ? 0 : role === Role.ENUMERATOR ? 2 : 1);

/**
 * 人员名册: imports staff accounts and their zones. Rows are checked one by one against the caller's powers (the
 * roles it manages, its zones) and the stored accounts; valid rows are applied in ONE transaction together with
 * the batch's `import_batch` row, each change with its ACCOUNT audit entry.
 */
export class StaffImportService {
  constructor(private readonly db: DataSource) {}

  async importStaff(input: ImportStaffInput, staff: StaffActor): Promise<ImportResult> {
    if (input.rows.length > MAX_STAFF_IMPORT_ROWS) {
      throw badImportInput('import.tooManyRows', { max: MAX_STAFF_IMPORT_ROWS, rows: input.rows.length });
    }
    const { key, source } = checkImportBatch(input);
    const stored = await storedImportResult(this.db, key, STAFF_IMPORT_KIND, staff.accountId);
    if (stored) return stored;
    const actor: Actor = { scope: staff.scope, accountId: staff.accountId, label: staff.username };
    const checked = await this.check(input.rows, staff);
    await this.hashPasswords(checked.valid);
    return applyImportBatch(
      this.db,
      { key, kind: STAFF_IMPORT_KIND, source, actor },
      checked,
      (tx, valid, batchKey) => this.apply(tx as EntityManager, valid, batchKey, staff),
    ).finally(invalidateAuthentications);
  }

  /**
   * Checks every row against the caller's powers, the stored accounts and the rows before it: each row is parsed
   * on its own, then usernames are deduplicated across the batch, then rows are planned in apply order
   * (supervisors before the enumerators that name them), and finally rows identical to their account are marked.
   */
  private async check(
    rows: StaffRowInput[],
    staff: StaffActor,
  ): Promise<{ rejected: ImportRowError[]; valid: StaffPlan[] }> {
    const parsed = rows.map((input, index) => parseStaffRow(input, index, staff));
    rejectRepeatedUsernames(parsed);
    const existing = await this.existingAccounts(usernamesOf(parsed), staff);
    const found = await this.existingZones(parsed);
    const batch: BatchClaims = { supervisorHomes: new Map(), smallZoneRows: new Map() };
    const valid: StaffPlan[] = [];
    for (const p of inApplyOrder(parsed)) {
      const plan = await this.planRow(p, staff, existing, found, batch);
      if (plan) valid.push(plan);
    }
    await this.markUnchanged(valid, existing);
    const rejected = parsed.flatMap((p) => p.errors).sort((a, b) => a.row - b.row);
    return { rejected, valid };
  }

  /** The codes of the rows' zones that exist. */
  private async existingZones(parsed: ParsedRow[]): Promise<Set<string>> {
    const codes = [...new Set(parsed.flatMap((p) => p.zones))];
    if (!codes.length) return new Set();
    const rows = await query<{ code: string }>(
      this.db,
      `SELECT code FROM zone WHERE code = ANY($1::text[])`,
      [codes],
    );
    return new Set(rows.map((z) => z.code));
  }

  /**
   * Checks one parsed row against the stored accounts and the rows planned before it; answers its plan, or null
   * with its problems added to `p.errors`.
   */
  private async planRow(
    p: ParsedRow,
    staff: StaffActor,
    existing: Map<string, ExistingAccount>,
    found: Set<string>,
    batch: BatchClaims,
  ): Promise<StaffPlan | null> {
    const { row, errors, input } = p;
    const current = existing.get(p.username.toLowerCase()) ?? null;
    checkAccountAndRole(p, current, staff);
    for (const code of p.zones.filter((c) => !found.has(c)))
      errors.push(
        rowError(row, 'zoneCodes', UserErrorCode.NOT_FOUND, coded('zone.notFound', { zone: code })),
      );
    const homeErrors: UserError[] = [];
    const home = await this.homeOf(p, current, staff, homeErrors);
    if (home !== null) requireWithinHome(p.zones, home, 'zoneCodes', homeErrors);
    const supervisorKey = checkSupervisor(p, existing, batch, homeErrors);
    for (const error of homeErrors)
      errors.push(
        rowError(row, error.field[error.field.length - 1], error.code, {
          messageCode: error.messageCode as MessageCode,
          params: error.params,
        }),
      );
    claimSmallZones(p, batch);
    if (errors.length || home === null) return null;
    if (input.role === Role.SUPERVISOR) batch.supervisorHomes.set(p.username.toLowerCase(), home);
    return {
      row,
      username: p.username,
      name: p.name,
      role: input.role,
      zones: [...p.zones].sort(),
      homeZoneCode: home,
      supervisorKey,
      password: input.password ?? null,
      existing: current,
      changes: true,
      passwordChanged: input.password != null,
    };
  }

  /**
   * 所属单位 of a row's account: a known account keeps its own (and a row naming another is rejected); a new one
   * gets the named or the default home. Null while the row has problems.
   */
  private async homeOf(
    p: ParsedRow,
    current: ExistingAccount | null,
    staff: StaffActor,
    homeErrors: UserError[],
  ): Promise<string | null> {
    const { row, errors, input } = p;
    if (current) {
      const home = errors.length === 0 ? current.homeZoneCode : null;
      const named = input.homeZoneCode?.trim() ? normalizeZoneCode(input.homeZoneCode) : null;
      if (named && (!named.ok || named.value.code !== home)) {
        const message = coded('import.accountHomeFixed');
        errors.push(rowError(row, 'homeZoneCode', UserErrorCode.INVALID, message));
      }
      return home;
    }
    if (errors.length) return null;
    return resolveHome(this.db, input.homeZoneCode?.trim() || null, p.zones, staff.scope, homeErrors);
  }

  /** Known accounts by lower-case username, with their zones and whether the caller can see them. */
  private async existingAccounts(
    lowered: string[],
    staff: StaffActor,
  ): Promise<Map<string, ExistingAccount>> {
    if (!lowered.length) return new Map();
    const params = new SqlParams();
    const names = params.add(lowered);
    const visibility = managedAccount(staff.scope, params);
    const rows = await query<ExistingAccount>(
      this.db,
      `SELECT t.id, t.username, t.name, t.role, t.version, t.password_hash AS "passwordHash",
              t.supervisor_id AS "supervisorId", t.home_zone_code AS "homeZoneCode", ${visibility} AS visible,
              COALESCE((SELECT array_agg(az.zone_code ORDER BY az.zone_code) FROM account_zone az
                         WHERE az.account_id = t.id), '{}') AS zones
         FROM account t WHERE lower(t.username) = ANY(${names}::text[])`,
      params.values,
    );
    return new Map(rows.map((r) => [r.username.toLowerCase(), r]));
  }

  /** Rows identical to their stored account change nothing: they are already present (passwords are not compared). */
  private async markUnchanged(valid: StaffPlan[], existing: Map<string, ExistingAccount>): Promise<void> {
    const enumeratorZones = valid.flatMap((p) => (p.role === Role.ENUMERATOR ? p.zones : []));
    const holders = enumeratorZones.length
      ? await query<{ code: string; accountId: string }>(
          this.db,
          `SELECT az.zone_code AS code, az.account_id AS "accountId" FROM account_zone az
             JOIN account a ON a.id = az.account_id AND a.role = 'ENUMERATOR'
            WHERE az.zone_code = ANY($1::text[])`,
          [enumeratorZones],
        )
      : [];
    for (const plan of valid) {
      const current = plan.existing;
      if (!current) continue;
      // The file's password is the initial one (初始密码): it is set on new accounts only. An account that exists
      // keeps the password its holder chose, so running a staff file again never resets anyone's password
      // (resetting is updateAccount's job).
      plan.passwordChanged = false;
      const supervisorId = plan.supervisorKey ? (existing.get(plan.supervisorKey)?.id ?? null) : null;
      const taken =
        plan.role === Role.ENUMERATOR &&
        holders.some((h) => plan.zones.includes(h.code) && h.accountId !== current.id);
      plan.changes =
        taken ||
        current.name !== plan.name ||
        !sameZones(current.zones, plan.zones) ||
        (plan.role === Role.ENUMERATOR &&
          (current.supervisorId !== supervisorId || (plan.supervisorKey !== null && supervisorId === null)));
    }
  }

  private async hashPasswords(valid: StaffPlan[]): Promise<void> {
    await Promise.all(
      valid.map(async (plan) => {
        if (plan.changes && plan.passwordChanged && plan.password != null)
          plan.passwordHash = await hashPassword(plan.password);
      }),
    );
  }

  /** Applies the changed rows in the batch's transaction; answers how many accounts were created or changed. */
  private async apply(
    tx: EntityManager,
    valid: StaffPlan[],
    key: string,
    staff: StaffActor,
  ): Promise<number> {
    const changed = valid.filter((p) => p.changes);
    const known = valid.flatMap((p) => (p.existing ? [p.existing] : []));
    const supervisorIds = new Map<string, string>();
    if (known.length || valid.some((p) => p.supervisorKey)) {
      const keys = [...new Set(valid.flatMap((p) => (p.supervisorKey ? [p.supervisorKey] : [])))];
      const ids = [...new Set([...known.map((k) => k.id)])];
      const locked = await query<{ id: string; username: string; version: number; role: Role }>(
        tx,
        `SELECT id, username, version, role FROM account
          WHERE id = ANY($1::bigint[]) OR lower(username) = ANY($2::text[]) ORDER BY id FOR UPDATE`,
        [ids, keys],
      );
      for (const k of known) {
        if (locked.find((l) => l.id === k.id)?.version !== k.version) throw concurrentChange();
      }
      for (const l of locked)
        if (l.role === Role.SUPERVISOR) supervisorIds.set(l.username.toLowerCase(), l.id);
    }
    const audits: AuditRecord[] = [];
    for (const plan of changed.sort((a, b) => roleOrder(a.role) - roleOrder(b.role))) {
      const supervisorId = plan.supervisorKey ? (supervisorIds.get(plan.supervisorKey) ?? null) : null;
      if (plan.supervisorKey && !supervisorId) throw concurrentChange();
      const current = plan.existing;
      let id: string;
      const after: Record<string, unknown> = { import: key };
      if (!current) {
        const rows = await query<{ id: string }>(
          tx,
          `INSERT INTO account (username, name, role, password_hash, supervisor_id, home_zone_code, version)
           VALUES ($1, $2, $3, $4, $5, $6, 1)
           ON CONFLICT ON CONSTRAINT account_username_key DO NOTHING RETURNING id`,
          [plan.username, plan.name, plan.role, plan.passwordHash ?? null, supervisorId, plan.homeZoneCode],
        );
        if (!rows.length) throw concurrentChange();
        id = rows[0].id;
        Object.assign(after, {
          created: plan.username,
          role: plan.role,
          home: plan.homeZoneCode,
          zones: plan.zones,
        });
      } else {
        id = current.id;
        const params = new SqlParams();
        const sets = ['version = version + 1', 'updated_at = now()', `name = ${params.add(plan.name)}`];
        if (plan.passwordChanged && plan.passwordHash)
          sets.push(`password_hash = ${params.add(plan.passwordHash)}`);
        if (plan.role === Role.ENUMERATOR) sets.push(`supervisor_id = ${params.add(supervisorId)}`);
        // A new password, other zones or another supervisor end the account's sessions (as updateAccount does).
        if (
          plan.passwordChanged ||
          !sameZones(current.zones, plan.zones) ||
          (plan.role === Role.ENUMERATOR && supervisorId !== current.supervisorId)
        )
          sets.push('session_version = session_version + 1');
        await query(tx, `UPDATE account SET ${sets.join(', ')} WHERE id = ${params.add(id)}`, params.values);
        Object.assign(after, {
          name: plan.name !== current.name ? plan.name : undefined,
          password: plan.passwordChanged ? 'changed' : undefined,
          supervisor:
            plan.role === Role.ENUMERATOR && supervisorId !== current.supervisorId ? supervisorId : undefined,
          zones: sameZones(current.zones, plan.zones) ? undefined : plan.zones,
        });
      }
      if (plan.role === Role.ENUMERATOR) {
        const assigned = await this.assignSmallZones(tx, id, current?.zones ?? [], plan.zones, staff);
        if (assigned.length) after.assignedSmallZones = assigned;
      } else {
        await query(tx, `DELETE FROM account_zone WHERE account_id = $1`, [id]);
        await query(
          tx,
          `INSERT INTO account_zone (account_id, zone_code) SELECT $1, code FROM unnest($2::text[]) AS code ON CONFLICT DO NOTHING`,
          [id, plan.zones],
        );
      }
      if (plan.role === Role.SUPERVISOR) supervisorIds.set(plan.username.toLowerCase(), id);
      audits.push({
        action: AuditAction.ACCOUNT,
        entityType: 'Account',
        entityId: toGlobalId('Account', id),
        smallZoneCode: plan.homeZoneCode,
        after,
      });
    }
    await writeAudit(tx, { accountId: staff.accountId, label: staff.username }, audits);
    return changed.length;
  }

  /**
   * The enumerator holds exactly `zones` afterwards: zones dropped close their assignment; zones gained are taken
   * from their previous enumerator, with a closed and a new `small_zone_assignment` row, as assignSmallZone does.
   */
  private async assignSmallZones(
    tx: Queryable,
    enumeratorId: string,
    before: string[],
    zones: string[],
    staff: StaffActor,
  ): Promise<string[]> {
    const dropped = before.filter((code) => !zones.includes(code));
    const gained = zones.filter((code) => !before.includes(code));
    if (dropped.length) {
      await query(tx, `DELETE FROM account_zone WHERE account_id = $1 AND zone_code = ANY($2::text[])`, [
        enumeratorId,
        dropped,
      ]);
      await query(
        tx,
        `UPDATE small_zone_assignment SET unassigned_at = now()
          WHERE county_code = ANY($3::text[]) AND enumerator_id = $1 AND small_zone_code = ANY($2::text[])
            AND unassigned_at IS NULL`,
        [enumeratorId, dropped, countiesOf(dropped)],
      );
    }
    if (!zones.length) return [];
    await query(tx, `SELECT 1 FROM zone WHERE code = ANY($1::text[]) ORDER BY code FOR UPDATE`, [zones]);
    await query(
      tx,
      `WITH taken AS (
         DELETE FROM account_zone az USING account a
          WHERE a.id = az.account_id AND a.role = 'ENUMERATOR' AND az.zone_code = ANY($1::text[]) AND az.account_id <> $2
         RETURNING az.account_id)
       UPDATE account SET session_version = session_version + 1 WHERE id IN (SELECT account_id FROM taken)`,
      [zones, enumeratorId],
    );
    await query(
      tx,
      `INSERT INTO account_zone (account_id, zone_code) SELECT $1, code FROM unnest($2::text[]) AS code ON CONFLICT DO NOTHING`,
      [enumeratorId, zones],
    );
    if (gained.length) {
      await query(
        tx,
        `UPDATE small_zone_assignment SET unassigned_at = now()
          WHERE county_code = ANY($2::text[]) AND small_zone_code = ANY($1::text[]) AND unassigned_at IS NULL`,
        [gained, countiesOf(gained)],
      );
      await query(
        tx,
        `INSERT INTO small_zone_assignment (county_code, small_zone_code, enumerator_id, assigned_by)
         SELECT county_key(code), code, $2, $3 FROM unnest($1::text[]) AS code`,
        [gained, enumeratorId, staff.accountId],
      );
    }
    return gained;
  }
}

function concurrentChange(): GraphQLError {
  return codedError('import.accountsChanged', {}, { code: 'CONFLICT' });
}

/** A row checked on its own: trimmed values, canonical zones in scope, and its problems so far. */
interface ParsedRow {
  index: number;
  input: StaffRowInput;
  row: number;
  username: string;
  name: string;
  zones: string[];
  supervisor: string | null;
  errors: ImportRowError[];
}

/** What earlier rows of the batch claimed: supervisors' homes by lower-case username, small zones by row. */
interface BatchClaims {
  supervisorHomes: Map<string, string>;
  smallZoneRows: Map<string, number>;
}

/** Step 1: the checks a row needs nothing else for (form of each item, zones within the caller's). */
function parseStaffRow(input: StaffRowInput, index: number, staff: StaffActor): ParsedRow {
  const row = input.row;
  const username = input.username.trim();
  const name = normalizePersonName(input.name);
  const errors = itemErrors(input, username, name);
  const zones = rowZones(input, staff, errors);
  const supervisor = input.supervisorUsername?.trim() || null;
  if (supervisor && input.role !== Role.ENUMERATOR) {
    errors.push(
      rowError(
        row,
        'supervisorUsername',
        UserErrorCode.INVALID,
        coded('account.supervisorOnlyForEnumerators'),
      ),
    );
  }
  return { index, input, row, username, name, zones, supervisor, errors };
}

/** The form of the username, name, password and phone. */
function itemErrors(input: StaffRowInput, username: string, name: string): ImportRowError[] {
  const errors: ImportRowError[] = [];
  const row = input.row;
  if (!USERNAME_PATTERN.test(username)) {
    errors.push(
      rowError(row, 'username', UserErrorCode.INVALID, coded('account.usernameFormat', { value: username })),
    );
  }
  if (!name || name.length > 50)
    errors.push(rowError(row, 'name', UserErrorCode.REQUIRED, coded('account.nameLength')));
  for (const issue of validateNameCharacters(input.name))
    errors.push(rowError(row, 'name', userErrorCodeOf(issue.code), issue));
  if (input.password != null && input.password.length < MIN_PASSWORD_LENGTH) {
    errors.push(
      rowError(
        row,
        'password',
        UserErrorCode.OUT_OF_RANGE,
        coded('account.passwordTooShort', { min: MIN_PASSWORD_LENGTH }),
      ),
    );
  }
  if (input.role === Role.INTEGRATION && input.password != null) {
    errors.push(rowError(row, 'password', UserErrorCode.INVALID, coded('account.integrationNoPassword')));
  }
  const phone = input.phone?.trim();
  if (phone && !PHONE.test(phone)) {
    errors.push(rowError(row, 'phone', UserErrorCode.INVALID, coded('import.phoneFormat')));
  }
  return errors;
}

/** The row's zones, canonical and without repeats: small zones for enumerators, all within the caller's. */
function rowZones(input: StaffRowInput, staff: StaffActor, errors: ImportRowError[]): string[] {
  const row = input.row;
  const zones: string[] = [];
  for (const raw of input.zoneCodes) {
    const zone = normalizeZoneCode(raw);
    if (!zone.ok) errors.push(rowError(row, 'zoneCodes', UserErrorCode.INVALID, zone));
    else if (input.role === Role.ENUMERATOR && zone.value.code.length !== 15) {
      const message = coded('import.enumeratorSmallZones', { zone: zone.value.code });
      errors.push(rowError(row, 'zoneCodes', UserErrorCode.INVALID, message));
    } else if (!staff.scope.covers(zone.value.code)) {
      const message = coded('zone.outOfScope', { zone: zone.value.code });
      errors.push(rowError(row, 'zoneCodes', UserErrorCode.OUT_OF_SCOPE, message));
    } else if (!zones.includes(zone.value.code)) zones.push(zone.value.code);
  }
  return zones;
}

/** Step 2: a username repeated in the batch (any case) stays with its first row; later rows are rejected. */
function rejectRepeatedUsernames(parsed: ParsedRow[]): void {
  const firstRowOf = new Map<string, number>();
  for (const p of parsed) {
    const lower = p.username.toLowerCase();
    const first = firstRowOf.get(lower);
    if (first === undefined) firstRowOf.set(lower, p.row);
    else {
      const message = coded('import.duplicateUsername', { value: p.username, first });
      p.errors.push(rowError(p.row, 'username', UserErrorCode.DUPLICATE, message));
    }
  }
}

/** Lower-case usernames the batch names, as accounts or supervisors. */
function usernamesOf(parsed: ParsedRow[]): string[] {
  return [...new Set(parsed.flatMap((p) => [p.username, p.supervisor ?? '']).filter(Boolean))].map((u) =>
    u.toLowerCase(),
  );
}

/** Supervisors first (enumerators name them), enumerators last (they take small zones); else batch order. */
function inApplyOrder(parsed: ParsedRow[]): ParsedRow[] {
  return [...parsed].sort((a, b) => roleOrder(a.input.role) - roleOrder(b.input.role) || a.index - b.index);
}

/** A known account must be one the caller manages, and keeps its role; a new one needs a role the caller manages. */
function checkAccountAndRole(p: ParsedRow, current: ExistingAccount | null, staff: StaffActor): void {
  const { row, errors, input } = p;
  if (current) {
    if (!current.visible || !MANAGES[staff.role].includes(current.role)) {
      const message = coded('import.usernameNotManaged', { value: p.username });
      errors.push(rowError(row, 'username', UserErrorCode.DUPLICATE, message));
    } else if (current.role !== input.role) {
      const message = coded('import.roleFixed', { value: current.username, role: current.role });
      errors.push(rowError(row, 'role', UserErrorCode.INVALID, message));
    }
    return;
  }
  if (!MANAGES[staff.role].includes(input.role)) {
    const message = coded('account.roleNotManaged', { role: input.role });
    errors.push(rowError(row, 'role', UserErrorCode.OUT_OF_SCOPE, message));
  }
  if (input.role !== Role.INTEGRATION && input.password == null)
    errors.push(rowError(row, 'password', UserErrorCode.REQUIRED, coded('account.passwordRequired')));
}

/**
 * An enumerator's supervisor is a valid SUPERVISOR row before it or a known supervisor the caller sees, whose home
 * holds the enumerator's zones. Answers the supervisor's lower-case username, or null.
 */
function checkSupervisor(
  p: ParsedRow,
  existing: Map<string, ExistingAccount>,
  batch: BatchClaims,
  homeErrors: UserError[],
): string | null {
  if (!p.supervisor || p.input.role !== Role.ENUMERATOR) return null;
  const key = p.supervisor.toLowerCase();
  const known = existing.get(key);
  const supervisorHome =
    batch.supervisorHomes.get(key) ??
    (known?.visible && known.role === Role.SUPERVISOR ? (known.homeZoneCode ?? undefined) : undefined);
  if (supervisorHome === undefined) {
    const message = coded('import.supervisorMissing', { value: p.supervisor });
    p.errors.push(rowError(p.row, 'supervisorUsername', UserErrorCode.NOT_FOUND, message));
    return null;
  }
  requireWithinHome(p.zones, supervisorHome, 'supervisorUsername', homeErrors, 'supervisor');
  return key;
}

/** A small zone goes to the first valid enumerator row of the batch that names it. */
function claimSmallZones(p: ParsedRow, batch: BatchClaims): void {
  if (p.input.role !== Role.ENUMERATOR || p.errors.length) return;
  for (const code of p.zones) {
    const first = batch.smallZoneRows.get(code);
    if (first !== undefined) {
      const message = coded('import.smallZoneTaken', { zone: code, first });
      p.errors.push(rowError(p.row, 'zoneCodes', UserErrorCode.DUPLICATE, message));
    }
  }
  if (p.errors.length === 0) for (const code of p.zones) batch.smallZoneRows.set(code, p.row);
}

/** The counties of small-zone codes, each once: the assignment statements name them. */
function countiesOf(codes: readonly string[]): string[] {
  return [...new Set(codes.map((code) => countyCodeOf(code) ?? ''))].sort();
}
