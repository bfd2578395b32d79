import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { hash } from '@node-rs/argon2';
import type { DataSource } from 'typeorm';

import { demoDivisions, type DemoOptions, generateSmallZones } from '@census/demo-data';
import { commonAncestorZone, officeZoneOf, ZoneLevel } from '@census/rules';
import { createTestDatabase, graphqlRequest, type GraphQLResponse, type TestDatabase } from '@census/testing';

import { authenticationCache } from '../src/auth/authentication-cache';
import { Role } from '../src/auth/role';
import { ephemeralSecrets, type Secrets } from '../src/auth/secrets';
import { signToken } from '../src/auth/tokens';
import { decodeCursor } from '../src/changes/change-feed.service';
import { query } from '../src/common/sql';
import { createDataSource, migrate } from '../src/database/data-source';
import { QueryCounter } from '../src/database/query-counter';
import { insertSmallZones, insertZones } from '../src/demo/bulk-insert';
import { createLogger, type Logger } from '../src/observability/logger';
import { FieldCrypto } from '../src/privacy/field-crypto';
import { type CensusServer, createCensusServer } from '../src/server/create-app';

export interface TestAccount {
  id: string;
  username: string;
  token: string;
}

export interface TestApi {
  baseUrl: string;
  graphqlUrl: string;
  db: DataSource;
  counter: QueryCounter;
  /** County administrator holding provinces 11 (北京) and 33 (浙江): every test zone lies below them. */
  admin: TestAccount;
  /** The server's keys: tests seal values the way the server does. */
  crypto: FieldCrypto;
  /** The server's secrets: tests sign tokens the way the server does. */
  secrets: Secrets;
  /** A GraphQL request as the administrator, or with the given token (null: anonymous). */
  request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphQLResponse<T>>;
  /** Creates an account directly in the database and signs a token for it. */
  account(
    role: Role,
    zones: string[],
    options?: { supervisorId?: string; password?: string; home?: string },
  ): Promise<TestAccount>;
  /** A fresh token of the account's current session, as a new login would give (after its sessions ended). */
  signIn(accountId: string): Promise<string>;
  /** Plain SQL on the test database, to compute expected figures independently of the API. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Where this API writes export files (a temporary folder of its own). */
  exportDirectory: string;
  server: CensusServer;
  close(): Promise<void>;
}

let serial = 0;

/** Boots the real API over HTTP on a fresh, migrated database of this test file's own. */
/** The client build's persisted-documents manifest: the server's trusted documents. */
export const MANIFEST = JSON.parse(
  readFileSync(join(__dirname, '../../client/src/generated/persisted-documents.json'), 'utf8'),
) as Record<string, string>;

