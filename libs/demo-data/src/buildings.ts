/**
 * Buildings of one small zone and the household slots inside them. A village (村) is mostly
 * one- to three-household houses addressed by group (组) and house number; a neighbourhood
 * (社区) is mostly apartment buildings on named roads, some split into units (单元).
 */
import { BuildingKind } from '@census/rules';

import { type DemoBox, pointIn } from './boundaries';
import type { HouseholdSlot } from './households';
import type { Random } from './random';
import type { DemoBuilding, DemoZone } from './types';

type KindTable = readonly (readonly [BuildingKind, number])[];
const K = BuildingKind;
// Collective quarters are weighted so that about 1% of all households are collective.
// prettier-ignore
const URBAN_KINDS: KindTable = [[K.RESIDENTIAL, 85], [K.MIXED_USE, 7], [K.COLLECTIVE_QUARTERS, 5], [K.NON_RESIDENTIAL, 2], [K.TEMPORARY, 1]];
// prettier-ignore
const RURAL_KINDS: KindTable = [[K.RESIDENTIAL, 90], [K.MIXED_USE, 5], [K.COLLECTIVE_QUARTERS, 1.2], [K.NON_RESIDENTIAL, 2], [K.TEMPORARY, 2]];
const ROADS = [
  '幸福路',
  '人民路',
  '建设路',
  '和平路',
  '解放路',
  '中山路',
  '文化路',
  '学院路',
  '光明路',
  '新华路',
  '长江路',
  '东风路',
  '青年路',
  '园林路',
  '花园路',
  '育才路',
  '振兴路',
  '胜利路',
  '友谊路',
  '团结路',
];
const KIND_SUFFIX: Partial<Record<BuildingKind, string>> = {
  [K.COLLECTIVE_QUARTERS]: '（集体宿舍）',
  [K.NON_RESIDENTIAL]: '（厂区门卫）',
  [K.TEMPORARY]: '（临时工棚）',
  [K.MIXED_USE]: '（商住楼）',
};

export function isRural(censusZone: DemoZone): boolean {
  return /村(委会)?$/.test(censusZone.name);
}

function capacity(random: Random, kind: BuildingKind, rural: boolean): number {
  switch (kind) {
    case K.RESIDENTIAL:
      return rural
        ? random.weighted([
            [1, 55],
            [2, 30],
            [3, 15],
          ])
        : random.int(4, 12);
    case K.MIXED_USE:
      return rural ? random.int(1, 3) : random.int(2, 6);
    case K.COLLECTIVE_QUARTERS:
    case K.TEMPORARY:
      return random.int(1, 2);
    case K.NON_RESIDENTIAL:
      return 1;
  }
}

/** Addresses that read like the ones enumerators write on a building sign: '龙井村3组12号', '宝石社区幸福路8号楼'. */
function addressMaker(
  random: Random,
  censusZone: DemoZone,
  smallZoneIndex: number,
): (kind: BuildingKind) => string {
  if (isRural(censusZone)) {
    const village = censusZone.name.replace(/委会$/, '');
    let group = (smallZoneIndex - 1) * 4 + 1;
    const perGroup = random.int(12, 20);
    let house = 0;
    let inGroup = 0;
    return (kind) => {
      if (inGroup === perGroup) [group, inGroup, house] = [group + 1, 0, 0];
      inGroup++;
      house += random.int(1, 2);
      return `${village}${group}组${house}号${KIND_SUFFIX[kind] ?? ''}`;
    };
  }
  const roads = [random.pick(ROADS), random.pick(ROADS)];
  const numbers = [random.int(1, 30), random.int(1, 30)];
  return (kind) => {
    const r = random.int(0, 1);
    const n = (numbers[r] ?? 1) + random.int(1, 3);
    numbers[r] = n;
    const sign = kind === K.RESIDENTIAL ? '号楼' : '号';
    return `${censusZone.name}${roads[r] ?? ROADS[0]}${n}${sign}${KIND_SUFFIX[kind] ?? ''}`;
  };
}

export function planBuildings(
  random: Random,
  censusZone: DemoZone,
  smallZoneCode: string,
  smallZoneIndex: number,
  households: number,
  /** The small zone's cell on the map (boundaries.ts): located buildings lie inside it. */
  box: DemoBox,
): { buildings: DemoBuilding[]; slots: HouseholdSlot[] } {
  const rural = isRural(censusZone);
  const address = addressMaker(random, censusZone, smallZoneIndex);
  const buildings: DemoBuilding[] = [];
  const slots: HouseholdSlot[] = [];
  while (slots.length < households) {
    const kind = random.weighted(rural ? RURAL_KINDS : URBAN_KINDS);
    const size = Math.min(capacity(random, kind, rural), households - slots.length);
    const number = String(buildings.length + 1).padStart(3, '0');
    // About 30% of buildings were not located on the map during zone mapping (划区绘图).
    const located = random.chance(0.7);
    const place = located ? pointIn(box, random.real(0, 1, 6), random.real(0, 1, 6)) : null;
    buildings.push({
      smallZoneCode,
      number,
      address: address(kind),
      kind,
      latitude: place?.[0] ?? null,
      longitude: place?.[1] ?? null,
    });
    const withUnits = kind === K.RESIDENTIAL && size >= 6 && random.chance(0.4);
    for (let i = 0; i < size; i++) {
      const unit = withUnits ? (i < size / 2 ? '1' : '2') : null;
      slots.push({ buildingNumber: number, unit, buildingKind: kind });
    }
  }
  return { buildings, slots };
}
