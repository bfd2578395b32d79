import type { DataSource, EntityManager } from 'typeorm';

import { validateHouseholdNumber } from '@census/rules';

import type { Actor, Scope } from '../auth/principal';
import { refreshHouseholdAddresses } from '../buildings/household-address';
import { notAnIdMessage, rowIdOf } from '../common/global-id';
import type { ListFilter } from '../common/page-loader';
import { deleted, type DeletePayload, notDeleted, ok, type Payload, rejected } from '../common/payload';
import {
  deleteReturning,
  givenValues,
  hydrate,
  inputColumns,
  insertList,
  insertUnlessTaken,
  query,
  selectList,
  setList,
  SqlParams,
} from '../common/sql';
import { subtreeListFilter } from '../common/subtree';
import { fromRuleIssues, type UserError, userError, UserErrorCode } from '../common/user-error';
import { changeLockedRow, numberTaken, requireSmallZone } from '../common/zone-checks';
import { auditRow, auditSnapshot } from '../privacy/audit';
import { AuditAction } from '../privacy/audit-log.entity';
import type { FieldCrypto } from '../privacy/field-crypto';
import { sealPhoneColumns } from '../privacy/sealed-phone';
import { Household } from './household.entity';
import {
  CreateHouseholdInput,
  type DeleteHouseholdInput,
  type HouseholdFilter,
  UpdateHouseholdInput,
} from './household.inputs';
import { validateHouseholdItems } from './household.validation';

/**
 * The columns the household inputs write, by input property: every input field named like a household column (the
 * items H1-H7, unit, note...), except the key that create sets itself. Building and phone are written apart.
 */
const householdColumns = (db: DataSource | EntityManager) =>
  inputColumns(db, Household, [CreateHouseholdInput, UpdateHouseholdInput], ['smallZoneCode', 'number']);

export function householdListFilter(filter: HouseholdFilter | null | undefined): ListFilter {
  return subtreeListFilter(filter, 't.small_zone_code', (f, where, params) => {
    if (f.status?.length) where.push(`t.status = ANY(${params.add(f.status)}::household_status[])`);
    if (f.stage?.length) where.push(`t.stage = ANY(${params.add(f.stage)}::household_stage[])`);
    if (f.kind) where.push(`t.kind = ${params.add(f.kind)}`);
    if (f.registrationMethod) where.push(`t.registration_method = ${params.add(f.registrationMethod)}`);
    if (f.buildingId != null)
      where.push(`t.building_id = ${params.add(rowIdOf(f.buildingId, 'Building') ?? '0')}`);
  });
}

export class HouseholdService {
  constructor(
    private readonly db: DataSource,
    private readonly crypto: FieldCrypto,
  ) {}

  /** Sealed column values of a phone number (privacy/sealed-phone.ts). */
  private sealPhone(phone: string | null | undefined) {
    return sealPhoneColumns(this.crypto, phone);
  }

  private snapshot(household: Household): Record<string, unknown> {
    return auditSnapshot(household, (sealed) => this.crypto.open(sealed));
  }

  async create(input: CreateHouseholdInput, actor: Actor): Promise<Payload<Household>> {
    const errors = validateHouseholdItems(input);
    if (input.number != null)
      errors.push(...fromRuleIssues(validateHouseholdNumber(input.number.trim()), 'number'));
    return this.db.transaction(async (tx) => {
      const zone = await requireSmallZone(tx, input.smallZoneCode, 'smallZoneCode', actor.scope);
      if ('error' in zone) return rejected<Household>([zone.error, ...errors]);
      const building = await this.resolveBuilding(tx, input.buildingId, zone.code, actor.scope);
      if ('error' in building) errors.push(building.error);
      if (errors.length || 'error' in building) return rejected<Household>(errors);
      // Numbers are handed out per small zone: lock it so concurrent listings get max+1 in turn.
      await query(tx, `SELECT 1 AS found FROM zone WHERE code = $1 FOR UPDATE`, [zone.code]);
      const number = input.number?.trim() ?? (await this.nextNumber(tx, zone.code));
      if (number === null) {
        return rejected<Household>([
          userError(
            'number',
            UserErrorCode.OUT_OF_RANGE,
            `Small zone '${zone.code}' already uses household number 999.`,
          ),
        ]);
      }
      const params = new SqlParams();
      const items = trimmed(input) as unknown as Record<string, unknown>;
      const phone = this.sealPhone(input.phone);
      const insert = insertList(tx, params, Household, {
        smallZoneCode: zone.code,
        number,
        buildingRowId: building.rowId,
        version: 1,
        phoneSealed: phone.sealed,
        phoneHash: phone.hash,
        phoneMasked: phone.masked,
        // Items left out (or null) take the column default.
        ...givenValues(items, householdColumns(tx)),
      });
      const household = await insertUnlessTaken(
        tx,
        Household,
        'household_small_zone_number_key',
        insert,
        params.values,
      );
      if (!household) {
        return rejected<Household>([numberTaken('Household', number, zone.code)]);
      }
      if (household.buildingRowId) await refreshHouseholdAddresses(tx, { householdId: household.rowId });
      await auditRow(tx, actor, AuditAction.CREATE, 'Household', household, {
        after: this.snapshot(household),
      });
      return ok(household);
    });
  }

