/**
 * Who lives together: the relationships, sexes, ages and surnames of one household's members,
 * before any census items are attached. Ages are constrained the way real families are (spouses
 * close in age, mothers 20-40 years older than their children), because the review screens flag
 * anything else and demo data that trips them would look broken.
 */
import { Relationship, Sex } from '@census/rules';

import { pickSurname } from './names';
import type { Random } from './random';

export interface Member {
  relationship: Relationship;
  sex: Sex;
  /** Completed years at the reference moment (Nov 1 2020). */
  age: number;
  surname: string;
}

// Family household sizes; mean about 2.7, a bit above the 2020 national 2.62 for a demo that
// should show a few three-generation households.
// prettier-ignore
const SIZES: readonly (readonly [number, number])[] = [
  [1, 22], [2, 29], [3, 22], [4, 14], [5, 8], [6, 4], [7, 1],
];

export function pickFamilySize(random: Random): number {
  return random.weighted(SIZES);
}

function other(sex: Sex): Sex {
  return sex === Sex.MALE ? Sex.FEMALE : Sex.MALE;
}

function capAge(age: number): number {
  return Math.max(0, Math.min(99, age));
}

/** Age of a child of a mother aged `motherAge`: born when she was 22-40. */
function childAge(random: Random, motherAge: number, minAge = 0): number {
  const oldest = motherAge - 22;
  const youngest = Math.max(minAge, motherAge - 40);
  if (oldest < youngest) return Math.max(0, oldest);
  const age = random.int(youngest, oldest);
  // Births fell to a record low in 2020 (about 1% of the population); without this second draw
  // young mothers would give the demo twice as many babies (H3) as a real district.
  return age === 0 && random.chance(0.5) ? random.int(youngest, oldest) : age;
}

