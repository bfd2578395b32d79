import type { DataSource, EntityManager } from 'typeorm';

import { canonicalZoneCode, LOCKED_STAGES, maskCitizenId } from '@census/rules';

import type { Actor, Scope } from '../auth/principal';
import type { HouseholdStage } from '../common/enums';
import { notAnIdMessage, type RowRef, rowRefCondition, rowRefOf } from '../common/global-id';
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
import { coded, type UserError, userError, UserErrorCode } from '../common/user-error';
import {
  changeLockedRow,
  lockedStageError,
  missingOrConflict,
  otherCountyError,
} from '../common/zone-checks';
import { syncCitizenIdDirectory } from '../national/citizen-id-directory';
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
  return subtreeListFilter(
    filter,
    't.small_zone_code',
    (f, where, params) => {
      if (f.householdId != null) {
        // The household's persons are of its county: an ID with the county names it (an old ID searches all).
        const household = rowRefOf(f.householdId, 'Household');
        if (household?.county) where.push(`t.county_code = ${params.add(household.county)}`);
        where.push(`t.household_id = ${params.add(household?.id ?? '0')}`);
      }
      if (f.registered != null) where.push(`t.registered = ${params.add(f.registered)}`);
      if (f.resident != null) where.push(`t.resident = ${params.add(f.resident)}`);
      if (f.nameStartsWith) where.push(`starts_with(t.name, ${params.add(f.nameStartsWith.trim())})`);
      if (f.citizenId != null)
        where.push(`t.citizen_id_hash = ${params.add(crypto.digest(f.citizenId.trim().toUpperCase()))}`);
    },
    't.county_code',
  );
}

/**
 * The columns the person inputs write, by input property: every input field named like a person column (the items
 * D1-D12 but the citizen ID, registered, resident), except the line that create sets itself and the small zone,
 * which is the household's.
 */
const personColumns = (db: DataSource | EntityManager) =>
  inputColumns(db, Person, [CreatePersonInput, UpdatePersonInput], ['smallZoneCode', 'lineNumber']);

