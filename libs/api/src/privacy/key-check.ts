import type { EntityManager } from 'typeorm';

/** A DataSource or a transaction's EntityManager. */
type Queryable = Pick<EntityManager, 'query'>;
import { FieldCrypto, type FieldKeys } from './field-crypto';

const CHECK_TEXT = 'census field key check v1';
export const ENCRYPTION_KEY = 'DATA_ENCRYPTION_KEY';
export const HASH_KEY = 'DATA_HASH_KEY';

/** The start is refused: the keys given are not those the database's sealed values were made with. */
export class KeyMismatchError extends Error {
  override readonly name = 'KeyMismatchError';
  constructor(readonly keys: string[]) {
    super(
      `${keys.join(' 和 ')} 与本数据库首次启动时使用的密钥不一致，拒绝启动：请使用创建该数据库时的密钥（轮换密钥见 docs/operations.md）。 ` +
        `${keys.join(' and ')} ${keys.length > 1 ? 'differ' : 'differs'} from the key${keys.length > 1 ? 's' : ''} this database was first started with; ` +
        'refusing to start: set the key this database was created with (to rotate keys, see docs/operations.md).',
    );
  }
}

interface Row {
  name: string;
  check_value: Buffer;
}

function encryptionMatches(crypto: FieldCrypto, value: Buffer): boolean {
  try {
    return crypto.open(value) === CHECK_TEXT;
  } catch {
    return false;
  }
}

/**
 * The names of the field keys that are not those the database's sealed values were made with: compared with the
 * check values kept in the database, or, where there are none yet (a database from before the check), tried
 * against one of its sealed values. Reads only.
 */
export async function mismatchedFieldKeys(dataSource: Queryable, keys: FieldKeys): Promise<string[]> {
  const crypto = new FieldCrypto(keys);
  const stored = await readChecks(dataSource);
  const wrong: string[] = [];
  const encryption = stored.get(ENCRYPTION_KEY);
  if (encryption && !encryptionMatches(crypto, encryption)) wrong.push(ENCRYPTION_KEY);
  const hash = stored.get(HASH_KEY);
  if (hash && !crypto.digest(CHECK_TEXT).equals(hash)) wrong.push(HASH_KEY);
  const missing = [ENCRYPTION_KEY, HASH_KEY].filter((name) => !stored.has(name));
  if (missing.length > 0) wrong.push(...(await sealedDataMismatch(dataSource, crypto, missing)));
  return wrong;
}

/**
 * Compares the field keys with the database (mismatchedFieldKeys) and refuses (KeyMismatchError) on a
 * difference; the first start writes the check values. Answers the names of the check values written.
 */
export async function verifyFieldKeys(dataSource: Queryable, keys: FieldKeys): Promise<string[]> {
  const wrong = await mismatchedFieldKeys(dataSource, keys);
  if (wrong.length > 0) throw new KeyMismatchError(wrong);
  const stored = await readChecks(dataSource);
  const missing = [ENCRYPTION_KEY, HASH_KEY].filter((name) => !stored.has(name));
  if (missing.length === 0) return [];
  const crypto = new FieldCrypto(keys);
  const values: Record<string, Buffer> = {
    [ENCRYPTION_KEY]: crypto.seal(CHECK_TEXT),
    [HASH_KEY]: crypto.digest(CHECK_TEXT),
  };
  // Another process starting at the same time may win: then its values are the ones compared below.
  for (const name of missing) {
    await dataSource.query(
      'INSERT INTO key_check (name, check_value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
      [name, values[name]],
    );
  }
  const raced = await mismatchedFieldKeys(dataSource, keys);
  if (raced.length > 0) throw new KeyMismatchError(raced);
  return missing;
}

async function readChecks(dataSource: Queryable): Promise<Map<string, Buffer>> {
  const rows = await dataSource.query<Row[]>('SELECT name, check_value FROM key_check');
  return new Map(rows.map((row) => [row.name, row.check_value]));
}

/** A database sealed before check values existed: one sealed citizen ID (or phone) must open with these keys. */
async function sealedDataMismatch(
  dataSource: Queryable,
  crypto: FieldCrypto,
  names: string[],
): Promise<string[]> {
  type Sample = { sealed: Buffer; hash: Buffer };
  const persons = await dataSource.query<Sample[]>(
    `SELECT citizen_id_sealed AS sealed, citizen_id_hash AS hash FROM person
      WHERE citizen_id_sealed IS NOT NULL AND citizen_id_hash IS NOT NULL LIMIT 1`,
  );
  const households = await dataSource.query<Sample[]>(
    `SELECT phone_sealed AS sealed, phone_hash AS hash FROM household
      WHERE phone_sealed IS NOT NULL AND phone_hash IS NOT NULL LIMIT 1`,
  );
  const [sample] = [...persons, ...households];
  if (!sample) return [];
  let value: string;
  try {
    value = crypto.open(sample.sealed);
  } catch {
    return names.includes(ENCRYPTION_KEY) ? [ENCRYPTION_KEY] : [];
  }
  // Hashes are made of the normalized value: upper-cased citizen IDs, digits-only phone numbers.
  const normalized = [value, value.trim().toUpperCase(), value.replace(/\D/g, '')];
  if (
    names.includes(HASH_KEY) &&
    !normalized.some((candidate) => crypto.digest(candidate).equals(sample.hash))
  ) {
    return [HASH_KEY];
  }
  return [];
}
