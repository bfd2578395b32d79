import { registerEnum } from '../common/enums';

/** 摸底比对: the kinds of disagreement between the listing and the other sources. */
export enum WorklistKind {
  REGISTRY_HOUSEHOLD_NOT_LISTED = 'REGISTRY_HOUSEHOLD_NOT_LISTED',
  LISTED_HOUSEHOLD_WITHOUT_REGISTRY = 'LISTED_HOUSEHOLD_WITHOUT_REGISTRY',
  LIVING_AWAY = 'LIVING_AWAY',
  // Extension point: needs the electricity import (table meter_reading). Declared so that clients can already
  // name them; they produce no items until the electricity comparison is implemented in reconciliation.sql.ts.
  METER_NO_USE_BUT_ORDINARY = 'METER_NO_USE_BUT_ORDINARY',
  METER_USE_BUT_VACANT = 'METER_USE_BUT_VACANT',
  CROSS_COUNTY_DUPLICATE = 'CROSS_COUNTY_DUPLICATE',
}

/** The kinds computed today; the others need the electricity import. */
export const IMPLEMENTED_KINDS: readonly WorklistKind[] = [
  WorklistKind.REGISTRY_HOUSEHOLD_NOT_LISTED,
  WorklistKind.LISTED_HOUSEHOLD_WITHOUT_REGISTRY,
  WorklistKind.LIVING_AWAY,
  WorklistKind.CROSS_COUNTY_DUPLICATE,
];

export enum WorklistStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export enum WorklistOutcome {
  CONFIRMED_LISTED_ELSEWHERE = 'CONFIRMED_LISTED_ELSEWHERE',
  ADDED_TO_LISTING = 'ADDED_TO_LISTING',
  NOT_LIVING_HERE = 'NOT_LIVING_HERE',
  REGISTRY_OUTDATED = 'REGISTRY_OUTDATED',
  OTHER = 'OTHER',
}

export enum EvidenceSource {
  REGISTRY = 'REGISTRY',
  LISTING = 'LISTING',
  ELECTRICITY = 'ELECTRICITY',
  GRID = 'GRID',
}

/** What one line of evidence says (and so which of its fields are set). */
export enum EvidenceKind {
  REGISTRY_HOUSEHOLD = 'REGISTRY_HOUSEHOLD',
  NOT_LISTED = 'NOT_LISTED',
  LISTED_HOUSEHOLD = 'LISTED_HOUSEHOLD',
  NOT_IN_REGISTRY = 'NOT_IN_REGISTRY',
  LISTED_AWAY = 'LISTED_AWAY',
  REGISTRY_ADDRESS = 'REGISTRY_ADDRESS',
  LISTED_PERSON = 'LISTED_PERSON',
  LISTED_IN_OTHER_COUNTIES = 'LISTED_IN_OTHER_COUNTIES',
  METER_READING = 'METER_READING',
}

registerEnum(EvidenceKind, 'EvidenceKind', 'What one line of worklist evidence says.', {
  REGISTRY_HOUSEHOLD:
    '公安户籍: a registry household (registryHouseholdNumber, persons with masked citizen IDs, address).',
  NOT_LISTED: '摸底: none of these persons is listed in any household.',
  LISTED_HOUSEHOLD:
    '摸底登记: a listed household (householdNumber, householdStatus, persons and phone if known).',
  NOT_IN_REGISTRY:
    '公安户籍: none of these persons is in the registry push (withoutCitizenId: how many have no ID).',
  LISTED_AWAY:
    '摸底登记: a person registered in the household but not living there (name, householdNumber, whereabouts, phone).',
  REGISTRY_ADDRESS: '公安户籍: the registry household of a person (registryHouseholdNumber, address).',
  LISTED_PERSON: '摸底登记: a listed person (name, citizenId, householdNumber).',
  LISTED_IN_OTHER_COUNTIES: '外县摸底: the same citizen ID is listed in other counties (counties).',
  METER_READING: '用电信息: a meter reading (meterId, address, month, usage).',
});

registerEnum(
  WorklistKind,
  'WorklistKind',
  '摸底比对: the kind of disagreement between the listing and another source.',
  {
    REGISTRY_HOUSEHOLD_NOT_LISTED:
      '公安有户、摸底无户: a registry household none of whose persons is listed.',
    LISTED_HOUSEHOLD_WITHOUT_REGISTRY:
      '摸底有户、公安无人: an ordinary listed household none of whose persons is in the registry (newcomers, floating population).',
    LIVING_AWAY: '人户分离: a listed person registered in the household but not living there.',
    METER_NO_USE_BUT_ORDINARY:
      'Not computed yet (needs the electricity import): an ordinary household whose meter showed no use.',
    METER_USE_BUT_VACANT:
      'Not computed yet (needs the electricity import): a vacant household whose meter shows normal use.',
    CROSS_COUNTY_DUPLICATE:
      '跨县重复登记: a listed person whose citizen ID is listed in another county too (重报, double counting). ' +
      'Each county sees its own person and only the name of the other county.',
  },
);

registerEnum(
  WorklistStatus,
  'WorklistStatus',
  'Whether a worklist item is still open or was closed with an outcome.',
  {
    OPEN: 'Not closed yet.',
    CLOSED: 'Closed with an outcome (it reappears as OPEN when reopened).',
  },
);

registerEnum(WorklistOutcome, 'WorklistOutcome', 'How a worklist item was settled.', {
  CONFIRMED_LISTED_ELSEWHERE: '已在别处摸底: the persons are listed elsewhere.',
  ADDED_TO_LISTING: '已补登: the household or persons were added to the listing.',
  NOT_LIVING_HERE: '不在此居住: confirmed not living here.',
  REGISTRY_OUTDATED: '户籍信息过时: the registry entry is outdated.',
  OTHER: '其他: see the note.',
});

registerEnum(EvidenceSource, 'EvidenceSource', 'Where a line of evidence comes from.', {
  REGISTRY: '公安推送: the police registry push.',
  LISTING: '摸底: the enumerators’ listing.',
  ELECTRICITY: '用电信息: electricity usage.',
  GRID: '网格摸排: the epidemic-control grid screening.',
});
