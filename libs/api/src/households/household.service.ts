import type { DataSource, EntityManager } from 'typeorm';

import { canonicalZoneCode, countyKeyOf, validateHouseholdNumber } from '@census/rules';

import type { Actor, Scope } from '../auth/principal';
import { refreshHouseholdAddresses } from '../buildings/household-address';
import { codedError } from '../common/coded-error';
import { notAnIdMessage, rowRefCondition, rowRefOf } from '../common/global-id';
import { countiesCondition } from '../common/key-loader';
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
import { coded, fromRuleIssues, type UserError, userError, UserErrorCode } from '../common/user-error';
import { changeLockedRow, numberTaken, otherCountyError, requireSmallZone } from '../common/zone-checks';
import { auditRow, auditSnapshot } from '../privacy/audit';
import { AuditAction } from '../privacy/audit-log.entity';
import type { FieldCrypto } from '../privacy/field-crypto';
import { sealPhoneColumns } from '../privacy/sealed-phone';
import { normalizeAddress } from '../sources/address';
import { Household } from './household.entity';
import {
  CreateHouseholdInput,
  type DeleteHouseholdInput,
  type HouseholdFilter,
  UpdateHouseholdInput,
} from './household.inputs';
import { validateHouseholdItems } from './household.validation';
import { LongFormSampler } from './long-form-sample';

/**
 * The columns the household inputs write, by input property: every input field named like a household column (the
 * items H1-H7, unit, note...), except the key that create sets itself. Building and phone are written apart.
 */
const householdColumns = (db: DataSource | EntityManager) =>
  inputColumns(db, Household, [CreateHouseholdInput, UpdateHouseholdInput], ['smallZoneCode', 'number']);

/** The most characters a household search may have (`HouseholdFilter.search`). */
export const HOUSEHOLD_SEARCH_MAX = 50;

/**
 * The condition of a household search (`HouseholdFilter.search`): an 11-digit phone number (spaces and dashes
 * allowed) is compared by its keyed hash, as self-report sign-in compares it, so the number itself never reaches
 * the statement; any other text is a substring of the normalized address (normalized like the stored one, so
 * '3号楼' finds '3幢') or of the head of household's name. `strpos` rather than LIKE: no wildcard to escape.
 * The head is read in the household's county (a correlated sub-select naming `county_code`).
 */
function householdSearchCondition(
  search: string,
  params: SqlParams,
  { phoneDigest, counties }: HouseholdSearchContext,
): string | null {
  const text = search.trim();
  if (!text) return null;
  const length = [...text].length;
  if (length > HOUSEHOLD_SEARCH_MAX)
    // The text is not echoed: it may be a phone number.
    throw codedError(
      'household.searchTooLong',
      { length, max: HOUSEHOLD_SEARCH_MAX },
      { code: 'BAD_USER_INPUT', reason: 'household.searchTooLong', field: 'search' },
    );
  if (/^[0-9][0-9 -]*$/.test(text)) {
    const digits = text.replace(/\D/g, '');
    if (digits.length === 11) return `t.phone_hash = ${params.add(phoneDigest(digits))}`;
  }
  const address = normalizeAddress(text);
  const name = params.add(text);
  // Under an OR the sub-select is not a join: it names the counties itself, for the partitions to be pruned.
  const county = counties ? countiesCondition('p', counties, params) : null;
  const head = `EXISTS (SELECT 1 FROM person p WHERE ${county ? `${county} AND ` : ''}p.county_code = t.county_code
      AND p.household_id = t.id AND p.relationship = 'HEAD' AND strpos(p.name, ${name}) > 0)`;
  return address ? `(strpos(t.normalized_address, ${params.add(address)}) > 0 OR ${head})` : head;
}

/** What a household search needs besides its text. */
export interface HouseholdSearchContext {
  /** The keyed hash of a phone's digits (FieldCrypto.digest). */
  phoneDigest: (digits: string) => Buffer;
  /** The counties the caller's scope lies in (Scope.counties); null when it spans counties. */
  counties: readonly string[] | null;
}

const NO_SEARCH: HouseholdSearchContext = {
  phoneDigest: () => {
    throw new Error('householdListFilter: a search needs the phone digest');
  },
  counties: null,
};

