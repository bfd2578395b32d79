import { createHash } from 'node:crypto';

import {
  createClient,
  ExportJobDocument,
  type ExportJobFieldsFragment,
  NodeDocument,
  StartExportDocument,
  type StartExportInput,
} from '@census/client';
import { countyCodeOf, parseCitizenId } from '@census/rules';

import { Role } from '../src/auth/role';
import { exportJsonSchema, EXPORTS } from '../src/exports/export-formats';
import { errorCodeOf } from './factories';
import { drainFeed, seedCounty, startTestApi, type TestApi } from './harness';

type Job = ExportJobFieldsFragment;

let api: TestApi;
let censusZone: string;

beforeAll(async () => {
  api = await startTestApi('export');
  await seedCounty(api, 2);
  [{ code: censusZone }] = await api.sql<{ code: string }>(
    `SELECT code FROM zone WHERE level = 'CENSUS_ZONE' ORDER BY code LIMIT 1`,
  );
});

afterAll(() => api?.close());

/** A typed client as the administrator, or with the given token. */
const clientOf = (token?: string) => createClient({ url: api.graphqlUrl, token: token ?? api.admin.token });

async function start(input: Record<string, unknown>, token?: string) {
  return (await clientOf(token).request(StartExportDocument, { input: input as StartExportInput }))
    .startExport;
}

async function finished(id: string, token?: string): Promise<Job> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const { node } = await clientOf(token).request(ExportJobDocument, { id });
    const job = node as Job;
    if (job.status === 'COMPLETED' || job.status === 'FAILED') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('export did not finish');
}

async function download(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  return {
    status: response.status,
    headers: response.headers,
    body: Buffer.from(await response.arrayBuffer()),
  };
}

