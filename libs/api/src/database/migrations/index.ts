import type { MigrationInterface } from 'typeorm';
import { CensusFoundation1795889474056 } from './1795889474056-census-foundation';

/** Every committed migration, oldest first. The schema comes only from these. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [CensusFoundation1795889474056];