interface HouseholdRow {
  county_code: string;
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
          coded('person.lineNumberRange', { value: input.lineNumber }),
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
        const message = coded('person.householdInOtherZone', {
          householdZone: household.small_zone_code,
          zone: input.smallZoneCode,
        });
        errors.push(userError('smallZoneCode', UserErrorCode.MISMATCH, message));
      }
      errors.push(...(await this.duplicateCitizenId(tx, normalized.citizenId, null, actor.scope)));
      if (errors.length) return rejected<Person>(errors);
      const lineNumber = input.lineNumber ?? (await this.nextLine(tx, household));
      const params = new SqlParams();
      const values = { ...input, ...normalized } as unknown as Record<string, unknown>;
      const citizenId = this.sealCitizenId(normalized.citizenId);
      const insert = insertList(tx, params, Person, {
        countyCode: household.county_code,
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
            coded('person.lineNumberTaken', { value: lineNumber }),
          ),
        ]);
      }
      await syncCitizenIdDirectory(tx, null, person);
      await auditRow(tx, actor, AuditAction.CREATE, 'Person', person, { after: this.snapshot(person) });
      return ok(person);
    });
  }

  async update(input: UpdatePersonInput, actor: Actor, within?: EntityManager): Promise<Payload<Person>> {
    const ref = rowRefOf(input.id, 'Person');
    if (!ref) return rejected([userError('id', UserErrorCode.INVALID, notAnIdMessage(input.id, 'Person'))]);
    const rowId = ref.id;
    const required = (
      ['name', 'relationship', 'sex', 'birthYear', 'birthMonth', 'registered', 'resident'] as const
    ).filter((item) => input[item] === null);
    if (required.length) {
      return rejected(
        required.map((item) =>
          userError(item, UserErrorCode.REQUIRED, coded('rule.cannotClear', { item: `person.${item}` })),
        ),
      );
    }
    return (within ?? this.db).transaction(async (tx) => {
      const [found] = await query<
        Record<string, unknown> & { version: number; smallZoneCode: string; stage: HouseholdStage }
      >(
        tx,
        `SELECT ${selectList(tx, Person, 't')}, h.stage AS stage
           FROM person t JOIN household h ON h.county_code = t.county_code AND h.id = t.household_id
          WHERE ${rowRefCondition(ref, 't').condition} FOR UPDATE OF t, h`,
        rowRefCondition(ref, 't').params,
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
        const household = await this.lockHousehold(tx, input.householdId, 'householdId', actor.scope, {
          county: current.countyCode,
        });
        if ('error' in household) errors.push(household.error);
        else if (household.small_zone_code !== current.smallZoneCode) {
          const message = coded('person.moveOutsideZone', {
            householdZone: household.small_zone_code,
            zone: current.smallZoneCode,
          });
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
        const next = await this.nextLine(tx, { county_code: current.countyCode, id: householdRowId });
        sets.push(`household_id = ${params.add(householdRowId)}`, `line_number = ${params.add(next)}`);
      }
      const rows = await query<Record<string, unknown>>(
        tx,
        `WITH changed AS (UPDATE person SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
          WHERE county_code = ${params.add(current.countyCode)} AND id = ${params.add(rowId)}
          RETURNING ${selectList(tx, Person)})
         SELECT * FROM changed`,
        params.values,
      );
      const person = hydrate(Person, rows[0]);
      await syncCitizenIdDirectory(tx, current, person);
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
        const gone = await deleteReturning(tx, Person, current.county_code, rowId);
        await syncCitizenIdDirectory(tx, gone, null);
        const where = { id: gone.id, smallZoneCode: current.small_zone_code };
        await auditRow(tx, actor, AuditAction.DELETE, 'Person', where, { before: this.snapshot(gone) });
        return deleted('Person', current.county_code, rowId);
      },
    );
  }

  /** The next line number of a household: one above the highest of its persons. */
  private async nextLine(
    tx: EntityManager,
    household: Pick<HouseholdRow, 'county_code' | 'id'>,
  ): Promise<number> {
    const [next] = await query<{ n: number }>(
      tx,
      `SELECT COALESCE(max(line_number), 0) + 1 AS n FROM person WHERE county_code = $1 AND household_id = $2`,
      [household.county_code, household.id],
    );
    return next.n;
  }

  /**
   * Locks the household so line numbers are handed out one at a time. With `move`, the household is the one a
   * person of `move.county` moves to: one of another county is refused (a person's county never changes), by its
   * ID without reading that county when the ID names it.
   */
  private async lockHousehold(
    tx: EntityManager,
    id: string,
    field: string,
    scope: Scope,
    move?: { county: string },
  ): Promise<HouseholdRow | { error: UserError }> {
    const ref = rowRefOf(id, 'Household');
    if (!ref) return { error: userError(field, UserErrorCode.INVALID, notAnIdMessage(id, 'Household')) };
    if (move && ref.county !== null && ref.county !== move.county)
      return { error: otherCounty(field, move.county, ref.county) };
    const row = await lockHouseholdRow(tx, ref);
    if (row && scope.covers(row.small_zone_code)) {
      if (move && row.county_code !== move.county)
        return { error: otherCounty(field, move.county, row.county_code) };
      return LOCKED_STAGES.includes(row.stage)
        ? { error: { ...lockedStageError(row.stage), field: ['input', field] } }
        : row;
    }
    return {
      error: userError(field, UserErrorCode.NOT_FOUND, coded('record.notFound', { object: 'household' })),
    };
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
         AND ${scope.condition('t.small_zone_code', params, 't.county_code')}`,
      params.values,
    );
    return other
      ? [
          userError(
            'citizenId',
            UserErrorCode.DUPLICATE,
            coded('person.citizenIdTaken', { masked: `${citizenId.slice(0, 6)}********` }),
          ),
        ]
      : [];
  }
}

/** Locks a household by its county and id; an old ID without its county is searched in every county (deprecated). */
async function lockHouseholdRow(tx: EntityManager, ref: RowRef): Promise<HouseholdRow | undefined> {
  const [row] = await query<HouseholdRow>(
    tx,
    `SELECT county_code, id, small_zone_code, stage FROM household
      WHERE ${rowRefCondition(ref).condition} FOR UPDATE`,
    rowRefCondition(ref).params,
  );
  return row;
}

/** A person moves only between households of its county. */
function otherCounty(field: string, personCounty: string, householdCounty: string): UserError {
  return otherCountyError(field, 'household', 'person', personCounty, householdCounty);
}

function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}