const count = async (table: string, column: string, zone: string) =>
  (
    await api.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} LIKE $1 || '%'`, [
      zone,
    ])
  )[0].n;

describe('bulk export', () => {
  describe('a zone exported to JSON Lines', () => {
    // One export, read by every test below (none changes it).
    let started: Awaited<ReturnType<typeof start>>;
    let done: Job;
    let expected: Record<'ZONES' | 'BUILDINGS' | 'HOUSEHOLDS' | 'PERSONS', number>;
    const downloads = new Map<string, Awaited<ReturnType<typeof download>>>();
    /** The file's lines, without the final newline. */
    const linesOf = (entity: string) => downloads.get(entity)!.body.toString('utf8').split('\n').slice(0, -1);

    beforeAll(async () => {
      started = await start({
        zoneCode: censusZone,
        entities: ['PERSONS', 'ZONES', 'HOUSEHOLDS', 'BUILDINGS'],
        format: 'JSONL',
      });
      done = await finished(started.job!.id);
      expected = {
        ZONES: await count('zone', 'code', censusZone),
        BUILDINGS: await count('building', 'small_zone_code', censusZone),
        HOUSEHOLDS: await count('household', 'small_zone_code', censusZone),
        PERSONS: await count('person', 'small_zone_code', censusZone),
      };
      for (const file of done.files) downloads.set(file.entity, await download(file.url!));
    });

    it('queues a job with its files in a fixed order, whatever order the input named them in', () => {
      expect(started.userErrors).toEqual([]);
      expect(started.job).toMatchObject({ status: 'QUEUED', zoneCode: censusZone, files: [] });
      expect(started.job!.entities).toEqual(['ZONES', 'BUILDINGS', 'HOUSEHOLDS', 'PERSONS']);
    });

    it('completes with the rows the database holds, and a change-feed cursor', () => {
      const total = Object.values(expected).reduce((a, b) => a + b, 0);
      expect(done).toMatchObject({
        status: 'COMPLETED',
        totalRows: total,
        rowsWritten: total,
        progress: 1,
        error: null,
      });
      expect(done.changesCursor).toEqual(expect.any(String));
      expect(done.files.map((file) => [file.entity, file.name, file.rows])).toEqual([
        ['ZONES', 'zones.jsonl', expected.ZONES],
        ['BUILDINGS', 'buildings.jsonl', expected.BUILDINGS],
        ['HOUSEHOLDS', 'households.jsonl', expected.HOUSEHOLDS],
        ['PERSONS', 'persons.jsonl', expected.PERSONS],
      ]);
    });

    it('serves each file as NDJSON whose size, checksum and lines match the job', () => {
      for (const file of done.files) {
        const { status, headers, body } = downloads.get(file.entity)!;
        expect(status).toBe(200);
        expect(headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
        expect(body.length).toBe(file.bytes);
        expect(createHash('sha256').update(body).digest('hex')).toBe(file.sha256);
        expect(headers.get('x-checksum-sha256')).toBe(file.sha256);
        expect(body.toString('utf8').endsWith('\n')).toBe(true);
        expect(linesOf(file.entity)).toHaveLength(file.rows);
      }
    });

    it('writes exactly the documented properties, of the documented types', () => {
      for (const file of done.files) {
        const schema = exportJsonSchema(EXPORTS[file.entity as keyof typeof EXPORTS]) as {
          properties: Record<string, { type: string | string[] }>;
        };
        for (const line of linesOf(file.entity)) {
          const row = JSON.parse(line) as Record<string, unknown>;
          expect(Object.keys(row)).toEqual(Object.keys(schema.properties));
          for (const [name, value] of Object.entries(row)) {
            const types = [schema.properties[name].type].flat();
            const actual =
              value === null
                ? 'null'
                : Number.isInteger(value) && types.includes('integer')
                  ? 'integer'
                  : typeof value;
            expect({ name, type: types.includes(actual) }).toEqual({ name, type: true });
          }
        }
      }
    });

    it("gives persons the API's global IDs and masked citizen IDs", async () => {
      const lines = linesOf('PERSONS');
      const person = JSON.parse(lines[0]) as { id: string; citizenId: string | null };
      const { node } = await clientOf().request(NodeDocument, { id: person.id });
      expect(node).toMatchObject({ id: person.id });
      expect(lines.some((line) => /"citizenId":"[0-9]{6}\*{8}[0-9]{3}[0-9X]"/.test(line))).toBe(true);
    });
  });

  it('exports unmasked CSV for the county system, audited, and serves byte ranges to resume a download', async () => {
    const integration = await api.account(Role.INTEGRATION, [censusZone.slice(0, 6)]);
    const { job } = await start(
      {
        zoneCode: censusZone,
        entities: ['PERSONS'],
        format: 'CSV',
        unmasked: true,
        idempotencyKey: 'county-export-0001',
      },
      integration.token,
    );
    const done = await finished(job!.id, integration.token);
    const [file] = done.files;
    const { body, headers } = await download(file.url!);
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = body.toString('utf8');
    const [header, ...rows] = text.split('\r\n');
    expect(header).toBe(`\uFEFF${EXPORTS.PERSONS.columns.map((column) => column.name).join(',')}`);
    expect(rows.pop()).toBe('');
    expect(rows).toHaveLength(file.rows);
    const idColumn = EXPORTS.PERSONS.columns.findIndex((column) => column.name === 'citizenId');
    const ids = rows.map((row) => row.split(',')[idColumn]).filter(Boolean);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => parseCitizenId(id).ok)).toBe(true);

    const audit = await api.sql<{ actor: string; item: string }>(
      `SELECT actor, item FROM audit_log WHERE action = 'UNMASK' AND entity_type = 'ExportJob' AND entity_id = $1`,
      [done.id],
    );
    expect(audit).toEqual([{ actor: integration.username, item: 'citizenId,phone,longForm (bulk export)' }]);

    const part = await download(file.url!, { range: 'bytes=100-' });
    expect(part.status).toBe(206);
    expect(part.body.equals(body.subarray(100))).toBe(true);
  });

  it('returns the same job for a retried request with the same idempotency key', async () => {
    const input = {
      zoneCode: censusZone,
      entities: ['ZONES'],
      format: 'CSV',
      idempotencyKey: 'county-2026-11-28-a',
    };
    const first = await start(input);
    const retry = await start(input);
    expect(retry.job!.id).toBe(first.job!.id);
    const [{ n }] = await api.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM export_job WHERE idempotency_key = 'county-2026-11-28-a'`,
    );
    expect(n).toBe(1);
    const other = await start({ ...input, entities: ['PERSONS'] });
    expect(other).toEqual({
      job: null,
      userErrors: [expect.objectContaining({ field: ['input', 'idempotencyKey'], code: 'CONFLICT' })],
    });
    await finished(first.job!.id);
  });

  it('keeps jobs and files to their owner and zones, and refuses broken links', async () => {
    const officer = await api.account(Role.TOWNSHIP_OFFICER, [censusZone.slice(0, 9)]);
    const outside = await start({ zoneCode: '110101', entities: ['ZONES'], format: 'JSONL' }, officer.token);
    expect(outside.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'zoneCode'], code: 'OUT_OF_SCOPE' }),
    ]);
    const masked = await start(
      { zoneCode: censusZone, entities: ['PERSONS'], format: 'JSONL', unmasked: true },
      officer.token,
    );
    expect(masked.userErrors).toEqual([expect.objectContaining({ field: ['input', 'unmasked'] })]);
    const bad = await start({ zoneCode: '33010x', entities: ['ZONES'], format: 'JSONL' }, officer.token);
    expect(bad.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'zoneCode'], code: 'INVALID' }),
    ]);

    const { job } = await start(
      { zoneCode: censusZone, entities: ['ZONES'], format: 'JSONL' },
      officer.token,
    );
    const done = await finished(job!.id, officer.token);
    // The administrator holds the zone too, but the job is the officer's.
    const foreign = await api.request<{ node: unknown }>(`query($id: ID!) { node(id: $id) { id } }`, {
      id: done.id,
    });
    expect(foreign.data!.node).toBeNull();

    const url = new URL(done.files[0].url!);
    url.searchParams.set('signature', 'A'.repeat(43));
    expect((await download(url.toString())).status).toBe(403);
    url.searchParams.delete('signature');
    expect((await download(url.toString())).status).toBe(403);
    const otherFile = done.files[0].url!.replace('/zones.jsonl?', '/persons.jsonl?');
    expect((await download(otherFile)).status).toBe(403);

    const enumerator = await api.account(Role.ENUMERATOR, [censusZone]);
    const refused = start({ zoneCode: censusZone, entities: ['ZONES'], format: 'JSONL' }, enumerator.token);
    expect(await errorCodeOf(refused)).toBe('FORBIDDEN');
  });

  it("lists the jobs the caller started, newest first and page by page, and nobody else's", async () => {
    const township = censusZone.slice(0, 9);
    const officer = await api.account(Role.TOWNSHIP_OFFICER, [township]);
    const colleague = await api.account(Role.TOWNSHIP_OFFICER, [township]);
    const started: string[] = [];
    for (const entity of ['ZONES', 'BUILDINGS', 'HOUSEHOLDS']) {
      const { job } = await start({ zoneCode: censusZone, entities: [entity], format: 'CSV' }, officer.token);
      started.push(job!.id);
    }
    const theirs = await start({ zoneCode: censusZone, entities: ['ZONES'], format: 'CSV' }, colleague.token);

    type Listed = {
      exportJobs: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: { id: string; entities: string[] }[];
      };
    };
    const list = async (token: string, variables: Record<string, unknown>) => {
      const answer = await api.request<Listed>(
        `query($first: Int, $after: String) {
          exportJobs(first: $first, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } nodes { id entities }
          }
        }`,
        variables,
        token,
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.exportJobs;
    };
    const first = await list(officer.token, { first: 2 });
    expect(first.totalCount).toBe(3);
    expect(first.nodes.map((job) => job.id)).toEqual([started[2], started[1]]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list(officer.token, { first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes.map((job) => job.id)).toEqual([started[0]]);
    expect(second.pageInfo.hasNextPage).toBe(false);

    // A colleague of the same township, and the county administrator who holds the zone, list only their own.
    const colleagues = await list(colleague.token, {});
    expect(colleagues.nodes.map((job) => job.id)).toEqual([theirs.job!.id]);
    expect(colleagues.totalCount).toBe(1);
    const admins = await list(api.admin.token, { first: 100 });
    expect(admins.nodes.map((job) => job.id)).not.toEqual(expect.arrayContaining([started[0]]));
    expect(admins.nodes.some((job) => started.includes(job.id) || job.id === theirs.job!.id)).toBe(false);

    const enumerator = await api.account(Role.ENUMERATOR, [censusZone]);
    const refused = await api.request(`{ exportJobs { totalCount } }`, {}, enumerator.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const id of [...started, theirs.job!.id])
      await finished(id, id === theirs.job!.id ? colleague.token : officer.token);
  });

  it('hands over to the change feed: changes after the export arrive through its cursor', async () => {
    const { job } = await start({ zoneCode: censusZone, entities: ['BUILDINGS'], format: 'JSONL' });
    const done = await finished(job!.id);
    const [building] = await api.sql<{ id: string }>(
      `WITH changed AS (
         UPDATE building SET address = 'after the export', version = version + 1
          WHERE id = (SELECT min(id) FROM building WHERE small_zone_code LIKE $1 || '%') RETURNING id::text)
       SELECT id FROM changed`,
      [censusZone],
    );
    const { changes: seen } = await drainFeed(api, done.changesCursor, async (after) => {
      const feed = await api.request<{
        changes: { changes: { entityId: string; operation: string }[]; endCursor: string; hasMore: boolean };
      }>(
        `query($after: String) {
           changes(after: $after, first: 100, types: [BUILDING]) { changes { entityId operation } endCursor hasMore }
         }`,
        { after },
      );
      return feed.data!.changes;
    });
    expect(seen).toContainEqual({
      entityId: Buffer.from(`Building:${countyCodeOf(censusZone)}:${building.id}`).toString('base64url'),
      operation: 'UPDATE',
    });
  });
});