  /** `within`: a transaction to run in (as a savepoint of it), e.g. `saveHousehold`'s. */
  async update(
    input: UpdateHouseholdInput,
    actor: Actor,
    within?: EntityManager,
  ): Promise<Payload<Household>> {
    const validate = () => {
      const errors = validateHouseholdItems(input);
      if (input.kind === null)
        errors.push(userError('kind', UserErrorCode.REQUIRED, 'Household kind cannot be cleared.'));
      if (input.status === null)
        errors.push(userError('status', UserErrorCode.REQUIRED, 'Household status cannot be cleared.'));
      return errors;
    };
    const steps = { reject: rejected<Household>, validate };
    const db = within ?? this.db;
    return changeLockedRow(db, 'household', input, actor.scope, steps, async (tx, rowId, current) => {
      const [before] = await query<Record<string, unknown>>(
        tx,
        `SELECT ${selectList(tx, Household, 't')} FROM household t WHERE t.id = $1`,
        [rowId],
      );
      const params = new SqlParams();
      const sets = setList(params, trimmed(input), householdColumns(tx));
      if (input.phone !== undefined) {
        const phone = this.sealPhone(input.phone);
        sets.push(
          `phone_sealed = ${params.add(phone.sealed)}`,
          `phone_hash = ${params.add(phone.hash)}`,
          `phone_masked = ${params.add(phone.masked)}`,
        );
      }
      if (input.buildingId !== undefined) {
        const building = await this.resolveBuilding(
          tx,
          input.buildingId,
          current.small_zone_code,
          actor.scope,
        );
        if ('error' in building) return rejected<Household>([building.error]);
        sets.push(`building_id = ${params.add(building.rowId)}`);
      }
      const rows = await query<Record<string, unknown>>(
        tx,
        `WITH changed AS (UPDATE household SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
          WHERE id = ${params.add(rowId)}
          RETURNING ${selectList(tx, Household)})
         SELECT * FROM changed`,
        params.values,
      );
      const household = hydrate(Household, rows[0]);
      if (input.buildingId !== undefined || input.unit !== undefined) {
        await refreshHouseholdAddresses(tx, { householdId: household.rowId });
      }
      await auditRow(tx, actor, AuditAction.UPDATE, 'Household', household, {
        before: this.snapshot(hydrate(Household, before)),
        after: this.snapshot(household),
      });
      return ok(household);
    });
  }

  async delete(input: DeleteHouseholdInput, actor: Actor): Promise<DeletePayload> {
    const steps = { reject: notDeleted };
    return changeLockedRow(this.db, 'household', input, actor.scope, steps, async (tx, rowId, current) => {
      // Persons, visits, appointments and problems are records of work done: they are never deleted with it.
      const [usage] = await query<{
        persons: number;
        visits: number;
        appointments: number;
        problems: number;
      }>(
        tx,
        `SELECT (SELECT count(*)::int FROM person WHERE household_id = $1) AS persons,
                (SELECT count(*)::int FROM visit WHERE household_id = $1) AS visits,
                (SELECT count(*)::int FROM appointment WHERE household_id = $1) AS appointments,
                (SELECT count(*)::int FROM problem WHERE household_id = $1) AS problems`,
        [rowId],
      );
      const kept = Object.entries(usage).filter(([, n]) => n > 0);
      if (kept.length) {
        const message = `Household ${input.id} still has ${kept.map(([what, n]) => `${n} ${what}`).join(', ')}; it cannot be deleted.`;
        return notDeleted([userError('id', UserErrorCode.NOT_EMPTY, message)]);
      }
      const before = this.snapshot(await deleteReturning(tx, Household, rowId));
      const where = { id: input.id, smallZoneCode: current.small_zone_code };
      await auditRow(tx, actor, AuditAction.DELETE, 'Household', where, { before });
      return deleted('Household', rowId);
    });
  }

  /** A household's building must exist and lie in the household's small zone. */
  private async resolveBuilding(
    tx: EntityManager,
    buildingId: string | null | undefined,
    smallZoneCode: string,
    scope: Scope,
  ): Promise<{ rowId: string | null } | { error: UserError }> {
    if (buildingId == null) return { rowId: null };
    const rowId = rowIdOf(buildingId, 'Building');
    if (!rowId)
      return {
        error: userError('buildingId', UserErrorCode.INVALID, notAnIdMessage(buildingId, 'Building')),
      };
    const [building] = await query<{ small_zone_code: string }>(
      tx,
      `SELECT small_zone_code FROM building WHERE id = $1`,
      [rowId],
    );
    if (!building || !scope.covers(building.small_zone_code))
      return {
        error: userError('buildingId', UserErrorCode.NOT_FOUND, `Building ${buildingId} does not exist.`),
      };
    if (building.small_zone_code !== smallZoneCode) {
      const message = `Building ${buildingId} is in small zone '${building.small_zone_code}', not in the household's small zone '${smallZoneCode}'.`;
      return { error: userError('buildingId', UserErrorCode.MISMATCH, message) };
    }
    return { rowId };
  }

  private async nextNumber(tx: EntityManager, smallZoneCode: string): Promise<string | null> {
    const [row] = await query<{ next: number }>(
      tx,
      `SELECT COALESCE(max(number::int), 0) + 1 AS next FROM household WHERE small_zone_code = $1`,
      [smallZoneCode],
    );
    return row.next > 999 ? null : String(row.next).padStart(3, '0');
  }
}

function trimmed<T extends object>(input: T): T {
  return Object.fromEntries(
    Object.entries(input).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]),
  ) as T;
}
