#!/usr/bin/env node
/**
 * Integration benchmark (issue 7), on the generated county of about 1,000,000 persons (bench-county.mjs):
 *
 * 1. bulk export of the whole county (zones, buildings, households, persons; JSONL, unmasked as the county system
 *    asks for it, then CSV masked): rows/s from the job's own start and finish, and the API process's resident
 *    memory sampled every 100 ms during the export (peak and growth over the idle process), plus the peak of the
 *    process's whole life (VmHWM);
 * 2. change feed: 100,000 changes committed (household updates in batches of 1,000), then followed from the
 *    cursor taken before them with pages of 1,000 and every entity's current state: changes/s.
 *
 * Usage: node tools/bench/src/integration-bench.mjs [--changes N] [--skip-export] [--skip-feed]
 * Prints one JSON object on stdout, progress on stderr. All traffic stays on 127.0.0.1.
 */
/* global fetch -- Node 20 has a global fetch; the lint environment of this folder predates it.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';

import { COUNTY, DATA_DIR, log, openBenchCounty, startApiProcess } from './bench-county.mjs';

const { values } = parseArgs({
  options: {
    changes: { type: 'string', default: '100000' },
    'skip-export': { type: 'boolean', default: false },
    'skip-feed': { type: 'boolean', default: false },
  },
});
const CHANGES = Number(values.changes);

const { api, database, db, size } = await openBenchCounty();
const token = api.newApiToken();
await db.query(
  `INSERT INTO api_token (account_id, token_hash, label)
   SELECT id, $1, 'integration bench' FROM account WHERE username = 'county-system'`,
  [api.hashApiToken(token)],
);
const server = await startApiProcess(database.url, {
  TRUSTED_DOCUMENTS_REQUIRED_FOR: 'none',
  EXPORT_DIR: `${DATA_DIR}/exports`,
});

async function graphql(query, variables = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const answer = /** @type {{ data?: any; errors?: unknown[] }} */ (await response.json());
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

/** Resident memory of the API process in MB (VmRSS), and its peak over its life (VmHWM). */
async function memory() {
  const status = await readFile(`/proc/${server.child.pid}/status`, 'utf8');
  const kb = (field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1]);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

const JOB = `id status totalRows rowsWritten startedAt finishedAt error files { name rows bytes sha256 url }`;

async function exportCounty(format, unmasked, key) {
  const idle = await memory();
  const started = await graphql(
    `
      mutation ($input: StartExportInput!) {
        startExport(input: $input) {
          job {
            id
          }
          userErrors {
            message
          }
        }
      }
    `,
    {
      input: {
        zoneCode: COUNTY,
        entities: ['ZONES', 'BUILDINGS', 'HOUSEHOLDS', 'PERSONS'],
        format,
        unmasked,
        idempotencyKey: `${key}-${Date.now()}`,
      },
    },
  );
  const id = started.startExport.job.id;
  let peak = idle.rss;
  let job;
  // Resident memory when the export passed 10 %, 25 %, 50 %, 75 % and 90 % of its rows: flat means no trend.
  const marks = [0.1, 0.25, 0.5, 0.75, 0.9];
  const rssByProgress = {};
  for (;;) {
    const { rss } = await memory();
    peak = Math.max(peak, rss);
    ({ node: job } = await graphql(`query($id: ID!) { node(id: $id) { ... on ExportJob { ${JOB} } } }`, {
      id,
    }));
    while (marks.length && job.totalRows && job.rowsWritten >= marks[0] * job.totalRows) {
      rssByProgress[`${(marks.shift() ?? 0) * 100}%`] = Math.round(rss);
    }
    if (job.status === 'COMPLETED' || job.status === 'FAILED') break;
    await sleep(100);
  }
  if (job.status !== 'COMPLETED') throw new Error(`export failed: ${job.error}`);
  const seconds = (Date.parse(job.finishedAt) - Date.parse(job.startedAt)) / 1000;
  // Download the persons file over its signed link and check it, as the county system would.
  const persons = job.files.find((file) => file.name.startsWith('persons'));
  const downloadStarted = performance.now();
  const response = await fetch(persons.url);
  const hash = createHash('sha256');
  let bytes = 0;
  if (!response.body) throw new Error(`no body in the download of ${persons.name}`);
  for await (const chunk of response.body) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  const downloadSeconds = (performance.now() - downloadStarted) / 1000;
  if (hash.digest('hex') !== persons.sha256 || bytes !== persons.bytes) throw new Error('checksum mismatch');
  const result = {
    format,
    unmasked,
    rows: job.rowsWritten,
    files: job.files.map((file) => `${file.name} ${file.rows} rows ${(file.bytes / 1e6).toFixed(1)} MB`),
    seconds: +seconds.toFixed(1),
    rowsPerSecond: Math.round(job.rowsWritten / seconds),
    serverRssIdleMb: +idle.rss.toFixed(0),
    serverRssPeakDuringExportMb: +peak.toFixed(0),
    serverRssGrowthMb: +(peak - idle.rss).toFixed(0),
    serverRssMbByProgress: rssByProgress,
    personsDownloadMBps: +(bytes / 1e6 / downloadSeconds).toFixed(0),
  };
  log(
    `export ${format}${unmasked ? ' unmasked' : ''}: ${result.rows} rows in ${result.seconds} s = ${result.rowsPerSecond} rows/s; ` +
      `server RSS ${result.serverRssIdleMb} MB idle, ${result.serverRssPeakDuringExportMb} MB peak (+${result.serverRssGrowthMb} MB), ` +
      `by progress ${JSON.stringify(rssByProgress)}`,
  );
  return result;
}

