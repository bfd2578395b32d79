import {
  ancestorZoneCodes,
  canonicalZoneCode,
  childCodeSegmentLength,
  childLevel,
  childZoneCode,
  commonAncestorZone,
  countyCodeOf,
  countyKeyOf,
  isDirectlyUnderCity,
  isProvinceSegment,
  isVirtualSmallZone,
  isWithinZone,
  normalizeZoneCode,
  officeZoneOf,
  padZoneCode,
  parentLevel,
  parentZoneCode,
  ZONE_CODE_LENGTH,
  ZONE_LEVELS,
  ZoneLevel,
  zoneLevelOfCode,
} from './index';

describe('ZONE_CODE_LENGTH', () => {
  it('gives 2, 4, 6, 9, 12 and 15 digits from province to small zone', () => {
    expect(ZONE_LEVELS.map((level) => ZONE_CODE_LENGTH[level])).toMatchObject([2, 4, 6, 9, 12, 15]);
  });
});

describe('normalizeZoneCode', () => {
  it.each([
    ['11', '11', ZoneLevel.PROVINCE],
    ['1101', '1101', ZoneLevel.CITY],
    ['110105', '110105', ZoneLevel.COUNTY],
    ['110105001', '110105001', ZoneLevel.TOWNSHIP],
    ['110105001001', '110105001001', ZoneLevel.CENSUS_ZONE],
    ['110105001001003', '110105001001003', ZoneLevel.SMALL_ZONE],
    ['65', '65', ZoneLevel.PROVINCE],
    ['82', '82', ZoneLevel.PROVINCE],
    // Official 12-digit padded forms.
    ['110000000000', '11', ZoneLevel.PROVINCE],
    ['110100000000', '1101', ZoneLevel.CITY],
    ['110105000000', '110105', ZoneLevel.COUNTY],
    ['110105001000', '110105001', ZoneLevel.TOWNSHIP],
    // Shorter padded forms, e.g. 6-digit GB/T 2260 codes.
    ['110000', '11', ZoneLevel.PROVINCE],
    ['110100', '1101', ZoneLevel.CITY],
    ['1100', '11', ZoneLevel.PROVINCE],
    ['110105000', '110105', ZoneLevel.COUNTY],
    // Zeros inside a segment are fine; only all-zero segments are padding.
    ['440103100010', '440103100010', ZoneLevel.CENSUS_ZONE],
    ['110105010200', '110105010200', ZoneLevel.CENSUS_ZONE],
  ])('accepts %s as %s (%s)', (input, code, level) => {
    expect(normalizeZoneCode(input)).toEqual({ ok: true, value: { code, level, virtual: false } });
  });

  it('trims whitespace, including the ideographic space', () => {
    expect(normalizeZoneCode('  110105\t')).toMatchObject({ ok: true, value: { code: '110105' } });
    expect(normalizeZoneCode('\u3000110105\u3000')).toMatchObject({ ok: true, value: { code: '110105' } });
  });

  it('folds full-width digits typed with a Chinese input method', () => {
    expect(normalizeZoneCode('１１０１０５')).toMatchObject({ ok: true, value: { code: '110105' } });
  });

  it.each([
    ['110105001001899', false],
    ['110105001001900', true],
    ['110105001001999', true],
    ['110105001001001', false],
  ])('marks small zone %s virtual=%s', (input, virtual) => {
    expect(normalizeZoneCode(input)).toEqual({
      ok: true,
      value: { code: input, level: ZoneLevel.SMALL_ZONE, virtual },
    });
  });

  it('rejects an empty code', () => {
    expect(normalizeZoneCode('   ')).toMatchObject({
      ok: false,
      code: 'REQUIRED',
      message: 'Zone code is empty',
      messageCode: 'zone.codeEmpty',
      params: {},
    });
  });

  it.each(['11a105', '110-105', '11 01 05', '+110105', '1.5'])('rejects non-digits in %p', (input) => {
    const result = normalizeZoneCode(input);
    expect(result).toMatchObject({ ok: false, code: 'INVALID_FORMAT' });
    expect(!result.ok && result.message).toContain('characters other than the digits');
  });

  it('names the digit count and the accepted lengths', () => {
    expect(normalizeZoneCode('11010500')).toMatchObject({
      ok: false,
      code: 'INVALID_FORMAT',
      message:
        "Zone code '11010500' has 8 digits; expected 2, 4, 6, 9, 12 or 15 digits (or a 12-digit padded code)",
    });
  });

  it.each([
    '1',
    '110',
    '11010',
    '1101050010',
    '11010500100',
    '1101050010010',
    '11010500100100',
    '1101050010010031',
  ])('rejects length %s', (input) => {
    expect(normalizeZoneCode(input)).toMatchObject({ ok: false, code: 'INVALID_FORMAT' });
  });

  it.each(['00', '10', '92', '99', '000000000000', '100105001001003'])(
    'rejects province segment in %s',
    (input) => {
      const result = normalizeZoneCode(input);
      expect(result).toMatchObject({ ok: false, code: 'OUT_OF_RANGE' });
      expect(!result.ok && result.message).toContain(`starts with province segment '${input.slice(0, 2)}'`);
    },
  );

  it('rejects an all-zero segment before a non-zero one', () => {
    expect(normalizeZoneCode('110005001')).toMatchObject({
      ok: false,
      code: 'INVALID_FORMAT',
      message:
        "Zone code '110005001' has an all-zero city segment '00'; zeros are only allowed as padding at the end",
    });
    expect(normalizeZoneCode('110105000001')).toMatchObject({ ok: false, code: 'INVALID_FORMAT' });
    // A 00 county segment before a township is a township directly under a city (as 东莞's), not an error.
    expect(normalizeZoneCode('110100001000')).toMatchObject({ ok: true, value: { code: '110100001' } });
  });

  it.each([
    ['441900003', '441900003', ZoneLevel.TOWNSHIP],
    ['441900003000', '441900003', ZoneLevel.TOWNSHIP],
    ['441900003001', '441900003001', ZoneLevel.CENSUS_ZONE],
    ['460400100001001', '460400100001001', ZoneLevel.SMALL_ZONE],
  ])('keeps the 00 county segment of a township directly under a city: %s', (input, code, level) => {
    expect(normalizeZoneCode(input)).toEqual({ ok: true, value: { code, level, virtual: false } });
  });

  it('reads 441900 as the GB/T 2260 form of the city, not as a county', () => {
    expect(normalizeZoneCode('441900')).toMatchObject({ ok: true, value: { code: '4419', level: 'CITY' } });
    expect(normalizeZoneCode('441900000000')).toMatchObject({ ok: true, value: { code: '4419' } });
  });

  it('never treats a 15-digit code as padded', () => {
    const result = normalizeZoneCode('110105001001000');
    expect(result).toMatchObject({ ok: false, code: 'INVALID_FORMAT' });
    expect(!result.ok && result.message).toContain("all-zero small-zone segment '000'");
    expect(normalizeZoneCode('110105001000000')).toMatchObject({ ok: false, code: 'INVALID_FORMAT' });
    expect(normalizeZoneCode('110000000000000')).toMatchObject({ ok: false, code: 'INVALID_FORMAT' });
  });
});

