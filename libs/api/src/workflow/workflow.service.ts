import type { DataSource, EntityManager } from 'typeorm';

import { HOUSEHOLD_STAGE_LABELS } from '@census/rules';

import type { Actor } from '../auth/principal';
import { HouseholdStage } from '../common/enums';
import { notAnIdMessage, rowRefCondition, rowRefOf } from '../common/global-id';
import { ok, type Payload, rejected } from '../common/payload';
import { hydrate, query, selectList } from '../common/sql';
import { coded, type UserError, userError, UserErrorCode } from '../common/user-error';
import { missingOrConflict } from '../common/zone-checks';
import { Household } from '../households/household.entity';
import { longFormProblems, longFormUserError } from '../long-form/long-form.service';
import { Person } from '../persons/person.entity';
import { writeAudit } from '../privacy/audit';
import { AuditAction } from '../privacy/audit-log.entity';
import type { FieldCrypto } from '../privacy/field-crypto';
import { completenessProblems } from './completeness';

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
  reason?: string;
  byResident?: boolean;
}

export class WorkflowService {
  /** `crypto` opens the sealed long-form answers for the submit's checks (never shown, so not an unmasked read). */
  constructor(
    private readonly db: DataSource,
    private readonly crypto?: FieldCrypto,
  ) {}

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
    const reason = options.reason?.trim();
    if (step === 'return' && (!reason || reason.length > 500)) {
      return rejected([userError('reason', UserErrorCode.REQUIRED, coded('household.returnReason'))]);
    }
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
                                      reason, by_resident)
         VALUES ($8, $1, $2, $3, $4, $5, $6, $7)`,
        [
          rowId,
          visible.smallZoneCode,
          actor.accountId,
          visible.stage,
          transition.to,
          reason ?? null,
          options.byResident ?? false,
          visible.countyCode,
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
          after: { stage: after.stage, version: after.version, reason: reason ?? null },
        },
      ]);
      return ok(after);
    });
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
        ? longFormProblems(household, persons, this.crypto).map((problem) => longFormUserError(problem))
        : [];
    return [...shortForm, ...longForm];
  }
}
