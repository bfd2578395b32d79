import type { DataSource, EntityManager } from 'typeorm';

import {
  ITEM_LABELS,
  type LongFormHouseholdAnswers,
  type LongFormItemKey,
  type LongFormOptions,
  type LongFormProblem,
  refusalCategories,
  refusedItems,
  validateLongForm,
} from '@census/rules';

import type { Actor } from '../auth/principal';
import { rowIdOf } from '../common/global-id';
import { ok, type Payload, rejected } from '../common/payload';
import { hydrate, query, selectList } from '../common/sql';
import { coded, type UserError, userError, UserErrorCode, userErrorCodeOf } from '../common/user-error';
import { changeLockedRow } from '../common/zone-checks';
import { Household } from '../households/household.entity';
import { Person } from '../persons/person.entity';
import { writeAudit } from '../privacy/audit';
import { AuditAction } from '../privacy/audit-log.entity';
import type { FieldCrypto } from '../privacy/field-crypto';
import { applyOnce } from '../receipts/receipts';
import type { LongFormAnswerInput, SaveLongFormInput, SetLongFormSampleInput } from './long-form.types';
import {
  itemOf,
  type LongFormAnswers,
  type LongFormColumns,
  type LongFormEntity,
  parseAnswerValue,
  readAnswers,
  storeAnswers,
} from './long-form-answers';
import { longFormOptionsIn } from './long-form-options';

/** The long form of one household, as `validateLongForm` takes it, from rows (sealed values opened). */
export function longFormInput(
  household: Household,
  persons: readonly Person[],
  crypto: FieldCrypto,
  replaced: { household?: LongFormAnswers; persons?: Map<string, LongFormAnswers> } = {},
) {
  return {
    household: {
      kind: household.kind,
      dwellingType: household.dwellingType,
      floorArea: household.floorArea,
      rooms: household.rooms,
    },
    answers: (replaced.household ?? readAnswers(household, crypto)) as LongFormHouseholdAnswers,
    persons: persons.map((person) => ({
      facts: {
        lineNumber: person.lineNumber,
        name: person.name,
        sex: person.sex,
        birthYear: person.birthYear,
        birthMonth: person.birthMonth,
        education: person.education,
      },
      answers: replaced.persons?.get(person.rowId) ?? readAnswers(person, crypto),
    })),
  };
}

/** Every problem of a household's long form (all of them: submit refuses on any). */
export function longFormProblems(
  household: Household,
  persons: readonly Person[],
  crypto: FieldCrypto,
  options: Pick<LongFormOptions, 'vehicles'>,
): LongFormProblem[] {
  return validateLongForm(longFormInput(household, persons, crypto), { vehicles: options.vehicles === true });
}

/** A long-form problem as a user error located where the submit's problems are: ['persons', '<line>', item]. */
export function longFormUserError(problem: LongFormProblem, field: string[] = problem.field): UserError {
  const error = userError(null, userErrorCodeOf(problem.code), coded(problem.messageCode, problem.params));
  error.field = field;
  return error;
}

/** The answers of one entity from the input, or the problems of the input's shape (unknown item, twice, both). */
function answersOf(
  entity: LongFormEntity,
  inputs: readonly LongFormAnswerInput[],
  at: string[],
  stored: () => LongFormAnswers,
): { answers: LongFormAnswers; errors: UserError[] } {
  const answers: LongFormAnswers = {};
  const errors: UserError[] = [];
  const seen = new Set<string>();
  inputs.forEach((input, index) => {
    const place = [...at, String(index)];
    const item = itemOf(entity, input.field);
    const located = (code: UserErrorCode, message: ReturnType<typeof coded>) => {
      const error = userError(null, code, message);
      error.field = [...place, 'field'];
      errors.push(error);
    };
    if (!item) return located(UserErrorCode.INVALID, coded('longForm.unknownItem', { value: input.field }));
    if (seen.has(item.field))
      return located(UserErrorCode.DUPLICATE, coded('longForm.itemTwice', { item: item.key }));
    const refused = input.refused === true;
    const hasValue = input.value != null && input.value.trim() !== '';
    if (input.kept === true) {
      // Kept: the stored answer (a sealed one the phone holds only masked) stays as it is, whatever it is.
      if (refused || hasValue)
        return located(UserErrorCode.INVALID, coded('longForm.valueOrRefusal', { item: item.key }));
      seen.add(item.field);
      const kept = stored()[item.field];
      if (kept) answers[item.field] = kept;
      return;
    }
    if (refused === hasValue)
      return located(UserErrorCode.INVALID, coded('longForm.valueOrRefusal', { item: item.key }));
    seen.add(item.field);
    answers[item.field] = refused ? { refused: true } : { value: parseAnswerValue(item, input.value!) };
  });
  return { answers, errors };
}

