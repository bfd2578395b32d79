/**
 * @census/demo-data: deterministic demo census data for a real county (杭州市西湖区) and synthetic
 * counties of any size. Pure data, no database code: the API lib inserts what this produces.
 */
export type { DemoBuilding, DemoHousehold, DemoOptions, DemoPerson, DemoSmallZone, DemoZone } from './types';
export {
  assertZoneTree,
  DEMO_COUNTY_CODE,
  DEMO_DIVISIONS_SOURCE,
  demoDivisions,
  syntheticCounty,
} from './divisions';
export { boxPolygon, type DemoBox, demoZoneBoxes } from './boundaries';
export { DEFAULT_SEED, demoDataset, generateSmallZones, summarize } from './generator';
export { Random } from './random';
