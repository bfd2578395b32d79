import type { MigrationInterface } from 'typeorm';
import { CensusFoundation1795889474056 } from './1795889474056-census-foundation';
import { AccountsAndScopes1795890451740 } from './1795890451740-accounts-and-scopes';

/** Every committed migration, oldest first. The schema comes only from these. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  CensusFoundation1795889474056,
  AccountsAndScopes1795890451740,
];
