import type { DataSource, EntityManager } from 'typeorm';

import { HOUSEHOLD_STAGE_LABELS } from '@census/rules';

import type { Actor } from '../auth/principal';
import { HouseholdStage } from '../common/enums';
import { notAnIdMessage, type RowRef, rowRefCondition, rowRefOf } from '../common/global-id';
import { ok, type Payload, rejected } from '../common/payload';
import { hydrate, query, selectList } from '../common/sql';
import { coded, type UserError, userError, UserErrorCode } from '../common/user-error';
import { missingOrConflict } from '../common/zone-checks';
import { Household } from '../households/household.entity';
import { longFormProblems, longFormUserError } from '../long-form/long-form.service';
import { longFormOptionsIn } from '../long-form/long-form-options';
import { Person } from '../persons/person.entity';
import { writeAudit } from '../privacy/audit';
import { AuditAction } from '../privacy/audit-log.entity';
import type { FieldCrypto } from '../privacy/field-crypto';
import { completenessProblems } from './completeness';
import {
  checkReturnReasons,
  reasonsText,
  type ReturnReasonInput,
  type StoredReturnReason,
} from './return-reasons';
import { MAX_BULK_APPROVE } from './workflow.inputs';

/** Which stages each step starts from. */
const TRANSITIONS = {
  start: { from: [HouseholdStage.LISTED], to: HouseholdStage.ENUMERATING },
  submit: {
    from: [HouseholdStage.LISTED, HouseholdStage.ENUMERATING, HouseholdStage.RETURNED],
    to: HouseholdStage.SUBMITTED,
  },
  approve: { from: [HouseholdStage.SUBMITTED], to: HouseholdStage.APPROVED },
  return: { from: [HouseholdStage.SUBMITTED, HouseholdStage.APPROVED], to: HouseholdStage.RETURNED },
} as const;

export type WorkflowStep = keyof typeof TRANSITIONS;

export interface StepOptions {
  reason?: string | null;
  /** 退回原因 by item (return only): preset code, person, item, note. */
  reasons?: ReturnReasonInput[] | null;
  byResident?: boolean;
}

/** One household of a bulk approval: the ID as given, and the household approved or why not. */
export interface BulkItemOutcome {
  id: string;
  household: Household | null;
  userErrors: UserError[];
}

export class WorkflowService {
  /** `crypto` opens the sealed long-form answers for the submit's checks (never shown, so not an unmasked read). */
  constructor(
    private readonly db: DataSource,
    private readonly crypto?: FieldCrypto,
  ) {}

  /**
   * 批量通过: each household is approved in its own transaction, exactly as `approveHousehold` does it (scope,
   * version, stage, event, audit entry), so one stale or foreign household does not hold back the others. An ID
   * given twice is refused the second time. At most `MAX_BULK_APPROVE`; an empty or longer list changes nothing.
   */
  async approveMany(
    items: { id: string; expectedVersion: number }[],
    actor: Actor,
  ): Promise<{ results: BulkItemOutcome[]; userErrors: UserError[] }> {
    if (!items.length) {
      return {
        results: [],
        userErrors: [userError('items', UserErrorCode.REQUIRED, coded('review.noItems'))],
      };
    }
    if (items.length > MAX_BULK_APPROVE) {
      const message = coded('review.tooManyItems', { max: MAX_BULK_APPROVE, count: items.length });
      return { results: [], userErrors: [userError('items', UserErrorCode.OUT_OF_RANGE, message)] };
    }
    const seen = new Set<string>();
    const results: BulkItemOutcome[] = [];
    for (const [index, item] of items.entries()) {
      const ref = rowRefOf(item.id, 'Household');
      const key = ref ? `${ref.county ?? ''}:${ref.id}` : item.id;
      const at = (error: UserError) => {
        error.field = ['input', 'items', String(index), ...error.field.slice(1)];
        return error;
      };
      if (seen.has(key)) {
        const error = userError('id', UserErrorCode.DUPLICATE, coded('review.duplicateItem'));
        results.push({ id: item.id, household: null, userErrors: [at(error)] });
        continue;
      }
      seen.add(key);
      const payload = await this.step('approve', item.id, item.expectedVersion, actor);
      results.push({ id: item.id, household: payload.node, userErrors: payload.userErrors.map(at) });
    }
    return { results, userErrors: [] };
  }

