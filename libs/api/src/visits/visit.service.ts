import type { DataSource, EntityManager } from 'typeorm';

import { beijingHour, formatBeijingMoment } from '@census/rules';

import type { Actor } from '../auth/principal';
import { notAnIdMessage, rowRefCondition, rowRefOf } from '../common/global-id';
import { ok, type Payload, rejected } from '../common/payload';
import { hydrate, query, selectList, setList, SqlParams } from '../common/sql';
import { coded, type UserError, userError, UserErrorCode } from '../common/user-error';
import { missingOrConflict } from '../common/zone-checks';
import { auditRow, auditSnapshot } from '../privacy/audit';
import { AuditAction } from '../privacy/audit-log.entity';
import { applyOnce } from '../receipts/receipts';
import { Appointment } from './appointment.entity';
import { Visit } from './visit.entity';
import { VisitSlot } from './visit.enums';
import type { RecordVisitInput, ScheduleAppointmentInput, UpdateAppointmentInput } from './visit.inputs';

/** Slot of a moment in Beijing time (UTC+8, no daylight saving): the office's notion of morning, noon, evening. */
export function slotOf(at: Date): VisitSlot {
  const hour = beijingHour(at);
  if (hour >= 21 || hour < 6) return VisitSlot.NIGHT;
  if (hour < 11) return VisitSlot.MORNING;
  if (hour < 17) return VisitSlot.NOON;
  return VisitSlot.EVENING;
}

function noteErrors(note: string | null | undefined): UserError[] {
  return note != null && note.length > 2000
    ? [
        userError(
          'note',
          UserErrorCode.OUT_OF_RANGE,
          coded('visit.noteTooLong', { length: note.length, max: 2000 }),
        ),
      ]
    : [];
}

/**
 * Clock skew allowed between a phone and the server: an appointment booked for "now" on a phone whose clock is a
 * few minutes behind is still accepted, one in the past beyond it is not.
 */
export const APPOINTMENT_GRACE_MS = 5 * 60_000;

/** An appointment is booked for later, never for a time already past (the server's clock, less the grace). */
function plannedAtErrors(plannedAt: Date | null | undefined, now = new Date()): UserError[] {
  if (plannedAt == null || Number.isNaN(plannedAt.getTime())) return [];
  if (plannedAt.getTime() >= now.getTime() - APPOINTMENT_GRACE_MS) return [];
  const message = coded('appointment.inPast', {
    plannedAt: formatBeijingMoment(plannedAt),
    now: formatBeijingMoment(now),
  });
  return [userError('plannedAt', UserErrorCode.OUT_OF_RANGE, message)];
}

/** What a visit or appointment takes of its household: its key and small zone. */
interface HouseholdRow {
  county_code: string;
  id: string;
  small_zone_code: string;
}

export class VisitService {
  constructor(private readonly db: DataSource) {}

  /**
   * Records a visit; with an idempotency key at most once per account and key (receipts/): a phone that sends it
   * again after losing the answer gets the first visit back instead of a second row.
   */
  async record(input: RecordVisitInput, actor: Actor): Promise<Payload<Visit>> {
    return applyOnce(
      this.db,
      actor,
      'recordVisit',
      input,
      rejected<Visit>,
      async (tx) => {
        const payload = await this.insertVisit(input, actor, tx);
        const visit = payload.node;
        return {
          payload,
          receipt: visit ? { visitId: visit.rowId, countyCode: visit.countyCode } : undefined,
        };
      },
      async (tx, receipt) => {
        const rows = await query<Record<string, unknown>>(
          tx,
          receipt.countyCode
            ? `SELECT ${selectList(tx, Visit)} FROM visit WHERE county_code = $2 AND id = $1`
            : `SELECT ${selectList(tx, Visit)} FROM visit WHERE id = $1`,
          receipt.countyCode ? [receipt.visitId, receipt.countyCode] : [receipt.visitId],
        );
        return ok(hydrate(Visit, rows[0]));
      },
    );
  }

  private async insertVisit(
    input: RecordVisitInput,
    actor: Actor,
    tx: EntityManager,
  ): Promise<Payload<Visit>> {
    const errors = noteErrors(input.note);
    if (Number.isNaN(input.visitedAt.getTime()) || input.visitedAt.getTime() > Date.now() + 5 * 60_000) {
      errors.push(userError('visitedAt', UserErrorCode.OUT_OF_RANGE, coded('visit.inFuture')));
    } else if (input.slot != null && input.slot !== slotOf(input.visitedAt)) {
      // The slot follows from the time (05:48 is 晚上, not 傍晚): a slot given with it must agree.
      const message = coded('visit.slotMismatch', {
        slot: input.slot,
        expected: slotOf(input.visitedAt),
        hour: beijingHour(input.visitedAt),
      });
      errors.push(userError('slot', UserErrorCode.MISMATCH, message));
    }
    const household = await this.household(tx, input.householdId, actor, errors);
    if (errors.length || !household) return rejected<Visit>(errors);
    const rows = await query<Record<string, unknown>>(
      tx,
      `INSERT INTO visit (county_code, household_id, small_zone_code, visited_at, slot, method, outcome, note,
                          enumerator_id)
       VALUES ($9, $1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${selectList(tx, Visit)}`,
      [
        household.id,
        household.small_zone_code,
        input.visitedAt,
        input.slot ?? slotOf(input.visitedAt),
        input.method,
        input.outcome,
        input.note?.trim() || null,
        actor.accountId,
        household.county_code,
      ],
    );
    const visit = hydrate(Visit, rows[0]);
    await auditRow(tx, actor, AuditAction.CREATE, 'Visit', visit, { after: auditSnapshot(visit) });
    return ok(visit);
  }

