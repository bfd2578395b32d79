export { startEmbeddedPostgres, freePort, type EmbeddedPostgresHandle } from './embedded-postgres';
export { dockerEngineAvailable } from './docker';
