import {
  checkCitizenIdAgreement,
  HouseholdKind,
  HouseholdStage,
  HouseholdStatus,
  LeftRegistrationDuration,
  parseCitizenId,
  RegistrationMethod,
  Relationship,
  Sex,
  validateBirthYearMonth,
  validateBuildingNumber,
  validateFloorArea,
  validateHouseholdNumber,
  validatePersonName,
  validatePhone,
  validateRooms,
  Whereabouts,
} from '@census/rules';

import type { DemoHousehold, DemoPerson } from './index';
import { DEMO_COUNTY_CODE, demoDataset, summarize } from './index';

// The reference moment: nobody in the data may be born after it.
const REFERENCE = new Date(2020, 10, 1);
const { smallZones } = demoDataset();
const households = smallZones.flatMap((z) => z.households);
const persons = smallZones.flatMap((z) => z.persons);
const byHousehold = new Map<string, DemoPerson[]>();
for (const p of persons) {
  const key = p.smallZoneCode + p.householdNumber;
  const list = byHousehold.get(key);
  if (list) list.push(p);
  else byHousehold.set(key, [p]);
}
const membersOf = (h: DemoHousehold): DemoPerson[] => byHousehold.get(h.smallZoneCode + h.number) ?? [];
const share = (n: number, of: number): number => n / of;
const bornInCensusYear = (p: DemoPerson): boolean => p.birthYear * 100 + p.birthMonth >= 201911;

/**
 * Checks over 130,000 persons collect the first few failures instead of calling `expect` per row:
 * one failing row then reads as a list of examples, and the suite runs in seconds.
 */
function violations<T>(rows: readonly T[], check: (row: T) => string | null): string[] {
  const found: string[] = [];
  for (const row of rows) {
    const problem = check(row);
    if (problem !== null) found.push(problem);
    if (found.length >= 5) break;
  }
  return found;
}