/** The members of a family household of `size` persons; the head comes first. */
export function composeFamily(random: Random, size: number): Member[] {
  const headSex = random.chance(0.68) ? Sex.MALE : Sex.FEMALE;
  const headAge =
    size === 1
      ? random.weighted([
          [random.int(20, 34), 35],
          [random.int(35, 59), 25],
          [random.int(60, 92), 40],
        ])
      : random.weighted([
          [random.int(25, 49), 50],
          [random.int(50, 64), 30],
          [random.int(65, 88), 20],
        ]);
  const head: Member = {
    relationship: Relationship.HEAD,
    sex: headSex,
    age: headAge,
    surname: pickSurname(random),
  };
  const members: Member[] = [head];
  const room = (): number => size - members.length;

  let spouse: Member | null = null;
  if (room() > 0 && random.chance(size === 2 ? 0.7 : 0.9)) {
    const gap = random.int(0, 5); // husbands are usually a few years older
    const age = capAge(headSex === Sex.MALE ? headAge - gap : headAge + gap);
    spouse = { relationship: Relationship.SPOUSE, sex: other(headSex), age, surname: pickSurname(random) };
    members.push(spouse);
  }
  const father = headSex === Sex.MALE ? head : spouse;
  const mother = headSex === Sex.FEMALE ? head : spouse;
  const motherAge = mother?.age ?? headAge;
  const childSurname = (): string =>
    father ? father.surname : random.chance(0.6) ? head.surname : pickSurname(random);

  // Older heads often live with a married child and grandchildren (three generations).
  if (room() >= 2 && headAge >= 50 && motherAge >= 44 && random.chance(0.6)) {
    const child: Member = {
      relationship: Relationship.CHILD,
      sex: random.chance(0.7) ? Sex.MALE : Sex.FEMALE,
      age: childAge(random, motherAge, 22),
      surname: childSurname(),
    };
    const inLaw: Member = {
      relationship: Relationship.CHILD_IN_LAW,
      sex: other(child.sex),
      age: capAge(child.age + random.int(-3, 3)),
      surname: pickSurname(random),
    };
    members.push(child, inLaw);
    const grandMother = child.sex === Sex.FEMALE ? child : inLaw;
    const grandSurname = child.sex === Sex.MALE ? child.surname : inLaw.surname;
    while (room() > 0 && grandMother.age >= 22) {
      const sex = random.chance(0.52) ? Sex.MALE : Sex.FEMALE;
      members.push({
        relationship: Relationship.GRANDCHILD,
        sex,
        age: childAge(random, grandMother.age),
        surname: grandSurname,
      });
    }
  }

  // Younger heads sometimes have a parent (or a spouse's parent) living with them.
  if (room() >= 2 && headAge <= 60 && random.chance(0.3)) {
    const ofSpouse = spouse !== null && random.chance(0.4);
    const parentSex = random.chance(0.4) ? Sex.MALE : Sex.FEMALE;
    const base = ofSpouse && spouse ? spouse : head;
    members.push({
      relationship: ofSpouse ? Relationship.PARENT_IN_LAW : Relationship.PARENT,
      sex: parentSex,
      age: capAge(base.age + random.int(22, 34)),
      surname: parentSex === Sex.MALE ? base.surname : pickSurname(random),
    });
  }

  // Whatever room is left is children; a head too young for children gets a sibling or a lodger.
  while (room() > 0) {
    if (motherAge >= 22 && members.filter((m) => m.relationship === Relationship.CHILD).length < 3) {
      const sex = random.chance(0.52) ? Sex.MALE : Sex.FEMALE;
      members.push({
        relationship: Relationship.CHILD,
        sex,
        age: childAge(random, motherAge),
        surname: childSurname(),
      });
    } else if (headAge <= 40 && random.chance(0.5)) {
      const sex = random.chance(0.5) ? Sex.MALE : Sex.FEMALE;
      members.push({
        relationship: Relationship.SIBLING,
        sex,
        age: capAge(headAge + random.int(-8, 8)),
        surname: head.surname,
      });
    } else if (headAge <= 35 && random.chance(0.3)) {
      const sex = random.chance(0.4) ? Sex.MALE : Sex.FEMALE;
      const age = capAge(headAge + random.int(45, 60));
      members.push({
        relationship: Relationship.GRANDPARENT,
        sex,
        age,
        surname: sex === Sex.MALE ? head.surname : pickSurname(random),
      });
    } else {
      // A nanny, a relative's child, a lodger: 其他.
      const sex = random.chance(0.4) ? Sex.MALE : Sex.FEMALE;
      members.push({
        relationship: Relationship.OTHER,
        sex,
        age: random.int(18, 60),
        surname: pickSurname(random),
      });
    }
  }
  return orderMembers(members);
}

// prettier-ignore
const ORDER: readonly Relationship[] = [
  Relationship.HEAD, Relationship.SPOUSE, Relationship.CHILD, Relationship.CHILD_IN_LAW, Relationship.GRANDCHILD,
  Relationship.PARENT, Relationship.PARENT_IN_LAW, Relationship.GRANDPARENT, Relationship.SIBLING, Relationship.OTHER,
];

/** Short forms list the head first, then by relationship code, older before younger within one. */
function orderMembers(members: Member[]): Member[] {
  return members
    .map((member, index) => ({ member, index }))
    .sort(
      (a, b) =>
        ORDER.indexOf(a.member.relationship) - ORDER.indexOf(b.member.relationship) ||
        b.member.age - a.member.age ||
        a.index - b.index,
    )
    .map(({ member }) => member);
}

/** Members of a collective household (dormitory): no head, everyone 'other'. */
export function composeCollective(random: Random, students: boolean): Member[] {
  const size = random.int(5, 30);
  const maleShare = students ? 0.5 : 0.7;
  const members: Member[] = [];
  for (let i = 0; i < size; i++) {
    const sex = random.chance(maleShare) ? Sex.MALE : Sex.FEMALE;
    const age = students
      ? random.int(18, 24)
      : random.weighted([
          [random.int(18, 35), 70],
          [random.int(36, 58), 30],
        ]);
    members.push({ relationship: Relationship.OTHER, sex, age, surname: pickSurname(random) });
  }
  return members;
}
