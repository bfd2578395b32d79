import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { ProgressService } from './progress.service';

/**
 * `longFormRefusals` of every Progress of a request (a zone and its children, a report) in one statement: keyed by
 * zone code, zones the resolvers have already checked against the caller's scope.
 */
export function createProgressLoaders(db: DataSource) {
  const progress = new ProgressService(db);
  return {
    longFormRefusals: new DataLoader<string, { item: string; refused: number }[]>(async (roots) => {
      const counts = await progress.longFormRefusals(roots);
      return roots.map((root) => counts.get(root)!);
    }),
  };
}
