import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';

import { registerEnum } from '../common/enums';
import { countyRowGlobalId, type NodeTypeName, toGlobalId } from '../common/global-id';
import type { ChangeRow } from './change-feed.service';
import { ChangeOperation, ChangeType } from './change-log-entry.entity';

registerEnum(ChangeType, 'ChangeType', 'What a change-feed entry is about.', {
  ZONE: '区划: a zone of the tree (county down to small zone).',
  BUILDING: '建筑物: a building of a small zone.',
  HOUSEHOLD: '户: a household (its short-form household items, status and stage).',
  PERSON: '人: a person of a household.',
  SUBMISSION: '短表上报: a household short form was submitted (stage SUBMITTED).',
  REVIEW: '审核: a supervisor approved or returned a household (stage APPROVED or RETURNED).',
});

registerEnum(
  ChangeOperation,
  'ChangeOperation',
  'What happened to the entity. SUBMISSION and REVIEW entries are always CREATE.',
  {
    CREATE: 'Created (for SUBMISSION and REVIEW: the workflow step happened).',
    UPDATE: 'Changed; `version` is the version after the change.',
    DELETE: 'Deleted: a tombstone; `node` is null.',
  },
);

const NODE_TYPE: Record<ChangeType, NodeTypeName> = {
  ZONE: 'Zone',
  BUILDING: 'Building',
  HOUSEHOLD: 'Household',
  PERSON: 'Person',
  SUBMISSION: 'Household',
  REVIEW: 'Household',
};

/** One committed change. `node` and `stageChange` are resolved by ChangeResolver. */
@ObjectType({ description: '变更: one committed change of the census data, in feed order.' })
export class Change {
  constructor(readonly row: ChangeRow) {}

  @Field(() => ChangeType, { description: 'What the change is about.' })
  get type(): ChangeType {
    return this.row.type;
  }

  @Field(() => ChangeOperation, { description: 'What happened to the entity.' })
  get operation(): ChangeOperation {
    return this.row.operation;
  }

  @Field(() => ID, {
    description:
      'Global ID of the entity the change is about (for SUBMISSION and REVIEW: the household). Stable across ' +
      'changes: apply entries by this ID.',
  })
  get entityId(): string {
    const key = this.row.householdRowId ?? this.row.entityKey;
    const type = NODE_TYPE[this.row.type];
    return type === 'Zone' ? toGlobalId(type, key) : countyRowGlobalId(type, this.row.countyCode, key);
  }

  @Field({
    description:
      'Zone code of the entity: the zone itself for ZONE, otherwise the small zone the row belongs to after the ' +
      'change (before it, for DELETE).',
  })
  get zoneCode(): string {
    return this.row.zoneCode;
  }

  @Field(() => Int, {
    nullable: true,
    description:
      'Version of the entity after this change; null for DELETE, SUBMISSION and REVIEW. When node.version is ' +
      'higher, later changes of the same entity follow in the feed.',
  })
  get version(): number | null {
    return this.row.version;
  }

  @Field(() => GraphQLISODateTime, { description: 'Start time of the transaction that made the change.' })
  get recordedAt(): Date {
    return this.row.recordedAt;
  }
}

@ObjectType({ description: 'A page of the change feed.' })
export class ChangeFeed {
  @Field(() => [Change], { description: 'Changes in feed order; at most `first`.' })
  changes!: Change[];

  @Field({
    description:
      'Pass as `after` to continue. Always present, also for an empty page (it may move forward even then). Keep ' +
      'it only after you have stored the page: the feed delivers every change after it exactly once.',
  })
  endCursor!: string;

  @Field({ description: 'True when more changes are ready now: ask again at once. False: poll again later.' })
  hasMore!: boolean;
}
