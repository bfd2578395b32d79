/**
 * One household and its persons: status found at listing, workflow stage, who is registered and
 * who lives here, and the household items of the short form. H2/H3 counts are computed from the
 * persons so the progress report's two ways of counting always agree on demo data.
 */
import {
  BuildingKind,
  DwellingType,
  HouseholdKind,
  HouseholdStage,
  HouseholdStatus,
  LeftRegistrationReason,
  RegistrationMethod,
  Relationship,
  Whereabouts,
} from '@census/rules';

import { composeCollective, composeFamily, type Member, pickFamilySize } from './members';
import { awayWhereabouts, pickEthnicity } from './person-items';
import { buildPerson, countPersons, type HouseholdContext, type Residence } from './persons';
import { pickOriginCounty } from './places';
import type { Random } from './random';
import type { DemoHousehold, DemoPerson } from './types';

export interface HouseholdSlot {
  buildingNumber: string | null;
  unit: string | null;
  buildingKind: BuildingKind;
}

// prettier-ignore
const STATUSES: readonly (readonly [HouseholdStatus, number])[] = [
  [HouseholdStatus.ORDINARY, 88], [HouseholdStatus.VACANT, 5], [HouseholdStatus.AWAY, 5], [HouseholdStatus.DECEASED, 2],
];
// prettier-ignore
const STAGES: readonly (readonly [HouseholdStage, number])[] = [
  [HouseholdStage.LISTED, 15], [HouseholdStage.ENUMERATING, 20], [HouseholdStage.SUBMITTED, 35],
  [HouseholdStage.APPROVED, 25], [HouseholdStage.RETURNED, 5],
];
const RETURN_NOTES_FAMILY = [
  '退回：身份证号与出生年月不符，请核实',
  '退回：漏登新生儿，请补登',
  '退回：与户主关系填报有误，请核实',
  '退回：户口登记地未填写完整，请补充',
  '退回：离开户口登记地时间与原因不一致，请核实',
];
const RETURN_NOTES_COLLECTIVE = [
  '退回：集体户成员户口登记地未填写完整，请补充',
  '退回：宿舍人数与名单不一致，请核实',
];
// A vacant, away or deceased household has no persons to correct, only the evidence for its status.
const RETURN_NOTE_STATUS = '退回：请补充核实依据（用电信息、邻居或物业证明）';
const VACANT_NOTES = [
  '空置房屋，电表无用电',
  '房屋待售，无人居住',
  '新建商品房未入住',
  '空置房屋，上月用电为零',
];
const VISIT_NOTES = [
  '错时入户：工作日晚上8点后在家',
  '预约入户：周六上午',
  '电话联系，户主要求自主填报',
  '首次入户未遇，已留联系卡',
];
const AWAY_NOTES: Record<string, string> = {
  [Whereabouts.OTHER_COUNTY]: '全户外出务工，已电话核实',
  [Whereabouts.OTHER_TOWNSHIP_SAME_COUNTY]: '全户在本区其他街道居住，邻居提供情况',
  [Whereabouts.ABROAD]: '全户出国，电话联系户主亲属核实',
  [Whereabouts.UNKNOWN]: '全户外出，联系不上，待继续核实',
};
// Mobile prefixes of the three carriers; the rest of the number is random.
const PHONE_PREFIXES = '130 133 135 137 138 139 150 151 152 158 159 177 180 182 187 188 189 199'.split(' ');

function phone(random: Random): string {
  return random.pick(PHONE_PREFIXES) + String(random.int(0, 99_999_999)).padStart(8, '0');
}

// Members who married or moved in often keep their registration where it was (流动人口 here).
const FLOATING_SHARE: Partial<Record<Relationship, number>> = {
  [Relationship.OTHER]: 0.7,
  [Relationship.CHILD_IN_LAW]: 0.35,
  [Relationship.SPOUSE]: 0.06,
  [Relationship.PARENT]: 0.15,
  [Relationship.PARENT_IN_LAW]: 0.25,
  [Relationship.GRANDPARENT]: 0.1,
};

/** Where each member of an ordinary family household is registered and lives. */
function familyResidences(random: Random, members: readonly Member[], homeCounty: string): Residence[] {
  // Some families rent here with their registration elsewhere, as a whole (with the collective
  // households and lodgers this makes about 12% of persons floating).
  if (random.chance(0.06)) {
    const origin = pickOriginCounty(random, homeCounty);
    return members.map(() => ({ kind: 'floating', origin }));
  }
  return members.map((m): Residence => {
    if (m.relationship === Relationship.HEAD) return { kind: 'local' };
    if (random.chance(FLOATING_SHARE[m.relationship] ?? 0))
      return { kind: 'floating', origin: pickOriginCounty(random, homeCounty) };
    // Young adults working or studying elsewhere are most of 人户分离 among registered residents.
    if (m.age >= 16 && m.age <= 50 && random.chance(0.14))
      return { kind: 'away', whereabouts: awayWhereabouts(random) };
    return { kind: 'local' };
  });
}

function makePersons(
  ctx: HouseholdContext,
  members: readonly Member[],
  residences: readonly Residence[],
): DemoPerson[] {
  const householdEthnicity = pickEthnicity(ctx.random);
  return members.map((member, i) => {
    // Spouses, in-laws and lodgers come from other families and may belong to another group.
    const own =
      member.relationship === Relationship.SPOUSE ||
      member.relationship === Relationship.CHILD_IN_LAW ||
      member.relationship === Relationship.OTHER;
    const residence = residences[i] ?? { kind: 'local' };
    return buildPerson(ctx, member, i + 1, residence, own ? pickEthnicity(ctx.random) : householdEthnicity);
  });
}

