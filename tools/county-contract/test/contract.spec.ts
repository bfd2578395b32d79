import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { type ApiProcess, startApi } from '@census/api-process';
import { makeCitizenId, Sex } from '@census/rules';

import {
  type ApiError,
  type Change,
  Copy,
  CountySystem,
  type ExportJob,
  validateLine,
} from '../src/county-system';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const MANIFEST = path.join(ROOT, 'libs', 'client', 'src', 'generated', 'persisted-documents.json');
const SCHEMAS = JSON.parse(
  readFileSync(path.join(ROOT, 'docs', 'export-formats.schema.json'), 'utf8'),
) as Record<string, Parameters<typeof validateLine>[0]>;
const COUNTY = '330106';

let api: ApiProcess;
let county: CountySystem;
/** The first census zone and small zone of the demo county. */
let censusZone: string;
let smallZone: string;

/** The world changing meanwhile: an office working through the API (offices may send any query). */
async function office<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  expect(answer.errors).toBeUndefined();
  for (const payload of Object.values(answer.data ?? {})) {
    expect((payload as { userErrors?: unknown[] } | null)?.userErrors ?? []).toEqual([]);
  }
  return answer.data as T;
}

beforeAll(async () => {
  // The contract is about the protocol, not volume: the small demo county (exports of a few thousand rows).
  api = await startApi({ demo: 'small' });
  const token = (await readFile(path.join(api.dataDir, 'demo-integration-token.txt'), 'utf8')).trim();
  county = new CountySystem(api.url, token, MANIFEST);
  const { login } = await office<{ login: { token: string } }>(
    `mutation($input: LoginInput!) { login(input: $input) { token } }`,
    {
      input: { username: 'admin', password: 'census-demo-2020' },
    },
  );
  const { zones } = await office<{ zones: { nodes: { code: string; parentCode: string }[] } }>(
    `{ zones(filter: { withinCode: "${COUNTY}", level: SMALL_ZONE }, first: 1) { nodes { code parentCode } } }`,
    {},
    login.token,
  );
  ({ code: smallZone, parentCode: censusZone } = zones.nodes[0]);
});

afterAll(() => api?.stop());