/** The refusals of a set of answers as the jsonb column keeps them (enough to list the refused items). */
function storedRefusals(answers: LongFormAnswers): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(answers)
      .filter(([, answer]) => answer.refused === true)
      .map(([field]) => [field, { refused: true }]),
  );
}

/** What the audit log keeps of a long form: which items were answered or refused, never a sealed value. */
function auditForm(row: LongFormColumns): Record<string, unknown> {
  return { longForm: row.longForm };
}

export class LongFormService {
  constructor(
    private readonly db: DataSource,
    private readonly crypto: FieldCrypto,
  ) {}

  /**
   * `saveLongForm`: the household's items (when given) and the given persons' items, replacing what they had, in
   * one transaction under the household's version (which moves once). Refused unless the household is sampled and in
   * the caller's scope and not submitted; every problem of the input and of `validateLongForm` but missing items is
   * answered at once, each at its place in the input (["input", "persons", index, "answers"|item]).
   */
  save(input: SaveLongFormInput, actor: Actor): Promise<Payload<Household>> {
    return applyOnce(
      this.db,
      actor,
      'saveLongForm',
      input,
      rejected<Household>,
      async (tx) => {
        const payload = await this.apply(tx, input, actor);
        const saved = payload.node;
        return {
          payload,
          receipt: saved ? { householdId: saved.rowId, countyCode: saved.countyCode } : undefined,
        };
      },
      async (tx, receipt) =>
        ok(await this.household(tx, String(receipt.countyCode), String(receipt.householdId))),
    );
  }

  private apply(tx: EntityManager, input: SaveLongFormInput, actor: Actor): Promise<Payload<Household>> {
    const steps = { reject: rejected<Household> };
    return changeLockedRow(tx, 'household', input, actor.scope, steps, async (tx, rowId, current) => {
      const county = current.county_code;
      const household = await this.household(tx, county, rowId);
      if (!household.longFormSampled)
        return rejected<Household>([userError('id', UserErrorCode.INVALID, coded('longForm.notSampled'))]);
      const persons = await this.persons(tx, county, rowId);
      const errors: UserError[] = [];
      let householdAnswers: LongFormAnswers | undefined;
      if (input.household) {
        const parsed = answersOf('household', input.household, ['input', 'household'], () =>
          readAnswers(household, this.crypto),
        );
        householdAnswers = parsed.answers;
        errors.push(...parsed.errors);
      }
      const byRowId = new Map(persons.map((person) => [person.rowId, person]));
      const replaced = new Map<string, LongFormAnswers>();
      const inputIndex = new Map<string, number>();
      input.persons.forEach((given, index) => {
        const personRowId = rowIdOf(given.id, 'Person');
        const at = ['input', 'persons', String(index)];
        if (!personRowId || !byRowId.has(personRowId)) {
          const error = userError(null, UserErrorCode.NOT_FOUND, coded('person.notOfHousehold'));
          error.field = [...at, 'id'];
          errors.push(error);
          return;
        }
        if (replaced.has(personRowId)) {
          const error = userError(null, UserErrorCode.DUPLICATE, coded('longForm.personTwice'));
          error.field = [...at, 'id'];
          errors.push(error);
          return;
        }
        const person = byRowId.get(personRowId)!;
        const parsed = answersOf('person', given.answers, [...at, 'answers'], () =>
          readAnswers(person, this.crypto),
        );
        replaced.set(personRowId, parsed.answers);
        inputIndex.set(String(person.lineNumber), index);
        errors.push(...parsed.errors);
      });
      const form = longFormInput(household, persons, this.crypto, {
        household: householdAnswers,
        persons: replaced,
      });
      // The items the household's office asks (vehicles where its county or township added them).
      const options = await longFormOptionsIn(tx, household.smallZoneCode);
      for (const problem of validateLongForm(form, { vehicles: options.vehicles })) {
        // Saving keeps work in progress: only submit needs every item.
        if (problem.code === 'REQUIRED') continue;
        const [part, line, ...item] = problem.field;
        const index = part === 'persons' ? inputIndex.get(line) : undefined;
        const field =
          part === 'household'
            ? ['input', ...problem.field]
            : index !== undefined
              ? ['input', 'persons', String(index), ...item]
              : problem.field;
        errors.push(longFormUserError(problem, field));
      }
      if (errors.length) return rejected<Household>(errors);
      return ok(await this.write(tx, actor, household, householdAnswers, replaced, byRowId));
    });
  }