export async function startTestApi(
  label: string,
  options: {
    production?: boolean;
    trustedDocumentsRequiredFor?: Role[];
    /** The server's logger (default: silent unless LOG_LEVEL is set). */
    logger?: Logger;
    metricsPublic?: boolean;
    /** The logger counting (or recording) the statements (default: a counter keeping them). */
    counter?: QueryCounter;
  } = {},
): Promise<TestApi> {
  const database: TestDatabase = await createTestDatabase(label);
  // No reuse of verified credentials in tests: every request reads its account and scope, so statement counts do not
  // depend on how long the previous request took (on a loaded machine a 2 s lifetime ran out between two requests
  // of one count). account-trust.spec.ts lengthens it where the cache itself is tested.
  authenticationCache.lifetimeMs = 0;
  const counter = options.counter ?? new QueryCounter(true);
  const db = createDataSource({ url: database.url, logger: counter, poolSize: 20 });
  await db.initialize();
  await migrate(db);
  await query(
    db,
    `INSERT INTO zone (code, level, name, version) VALUES ('11', 'PROVINCE', '北京市', 1), ('33', 'PROVINCE', '浙江省', 1)`,
  );
  const secrets = ephemeralSecrets();
  const crypto = new FieldCrypto(secrets.fieldKeys);
  const exportDirectory = await mkdtemp(join(tmpdir(), `census-exports-${label}-`));
  const server: CensusServer = await createCensusServer({
    dataSource: db,
    secrets,
    production: options.production,
    exportDirectory,
    // startExport wakes the runner; its 5 s look-around would add statements to whatever a test is counting when a
    // request takes longer than that on a loaded machine (the 2000-row grid import counted 11 instead of 8).
    exportPollMs: 3_600_000,
    trustedDocuments: { manifest: MANIFEST, requiredFor: options.trustedDocumentsRequiredFor ?? [] },
    logger: options.logger ?? createLogger({ level: process.env.LOG_LEVEL ?? 'silent', format: 'json' }),
    metricsPublic: options.metricsPublic,
  });
  const baseUrl = await server.listen(0, '127.0.0.1');
  const graphqlUrl = `${baseUrl}/graphql`;

  const account: TestApi['account'] = async (role, zones, extra = {}) => {
    serial += 1;
    const username = `${role.toLowerCase()}${serial}`;
    const passwordHash = extra.password ? await hash(extra.password, { algorithm: 2 }) : null;
    // 所属单位: as createAccount defaults it (the township or higher zone holding all its zones); '33' for an
    // account without zones; none for the administrator of two provinces (no office is above it).
    const common = commonAncestorZone(zones);
    const home = extra.home ?? (common ? officeZoneOf(common) : zones.length ? null : '33');
    const [{ id }] = await query<{ id: string }>(
      db,
      `INSERT INTO account (username, name, role, password_hash, supervisor_id, home_zone_code, version)
       VALUES ($1, $2, $3, $4, $5, $6, 1) RETURNING id`,
      [username, `测试${serial}`, role, passwordHash, extra.supervisorId ?? null, home],
    );
    await query(db, `INSERT INTO account_zone (account_id, zone_code) SELECT $1, unnest($2::text[])`, [
      id,
      zones,
    ]);
    return {
      id,
      username,
      token: signToken(secrets, {
        kind: 'staff',
        accountId: id,
        sessionVersion: 1,
        authTime: Math.floor(Date.now() / 1000),
      }).token,
    };
  };
  const admin = await account(Role.COUNTY_ADMIN, ['11', '33']);

  return {
    baseUrl,
    graphqlUrl,
    db,
    counter,
    admin,
    crypto,
    secrets,
    account,
    request: (text, variables, token = admin.token) =>
      graphqlRequest(graphqlUrl, text, variables, token ? { authorization: `Bearer ${token}` } : {}),
    sql: (text, params) => query(db, text, params),
    async signIn(accountId) {
      const [{ version }] = await query<{ version: number }>(
        db,
        `SELECT session_version AS version FROM account WHERE id = $1`,
        [accountId],
      );
      const claims = { sessionVersion: version, authTime: Math.floor(Date.now() / 1000) };
      return signToken(secrets, { kind: 'staff', accountId, ...claims }).token;
    },
    exportDirectory,
    server,
    async close() {
      await server.stop();
      await db.destroy();
      await database.drop();
      await rm(exportDirectory, { recursive: true, force: true });
    },
  };
}

/**
 * Loads the demo county's real zones plus generated data for the first `censusZones` census zones, through the
 * same bulk loader the demo seed uses.
 */
export async function seedCounty(api: TestApi, censusZones = 2, options: DemoOptions = {}): Promise<void> {
  const divisions = demoDivisions();
  const zones = divisions.filter((z) => z.level === ZoneLevel.CENSUS_ZONE).slice(0, censusZones);
  await api.db.transaction(async (tx) => {
    await insertZones(tx, divisions);
    await insertSmallZones(
      tx,
      [
        ...generateSmallZones(zones, {
          smallZonesPerCensusZone: [1, 2],
          householdsPerSmallZone: [60, 80],
          ...options,
        }),
      ],
      api.crypto,
    );
  });
}

/**
 * The first transaction ID not yet handed out: every transaction committed so far lies below it. The feed's
 * horizon is cluster-wide and the test files share one PostgreSQL server, so another file's open transaction can
 * hold the feed back for a moment: "caught up" means the cursor has passed this point.
 */
export async function nextTransactionId(api: TestApi): Promise<bigint> {
  const [{ xmax }] = await api.sql<{ xmax: string }>(
    `SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xmax`,
  );
  return BigInt(xmax);
}

/** Follows the change feed from `after`, a page at a time, until it has delivered everything committed before. */
export async function drainFeed<C>(
  api: TestApi,
  after: string | null,
  page: (after: string | null) => Promise<{ changes: C[]; endCursor: string; hasMore: boolean }>,
): Promise<{ changes: C[]; cursor: string | null }> {
  const target = await nextTransactionId(api);
  const changes: C[] = [];
  let cursor = after;
  for (;;) {
    const next = await page(cursor);
    changes.push(...next.changes);
    cursor = next.endCursor;
    if (!next.hasMore && decodeCursor(cursor).txid >= target) return { changes, cursor };
    if (!next.hasMore) await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