  async schedule(input: ScheduleAppointmentInput, actor: Actor): Promise<Payload<Appointment>> {
    const errors = noteErrors(input.note);
    if (input.contact != null && input.contact.length > 200)
      errors.push(
        userError(
          'contact',
          UserErrorCode.OUT_OF_RANGE,
          coded('appointment.contactTooLong', { length: input.contact.length, max: 200 }),
        ),
      );
    if (Number.isNaN(input.plannedAt.getTime()))
      errors.push(userError('plannedAt', UserErrorCode.INVALID, coded('appointment.timeInvalid')));
    errors.push(...plannedAtErrors(input.plannedAt));
    return this.db.transaction(async (tx) => {
      const household = await this.household(tx, input.householdId, actor, errors);
      if (errors.length || !household) return rejected<Appointment>(errors);
      const rows = await query<Record<string, unknown>>(
        tx,
        `INSERT INTO appointment (county_code, household_id, small_zone_code, planned_at, slot, contact, note,
                                  enumerator_id, version)
         VALUES ($8, $1, $2, $3, $4, $5, $6, $7, 1) RETURNING ${selectList(tx, Appointment)}`,
        [
          household.id,
          household.small_zone_code,
          input.plannedAt,
          slotOf(input.plannedAt),
          input.contact?.trim() || null,
          input.note?.trim() || null,
          actor.accountId,
          household.county_code,
        ],
      );
      const appointment = hydrate(Appointment, rows[0]);
      await auditRow(tx, actor, AuditAction.CREATE, 'Appointment', appointment, {
        after: auditSnapshot(appointment),
      });
      return ok(appointment);
    });
  }

  async updateAppointment(input: UpdateAppointmentInput, actor: Actor): Promise<Payload<Appointment>> {
    const ref = rowRefOf(input.id, 'Appointment');
    if (!ref)
      return rejected([userError('id', UserErrorCode.INVALID, notAnIdMessage(input.id, 'Appointment'))]);
    const errors = noteErrors(input.note);
    if (input.status === null)
      errors.push(
        userError('status', UserErrorCode.REQUIRED, coded('appointment.cannotClear', { what: 'status' })),
      );
    if (input.plannedAt === null)
      errors.push(
        userError(
          'plannedAt',
          UserErrorCode.REQUIRED,
          coded('appointment.cannotClear', { what: 'plannedAt' }),
        ),
      );
    errors.push(...plannedAtErrors(input.plannedAt));
    if (errors.length) return rejected(errors);
    return this.db.transaction(async (tx) => {
      const [found] = await query<Record<string, unknown>>(
        tx,
        // The county from the global ID names the partition; an old ID without one is searched in every county.
        `SELECT ${selectList(tx, Appointment)} FROM appointment
          WHERE ${rowRefCondition(ref).condition} FOR UPDATE`,
        rowRefCondition(ref).params,
      );
      const before = found ? hydrate(Appointment, found) : undefined;
      const current =
        before && actor.scope.covers(before.smallZoneCode)
          ? { county_code: before.countyCode, version: before.version }
          : undefined;
      if (!current || current.version !== input.expectedVersion) {
        return rejected<Appointment>([
          missingOrConflict(`Appointment ${input.id}`, current, input.expectedVersion),
        ]);
      }
      const params = new SqlParams();
      const sets = setList(params, input, { status: 'status', plannedAt: 'planned_at', note: 'note' });
      if (input.plannedAt) sets.push(`slot = ${params.add(slotOf(input.plannedAt))}`);
      const rows = await query<Record<string, unknown>>(
        tx,
        `WITH changed AS (UPDATE appointment SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
           WHERE county_code = ${params.add(current.county_code)} AND id = ${params.add(ref.id)}
           RETURNING ${selectList(tx, Appointment)}) SELECT * FROM changed`,
        params.values,
      );
      const appointment = hydrate(Appointment, rows[0]);
      await auditRow(tx, actor, AuditAction.UPDATE, 'Appointment', appointment, {
        before: auditSnapshot(before!),
        after: auditSnapshot(appointment),
      });
      return ok(appointment);
    });
  }

  private async household(
    tx: EntityManager,
    id: string,
    actor: Actor,
    errors: UserError[],
  ): Promise<HouseholdRow | undefined> {
    const ref = rowRefOf(id, 'Household');
    // The county from the global ID names the partition; an old ID without one is searched in every county.
    const [row] = ref
      ? await query<HouseholdRow>(
          tx,
          `SELECT county_code, id, small_zone_code FROM household
            WHERE ${rowRefCondition(ref).condition}`,
          rowRefCondition(ref).params,
        )
      : [];
    if (row && actor.scope.covers(row.small_zone_code)) return row;
    errors.unshift(
      userError('householdId', UserErrorCode.NOT_FOUND, coded('record.notFound', { object: 'household' })),
    );
    return undefined;
  }
}
