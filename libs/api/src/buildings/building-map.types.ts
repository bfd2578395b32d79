import { Field, Int, ObjectType } from 'type-graphql';

import { registerEnum } from '../common/enums';
import { Building } from './building.entity';

/** Most buildings `Zone.buildingPoints` answers (a small zone has a few dozen). */
export const MAX_MAP_BUILDINGS = 1000;

/** 建筑物登记状态 on the map, from the short-form stages of the building's households. */
export enum BuildingMapStatus {
  NOT_STARTED = 'NOT_STARTED',
  PARTIAL = 'PARTIAL',
  COMPLETE = 'COMPLETE',
}

registerEnum(
  BuildingMapStatus,
  'BuildingMapStatus',
  '建筑物登记状态: how far the households of a building are.',
  {
    NOT_STARTED:
      '未登记: no household of the building has its short form submitted (or it has no household).',
    PARTIAL: '部分完成: some but not all households have their short form submitted (SUBMITTED or APPROVED).',
    COMPLETE: '已完成: every household of the building has its short form submitted (SUBMITTED or APPROVED).',
  },
);

export function buildingMapStatus(households: number, submitted: number): BuildingMapStatus {
  if (submitted === 0) return BuildingMapStatus.NOT_STARTED;
  return submitted >= households ? BuildingMapStatus.COMPLETE : BuildingMapStatus.PARTIAL;
}

@ObjectType({ simpleResolvers: true, description: '建筑物标注: a building of a small zone on the map.' })
export class BuildingPoint {
  @Field(() => Building, {
    description: 'The building; latitude and longitude are null while it is not marked.',
  })
  building!: Building;

  @Field(() => Int, { description: '住户数: households of the building.' })
  households!: number;

  @Field(() => Int, { description: '完成短表上报: of those, households SUBMITTED or APPROVED.' })
  submittedHouseholds!: number;

  @Field(() => BuildingMapStatus, { description: '登记状态, from the two counts.' })
  status!: BuildingMapStatus;
}
