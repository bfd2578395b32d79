import type { DataSource } from 'typeorm';

import { demoDivisions, generateSmallZones } from '@census/demo-data';
import { ZoneLevel } from '@census/rules';
import { createTestDatabase, type TestDatabase } from '@census/testing';

import { createDataSource, migrate } from '../src/database/data-source';
import { insertSmallZones, insertZones } from '../src/demo/bulk-insert';
import { FieldCrypto, type FieldKeys, randomFieldKeys } from '../src/privacy/field-crypto';
import { KeyMismatchError, verifyFieldKeys } from '../src/privacy/key-check';
import { rotateFieldKeys } from '../src/privacy/rotate-keys';

describe('field key check at start', () => {
  let database: TestDatabase;
  let db: DataSource;
  const keys = randomFieldKeys();
  const other = randomFieldKeys();

  beforeAll(async () => {
    database = await createTestDatabase('key_check');
    db = createDataSource({ url: database.url, poolSize: 2 });
    await db.initialize();
    await migrate(db);
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  const refusal = (given: FieldKeys) =>
    verifyFieldKeys(db, given).then(
      () => null,
      (error: unknown) => error,
    );

  it('keeps check values from the first start, never the keys, and refuses a start with another key, naming it', async () => {
    expect((await verifyFieldKeys(db, keys)).sort()).toEqual(['DATA_ENCRYPTION_KEY', 'DATA_HASH_KEY']);
    const rows = await db.query<{ name: string; check_value: Buffer }[]>(
      'SELECT name, check_value FROM key_check',
    );
    expect(rows).toHaveLength(2);
    for (const { check_value } of rows) {
      expect(check_value.includes(keys.encryptionKey)).toBe(false);
      expect(check_value.includes(keys.hashKey)).toBe(false);
    }
    expect(await verifyFieldKeys(db, keys)).toEqual([]);

    const wrongEncryption = await refusal({ encryptionKey: other.encryptionKey, hashKey: keys.hashKey });
    expect(wrongEncryption).toBeInstanceOf(KeyMismatchError);
    expect((wrongEncryption as KeyMismatchError).keys).toEqual(['DATA_ENCRYPTION_KEY']);
    expect((wrongEncryption as Error).message).toMatch(
      /^DATA_ENCRYPTION_KEY 与本数据库首次启动时使用的密钥不一致，拒绝启动/,
    );
    expect((wrongEncryption as Error).message).toContain('refusing to start');

    const wrongHash = await refusal({ encryptionKey: keys.encryptionKey, hashKey: other.hashKey });
    expect((wrongHash as KeyMismatchError).keys).toEqual(['DATA_HASH_KEY']);
    expect(((await refusal(other)) as KeyMismatchError).keys).toEqual([
      'DATA_ENCRYPTION_KEY',
      'DATA_HASH_KEY',
    ]);
    // A refused start leaves the check values as they were.
    expect(await verifyFieldKeys(db, keys)).toEqual([]);
  });

  it('checks a database sealed before check values existed against its sealed data, then writes them', async () => {
    const divisions = demoDivisions();
    const censusZone = divisions.filter((zone) => zone.level === ZoneLevel.CENSUS_ZONE).slice(0, 1);
    await db.transaction(async (tx) => {
      await insertZones(tx, divisions);
      await insertSmallZones(
        tx,
        [
          ...generateSmallZones(censusZone, {
            smallZonesPerCensusZone: [1, 1],
            householdsPerSmallZone: [5, 5],
          }),
        ],
        new FieldCrypto(keys),
      );
    });
    const [{ sealed }] = await db.query<{ sealed: string }[]>(
      'SELECT count(*)::text AS sealed FROM person WHERE citizen_id_sealed IS NOT NULL',
    );
    expect(Number(sealed)).toBeGreaterThan(0);
    await db.query('DELETE FROM key_check');

    expect(
      ((await refusal({ encryptionKey: other.encryptionKey, hashKey: keys.hashKey })) as KeyMismatchError)
        .keys,
    ).toEqual(['DATA_ENCRYPTION_KEY']);
    expect(
      ((await refusal({ encryptionKey: keys.encryptionKey, hashKey: other.hashKey })) as KeyMismatchError)
        .keys,
    ).toEqual(['DATA_HASH_KEY']);
    expect(await db.query('SELECT name FROM key_check')).toEqual([]);

    expect((await verifyFieldKeys(db, keys)).sort()).toEqual(['DATA_ENCRYPTION_KEY', 'DATA_HASH_KEY']);
    expect(((await refusal(other)) as KeyMismatchError).keys).toEqual([
      'DATA_ENCRYPTION_KEY',
      'DATA_HASH_KEY',
    ]);
  });

  it('rotates the keys: every sealed value and hash under the new keys, self-report codes withdrawn, the feed untouched', async () => {
    const oldCrypto = new FieldCrypto(keys);
    await db.query(
      `UPDATE household SET self_report_code_hash = $1, self_report_issued_at = now() WHERE id = (SELECT min(id) FROM household)`,
      [oldCrypto.digest('self-report:ABCD1234')],
    );
    type Sealed = { id: string; sealed: Buffer; hash: Buffer };
    const persons = () =>
      db.query<Sealed[]>(
        'SELECT id::text, citizen_id_sealed AS sealed, citizen_id_hash AS hash FROM person WHERE citizen_id_sealed IS NOT NULL ORDER BY id',
      );
    const phones = () =>
      db.query<Sealed[]>(
        'SELECT id::text, phone_sealed AS sealed, phone_hash AS hash FROM household WHERE phone_sealed IS NOT NULL ORDER BY id',
      );
    const feedLength = async () =>
      (await db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM change_log'))[0].n;
    const longForms = () =>
      db.query<{ sealed: Buffer }[]>(
        `SELECT long_form_sealed AS sealed FROM household WHERE long_form_sealed IS NOT NULL
         UNION ALL SELECT long_form_sealed FROM person WHERE long_form_sealed IS NOT NULL ORDER BY 1`,
      );
    await db.query(
      `UPDATE household SET long_form = '{"housingSource": {"sealed": true}}', long_form_sealed = $1
        WHERE id = (SELECT max(id) FROM household)`,
      [oldCrypto.seal('{"housingSource":"RENT_OTHER"}')],
    );
    const longFormsBefore = (await longForms()).map((row) => oldCrypto.open(row.sealed)).sort();
    expect(longFormsBefore).toContain('{"housingSource":"RENT_OTHER"}');
    const idsBefore = (await persons()).map((row) => oldCrypto.open(row.sealed));
    const phonesBefore = (await phones()).map((row) => oldCrypto.open(row.sealed));
    expect(phonesBefore.length).toBeGreaterThan(0);
    const feedBefore = await feedLength();

    expect(
      (
        (await rotateFieldKeys(db, other, randomFieldKeys()).catch(
          (error: unknown) => error,
        )) as KeyMismatchError
      ).keys,
    ).toEqual(['DATA_ENCRYPTION_KEY', 'DATA_HASH_KEY']);

    const next = randomFieldKeys();
    // Small batches, so that several follow one another.
    const summary = await rotateFieldKeys(db, keys, next, () => {}, 7);
    expect(summary.resealed['person.citizen_id_sealed']).toBe(idsBefore.length);
    expect(summary.resealed['household.phone_sealed']).toBe(phonesBefore.length);
    expect(summary.selfReportCodesWithdrawn).toBe(1);

    const newCrypto = new FieldCrypto(next);
    const idsAfter = await persons();
    expect(idsAfter.map((row) => newCrypto.open(row.sealed))).toEqual(idsBefore);
    expect(idsAfter.every((row, i) => row.hash.equals(newCrypto.digest(idsBefore[i])))).toBe(true);
    const phonesAfter = await phones();
    expect(phonesAfter.map((row) => newCrypto.open(row.sealed))).toEqual(phonesBefore);
    expect(
      phonesAfter.every((row, i) => row.hash.equals(newCrypto.digest(phonesBefore[i].replace(/\D/g, '')))),
    ).toBe(true);
    // The sealed long-form answers too: they open with the new key only.
    expect((await longForms()).map((row) => newCrypto.open(row.sealed)).sort()).toEqual(longFormsBefore);
    expect(await db.query('SELECT 1 FROM household WHERE self_report_code_hash IS NOT NULL')).toEqual([]);
    expect(await feedLength()).toBe(feedBefore);

    expect(await verifyFieldKeys(db, next)).toEqual([]);
    expect(((await refusal(keys)) as KeyMismatchError).keys).toEqual([
      'DATA_ENCRYPTION_KEY',
      'DATA_HASH_KEY',
    ]);
  });
});
