/**
 * Plausible zone outlines for the demo (划区绘图): a county's box around its centre is tiled into its townships, each
 * township's cell into its census zones, each census zone's into its small zones, so that every child lies inside
 * its parent and siblings never overlap. Rectangles in WGS 84 longitude/latitude; buildings are placed inside their
 * small zone's cell.
 */
import { countyCentre } from './places';
import type { DemoZone } from './types';

export interface DemoBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Half the extent of a demo county: about 12 km north-south and 14 km east-west. */
const HALF_LATITUDE = 0.055;
const HALF_LONGITUDE = 0.07;

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/** The box a county's zones tile: its centre plus and minus the half extents. */
export function countyBox(countyCode6: string): DemoBox {
  const [lat, lon] = countyCentre(countyCode6);
  return {
    west: round6(lon - HALF_LONGITUDE),
    south: round6(lat - HALF_LATITUDE),
    east: round6(lon + HALF_LONGITUDE),
    north: round6(lat + HALF_LATITUDE),
  };
}

/**
 * `count` cells tiling `box` in rows from north to south, each row west to east; the last row's cells are wider when
 * it has fewer. Cell `index` (0-based) of them.
 */
export function gridCell(box: DemoBox, count: number, index: number): DemoBox {
  const columns = Math.ceil(Math.sqrt(count));
  const rows = Math.ceil(count / columns);
  const row = Math.floor(index / columns);
  const inRow = row === rows - 1 ? count - columns * (rows - 1) : columns;
  const column = index - row * columns;
  const width = (box.east - box.west) / inRow;
  const height = (box.north - box.south) / rows;
  return {
    west: round6(box.west + column * width),
    east: column === inRow - 1 ? box.east : round6(box.west + (column + 1) * width),
    north: round6(box.north - row * height),
    south: row === rows - 1 ? box.south : round6(box.north - (row + 1) * height),
  };
}

/** Strip `index` (0-based) of `count` strips cutting `box` west to east: a census zone's small zones. */
export function stripCell(box: DemoBox, count: number, index: number): DemoBox {
  const width = (box.east - box.west) / count;
  return {
    west: round6(box.west + index * width),
    east: index === count - 1 ? box.east : round6(box.west + (index + 1) * width),
    south: box.south,
    north: box.north,
  };
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts a list in code order unless it is already (a division list usually is). */
function inCodeOrder<T>(items: T[], code: (item: T) => string): T[] {
  for (let i = 1; i < items.length; i++) {
    if (code(items[i - 1]) > code(items[i])) return items.sort((a, b) => byCode(code(a), code(b)));
  }
  return items;
}

/**
 * The census zones (12 digits) among `zones`, by county (6) and township (9), in code order: one pass, so that a
 * county of 200 000 census zones takes a few dozen milliseconds.
 */
function censusZoneTree(zones: readonly DemoZone[]): Map<string, Map<string, string[]>> {
  const tree = new Map<string, Map<string, string[]>>();
  let townshipCode = '';
  let inTownship: string[] = [];
  for (const { code } of zones) {
    if (code.length !== 12) continue;
    if (!code.startsWith(townshipCode) || townshipCode === '') {
      townshipCode = code.slice(0, 9);
      const countyCode = code.slice(0, 6);
      let townships = tree.get(countyCode);
      if (!townships) tree.set(countyCode, (townships = new Map<string, string[]>()));
      inTownship = townships.get(townshipCode) ?? [];
      townships.set(townshipCode, inTownship);
    }
    if (inTownship[inTownship.length - 1] !== code) inTownship.push(code);
  }
  const sorted = new Map<string, Map<string, string[]>>();
  for (const [countyCode, townships] of inCodeOrder([...tree], ([c]) => c)) {
    const ordered = inCodeOrder([...townships], ([t]) => t).map(
      ([t, codes]) => [t, inCodeOrder(codes, (c) => c)] as const,
    );
    sorted.set(countyCode, new Map(ordered));
  }
  return sorted;
}

/**
 * The box of a census zone among `zones` (see demoZoneBoxes), computed when asked: the generator's stream stays
 * lazy however many zones the list holds.
 */
export function censusZoneBoxes(zones: readonly DemoZone[]): (censusZoneCode: string) => DemoBox {
  const tree = censusZoneTree(zones);
  const townshipCells = new Map<string, { box: DemoBox; position: Map<string, number> }>();
  return (code) => {
    const townshipCode = code.slice(0, 9);
    const townships = tree.get(code.slice(0, 6));
    const inTownship = townships?.get(townshipCode);
    if (!townships || !inTownship) throw new RangeError(`${code} is not a census zone of the list`);
    let township = townshipCells.get(townshipCode);
    if (!township) {
      const index = [...townships.keys()].indexOf(townshipCode);
      township = {
        box: gridCell(countyBox(code.slice(0, 6)), townships.size, index),
        position: new Map(inTownship.map((c, i) => [c, i])),
      };
      townshipCells.set(townshipCode, township);
    }
    return gridCell(township.box, inTownship.length, township.position.get(code)!);
  };
}

/**
 * Boxes of the counties (6 digits), townships (9) and census zones (12) above the census zones among `zones`,
 * whatever other levels the list holds, so that the whole division list and its census zones alone give the same.
 */
export function demoZoneBoxes(zones: readonly DemoZone[]): Map<string, DemoBox> {
  const boxes = new Map<string, DemoBox>();
  for (const [countyCode, townships] of censusZoneTree(zones)) {
    const countyCell = countyBox(countyCode);
    boxes.set(countyCode, countyCell);
    [...townships].forEach(([township, inTownship], t) => {
      const townshipCell = gridCell(countyCell, townships.size, t);
      boxes.set(township, townshipCell);
      inTownship.forEach((code, c) => boxes.set(code, gridCell(townshipCell, inTownship.length, c)));
    });
  }
  return boxes;
}

/** A box as a GeoJSON Polygon: one closed ring, counter-clockwise from the south-west corner. */
export function boxPolygon(box: DemoBox): { type: 'Polygon'; coordinates: [number, number][][] } {
  const { west, south, east, north } = box;
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  };
}

/** A point of `box` from two fractions in [0, 1), kept a tenth of the cell away from its edges. */
export function pointIn(box: DemoBox, latFraction: number, lonFraction: number): [number, number] {
  const margin = 0.1;
  const f = (x: number) => margin + Math.min(Math.max(x, 0), 1) * (1 - 2 * margin);
  return [
    round6(box.south + f(latFraction) * (box.north - box.south)),
    round6(box.west + f(lonFraction) * (box.east - box.west)),
  ];
}
