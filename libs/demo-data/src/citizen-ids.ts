/**
 * Citizen IDs that are valid and unique within one generator run. Random birth days and sequence
 * numbers would collide a few hundred times in a county-sized run (many persons share a region
 * and birth month), and the database keeps IDs unique, so every (region, birth month, sex) gets
 * its own walk through all its (day, sequence) slots instead.
 */
import { makeCitizenId, Sex } from '@census/rules';

import { hashSeed } from './random';

// Days 1-28 exist in every month, so a slot never needs the calendar.
const DAYS = 28;
// Sequences 001-998 of one parity: 499 per sex.
const SEQUENCES = 499;
const SLOTS = DAYS * SEQUENCES;
// Coprime with SLOTS (= 2^2 * 7 * 499), so the walk visits every slot before repeating one.
const STRIDE = 7919;

export class CitizenIdAllocator {
  private readonly used = new Map<string, { start: number; count: number }>();

  constructor(private readonly seed: number) {}

  /** A fresh ID for a person born in `year`-`month`, registered (first) in `regionCode6`. */
  next(regionCode6: string, year: number, month: number, sex: Sex): string {
    const key = `${regionCode6}${year}${month}${sex}`;
    let walk = this.used.get(key);
    if (!walk) {
      walk = { start: hashSeed(this.seed, key) % SLOTS, count: 0 };
      this.used.set(key, walk);
    }
    if (walk.count >= SLOTS) {
      throw new RangeError(
        `more than ${SLOTS} persons of one sex born ${year}-${month} in region ${regionCode6}`,
      );
    }
    const slot = (walk.start + walk.count * STRIDE) % SLOTS;
    walk.count++;
    const day = 1 + (slot % DAYS);
    const sequence = 2 * Math.floor(slot / DAYS) + (sex === Sex.MALE ? 1 : 2);
    return makeCitizenId(regionCode6, { year, month, day }, sequence, sex);
  }
}