/** `search`: what a search by `HouseholdFilter.search` needs (the resolvers give it). */
export function householdListFilter(
  filter: HouseholdFilter | null | undefined,
  search: HouseholdSearchContext = NO_SEARCH,
): ListFilter {
  return subtreeListFilter(
    filter,
    't.small_zone_code',
    (f, where, params) => {
      if (f.status?.length) where.push(`t.status = ANY(${params.add(f.status)}::household_status[])`);
      if (f.stage?.length) where.push(`t.stage = ANY(${params.add(f.stage)}::household_stage[])`);
      if (f.kind) where.push(`t.kind = ${params.add(f.kind)}`);
      if (f.registrationMethod) where.push(`t.registration_method = ${params.add(f.registrationMethod)}`);
      if (f.buildingId != null) {
        // The building's households are of its county: an ID with the county names it (an old ID searches all).
        const building = rowRefOf(f.buildingId, 'Building');
        if (building?.county) where.push(`t.county_code = ${params.add(building.county)}`);
        where.push(`t.building_id = ${params.add(building?.id ?? '0')}`);
      }
      if (f.search != null) {
        // A zone at or below a county names that county; else the scope's counties (if it has them).
        const code = f.zoneCode == null ? null : canonicalZoneCode(f.zoneCode);
        const county = code === null ? null : countyKeyOf(code);
        const counties = county !== null ? [county] : search.counties;
        const condition = householdSearchCondition(f.search, params, { ...search, counties });
        if (condition) where.push(condition);
      }
    },
    't.county_code',
  );
}

export class HouseholdService {
  private readonly sampler: LongFormSampler;

  constructor(
    private readonly db: DataSource,
    private readonly crypto: FieldCrypto,
  ) {
    this.sampler = new LongFormSampler(crypto);
  }

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
      const building = await this.resolveBuilding(tx, input.buildingId, zone, actor.scope);
      if ('error' in building) errors.push(building.error);
      if (errors.length || 'error' in building) return rejected<Household>(errors);
      // Numbers are handed out per small zone: lock it so concurrent listings get max+1 in turn.
      await query(tx, `SELECT 1 AS found FROM zone WHERE code = $1 FOR UPDATE`, [zone.code]);
      const number = input.number?.trim() ?? (await this.nextNumber(tx, zone.code, zone.county));
      if (number === null) {
        return rejected<Household>([
          userError(
            'number',
            UserErrorCode.OUT_OF_RANGE,
            coded('household.numbersExhausted', { zone: zone.code }),
          ),
        ]);
      }
      const params = new SqlParams();
      const items = trimmed(input) as unknown as Record<string, unknown>;
      const phone = this.sealPhone(input.phone);
      const insert = insertList(tx, params, Household, {
        countyCode: zone.county,
        smallZoneCode: zone.code,
        number,
        buildingRowId: building.rowId,
        version: 1,
        phoneSealed: phone.sealed,
        phoneHash: phone.hash,
        phoneMasked: phone.masked,
        longFormSampled: this.sampler.sampled(zone.code, number),
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
      if (household.buildingRowId)
        await refreshHouseholdAddresses(tx, household.countyCode, { householdId: household.rowId });
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
        errors.push(
          userError('kind', UserErrorCode.REQUIRED, coded('rule.cannotClear', { item: 'household.kind' })),
        );
      if (input.status === null)
        errors.push(
          userError(
            'status',
            UserErrorCode.REQUIRED,
            coded('rule.cannotClear', { item: 'household.status' }),
          ),
        );
      return errors;
    };
    const steps = { reject: rejected<Household>, validate };
    const db = within ?? this.db;
    return changeLockedRow(db, 'household', input, actor.scope, steps, async (tx, rowId, current) => {
      const [before] = await query<Record<string, unknown>>(
        tx,
        `SELECT ${selectList(tx, Household, 't')} FROM household t WHERE t.county_code = $1 AND t.id = $2`,
        [current.county_code, rowId],
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
        const zone = { code: current.small_zone_code, county: current.county_code };
        const building = await this.resolveBuilding(tx, input.buildingId, zone, actor.scope);
        if ('error' in building) return rejected<Household>([building.error]);
        sets.push(`building_id = ${params.add(building.rowId)}`);
      }
      const rows = await query<Record<string, unknown>>(
        tx,
        `WITH changed AS (UPDATE household SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
          WHERE county_code = ${params.add(current.county_code)} AND id = ${params.add(rowId)}
          RETURNING ${selectList(tx, Household)})
         SELECT * FROM changed`,
        params.values,
      );
      const household = hydrate(Household, rows[0]);
      if (input.buildingId !== undefined || input.unit !== undefined) {
        await refreshHouseholdAddresses(tx, household.countyCode, { householdId: household.rowId });
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
        `SELECT (SELECT count(*)::int FROM person WHERE county_code = $1 AND household_id = $2) AS persons,
                (SELECT count(*)::int FROM visit WHERE county_code = $1 AND household_id = $2) AS visits,
                (SELECT count(*)::int FROM appointment WHERE county_code = $1 AND household_id = $2) AS appointments,
                (SELECT count(*)::int FROM problem WHERE county_code = $1 AND household_id = $2) AS problems`,
        [current.county_code, rowId],
      );
      const kept = Object.entries(usage).filter(([, n]) => n > 0);
      if (kept.length) {
        const message = coded('household.notEmpty', usage);
        return notDeleted([userError('id', UserErrorCode.NOT_EMPTY, message)]);
      }
      const gone = await deleteReturning(tx, Household, current.county_code, rowId);
      const where = { id: gone.id, smallZoneCode: current.small_zone_code };
      await auditRow(tx, actor, AuditAction.DELETE, 'Household', where, { before: this.snapshot(gone) });
      return deleted('Household', current.county_code, rowId);
    });
  }

