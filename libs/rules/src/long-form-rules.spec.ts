import {
  AbleToWork,
  answered,
  answerState,
  BathingFacility,
  Birthplace,
  BirthsLastYear,
  BuildingHeight,
  ConstructionPeriod,
  CookingFuel,
  countRefusedItems,
  DwellingType,
  Education,
  formatMessage,
  HasFacility,
  householdItemsApplicable,
  HouseholdKind,
  HousingSource,
  Industry,
  JobSearch,
  KitchenUse,
  LoadBearingType,
  type LongFormHouseholdAnswers,
  type LongFormHouseholdFacts,
  type LongFormInput,
  type LongFormPersonAnswers,
  type LongFormPersonFacts,
  MaritalStatus,
  NotWorkingReason,
  Occupation,
  personItemsApplicable,
  refusalCategories,
  refusedAnswer,
  refusedItems,
  ResidenceFiveYearsAgo,
  SchoolCompletion,
  Sex,
  ToiletType,
  validateLongForm,
  WorkedLastWeek,
} from './index';

const householdFacts = (facts: Partial<LongFormHouseholdFacts> = {}): LongFormHouseholdFacts => ({
  kind: HouseholdKind.FAMILY,
  dwellingType: DwellingType.ORDINARY_DWELLING,
  floorArea: 90,
  rooms: 3,
  ...facts,
});

/** A family in a bought flat: every housing item answered. */
const householdAnswers = (answers: LongFormHouseholdAnswers = {}): LongFormHouseholdAnswers => ({
  buildingHeight: answered(BuildingHeight.MULTI_STOREY),
  loadBearingType: answered(LoadBearingType.STEEL_CONCRETE),
  constructionPeriod: answered(ConstructionPeriod.Y2000_2009),
  elevator: answered(HasFacility.NO),
  cookingFuel: answered(CookingFuel.GAS),
  tapWater: answered(HasFacility.YES),
  kitchen: answered(KitchenUse.OWN),
  toilet: answered(ToiletType.FLUSH_SANITARY),
  bathing: answered(BathingFacility.OWN_WATER_HEATER),
  housingSource: answered(HousingSource.BOUGHT_NEW),
  purchaseCost: answered(85.5),
  ...answers,
});

/** A man of 45 (born 1975-03), senior secondary school, working, married. */
const headFacts = (facts: Partial<LongFormPersonFacts> = {}): LongFormPersonFacts => ({
  lineNumber: 1,
  name: '陈建国',
  sex: Sex.MALE,
  birthYear: 1975,
  birthMonth: 3,
  education: Education.SENIOR_SECONDARY,
  ...facts,
});

const headAnswers = (answers: LongFormPersonAnswers = {}): LongFormPersonAnswers => ({
  birthplace: answered(Birthplace.THIS_COUNTY),
  residenceFiveYearsAgo: answered(ResidenceFiveYearsAgo.THIS_TOWNSHIP),
  schoolCompletion: answered(SchoolCompletion.GRADUATED),
  workedLastWeek: answered(WorkedLastWeek.YES),
  industry: answered(Industry.C),
  occupation: answered(Occupation.PRODUCTION),
  maritalStatus: answered(MaritalStatus.MARRIED),
  firstMarriage: answered({ year: 1999, month: 5 }),
  ...answers,
});

/** A woman of 35 (born 1985-06), bachelor's degree, keeping house, married with two children. */
const wifeFacts = (facts: Partial<LongFormPersonFacts> = {}): LongFormPersonFacts => ({
  lineNumber: 2,
  name: '李秀英',
  sex: Sex.FEMALE,
  birthYear: 1985,
  birthMonth: 6,
  education: Education.BACHELOR,
  ...facts,
});