  private async write(
    tx: EntityManager,
    actor: Actor,
    household: Household,
    householdAnswers: LongFormAnswers | undefined,
    replaced: Map<string, LongFormAnswers>,
    byRowId: Map<string, Person>,
  ): Promise<Household> {
    const stored = householdAnswers ? storeAnswers(this.crypto, 'household', householdAnswers) : household;
    const [row] = await query<Record<string, unknown>>(
      tx,
      `WITH changed AS (
         UPDATE household SET long_form = $3, long_form_sealed = $4, long_form_refused = $5, version = version + 1,
                updated_at = now()
          WHERE county_code = $1 AND id = $2 RETURNING ${selectList(tx, Household)})
       SELECT * FROM changed`,
      [household.countyCode, household.rowId, stored.longForm, stored.longFormSealed, stored.longFormRefused],
    );
    const after = hydrate(Household, row);
    const audits = [
      {
        action: AuditAction.UPDATE,
        entityType: 'Household',
        entityId: after.id,
        smallZoneCode: after.smallZoneCode,
        item: 'longForm',
        before: auditForm(household),
        after: auditForm(after),
      },
    ];
    if (replaced.size) {
      const ids = [...replaced.keys()];
      const columns = ids.map((id) => storeAnswers(this.crypto, 'person', replaced.get(id)!));
      await query(
        tx,
        `UPDATE person p SET long_form = u.long_form, long_form_sealed = u.sealed, long_form_refused = u.refused,
                version = p.version + 1, updated_at = now()
           FROM unnest($2::bigint[], $3::jsonb[], $4::bytea[], $5::int[]) AS u(id, long_form, sealed, refused)
          WHERE p.county_code = $1 AND p.id = u.id`,
        [
          household.countyCode,
          ids,
          columns.map((c) => (c.longForm ? JSON.stringify(c.longForm) : null)),
          columns.map((c) => c.longFormSealed),
          columns.map((c) => c.longFormRefused),
        ],
      );
      ids.forEach((id, index) => {
        const person = byRowId.get(id)!;
        audits.push({
          action: AuditAction.UPDATE,
          entityType: 'Person',
          entityId: person.id,
          smallZoneCode: person.smallZoneCode,
          item: 'longForm',
          before: auditForm(person),
          after: auditForm(columns[index]),
        });
      });
    }
    await writeAudit(tx, actor, audits);
    await this.reportRefusals(tx, actor, household, after, replaced, byRowId);
    return after;
  }

