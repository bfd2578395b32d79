import type { DataSource, EntityManager } from 'typeorm';

import { countyCodeOf } from '@census/rules';

import type { Actor, Scope } from '../auth/principal';
import { fromGlobalId, notAnIdMessage, type RowRef, rowRefCondition, rowRefOf } from '../common/global-id';
import type { ListFilter } from '../common/page-loader';
import { ok, type Payload, rejected } from '../common/payload';
import { hydrate, query, selectList } from '../common/sql';
import { subtreeListFilter } from '../common/subtree';
import { coded, type UserError, userError, UserErrorCode } from '../common/user-error';
import { missingOrConflict, outOfScope } from '../common/zone-checks';
import { auditSnapshot, writeAudit } from '../privacy/audit';
import { AuditAction } from '../privacy/audit-log.entity';
import { Problem } from './problem.entity';
import {
  PROBLEM_SUBJECT_TYPES,
  ProblemCategory,
  ProblemStatus,
  type ProblemSubjectType,
  SUBJECTS_OF_CATEGORY,
} from './problem.enums';
import type {
  EscalateProblemInput,
  ProblemFilter,
  ReportProblemInput,
  ResolveProblemInput,
} from './problem.inputs';

/** Longest text, escalation note or resolution, in characters (PostgreSQL `char_length`). */
export const MAX_PROBLEM_TEXT = 2000;

/** The subject column of each subject type. */
const SUBJECT_COLUMNS: Record<ProblemSubjectType, string> = {
  Zone: 'subject_zone_code',
  Building: 'building_id',
  Household: 'household_id',
  Person: 'person_id',
};

/** A problem's subject as its global ID names it. */
export interface SubjectRef {
  type: ProblemSubjectType;
  /** The zone code, or the row's bare id. */
  key: string;
  /**
   * The county of the problems about it (their county_code): of the row, when its ID names one (null for an old
   * ID without it), or of the zone (county_key of its code).
   */
  county: string | null;
}

/** A subject global ID as type and key; null when it is not the ID of a zone, building, household or person. */
export function parseSubjectId(id: string): SubjectRef | null {
  const parsed = fromGlobalId(id);
  if (!parsed || !(PROBLEM_SUBJECT_TYPES as readonly string[]).includes(parsed.type)) return null;
  const type = parsed.type as ProblemSubjectType;
  if (type === 'Zone') return { type, key: parsed.key, county: countyCodeOf(parsed.key) };
  const ref = rowRefOf(id, type);
  return ref ? { type, key: ref.id, county: ref.county } : null;
}

export function problemListFilter(filter: ProblemFilter | null | undefined): ListFilter {
  return subtreeListFilter(filter, 't.zone_code', (f, where, params) => {
    if (f.category?.length) where.push(`t.category = ANY(${params.add(f.category)}::problem_category[])`);
    if (f.status?.length) where.push(`t.status = ANY(${params.add(f.status)}::problem_status[])`);
    if (f.refusedItems?.length)
      where.push(`t.refused_items && ${params.add(f.refusedItems)}::refused_item[]`);
    if (f.subjectId != null) {
      const subject = parseSubjectId(f.subjectId);
      if (!subject) where.push('FALSE');
      else {
        if (subject.county !== null) where.push(`t.county_code = ${params.add(subject.county)}`);
        where.push(`t.${SUBJECT_COLUMNS[subject.type]} = ${params.add(subject.key)}`);
      }
    }
  });
}

/** Characters as PostgreSQL counts them (code points), after trimming. */
const length = (text: string) => [...text].length;

/** A required free text of 1..MAX_PROBLEM_TEXT characters, or the user error naming `field`. */
function checkText(value: string, field: 'text' | 'note' | 'resolution'): UserError | null {
  if (value.length === 0)
    return userError(field, UserErrorCode.REQUIRED, coded('problem.textRequired', { what: field }));
  if (length(value) > MAX_PROBLEM_TEXT) {
    const message = coded('problem.textTooLong', {
      what: field,
      length: length(value),
      max: MAX_PROBLEM_TEXT,
    });
    return userError(field, UserErrorCode.OUT_OF_RANGE, message);
  }
  return null;
}

interface LockedProblem {
  /** The problem's county: the change names it. */
  county_code: string;
  version: number;
  status: ProblemStatus;
  zone_code: string;
}

