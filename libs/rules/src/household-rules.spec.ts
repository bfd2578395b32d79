import {
  HouseholdStage,
  LOCKED_STAGES,
  nextHouseholdNumber,
  validateBuildingNumber,
  validateCount,
  validateFloorArea,
  validateHouseholdNumber,
  validateRooms,
} from './index';

describe('validateHouseholdNumber', () => {
  it.each(['001', '010', '100', '999'])('accepts %p', (number) => {
    expect(validateHouseholdNumber(number)).toEqual([]);
  });

  it.each([null, undefined, ''])('requires a value, not %p', (number) => {
    expect(validateHouseholdNumber(number)).toMatchObject([
      { item: 'householdNumber', code: 'REQUIRED', message: 'Household number is required' },
    ]);
  });

  it.each(['1', '01', '0001', '1000', '12a', ' 001', '００１'])('rejects %p', (number) => {
    expect(validateHouseholdNumber(number)).toMatchObject([
      {
        item: 'householdNumber',
        code: 'INVALID_FORMAT',
        message: `Household number '${number}' must be exactly 3 digits, '001' to '999'`,
      },
    ]);
  });

  it("rejects '000'", () => {
    expect(validateHouseholdNumber('000')).toMatchObject([{ code: 'OUT_OF_RANGE' }]);
  });
});

describe('nextHouseholdNumber', () => {
  it("starts at '001'", () => {
    expect(nextHouseholdNumber([])).toBe('001');
  });

  it('takes the highest number plus one and does not fill gaps', () => {
    expect(nextHouseholdNumber(['001', '002', '003'])).toBe('004');
    expect(nextHouseholdNumber(['003', '001'])).toBe('004');
    expect(nextHouseholdNumber(['001', '099'])).toBe('100');
    expect(nextHouseholdNumber(['998'])).toBe('999');
  });

  it('ignores entries that are not numbers', () => {
    expect(nextHouseholdNumber(['', 'abc', '005', ' 007 '])).toBe('008');
  });

  it('gives up after 999', () => {
    expect(nextHouseholdNumber(['999'])).toBeUndefined();
    expect(nextHouseholdNumber(['001', '999', '500'])).toBeUndefined();
  });
});

describe('validateBuildingNumber', () => {
  it.each(['1', '001', '12A', '3-2', '3-2A', '12-3-1', '0123456789', '123456789Z'])(
    'accepts %p',
    (number) => {
      expect(validateBuildingNumber(number)).toEqual([]);
    },
  );

  it.each([null, undefined, ''])('requires a value, not %p', (number) => {
    expect(validateBuildingNumber(number)).toMatchObject([{ item: 'buildingNumber', code: 'REQUIRED' }]);
  });

  it('allows at most 10 characters', () => {
    expect(validateBuildingNumber('12345678901')).toMatchObject([
      {
        item: 'buildingNumber',
        code: 'INVALID_LENGTH',
        message: "Building number '12345678901' has 11 characters; at most 10 are allowed",
      },
    ]);
  });

  it.each(['A12', '12a', '12AB', '12-', '-12', '3--2', '12 A', '12A-1', '十二', '１２'])(
    'rejects %p',
    (number) => {
      expect(validateBuildingNumber(number)).toMatchObject([
        {
          item: 'buildingNumber',
          code: 'INVALID_FORMAT',
          message: expect.stringContaining(`'${number}'`) as string,
        },
      ]);
    },
  );
});

describe('validateFloorArea', () => {
  it.each([0.01, 1, 45.5, 89.99, 120.25, 10000])('accepts %p', (m2) => {
    expect(validateFloorArea(m2)).toEqual([]);
  });

  it.each([null, undefined])('requires a value, not %p', (m2) => {
    expect(validateFloorArea(m2)).toMatchObject([
      { item: 'floorArea', code: 'REQUIRED', message: 'Floor area is required' },
    ]);
  });

  it.each([0, -1, 10000.01, 20000])('rejects %p as out of range', (m2) => {
    expect(validateFloorArea(m2)).toMatchObject([
      {
        item: 'floorArea',
        code: 'OUT_OF_RANGE',
        message: `Floor area ${m2} m2 is outside the allowed range: more than 0 and at most 10000 m2`,
      },
    ]);
  });

  it('rejects more than two decimal places', () => {
    expect(validateFloorArea(12.345)).toMatchObject([
      {
        item: 'floorArea',
        code: 'INVALID_NUMBER',
        message: 'Floor area 12.345 m2 has more than 2 decimal places',
      },
    ]);
    expect(validateFloorArea(0.001)).toMatchObject([{ code: 'INVALID_NUMBER' }]);
  });

  it('is not fooled by floating-point arithmetic', () => {
    expect(validateFloorArea(0.1 + 0.2)).toMatchObject([{ code: 'INVALID_NUMBER' }]);
    expect(validateFloorArea(Math.round((0.1 + 0.2) * 100) / 100)).toEqual([]);
    expect(validateFloorArea(1.1 * 3)).toMatchObject([{ code: 'INVALID_NUMBER' }]);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('rejects %p', (m2) => {
    expect(validateFloorArea(m2)).toMatchObject([{ code: 'INVALID_NUMBER' }]);
  });
});

describe('validateRooms', () => {
  it.each([0, 1, 3, 200])('accepts %p', (n) => {
    expect(validateRooms(n)).toEqual([]);
  });

  it('rejects values outside 0-200 and fractions', () => {
    expect(validateRooms(201)).toMatchObject([
      { item: 'rooms', code: 'OUT_OF_RANGE', message: 'Number of rooms 201 is outside 0-200' },
    ]);
    expect(validateRooms(-1)).toMatchObject([{ code: 'OUT_OF_RANGE' }]);
    expect(validateRooms(2.5)).toMatchObject([
      { item: 'rooms', code: 'INVALID_NUMBER', message: 'Number of rooms must be a whole number; got 2.5' },
    ]);
    expect(validateRooms(null)).toMatchObject([{ code: 'REQUIRED' }]);
  });
});

describe('validateCount', () => {
  it.each([0, 1, 999])('accepts %p', (n) => {
    expect(validateCount(n)).toEqual([]);
  });

  it('rejects values outside 0-999 and fractions', () => {
    expect(validateCount(1000)).toMatchObject([
      { item: 'count', code: 'OUT_OF_RANGE', message: 'Count 1000 is outside 0-999' },
    ]);
    expect(validateCount(-1)).toMatchObject([{ code: 'OUT_OF_RANGE' }]);
    expect(validateCount(0.5)).toMatchObject([{ code: 'INVALID_NUMBER' }]);
    expect(validateCount(undefined)).toMatchObject([{ code: 'REQUIRED' }]);
  });

  it('reports under the given item name', () => {
    expect(validateCount(-3, 'birthsFemale')).toMatchObject([{ item: 'birthsFemale', code: 'OUT_OF_RANGE' }]);
  });
});

describe('LOCKED_STAGES', () => {
  it('locks the short form while it is with the reviewer, and only then', () => {
    expect([...LOCKED_STAGES].sort()).toMatchObject([HouseholdStage.APPROVED, HouseholdStage.SUBMITTED]);
    for (const stage of [HouseholdStage.LISTED, HouseholdStage.ENUMERATING, HouseholdStage.RETURNED]) {
      expect(LOCKED_STAGES).not.toContain(stage);
    }
  });
});
