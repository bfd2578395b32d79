/**
 * Test data factories: one call makes one valid row (and what it needs above it) in the test file's real database,
 * with unique, real-looking defaults that a test overrides only where its behaviour depends on the value.
 *
 * They live beside the harness rather than in @census/testing: they seal citizen IDs and phone numbers with the
 * server's keys, load rows through the API's own bulk loader and sign tokens with its secrets, and
 * @census/testing (type:util) may not depend on @census/api (type:feature), which itself depends on
 * @census/testing.
 */
import { type CensusClient, createClient, GraphQLRequestError } from '@census/client';
import type { DemoBuilding, DemoHousehold, DemoPerson } from '@census/demo-data';
import {
  BuildingKind,
  countyCodeOf,
  Education,
  Ethnicity,
  HouseholdKind,
  HouseholdStage,
  HouseholdStatus,
  LeftRegistrationDuration,
  makeCitizenId,
  maskCitizenId,
  RegistrationMethod,
  Relationship,
  Sex,
  Whereabouts,
  ZoneLevel,
} from '@census/rules';

import { Role } from '../src/auth/role';
import { countyRowGlobalId, type NodeTypeName } from '../src/common/global-id';
import { insertSmallZones, insertZones } from '../src/demo/bulk-insert';
import { householdAddress } from '../src/sources/address';
import type { TestAccount, TestApi } from './harness';

/** The test county: 杭州市西湖区, as in the demo, below the harness's province 33 (浙江省). */
export const TEST_COUNTY = '330106';

/** The global ID of a county-owned row (building, household, person, ...) of a small zone, as the API gives it. */
export function rowGlobalId(type: NodeTypeName, smallZoneCode: string, rowId: string): string {
  return countyRowGlobalId(type, countyCodeOf(smallZoneCode)!, rowId);
}

const TOWNSHIP_NAMES = ['北山街道', '西溪街道', '灵隐街道', '翠苑街道', '文新街道', '古荡街道', '转塘街道'];
const COMMUNITY_NAMES = ['桂花社区', '竹园社区', '金桥社区', '梅苑社区', '松木场社区', '嘉绿苑社区'];
const STREETS = ['文三路', '天目山路', '教工路', '古墩路', '保俶路', '学院路'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '马', '朱'];
const GIVEN_NAMES = ['建国', '丽', '伟', '芳', '秀英', '敏', '静', '强', '磊', '洋', '艳', '勇', '军', '杰'];

let serial = 0;
/** A process-wide counter: every default built from it is unique within the test file's database. */
const next = () => ++serial;
const pick = <T>(list: readonly T[], n: number) => list[n % list.length];

export interface ZoneTree {
  county: string;
  township: string;
  censusZone: string;
  smallZone: string;
}

export interface BuildingRow {
  /** Global ID. */
  id: string;
  rowId: string;
  smallZoneCode: string;
  number: string;
  address: string;
}

export interface HouseholdRow {
  /** Global ID. */
  id: string;
  rowId: string;
  smallZoneCode: string;
  number: string;
  version: number;
}

export interface PersonRow {
  /** Global ID. */
  id: string;
  rowId: string;
  householdId: string;
  smallZoneCode: string;
  lineNumber: number;
  name: string;
  citizenId: string | null;
  version: number;
}

/** A person's items; the optional short-form items may be null (not yet recorded). */
export type PersonOverrides = Partial<
  Omit<DemoPerson, 'ethnicity' | 'whereabouts' | 'leftRegistrationDuration'> & {
    ethnicity: DemoPerson['ethnicity'] | null;
    whereabouts: DemoPerson['whereabouts'] | null;
    leftRegistrationDuration: DemoPerson['leftRegistrationDuration'] | null;
  }
>;

export interface AccountOptions {
  role?: Role;
  /** The zones the account holds (default: none). */
  zones?: string[];
  /** 所属单位 (default: the office above its zones, as createAccount sets it). */
  homeZone?: string;
  supervisorId?: string;
  password?: string;
}

