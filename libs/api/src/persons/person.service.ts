import type { DataSource, EntityManager } from 'typeorm';

import { canonicalZoneCode, LOCKED_STAGES, maskCitizenId } from '@census/rules';

import type { Actor, Scope } from '../auth/principal';
import type { HouseholdStage } from '../common/enums';
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
  SqlParams,
} from '../common/sql';
import { subtreeListFilter } from '../common/subtree';
import { type UserError, userError, UserErrorCode } from '../common/user-error';
import { changeLockedRow, lockedStageError, missingOrConflict } from '../common/zone-checks';
import { auditRow, auditSnapshot } from '../privacy/audit';
import { AuditAction } from '../privacy/audit-log.entity';
import type { FieldCrypto } from '../privacy/field-crypto';
import { Person } from './person.entity';
import {
  CreatePersonInput,
  type DeletePersonInput,
  type PersonFilter,
  UpdatePersonInput,
} from './person.inputs';
import { type PersonState, validatePerson } from './person.validation';

export function personListFilter(filter: PersonFilter | null | undefined, crypto: FieldCrypto): ListFilter {
  return subtreeListFilter(filter, 't.small_zone_code', (f, where, params) => {
    if (f.householdId != null)
      where.push(`t.household_id = ${params.add(rowIdOf(f.householdId, 'Household') ?? '0')}`);
    if (f.registered != null) where.push(`t.registered = ${params.add(f.registered)}`);
    if (f.resident != null) where.push(`t.resident = ${params.add(f.resident)}`);
    if (f.nameStartsWith) where.push(`starts_with(t.name, ${params.add(f.nameStartsWith.trim())})`);
    if (f.citizenId != null)
      where.push(`t.citizen_id_hash = ${params.add(crypto.digest(f.citizenId.trim().toUpperCase()))}`);
  });
}

/**
 * The columns the person inputs write, by input property: every input field named like a person column (the items
 * D1-D12 but the citizen ID, registered, resident), except the line that create sets itself and the small zone,
 * which is the household's.
 */
const personColumns = (db: DataSource | EntityManager) =>
  inputColumns(db, Person, [CreatePersonInput, UpdatePersonInput], ['smallZoneCode', 'lineNumber']);

interface HouseholdRow {
  id: string;
  small_zone_code: string;
  stage: HouseholdStage;
}

export class PersonService {
  constructor(
    private readonly db: DataSource,
    private readonly crypto: FieldCrypto,
  ) {}

  /** The sealed column values of a citizen ID (or nulls when there is none). */
  private sealCitizenId(citizenId: string | null): {
    sealed: Buffer | null;
    hash: Buffer | null;
    masked: string | null;
  } {
    return citizenId
      ? {
          sealed: this.crypto.seal(citizenId),
          hash: this.crypto.digest(citizenId),
          masked: maskCitizenId(citizenId),
        }
      : { sealed: null, hash: null, masked: null };
  }

  private snapshot(person: Person): Record<string, unknown> {
    return auditSnapshot(person, (sealed) => this.crypto.open(sealed));
  }