describe('zoneLevelOfCode', () => {
  it.each(ZONE_LEVELS.map((level) => ['110105001001003'.slice(0, ZONE_CODE_LENGTH[level]), level]))(
    '%s is a %s',
    (code, level) => {
      expect(zoneLevelOfCode(code)).toBe(level);
    },
  );

  it.each(['110000000000', '110100', ' 110105', '１１', '110005', '1101050', ''])(
    'is null for non-canonical %p',
    (code) => {
      expect(zoneLevelOfCode(code)).toBeNull();
    },
  );
});

describe('parentZoneCode and ancestorZoneCodes', () => {
  it('walks up the tree', () => {
    expect(parentZoneCode('110105001001003')).toBe('110105001001');
    expect(parentZoneCode('110105001001')).toBe('110105001');
    expect(parentZoneCode('110105001')).toBe('110105');
    expect(parentZoneCode('110105')).toBe('1101');
    expect(parentZoneCode('1101')).toBe('11');
    expect(parentZoneCode('11')).toBeNull();
  });

  it('skips the county of a township directly under a city', () => {
    expect(parentZoneCode('441900003')).toBe('4419');
    expect(parentZoneCode('441900003001')).toBe('441900003');
    expect(ancestorZoneCodes('441900003001001')).toMatchObject(['44', '4419', '441900003', '441900003001']);
    expect(isWithinZone('441900003001', '4419')).toBe(true);
    expect(isWithinZone('441900003001', '441900')).toBe(false);
    expect(commonAncestorZone(['441900003001', '441900004'])).toBe('4419');
  });

  it('returns null for a non-canonical code', () => {
    expect(parentZoneCode('110105000000')).toBeNull();
    expect(parentZoneCode('nonsense')).toBeNull();
  });

  it('lists ancestors from the province down to the parent', () => {
    expect(ancestorZoneCodes('110105001001903')).toMatchObject([
      '11',
      '1101',
      '110105',
      '110105001',
      '110105001001',
    ]);
    expect(ancestorZoneCodes('110105')).toMatchObject(['11', '1101']);
    expect(ancestorZoneCodes('11')).toEqual([]);
    expect(ancestorZoneCodes('110105000000')).toEqual([]);
  });
});