describe('the county census system, built from docs/integration.md alone', () => {
  it('checks its token', async () => {
    const { me } = await county.call<{ me: { role: string } }>('Me');
    expect(me.role).toBe('INTEGRATION');
  });

  it('pushes registry persons idempotently: a retried batch changes nothing, a bad row is named', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => {
      const sex = i % 2 ? Sex.FEMALE : Sex.MALE;
      const birth = { year: 1960 + i, month: (i % 12) + 1, day: 10 };
      return {
        row: i + 2,
        citizenId: makeCitizenId('330106', birth, 500 + i, sex),
        name: `公安测试${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'一二三四'[i % 4]}`,
        sex,
        birthDate: `${birth.year}-${String(birth.month).padStart(2, '0')}-10`,
        address: `西湖区北山街道测试路${i + 1}号`,
        registryHouseholdNumber: `R${1000 + Math.floor(i / 3)}`,
        zoneCode: censusZone,
      };
    });
    const broken = {
      ...rows[5],
      row: 99,
      citizenId: `${rows[5].citizenId.slice(0, 17)}${rows[5].citizenId.endsWith('0') ? '1' : '0'}`,
    };
    const batch = [...rows, broken];
    const first = await county.pushRegistry('registry-contract-batch-0001', 'push-2026-11-28.csv', batch);
    expect(first).toMatchObject({ accepted: 40, alreadyPresent: 0, replayed: false });
    expect(first.rejected).toEqual([expect.objectContaining({ row: 99, field: 'citizenId' })]);
    // The answer was lost: the county system sends the same request again.
    const retry = await county.pushRegistry('registry-contract-batch-0001', 'push-2026-11-28.csv', batch);
    expect(retry).toEqual({ ...first, replayed: true });
  });

  it('keeps a copy in step: bulk export, then the change feed from the export cursor, equals a fresh export', async () => {
    const input = {
      zoneCode: COUNTY,
      entities: ['ZONES', 'BUILDINGS', 'HOUSEHOLDS', 'PERSONS'],
      format: 'JSONL',
      unmasked: true,
      idempotencyKey: 'export-contract-0001',
    };
    const started = await county.startExport(input);
    expect(started.userErrors).toEqual([]);
    const retried = await county.startExport(input);
    expect(retried.job!.id).toBe(started.job!.id);

    // Meanwhile an office works: these changes land before or after the export's snapshot.
    const { login } = await office<{ login: { token: string } }>(
      `mutation($input: LoginInput!) { login(input: $input) { token } }`,
      {
        input: { username: 'admin', password: 'census-demo-2020' },
      },
    );
    const create = `mutation($input: CreateBuildingInput!) { createBuilding(input: $input) { building { id version } userErrors { message } } }`;
    type Created = { createBuilding: { building: { id: string; version: number } } };
    const kept = (
      await office<Created>(
        create,
        { input: { smallZoneCode: smallZone, address: '合同测试 1 号' } },
        login.token,
      )
    ).createBuilding.building;
    const dropped = (
      await office<Created>(
        create,
        { input: { smallZoneCode: smallZone, address: '合同测试 2 号' } },
        login.token,
      )
    ).createBuilding.building;
    await office(
      `mutation($input: UpdateBuildingInput!) { updateBuilding(input: $input) { userErrors { message } } }`,
      { input: { id: kept.id, expectedVersion: kept.version, address: '合同测试 1 号（改）' } },
      login.token,
    );
    await office(
      `mutation($input: DeleteBuildingInput!) { deleteBuilding(input: $input) { userErrors { message } } }`,
      { input: { id: dropped.id, expectedVersion: dropped.version } },
      login.token,
    );

    // ... and corrects a person's name: the county's form of the feed carries the full citizen ID.
    // (of a household still open to changes: submitted and approved short forms are with the supervisor)
    const { persons: found } = await office<{
      persons: { nodes: { id: string; version: number; name: string; household: { stage: string } }[] };
    }>(
      `query($zone: String!) { persons(filter: { zoneCode: $zone }, first: 100) { nodes { id version name household { stage } } } }`,
      { zone: COUNTY },
      login.token,
    );
    const person = found.nodes.find((node) =>
      ['LISTED', 'ENUMERATING', 'RETURNED'].includes(node.household.stage),
    )!;
    await office(
      `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { userErrors { message } } }`,
      { input: { id: person.id, expectedVersion: person.version, name: `${person.name}改` } },
      login.token,
    );

    const load = async (job: ExportJob) => {
      const copy = new Copy();
      for (const file of job.files) {
        const text = (await county.download(file)).toString('utf8');
        const lines = text.split('\n').filter(Boolean);
        expect(lines).toHaveLength(file.rows);
        const schema = SCHEMAS[file.name.replace('.jsonl', '')];
        for (const line of lines) {
          const row = JSON.parse(line) as { id: string; version: number };
          expect(validateLine(schema, row)).toEqual([]);
          copy.load(row.id, row.version);
        }
      }
      return copy;
    };

    const job = await county.waitForExport(started.job!.id);
    expect(job.rowsWritten).toBe(job.totalRows);
    const copy = await load(job);
    const persons = (await county.download(job.files.find((file) => file.entity === 'PERSONS')!)).toString(
      'utf8',
    );
    // Unmasked: full citizen IDs, including the ones the office recorded.
    expect(persons).toMatch(/"citizenId":"33[0-9]{15}[0-9X]"/);

    const seen: Change[] = [];
    await county.followFeed(job.changesCursor, (change) => {
      seen.push(change);
      copy.apply(change);
    });
    const renamed = seen.find((change) => change.entityId === person.id && change.operation === 'UPDATE');
    expect(renamed?.node?.name).toBe(`${person.name}改`);
    expect(renamed?.node?.citizenId).toMatch(/^[0-9]{17}[0-9X]$/);

    const fresh = await county.startExport({ ...input, idempotencyKey: 'export-contract-0002' });
    const expected = await load(await county.waitForExport(fresh.job!.id));
    expect(copy.versions.size).toBe(expected.versions.size);
    expect(Object.fromEntries(copy.versions)).toEqual(Object.fromEntries(expected.versions));
    expect(copy.versions.get(kept.id)).toBe(kept.version + 1);
    expect(copy.versions.has(dropped.id)).toBe(false);
  });

  it('can only run the documents of the manifest', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${county['token']}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.status).toBe(403);
    const unknown = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${county['token']}` },
      body: JSON.stringify({ documentId: `sha256:${'1'.repeat(64)}` }),
    });
    expect(unknown.status).toBe(400);
    await expect(county.call('Changes', { first: 5000 })).rejects.toMatchObject({
      codes: ['BAD_USER_INPUT'],
    } satisfies Partial<ApiError>);
  });
});