  /** `within` (here and in update and delete): a transaction to run in, as a savepoint of it (`saveHousehold`). */
  async create(input: CreatePersonInput, actor: Actor, within?: EntityManager): Promise<Payload<Person>> {
    const { errors, normalized } = validatePerson({
      ...input,
      citizenId: input.citizenId ?? null,
      registrationPlaceCode: input.registrationPlaceCode ?? null,
    });
    if (input.lineNumber != null && (input.lineNumber < 1 || input.lineNumber > 999)) {
      errors.push(
        userError(
          'lineNumber',
          UserErrorCode.OUT_OF_RANGE,
          `Line number ${input.lineNumber} is outside 1..999.`,
        ),
      );
    }
    return (within ?? this.db).transaction(async (tx) => {
      const household = await this.lockHousehold(tx, input.householdId, 'householdId', actor.scope);
      if ('error' in household) return rejected<Person>([household.error, ...errors]);
      if (
        input.smallZoneCode != null &&
        canonicalZoneCode(input.smallZoneCode) !== household.small_zone_code
      ) {
        const message = `Household ${input.householdId} is in small zone '${household.small_zone_code}', not '${input.smallZoneCode}'.`;
        errors.push(userError('smallZoneCode', UserErrorCode.MISMATCH, message));
      }
      errors.push(...(await this.duplicateCitizenId(tx, normalized.citizenId, null, actor.scope)));
      if (errors.length) return rejected<Person>(errors);
      const [next] = await query<{ n: number }>(
        tx,
        `SELECT COALESCE(max(line_number), 0) + 1 AS n FROM person WHERE household_id = $1`,
        [household.id],
      );
      const lineNumber = input.lineNumber ?? next.n;
      const params = new SqlParams();
      const values = { ...input, ...normalized } as unknown as Record<string, unknown>;
      const citizenId = this.sealCitizenId(normalized.citizenId);
      const insert = insertList(tx, params, Person, {
        householdRowId: household.id,
        smallZoneCode: household.small_zone_code,
        lineNumber,
        version: 1,
        citizenIdSealed: citizenId.sealed,
        citizenIdHash: citizenId.hash,
        citizenIdMasked: citizenId.masked,
        // Items left out (or null) take the column default.
        ...givenValues(values, personColumns(tx)),
      });
      const person = await insertUnlessTaken(tx, Person, 'person_household_line_key', insert, params.values);
      if (!person) {
        return rejected<Person>([
          userError(
            'lineNumber',
            UserErrorCode.DUPLICATE,
            `Line ${lineNumber} is already used in this household.`,
          ),
        ]);
      }
      await auditRow(tx, actor, AuditAction.CREATE, 'Person', person, { after: this.snapshot(person) });
      return ok(person);
    });
  }

  async update(input: UpdatePersonInput, actor: Actor, within?: EntityManager): Promise<Payload<Person>> {
    const rowId = rowIdOf(input.id, 'Person');
    if (!rowId) return rejected([userError('id', UserErrorCode.INVALID, notAnIdMessage(input.id, 'Person'))]);
    const required = (
      ['name', 'relationship', 'sex', 'birthYear', 'birthMonth', 'registered', 'resident'] as const
    ).filter((item) => input[item] === null);
    if (required.length) {
      return rejected(
        required.map((item) =>
          userError(item, UserErrorCode.REQUIRED, `${item} is required and cannot be cleared.`),
        ),
      );
    }
    return (within ?? this.db).transaction(async (tx) => {
      const [found] = await query<
        Record<string, unknown> & { version: number; smallZoneCode: string; stage: HouseholdStage }
      >(
        tx,
        `SELECT ${selectList(tx, Person, 't')}, h.stage AS stage FROM person t JOIN household h ON h.id = t.household_id
          WHERE t.id = $1 FOR UPDATE OF t, h`,
        [rowId],
      );
      const visible = found && actor.scope.covers(found.smallZoneCode) ? found : undefined;
      if (!visible || visible.version !== input.expectedVersion) {
        return rejected<Person>([missingOrConflict(`Person ${input.id}`, visible, input.expectedVersion)]);
      }
      const { stage, ...row } = visible;
      if (LOCKED_STAGES.includes(stage)) return rejected<Person>([lockedStageError(stage)]);
      const current = hydrate(Person, row);
      const currentCitizenId = current.citizenIdSealed ? this.crypto.open(current.citizenIdSealed) : null;
      const merged = { ...current, citizenId: currentCitizenId, ...definedOnly(input) } as PersonState &
        Record<string, unknown>;
      const { errors, normalized } = validatePerson(merged);
      errors.push(...(await this.duplicateCitizenId(tx, normalized.citizenId, rowId, actor.scope)));
      let householdRowId = current.householdRowId;
      if (input.householdId != null) {
        const household = await this.lockHousehold(tx, input.householdId, 'householdId', actor.scope);
        if ('error' in household) errors.push(household.error);
        else if (household.small_zone_code !== current.smallZoneCode) {
          const message = `Household ${input.householdId} is in small zone '${household.small_zone_code}'; a person can only move within small zone '${current.smallZoneCode}'.`;
          errors.push(userError('householdId', UserErrorCode.MISMATCH, message));
        } else householdRowId = household.id;
      }
      if (errors.length) return rejected<Person>(errors);
      const params = new SqlParams();
      const values = { ...merged, ...normalized } as unknown as Record<string, unknown>;
      const sets = Object.entries(personColumns(tx)).map(
        ([property, column]) => `${column} = ${params.add(values[property] ?? null)}`,
      );
      if (normalized.citizenId !== currentCitizenId) {
        const citizenId = this.sealCitizenId(normalized.citizenId);
        sets.push(
          `citizen_id_sealed = ${params.add(citizenId.sealed)}`,
          `citizen_id_hash = ${params.add(citizenId.hash)}`,
          `citizen_id_masked = ${params.add(citizenId.masked)}`,
        );
      }
      if (householdRowId !== current.householdRowId) {
        const [next] = await query<{ n: number }>(
          tx,
          `SELECT COALESCE(max(line_number), 0) + 1 AS n FROM person WHERE household_id = $1`,
          [householdRowId],
        );
        sets.push(`household_id = ${params.add(householdRowId)}`, `line_number = ${params.add(next.n)}`);
      }
      const rows = await query<Record<string, unknown>>(
        tx,
        `WITH changed AS (UPDATE person SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
          WHERE id = ${params.add(rowId)} RETURNING ${selectList(tx, Person)})
         SELECT * FROM changed`,
        params.values,
      );
      const person = hydrate(Person, rows[0]);
      await auditRow(tx, actor, AuditAction.UPDATE, 'Person', person, {
        before: this.snapshot(current),
        after: this.snapshot(person),
      });
      return ok(person);
    });
  }