  async step(
    step: WorkflowStep,
    id: string,
    expectedVersion: number,
    actor: Actor,
    options: StepOptions = {},
  ): Promise<Payload<Household>> {
    const ref = rowRefOf(id, 'Household');
    if (!ref) return rejected([userError('id', UserErrorCode.INVALID, notAnIdMessage(id, 'Household'))]);
    const rowId = ref.id;
    const given = options.reason?.trim() || undefined;
    const reasons = step === 'return' ? (options.reasons ?? []) : [];
    if (step === 'return' && ((!given && !reasons.length) || (given && given.length > 500))) {
      return rejected([userError('reason', UserErrorCode.REQUIRED, coded('household.returnReason'))]);
    }
    const reasonErrors = checkReturnReasons(reasons);
    if (reasonErrors.length) return rejected(reasonErrors);
    return this.db.transaction(async (tx) => {
      const [row] = await query<Record<string, unknown>>(
        tx,
        // The county from the global ID names the partition; an old ID without one is searched in every county.
        `SELECT ${selectList(tx, Household, 't')} FROM household t
          WHERE ${rowRefCondition(ref, 't').condition} FOR UPDATE`,
        rowRefCondition(ref, 't').params,
      );
      const household = row ? hydrate(Household, row) : undefined;
      const visible = household && actor.scope.covers(household.smallZoneCode) ? household : undefined;
      if (!visible || visible.version !== expectedVersion) {
        return rejected<Household>([missingOrConflict(`Household ${id}`, visible, expectedVersion)]);
      }
      const transition = TRANSITIONS[step];
      if (!(transition.from as readonly HouseholdStage[]).includes(visible.stage)) {
        const allowed = {
          zh: transition.from.map((stage) => HOUSEHOLD_STAGE_LABELS[stage].zh).join('或'),
          en: transition.from.map((stage) => HOUSEHOLD_STAGE_LABELS[stage].en).join(' or '),
        };
        const message = coded('household.wrongStage', { stage: visible.stage, step, allowed });
        return rejected<Household>([userError('id', UserErrorCode.INVALID, message)]);
      }
      if (step === 'submit') {
        const problems = await this.completeness(tx, visible);
        if (problems.length) return rejected<Household>(problems);
      }
      const stored = await this.storedReasons(tx, visible, reasons);
      if ('errors' in stored) return rejected<Household>(stored.errors);
      const reason = step === 'return' ? (given ?? reasonsText(stored.reasons)) : undefined;
      const rows = await query<Record<string, unknown>>(
        tx,
        `WITH changed AS (
           UPDATE household SET stage = $2::household_stage, version = version + 1, updated_at = now(),
                  return_reason = CASE WHEN $2::household_stage = 'RETURNED' THEN $3 ELSE NULL END,
                  registration_method = CASE WHEN $4 THEN 'SELF_REPORT'::registration_method ELSE registration_method END
            WHERE county_code = $5 AND id = $1 RETURNING ${selectList(tx, Household)})
         SELECT * FROM changed`,
        [rowId, transition.to, reason ?? null, options.byResident ?? false, visible.countyCode],
      );
      await query(
        tx,
        `INSERT INTO household_event (county_code, household_id, small_zone_code, actor_id, from_stage, to_stage,
                                      reason, by_resident, reasons)
         VALUES ($8, $1, $2, $3, $4, $5, $6, $7, $9::jsonb)`,
        [
          rowId,
          visible.smallZoneCode,
          actor.accountId,
          visible.stage,
          transition.to,
          reason ?? null,
          options.byResident ?? false,
          visible.countyCode,
          stored.reasons.length ? JSON.stringify(stored.reasons) : null,
        ],
      );
      const after = hydrate(Household, rows[0]);
      await writeAudit(tx, actor, [
        {
          action: AuditAction.STAGE,
          entityType: 'Household',
          entityId: after.id,
          smallZoneCode: after.smallZoneCode,
          before: { stage: visible.stage, version: visible.version },
          after: {
            stage: after.stage,
            version: after.version,
            reason: reason ?? null,
            ...(stored.reasons.length ? { reasons: stored.reasons } : {}),
          },
        },
      ]);
      return ok(after);
    });
  }

