import { randomInt } from 'node:crypto';

import type { DataSource } from 'typeorm';

import { type Actor, Scope } from '../auth/principal';
import { AttemptLimiter, throttled } from '../auth/rate-limit';
import type { Secrets } from '../auth/secrets';
import { signToken } from '../auth/tokens';
import { HouseholdStage } from '../common/enums';
import { rowRefCondition, rowRefOf } from '../common/global-id';
import { hydrate, query, selectList } from '../common/sql';
import { coded, type UserError, userError, UserErrorCode } from '../common/user-error';
import { Household } from '../households/household.entity';
import { writeAudit } from '../privacy/audit';
import { AuditAction } from '../privacy/audit-log.entity';
import type { FieldCrypto } from '../privacy/field-crypto';

/** Crockford's base32 without I, L, O, U: easy to read aloud and to type from a paper slip. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 10; // 50 bits: guessing one of a county's codes stays hopeless under the rate limits below

export function newSelfReportCode(): string {
  const chars = Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

/** Upper-cases and drops separators, and reads the letters people confuse with digits as those digits. */
export function normalizeSelfReportCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export interface IssuedCode {
  code: string | null;
  qrPayload: string | null;
  household: Household | null;
  userErrors: UserError[];
}

export interface SelfReportSession {
  token: string | null;
  expiresAt: Date | null;
  household: Household | null;
  userErrors: UserError[];
}

/** Limits of self-report code guessing (docs/security.md). */
export const SELF_REPORT_LIMITS = { perCode: 5, perAddress: 20, windowSeconds: 15 * 60 };

export class SelfReportService {
  /** Wrong phone numbers per household code: five, then the code rests for 15 minutes. */
  private readonly codeAttempts: AttemptLimiter;
  /** Failed attempts per client address, whatever the code: twenty in 15 minutes. */
  private readonly clientAttempts: AttemptLimiter;

  constructor(
    private readonly db: DataSource,
    private readonly crypto: FieldCrypto,
    private readonly secrets: Secrets,
    private readonly publicUrl: string,
  ) {
    this.codeAttempts = new AttemptLimiter(
      db,
      'self-report-code',
      SELF_REPORT_LIMITS.perCode,
      SELF_REPORT_LIMITS.windowSeconds,
    );
    this.clientAttempts = new AttemptLimiter(
      db,
      'self-report-address',
      SELF_REPORT_LIMITS.perAddress,
      SELF_REPORT_LIMITS.windowSeconds,
    );
  }

  private codeHash(code: string): Buffer {
    return this.crypto.digest(`self-report:${normalizeSelfReportCode(code)}`);
  }

  /** Issues (or replaces) the household's code; only the code's keyed hash is kept. */
  async issue(householdId: string, actor: Actor): Promise<IssuedCode> {
    const ref = rowRefOf(householdId, 'Household');
    return this.db.transaction(async (tx) => {
      // The county from the global ID names the partition; an old ID without one is searched in every county.
      const [row] = ref
        ? await query<
            Record<string, unknown> & {
              countyCode: string;
              rowId: string;
              smallZoneCode: string;
              stage: HouseholdStage;
            }
          >(
            tx,
            `SELECT ${selectList(tx, Household, 't')} FROM household t
              WHERE ${rowRefCondition(ref, 't').condition} FOR UPDATE`,
            rowRefCondition(ref, 't').params,
          )
        : [];
      if (!row || !actor.scope.covers(row.smallZoneCode)) {
        return {
          code: null,
          qrPayload: null,
          household: null,
          userErrors: [
            userError(
              'householdId',
              UserErrorCode.NOT_FOUND,
              coded('record.notFound', { object: 'household' }),
            ),
          ],
        };
      }
      const errors: UserError[] = [];
      if (row.stage !== HouseholdStage.LISTED && row.stage !== HouseholdStage.ENUMERATING) {
        errors.push(
          userError(
            'householdId',
            UserErrorCode.INVALID,
            coded('household.selfReportStage', { stage: row.stage }),
          ),
        );
      }
      if (!row.phoneSealed) {
        errors.push(userError('householdId', UserErrorCode.REQUIRED, coded('selfReport.phoneFirst')));
      }
      if (errors.length) return { code: null, qrPayload: null, household: null, userErrors: errors };
      const code = newSelfReportCode();
      const [updated] = await query<Record<string, unknown>>(
        tx,
        `WITH changed AS (UPDATE household SET self_report_code_hash = $2, self_report_issued_at = now(), version = version + 1, updated_at = now()
           WHERE county_code = $3 AND id = $1 RETURNING ${selectList(tx, Household)}) SELECT * FROM changed`,
        [row.rowId, this.codeHash(code), row.countyCode],
      );
      const household = hydrate(Household, updated);
      await writeAudit(tx, actor, [
        {
          action: AuditAction.UPDATE,
          entityType: 'Household',
          entityId: household.id,
          smallZoneCode: household.smallZoneCode,
          item: 'selfReportCode',
          after: { selfReportIssuedAt: household.selfReportIssuedAt?.toISOString() },
        },
      ]);
      return { code, qrPayload: `${this.publicUrl}/self-report?code=${code}`, household, userErrors: [] };
    });
  }