  /**
   * A household's building must exist and lie in the household's small zone (so in its county: a building of
   * another county is refused as such, without reading that county).
   */
  private async resolveBuilding(
    tx: EntityManager,
    buildingId: string | null | undefined,
    zone: { code: string; county: string },
    scope: Scope,
  ): Promise<{ rowId: string | null } | { error: UserError }> {
    if (buildingId == null) return { rowId: null };
    const ref = rowRefOf(buildingId, 'Building');
    if (!ref)
      return {
        error: userError('buildingId', UserErrorCode.INVALID, notAnIdMessage(buildingId, 'Building')),
      };
    if (ref.county !== null && ref.county !== zone.county)
      return { error: otherCounty(zone.county, ref.county) };
    // An old ID without its county is searched in every county (deprecated).
    const [building] = await query<{ county_code: string; small_zone_code: string }>(
      tx,
      `SELECT county_code, small_zone_code FROM building WHERE ${rowRefCondition(ref).condition}`,
      rowRefCondition(ref).params,
    );
    if (!building || !scope.covers(building.small_zone_code))
      return {
        error: userError(
          'buildingId',
          UserErrorCode.NOT_FOUND,
          coded('record.notFound', { object: 'building' }),
        ),
      };
    if (building.county_code !== zone.county)
      return { error: otherCounty(zone.county, building.county_code) };
    if (building.small_zone_code !== zone.code) {
      const message = coded('household.buildingInOtherZone', {
        buildingZone: building.small_zone_code,
        zone: zone.code,
      });
      return { error: userError('buildingId', UserErrorCode.MISMATCH, message) };
    }
    return { rowId: ref.id };
  }

  private async nextNumber(tx: EntityManager, smallZoneCode: string, county: string): Promise<string | null> {
    const [row] = await query<{ next: number }>(
      tx,
      `SELECT COALESCE(max(number::int), 0) + 1 AS next FROM household WHERE county_code = $2 AND small_zone_code = $1`,
      [smallZoneCode, county],
    );
    return row.next > 999 ? null : String(row.next).padStart(3, '0');
  }
}

/** A household's building is of its county: one of another county is refused (rows never change county). */
function otherCounty(householdCounty: string, buildingCounty: string): UserError {
  return otherCountyError('buildingId', 'building', 'household', householdCounty, buildingCounty);
}

function trimmed<T extends object>(input: T): T {
  return Object.fromEntries(
    Object.entries(input).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]),
  ) as T;
}
