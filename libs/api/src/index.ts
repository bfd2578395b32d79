import 'reflect-metadata';

export { createDataSource, migrate, type DataSourceOptions } from './database/data-source';
export { ENTITIES } from './database/entities';
export {
  openDevelopmentDatabase,
  dataDirectory,
  type DevelopmentDatabase,
} from './database/development-database';
export { QueryCounter } from './database/query-counter';
export { schemaDiff, migrationSource } from './database/schema-diff';
export { databaseCommand } from './database/database-command';
export {
  createCensusServer,
  GRAPHQL_PATH,
  type CensusServer,
  type CensusServerOptions,
} from './server/create-app';
export { buildCensusSchema, printCensusSchema } from './server/schema';
export { printExportSchemas } from './exports/export-formats';
export { toGlobalId, fromGlobalId } from './common/global-id';
export { Zone } from './zones/zone.entity';
export { Building } from './buildings/building.entity';
export { Household } from './households/household.entity';
export { Person } from './persons/person.entity';
export { seedDemo, type SeedSummary } from './demo/seed-demo';
export { insertSmallZones, insertZones } from './demo/bulk-insert';
export { seedDemoAccounts, DEMO_PASSWORD, type DemoAccounts } from './demo/seed-accounts';
export { loadSecrets, ephemeralSecrets, type Secrets } from './auth/secrets';
export { newApiToken, hashApiToken } from './auth/tokens';
export { Role } from './auth/role';
export { ACCOUNTS_CHANGED, shareAuthenticationInvalidations } from './auth/authentication-cache';
export { FieldCrypto } from './privacy/field-crypto';
export { verifyFieldKeys, KeyMismatchError } from './privacy/key-check';
export { backfillLongFormSample, LongFormSampler } from './households/long-form-sample';
export {
  backupEmbeddedDatabase,
  restoreEmbeddedDatabase,
  startBackupSchedule,
  backupSettings,
  readFieldKeys,
  fieldKeyCheck,
  listBackups,
  pruneBackups,
  type BackupSchedule,
} from './database/backup';
export * from './observability';
