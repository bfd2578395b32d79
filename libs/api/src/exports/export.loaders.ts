import type { DataSource } from 'typeorm';

import type { Principal } from '../auth/principal';
import { createKeyLoader } from '../common/key-loader';
import { createPageLoader, type ListSpec } from '../common/page-loader';
import type { SqlParams } from '../common/sql';
import { ExportJob } from './export-job.entity';

export const EXPORT_JOB_LIST: ListSpec<ExportJob> = {
  entity: ExportJob,
  table: 'export_job',
  order: [{ column: 'id', property: 'rowId' }],
  descending: true,
};

/** Export jobs are visible to the account that started them only: their files may hold unmasked items. */
export function createExportLoaders(db: DataSource, principal: Principal) {
  const owner = principal.kind === 'staff' ? principal.accountId : null;
  const exportJobById = createKeyLoader(
    db,
    ExportJob,
    'export_job',
    'id',
    (job) => job.rowId,
    (job) => job.accountRowId === owner,
  );
  return {
    exportJobById,
    /**
     * The caller's own jobs, newest first (`exportJobs`): the condition is the starter, never a zone, so another
     * account's jobs stay out of the list and its count even when they export a zone the caller holds.
     */
    exportJobs: createPageLoader(db, EXPORT_JOB_LIST, null, {
      visible: (params: SqlParams) => (owner === null ? 'false' : `t.account_id = ${params.add(owner)}`),
      prime: (job) => exportJobById.prime(job.rowId, job),
    }),
  };
}
