export { startTestPostgres, type TestPostgres, type TestPostgresKind } from './test-postgres';
export { createTestDatabase, ADMIN_URL_VARIABLE, type TestDatabase } from './test-database';
export { graphqlRequest, type GraphQLResponse } from './graphql-request';