const wifeAnswers = (answers: LongFormPersonAnswers = {}): LongFormPersonAnswers => ({
  birthplace: answered(Birthplace.OTHER_PROVINCE),
  residenceFiveYearsAgo: answered(ResidenceFiveYearsAgo.THIS_TOWNSHIP),
  schoolCompletion: answered(SchoolCompletion.GRADUATED),
  workedLastWeek: answered(WorkedLastWeek.NO),
  notWorkingReason: answered(NotWorkingReason.HOUSEWORK),
  jobSearch: answered(JobSearch.DID_NOT_LOOK),
  ableToWork: answered(AbleToWork.ABLE),
  maritalStatus: answered(MaritalStatus.MARRIED),
  firstMarriage: answered({ year: 2010, month: 10 }),
  childrenBorn: answered({ male: 1, female: 1 }),
  birthsLastYear: answered(BirthsLastYear.NONE),
  ...answers,
});

const input = (changes: Partial<LongFormInput> = {}): LongFormInput => ({
  household: householdFacts(),
  answers: householdAnswers(),
  persons: [
    { facts: headFacts(), answers: headAnswers() },
    { facts: wifeFacts(), answers: wifeAnswers() },
  ],
  ...changes,
});

/** `field.join('.'):code` of every problem, in order. */
const problems = (value: LongFormInput, vehicles = false) =>
  validateLongForm(value, { vehicles }).map((p) => `${p.field.join('.')}:${p.code}`);

/** The problems of one person alone, with the given facts and answers. */
const personProblems = (facts: Partial<LongFormPersonFacts>, answers: LongFormPersonAnswers) =>
  problems(input({ persons: [{ facts: headFacts(facts), answers }] }));

describe('personItemsApplicable: the skip rules by age, sex and answers', () => {
  const at = (
    birthYear: number,
    birthMonth: number,
    facts: Partial<LongFormPersonFacts> = {},
    answers = {},
  ) => personItemsApplicable(headFacts({ birthYear, birthMonth, ...facts }), answers);

  it.each([
    ['residenceFiveYearsAgo', 2015, 10, true, 'age 5'],
    ['residenceFiveYearsAgo', 2015, 11, false, 'age 4'],
    ['workedLastWeek', 2004, 10, true, 'age 16'],
    ['workedLastWeek', 2004, 11, false, 'age 15'],
    ['maritalStatus', 2005, 10, true, 'age 15'],
    ['maritalStatus', 2005, 11, false, 'age 14'],
    ['health', 1960, 10, true, 'age 60'],
    ['health', 1960, 11, false, 'age 59'],
    ['birthplace', 2020, 10, true, 'age 0'],
  ] as const)('%s for born %i-%i is %p (%s)', (item, year, month, expected, _age) => {
    expect(at(year, month)[item]).toBe(expected);
  });

  it.each([
    [Sex.FEMALE, 2005, 10, true, 'a woman of 15'],
    [Sex.FEMALE, 2005, 11, false, 'a girl of 14'],
    [Sex.FEMALE, 1970, 10, true, 'a woman of 50'],
    [Sex.FEMALE, 1969, 10, false, 'a woman of 51'],
    [Sex.MALE, 1990, 1, false, 'a man of 30'],
  ])('births (C26, C27) for %s born %i-%i: %p (%s)', (sex, year, month, expected) => {
    const applicable = at(year, month, { sex });
    expect(applicable.childrenBorn).toBe(expected);
    expect(applicable.birthsLastYear).toBe(expected);
  });

  it.each([
    [Education.PRIMARY, true],
    [Education.DOCTORATE, true],
    [Education.PRESCHOOL, false],
    [Education.NONE, false],
    [null, false],
  ])('C16 school completion for education %p: %p', (education, expected) => {
    expect(at(1990, 1, { education }).schoolCompletion).toBe(expected);
  });

  it.each([
    [answered(WorkedLastWeek.YES), true, false],
    [answered(WorkedLastWeek.ON_LEAVE), true, false],
    [answered(WorkedLastWeek.NO), false, true],
    [refusedAnswer(), false, false],
    [undefined, false, false],
  ])('C18 %j: industry and occupation %p, not-working items %p', (workedLastWeek, working, notWorking) => {
    const applicable = at(1980, 1, {}, { workedLastWeek });
    expect([applicable.industry, applicable.occupation]).toEqual([working, working]);
    expect([applicable.notWorkingReason, applicable.jobSearch, applicable.ableToWork]).toEqual([
      notWorking,
      notWorking,
      notWorking,
    ]);
  });

  it('asks no work items of a 15-year-old whatever was answered', () => {
    const applicable = at(2005, 10, {}, { workedLastWeek: answered(WorkedLastWeek.YES) });
    expect([applicable.workedLastWeek, applicable.industry]).toEqual([false, false]);
  });

  it.each([
    [answered(MaritalStatus.MARRIED), true],
    [answered(MaritalStatus.DIVORCED), true],
    [answered(MaritalStatus.WIDOWED), true],
    [answered(MaritalStatus.NEVER_MARRIED), false],
    [refusedAnswer(), false],
  ])('C25 first marriage after C24 %j: %p', (maritalStatus, expected) => {
    expect(at(1980, 1, {}, { maritalStatus }).firstMarriage).toBe(expected);
  });

  it.each([
    [answered(ResidenceFiveYearsAgo.THIS_TOWNSHIP), false],
    [answered(ResidenceFiveYearsAgo.OTHER_TOWNSHIP_SAME_COUNTY), true],
    [answered(ResidenceFiveYearsAgo.ABROAD), true],
    [refusedAnswer(), false],
  ])('C14 reason for moving after C13 %j: %p', (residenceFiveYearsAgo, expected) => {
    expect(at(1980, 1, {}, { residenceFiveYearsAgo }).migrationReason).toBe(expected);
  });
});