describe('demo dataset', () => {
  it('has the size of a district a demo can seed in seconds', () => {
    const totals = summarize(smallZones);
    console.log(`demo totals: ${JSON.stringify(totals)}`);
    expect(totals.censusZones).toBe(222);
    expect(totals.households).toBeGreaterThan(20_000);
    expect(totals.households).toBeLessThan(60_000);
    const ordinary = households.filter(
      (h) => h.status === HouseholdStatus.ORDINARY && h.kind === HouseholdKind.FAMILY,
    );
    const average = ordinary.reduce((sum, h) => sum + membersOf(h).length, 0) / ordinary.length;
    expect(average).toBeGreaterThan(2.5);
    expect(average).toBeLessThan(2.9);
  });

  it('numbers households 001.. uniquely per small zone and puts 1-12 of them in each building', () => {
    const problems = violations(smallZones, (zone) => {
      const numbers = zone.households.map((h) => h.number);
      if (new Set(numbers).size !== numbers.length) return `${zone.zone.code}: duplicate household numbers`;
      const perBuilding = new Map(zone.buildings.map((b) => [b.number, 0]));
      for (const h of zone.households) {
        if (h.smallZoneCode !== zone.zone.code) return `${h.number}: wrong small zone`;
        if (validateHouseholdNumber(h.number).length > 0) return `${zone.zone.code}: bad number ${h.number}`;
        const count = h.buildingNumber === null ? undefined : perBuilding.get(h.buildingNumber);
        if (count === undefined) return `${zone.zone.code}/${h.number}: unknown building ${h.buildingNumber}`;
        perBuilding.set(h.buildingNumber as string, count + 1);
      }
      for (const b of zone.buildings) {
        if (validateBuildingNumber(b.number).length > 0) return `${zone.zone.code}: bad building ${b.number}`;
        const count = perBuilding.get(b.number) ?? 0;
        if (count < 1 || count > 12) return `${zone.zone.code}/${b.number}: ${count} households`;
      }
      return null;
    });
    expect(problems).toEqual([]);
  });

  it('contains every status, stage and kind in roughly the intended mix', () => {
    const count = (f: (h: DemoHousehold) => boolean): number => households.filter(f).length;
    for (const status of Object.values(HouseholdStatus))
      expect(count((h) => h.status === status)).toBeGreaterThan(0);
    for (const stage of Object.values(HouseholdStage))
      expect(count((h) => h.stage === stage)).toBeGreaterThan(0);
    for (const method of Object.values(RegistrationMethod))
      expect(count((h) => h.registrationMethod === method)).toBeGreaterThan(0);
    expect(
      share(
        count((h) => h.status === HouseholdStatus.ORDINARY),
        households.length,
      ),
    ).toBeCloseTo(0.88, 1);
    expect(
      share(
        count((h) => h.kind === HouseholdKind.COLLECTIVE),
        households.length,
      ),
    ).toBeCloseTo(0.01, 2);
    expect(
      share(
        count((h) => h.stage === HouseholdStage.SUBMITTED),
        households.length,
      ),
    ).toBeCloseTo(0.35, 1);
    const reached = (h: DemoHousehold): boolean =>
      h.stage === HouseholdStage.SUBMITTED || h.stage === HouseholdStage.APPROVED;
    const self = (h: DemoHousehold): boolean => h.registrationMethod === RegistrationMethod.SELF_REPORT;
    expect(count((h) => self(h) && !reached(h))).toBe(0);
    expect(
      share(
        count((h) => self(h) && reached(h)),
        count(reached),
      ),
    ).toBeCloseTo(0.28, 1);
    expect(
      violations(households, (h) =>
        h.stage === HouseholdStage.RETURNED && !h.note?.includes('退回') ? h.number : null,
      ),
    ).toEqual([]);
  });

  it('keeps H2 and H3 counts equal to the persons of every household', () => {
    const problems = violations(households, (h) => {
      const members = membersOf(h);
      const n = (f: (p: DemoPerson) => boolean): number => members.filter(f).length;
      const expected = [
        n((p) => p.resident && p.sex === Sex.MALE),
        n((p) => p.resident && p.sex === Sex.FEMALE),
        n((p) => p.registered && !p.resident && p.sex === Sex.MALE),
        n((p) => p.registered && !p.resident && p.sex === Sex.FEMALE),
        n(bornInCensusYear),
      ];
      const actual = [
        h.presentMale,
        h.presentFemale,
        h.absentMale,
        h.absentFemale,
        h.birthsMale + h.birthsFemale,
      ];
      return actual.join() === expected.join()
        ? null
        : `${h.smallZoneCode}/${h.number}: ${actual.join()} != ${expected.join()}`;
    });
    expect(problems).toEqual([]);
  });

  it('gives vacant, away and deceased households the shape the listing rules expect', () => {
    const problems = violations(households, (h) => {
      const members = membersOf(h);
      const where = `${h.smallZoneCode}/${h.number} ${h.status}`;
      const h2 = h.presentMale + h.presentFemale + h.absentMale + h.absentFemale;
      const deaths = h.deathsMale + h.deathsFemale;
      if (h.phone !== null && validatePhone(h.phone).length > 0) return `${where}: phone ${h.phone}`;
      switch (h.status) {
        case HouseholdStatus.VACANT:
          return members.length > 0 || h2 > 0 || deaths > 0 || h.note === null ? `${where}: not empty` : null;
        case HouseholdStatus.DECEASED:
          return members.length > 0 || h2 > 0 || deaths < 1 || h.note === null
            ? `${where}: not a deceased household`
            : null;
        case HouseholdStatus.AWAY: {
          const allAway = members.every(
            (p) => p.registered && !p.resident && p.whereabouts !== Whereabouts.THIS_SMALL_ZONE,
          );
          return members.length === 0 || !allAway || h.note === null ? `${where}: not all away` : null;
        }
        case HouseholdStatus.ORDINARY: {
          const valid = validateFloorArea(h.floorArea).length === 0 && validateRooms(h.rooms).length === 0;
          return members.some((p) => p.resident) && valid && h.dwellingType !== null
            ? null
            : `${where}: bad ordinary`;
        }
      }
    });
    expect(problems).toEqual([]);
    const ordinaryFamilies = households.filter(
      (h) => h.status === HouseholdStatus.ORDINARY && h.kind === HouseholdKind.FAMILY,
    );
    expect(
      share(ordinaryFamilies.filter((h) => h.phone !== null).length, ordinaryFamilies.length),
    ).toBeCloseTo(0.8, 1);
  });

  it('has exactly one head per family household with persons, and none in collective ones', () => {
    const problems = violations(households, (h) => {
      const members = membersOf(h);
      const where = `${h.smallZoneCode}/${h.number}`;
      if (members.some((p, i) => p.lineNumber !== i + 1)) return `${where}: line numbers`;
      if (h.kind === HouseholdKind.COLLECTIVE) {
        const others = members.every((p) => p.relationship === Relationship.OTHER);
        return members.length >= 5 && members.length <= 30 && others
          ? null
          : `${where}: bad collective household`;
      }
      const head = members[0];
      if (head === undefined) return null;
      if (head.relationship !== Relationship.HEAD) return `${where}: head is not first`;
      if (members.filter((p) => p.relationship === Relationship.HEAD).length !== 1) return `${where}: heads`;
      const age = (p: DemoPerson): number => 2020 - p.birthYear;
      for (const p of members) {
        const gap = age(head) - age(p);
        if (p.relationship === Relationship.CHILD && (gap < 18 || gap > 46))
          return `${where}: child ${gap} years younger`;
        if (p.relationship === Relationship.PARENT && -gap < 18)
          return `${where}: parent ${-gap} years older`;
        if (p.relationship === Relationship.SPOUSE && Math.abs(gap) > 7)
          return `${where}: spouse ${gap} years apart`;
        if (p.relationship === Relationship.GRANDCHILD && gap < 36)
          return `${where}: grandchild ${gap} years younger`;
      }
      return null;
    });
    expect(problems).toEqual([]);
  });

  it('gives valid, unique citizen IDs that agree with sex and birth year-month', () => {
    const seen = new Set<string>();
    const problems = violations(persons, (p) => {
      if (validatePersonName(p.name).length > 0) return `name ${p.name}`;
      if (validateBirthYearMonth(p.birthYear, p.birthMonth, REFERENCE).length > 0)
        return `born ${p.birthYear}-${p.birthMonth}`;
      if (p.citizenId === null) return 2020 - p.birthYear > 16 ? `${p.name}: adult without ID` : null;
      const parsed = parseCitizenId(p.citizenId, REFERENCE);
      if (!parsed.ok) return `${p.citizenId}: ${parsed.message}`;
      if (checkCitizenIdAgreement(parsed.value, p).length > 0)
        return `${p.citizenId}: disagrees with sex/birth`;
      if ((parsed.value.regionCode === DEMO_COUNTY_CODE) !== p.registered)
        return `${p.citizenId}: region vs registered`;
      if (seen.has(p.citizenId)) return `${p.citizenId}: duplicate`;
      seen.add(p.citizenId);
      return null;
    });
    expect(problems).toEqual([]);
    const children = persons.filter((p) => 2020 - p.birthYear < 16);
    expect(share(children.filter((p) => p.citizenId === null).length, children.length)).toBeCloseTo(0.05, 1);
  });

  it('mixes registered, living-away and floating persons coherently', () => {
    const away = persons.filter((p) => p.registered && !p.resident);
    const floating = persons.filter((p) => !p.registered && p.resident);
    expect(share(away.length, persons.length)).toBeCloseTo(0.08, 1);
    expect(share(floating.length, persons.length)).toBeCloseTo(0.12, 1);
    const problems = violations(persons, (p) => {
      const who = `${p.smallZoneCode}/${p.householdNumber}/${p.lineNumber}`;
      if (!p.registered && !p.resident) return `${who}: neither registered nor resident`;
      const place = p.registered ? p.smallZoneCode.slice(0, 9) : null;
      if (
        place !== null ? p.registrationPlaceCode !== place : !/^\d{6}$/.test(p.registrationPlaceCode ?? '')
      ) {
        return `${who}: registration place ${p.registrationPlaceCode}`;
      }
      const stayed = p.registered && p.resident;
      const notLeft = p.leftRegistrationDuration === LeftRegistrationDuration.NOT_LEFT;
      if (stayed !== notLeft || stayed !== (p.leftRegistrationReason === null))
        return `${who}: D9/D10 vs residence`;
      if (
        !p.resident &&
        (p.whereabouts === Whereabouts.THIS_SMALL_ZONE ||
          p.leftRegistrationDuration === LeftRegistrationDuration.UNDER_HALF_YEAR)
      ) {
        return `${who}: away but here`;
      }
      if (p.resident && p.whereabouts !== Whereabouts.THIS_SMALL_ZONE) return `${who}: resident elsewhere`;
      const underThree = p.birthYear * 100 + p.birthMonth >= 201711;
      if ((p.education === null) !== underThree) return `${who}: education ${p.education}`;
      const age = 2020 - p.birthYear;
      if ((age > 15 && p.literate === null) || (age < 14 && p.literate !== null)) return `${who}: literacy`;
      return null;
    });
    expect(problems).toEqual([]);
  });
});
