import { registerEnumType } from 'type-graphql';

/** 摸底比对: the kinds of disagreement between the listing and the other sources. */
export enum WorklistKind {
  REGISTRY_HOUSEHOLD_NOT_LISTED = 'REGISTRY_HOUSEHOLD_NOT_LISTED',
  LISTED_HOUSEHOLD_WITHOUT_REGISTRY = 'LISTED_HOUSEHOLD_WITHOUT_REGISTRY',
  LIVING_AWAY = 'LIVING_AWAY',
  // Extension point: needs the electricity import (table meter_reading). Declared so that clients can already
  // name them; they produce no items until the electricity comparison is implemented in reconciliation.sql.ts.
  METER_NO_USE_BUT_ORDINARY = 'METER_NO_USE_BUT_ORDINARY',
  METER_USE_BUT_VACANT = 'METER_USE_BUT_VACANT',
}

/** The kinds computed today; the others need the electricity import. */
export const IMPLEMENTED_KINDS: readonly WorklistKind[] = [
  WorklistKind.REGISTRY_HOUSEHOLD_NOT_LISTED,
  WorklistKind.LISTED_HOUSEHOLD_WITHOUT_REGISTRY,
  WorklistKind.LIVING_AWAY,
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

registerEnumType(WorklistKind, {
  name: 'WorklistKind',
  description: '摸底比对: the kind of disagreement between the listing and another source.',
  valuesConfig: {
    REGISTRY_HOUSEHOLD_NOT_LISTED: {
      description: '公安有户、摸底无户: a registry household none of whose persons is listed.',
    },
    LISTED_HOUSEHOLD_WITHOUT_REGISTRY: {
      description:
        '摸底有户、公安无人: an ordinary listed household none of whose persons is in the registry (newcomers, floating population).',
    },
    LIVING_AWAY: {
      description: '人户分离: a listed person registered in the household but not living there.',
    },
    METER_NO_USE_BUT_ORDINARY: {
      description:
        'Not computed yet (needs the electricity import): an ordinary household whose meter showed no use.',
    },
    METER_USE_BUT_VACANT: {
      description:
        'Not computed yet (needs the electricity import): a vacant household whose meter shows normal use.',
    },
  },
});

registerEnumType(WorklistStatus, {
  name: 'WorklistStatus',
  description: 'Whether a worklist item is still open or was closed with an outcome.',
  valuesConfig: {
    OPEN: { description: 'Not closed yet.' },
    CLOSED: { description: 'Closed with an outcome (it reappears as OPEN when reopened).' },
  },
});

registerEnumType(WorklistOutcome, {
  name: 'WorklistOutcome',
  description: 'How a worklist item was settled.',
  valuesConfig: {
    CONFIRMED_LISTED_ELSEWHERE: { description: '已在别处摸底: the persons are listed elsewhere.' },
    ADDED_TO_LISTING: { description: '已补登: the household or persons were added to the listing.' },
    NOT_LIVING_HERE: { description: '不在此居住: confirmed not living here.' },
    REGISTRY_OUTDATED: { description: '户籍信息过时: the registry entry is outdated.' },
    OTHER: { description: '其他: see the note.' },
  },
});

registerEnumType(EvidenceSource, {
  name: 'EvidenceSource',
  description: 'Where a line of evidence comes from.',
  valuesConfig: {
    REGISTRY: { description: '公安推送: the police registry push.' },
    LISTING: { description: '摸底: the enumerators’ listing.' },
    ELECTRICITY: { description: '用电信息: electricity usage.' },
    GRID: { description: '网格摸排: the epidemic-control grid screening.' },
  },
});