describe('isVirtualSmallZone', () => {
  it('is true for small zones 900-999 only', () => {
    expect(isVirtualSmallZone('110105001001900')).toBe(true);
    expect(isVirtualSmallZone('110105001001999')).toBe(true);
    expect(isVirtualSmallZone('110105001001899')).toBe(false);
    expect(isVirtualSmallZone('110105001001003')).toBe(false);
  });

  it('is false for other levels and bad codes', () => {
    expect(isVirtualSmallZone('110105901')).toBe(false);
    expect(isVirtualSmallZone('110105001901')).toBe(false);
    expect(isVirtualSmallZone('110105001000900')).toBe(false);
  });
});

describe('isWithinZone', () => {
  it('follows the prefix rule and includes the zone itself', () => {
    expect(isWithinZone('110105001001003', '11')).toBe(true);
    expect(isWithinZone('110105001001003', '110105001')).toBe(true);
    expect(isWithinZone('110105', '110105')).toBe(true);
    expect(isWithinZone('110105', '1101050')).toBe(false);
    expect(isWithinZone('110106001', '110105')).toBe(false);
    expect(isWithinZone('1101', '110105')).toBe(false);
  });

  it('rejects non-canonical codes rather than guessing', () => {
    expect(isWithinZone('110105001', '110100')).toBe(false);
    expect(isWithinZone('110105000', '11')).toBe(false);
    expect(isWithinZone('110105', '')).toBe(false);
  });
});

describe('padZoneCode', () => {
  it.each([
    ['11', '110000000000'],
    ['1101', '110100000000'],
    ['110105', '110105000000'],
    ['110105001', '110105001000'],
    ['110105001001', '110105001001'],
    ['110105001001003', '110105001001003'],
    ['110105000000', '110105000000'],
  ])('pads %s to %s', (code, padded) => {
    expect(padZoneCode(code)).toBe(padded);
  });

  it('round-trips through normalizeZoneCode', () => {
    for (const code of ['11', '1101', '110105', '110105001', '110105001001']) {
      expect(normalizeZoneCode(padZoneCode(code))).toMatchObject({ ok: true, value: { code } });
    }
  });

  it('throws with the normalisation message on a bad code', () => {
    expect(() => padZoneCode('110005001')).toThrow(RangeError);
    expect(() => padZoneCode('123')).toThrow("Zone code '123' has 3 digits");
  });
});

describe('level navigation', () => {
  it('gives the digits each child adds', () => {
    expect(ZONE_LEVELS.map(childCodeSegmentLength)).toMatchObject([2, 2, 3, 3, 3, null]);
  });

  it('moves one level down and up', () => {
    expect(childLevel(ZoneLevel.PROVINCE)).toBe(ZoneLevel.CITY);
    expect(childLevel(ZoneLevel.CENSUS_ZONE)).toBe(ZoneLevel.SMALL_ZONE);
    expect(childLevel(ZoneLevel.SMALL_ZONE)).toBeNull();
    expect(parentLevel(ZoneLevel.SMALL_ZONE)).toBe(ZoneLevel.CENSUS_ZONE);
    expect(parentLevel(ZoneLevel.CITY)).toBe(ZoneLevel.PROVINCE);
    expect(parentLevel(ZoneLevel.PROVINCE)).toBeNull();
  });
});

