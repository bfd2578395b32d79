export { startEmbeddedPostgres, freePort, type EmbeddedPostgresHandle } from './embedded-postgres';
export { dockerEngineAvailable } from './docker';
export {
  backupCluster,
  restoreCluster,
  verifyBackup,
  readBackupManifest,
  BackupError,
  BACKUP_FORMAT,
  MANIFEST_FILE,
  type BackupManifest,
  type BackupFile,
  type BackupResult,
} from './backup';