describe('householdItemsApplicable', () => {
  it('asks the housing items of a family household in an ordinary dwelling only', () => {
    expect(householdItemsApplicable(householdFacts(), {}).toilet).toBe(true);
    expect(householdItemsApplicable(householdFacts({ kind: HouseholdKind.COLLECTIVE }), {}).toilet).toBe(
      false,
    );
    const dormitory = householdFacts({ dwellingType: DwellingType.COLLECTIVE_DORMITORY });
    expect(householdItemsApplicable(dormitory, {}).housingSource).toBe(false);
  });

  it.each([
    [HousingSource.RENT_PUBLIC, true, false],
    [HousingSource.RENT_OTHER, true, false],
    [HousingSource.BOUGHT_SECOND_HAND, false, true],
    [HousingSource.SELF_BUILT, false, true],
    [HousingSource.OTHER, false, false],
  ])('after H17 %s: rent %p, cost of buying or building %p', (source, rent, cost) => {
    const applicable = householdItemsApplicable(householdFacts(), { housingSource: answered(source) });
    expect([applicable.monthlyRent, applicable.purchaseCost]).toEqual([rent, cost]);
  });

  it('asks the vehicle item only where the office adds it, of family households', () => {
    expect(householdItemsApplicable(householdFacts(), {}).carCount).toBe(false);
    expect(householdItemsApplicable(householdFacts(), {}, { vehicles: true }).carCount).toBe(true);
    const collective = householdFacts({ kind: HouseholdKind.COLLECTIVE });
    expect(householdItemsApplicable(collective, {}, { vehicles: true }).carCount).toBe(false);
  });
});

