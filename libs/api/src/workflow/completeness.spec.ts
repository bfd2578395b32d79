import { formatMessage, HouseholdKind, HouseholdStatus, Relationship, Sex, Whereabouts } from '@census/rules';

import { ageAtReference, completenessProblems, type HouseholdItems, type PersonItems } from './completeness';

/** A complete family household of one: H2 agrees, H5-H7 answered. */
const household = (items: Partial<HouseholdItems> = {}): HouseholdItems => ({
  kind: HouseholdKind.FAMILY,
  status: HouseholdStatus.ORDINARY,
  presentMale: 1,
  presentFemale: 0,
  absentMale: 0,
  absentFemale: 0,
  deathsMale: 0,
  deathsFemale: 0,
  dwellingType: 'ORDINARY_DWELLING',
  floorArea: 68.5,
  rooms: 3,
  note: null,
  ...items,
});

/** A complete adult male head, registered and living here. */
const person = (items: Partial<PersonItems> = {}): PersonItems => ({
  lineNumber: 1,
  name: '陈建国',
  relationship: Relationship.HEAD,
  hasCitizenId: true,
  sex: Sex.MALE,
  birthYear: 1975,
  birthMonth: 3,
  ethnicity: 'HAN' as PersonItems['ethnicity'],
  whereabouts: null,
  registrationPlaceCode: null,
  leftRegistrationDuration: null,
  leftRegistrationReason: null,
  education: 'SENIOR_SECONDARY' as PersonItems['education'],
  literate: true,
  registered: true,
  resident: true,
  ...items,
});

/** `field.join('.'):code` of every problem, in order. */
const problems = (h: HouseholdItems, persons: PersonItems[], visits = 0) =>
  completenessProblems(h, persons, visits).map((p) => `${p.field.join('.')}:${p.code}`);

describe('ageAtReference', () => {
  it.each([
    [2010, 6, 10],
    [2010, 10, 10],
    [2010, 11, 9], // born in the reference month: at or after 2020-11-01 00:00's birthday, not yet a full year
    [2010, 12, 9],
    [2020, 10, 0],
    [1975, 3, 45],
  ])('born %i-%i is %i at 2020-11-01', (birthYear, birthMonth, age) => {
    expect(ageAtReference({ birthYear, birthMonth })).toBe(age);
  });
});