  /** Exchanges code and phone for a session on that one household, until its form is submitted. */
  async start(code: string, phone: string, clientKey: string): Promise<SelfReportSession> {
    const hash = this.codeHash(code);
    const codeKey = hash.toString('hex');
    // Both attempts are taken before the code is looked up: parallel guesses cannot pass the limits together.
    const clientWait = await this.clientAttempts.take(clientKey);
    if (clientWait > 0) throw throttled('selfReport', clientWait, 'ADDRESS');
    const codeWait = await this.codeAttempts.take(codeKey);
    if (codeWait > 0) {
      await this.clientAttempts.release(clientKey);
      throw throttled('selfReport', codeWait, 'CODE');
    }
    // Deliberately across counties: the resident does not know the county (on Citus, a directory table of the
    // codes distributed by the hash would route it; docs/scaling.md).
    const [row] = await query<
      Record<string, unknown> & { rowId: string; phoneHash: Buffer | null; stage: HouseholdStage }
    >(
      this.db,
      `SELECT ${selectList(this.db, Household, 't')} FROM household t WHERE t.self_report_code_hash = $1`,
      [hash],
    );
    const phoneMatches = row?.phoneHash?.equals(this.crypto.digest(phone.replace(/\D/g, ''))) ?? false;
    if (!row || !phoneMatches) {
      // One answer for an unknown code and a wrong phone: a guesser learns nothing.
      return {
        token: null,
        expiresAt: null,
        household: null,
        userErrors: [userError('code', UserErrorCode.INVALID, coded('selfReport.wrongCode'))],
      };
    }
    await this.codeAttempts.reset(codeKey);
    await this.clientAttempts.release(clientKey);
    if (row.stage !== HouseholdStage.LISTED && row.stage !== HouseholdStage.ENUMERATING) {
      return {
        token: null,
        expiresAt: null,
        household: null,
        userErrors: [userError('code', UserErrorCode.LOCKED, coded('selfReport.alreadySubmitted'))],
      };
    }
    const household = hydrate(Household, row);
    const { token, expiresAt } = signToken(this.secrets, {
      kind: 'resident',
      householdId: household.rowId,
      countyCode: household.countyCode,
    });
    return { token, expiresAt, household, userErrors: [] };
  }

  /**
   * Whether the person (global ID) belongs to the resident's household (of `countyCode`); a foreign or unknown ID
   * does not. The household's persons are of its county: the statement names it, also for an old ID.
   */
  async isOwnPerson(personId: string, countyCode: string, householdId: string): Promise<boolean> {
    const ref = rowRefOf(personId, 'Person');
    if (!ref || (ref.county !== null && ref.county !== countyCode)) return false;
    const [row] = await query<{ household_id: string }>(
      this.db,
      `SELECT household_id FROM person WHERE county_code = $1 AND id = $2`,
      [countyCode, ref.id],
    );
    return row?.household_id === householdId;
  }

  /** The actor the services see for a resident: it may touch its own small zone's rows, after checks here. */
  static residentActor(smallZoneCode: string, householdId: string): Actor {
    return { scope: new Scope([smallZoneCode]), accountId: null, label: `resident:${householdId}` };
  }
}