export class ProblemService {
  constructor(private readonly db: DataSource) {}

  async report(input: ReportProblemInput, actor: Actor): Promise<Payload<Problem>> {
    const errors: UserError[] = [];
    const subject = parseSubjectId(input.subjectId);
    if (!subject) {
      const message = coded('problem.notAnId');
      errors.push(userError('subjectId', UserErrorCode.INVALID, message));
    } else if (!SUBJECTS_OF_CATEGORY[input.category].includes(subject.type)) {
      const message = coded('problem.subjectMismatch', { category: input.category, subject: subject.type });
      errors.push(userError('category', UserErrorCode.MISMATCH, message));
    }
    const text = input.text.trim();
    const textError = checkText(text, 'text');
    if (textError) errors.push(textError);
    const refusedItems = [...new Set(input.refusedItems ?? [])];
    if (input.category === ProblemCategory.ITEM_REFUSAL && refusedItems.length === 0) {
      const message = coded('problem.refusedItemsRequired');
      errors.push(userError('refusedItems', UserErrorCode.REQUIRED, message));
    }
    if (input.category !== ProblemCategory.ITEM_REFUSAL && refusedItems.length > 0) {
      const message = coded('problem.refusedItemsNotAllowed');
      errors.push(userError('refusedItems', UserErrorCode.INVALID, message));
    }
    const reporter = actor.accountId;
    if (!reporter) return rejected([userError(null, UserErrorCode.INVALID, coded('problem.staffOnly'))]);
    return this.db.transaction(async (tx) => {
      const zone = subject ? await this.subjectZone(tx, input.subjectId, subject, actor.scope) : null;
      if (zone && 'error' in zone) errors.unshift(zone.error);
      if (errors.length || !zone || !subject || 'error' in zone) return rejected<Problem>(errors);
      const subjectOf = (type: ProblemSubjectType) => (subject.type === type ? subject.key : null);
      const rows = await query<Record<string, unknown>>(
        tx,
        `INSERT INTO problem (county_code, zone_code, subject_zone_code, building_id, household_id, person_id,
                              category, refused_items, "text", reported_by, version)
         VALUES (county_key($1), $1, $2, $3, $4, $5, $6, $7::refused_item[], $8, $9, 1)
         RETURNING ${selectList(tx, Problem)}`,
        [
          zone.code,
          subjectOf('Zone'),
          subjectOf('Building'),
          subjectOf('Household'),
          subjectOf('Person'),
          input.category,
          refusedItems,
          text,
          reporter,
        ],
      );
      const problem = hydrate(Problem, rows[0]);
      await auditProblem(tx, actor, AuditAction.CREATE, problem, null, auditSnapshot(problem));
      return ok(problem);
    });
  }

  async escalate(input: EscalateProblemInput, actor: Actor): Promise<Payload<Problem>> {
    const ref = rowRefOf(input.id, 'Problem');
    if (!ref) return rejected([notAProblem(input.id)]);
    const note = input.note?.trim() || null;
    const noteError = note === null ? null : checkText(note, 'note');
    if (noteError) return rejected([noteError]);
    return this.db.transaction(async (tx) => {
      const current = await this.lock(tx, ref, actor.scope);
      if (!current || current.version !== input.expectedVersion)
        return rejected<Problem>([missingOrConflict(`Problem ${input.id}`, current, input.expectedVersion)]);
      if (current.status !== ProblemStatus.OPEN) {
        const message =
          current.status === ProblemStatus.RESOLVED
            ? coded('problem.resolvedIsFinal', { again: 'no' })
            : coded('problem.alreadyEscalated');
        return rejected<Problem>([userError('id', UserErrorCode.INVALID, message)]);
      }
      const problem = await this.change(
        tx,
        { county: current.county_code, id: ref.id },
        `status = 'ESCALATED', escalated_at = now(), escalated_by = $3, escalation_note = $4`,
        [actor.accountId, note],
      );
      await auditProblem(
        tx,
        actor,
        AuditAction.UPDATE,
        problem,
        { status: current.status },
        { status: problem.status, escalationNote: problem.escalationNote },
      );
      return ok(problem);
    });
  }

