import { boxPolygon, countyBox, type DemoBox, demoZoneBoxes, gridCell, stripCell } from './boundaries';
import { demoDivisions } from './divisions';
import { generateSmallZones } from './generator';

const inside = (child: DemoBox, parent: DemoBox) =>
  child.west >= parent.west &&
  child.east <= parent.east &&
  child.south >= parent.south &&
  child.north <= parent.north;

const area = (b: DemoBox) => (b.east - b.west) * (b.north - b.south);

describe('demo zone outlines (划区绘图)', () => {
  const divisions = demoDivisions();
  const boxes = demoZoneBoxes(divisions);

  it('tiles the county with its townships and each township with its census zones, children inside parents', () => {
    const county = boxes.get('330106')!;
    expect(county).toEqual(countyBox('330106'));
    const townships = divisions.filter((z) => z.code.length === 9);
    const censusZones = divisions.filter((z) => z.code.length === 12);
    expect(townships.every((t) => boxes.has(t.code))).toBe(true);
    expect(censusZones.every((c) => boxes.has(c.code))).toBe(true);
    for (const t of townships) expect(inside(boxes.get(t.code)!, county)).toBe(true);
    for (const c of censusZones)
      expect(inside(boxes.get(c.code)!, boxes.get(c.code.slice(0, 9))!)).toBe(true);
    // A tiling: the children's areas add up to the parent's.
    const townshipArea = townships.reduce((sum, t) => sum + area(boxes.get(t.code)!), 0);
    expect(townshipArea).toBeCloseTo(area(county), 6);
    // The same boxes from the census zones alone.
    expect(demoZoneBoxes(censusZones)).toEqual(boxes);
  });

  it('cuts grids and strips without gaps', () => {
    const box = { west: 120, south: 30, east: 121, north: 31 };
    const cells = Array.from({ length: 7 }, (_, i) => gridCell(box, 7, i));
    expect(cells.reduce((sum, c) => sum + area(c), 0)).toBeCloseTo(1, 9);
    expect(cells.every((c) => inside(c, box))).toBe(true);
    const strips = Array.from({ length: 3 }, (_, i) => stripCell(box, 3, i));
    expect(strips.map((s) => s.west)).toEqual([120, 120.333333, 120.666667]);
    expect(strips[2].east).toBe(121);
    expect(boxPolygon(box).coordinates[0]).toEqual([
      [120, 30],
      [121, 30],
      [121, 31],
      [120, 31],
      [120, 30],
    ]);
  });

  it('puts each small zone inside its census zone and its located buildings inside the small zone', () => {
    // Outlines depend on the zones generated together: the boxes of these 20 census zones.
    const censusZones = divisions.filter((z) => z.code.length === 12).slice(0, 20);
    const sliceBoxes = demoZoneBoxes(censusZones);
    let located = 0;
    for (const smallZone of generateSmallZones(censusZones)) {
      const box = smallZone.box!;
      expect(inside(box, sliceBoxes.get(smallZone.zone.code.slice(0, 12))!)).toBe(true);
      for (const b of smallZone.buildings) {
        if (b.latitude === null || b.longitude === null) continue;
        located++;
        expect(b.longitude).toBeGreaterThanOrEqual(box.west);
        expect(b.longitude).toBeLessThanOrEqual(box.east);
        expect(b.latitude).toBeGreaterThanOrEqual(box.south);
        expect(b.latitude).toBeLessThanOrEqual(box.north);
      }
    }
    expect(located).toBeGreaterThan(100);
  });
});
