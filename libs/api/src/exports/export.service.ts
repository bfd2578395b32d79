import type { DataSource } from 'typeorm';

import { canonicalZoneCode } from '@census/rules';

import type { Actor } from '../auth/principal';
import { hydrate, query, selectList } from '../common/sql';
import { coded, type UserError, userError, UserErrorCode } from '../common/user-error';
import { writeAudit } from '../privacy/audit';
import { AuditAction } from '../privacy/audit-log.entity';
import { ExportEntity, type ExportFormat } from './export-formats';
import { ExportJob, type StoredExportFile } from './export-job.entity';

export interface StartExport {
  zoneCode: string;
  entities: ExportEntity[];
  format: ExportFormat;
  unmasked: boolean;
  idempotencyKey: string | null;
}

export type StartResult = { job: ExportJob; userErrors: [] } | { job: null; userErrors: UserError[] };

const ORDER = Object.values(ExportEntity);

export class ExportService {
  constructor(private readonly db: DataSource) {}

  /**
   * Queues an export. With an idempotency key, a repeated request (a retry after a lost answer) returns the job
   * the first one created, and creates nothing; the same key with other parameters is refused.
   */
  async start(
    actor: Actor,
    input: StartExport,
    mayUnmask: boolean,
    keyRequired: boolean,
  ): Promise<StartResult> {
    const errors: UserError[] = [];
    const code = canonicalZoneCode(input.zoneCode);
    if (!code) {
      errors.push(
        userError('zoneCode', UserErrorCode.INVALID, coded('zone.notAZoneCode', { value: input.zoneCode })),
      );
    } else if (!actor.scope.covers(code)) {
      errors.push(
        userError('zoneCode', UserErrorCode.OUT_OF_SCOPE, coded('zone.outOfScope', { zone: code })),
      );
    }
    if (input.entities.length === 0) {
      errors.push(userError('entities', UserErrorCode.REQUIRED, coded('export.entitiesRequired')));
    }
    if (input.unmasked && !mayUnmask) {
      errors.push(userError('unmasked', UserErrorCode.INVALID, coded('export.unmaskForbidden')));
    }
    // An omitted argument arrives as undefined: both mean no key.
    const key = input.idempotencyKey ?? null;
    if (key === null && keyRequired) {
      errors.push(
        userError('idempotencyKey', UserErrorCode.REQUIRED, coded('request.idempotencyKeyRequired')),
      );
    } else if (key !== null && !/^[\x21-\x7e]{8,100}$/.test(key)) {
      errors.push(
        userError(
          'idempotencyKey',
          UserErrorCode.INVALID,
          coded('request.idempotencyKeyFormat', { min: 8, max: 100 }),
        ),
      );
    }
    if (errors.length > 0 || !code) return { job: null, userErrors: errors };
    const entities = ORDER.filter((entity) => input.entities.includes(entity));
    const columns = selectList(this.db, ExportJob);

    return this.db.transaction(async (tx) => {
      const inserted = await query<Record<string, unknown>>(
        tx,
        `INSERT INTO export_job (account_id, idempotency_key, zone_code, entities, format, unmasked, files)
         VALUES ($1, $2, $3, $4::export_entity[], $5, $6, '[]'::jsonb)
         ON CONFLICT (account_id, idempotency_key) DO NOTHING
         RETURNING ${columns}`,
        [actor.accountId, key, code, entities, input.format, input.unmasked],
      );
      if (inserted.length === 0) {
        const [existing] = await query<Record<string, unknown>>(
          tx,
          `SELECT ${columns} FROM export_job WHERE account_id = $1 AND idempotency_key = $2`,
          [actor.accountId, key],
        );
        const job = hydrate(ExportJob, existing);
        const same =
          job.zoneCode === code &&
          job.format === input.format &&
          job.unmasked === input.unmasked &&
          job.entities.join() === entities.join();
        return same
          ? { job, userErrors: [] }
          : {
              job: null,
              userErrors: [userError('idempotencyKey', UserErrorCode.CONFLICT, coded('export.keyReused'))],
            };
      }
      const job = hydrate(ExportJob, inserted[0]);
      if (job.unmasked) {
        await writeAudit(tx, actor, [
          {
            action: AuditAction.UNMASK,
            entityType: 'ExportJob',
            entityId: job.id,
            smallZoneCode: code,
            item: entities.includes(ExportEntity.PERSONS)
              ? 'citizenId,phone,longForm (bulk export)'
              : 'phone,longForm (bulk export)',
          },
        ]);
      }
      return { job, userErrors: [] };
    });
  }

  /** Status and files of an export job, for the download route (no scope: the signed link is the credential). */
  async jobFiles(rowId: string): Promise<{ status: string; files: StoredExportFile[] } | undefined> {
    const [job] = await query<{ status: string; files: StoredExportFile[] }>(
      this.db,
      `SELECT status, files FROM export_job WHERE id = $1`,
      [rowId],
    );
    return job;
  }
}