  /**
   * The return reasons as stored: each person named must be a person of this household (read in one statement,
   * with the household's county); its line number is kept so that the reason still says 第N人 if lines move.
   */
  private async storedReasons(
    tx: EntityManager,
    household: Household,
    reasons: ReturnReasonInput[],
  ): Promise<{ reasons: StoredReturnReason[] } | { errors: UserError[] }> {
    const refs = reasons.map((reason) =>
      reason.personId == null ? null : rowRefOf(reason.personId, 'Person'),
    );
    const ours = (ref: RowRef | null): ref is RowRef =>
      ref !== null && (ref.county === null || ref.county === household.countyCode);
    const wanted = refs.filter(ours);
    const lines = new Map<string, number>();
    if (wanted.length) {
      const rows = await query<{ id: string; lineNumber: number }>(
        tx,
        `SELECT t.id::text AS id, t.line_number AS "lineNumber" FROM person t
          WHERE t.county_code = $1 AND t.household_id = $2 AND t.id = ANY($3::bigint[])`,
        [household.countyCode, household.rowId, wanted.map((ref) => ref.id)],
      );
      for (const row of rows) lines.set(row.id, row.lineNumber);
    }
    const errors: UserError[] = [];
    const stored = reasons.map((reason, index) => {
      const ref = refs[index];
      const line = ours(ref) ? lines.get(ref.id) : undefined;
      if (reason.personId != null && line === undefined) {
        errors.push(
          userError(
            ['reasons', String(index), 'personId'],
            UserErrorCode.NOT_FOUND,
            coded('review.reasonPerson'),
          ),
        );
      }
      return {
        code: reason.code,
        personId: line === undefined ? null : ref!.id,
        lineNumber: line ?? null,
        item: reason.item ?? null,
        note: reason.note?.trim() || null,
      };
    });
    return errors.length ? { errors } : { reasons: stored };
  }

  /** Every reason the household cannot be submitted, as user errors whose field locates the item. */
  private async completeness(tx: EntityManager, household: Household): Promise<UserError[]> {
    const persons = (
      await query<Record<string, unknown>>(
        tx,
        `SELECT ${selectList(tx, Person, 't')} FROM person t
          WHERE t.county_code = $1 AND t.household_id = $2 ORDER BY t.line_number`,
        [household.countyCode, household.rowId],
      )
    ).map((row) => hydrate(Person, row));
    const [{ visits }] = await query<{ visits: number }>(
      tx,
      `SELECT count(*)::int AS visits FROM visit WHERE county_code = $1 AND household_id = $2`,
      [household.countyCode, household.rowId],
    );
    const shortForm = completenessProblems(
      household,
      persons.map((person) => ({ ...person, hasCitizenId: person.citizenIdSealed !== null })),
      visits,
    ).map((problem) => {
      const error = userError(
        null,
        problem.code === 'REQUIRED' ? UserErrorCode.REQUIRED : UserErrorCode.MISMATCH,
        coded(problem.messageCode, problem.params),
      );
      error.field = problem.field;
      return error;
    });
    // A sampled household is submitted with its long form: complete and valid, every problem listed with the rest.
    const longForm =
      household.longFormSampled && this.crypto
        ? longFormProblems(
            household,
            persons,
            this.crypto,
            await longFormOptionsIn(tx, household.smallZoneCode),
          ).map((problem) => longFormUserError(problem))
        : [];
    return [...shortForm, ...longForm];
  }
}
