import { createHmac } from 'node:crypto';

import type { EntityManager } from 'typeorm';

import { isLongFormSampled, longFormStart } from '@census/rules';

import type { FieldCrypto } from '../privacy/field-crypto';

type Queryable = Pick<EntityManager, 'query'>;

/** The label the sample's key is derived with from the keyed-hash key: a key of its own, used for nothing else. */
const SAMPLE_KEY_LABEL = 'census long-form sample key v1';

/**
 * Which households fill the long form (docs/long-form.md): household n of a small zone is sampled when
 * n ≡ start (mod 10), the start being longFormStart(HMAC-SHA-256(sample key, small-zone code)). The sample key is
 * derived from DATA_HASH_KEY (HMAC with a fixed label), so the start is reproducible by the server, differs between
 * small zones and cannot be computed, so not steered, without the server's secret. The answer is kept on the
 * household row (`long_form_sampled`) when it is listed: a later change of keys moves no household listed before.
 */
export class LongFormSampler {
  private readonly key: Buffer;
  private readonly starts = new Map<string, number>();

  constructor(crypto: FieldCrypto) {
    this.key = crypto.digest(SAMPLE_KEY_LABEL);
  }

  /** The small zone's start, 1..10. */
  start(smallZoneCode: string): number {
    let start = this.starts.get(smallZoneCode);
    if (start === undefined) {
      start = longFormStart(createHmac('sha256', this.key).update(smallZoneCode, 'utf8').digest());
      if (this.starts.size > 10_000) this.starts.clear();
      this.starts.set(smallZoneCode, start);
    }
    return start;
  }

  /** Whether household `number` ('001'-'999') of the small zone fills the long form. */
  sampled(smallZoneCode: string, number: string): boolean {
    return isLongFormSampled(number, this.start(smallZoneCode));
  }
}

/**
 * Decides the sample for households whose `long_form_sampled` is still null (listed before the long form existed,
 * or written by hand in SQL), one county at a time; run at the start of the API, after the migrations. Answers the
 * number of households decided.
 */
export async function backfillLongFormSample(db: Queryable, sampler: LongFormSampler): Promise<number> {
  const counties = await db.query<{ county_code: string }[]>(
    `SELECT DISTINCT county_code FROM household WHERE long_form_sampled IS NULL`,
  );
  let decided = 0;
  for (const { county_code: county } of counties) {
    const rows = await db.query<{ id: string; small_zone_code: string; number: string }[]>(
      `SELECT id::text AS id, small_zone_code, "number" FROM household
        WHERE county_code = $1 AND long_form_sampled IS NULL`,
      [county],
    );
    const sampled = rows.map((row) => sampler.sampled(row.small_zone_code, row.number));
    await db.query(
      `UPDATE household h SET long_form_sampled = s.sampled
         FROM unnest($2::bigint[], $3::boolean[]) AS s(id, sampled)
        WHERE h.county_code = $1 AND h.id = s.id AND h.long_form_sampled IS NULL`,
      [county, rows.map((row) => row.id), sampled],
    );
    decided += rows.length;
  }
  return decided;
}