  async resolve(input: ResolveProblemInput, actor: Actor): Promise<Payload<Problem>> {
    const ref = rowRefOf(input.id, 'Problem');
    if (!ref) return rejected([notAProblem(input.id)]);
    const resolution = input.resolution.trim();
    const resolutionError = checkText(resolution, 'resolution');
    if (resolutionError) return rejected([resolutionError]);
    return this.db.transaction(async (tx) => {
      const current = await this.lock(tx, ref, actor.scope);
      if (!current || current.version !== input.expectedVersion)
        return rejected<Problem>([missingOrConflict(`Problem ${input.id}`, current, input.expectedVersion)]);
      if (current.status === ProblemStatus.RESOLVED) {
        const message = coded('problem.resolvedIsFinal', { again: 'yes' });
        return rejected<Problem>([userError('id', UserErrorCode.INVALID, message)]);
      }
      const problem = await this.change(
        tx,
        { county: current.county_code, id: ref.id },
        `status = 'RESOLVED', resolved_at = now(), resolved_by = $3, resolution = $4`,
        [actor.accountId, resolution],
      );
      await auditProblem(
        tx,
        actor,
        AuditAction.UPDATE,
        problem,
        { status: current.status },
        { status: problem.status, resolution: problem.resolution },
      );
      return ok(problem);
    });
  }

  /**
   * The zone a new problem belongs to: the subject's small zone, or the subject zone itself. A subject that does
   * not exist and one outside the caller's scope answer the same NOT_FOUND; only a zone the caller can already
   * see (an ancestor of its own zones) answers OUT_OF_SCOPE, as zone mutations do.
   */
  private async subjectZone(
    tx: EntityManager,
    _subjectId: string,
    subject: SubjectRef,
    scope: Scope,
  ): Promise<{ code: string } | { error: UserError }> {
    // A row's ID names its county (an old one without it is searched in every county).
    const byRef = rowRefCondition({ county: subject.county, id: subject.key });
    const [row] =
      subject.type === 'Zone'
        ? await query<{ code: string }>(tx, `SELECT code FROM zone WHERE code = $1`, [subject.key])
        : await query<{ code: string }>(
            tx,
            `SELECT small_zone_code AS code FROM ${subject.type.toLowerCase()} WHERE ${byRef.condition}`,
            byRef.params,
          );
    if (row && scope.covers(row.code)) return { code: row.code };
    if (row && subject.type === 'Zone' && scope.seesZone(row.code))
      return { error: outOfScope('subjectId', row.code) };
    return {
      error: userError(
        'subjectId',
        UserErrorCode.NOT_FOUND,
        coded('record.notFound', { object: subject.type.toLowerCase() }),
      ),
    };
  }

  /**
   * Locks a problem for a change, in the county its ID names (an old ID without one: searched in every county);
   * nothing when it does not exist or lies outside the caller's scope.
   */
  private async lock(tx: EntityManager, ref: RowRef, scope: Scope): Promise<LockedProblem | undefined> {
    const { condition, params } = rowRefCondition(ref);
    const [row] = await query<LockedProblem>(
      tx,
      `SELECT county_code, version, status, zone_code FROM problem WHERE ${condition} FOR UPDATE`,
      params,
    );
    return row && scope.covers(row.zone_code) ? row : undefined;
  }

  /** Changes the locked problem (`$1` its id, `$2` its county; `sets` uses `$3` on). */
  private async change(
    tx: EntityManager,
    row: { county: string; id: string },
    sets: string,
    params: unknown[],
  ): Promise<Problem> {
    const rows = await query<Record<string, unknown>>(
      tx,
      `WITH changed AS (
         UPDATE problem SET ${sets}, version = version + 1, updated_at = now()
          WHERE county_code = $2 AND id = $1
          RETURNING ${selectList(tx, Problem)})
       SELECT * FROM changed`,
      [row.id, row.county, ...params],
    );
    return hydrate(Problem, rows[0]);
  }
}

/** A problem's change in the audit log, under the problem's zone, in the change's transaction. */
function auditProblem(
  tx: EntityManager,
  actor: Actor,
  action: AuditAction,
  problem: Problem,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): Promise<void> {
  return writeAudit(tx, actor, [
    { action, entityType: 'Problem', entityId: problem.id, smallZoneCode: problem.zoneCode, before, after },
  ]);
}

function notAProblem(id: string): UserError {
  return userError('id', UserErrorCode.INVALID, notAnIdMessage(id, 'Problem'));
}
