/**
 * `npm start`: PostgreSQL (embedded in .data/ unless DATABASE_URL is set), migrations, the demo county and its
 * accounts on first run, then the API and its offline explorer on PORT (default 4000). Ctrl-C stops everything.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  createCensusServer,
  createDataSource,
  dataDirectory,
  DEMO_PASSWORD,
  FieldCrypto,
  loadSecrets,
  migrate,
  openDevelopmentDatabase,
  seedDemo,
  seedDemoAccounts,
  Role,
  type Secrets,
} from '@census/api';
import { DEMO_COUNTY_CODE } from '@census/demo-data';

async function seed(dataSource: Parameters<typeof seedDemo>[0], secrets: Secrets): Promise<void> {
  const seeded = await seedDemo(dataSource, new FieldCrypto(secrets.fieldKeys));
  if (seeded) {
    console.log(
      `Seeded the demo county: ${seeded.zones} zones (${seeded.smallZones} small zones), ${seeded.buildings} buildings, ` +
        `${seeded.households} households, ${seeded.persons} persons`,
    );
  }
  const accounts = await seedDemoAccounts(dataSource, DEMO_COUNTY_CODE);
  if (accounts) {
    const tokenFile = path.join(dataDirectory(), 'demo-integration-token.txt');
    await writeFile(tokenFile, `${accounts.integrationToken}\n`, { mode: 0o600 });
    console.log(
      `Demo accounts (password ${DEMO_PASSWORD}): ${Object.entries(accounts.usernames)
        .filter(([, role]) => role !== Role.INTEGRATION)
        .map(([name, role]) => `${name} (${role})`)
        .join(', ')}; API token of county-system in ${tokenFile}`,
    );
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const database = await openDevelopmentDatabase();
  console.log(
    database.embedded ? `PostgreSQL (embedded) ready in ${Date.now() - started} ms` : 'Using DATABASE_URL',
  );
  const dataSource = createDataSource({
    url: database.url,
    poolSize: Number(process.env.DB_POOL_SIZE ?? 10),
  });
  await dataSource.initialize();
  for (const name of await migrate(dataSource)) console.log(`Applied migration ${name}`);
  const secrets = await loadSecrets(dataDirectory());
  if (process.env.SEED_DEMO !== 'false') await seed(dataSource, secrets);
  const server = await createCensusServer({ dataSource, secrets });
  const url = await server.listen(Number(process.env.PORT ?? 4000), process.env.HOST ?? '0.0.0.0');
  console.log(`Census API ready at ${url}/graphql (explorer: ${url}/) in ${Date.now() - started} ms`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    await server.stop();
    await dataSource.destroy();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
