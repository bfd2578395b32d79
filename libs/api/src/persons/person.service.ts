import type { DataSource, EntityManager } from 'typeorm';
import { rowIdOf, toGlobalId } from '../common/global-id';
import type { ListFilter } from '../common/page-loader';
import { ok, rejected, type DeletePayload, type Payload } from '../common/payload';
import { hydrate, selectList, SqlParams, query } from '../common/sql';
import { withinZone } from '../common/subtree';
import { userError, UserErrorCode, type UserError } from '../common/user-error';
import { lockRow, missingOrConflict } from '../common/zone-checks';
import { canonicalZoneCode } from '../zones/zone.service';
import type { Actor, Scope } from '../auth/principal';
import { Person } from './person.entity';
import type { CreatePersonInput, DeletePersonInput, PersonFilter, UpdatePersonInput } from './person.inputs';
import { PERSON_COLUMNS, validatePerson, type PersonState } from './person.validation';

export function personListFilter(filter: PersonFilter | null | undefined): ListFilter {
  const f = filter ?? {};
  return {
    key: JSON.stringify([
      'person',
      f.zoneCode,
      f.householdId,
      f.registered,
      f.resident,
      f.nameStartsWith,
      f.citizenId,
    ]),
    conditions(params: SqlParams) {
      const where: string[] = [];
      if (f.zoneCode != null)
        where.push(withinZone('t.small_zone_code', params.add(canonicalZoneCode(f.zoneCode) ?? '-')));
      if (f.householdId != null)
        where.push(`t.household_id = ${params.add(rowIdOf(f.householdId, 'Household') ?? '0')}`);
      if (f.registered != null) where.push(`t.registered = ${params.add(f.registered)}`);
      if (f.resident != null) where.push(`t.resident = ${params.add(f.resident)}`);
      if (f.nameStartsWith) where.push(`starts_with(t.name, ${params.add(f.nameStartsWith.trim())})`);
      if (f.citizenId != null) where.push(`t.citizen_id = ${params.add(f.citizenId.trim().toUpperCase())}`);
      return where;
    },
  };
}

interface HouseholdRow {
  id: string;
  small_zone_code: string;
}

export class PersonService {
  constructor(private readonly db: DataSource) {}

  async create(input: CreatePersonInput, actor: Actor): Promise<Payload<Person>> {
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
    return this.db.transaction(async (tx) => {
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
      const assigned = Object.entries(PERSON_COLUMNS).filter(([property]) => values[property] != null);
      const rows = await query<Record<string, unknown>>(
        tx,
        `INSERT INTO person (household_id, small_zone_code, line_number, version, ${assigned.map(([, c]) => c).join(', ')})
         VALUES (${params.add(household.id)}, ${params.add(household.small_zone_code)}, ${params.add(lineNumber)}, 1,
                 ${assigned.map(([p]) => params.add(values[p])).join(', ')})
         ON CONFLICT ON CONSTRAINT person_household_line_key DO NOTHING
         RETURNING ${selectList(tx, Person)}`,
        params.values,
      );
      if (!rows.length) {
        return rejected<Person>([
          userError(
            'lineNumber',
            UserErrorCode.DUPLICATE,
            `Line ${lineNumber} is already used in this household.`,
          ),
        ]);
      }
      return ok(hydrate(Person, rows[0]));
    });
  }

  async update(input: UpdatePersonInput, actor: Actor): Promise<Payload<Person>> {
    const rowId = rowIdOf(input.id, 'Person');
    if (!rowId)
      return rejected([userError('id', UserErrorCode.INVALID, `'${input.id}' is not a person ID.`)]);
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
    return this.db.transaction(async (tx) => {
      const [found] = await query<Record<string, unknown> & { version: number; smallZoneCode: string }>(
        tx,
        `SELECT ${selectList(tx, Person, 't')} FROM person t WHERE t.id = $1 FOR UPDATE`,
        [rowId],
      );
      const row = found && actor.scope.covers(found.smallZoneCode) ? found : undefined;
      if (!row || row.version !== input.expectedVersion) {
        return rejected<Person>([missingOrConflict(`Person ${input.id}`, row, input.expectedVersion)]);
      }
      const current = hydrate(Person, row);
      const merged = { ...current, ...definedOnly(input) } as PersonState & Record<string, unknown>;
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
      const sets = Object.entries(PERSON_COLUMNS).map(
        ([property, column]) => `${column} = ${params.add(values[property] ?? null)}`,
      );
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
      return ok(hydrate(Person, rows[0]));
    });
  }

  async delete(input: DeletePersonInput, actor: Actor): Promise<DeletePayload> {
    const rowId = rowIdOf(input.id, 'Person');
    if (!rowId)
      return {
        deletedId: null,
        userErrors: [userError('id', UserErrorCode.INVALID, `'${input.id}' is not a person ID.`)],
      };
    return this.db.transaction(async (tx) => {
      const current = await lockRow(tx, 'person', rowId, actor.scope);
      if (!current || current.version !== input.expectedVersion) {
        return {
          deletedId: null,
          userErrors: [missingOrConflict(`Person ${input.id}`, current, input.expectedVersion)],
        };
      }
      await query(tx, `DELETE FROM person WHERE id = $1`, [rowId]);
      return { deletedId: toGlobalId('Person', rowId), userErrors: [] };
    });
  }

  /** Locks the household so line numbers are handed out one at a time. */
  private async lockHousehold(
    tx: EntityManager,
    id: string,
    field: string,
    scope: Scope,
  ): Promise<HouseholdRow | { error: UserError }> {
    const rowId = rowIdOf(id, 'Household');
    if (!rowId) return { error: userError(field, UserErrorCode.INVALID, `'${id}' is not a household ID.`) };
    const [row] = await query<HouseholdRow>(
      tx,
      `SELECT id, small_zone_code FROM household WHERE id = $1 FOR UPDATE`,
      [rowId],
    );
    if (row && scope.covers(row.small_zone_code)) return row;
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
    const id = params.add(citizenId);
    const except = params.add(exceptRowId);
    const [other] = await query<{ found: number }>(
      tx,
      `SELECT 1 AS found FROM person t WHERE t.citizen_id = ${id} AND (${except}::bigint IS NULL OR t.id <> ${except})
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
