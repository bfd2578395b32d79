import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { makeCitizenId, Sex } from '@census/rules';

import { useCli } from './use-cli';

interface Summary {
  read: number;
  accepted: number;
  rejected: number;
  alreadyPresent: number;
  batches: number;
  replayedBatches: number;
  replayed: { rows: number; accepted: number; alreadyPresent: number; rejected: number };
  run: { id: string; startedAt: string; resumed: boolean };
  rejectFile: string | null;
}

/**
 * A proxy in front of the API that passes everything except the import batches holding none of `passRows`: those
 * answer 502 Bad Gateway, as when the connection to the server is lost in the middle of a file. A batch holding one
 * of `loseAnswerRows` reaches the server, but its answer is lost on the way back (502 too).
 */
async function lossyProxy(
  target: string,
  passRows: number[],
  loseAnswerRows: number[] = [],
): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const { variables } = JSON.parse(body.toString('utf8')) as {
        variables?: { input?: { idempotencyKey?: string; rows?: { row: number }[] } };
      };
      const rows = variables?.input?.rows;
      const loseAnswer = rows?.some((r) => loseAnswerRows.includes(r.row)) ?? false;
      if (rows && !loseAnswer && !rows.some((r) => passRows.includes(r.row))) {
        response.writeHead(502, { 'content-type': 'text/plain' }).end('upstream gone');
        return;
      }
      const headers = Object.fromEntries(
        Object.entries(request.headers).filter(
          ([name]) => !['host', 'content-length', 'connection'].includes(name),
        ),
      ) as Record<string, string>;
      fetch(`${target}/graphql`, { method: 'POST', headers, body }).then(
        async (answer) => {
          if (loseAnswer) {
            await answer.arrayBuffer();
            response.writeHead(502, { 'content-type': 'text/plain' }).end('upstream gone');
            return;
          }
          response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? '' });
          response.end(Buffer.from(await answer.arrayBuffer()));
        },
        () => response.writeHead(502).end(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('census-admin import: runs', () => {
  const { cli, env } = useCli();

  beforeAll(async () => {
    const login = await cli(['login', '--username', 'admin', '--password-stdin'], 'census-demo-2020\n');
    expect(login.code).toBe(0);
  });

  async function write(name: string, content: string): Promise<string> {
    const file = path.join(env.home, name);
    await writeFile(file, content);
    return file;
  }

  async function importJson(target: string, file: string, ...extra: string[]) {
    const result = await cli(['import', target, file, '--json', ...extra]);
    return { ...result, summary: result.stdout ? (JSON.parse(result.stdout) as Summary) : null };
  }

  it('retries the rows rejected for a missing zone once it exists: the same file, unchanged', async () => {
    // A village that does not exist yet, small zones under it, and registry persons living in it.
    const village = '330106002951';
    const smallZones = await write(
      'new-small-zones.csv',
      `code,name\n330106002051951,北山第951普查小区\n${village}001,新村第1普查小区\n${village}002,新村第2普查小区\n`,
    );
    const person = (day: number, name: string, zone: string) => {
      const id = makeCitizenId('330106', { year: 1980, month: 3, day }, 500 + day, Sex.MALE);
      return `${id},${name},男,1980-03-${String(day).padStart(2, '0')},新村${day}号,330106002951${String(day).padStart(3, '0')},${zone}\n`;
    };
    const registry = await write(
      'new-village-registry.csv',
      'citizen_id,name,sex,birth_date,address,registry_household_number,zone_code\n' +
        person(1, '李一', '330106002051') +
        person(2, '李二', village) +
        person(3, '李三', '330106002051'),
    );

    const zonesBefore = await importJson('zones', smallZones);
    expect(zonesBefore).toMatchObject({ code: 1, summary: { read: 3, accepted: 1, rejected: 2 } });
    const registryBefore = await importJson('registry', registry);
    expect(registryBefore).toMatchObject({ code: 1, summary: { read: 3, accepted: 2, rejected: 1 } });
    expect(await readFile(`${registry}.rejects.csv`, 'utf8')).toContain('3,zoneCode,');

    // The cause is fixed: the village is imported.
    const villages = await write('new-village.csv', `code,name\n${village},新村村委会\n`);
    expect(await importJson('zones', villages)).toMatchObject({ code: 0, summary: { accepted: 1 } });

    // The same files again: the rows rejected before are accepted now, the others are already present.
    const zonesAfter = await importJson('zones', smallZones);
    expect(zonesAfter).toMatchObject({
      code: 0,
      summary: { read: 3, accepted: 2, alreadyPresent: 1, rejected: 0, replayedBatches: 0, rejectFile: null },
    });
    const registryAfter = await importJson('registry', registry);
    expect(registryAfter).toMatchObject({
      code: 0,
      summary: { read: 3, accepted: 1, alreadyPresent: 2, rejected: 0, replayedBatches: 0 },
    });
    // The rows of one file are still told from duplicates: a third run changes nothing and rejects nothing.
    expect(await importJson('registry', registry)).toMatchObject({
      code: 0,
      summary: { accepted: 0, alreadyPresent: 3, rejected: 0 },
    });
    // Every run is a new one; none of them left a journal behind.
    expect(zonesAfter.summary?.run.id).not.toBe(zonesBefore.summary?.run.id);
    expect(await readdir(path.join(env.home, 'imports'))).toEqual([]);
  });

  it('resumes an interrupted run exactly once: its batches replayed, the rest sent, and says so', async () => {
    const file = await write(
      'interrupted-small-zones.csv',
      'code,name\n' +
        [1, 2, 3, 4, 5, 6].map((n) => `33010600205196${n},北山第96${n}普查小区`).join('\n') +
        '\n',
    );
    // The connection is lost after the first batch (rows 2 and 3) went through; the second (rows 4 and 5) reached
    // the server but its answer was lost; the third never arrived.
    const proxy = await lossyProxy(env.api.url, [2, 3], [4, 5]);
    try {
      const lost = await cli(['import', 'zones', file, '--batch-size', '2', '--url', proxy.url]);
      expect(lost.code).toBe(2);
      expect(lost.stderr).toContain('502');
      expect(lost.stderr).toContain('run the same command again to resume it');
    } finally {
      await new Promise((resolve) => proxy.server.close(resolve));
    }
    const [journalName] = await readdir(path.join(env.home, 'imports'));
    const journal = JSON.parse(await readFile(path.join(env.home, 'imports', journalName), 'utf8')) as {
      runId: string;
      startedAt: string;
      batchSize: number;
      batchesDone: number;
    };
    expect(journal).toMatchObject({ batchSize: 2, batchesDone: 1 });

    // Run again (the batch size is the interrupted attempt's): the first two batches are answered from the
    // server's record, not applied again — had they been, their rows would count as already present.
    const resumed = await cli(['import', 'zones', file]);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain('Resuming the interrupted run');
    expect(resumed.stderr).toContain('继续');
    expect(resumed.stdout).toContain(
      'read 6, accepted 6, rejected 0, already present 0 (3 batches, 2 of them replayed',
    );
    expect(resumed.stdout).toContain(
      `from the interrupted attempt of this run (started ${journal.startedAt})`,
    );
    expect(resumed.stdout).toContain(
      'their 4 rows were answered then (accepted 4, rejected 0, already present 0)',
    );
    await expect(readdir(path.join(env.home, 'imports'))).resolves.toEqual([]);

    // The run is complete: running the file again is a new run that says what it did, not "accepted 6".
    const again = await cli(['import', 'zones', file]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('read 6, accepted 0, rejected 0, already present 6 (1 batch;');
    expect(again.stdout).not.toContain('replayed');
  });

  it('starts over with --restart, and --resume is the default', async () => {
    const file = await write(
      'restarted-small-zones.csv',
      'code,name\n' + [1, 2, 3, 4].map((n) => `33010600205197${n},北山第97${n}普查小区`).join('\n') + '\n',
    );
    const proxy = await lossyProxy(env.api.url, [2, 3]);
    try {
      const lost = await importJson('zones', file, '--batch-size', '2', '--url', proxy.url);
      expect(lost.code).toBe(2);
    } finally {
      await new Promise((resolve) => proxy.server.close(resolve));
    }
    expect(await importJson('zones', file, '--resume', '--restart')).toMatchObject({ code: 2 });
    const restarted = await importJson('zones', file, '--restart', '--batch-size', '2');
    expect(restarted).toMatchObject({
      code: 0,
      summary: { read: 4, accepted: 2, alreadyPresent: 2, replayedBatches: 0, run: { resumed: false } },
    });
    expect(await readdir(path.join(env.home, 'imports'))).toEqual([]);
  });

  it('writes the reject file elsewhere when it cannot be written beside the input, and says where', async () => {
    const folder = path.join(env.home, 'shipped');
    await mkdir(folder);
    const file = path.join(folder, 'bad-zones.csv');
    await writeFile(file, 'code,name\n3301060020519,坏代码\n');
    // Stands for a read-only folder (node_modules, a mounted share): something that cannot be opened for writing.
    await mkdir(`${file}.rejects.csv`);
    const result = await importJson('zones', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('rejected rows go to');
    const fallback = result.summary?.rejectFile ?? '';
    expect(fallback.startsWith(path.join(env.home, 'rejects'))).toBe(true);
    expect(await readFile(fallback, 'utf8')).toContain('2,code,');

    // A reject file named with --rejects that cannot be written: a usage error before anything is sent.
    const named = await cli([
      'import',
      'zones',
      file,
      '--rejects',
      path.join(env.home, 'no', 'such', 'x.csv'),
    ]);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('Cannot write the reject file');
    expect(named.stderr).toContain('ENOENT');

    const missing = await cli(['import', 'zones', path.join(folder, 'no-such.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot read');
  });
});
