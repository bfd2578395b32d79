import type { DataSource, EntityManager } from 'typeorm';

import type { Actor } from '../auth/principal';
import { rowIdOf, rowRefOf } from '../common/global-id';
import { hydrate, query, selectList } from '../common/sql';
import { coded, type UserError, userError, UserErrorCode } from '../common/user-error';
import { Household } from '../households/household.entity';
import type { HouseholdService } from '../households/household.service';
import { type Applied, applyOnce } from '../receipts/receipts';
import type { SaveHouseholdInput, SavePersonInput } from './household-save.inputs';
import type { CreatePersonInput, UpdatePersonInput } from './person.inputs';
import type { PersonService } from './person.service';

/** The answer of `saveHousehold`: the household as saved, or every problem; `replayed` for a resent key. */
export interface SaveHouseholdResult {
  node: Household | null;
  userErrors: UserError[];
  replayed: boolean;
}

const rejectedSave = (userErrors: UserError[]): SaveHouseholdResult => ({
  node: null,
  userErrors,
  replayed: false,
});

type PersonChange = 'delete' | 'update' | 'create';

/** Deletes first (a citizen ID or line freed by a deleted person can be taken by a new one), then changes, then new persons. */
const ORDER: readonly PersonChange[] = ['delete', 'update', 'create'];

const REQUIRED_FOR_NEW = ['name', 'relationship', 'sex', 'birthYear', 'birthMonth'] as const;

function changeOf(person: SavePersonInput): PersonChange {
  if (person.id == null) return 'create';
  return person.delete ? 'delete' : 'update';
}

/** A person's problem located under its place in the input: ["input", "persons", "2", "birthMonth"]. */
function located(errors: UserError[], index: number): UserError[] {
  return errors.map((error) => ({
    ...error,
    field: ['input', 'persons', String(index), ...error.field.slice(1)],
  }));
}

/** What the input of one person lacks for its kind of change (what GraphQL checks for `createPerson`). */
function shapeErrors(person: SavePersonInput, change: PersonChange): UserError[] {
  const errors: UserError[] = [];
  if (change === 'create') {
    if (person.delete) errors.push(userError('id', UserErrorCode.REQUIRED, coded('person.deleteNeedsId')));
    for (const item of REQUIRED_FOR_NEW) {
      if (person[item] == null)
        errors.push(
          userError(item, UserErrorCode.REQUIRED, coded('rule.required', { item: `person.${item}` })),
        );
    }
  } else {
    if (person.expectedVersion == null)
      errors.push(userError('expectedVersion', UserErrorCode.REQUIRED, coded('person.versionRequired')));
    if (person.lineNumber != null)
      errors.push(userError('lineNumber', UserErrorCode.INVALID, coded('person.lineNumberNewOnly')));
  }
  return errors;
}

/**
 * `saveHousehold`: the household items and its persons in one transaction, through the household and person
 * services (their checks, audit and change feed) each in a savepoint of it. Every change runs even after another
 * failed, so that every problem comes back at once, each at its place in the input; when any failed, the
 * transaction is rolled back and nothing is written. The household's version moves once per save.
 */
export class HouseholdSaveService {
  constructor(
    private readonly db: DataSource,
    private readonly households: HouseholdService,
    private readonly persons: PersonService,
  ) {}

  save(input: SaveHouseholdInput, actor: Actor): Promise<SaveHouseholdResult> {
    return applyOnce(
      this.db,
      actor,
      'saveHousehold',
      input,
      rejectedSave,
      (tx) => this.apply(input, actor, tx),
      async (tx, receipt) => {
        const rows = await query<Record<string, unknown>>(
          tx,
          // Receipts of before the county was kept name the household only: searched in every county.
          receipt.countyCode
            ? `SELECT ${selectList(tx, Household)} FROM household WHERE county_code = $2 AND id = $1`
            : `SELECT ${selectList(tx, Household)} FROM household WHERE id = $1`,
          receipt.countyCode ? [receipt.householdId, receipt.countyCode] : [receipt.householdId],
        );
        return { node: rows[0] ? hydrate(Household, rows[0]) : null, userErrors: [], replayed: true };
      },
    );
  }

  private async apply(
    input: SaveHouseholdInput,
    actor: Actor,
    tx: EntityManager,
  ): Promise<Applied<SaveHouseholdResult>> {
    const { persons, idempotencyKey: _key, ...items } = input;
    const saved = await this.households.update(items, actor, tx);
    const errors = [...saved.userErrors];
    // Without the household (not an ID, missing, outside the caller's zones, locked) no person can be checked.
    if (errors.some((error) => error.field[1] === 'id')) return { payload: rejectedSave(errors) };
    const householdRowId = rowIdOf(input.id, 'Household')!;
    // The household was read in scope by the update: its county names the persons' partition.
    const countyCode = saved.node?.countyCode ?? rowRefOf(input.id, 'Household')!.county;
    const members = new Set(
      (
        await query<{ id: string }>(
          tx,
          countyCode
            ? `SELECT id::text AS id FROM person WHERE county_code = $2 AND household_id = $1`
            : `SELECT id::text AS id FROM person WHERE household_id = $1`,
          countyCode ? [householdRowId, countyCode] : [householdRowId],
        )
      ).map((row) => row.id),
    );
    const changes = persons.map((person, index) => ({ person, index, change: changeOf(person) }));
    changes.sort((a, b) => ORDER.indexOf(a.change) - ORDER.indexOf(b.change) || a.index - b.index);
    const personErrors: UserError[][] = persons.map(() => []);
    for (const { person, index, change } of changes) {
      const problems = shapeErrors(person, change);
      if (change !== 'create') {
        const rowId = rowIdOf(person.id!, 'Person');
        if (rowId && !members.has(rowId))
          problems.push(userError('id', UserErrorCode.NOT_FOUND, coded('person.notOfHousehold')));
      }
      if (!problems.length) problems.push(...(await this.change(person, change, input.id, actor, tx)));
      personErrors[index] = located(problems, index);
    }
    errors.push(...personErrors.flat());
    if (errors.length) return { payload: rejectedSave(errors) };
    return {
      payload: { node: saved.node, userErrors: [], replayed: false },
      receipt: { householdId: householdRowId, countyCode },
    };
  }

  private async change(
    person: SavePersonInput,
    change: PersonChange,
    householdId: string,
    actor: Actor,
    tx: EntityManager,
  ): Promise<UserError[]> {
    const { id, expectedVersion, delete: _delete, lineNumber, ...items } = person;
    switch (change) {
      case 'delete':
        return (await this.persons.delete({ id: id!, expectedVersion: expectedVersion! }, actor, tx))
          .userErrors;
      case 'update': {
        const update = { ...items, id: id!, expectedVersion: expectedVersion! } as UpdatePersonInput;
        return (await this.persons.update(update, actor, tx)).userErrors;
      }
      case 'create': {
        const create = {
          ...items,
          householdId,
          lineNumber,
          registered: items.registered ?? true,
          resident: items.resident ?? true,
        } as CreatePersonInput;
        return (await this.persons.create(create, actor, tx)).userErrors;
      }
    }
  }
}