describe('childZoneCode', () => {
  it('appends the zero-padded serial', () => {
    expect(childZoneCode('11', 1)).toBe('1101');
    expect(childZoneCode('110105', 1)).toBe('110105001');
    expect(childZoneCode('110105001001', 3)).toBe('110105001001003');
    expect(childZoneCode('110105001001', 901)).toBe('110105001001901');
  });

  it('throws for a small zone, a bad code or a serial out of range', () => {
    expect(() => childZoneCode('110105001001003', 1)).toThrow(RangeError);
    expect(() => childZoneCode('110105000000', 1)).toThrow(RangeError);
    expect(() => childZoneCode('1101', 0)).toThrow('outside 1-99');
    expect(() => childZoneCode('1101', 100)).toThrow(RangeError);
    expect(() => childZoneCode('110105', 1.5)).toThrow(RangeError);
  });
});

describe('isProvinceSegment', () => {
  it('accepts the province codes of GB/T 2260 only', () => {
    expect(
      ['11', '15', '21', '23', '31', '37', '41', '46', '50', '54', '61', '65', '71', '81', '82'].every(
        isProvinceSegment,
      ),
    ).toBe(true);
    expect(['16', '20', '24', '38', '47', '55', '66', '70', '72', '83', '91'].some(isProvinceSegment)).toBe(
      false,
    );
    expect(['10', '92', '1', '111', 'ab', ''].some(isProvinceSegment)).toBe(false);
  });
});

describe('commonAncestorZone', () => {
  it('answers the deepest zone containing every code', () => {
    expect(commonAncestorZone(['330106002001001', '330106002001002'])).toBe('330106002001');
    expect(commonAncestorZone(['330106002001001', '330106004002001'])).toBe('330106');
    expect(commonAncestorZone(['330106002'])).toBe('330106002');
    expect(commonAncestorZone(['330106002001001', '330106'])).toBe('330106');
    expect(commonAncestorZone(['330106', '110105'])).toBeNull();
    expect(commonAncestorZone([])).toBeNull();
  });
});

describe('isDirectlyUnderCity and countyKeyOf', () => {
  it('tells townships directly under a city from those under a county', () => {
    expect(isDirectlyUnderCity('441900003')).toBe(true);
    expect(isDirectlyUnderCity('441900003001001')).toBe(true);
    expect(isDirectlyUnderCity('110105001')).toBe(false);
    expect(isDirectlyUnderCity('4419')).toBe(false);
  });

  it('answers the six-digit county key, 00 for a city without counties, null above the county', () => {
    expect(countyKeyOf('110105001001003')).toBe('110105');
    expect(countyKeyOf('110105')).toBe('110105');
    expect(countyKeyOf('441900003001')).toBe('441900');
    expect(countyKeyOf('4419')).toBeNull();
    expect(countyKeyOf('bad')).toBeNull();
  });

  it('gives every zone a county code: the county key, or the padded office code above the county', () => {
    expect(countyCodeOf('110105001001003')).toBe('110105');
    expect(countyCodeOf('441900003001')).toBe('441900');
    expect(countyCodeOf('4419')).toBe('441900');
    expect(countyCodeOf('3301')).toBe('330100');
    expect(countyCodeOf('33')).toBe('330000');
    expect(countyCodeOf('33010')).toBeNull();
  });
});

describe('officeZoneOf', () => {
  it('raises census zones and small zones to their township, keeps offices as they are', () => {
    expect(officeZoneOf('330106002001001')).toBe('330106002');
    expect(officeZoneOf('330106002001')).toBe('330106002');
    expect(officeZoneOf('330106002')).toBe('330106002');
    expect(officeZoneOf('33')).toBe('33');
  });
});

describe('canonicalZoneCode', () => {
  it('answers the canonical code of any accepted form, null for anything else', () => {
    expect(canonicalZoneCode('330106002000')).toBe('330106002');
    expect(canonicalZoneCode('330106')).toBe('330106');
    expect(canonicalZoneCode('33010')).toBeNull();
    expect(canonicalZoneCode('abc')).toBeNull();
  });
});