describe('refusals', () => {
  it('are a state of their own, apart from missing and not applicable', () => {
    expect(answerState(refusedAnswer(), true)).toBe('REFUSED');
    expect(answerState(undefined, true)).toBe('MISSING');
    expect(answerState(null, true)).toBe('MISSING');
    expect(answerState(answered(Industry.A), true)).toBe('ANSWERED');
    expect(answerState(refusedAnswer(), false)).toBe('NOT_APPLICABLE');
  });

  it('are not problems, while the same items left empty are', () => {
    const refused = headAnswers({ occupation: refusedAnswer(), firstMarriage: refusedAnswer() });
    expect(personProblems({}, refused)).toEqual([]);
    const empty = headAnswers({ occupation: undefined, firstMarriage: null });
    expect(personProblems({}, empty)).toEqual([
      'persons.1.occupation:REQUIRED',
      'persons.1.firstMarriage:REQUIRED',
    ]);
  });

  it('of a sealed household item pass too', () => {
    const answers = householdAnswers({ housingSource: refusedAnswer(), purchaseCost: undefined });
    expect(problems(input({ answers }))).toEqual([]);
  });

  it('map to the problem log categories of refused items', () => {
    const head = headAnswers({
      occupation: refusedAnswer(),
      industry: refusedAnswer(),
      firstMarriage: refusedAnswer(),
    });
    expect(refusalCategories(refusedItems(head, 'person'))).toEqual([
      'INDUSTRY',
      'OCCUPATION',
      'MARITAL_STATUS',
    ]);
    expect(refusalCategories(['household.monthlyRent', 'household.toilet', 'household.carCount'])).toEqual([
      'HOUSING',
      'VEHICLES',
    ]);
    expect(refusalCategories(['person.birthplace'])).toEqual([]);
  });

  it('are listed per person and counted per item', () => {
    const head = headAnswers({ occupation: refusedAnswer(), industry: refusedAnswer() });
    const wife = wifeAnswers({ childrenBorn: refusedAnswer(), firstMarriage: refusedAnswer() });
    expect(refusedItems(head, 'person')).toEqual(['person.industry', 'person.occupation']);
    const counts = countRefusedItems([
      { household: householdAnswers({ housingSource: refusedAnswer() }), persons: [head, wife] },
      { household: householdAnswers(), persons: [headAnswers({ occupation: refusedAnswer() }), null] },
      {},
    ]);
    expect(counts['person.occupation']).toBe(2);
    expect(counts['person.industry']).toBe(1);
    expect(counts['person.firstMarriage']).toBe(1);
    expect(counts['person.childrenBorn']).toBe(1);
    expect(counts['household.housingSource']).toBe(1);
    expect(counts['person.health']).toBe(0);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(6);
  });
});