describe('completenessProblems', () => {
  it('finds nothing in a complete family household', () => {
    expect(problems(household(), [person()])).toEqual([]);
  });

  describe('an ordinary household', () => {
    it.each<[string, Partial<HouseholdItems>, PersonItems[], string[]]>([
      ['no persons', { presentMale: 0 }, [], ['household.persons:REQUIRED']],
      ['no dwelling type', { dwellingType: null }, [person()], ['household.dwellingType:REQUIRED']],
      ['no floor area', { floorArea: null }, [person()], ['household.floorArea:REQUIRED']],
      ['a floor area of 0', { floorArea: '0.00' }, [person()], ['household.floorArea:REQUIRED']],
      ['no rooms', { rooms: null }, [person()], ['household.rooms:REQUIRED']],
      ['0 rooms', { rooms: 0 }, [person()], ['household.rooms:REQUIRED']],
      ['no head', {}, [person({ relationship: Relationship.SPOUSE })], ['household.persons:MISMATCH']],
      [
        'two heads',
        { presentMale: 2 },
        [person(), person({ lineNumber: 2 })],
        ['household.persons:MISMATCH'],
      ],
      ['H2 counting too few males', { presentMale: 0 }, [person()], ['household.presentMale:MISMATCH']],
      [
        'H2 missing an absent registered female',
        {},
        [
          person(),
          person({
            lineNumber: 2,
            relationship: Relationship.SPOUSE,
            sex: Sex.FEMALE,
            resident: false,
            whereabouts: Whereabouts.ABROAD,
            leftRegistrationDuration: 'ONE_TO_TWO_YEARS' as PersonItems['leftRegistrationDuration'],
          }),
        ],
        ['household.absentFemale:MISMATCH'],
      ],
    ])('with %s', (_name, items, persons, expected) => {
      expect(problems(household(items), persons)).toEqual(expected);
    });

    it('leaves H5-H7 to family households: a collective household answers none of them', () => {
      const collective = household({
        kind: HouseholdKind.COLLECTIVE,
        dwellingType: null,
        floorArea: null,
        rooms: null,
      });
      expect(problems(collective, [person({ relationship: Relationship.OTHER })])).toEqual([]);
    });

    it('answers every problem of the household and its persons at once', () => {
      const h = household({ presentFemale: 0, dwellingType: null, floorArea: null, rooms: null });
      const spouse = person({
        relationship: Relationship.SPOUSE,
        ethnicity: null,
        hasCitizenId: false,
        education: null,
        literate: null,
      });
      const child = person({
        lineNumber: 2,
        name: '陈小红',
        relationship: Relationship.CHILD,
        sex: Sex.FEMALE,
        birthYear: 2010,
        birthMonth: 6,
        education: null,
        literate: null,
      });
      expect(problems(h, [spouse, child]).sort()).toEqual(
        [
          'household.dwellingType:REQUIRED',
          'household.floorArea:REQUIRED',
          'household.rooms:REQUIRED',
          'household.persons:MISMATCH',
          'household.presentFemale:MISMATCH',
          'persons.1.ethnicity:REQUIRED',
          'persons.1.citizenId:REQUIRED',
          'persons.1.education:REQUIRED',
          'persons.1.literate:REQUIRED',
          'persons.2.education:REQUIRED',
        ].sort(),
      );
    });
  });

  describe("a person's items", () => {
    it.each<[string, Partial<PersonItems>, string[]]>([
      ['no ethnicity', { ethnicity: null }, ['persons.1.ethnicity:REQUIRED']],
      [
        'no citizen ID at 16',
        { birthYear: 2004, birthMonth: 10, hasCitizenId: false },
        ['persons.1.citizenId:REQUIRED'],
      ],
      ['no citizen ID at 15', { birthYear: 2004, birthMonth: 11, hasCitizenId: false }, []],
      [
        'no education at 3',
        { birthYear: 2017, birthMonth: 10, education: null, literate: null },
        ['persons.1.education:REQUIRED'],
      ],
      ['no education at 2', { birthYear: 2017, birthMonth: 11, education: null, literate: null }, []],
      [
        'no literacy at 15',
        { birthYear: 2005, birthMonth: 10, hasCitizenId: false, literate: null },
        ['persons.1.literate:REQUIRED'],
      ],
      ['no literacy at 14', { birthYear: 2005, birthMonth: 11, hasCitizenId: false, literate: null }, []],
      [
        'not living here, without whereabouts or time away',
        { resident: false },
        ['persons.1.whereabouts:REQUIRED', 'persons.1.leftRegistrationDuration:REQUIRED'],
      ],
      [
        'not living here but "in this small zone"',
        {
          resident: false,
          whereabouts: Whereabouts.THIS_SMALL_ZONE,
          leftRegistrationDuration: 'UNDER_HALF_YEAR' as PersonItems['leftRegistrationDuration'],
        },
        ['persons.1.whereabouts:REQUIRED'],
      ],
      [
        'registered elsewhere, without place, time or reason',
        { registered: false },
        [
          'persons.1.registrationPlaceCode:REQUIRED',
          'persons.1.leftRegistrationDuration:REQUIRED',
          'persons.1.leftRegistrationReason:REQUIRED',
        ],
      ],
    ])('with %s', (_name, items, expected) => {
      // H2 follows the person, so that only the person's items are in question.
      const p = person(items);
      const h = household({
        presentMale: p.resident ? 1 : 0,
        absentMale: p.registered && !p.resident ? 1 : 0,
      });
      expect(problems(h, [p])).toEqual(expected);
    });

    it('names the person and line in the message', () => {
      const [problem] = completenessProblems(household(), [person({ ethnicity: null })], 0);
      expect(problem).toMatchObject({ field: ['persons', '1', 'ethnicity'], code: 'REQUIRED' });
      expect(formatMessage('zh', problem.messageCode, problem.params)).toBe('第1人 陈建国：D6 民族未填写。');
      expect(formatMessage('en', problem.messageCode, problem.params)).toBe(
        'Person 1 陈建国: D6 Ethnicity is missing.',
      );
    });
  });

  describe('vacant, away and deceased households', () => {
    const none = { presentMale: 0 };
    it.each<[string, Partial<HouseholdItems>, PersonItems[], number, string[]]>([
      [
        'vacant without note or visit',
        { ...none, status: HouseholdStatus.VACANT },
        [],
        0,
        ['household.note:REQUIRED', 'household.visits:REQUIRED'],
      ],
      [
        'vacant with a blank note',
        { ...none, status: HouseholdStatus.VACANT, note: '  ' },
        [],
        1,
        ['household.note:REQUIRED'],
      ],
      [
        'vacant with note and visit',
        { ...none, status: HouseholdStatus.VACANT, note: '无人居住' },
        [],
        1,
        [],
      ],
      [
        'vacant with persons',
        { ...none, status: HouseholdStatus.VACANT, note: '无人居住' },
        [person()],
        1,
        ['household.persons:MISMATCH'],
      ],
      ['away with note and visit', { ...none, status: HouseholdStatus.AWAY, note: '全户外出' }, [], 1, []],
      [
        'away with a resident',
        { status: HouseholdStatus.AWAY, note: '全户外出' },
        [person()],
        1,
        ['household.persons:MISMATCH'],
      ],
      [
        'away, its absent member counted and complete',
        { ...none, absentMale: 1, status: HouseholdStatus.AWAY, note: '全户外出' },
        [
          person({
            resident: false,
            whereabouts: Whereabouts.OTHER_COUNTY,
            leftRegistrationDuration: 'ONE_TO_TWO_YEARS' as PersonItems['leftRegistrationDuration'],
          }),
        ],
        1,
        [],
      ],
      [
        'away, its absent member not counted',
        { ...none, status: HouseholdStatus.AWAY, note: '全户外出' },
        [
          person({
            resident: false,
            whereabouts: Whereabouts.OTHER_COUNTY,
            leftRegistrationDuration: 'ONE_TO_TWO_YEARS' as PersonItems['leftRegistrationDuration'],
          }),
        ],
        1,
        ['household.absentMale:MISMATCH'],
      ],
      [
        'deceased without deaths or note',
        { ...none, status: HouseholdStatus.DECEASED },
        [],
        0,
        ['household.deathsMale:REQUIRED', 'household.note:REQUIRED'],
      ],
      [
        'deceased with a death and a note',
        { ...none, status: HouseholdStatus.DECEASED, deathsFemale: 1, note: '户主已去世' },
        [],
        0,
        [],
      ],
      [
        'deceased with a resident',
        { status: HouseholdStatus.DECEASED, deathsMale: 1, note: '户主已去世' },
        [person()],
        0,
        ['household.persons:MISMATCH'],
      ],
    ])('%s', (_name, items, persons, visits, expected) => {
      expect(problems(household(items), persons, visits)).toEqual(expected);
    });
  });
});
