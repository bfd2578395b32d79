import type { DataSource } from 'typeorm';

import type { Principal } from '../auth/principal';
import { createKeyLoader } from '../common/key-loader';
import { ExportJob } from './export-job.entity';

/** Export jobs are visible to the account that started them only: their files may hold unmasked items. */
export function createExportLoaders(db: DataSource, principal: Principal) {
  const owner = principal.kind === 'staff' ? principal.accountId : null;
  return {
    exportJobById: createKeyLoader(
      db,
      ExportJob,
      'export_job',
      'id',
      (job) => job.rowId,
      (job) => job.accountRowId === owner,
    ),
  };
}
