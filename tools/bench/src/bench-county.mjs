/**
 * The generated benchmark county shared by the progress and integration benchmarks: 330110 with 36 townships,
 * 900 census zones, 3,600 small zones, 360,000 households and about 973,000 persons, kept in .data/bench-progress
 * (git-ignored). The first run generates and loads it through the demo seed's bulk loader (a few minutes);
 * later runs reuse it. Also starts the API as its own process on it.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const WORKSPACE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const COUNTY = '330110';
export const TOWNSHIPS = 36;
const CENSUS_ZONES_PER_TOWNSHIP = 25;
/** @type {[number, number]} */
const SMALL_ZONES = [4, 4];
/** @type {[number, number]} */
const HOUSEHOLDS = [100, 100];
export const DATA_DIR = path.join(WORKSPACE, '.data', 'bench-progress');

export const log = (line) => process.stderr.write(`${line}\n`);

/**
 * Opens (and on the first run generates) the county; answers the API library, the database and its size.
 * `dataDir` and `townships` make another, larger county (the peer benchmark's, about 27,000 persons per
 * township). Loading is resumable: each transaction loads whole small zones, and a later run skips the small
 * zones already there (the generator is deterministic: the same seed gives the same zones), so an interrupted
 * first run continues where it stopped. The county is complete once its accounts exist and ANALYZE ran.
 */
export async function openBenchCounty({ dataDir = DATA_DIR, townships = TOWNSHIPS } = {}) {
  process.env.DATA_DIR = dataDir;
  const api = require('@census/api');
  const demo = require('@census/demo-data');
  const database = await api.openDevelopmentDatabase();
  const db = api.createDataSource({ url: database.url, poolSize: 4 });
  await db.initialize();
  await api.migrate(db);
  const secrets = await api.loadSecrets(dataDir);

  const [{ n: complete }] = await db.query(`SELECT count(*)::int AS n FROM account WHERE username = 'admin'`);
  if (complete === 0) {
    const started = performance.now();
    const crypto = new api.FieldCrypto(secrets.fieldKeys);
    const divisions = demo.syntheticCounty(COUNTY, townships, CENSUS_ZONES_PER_TOWNSHIP);
    const [{ n: zones }] = await db.query(`SELECT count(*)::int AS n FROM zone WHERE code LIKE $1`, [
      `${COUNTY}%`,
    ]);
    if (zones === 0) await db.transaction((tx) => api.insertZones(tx, divisions));
    const loaded = new Set(
      (
        await db.query(`SELECT code FROM zone WHERE code LIKE $1 AND level = 'SMALL_ZONE'`, [`${COUNTY}%`])
      ).map((row) => row.code),
    );
    if (loaded.size) log(`  resuming: ${loaded.size} small zones are loaded already`);
    const censusZones = divisions.filter((zone) => zone.level === 'CENSUS_ZONE');
    let batch = [];
    let persons = 0;
    let households = 0;
    const flush = async () => {
      await db.transaction((tx) => api.insertSmallZones(tx, batch, crypto));
      batch = [];
    };
    for (const smallZone of demo.generateSmallZones(censusZones, {
      smallZonesPerCensusZone: SMALL_ZONES,
      householdsPerSmallZone: HOUSEHOLDS,
    })) {
      persons += smallZone.persons.length;
      households += smallZone.households.length;
      if (households % 36000 === 0) log(`  ${households} households, ${persons} persons`);
      if (loaded.has(smallZone.zone.code)) continue;
      batch.push(smallZone);
      if (batch.length === 20) await flush();
    }
    if (batch.length) await flush();
    await db.query('ANALYZE');
    await api.seedDemoAccounts(db, COUNTY); // last: its admin account marks the county complete
    log(
      `Generated county ${COUNTY}: ${households} households, ${persons} persons in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
  }
  const [size] = await db.query(
    `SELECT (SELECT count(*)::int FROM household WHERE small_zone_code LIKE $1) AS households,
            (SELECT count(*)::int FROM person WHERE small_zone_code LIKE $1) AS persons,
            (SELECT count(*)::int FROM zone WHERE code LIKE $1 AND level = 'SMALL_ZONE') AS small_zones`,
    [`${COUNTY}%`],
  );
  log(
    `County ${COUNTY}: ${size.small_zones} small zones, ${size.households} households, ${size.persons} persons`,
  );
  return { api, database, db, size, secrets };
}

/**
 * Starts the built API (apps/api/dist/main.js) as its own process on the county's database; `nodeArgs` go to
 * node before the script (e.g. --cpu-prof).
 */
export async function startApiProcess(databaseUrl, env = {}, nodeArgs = [], dataDir = DATA_DIR) {
  const port = 4300 + Math.floor(Math.random() * 500);
  const child = spawn(
    process.execPath,
    [...nodeArgs, path.join(WORKSPACE, 'apps', 'api', 'dist', 'main.js')],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        SEED_DEMO: 'false',
        API_WORKERS: '1',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise((resolve, reject) => {
    // The API logs every request: once it is ready, its output is read and dropped (kept, it would grow without
    // end; unread, a full pipe would block the API's log writes).
    let out = '';
    let started = false;
    child.stdout.on('data', (chunk) => {
      out = (out + chunk).slice(-4000);
      if (!started && out.includes('Census API ready at')) {
        started = true;
        resolve(undefined);
      }
    });
    child.once('exit', (code) => reject(new Error(`API exited with ${code}: ${out}`)));
  });
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}