  async delete(input: DeletePersonInput, actor: Actor, within?: EntityManager): Promise<DeletePayload> {
    const steps = { reject: notDeleted };
    return changeLockedRow(
      within ?? this.db,
      'person',
      input,
      actor.scope,
      steps,
      async (tx, rowId, current) => {
        const before = this.snapshot(await deleteReturning(tx, Person, rowId));
        const where = { id: input.id, smallZoneCode: current.small_zone_code };
        await auditRow(tx, actor, AuditAction.DELETE, 'Person', where, { before });
        return deleted('Person', rowId);
      },
    );
  }

  /** Locks the household so line numbers are handed out one at a time. */
  private async lockHousehold(
    tx: EntityManager,
    id: string,
    field: string,
    scope: Scope,
  ): Promise<HouseholdRow | { error: UserError }> {
    const rowId = rowIdOf(id, 'Household');
    if (!rowId) return { error: userError(field, UserErrorCode.INVALID, notAnIdMessage(id, 'Household')) };
    const [row] = await query<HouseholdRow>(
      tx,
      `SELECT id, small_zone_code, stage FROM household WHERE id = $1 FOR UPDATE`,
      [rowId],
    );
    if (row && scope.covers(row.small_zone_code)) {
      return LOCKED_STAGES.includes(row.stage)
        ? { error: { ...lockedStageError(row.stage), field: ['input', field] } }
        : row;
    }
    return { error: userError(field, UserErrorCode.NOT_FOUND, `Household ${id} does not exist.`) };
  }

  private async duplicateCitizenId(
    tx: EntityManager,
    citizenId: string | null,
    exceptRowId: string | null,
    scope: Scope,
  ): Promise<UserError[]> {
    if (!citizenId) return [];
    // Only duplicates the caller can see are reported: anything else would reveal persons of other zones.
    const params = new SqlParams();
    const id = params.add(this.crypto.digest(citizenId));
    const except = params.add(exceptRowId);
    const [other] = await query<{ found: number }>(
      tx,
      `SELECT 1 AS found FROM person t WHERE t.citizen_id_hash = ${id} AND (${except}::bigint IS NULL OR t.id <> ${except})
         AND ${scope.condition('t.small_zone_code', params)}`,
      params.values,
    );
    return other
      ? [
          userError(
            'citizenId',
            UserErrorCode.DUPLICATE,
            `Citizen ID ${citizenId.slice(0, 6)}******** is already recorded for another person.`,
          ),
        ]
      : [];
  }
}

function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}