const FEED = `query($after: String, $first: Int!) {
  changes(after: $after, first: $first) {
    changes { type operation entityId zoneCode version recordedAt
      node { id ... on Household { smallZoneCode number status stage version } } }
    endCursor hasMore
  }
}`;

async function feed() {
  const { changesCursor } = await graphql(`
    {
      changesCursor
    }
  `);
  const ids = (
    await db.query(`SELECT id FROM household WHERE small_zone_code LIKE $1 ORDER BY id LIMIT $2`, [
      `${COUNTY}%`,
      CHANGES,
    ])
  ).map((row) => row.id);
  const writeStarted = performance.now();
  for (let i = 0; i < ids.length; i += 1000) {
    await db.query(
      `UPDATE household SET version = version + 1, updated_at = now() WHERE id = ANY($1::bigint[])`,
      [ids.slice(i, i + 1000)],
    );
  }
  const writeSeconds = (performance.now() - writeStarted) / 1000;
  log(`committed ${ids.length} household updates in ${writeSeconds.toFixed(1)} s`);

  const started = performance.now();
  let after = changesCursor;
  let received = 0;
  let pages = 0;
  for (;;) {
    const { changes } = await graphql(FEED, { after, first: 1000 });
    received += changes.changes.length;
    pages += 1;
    after = changes.endCursor;
    if (!changes.hasMore) break;
  }
  const seconds = (performance.now() - started) / 1000;
  if (received !== ids.length) throw new Error(`feed delivered ${received} changes, expected ${ids.length}`);
  const result = {
    changes: received,
    pages,
    seconds: +seconds.toFixed(1),
    changesPerSecond: Math.round(received / seconds),
    writerChangesPerSecond: Math.round(ids.length / writeSeconds),
  };
  log(
    `change feed: ${received} changes in ${pages} pages, ${result.seconds} s = ${result.changesPerSecond} changes/s`,
  );
  return result;
}

const result = {
  county: `${COUNTY} (${size.small_zones} small zones, ${size.households} households, ${size.persons} persons)`,
};
try {
  if (!values['skip-export']) {
    result.exportJsonlUnmasked = await exportCounty('JSONL', true, 'bench-jsonl');
    result.exportCsvMasked = await exportCounty('CSV', false, 'bench-csv');
  }
  if (!values['skip-feed']) result.changeFeed = await feed();
  result.serverPeakRssOverItsLifeMb = +(await memory()).hwm.toFixed(0);
  console.log(JSON.stringify(result, null, 2));
} finally {
  await server.stop();
  await db.destroy();
  await database.stop();
}