  /**
   * Items newly refused by this save go to the problem log as one ITEM_REFUSAL problem about the household, its
   * refused items the categories `refusalCategories` gives (items without one, the migration items, are named in the
   * text only). Recorded for staff: a resident's own refusals are counted by progress, but a problem needs a reporter.
   */
  private async reportRefusals(
    tx: EntityManager,
    actor: Actor,
    before: Household,
    after: Household,
    replaced: Map<string, LongFormAnswers>,
    byRowId: Map<string, Person>,
  ): Promise<void> {
    if (!actor.accountId) return;
    const added = (entity: LongFormEntity, old: LongFormColumns, now: LongFormColumns) => {
      const was = new Set(refusedItems(readAnswers(old), entity));
      return refusedItems(readAnswers(now), entity).filter((item) => !was.has(item));
    };
    const items: LongFormItemKey[] = [...added('household', before, after)];
    const words: string[] = items.map((item) => ITEM_LABELS[item].zh);
    for (const [rowId, answers] of replaced) {
      const person = byRowId.get(rowId)!;
      const personItems = added('person', person, {
        longForm: storedRefusals(answers),
        longFormSealed: null,
      });
      if (personItems.length)
        words.push(`第${person.lineNumber}人 ${personItems.map((item) => ITEM_LABELS[item].zh).join('、')}`);
      items.push(...personItems);
    }
    const categories = refusalCategories(items);
    if (!categories.length) return;
    await query(
      tx,
      `INSERT INTO problem (county_code, zone_code, household_id, category, refused_items, "text", reported_by, version)
       VALUES ($1, $2, $3, 'ITEM_REFUSAL', $4::refused_item[], $5, $6, 1)`,
      [
        after.countyCode,
        after.smallZoneCode,
        after.rowId,
        categories,
        `长表拒答：${words.join('；')}。 Long-form items refused.`.slice(0, 2000),
        actor.accountId,
      ],
    );
  }

  /**
   * `setLongFormSample`: an office moves a household into or out of the sample by hand, with a reason, audited.
   * Answers already given stay (they are shown again if the household comes back into the sample).
   */
  setSample(input: SetLongFormSampleInput, actor: Actor): Promise<Payload<Household>> {
    const reason = input.reason?.trim() ?? '';
    const validate = () =>
      reason.length < 1 || reason.length > 500
        ? [userError('reason', UserErrorCode.REQUIRED, coded('longForm.sampleReason'))]
        : [];
    const steps = { reject: rejected<Household>, validate };
    return changeLockedRow(this.db, 'household', input, actor.scope, steps, async (tx, rowId, current) => {
      const household = await this.household(tx, current.county_code, rowId);
      if ((household.longFormSampled ?? false) === input.sampled) {
        return rejected<Household>([
          userError(
            'sampled',
            UserErrorCode.INVALID,
            coded('longForm.sampleUnchanged', { sampled: input.sampled ? 'yes' : 'no' }),
          ),
        ]);
      }
      const [row] = await query<Record<string, unknown>>(
        tx,
        `WITH changed AS (
           UPDATE household SET long_form_sampled = $3, version = version + 1, updated_at = now()
            WHERE county_code = $1 AND id = $2 RETURNING ${selectList(tx, Household)})
         SELECT * FROM changed`,
        [current.county_code, rowId, input.sampled],
      );
      const after = hydrate(Household, row);
      await writeAudit(tx, actor, [
        {
          action: AuditAction.UPDATE,
          entityType: 'Household',
          entityId: after.id,
          smallZoneCode: after.smallZoneCode,
          item: 'longFormSampled',
          before: { longFormSampled: household.longFormSampled, version: household.version },
          after: { longFormSampled: after.longFormSampled, version: after.version, reason },
        },
      ]);
      return ok(after);
    });
  }

  private async household(tx: EntityManager, county: string, rowId: string): Promise<Household> {
    const [row] = await query<Record<string, unknown>>(
      tx,
      `SELECT ${selectList(tx, Household, 't')} FROM household t WHERE t.county_code = $1 AND t.id = $2`,
      [county, rowId],
    );
    return hydrate(Household, row);
  }

  private async persons(tx: EntityManager, county: string, householdRowId: string): Promise<Person[]> {
    const rows = await query<Record<string, unknown>>(
      tx,
      `SELECT ${selectList(tx, Person, 't')} FROM person t
        WHERE t.county_code = $1 AND t.household_id = $2 ORDER BY t.line_number`,
      [county, householdRowId],
    );
    return rows.map((row) => hydrate(Person, row));
  }
}
