import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';

import { HouseholdStatus, Whereabouts } from '@census/rules';

import { toGlobalId } from '../common/global-id';
import { Node } from '../common/node';
import { ElectricityUsage } from '../sources/source-import.types';
import {
  EvidenceKind,
  EvidenceSource,
  WorklistKind,
  WorklistOutcome,
  WorklistStatus,
} from './reconciliation.enums';

@ObjectType({ simpleResolvers: true, description: 'A person named by a line of evidence.' })
export class EvidencePerson {
  @Field({ description: 'D1 姓名.' })
  name!: string;

  @Field(() => String, { nullable: true, description: '公民身份号码, masked; null when none is on file.' })
  citizenId!: string | null;

  @Field({ description: 'Whether a citizen ID is on file for the person.' })
  hasCitizenId!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'A county named by a line of evidence.' })
export class EvidenceCounty {
  @Field({ description: 'Division code.' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'Name, when the zone tree holds the county.' })
  name!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'What one source says about a worklist item, as data: `kind` says which fields are set (the others are ' +
    'null); clients render it in their language. ID numbers and phones come masked.',
})
export class WorklistEvidence {
  @Field(() => EvidenceSource, { description: 'The source.' })
  source!: EvidenceSource;

  @Field(() => EvidenceKind, { description: 'What the line says, and so which fields are set.' })
  kind!: EvidenceKind;

  @Field({
    description: 'What it says, in Chinese and English; ID numbers and phones masked.',
    deprecationReason: 'Use `kind` and the structured fields; render them in the reader’s language.',
  })
  text!: string;

  @Field(() => String, { nullable: true, description: '户编号 of the listed household.' })
  householdNumber: string | null = null;

  @Field(() => HouseholdStatus, { nullable: true, description: 'Status of the listed household.' })
  householdStatus: HouseholdStatus | null = null;

  @Field(() => String, { nullable: true, description: '户号 of the registry household.' })
  registryHouseholdNumber: string | null = null;

  @Field(() => String, { nullable: true, description: 'An address (the registry’s, or the meter’s).' })
  address: string | null = null;

  @Field(() => [EvidencePerson], { nullable: true, description: 'The persons named, in order.' })
  persons: EvidencePerson[] | null = null;

  @Field(() => Int, { nullable: true, description: 'How many persons have no citizen ID on file.' })
  withoutCitizenId: number | null = null;

  @Field(() => String, { nullable: true, description: 'The one person named (D1 姓名).' })
  name: string | null = null;

  @Field(() => String, { nullable: true, description: 'That person’s citizen ID, masked.' })
  citizenId: string | null = null;

  @Field(() => Whereabouts, { nullable: true, description: 'D7 去向 of that person, if recorded.' })
  whereabouts: Whereabouts | null = null;

  @Field(() => String, { nullable: true, description: 'The household’s phone, masked (only in your zones).' })
  phone: string | null = null;

  @Field(() => [EvidenceCounty], { nullable: true, description: 'Other counties listing the same person.' })
  counties: EvidenceCounty[] | null = null;

  @Field(() => String, { nullable: true, description: '电表户号.' })
  meterId: string | null = null;

  @Field(() => String, { nullable: true, description: 'Month of the meter reading (YYYY-MM).' })
  month: string | null = null;

  @Field(() => ElectricityUsage, { nullable: true, description: 'Usage grade of that month.' })
  usage: ElectricityUsage | null = null;
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

@InputType({ description: 'Closes several worklist items with the same outcome.' })
export class CloseWorklistItemsInput {
  @Field(() => [ID], { description: 'Global IDs of the items: 1 to 100, each at most once.' })
  ids!: string[];

  @Field(() => WorklistOutcome, { description: 'How they were settled.' })
  outcome!: WorklistOutcome;

  @Field(() => String, { nullable: true, description: 'Note, at most 2000 characters; required for OTHER.' })
  note?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Counts of one kind and outcome in one child zone.' })
export class WorklistRollupRow {
  @Field({
    description:
      'The child zone; the zone itself for items that belong to no child (a registry household pushed for a ' +
      'census zone, read on the census zone).',
  })
  zoneCode!: string;

  @Field(() => WorklistKind, { description: 'The kind.' })
  kind!: WorklistKind;

  @Field(() => Int, { description: 'Items still open.' })
  open!: number;

  @Field(() => Int, { description: 'Items closed, whatever the outcome.' })
  closed!: number;

  @Field(() => [WorklistOutcomeCount], {
    description: 'The closed items by outcome (only outcomes with items).',
  })
  outcomes!: WorklistOutcomeCount[];
}

@ObjectType({ simpleResolvers: true, description: 'How many closed items have one outcome.' })
export class WorklistOutcomeCount {
  @Field(() => WorklistOutcome, { description: 'The outcome.' })
  outcome!: WorklistOutcome;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}
