import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from 'type-graphql';

import { toGlobalId } from '../common/global-id';
import { Node } from '../common/node';
import { EvidenceSource, WorklistKind, WorklistOutcome, WorklistStatus } from './reconciliation.enums';

@ObjectType({ simpleResolvers: true, description: 'What one source says about a worklist item.' })
export class WorklistEvidence {
  @Field(() => EvidenceSource, { description: 'The source.' })
  source!: EvidenceSource;

  @Field({ description: 'What it says, in Chinese and English; ID numbers and phones masked.' })
  text!: string;
}

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description:
    '摸底比对: one disagreement between the listing and another source, computed from the current data. It ' +
    'disappears by itself once the data agree; closing it records how it was settled.',
})
export class WorklistItem implements Node {
  @Field(() => ID, {
    description:
      'Opaque global ID, stable as long as the item exists (it names the key); fetchable with node(id), so a ' +
      'normalised cache updates the item in every list after closeWorklistItem or reopenWorklistItem.',
  })
  get id(): string {
    return toGlobalId('WorklistItem', this.key);
  }

  @Field({
    description: 'Stable key: kind and natural key, e.g. REGISTRY_HOUSEHOLD_NOT_LISTED:<户号>@<zone>.',
  })
  key!: string;

  @Field(() => WorklistKind, { description: 'The kind of disagreement.' })
  kind!: WorklistKind;

  @Field({ description: 'The census zone or small zone the item belongs to.' })
  zoneCode!: string;

  @Field(() => [WorklistEvidence], { description: 'What each source says.' })
  evidence!: WorklistEvidence[];

  @Field(() => String, { nullable: true, description: '户号 of the registry household concerned, if any.' })
  registryHouseholdNumber!: string | null;

  householdRowId!: string | null;
  personRowId!: string | null;
  closedByRowId!: string | null;

  @Field(() => WorklistStatus, { description: 'OPEN, or CLOSED with an outcome.' })
  get status(): WorklistStatus {
    return this.outcome ? WorklistStatus.CLOSED : WorklistStatus.OPEN;
  }

  @Field(() => WorklistOutcome, { nullable: true, description: 'How it was settled; null while open.' })
  outcome!: WorklistOutcome | null;

  @Field(() => String, { nullable: true, description: 'Note given when closing.' })
  note!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was closed.' })
  closedAt!: Date | null;
}

@InputType({ description: 'Closes a worklist item with its outcome.' })
export class CloseWorklistItemInput {
  @Field(() => ID, { nullable: true, description: 'Global ID of the item. Required once key is removed.' })
  id?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The item key.',
    deprecationReason: 'Use `id`, the global ID of the item.',
  })
  key?: string | null;

  @Field(() => WorklistOutcome, { description: 'How it was settled.' })
  outcome!: WorklistOutcome;

  @Field(() => String, { nullable: true, description: 'Note, at most 2000 characters; required for OTHER.' })
  note?: string | null;
}

@InputType({ description: 'Reopens a closed worklist item.' })
export class ReopenWorklistItemInput {
  @Field(() => ID, { description: 'Global ID of the item.' })
  id!: string;
}
