/**
 * The shapes this library produces. The database layer maps every field to one column, so the
 * field names and nullability here are a contract: change them together with the API lib.
 */
import type {
  BuildingKind,
  DwellingType,
  Education,
  Ethnicity,
  HouseholdKind,
  HouseholdStage,
  HouseholdStatus,
  LeftRegistrationDuration,
  LeftRegistrationReason,
  RegistrationMethod,
  Relationship,
  Sex,
  Whereabouts,
  ZoneLevel,
} from '@census/rules';

import type { DemoBox } from './boundaries';

export interface DemoZone {
  code: string;
  name: string;
  level: ZoneLevel;
}

export interface DemoBuilding {
  smallZoneCode: string;
  number: string;
  address: string;
  kind: BuildingKind;
  latitude: number | null;
  longitude: number | null;
}

export interface DemoHousehold {
  smallZoneCode: string;
  /** '001'..'999', unique within the small zone. */
  number: string;
  buildingNumber: string | null;
  unit: string | null;
  kind: HouseholdKind;
  status: HouseholdStatus;
  registrationMethod: RegistrationMethod;
  stage: HouseholdStage;
  /** H2: slept here the night before the reference moment. */
  presentMale: number;
  presentFemale: number;
  /** H2: registered here but absent that night. */
  absentMale: number;
  absentFemale: number;
  /** H3: births in the census year (Nov 1 2019 - Oct 31 2020). */
  birthsMale: number;
  birthsFemale: number;
  /** H4: deaths in the census year. */
  deathsMale: number;
  deathsFemale: number;
  dwellingType: DwellingType | null;
  /** m2, 2 decimals. */
  floorArea: number | null;
  rooms: number | null;
  phone: string | null;
  note: string | null;
}

export interface DemoPerson {
  smallZoneCode: string;
  householdNumber: string;
  /** 1.. within the household. */
  lineNumber: number;
  name: string;
  relationship: Relationship;
  citizenId: string | null;
  sex: Sex;
  birthYear: number;
  birthMonth: number;
  ethnicity: Ethnicity;
  whereabouts: Whereabouts;
  /** 6- or 9-digit division code of 户口登记地. */
  registrationPlaceCode: string | null;
  leftRegistrationDuration: LeftRegistrationDuration;
  leftRegistrationReason: LeftRegistrationReason | null;
  /** null under age 3. */
  education: Education | null;
  /** null under 15. */
  literate: boolean | null;
  /** 户籍人口: household registration is here. */
  registered: boolean;
  /** 常住人口: lives here. */
  resident: boolean;
}

export interface DemoSmallZone {
  zone: DemoZone;
  /** The small zone's outline on the map (划区绘图): a cell of its census zone's (boundaries.ts); every generated
   * small zone has one. */
  box?: DemoBox;
  buildings: DemoBuilding[];
  households: DemoHousehold[];
  persons: DemoPerson[];
}

export interface DemoOptions {
  /** Default 20201101 (the reference moment). */
  seed?: number;
  /** Inclusive range; default [2, 3]. */
  smallZonesPerCensusZone?: [number, number];
  /** Inclusive range; default [70, 110]. */
  householdsPerSmallZone?: [number, number];
}