function emptyHousehold(smallZoneCode: string, number: string, slot: HouseholdSlot): DemoHousehold {
  return {
    smallZoneCode,
    number,
    buildingNumber: slot.buildingNumber,
    unit: slot.unit,
    kind: HouseholdKind.FAMILY,
    status: HouseholdStatus.ORDINARY,
    registrationMethod: RegistrationMethod.ENUMERATOR,
    stage: HouseholdStage.LISTED,
    presentMale: 0,
    presentFemale: 0,
    absentMale: 0,
    absentFemale: 0,
    birthsMale: 0,
    birthsFemale: 0,
    deathsMale: 0,
    deathsFemale: 0,
    dwellingType: null,
    floorArea: null,
    rooms: null,
    phone: null,
    note: null,
  };
}

export function generateHousehold(
  ctx: HouseholdContext,
  slot: HouseholdSlot,
): { household: DemoHousehold; persons: DemoPerson[] } {
  const { random } = ctx;
  const homeCounty = ctx.smallZoneCode.slice(0, 6);
  const h = emptyHousehold(ctx.smallZoneCode, ctx.householdNumber, slot);
  const notes: string[] = [];
  let persons: DemoPerson[] = [];

  if (slot.buildingKind === BuildingKind.COLLECTIVE_QUARTERS) {
    const students = random.chance(0.4);
    h.kind = HouseholdKind.COLLECTIVE;
    const members = composeCollective(random, students);
    const reason = students ? LeftRegistrationReason.STUDY : LeftRegistrationReason.WORK;
    // Students often move their registration to the college's collective account; workers rarely do.
    const residences = members.map((): Residence =>
      random.chance(students ? 0.4 : 0.75)
        ? { kind: 'floating', origin: pickOriginCounty(random, homeCounty), reason }
        : { kind: 'local' },
    );
    persons = makePersons(ctx, members, residences);
    h.dwellingType =
      students || random.chance(0.7) ? DwellingType.COLLECTIVE_DORMITORY : DwellingType.WORKPLACE;
    h.floorArea = random.real(persons.length * 5, persons.length * 10, 2);
    h.rooms = Math.max(1, Math.ceil(persons.length / random.int(4, 8)));
    h.phone = random.chance(0.8) ? phone(random) : null;
    notes.push(students ? '学校学生集体宿舍' : '企业员工集体宿舍');
  } else {
    h.status = random.weighted(STATUSES);
    switch (h.status) {
      case HouseholdStatus.ORDINARY: {
        const members = composeFamily(random, pickFamilySize(random));
        persons = makePersons(ctx, members, familyResidences(random, members, homeCounty));
        h.dwellingType =
          slot.buildingKind === BuildingKind.TEMPORARY
            ? DwellingType.OTHER_DWELLING
            : slot.buildingKind === BuildingKind.NON_RESIDENTIAL
              ? DwellingType.WORKPLACE
              : DwellingType.ORDINARY_DWELLING;
        h.floorArea = Math.min(300, random.real(persons.length * 15 + 15, persons.length * 40 + 45, 2));
        h.rooms = Math.max(1, Math.min(8, Math.round(h.floorArea / random.int(20, 35))));
        h.phone = random.chance(0.8) ? phone(random) : null;
        if (random.chance(0.006)) {
          if (random.chance(0.55)) h.deathsMale = 1;
          else h.deathsFemale = 1;
        }
        break;
      }
      case HouseholdStatus.AWAY: {
        const whereabouts = awayWhereabouts(random);
        const members = composeFamily(random, pickFamilySize(random));
        persons = makePersons(
          ctx,
          members,
          members.map(() => ({ kind: 'away', whereabouts })),
        );
        h.phone = random.chance(0.5) ? phone(random) : null;
        notes.push(AWAY_NOTES[whereabouts] ?? '全户外出');
        break;
      }
      case HouseholdStatus.VACANT:
        notes.push(random.pick(VACANT_NOTES));
        break;
      case HouseholdStatus.DECEASED: {
        const both = random.chance(0.15);
        if (both || random.chance(0.55)) h.deathsMale = 1;
        if (both || h.deathsMale === 0) h.deathsFemale = 1;
        const month = random.int(1, 12);
        const when = month >= 11 ? `2019年${month}月` : `2020年${month}月`;
        notes.push(both ? `老两口于${when}前后去世，全户死亡` : `独居老人于${when}去世，全户死亡`);
        break;
      }
    }
  }

  Object.assign(h, countPersons(persons));
  h.stage = random.weighted(STAGES);
  const ordinary = h.status === HouseholdStatus.ORDINARY;
  const reachedSubmit = h.stage === HouseholdStage.SUBMITTED || h.stage === HouseholdStage.APPROVED;
  if (ordinary && reachedSubmit && random.chance(0.3)) h.registrationMethod = RegistrationMethod.SELF_REPORT;
  if (h.stage === HouseholdStage.RETURNED) {
    notes.push(
      !ordinary
        ? RETURN_NOTE_STATUS
        : h.kind === HouseholdKind.COLLECTIVE
          ? random.pick(RETURN_NOTES_COLLECTIVE)
          : random.pick(RETURN_NOTES_FAMILY),
    );
  }
  const family = ordinary && h.kind === HouseholdKind.FAMILY;
  if (family && !reachedSubmit && random.chance(0.05)) notes.push(random.pick(VISIT_NOTES));
  h.note = notes.length > 0 ? notes.join('；') : null;
  return { household: h, persons };
}