/** An account with a signed token and a typed client that sends it. */
export interface TestUser extends TestAccount {
  client: CensusClient;
}

export interface Factories {
  /** A new township, census zone and small zone under the test county (created once). */
  newZoneTree(overrides?: { county?: string; township?: string }): Promise<ZoneTree>;
  /** A new small zone: under the given census zone, or in a new zone tree. */
  newSmallZone(overrides?: { censusZone?: string; name?: string }): Promise<string>;
  newBuilding(overrides?: Partial<DemoBuilding>): Promise<BuildingRow>;
  /**
   * A listed family household (no persons unless `persons` says how many heads-first members to add), in a new
   * small zone unless `smallZoneCode` names one; `building: true` puts it in a new building of that small zone.
   */
  newHousehold(
    overrides?: Partial<DemoHousehold> & {
      building?: boolean | BuildingRow;
      persons?: number;
      /**
       * In the long-form sample: by the rule from its number ('rule', as the API decides it), or as given. Default
       * false: which numbers are sampled depends on the test's random keys, and a test of the short form must not
       * find the long form required by chance.
       */
      longFormSampled?: boolean | 'rule';
    },
  ): Promise<HouseholdRow & { persons: PersonRow[] }>;
  /** A person of the household (the head if it is the household's first), with a valid citizen ID. */
  newPerson(household: HouseholdRow, overrides?: PersonOverrides): Promise<PersonRow>;
  /** An account of the role (default ENUMERATOR) with its zones; returns its token and a typed client. */
  newAccount(options?: AccountOptions): Promise<TestUser>;
  /** A typed client sending the given token (null: anonymous). */
  client(token: string | null): CensusClient;
}

