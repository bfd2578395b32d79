import type { CodedMessage } from '@census/rules';

import { coded } from '../common/user-error';

/** A position as stored: longitude, latitude (WGS 84). */
export type Position = [number, number];
export type Ring = Position[];

/** The geometries a zone boundary may have. */
export type BoundaryGeometry =
  { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

/** Most positions one boundary may have, all rings together (a township's outline needs a few thousand). */
export const MAX_BOUNDARY_VERTICES = 10000;
/** Largest boundary, as compact JSON, in bytes. */
export const MAX_BOUNDARY_BYTES = 400_000;
/** Most rings (outer and holes) of one boundary. */
export const MAX_BOUNDARY_RINGS = 200;

/** China's extent, generously rounded: every census zone lies inside it. */
export const CHINA_BOUNDS = { west: 73, south: 3, east: 136, north: 54 } as const;

export interface BoundaryBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export type CheckedBoundary =
  | { ok: true; geometry: BoundaryGeometry; box: BoundaryBox; vertices: number }
  | { ok: false; message: CodedMessage };

class BoundaryProblem extends Error {
  constructor(readonly coded: CodedMessage) {
    super(coded.messageCode);
  }
}

function fail(code: Parameters<typeof coded>[0], params: Record<string, string | number> = {}): never {
  throw new BoundaryProblem(coded(code, params));
}

/**
 * Checks a GeoJSON geometry as a zone boundary: a Polygon or MultiPolygon whose rings are closed (first position
 * equals the last) and have at least four positions, every position two or three finite numbers inside China's
 * bounds (an altitude is dropped), at most MAX_BOUNDARY_VERTICES positions and MAX_BOUNDARY_BYTES bytes. Answers
 * the geometry as stored with its bounding box, or the first problem found.
 */
export function checkBoundaryGeometry(value: unknown): CheckedBoundary {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('boundary.notGeometry');
    const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      fail('boundary.type', { type: typeof type === 'string' ? type.slice(0, 40) : String(typeof type) });
    }
    const box: BoundaryBox = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
    const counter = { vertices: 0, rings: 0 };
    const polygons = type === 'Polygon' ? [coordinates] : arrayOf(coordinates, 'coordinates');
    if (polygons.length === 0) fail('boundary.empty');
    const checked = polygons.map((polygon) => checkPolygon(polygon, box, counter));
    const geometry: BoundaryGeometry =
      type === 'Polygon' ? { type, coordinates: checked[0] } : { type, coordinates: checked };
    const bytes = Buffer.byteLength(JSON.stringify(geometry));
    if (bytes > MAX_BOUNDARY_BYTES) fail('boundary.tooLarge', { bytes, max: MAX_BOUNDARY_BYTES });
    return { ok: true, geometry, box, vertices: counter.vertices };
  } catch (error) {
    if (error instanceof BoundaryProblem) return { ok: false, message: error.coded };
    throw error;
  }
}

function arrayOf(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) fail('boundary.shape', { where });
  return value as unknown[];
}

function checkPolygon(
  polygon: unknown,
  box: BoundaryBox,
  counter: { vertices: number; rings: number },
): Ring[] {
  const rings = arrayOf(polygon, 'polygon');
  if (rings.length === 0) fail('boundary.empty');
  return rings.map((ring) => {
    counter.rings += 1;
    if (counter.rings > MAX_BOUNDARY_RINGS) fail('boundary.tooManyRings', { max: MAX_BOUNDARY_RINGS });
    const positions = arrayOf(ring, 'ring');
    counter.vertices += positions.length;
    if (counter.vertices > MAX_BOUNDARY_VERTICES) {
      fail('boundary.tooManyVertices', { max: MAX_BOUNDARY_VERTICES });
    }
    if (positions.length < 4) fail('boundary.ringTooShort', { count: positions.length });
    const checked = positions.map((position) => checkPosition(position, box));
    const [first, last] = [checked[0], checked[checked.length - 1]];
    if (first[0] !== last[0] || first[1] !== last[1]) {
      fail('boundary.ringOpen', { first: first.join(','), last: last.join(',') });
    }
    return checked;
  });
}

function checkPosition(position: unknown, box: BoundaryBox): Position {
  const values = arrayOf(position, 'position');
  if (values.length < 2 || values.length > 3 || !values.every((n) => typeof n === 'number' && isFinite(n))) {
    fail('boundary.position');
  }
  const [lon, lat] = values as number[];
  const b = CHINA_BOUNDS;
  if (lon < b.west || lon > b.east || lat < b.south || lat > b.north) {
    fail('boundary.outsideChina', { lon, lat });
  }
  box.west = Math.min(box.west, lon);
  box.east = Math.max(box.east, lon);
  box.south = Math.min(box.south, lat);
  box.north = Math.max(box.north, lat);
  return [lon, lat];
}