describe('validateLongForm', () => {
  it('finds nothing in a complete long form', () => {
    expect(problems(input())).toEqual([]);
  });

  it('returns every problem at once, each with its place, in the order of the form', () => {
    const child: LongFormPersonFacts = {
      lineNumber: 3,
      name: '陈小明',
      sex: Sex.MALE,
      birthYear: 2010,
      birthMonth: 6,
      education: Education.PRIMARY,
    };
    const result = validateLongForm(
      input({
        answers: householdAnswers({ toilet: undefined, monthlyRent: answered(1500) }),
        persons: [
          { facts: headFacts(), answers: headAnswers({ occupation: undefined }) },
          {
            facts: wifeFacts(),
            answers: wifeAnswers({ birthsLastYear: answered('TWINS' as BirthsLastYear) }),
          },
          {
            facts: child,
            answers: {
              birthplace: answered(Birthplace.THIS_COUNTY),
              residenceFiveYearsAgo: answered(ResidenceFiveYearsAgo.THIS_TOWNSHIP),
              schoolCompletion: answered(SchoolCompletion.IN_SCHOOL),
              maritalStatus: answered(MaritalStatus.NEVER_MARRIED),
            },
          },
        ],
      }),
    );
    expect(result.map((p) => [p.field.join('.'), p.personIndex, p.item, p.code])).toEqual([
      ['household.toilet', null, 'household.toilet', 'REQUIRED'],
      ['household.monthlyRent', null, 'household.monthlyRent', 'NOT_APPLICABLE'],
      ['persons.1.occupation', 0, 'person.occupation', 'REQUIRED'],
      ['persons.2.birthsLastYear', 1, 'person.birthsLastYear', 'INVALID_FORMAT'],
      ['persons.3.maritalStatus', 2, 'person.maritalStatus', 'NOT_APPLICABLE'],
    ]);
  });

  it('says each problem in Chinese and English, naming the person and the item as the form does', () => {
    const [missing] = validateLongForm(
      input({ persons: [{ facts: headFacts(), answers: headAnswers({ occupation: undefined }) }] }),
    );
    expect(formatMessage('zh', missing.messageCode, missing.params)).toBe(
      '第1人 陈建国：长表C20 职业未填写，也未记为拒答。',
    );
    expect(formatMessage('en', missing.messageCode, missing.params)).toBe(
      'Person 1 陈建国: long-form item C20 Occupation is neither answered nor recorded as refused.',
    );
    const [skipped] = validateLongForm(input({ answers: householdAnswers({ monthlyRent: answered(900) }) }));
    expect(formatMessage('zh', skipped.messageCode, skipped.params)).toBe(
      '按长表的跳答规则本户不填H18 月租房费用（元）（租赁住房的家庭户填报），请删去这一答案。',
    );
  });

  it('refuses an answer, or a refusal, to an item the skip rules leave out', () => {
    const child = { birthYear: 2012, birthMonth: 1, education: Education.PRIMARY };
    const answers: LongFormPersonAnswers = {
      birthplace: answered(Birthplace.THIS_COUNTY),
      residenceFiveYearsAgo: answered(ResidenceFiveYearsAgo.THIS_TOWNSHIP),
      schoolCompletion: answered(SchoolCompletion.IN_SCHOOL),
      health: refusedAnswer(),
    };
    expect(personProblems(child, answers)).toEqual(['persons.1.health:NOT_APPLICABLE']);
  });

  it('asks no housing items of a collective household, and refuses answers to them', () => {
    const collective = householdFacts({ kind: HouseholdKind.COLLECTIVE });
    expect(problems(input({ household: collective, answers: {} }))).toEqual([]);
    expect(
      problems(input({ household: collective, answers: { toilet: answered(ToiletType.NONE) } })),
    ).toEqual(['household.toilet:NOT_APPLICABLE']);
  });

  describe('C25 first marriage', () => {
    it.each([
      [1990, 3, []],
      [1990, 2, ['persons.1.firstMarriage:OUT_OF_RANGE']],
      [2020, 10, []],
      [2020, 11, ['persons.1.firstMarriage:OUT_OF_RANGE']],
      [2020, 13, ['persons.1.firstMarriage:OUT_OF_RANGE']],
      [1999.5, 1, ['persons.1.firstMarriage:INVALID_NUMBER']],
    ])('%i-%i for a man born 1975-03 gives %j', (year, month, expected) => {
      expect(personProblems({}, headAnswers({ firstMarriage: answered({ year, month }) }))).toEqual(expected);
    });

    it('names the limit in the message', () => {
      const [early] = validateLongForm(
        input({
          persons: [
            {
              facts: headFacts(),
              answers: headAnswers({ firstMarriage: answered({ year: 1988, month: 1 }) }),
            },
          ],
        }),
      );
      expect(formatMessage('zh', early.messageCode, early.params)).toBe(
        '第1人 陈建国：C25 初婚年月 1988-01 早于其年满 15 周岁的 1990-03。',
      );
    });

    it('writes a year out of range as a year, not as a quantity', () => {
      const [year] = validateLongForm(
        input({
          persons: [
            {
              facts: headFacts(),
              answers: headAnswers({ firstMarriage: answered({ year: 2150, month: 1 }) }),
            },
          ],
        }),
      );
      expect(year.messageCode).toBe('longForm.personCalendarOutOfRange');
      expect(formatMessage('zh', year.messageCode, year.params)).toBe(
        '第1人 陈建国：C25 初婚年月填的是 2150，允许范围为 1880–2100。',
      );
    });
  });

  it.each([
    [10, Education.BACHELOR, ['persons.1.education:MISMATCH']],
    [16, Education.BACHELOR, []],
    [4, Education.PRIMARY, ['persons.1.education:MISMATCH']],
    [30, Education.DOCTORATE, []],
  ])('at age %i, education %s gives %j', (age, education, expected) => {
    const facts = headFacts({ birthYear: 2020 - age, birthMonth: 1, education });
    const found = validateLongForm(input({ persons: [{ facts, answers: {} }] })).filter(
      (p) => p.item === 'person.education',
    );
    expect(found.map((p) => `${p.field.join('.')}:${p.code}`)).toEqual(expected);
  });

  describe('C26 children ever born and C27 births in the past year', () => {
    const woman = (answers: LongFormPersonAnswers) =>
      problems(input({ persons: [{ facts: wifeFacts({ lineNumber: 1 }), answers: wifeAnswers(answers) }] }));

    it.each([
      [{ male: 0, female: 0 }, []],
      [{ male: 20, female: 20 }, []],
      [{ male: 21, female: 0 }, ['persons.1.childrenBorn.male:OUT_OF_RANGE']],
      [{ male: 0, female: -1 }, ['persons.1.childrenBorn.female:OUT_OF_RANGE']],
      [{ male: 1.5, female: 0 }, ['persons.1.childrenBorn.male:INVALID_NUMBER']],
    ])('%j gives %j', (childrenBorn, expected) => {
      expect(
        woman({ childrenBorn: answered(childrenBorn), birthsLastYear: answered(BirthsLastYear.NONE) }),
      ).toEqual(expected);
    });

    it('a second child born in the past year needs at least two children ever born', () => {
      const births = answered(BirthsLastYear.SECOND);
      expect(woman({ birthsLastYear: births, childrenBorn: answered({ male: 1, female: 0 }) })).toEqual([
        'persons.1.birthsLastYear:MISMATCH',
      ]);
      expect(woman({ birthsLastYear: births, childrenBorn: answered({ male: 1, female: 1 }) })).toEqual([]);
    });
  });

  it('a person preparing a business of their own can start work', () => {
    const answers = wifeAnswers({
      jobSearch: answered(JobSearch.PREPARING_OWN_BUSINESS),
      ableToWork: answered(AbleToWork.UNABLE),
    });
    expect(problems(input({ persons: [{ facts: wifeFacts(), answers }] }))).toEqual([
      'persons.2.ableToWork:MISMATCH',
    ]);
  });

  describe('housing amounts and bounds', () => {
    const rented = (monthlyRent: number) =>
      problems(
        input({
          answers: householdAnswers({
            housingSource: answered(HousingSource.RENT_OTHER),
            purchaseCost: undefined,
            monthlyRent: answered(monthlyRent),
          }),
        }),
      );

    it.each([
      [1, []],
      [200000, []],
      [0, ['household.monthlyRent:OUT_OF_RANGE']],
      [200001, ['household.monthlyRent:OUT_OF_RANGE']],
      [1500.5, ['household.monthlyRent:INVALID_NUMBER']],
    ])('a monthly rent of %p gives %j', (rent, expected) => {
      expect(rented(rent)).toEqual(expected);
    });

    it('writes the rent and its limit as people write amounts', () => {
      const answers = householdAnswers({
        housingSource: answered(HousingSource.RENT_OTHER),
        purchaseCost: undefined,
        monthlyRent: answered(250000),
      });
      const [rent] = validateLongForm(input({ answers }));
      expect(formatMessage('zh', rent.messageCode, rent.params)).toBe(
        'H18 月租房费用（元）填的是 250,000，允许范围为 1–200,000。',
      );
      expect(formatMessage('en', rent.messageCode, rent.params)).toBe(
        'H18 Monthly rent (yuan) 250,000 is outside 1-200,000.',
      );
    });

    it.each([
      [0.01, []],
      [100000, []],
      [0, ['household.purchaseCost:OUT_OF_RANGE']],
      [12.345, ['household.purchaseCost:INVALID_NUMBER']],
    ])('a cost of buying or building of %p (万元) gives %j', (cost, expected) => {
      expect(problems(input({ answers: householdAnswers({ purchaseCost: answered(cost) }) }))).toEqual(
        expected,
      );
    });

    it.each([
      [90, 3, []],
      [300, 1, []],
      [301, 1, ['household.floorArea:MISMATCH']],
      [5, 3, ['household.floorArea:MISMATCH']],
      [null, 3, []],
    ])('H6 %p m² over H7 %p rooms gives %j', (floorArea, rooms, expected) => {
      expect(problems(input({ household: householdFacts({ floorArea, rooms }) }))).toEqual(expected);
    });

    it('counts cars where the office asks', () => {
      expect(problems(input(), true)).toEqual(['household.carCount:REQUIRED']);
      expect(problems(input({ answers: householdAnswers({ carCount: answered(2) }) }), true)).toEqual([]);
      expect(problems(input({ answers: householdAnswers({ carCount: answered(21) }) }), true)).toEqual([
        'household.carCount:OUT_OF_RANGE',
      ]);
      expect(problems(input({ answers: householdAnswers({ carCount: answered(2) }) }))).toEqual([
        'household.carCount:NOT_APPLICABLE',
      ]);
    });
  });
});