export function factories(api: TestApi): Factories {
  const client = (token: string | null): CensusClient => createClient({ url: api.graphqlUrl, token });

  const ensureCounty = async (county: string) => {
    await insertZones(api.db.manager, [
      { code: county.slice(0, 4), level: ZoneLevel.CITY, name: '杭州市' },
      { code: county, level: ZoneLevel.COUNTY, name: '西湖区' },
    ]);
  };

  /** The next free child code of `parent` with `digits` more digits (real codes count up from 001). */
  const nextChild = async (parent: string, digits: number) => {
    const [{ last }] = await api.sql<{ last: string | null }>(
      `SELECT max(code) AS last FROM zone WHERE parent_code = $1 AND length(code) = $2`,
      [parent, parent.length + digits],
    );
    const n = last ? Number(last.slice(parent.length)) + 1 : 1;
    return `${parent}${String(n).padStart(digits, '0')}`;
  };

  const newSmallZone: Factories['newSmallZone'] = async (overrides = {}) => {
    const censusZone = overrides.censusZone ?? (await newCensusZone()).censusZone;
    const code = await nextChild(censusZone, 3);
    await insertZones(api.db.manager, [
      { code, level: ZoneLevel.SMALL_ZONE, name: overrides.name ?? `第${Number(code.slice(-3))}普查小区` },
    ]);
    return code;
  };

  async function newCensusZone(overrides: { county?: string; township?: string } = {}) {
    const county = overrides.county ?? TEST_COUNTY;
    await ensureCounty(county);
    const township = overrides.township ?? (await nextChild(county, 3));
    const n = next();
    await insertZones(api.db.manager, [
      { code: township, level: ZoneLevel.TOWNSHIP, name: pick(TOWNSHIP_NAMES, n) },
    ]);
    const censusZone = await nextChild(township, 3);
    await insertZones(api.db.manager, [
      { code: censusZone, level: ZoneLevel.CENSUS_ZONE, name: pick(COMMUNITY_NAMES, n) },
    ]);
    return { county, township, censusZone };
  }

  const newZoneTree: Factories['newZoneTree'] = async (overrides = {}) => {
    const tree = await newCensusZone(overrides);
    return { ...tree, smallZone: await newSmallZone({ censusZone: tree.censusZone }) };
  };

  const nextNumber = async (table: 'building' | 'household', smallZoneCode: string, digits: number) => {
    const [{ last }] = await api.sql<{ last: string | null }>(
      `SELECT max(number) AS last FROM ${table} WHERE small_zone_code = $1`,
      [smallZoneCode],
    );
    return String((last ? Number(last) : 0) + 1).padStart(digits, '0');
  };

  const load = (smallZoneCode: string, rows: Partial<Parameters<typeof insertSmallZones>[1][number]>) =>
    api.db.transaction((tx) =>
      insertSmallZones(
        tx,
        [
          {
            // Already there: insertZones skips an existing code.
            zone: { code: smallZoneCode, level: ZoneLevel.SMALL_ZONE, name: '' },
            buildings: [],
            households: [],
            persons: [],
            ...rows,
          },
        ],
        api.crypto,
      ),
    );

  const newBuilding: Factories['newBuilding'] = async (overrides = {}) => {
    const smallZoneCode = overrides.smallZoneCode ?? (await newSmallZone());
    const number = overrides.number ?? (await nextNumber('building', smallZoneCode, 4));
    const n = next();
    const building: DemoBuilding = {
      smallZoneCode,
      number,
      address: `杭州市西湖区${pick(STREETS, n)}${100 + n}号`,
      kind: BuildingKind.RESIDENTIAL,
      latitude: null,
      longitude: null,
      ...overrides,
    };
    await load(smallZoneCode, { buildings: [building] });
    const [{ id }] = await api.sql<{ id: string }>(
      `SELECT id FROM building WHERE small_zone_code = $1 AND number = $2`,
      [smallZoneCode, building.number],
    );
    return {
      id: rowGlobalId('Building', smallZoneCode, id),
      rowId: id,
      smallZoneCode,
      number,
      address: building.address,
    };
  };

  const newPerson: Factories['newPerson'] = async (household, overrides = {}) => {
    const [{ line }] = await api.sql<{ line: number }>(
      `SELECT coalesce(max(line_number), 0)::int + 1 AS line FROM person WHERE household_id = $1`,
      [household.rowId],
    );
    const n = next();
    const sex = overrides.sex ?? (n % 2 ? Sex.MALE : Sex.FEMALE);
    const birthYear = overrides.birthYear ?? 1960 + (n % 40);
    const birthMonth = overrides.birthMonth ?? 1 + (n % 12);
    const person = {
      smallZoneCode: household.smallZoneCode,
      householdNumber: household.number,
      lineNumber: line,
      name: `${pick(SURNAMES, n)}${pick(GIVEN_NAMES, n * 7)}`,
      relationship: line === 1 ? Relationship.HEAD : Relationship.CHILD,
      citizenId: makeCitizenId(
        TEST_COUNTY,
        { year: birthYear, month: birthMonth, day: 1 + (n % 28) },
        n % 1000,
        sex,
      ),
      sex,
      birthYear,
      birthMonth,
      ethnicity: Ethnicity.HAN,
      whereabouts: Whereabouts.THIS_SMALL_ZONE,
      registrationPlaceCode: null,
      leftRegistrationDuration: LeftRegistrationDuration.NOT_LEFT,
      leftRegistrationReason: null,
      education: Education.SENIOR_SECONDARY,
      literate: true,
      registered: true,
      resident: true,
      ...overrides,
    } satisfies PersonOverrides;
    const [{ id }] = await api.sql<{ id: string }>(
      `INSERT INTO person (county_code, household_id, small_zone_code, line_number, name, relationship, citizen_id_sealed,
                           citizen_id_hash, citizen_id_masked, sex, birth_year, birth_month, ethnicity, whereabouts,
                           registration_place_code, left_registration_duration, left_registration_reason, education,
                           literate, registered, resident, version)
       VALUES (county_key($2), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, 1)
       RETURNING id`,
      [
        household.rowId,
        person.smallZoneCode,
        person.lineNumber,
        person.name,
        person.relationship,
        person.citizenId ? api.crypto.seal(person.citizenId) : null,
        person.citizenId ? api.crypto.digest(person.citizenId) : null,
        person.citizenId ? maskCitizenId(person.citizenId) : null,
        person.sex,
        person.birthYear,
        person.birthMonth,
        person.ethnicity,
        person.whereabouts,
        person.registrationPlaceCode,
        person.leftRegistrationDuration,
        person.leftRegistrationReason,
        person.education,
        person.literate,
        person.registered,
        person.resident,
      ],
    );
    return {
      id: rowGlobalId('Person', person.smallZoneCode, id),
      rowId: id,
      householdId: household.id,
      smallZoneCode: person.smallZoneCode,
      lineNumber: person.lineNumber,
      name: person.name,
      citizenId: person.citizenId,
      version: 1,
    };
  };

  const newHousehold: Factories['newHousehold'] = async (overrides = {}) => {
    const {
      building: buildingOption,
      persons: personCount = 0,
      longFormSampled = false,
      ...fields
    } = overrides;
    const smallZoneCode =
      fields.smallZoneCode ??
      (typeof buildingOption === 'object' ? buildingOption.smallZoneCode : await newSmallZone());
    const building =
      buildingOption === true ? await newBuilding({ smallZoneCode }) : buildingOption || undefined;
    const number = fields.number ?? (await nextNumber('household', smallZoneCode, 3));
    const household: DemoHousehold = {
      smallZoneCode,
      number,
      buildingNumber: building?.number ?? null,
      unit: null,
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
      ...fields,
    };
    await load(smallZoneCode, { households: [{ ...household, buildingNumber: null }] });
    const [{ id }] = await api.sql<{ id: string }>(
      `SELECT id FROM household WHERE small_zone_code = $1 AND number = $2`,
      [smallZoneCode, number],
    );
    if (longFormSampled !== 'rule')
      await api.sql(`UPDATE household SET long_form_sampled = $2 WHERE id = $1`, [id, longFormSampled]);
    if (building) {
      await api.sql(`UPDATE household SET building_id = $2, normalized_address = $3 WHERE id = $1`, [
        id,
        building.rowId,
        householdAddress(building.address, household.unit, number),
      ]);
    }
    const row: HouseholdRow = {
      id: rowGlobalId('Household', smallZoneCode, id),
      rowId: id,
      smallZoneCode,
      number,
      version: 1,
    };
    const persons: PersonRow[] = [];
    for (let i = 0; i < personCount; i++) persons.push(await newPerson(row));
    return { ...row, persons };
  };

  const newAccount: Factories['newAccount'] = async (options = {}) => {
    const account = await api.account(options.role ?? Role.ENUMERATOR, options.zones ?? [], {
      supervisorId: options.supervisorId,
      password: options.password,
      home: options.homeZone,
    });
    return { ...account, client: client(account.token) };
  };

  return { newZoneTree, newSmallZone, newBuilding, newHousehold, newPerson, newAccount, client };
}

/** The `extensions` of the first GraphQL error a typed-client request fails with (undefined: it succeeded). */
export async function errorExtensionsOf(
  request: Promise<unknown>,
): Promise<Record<string, unknown> | undefined> {
  try {
    await request;
    return undefined;
  } catch (error) {
    if (error instanceof GraphQLRequestError) return error.errors[0]?.extensions ?? {};
    throw error;
  }
}

/** The `extensions.code` of the first GraphQL error a typed-client request fails with (undefined: it succeeded). */
export async function errorCodeOf(request: Promise<unknown>): Promise<unknown> {
  return (await errorExtensionsOf(request))?.code;
}

/**
 * An import's answer without the rejected rows' message codes and parameters, after checking every rejected row has
 * them: the rows' texts are compared as people read them.
 */
export function withoutCodes<T extends { rejected: readonly object[] }>(result: T): T {
  for (const row of result.rejected)
    expect(row).toEqual(
      expect.objectContaining({
        messageCode: expect.any(String) as string,
        params: expect.any(Object) as object,
      }),
    );
  return {
    ...result,
    rejected: result.rejected.map((row) => {
      const { messageCode: _code, params: _params, ...rest } = row as Record<string, unknown>;
      return rest;
    }),
  };
}
