import type { GraphQLObjectType } from 'graphql';

import { beijingDay, makeCitizenId, Sex } from '@census/rules';

import { ACCESS_EXTENSION, type Audience } from '../src/auth/access';
import { Role, STAFF_ROLES } from '../src/auth/role';
import { type NodeTypeName, rowIdOf, toGlobalId } from '../src/common/global-id';
import { buildCensusSchema } from '../src/server/schema';
import { drainFeed, seedCounty, startTestApi, type TestAccount, type TestApi } from './harness';

/**
 * Access-control matrix: every Query and Mutation field × every kind of caller × an object that is the caller's
 * own (inside its zones), in a sibling township of the same county, or in another county. The table below has one
 * row per root field (generated cases fail when a field has no row), saying how to call the field against a
 * target object and what each caller must get:
 *
 *   FORBIDDEN / UNAUTHENTICATED  the role may not call the field (GraphQL error code);
 *   OK                           allowed, and the call reads or changes the target object;
 *   HIDDEN                       allowed, but the target behaves exactly like a missing one: null, left out of
 *                                lists and counts, NOT_FOUND for an ID (OUT_OF_SCOPE for a zone code given in the
 *                                input) — and a refused change leaves the target's rows as they were.
 *
 * The rule the product promises: every read and write is limited to the caller's zones (the subtrees of the zones
 * it holds). The county administrator and the integration account hold the county, so the sibling township is
 * theirs; nobody here holds the other county. Hence the default expectation of a row: callers outside its audience
 * get FORBIDDEN (UNAUTHENTICATED when anonymous); the others get OK on their own object, OK on the sibling
 * township's when they hold the county, HIDDEN otherwise. A row lists its exceptions in `expect`.
 *
 * Accounts follow the home-zone rule: an office (COUNTY_ADMIN, TOWNSHIP_OFFICER) sees and manages the accounts
 * whose home zone lies in its zones; a supervisor sees itself and its enumerators, an enumerator itself and its
 * supervisor. Every account here is made by `makeAccount` with the home zone it belongs to.
 */

type Caller = Role | 'RESIDENT' | 'ANONYMOUS';
type Place = 'own' | 'sibling' | 'other';
type Outcome = 'OK' | 'HIDDEN' | 'FORBIDDEN' | 'UNAUTHENTICATED';

const CALLERS: readonly Caller[] = [...STAFF_ROLES, 'RESIDENT', 'ANONYMOUS'];
const PLACES: readonly Place[] = ['own', 'sibling', 'other'];
/** Callers that hold the whole home county (330106): the sibling township lies inside their zones. */
const HOLD_COUNTY: readonly Caller[] = [Role.COUNTY_ADMIN, Role.INTEGRATION];

const FIELD_STAFF = [Role.ENUMERATOR, Role.SUPERVISOR, Role.TOWNSHIP_OFFICER];
const FILLERS = [Role.ENUMERATOR, Role.SUPERVISOR, Role.TOWNSHIP_OFFICER];
const REVIEWERS = [Role.SUPERVISOR, Role.TOWNSHIP_OFFICER, Role.COUNTY_ADMIN];
const DATA_WRITERS = [Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.SUPERVISOR, Role.ENUMERATOR];
const OFFICES = [Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER];
const IMPORTERS = [Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.INTEGRATION];

/** Everything of one place (own / sibling / other) the matrix aims at. Data IDs are global IDs. */
interface PlaceData {
  township: string;
  censusZone: string;
  smallZone: string;
  /** A township officer of the place: sets the place's data up (and fresh objects for destructive cells). */
  office: TestAccount;
  building: string;
  household: string;
  householdNumber: string;
  person: string;
  problem: string;
  visit: string;
  appointment: string;
  worklistKey: string;
  /** A new supervisor of the township: holds no zone and supervises nobody yet (its home zone is the township). */
  supervisor: TestAccount;
  /** An integration account of the township. */
  integration: TestAccount;
  /** An enumerator of the small zone: on the own target the ENUMERATOR caller (supervised by the SUPERVISOR caller). */
  enumerator: TestAccount;
  /** An export job the place's office started: only its starter sees it. */
  exportJob: string;
}

interface Fixture {
  places: Record<Place, PlaceData>;
  callers: Record<Caller, { token: string | null; id: string | null }>;
  /** The resident's own household (a DECEASED household, complete for submission) and its person. */
  resident: { household: string; person: string };
  /** Another household of the own small zone whose code the startSelfReport cells use. */
  codeHousehold: { id: string; phone: string };
  /** A small zone of the own township held by nobody but the fresh enumerators of assignSmallZone/importStaff. */
  spareZone: string;
  /** The same in the sibling township: the county office gives it to the sibling township's own staff. */
  siblingSpareZone: string;
  login: { username: string; password: string };
  /** An enumerator of the own small zone that nobody supervises (the login cells' account). */
  stranger: string;
  /** A change-feed cursor taken before any place data was written. */
  feedStart: string;
  /** Beijing date of the places' appointments (for agenda). */
  agendaDate: string;
}

/** A GraphQL error code that stops a cell before any resolver runs. */
class Denied extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** A GraphQL answer: root fields and their items, read with `dig` below that. */
type Answer = Record<string, Record<string, unknown>>;

/** Follows a path of keys into a GraphQL answer. */
function dig(value: unknown, ...path: string[]): unknown {
  return path.reduce<unknown>((at, key) => (at as Record<string, unknown> | null)?.[key], value);
}

interface Cell {
  caller: Caller;
  place: Place;
  at: PlaceData;
  f: Fixture;
  /** True when the field's audience admits the caller: only then are fresh objects made for the cell. */
  allowed: boolean;
  /** The request as the caller; FORBIDDEN / UNAUTHENTICATED are thrown as Denied, other errors fail the cell. */
  gql: (query: string, variables?: Record<string, unknown>) => Promise<Answer>;
}

interface FieldCase {
  /** Who may call the field: must equal its @Allow(...) audience. */
  allow: readonly Audience[];
  /** The targets that make sense for the field (default all three). */
  only?: readonly Place[];
  /** Exceptions to the default expectation, per caller: one outcome for every target or one per target. */
  expect?: Partial<Record<Caller, Outcome | Partial<Record<Place, Outcome>>>>;
  /** Run these cells after all others (they end a session or the like). */
  last?: boolean;
  /** Calls the field against the cell's target and says what happened: OK, HIDDEN, or what went wrong. */
  run(cell: Cell): Promise<string>;
}

let api: TestApi;
let fx: Fixture;
let serial = 0;
/** A number for unique names, keys and addresses. */
const next = () => (serial += 1);
let zoneSerial = 100;
/** A new small zone code under the census zone (001 and 002 are the fixture's). */
const newSmallZone = (censusZone: string) => `${censusZone}${(zoneSerial += 1)}`;
let citizenSerial = 100;
/** A new citizen ID number of the registry imports. */
const newCitizenId = () =>
  makeCitizenId('330106', { year: 1960, month: 1, day: 1 }, (citizenSerial += 1), Sex.MALE);

// ---------------------------------------------------------------------------------------------------------------
// Helpers the rows share.

type UserErrors = { code: string; message: string; field: string[] }[];
const ERRORS = 'userErrors { code field message }';

/**
 * A mutation payload: OK when it carries the object and no user error; HIDDEN when it answers only `hiddenAs`
 * (NOT_FOUND for IDs, OUT_OF_SCOPE for zone codes in the input). Anything else is reported as it came.
 */
function payload(answer: Record<string, unknown>, key: string, hiddenAs: 'NOT_FOUND' | 'OUT_OF_SCOPE') {
  const errors = answer.userErrors as UserErrors;
  if (errors.length === 0 && answer[key] != null) return 'OK';
  if (errors.length > 0 && answer[key] == null && errors.every((e) => e.code === hiddenAs)) return 'HIDDEN';
  return `unexpected answer ${JSON.stringify(answer)}`;
}

/** An import result: OK when the one row was taken; HIDDEN when it was rejected with `hiddenAs`. */
function imported(answer: unknown, hiddenAs = 'OUT_OF_SCOPE') {
  const result = answer as { accepted: number; rejected: { code: string }[] };
  if (result.accepted === 1 && result.rejected.length === 0) return 'OK';
  if (
    result.accepted === 0 &&
    result.rejected.length > 0 &&
    result.rejected.every((r) => r.code === hiddenAs)
  )
    return 'HIDDEN';
  return `unexpected answer ${JSON.stringify(result)}`;
}

function found(value: unknown) {
  return value == null ? 'HIDDEN' : 'OK';
}

function listed(nodes: unknown, wanted: string) {
  return (nodes as { id?: string; key?: string; code?: string }[]).some(
    (n) => (n.id ?? n.key ?? n.code) === wanted,
  )
    ? 'OK'
    : 'HIDDEN';
}

/**
 * Runs a change and, when it was not allowed to act (anything but OK), checks that the rows `snapshot` reads did
 * not change: a refused write must leave no trace.
 */
async function untouched(snapshot: () => Promise<unknown>, change: () => Promise<string>): Promise<string> {
  const before = JSON.stringify(await snapshot());
  const outcome = await change();
  if (outcome !== 'OK' && JSON.stringify(await snapshot()) !== before)
    return `${outcome}, but the target changed`;
  return outcome;
}

const row = (table: string, globalId: string, type: NodeTypeName) => () =>
  api.sql(`SELECT to_jsonb(t) - 'updated_at' AS row FROM ${table} t WHERE id = $1`, [
    rowIdOf(globalId, type),
  ]);

async function versionOf(table: string, globalId: string, type: NodeTypeName): Promise<number> {
  const [found] = await api.sql<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [
    rowIdOf(globalId, type),
  ]);
  return found.version;
}

async function as(token: string, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await api.request<Answer>(query, variables, token);
  const refused = Object.values(response.data ?? {}).some(
    (answer) => ((answer as { userErrors?: unknown[] } | null)?.userErrors ?? []).length > 0,
  );
  if (response.errors || refused) throw new Error(`setup request failed: ${JSON.stringify(response)}`);
  return response.data!;
}

/** Every account of the spec is made here (the harness is about to take a home zone: one place to adapt). */
function makeAccount(
  role: Role,
  zones: string[],
  home: string,
  extra: { supervisorId?: string; password?: string } = {},
): Promise<TestAccount> {
  const options: Parameters<TestApi['account']>[2] & { home?: string } = { ...extra, home };
  return api.account(role, zones, options);
}

// Fresh objects for cells that consume their target, made by the place's own office.

async function freshHousehold(at: PlaceData, items: Record<string, unknown> = {}): Promise<string> {
  const data = await as(
    at.office.token,
    `mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { household { id } ${ERRORS} } }`,
    { input: { smallZoneCode: at.smallZone, ...items } },
  );
  if (!data.createHousehold.household) throw new Error(JSON.stringify(data));
  return dig(data, 'createHousehold', 'household', 'id') as string;
}

/** A whole-household-deceased household: complete for submission without persons. */
const COMPLETE = { status: 'DECEASED', deathsMale: 1, note: '户内老人已去世' };

async function householdAtStage(at: PlaceData, stage: string): Promise<string> {
  const id = await freshHousehold(at, COMPLETE);
  await api.sql(`UPDATE household SET stage = $2 WHERE id = $1`, [rowIdOf(id, 'Household'), stage]);
  return id;
}

/** A fresh household put in the long-form sample (a DECEASED one: its long form is complete without answers). */
async function sampledHousehold(at: PlaceData): Promise<string> {
  const id = await freshHousehold(at, COMPLETE);
  await api.sql(`UPDATE household SET long_form_sampled = true WHERE id = $1`, [rowIdOf(id, 'Household')]);
  return id;
}

const NAMES = ['李明', '孙丽', '周华', '吴刚'];
const PERSON = { name: '王芳', relationship: 'OTHER', sex: 'FEMALE', birthYear: 1990, birthMonth: 2 };
/** Not resident: the resident's DECEASED household stays complete with it. */
const AWAY_PERSON = {
  ...PERSON,
  resident: false,
  whereabouts: 'OTHER_COUNTY',
  leftRegistrationDuration: 'ONE_TO_TWO_YEARS',
};

async function freshPerson(office: TestAccount, householdId: string): Promise<string> {
  const data = await as(
    office.token,
    `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } ${ERRORS} } }`,
    { input: { householdId, ...AWAY_PERSON } },
  );
  if (!data.createPerson.person) throw new Error(JSON.stringify(data));
  return dig(data, 'createPerson', 'person', 'id') as string;
}

async function freshBuilding(at: PlaceData): Promise<string> {
  const data = await as(
    at.office.token,
    `mutation($input: CreateBuildingInput!) { createBuilding(input: $input) { building { id } ${ERRORS} } }`,
    { input: { smallZoneCode: at.smallZone, address: `临时楼${next()}号` } },
  );
  return dig(data, 'createBuilding', 'building', 'id') as string;
}

async function freshProblem(at: PlaceData): Promise<string> {
  const data = await as(
    at.office.token,
    `mutation($input: ReportProblemInput!) { reportProblem(input: $input) { problem { id } ${ERRORS} } }`,
    { input: { subjectId: at.household, category: 'OTHER', text: `疑难${next()}` } },
  );
  return dig(data, 'reportProblem', 'problem', 'id') as string;
}

async function freshZone(at: PlaceData): Promise<string> {
  const code = newSmallZone(at.censusZone);
  await as(
    api.admin.token,
    `mutation($input: CreateZoneInput!) { createZone(input: $input) { zone { code } ${ERRORS} } }`,
    { input: { code, name: '待删小区' } },
  );
  return code;
}

/** A new enumerator of the place's township: holds no zone yet. */
const freshEnumerator = (at: PlaceData) => makeAccount(Role.ENUMERATOR, [], at.township);

/**
 * The small zone an account-assigning cell hands out: the caller's own spare one, or, where the caller manages the
 * target township (the county office and the sibling township), that township's: an account's zones must lie in
 * its home, so only then can the change succeed, and elsewhere the account alone decides the outcome.
 */
const spareFor = ({ caller, place, f }: Cell) =>
  caller === Role.COUNTY_ADMIN && place === 'sibling' ? f.siblingSpareZone : f.spareZone;

const accountRow = (id: string) => () =>
  api.sql(
    `SELECT a.name, a.active, a.password_hash, a.supervisor_id, a.version,
            ARRAY(SELECT zone_code FROM account_zone WHERE account_id = a.id ORDER BY 1) AS zones
       FROM account a WHERE a.id = $1`,
    [id],
  );

/** Who sees an account: offices see the accounts whose home zone lies in their zones; nobody else sees a stranger. */
const ACCOUNT_VIEW: FieldCase['expect'] = {
  [Role.SUPERVISOR]: 'HIDDEN',
  [Role.ENUMERATOR]: 'HIDDEN',
  [Role.INTEGRATION]: 'HIDDEN',
};

// ---------------------------------------------------------------------------------------------------------------
// The matrix: one row per root field ('Type.field', or 'Type.field#variant' for a second kind of target).

const MATRIX: Record<string, FieldCase> = {
  // ----- reads
  'Query.accounts': {
    allow: [Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.SUPERVISOR],
    expect: ACCOUNT_VIEW,
    async run({ gql, at }) {
      const data = await gql(`{ accounts(first: 100) { nodes { id } } }`);
      return listed(data.accounts.nodes, toGlobalId('Account', at.supervisor.id));
    },
  },
  'Query.agenda': {
    allow: FIELD_STAFF,
    async run({ gql, at, f }) {
      const data = await gql(
        `query($date: Date!, $zone: String!) { agenda(day: $date, zoneCode: $zone) { appointments(first: 100) { nodes { id } } } }`,
        { date: f.agendaDate, zone: at.smallZone },
      );
      return listed(dig(data, 'agenda', 'appointments', 'nodes'), at.appointment);
    },
  },
  'Query.auditLog': {
    allow: OFFICES,
    async run({ gql, at }) {
      const data = await gql(
        `query($zone: String!) { auditLog(zoneCode: $zone, action: CREATE, first: 100) { totalCount nodes { entityId } } }`,
        { zone: at.smallZone },
      );
      const outcome = listed(
        (data.auditLog.nodes as { entityId: string }[]).map((n) => ({ id: n.entityId })),
        at.household,
      );
      return outcome === 'HIDDEN' && Number(data.auditLog.totalCount) > 0
        ? 'entries of the zone counted'
        : outcome;
    },
  },
  'Query.buildings': {
    allow: ['STAFF'],
    async run({ gql, at }) {
      const data = await gql(
        `query($zone: String!) { buildings(filter: { zoneCode: $zone }, first: 100) { totalCount nodes { id } } }`,
        { zone: at.smallZone },
      );
      const outcome = listed(data.buildings.nodes, at.building);
      return outcome === 'HIDDEN' && Number(data.buildings.totalCount) > 0 ? 'counted' : outcome;
    },
  },
  'Query.changes': {
    allow: IMPORTERS,
    async run({ gql, at, f }) {
      const { changes } = await drainFeed<{ entityId: string }>(api, f.feedStart, async (after) => {
        const data = await gql(
          `query($after: String) { changes(after: $after, first: 1000, types: [HOUSEHOLD]) { changes { entityId } endCursor hasMore } }`,
          { after },
        );
        return data.changes as { changes: { entityId: string }[]; endCursor: string; hasMore: boolean };
      });
      return listed(
        changes.map((c) => ({ id: c.entityId })),
        at.household,
      );
    },
  },
  'Query.changesCursor': {
    allow: IMPORTERS,
    only: ['own'],
    async run({ gql }) {
      const data = await gql(`{ changesCursor }`);
      return found(data.changesCursor);
    },
  },
  'Query.household': {
    allow: ['STAFF'],
    async run({ gql, at }) {
      const data = await gql(
        `query($zone: String!, $n: String!) { household(smallZoneCode: $zone, number: $n) { id } }`,
        {
          zone: at.smallZone,
          n: at.householdNumber,
        },
      );
      return found(data.household);
    },
  },
  'Query.households': {
    allow: ['STAFF'],
    async run({ gql, at }) {
      const data = await gql(
        `query($zone: String!) { households(filter: { zoneCode: $zone }, first: 100) { totalCount nodes { id } } }`,
        { zone: at.smallZone },
      );
      const outcome = listed(data.households.nodes, at.household);
      return outcome === 'HIDDEN' && Number(data.households.totalCount) > 0 ? 'counted' : outcome;
    },
  },
  'Query.listingWorklist': {
    allow: ['STAFF'],
    async run({ gql, at }) {
      const data = await gql(
        `query($zone: String!) { listingWorklist(zoneCode: $zone, first: 100) { totalCount nodes { key } } }`,
        { zone: at.smallZone },
      );
      const outcome = listed(data.listingWorklist.nodes, at.worklistKey);
      return outcome === 'HIDDEN' && Number(data.listingWorklist.totalCount) > 0 ? 'counted' : outcome;
    },
  },
  'Query.listingWorklistRollup': {
    allow: REVIEWERS,
    async run({ gql, at }) {
      const data = await gql(
        `query($zone: String!) { listingWorklistRollup(zoneCode: $zone) { zoneCode open closed } }`,
        { zone: at.censusZone },
      );
      const rows = (data.listingWorklistRollup ?? []) as unknown as {
        zoneCode: string;
        open: number;
        closed: number;
      }[];
      return rows.some((r) => r.zoneCode === at.smallZone && r.open + r.closed > 0) ? 'OK' : 'HIDDEN';
    },
  },
  'Query.me': {
    allow: ['STAFF'],
    only: ['own'],
    async run({ gql, caller, f }) {
      const data = await gql(`{ me { id } }`);
      return data.me.id === toGlobalId('Account', f.callers[caller].id!) ? 'OK' : 'someone else';
    },
  },
  'Query.node': {
    // A self-report session reads its own household only: the place's household is a neighbour's.
    allow: ['STAFF', 'RESIDENT'],
    expect: { RESIDENT: 'HIDDEN' },
    async run({ gql, at }) {
      const data = await gql(`query($id: ID!) { node(id: $id) { id } }`, { id: at.household });
      return found(data.node);
    },
  },
  'Query.node#ResidentHousehold': {
    // The resident's own household on the own target (the place's household elsewhere).
    allow: ['STAFF', 'RESIDENT'],
    async run(cell) {
      const data = await cell.gql(`query($id: ID!) { node(id: $id) { id } }`, {
        id: residentTarget(cell).household,
      });
      return found(data.node);
    },
  },
  'Query.node#ResidentPerson': {
    allow: ['STAFF', 'RESIDENT'],
    async run(cell) {
      const data = await cell.gql(`query($id: ID!) { node(id: $id) { id } }`, {
        id: residentTarget(cell).person,
      });
      return found(data.node);
    },
  },
  'Query.node#WorklistItem': {
    allow: ['STAFF', 'RESIDENT'],
    expect: { RESIDENT: 'HIDDEN' },
    async run({ gql, at }) {
      const data = await gql(`query($id: ID!) { node(id: $id) { id } }`, {
        id: toGlobalId('WorklistItem', at.worklistKey),
      });
      return found(data.node);
    },
  },
  'Query.node#SmallZone': {
    // Zones are visible to everyone above them; a session's zones (those of its address) are not its to read here.
    allow: ['STAFF', 'RESIDENT'],
    only: ['own'],
    expect: { RESIDENT: 'HIDDEN' },
    async run({ gql, at }) {
      const data = await gql(`query($id: ID!) { node(id: $id) { id } }`, {
        id: toGlobalId('Zone', at.smallZone),
      });
      return found(data.node);
    },
  },
  'Query.node#NewSupervisor': {
    allow: ['STAFF', 'RESIDENT'],
    expect: { ...ACCOUNT_VIEW, RESIDENT: 'HIDDEN' },
    async run({ gql, at }) {
      const data = await gql(`query($id: ID!) { node(id: $id) { id } }`, {
        id: toGlobalId('Account', at.supervisor.id),
      });
      return found(data.node);
    },
  },
  'Query.node#Enumerator': {
    allow: ['STAFF', 'RESIDENT'],
    expect: { RESIDENT: 'HIDDEN' },
    async run({ gql, at }) {
      const data = await gql(`query($id: ID!) { node(id: $id) { id } }`, {
        id: toGlobalId('Account', at.enumerator.id),
      });
      return found(data.node);
    },
  },
  'Query.node#Supervisor': {
    // The own supervisor: itself, its enumerator and the offices of its home see it.
    allow: ['STAFF', 'RESIDENT'],
    only: ['own'],
    expect: { RESIDENT: 'HIDDEN' },
    async run({ gql, f }) {
      const data = await gql(`query($id: ID!) { node(id: $id) { id } }`, {
        id: toGlobalId('Account', f.callers[Role.SUPERVISOR].id!),
      });
      return found(data.node);
    },
  },
  'Query.node#StrangerEnumerator': {
    // An enumerator of the own small zone that the SUPERVISOR caller does not supervise: a colleague, not a subordinate.
    allow: ['STAFF', 'RESIDENT'],
    only: ['own'],
    expect: { [Role.SUPERVISOR]: 'HIDDEN', [Role.ENUMERATOR]: 'HIDDEN', RESIDENT: 'HIDDEN' },
    async run({ gql, f }) {
      const data = await gql(`query($id: ID!) { node(id: $id) { id } }`, {
        id: toGlobalId('Account', f.stranger),
      });
      return found(data.node);
    },
  },
  'Query.node#ExportJob': {
    // Export jobs are the starter's own: even the place's own callers do not see the office's job.
    allow: ['STAFF', 'RESIDENT'],
    expect: { ...Object.fromEntries(STAFF_ROLES.map((role) => [role, 'HIDDEN'])), RESIDENT: 'HIDDEN' },
    async run({ gql, at }) {
      const data = await gql(`query($id: ID!) { node(id: $id) { id } }`, { id: at.exportJob });
      return found(data.node);
    },
  },
  'Query.exportJobs': {
    // The caller's own jobs only: the place's office started this one, so nobody else lists it, whatever it holds.
    allow: IMPORTERS,
    expect: Object.fromEntries(IMPORTERS.map((role) => [role, 'HIDDEN'])),
    async run({ gql, at }) {
      const data = await gql(`{ exportJobs(first: 100) { totalCount nodes { id } } }`);
      return listed(dig(data, 'exportJobs', 'nodes'), at.exportJob);
    },
  },
  'Query.nodes': {
    allow: ['STAFF', 'RESIDENT'],
    expect: { RESIDENT: 'HIDDEN' },
    async run({ gql, at }) {
      const ids = [at.building, at.household, at.person, at.problem, at.visit, at.appointment];
      const data = await gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
      const seen = (dig(data, 'nodes') as unknown[]).map((n) => n !== null);
      if (seen.every(Boolean)) return 'OK';
      if (!seen.some(Boolean)) return 'HIDDEN';
      return `partly visible: ${JSON.stringify(data.nodes)}`;
    },
  },
  'Query.nodes#Resident': {
    // The resident's household and its person on the own target (the place's household and person elsewhere).
    allow: ['STAFF', 'RESIDENT'],
    async run(cell) {
      const { household, person } = residentTarget(cell);
      const data = await cell.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
        ids: [household, person],
      });
      const seen = (dig(data, 'nodes') as unknown[]).map((n) => n !== null);
      if (seen.every(Boolean)) return 'OK';
      if (!seen.some(Boolean)) return 'HIDDEN';
      return `partly visible: ${JSON.stringify(data.nodes)}`;
    },
  },
  'Query.persons': {
    allow: ['STAFF'],
    async run({ gql, at }) {
      const data = await gql(
        `query($zone: String!) { persons(filter: { zoneCode: $zone }, first: 100) { totalCount nodes { id } } }`,
        { zone: at.smallZone },
      );
      const outcome = listed(data.persons.nodes, at.person);
      return outcome === 'HIDDEN' && Number(data.persons.totalCount) > 0 ? 'counted' : outcome;
    },
  },
  'Query.problems': {
    allow: ['STAFF'],
    async run({ gql, at }) {
      const data = await gql(
        `query($zone: String!) { problems(filter: { zoneCode: $zone }, first: 100) { totalCount nodes { id } } }`,
        { zone: at.smallZone },
      );
      const outcome = listed(data.problems.nodes, at.problem);
      return outcome === 'HIDDEN' && Number(data.problems.totalCount) > 0 ? 'counted' : outcome;
    },
  },
  'Query.progress': {
    allow: ['STAFF'],
    async run({ gql, at }) {
      const data = await gql(`query($zone: String!) { progress(zoneCode: $zone) { households } }`, {
        zone: at.smallZone,
      });
      return found(data.progress);
    },
  },
  'Query.progressReport': {
    allow: ['STAFF'],
    async run({ gql, at }) {
      const data = await gql(`query($zone: String!) { progressReport(zoneCode: $zone) { markdown } }`, {
        zone: at.smallZone,
      });
      return found(data.progressReport);
    },
  },
  'Query.reviewQueue': {
    allow: REVIEWERS,
    async run({ gql, at, allowed }) {
      const id = allowed ? await householdAtStage(at, 'SUBMITTED') : at.household;
      const data = await gql(
        `query($zone: String!) { reviewQueue(filter: { zoneCode: $zone }, first: 100) { totalCount nodes { id } } }`,
        { zone: at.smallZone },
      );
      const outcome = listed(data.reviewQueue.nodes, id);
      return outcome === 'HIDDEN' && Number(data.reviewQueue.totalCount) > 0 ? 'counted' : outcome;
    },
  },
  'Query.team': {
    // The own place's supervisor is the SUPERVISOR caller (it supervises the own enumerator); elsewhere the place's.
    allow: REVIEWERS,
    async run({ gql, at, place, f }) {
      const supervisor = place === 'own' ? f.callers[Role.SUPERVISOR].id! : at.supervisor.id;
      const data = await gql(`query($id: ID) { team(supervisorId: $id) { supervisor { id } } }`, {
        id: toGlobalId('Account', supervisor),
      });
      return found(data.team);
    },
  },
  'Query.selfReportHousehold': {
    allow: ['RESIDENT'],
    only: ['own'],
    async run({ gql, f }) {
      const data = await gql(`{ selfReportHousehold { id } }`);
      return data.selfReportHousehold.id === f.resident.household ? 'OK' : 'another household';
    },
  },
  'Query.zone': {
    allow: ['STAFF'],
    async run({ gql, at }) {
      const data = await gql(`query($code: String!) { zone(code: $code) { code } }`, { code: at.smallZone });
      return found(data.zone);
    },
  },
  'Query.zones': {
    allow: ['STAFF'],
    async run({ gql, at }) {
      const data = await gql(
        `query($code: String!) { zones(filter: { codePrefix: $code }) { nodes { code } } }`,
        {
          code: at.smallZone,
        },
      );
      return listed(data.zones.nodes, at.smallZone);
    },
  },

  // ----- accounts (the offices manage the accounts whose home zone lies in their zones)
  'Mutation.login': {
    allow: ['ANYONE'],
    only: ['own'],
    async run({ gql, f }) {
      const data = await gql(`mutation($input: LoginInput!) { login(input: $input) { token ${ERRORS} } }`, {
        input: f.login,
      });
      return payload(data.login, 'token', 'NOT_FOUND');
    },
  },
  'Mutation.renewToken': {
    allow: ['STAFF'],
    only: ['own'],
    async run({ gql }) {
      const data = await gql(`mutation { renewToken(input: {}) { token ${ERRORS} } }`);
      return payload(data.renewToken, 'token', 'NOT_FOUND');
    },
  },
  'Mutation.createAccount': {
    allow: OFFICES,
    async run({ gql, at }) {
      const username = `matrix${next()}`;
      return untouched(
        () => api.sql(`SELECT id FROM account WHERE username = $1`, [username]),
        async () => {
          const data = await gql(
            `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } ${ERRORS} } }`,
            {
              input: {
                username,
                name: '新普查员',
                role: Role.ENUMERATOR,
                password: 'a-long-password-1',
                zoneCodes: [at.smallZone],
              },
            },
          );
          return payload(data.createAccount, 'account', 'OUT_OF_SCOPE');
        },
      );
    },
  },
  'Mutation.createAccount#supervisorId': {
    // A new enumerator of the caller's own small zone under the target township's new supervisor.
    allow: OFFICES,
    async run(cell) {
      const { gql, at } = cell;
      const username = `matrix${next()}`;
      return untouched(
        () => api.sql(`SELECT id FROM account WHERE username = $1`, [username]),
        async () => {
          const data = await gql(
            `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } ${ERRORS} } }`,
            {
              input: {
                username,
                name: '新普查员',
                role: Role.ENUMERATOR,
                password: 'a-long-password-1',
                zoneCodes: [spareFor(cell)],
                supervisorId: toGlobalId('Account', at.supervisor.id),
              },
            },
          );
          return payload(data.createAccount, 'account', 'NOT_FOUND');
        },
      );
    },
  },
  'Mutation.updateAccount#supervisorId': {
    // A fresh enumerator of the caller's own township put under the target township's new supervisor.
    allow: OFFICES,
    async run({ gql, at, f, allowed }) {
      const enumerator = allowed
        ? await makeAccount(Role.ENUMERATOR, [], f.places.own.township)
        : at.supervisor;
      return untouched(accountRow(enumerator.id), async () => {
        const data = await gql(
          `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { id } ${ERRORS} } }`,
          {
            input: {
              id: toGlobalId('Account', enumerator.id),
              expectedVersion: 1,
              supervisorId: toGlobalId('Account', at.supervisor.id),
            },
          },
        );
        return payload(data.updateAccount, 'account', 'NOT_FOUND');
      });
    },
  },
  'Mutation.updateAccount': {
    allow: OFFICES,
    async run({ gql, at, allowed }) {
      const target = allowed ? await makeAccount(Role.SUPERVISOR, [], at.township) : at.supervisor;
      return untouched(accountRow(target.id), async () => {
        const data = await gql(
          `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { id } ${ERRORS} } }`,
          {
            input: {
              id: toGlobalId('Account', target.id),
              expectedVersion: 1,
              name: '被改名',
              active: false,
              password: 'taken-over-password',
            },
          },
        );
        return payload(data.updateAccount, 'account', 'NOT_FOUND');
      });
    },
  },
  'Mutation.assignSmallZone': {
    allow: OFFICES,
    async run(cell) {
      const { gql, at, allowed } = cell;
      // The small zone is the caller's own: only the enumerator decides whether the office may act.
      const enumerator = allowed ? await freshEnumerator(at) : at.supervisor;
      return untouched(accountRow(enumerator.id), async () => {
        const data = await gql(
          `mutation($input: AssignSmallZoneInput!) { assignSmallZone(input: $input) { account { id } ${ERRORS} } }`,
          { input: { smallZoneCode: spareFor(cell), enumeratorId: toGlobalId('Account', enumerator.id) } },
        );
        return payload(data.assignSmallZone, 'account', 'NOT_FOUND');
      });
    },
  },
  'Mutation.assignSmallZones': {
    allow: OFFICES,
    async run(cell) {
      const { gql, at, allowed } = cell;
      // As assignSmallZone, in bulk: the small zone is the caller's own, the enumerator decides.
      const enumerator = allowed ? await freshEnumerator(at) : at.supervisor;
      return untouched(accountRow(enumerator.id), async () => {
        const data = await gql(
          `mutation($input: AssignSmallZonesInput!) { assignSmallZones(input: $input) { account { id } ${ERRORS} } }`,
          { input: { smallZoneCodes: [spareFor(cell)], enumeratorId: toGlobalId('Account', enumerator.id) } },
        );
        return payload(data.assignSmallZones, 'account', 'NOT_FOUND');
      });
    },
  },
  'Mutation.assignSupervisor': {
    allow: OFFICES,
    async run({ gql, at, allowed }) {
      // A fresh enumerator of the target township put under its new supervisor: both accounts decide.
      const enumerator = allowed ? await freshEnumerator(at) : at.enumerator;
      return untouched(accountRow(enumerator.id), async () => {
        const data = await gql(
          `mutation($input: AssignSupervisorInput!) { assignSupervisor(input: $input) { supervisor { id } ${ERRORS} } }`,
          {
            input: {
              supervisorId: toGlobalId('Account', at.supervisor.id),
              enumeratorIds: [toGlobalId('Account', enumerator.id)],
            },
          },
        );
        return payload(data.assignSupervisor, 'supervisor', 'NOT_FOUND');
      });
    },
  },
  'Mutation.importStaff': {
    allow: OFFICES,
    async run(cell) {
      const { gql, at, allowed } = cell;
      // A row naming an existing username of the target township, moving it into the caller's own small zone.
      const enumerator = allowed ? await freshEnumerator(at) : at.supervisor;
      return untouched(accountRow(enumerator.id), async () => {
        const data = await gql(
          `mutation($input: ImportStaffInput!) { importStaff(input: $input) { accepted rejected { code } } }`,
          {
            input: {
              idempotencyKey: `matrix-staff-${next()}`,
              rows: [
                {
                  row: 1,
                  username: enumerator.username,
                  name: '被改名',
                  role: Role.ENUMERATOR,
                  zoneCodes: [spareFor(cell)],
                },
              ],
            },
          },
        );
        const result = data.importStaff as { accepted: number; rejected: { code: string }[] };
        // Hidden: rejected (an unseen username cannot be "created" again either), whatever the code says.
        if (result.accepted === 0 && result.rejected.length === 1) return 'HIDDEN';
        return imported(result);
      });
    },
  },
  'Mutation.importStaff#supervisorUsername': {
    // A new enumerator of the caller's own small zone naming the target township's new supervisor.
    allow: OFFICES,
    async run(cell) {
      const { gql, at } = cell;
      const username = `matrix${next()}`;
      return untouched(
        () => api.sql(`SELECT id FROM account WHERE username = $1`, [username]),
        async () => {
          const data = await gql(
            `mutation($input: ImportStaffInput!) { importStaff(input: $input) { accepted rejected { code } } }`,
            {
              input: {
                idempotencyKey: `matrix-staff-${next()}`,
                rows: [
                  {
                    row: 1,
                    username,
                    name: '新普查员',
                    role: Role.ENUMERATOR,
                    password: 'a-long-password-1',
                    zoneCodes: [spareFor(cell)],
                    supervisorUsername: at.supervisor.username,
                  },
                ],
              },
            },
          );
          return imported(data.importStaff, 'NOT_FOUND');
        },
      );
    },
  },
  'Mutation.createApiToken': {
    allow: [Role.COUNTY_ADMIN],
    run: (cell) => issueApiToken(cell, cell.at.integration),
  },
  'Mutation.createApiToken#NewIntegration': {
    // A new integration account of the target township, holding no zone yet: its token would serve there later.
    allow: [Role.COUNTY_ADMIN],
    run: async (cell) =>
      issueApiToken(
        cell,
        cell.allowed ? await makeAccount(Role.INTEGRATION, [], cell.at.township) : cell.at.integration,
      ),
  },
  'Mutation.revokeApiTokens': {
    allow: [Role.COUNTY_ADMIN],
    run: (cell) => revokeApiTokens(cell, cell.at.integration),
  },
  'Mutation.revokeApiTokens#NewIntegration': {
    allow: [Role.COUNTY_ADMIN],
    run: async (cell) =>
      revokeApiTokens(
        cell,
        cell.allowed ? await makeAccount(Role.INTEGRATION, [], cell.at.township) : cell.at.integration,
      ),
  },

  // ----- zones
  'Mutation.createZone': {
    allow: OFFICES,
    async run({ gql, at }) {
      const code = newSmallZone(at.censusZone);
      return untouched(
        () => api.sql(`SELECT code FROM zone WHERE code = $1`, [code]),
        async () => {
          const data = await gql(
            `mutation($input: CreateZoneInput!) { createZone(input: $input) { zone { code } ${ERRORS} } }`,
            { input: { code, name: '新小区' } },
          );
          return payload(data.createZone, 'zone', 'OUT_OF_SCOPE');
        },
      );
    },
  },
  'Mutation.updateZone': {
    allow: OFFICES,
    async run({ gql, at }) {
      const snapshot = () => api.sql(`SELECT name, version FROM zone WHERE code = $1`, [at.smallZone]);
      return untouched(snapshot, async () => {
        const [{ version }] = await api.sql<{ version: number }>(`SELECT version FROM zone WHERE code = $1`, [
          at.smallZone,
        ]);
        const data = await gql(
          `mutation($input: UpdateZoneInput!) { updateZone(input: $input) { zone { code } ${ERRORS} } }`,
          { input: { code: at.smallZone, expectedVersion: version, name: `改名${next()}` } },
        );
        return payload(data.updateZone, 'zone', 'OUT_OF_SCOPE');
      });
    },
  },
  'Mutation.setLongFormOptions': {
    allow: OFFICES,
    async run({ gql, at }) {
      const snapshot = () =>
        api.sql<{ vehicles: boolean | null; version: number }>(
          `SELECT long_form_vehicles AS vehicles, version FROM zone WHERE code = $1`,
          [at.township],
        );
      return untouched(snapshot, async () => {
        // Off either way (false or null, the default): the matrix's other rows keep the standard long form.
        const [{ vehicles }] = await snapshot();
        const data = await gql(
          `mutation($input: SetLongFormOptionsInput!) { setLongFormOptions(input: $input) { zone { code } ${ERRORS} } }`,
          { input: { zoneCode: at.township, vehicles: vehicles === false ? null : false } },
        );
        return payload(data.setLongFormOptions, 'zone', 'OUT_OF_SCOPE');
      });
    },
  },
  'Mutation.saveReportTexts': {
    allow: OFFICES,
    async run({ gql, at }) {
      const snapshot = () =>
        api.sql(`SELECT version, practices FROM zone_report_text WHERE zone_code = $1`, [at.township]);
      return untouched(snapshot, async () => {
        const [saved] = await api.sql<{ version: number }>(
          `SELECT version FROM zone_report_text WHERE zone_code = $1`,
          [at.township],
        );
        const data = await gql(
          `mutation($input: SaveReportTextsInput!) { saveReportTexts(input: $input) { reportTexts { zoneCode } ${ERRORS} } }`,
          {
            input: {
              zoneCode: at.township,
              expectedVersion: saved?.version ?? 0,
              practices: [`做法${next()}`],
            },
          },
        );
        return payload(data.saveReportTexts, 'reportTexts', 'OUT_OF_SCOPE');
      });
    },
  },
  'Mutation.deleteZone': {
    allow: OFFICES,
    async run({ gql, at, allowed }) {
      const code = allowed ? await freshZone(at) : at.smallZone;
      return untouched(
        () => api.sql(`SELECT code FROM zone WHERE code = $1`, [code]),
        async () => {
          const data = await gql(
            `mutation($input: DeleteZoneInput!) { deleteZone(input: $input) { deletedId ${ERRORS} } }`,
            { input: { code, expectedVersion: 1 } },
          );
          return payload(data.deleteZone, 'deletedId', 'OUT_OF_SCOPE');
        },
      );
    },
  },
  'Mutation.importZones': {
    allow: IMPORTERS,
    async run({ gql, at }) {
      const code = newSmallZone(at.censusZone);
      return untouched(
        () => api.sql(`SELECT code FROM zone WHERE code = $1`, [code]),
        async () => {
          const data = await gql(
            `mutation($input: ImportZonesInput!) { importZones(input: $input) { accepted rejected { code } } }`,
            {
              input: { idempotencyKey: `matrix-zones-${next()}`, rows: [{ row: 1, code, name: '导入小区' }] },
            },
          );
          return imported(data.importZones);
        },
      );
    },
  },
  'Mutation.importZoneBoundaries': {
    allow: IMPORTERS,
    async run({ gql, at }) {
      const n = next();
      const square = [
        [120 + n / 1e4, 30],
        [120.001 + n / 1e4, 30],
        [120.001 + n / 1e4, 30.001],
        [120 + n / 1e4, 30],
      ];
      return untouched(
        () => api.sql(`SELECT geometry FROM zone_boundary WHERE zone_code = $1`, [at.smallZone]),
        async () => {
          const data = await gql(
            `mutation($input: ImportZoneBoundariesInput!) { importZoneBoundaries(input: $input) { accepted rejected { code } } }`,
            {
              input: {
                idempotencyKey: `matrix-boundaries-${n}`,
                features: [
                  {
                    type: 'Feature',
                    properties: { code: at.smallZone },
                    geometry: { type: 'Polygon', coordinates: [square] },
                  },
                ],
              },
            },
          );
          return imported(data.importZoneBoundaries);
        },
      );
    },
  },

  // ----- buildings, households, persons
  'Mutation.createBuilding': {
    allow: DATA_WRITERS,
    async run({ gql, at }) {
      const count = () => api.sql(`SELECT count(*) FROM building WHERE small_zone_code = $1`, [at.smallZone]);
      return untouched(count, async () => {
        const data = await gql(
          `mutation($input: CreateBuildingInput!) { createBuilding(input: $input) { building { id } ${ERRORS} } }`,
          { input: { smallZoneCode: at.smallZone, address: `新楼${next()}号` } },
        );
        return payload(data.createBuilding, 'building', 'OUT_OF_SCOPE');
      });
    },
  },
  'Mutation.updateBuilding': {
    allow: DATA_WRITERS,
    async run({ gql, at }) {
      return untouched(row('building', at.building, 'Building'), async () => {
        const data = await gql(
          `mutation($input: UpdateBuildingInput!) { updateBuilding(input: $input) { building { id } ${ERRORS} } }`,
          {
            input: {
              id: at.building,
              expectedVersion: await versionOf('building', at.building, 'Building'),
              address: `改址${next()}号`,
            },
          },
        );
        return payload(data.updateBuilding, 'building', 'NOT_FOUND');
      });
    },
  },
  'Mutation.deleteBuilding': {
    allow: DATA_WRITERS,
    async run({ gql, at, allowed }) {
      const id = allowed ? await freshBuilding(at) : at.building;
      return untouched(row('building', id, 'Building'), async () => {
        const data = await gql(
          `mutation($input: DeleteBuildingInput!) { deleteBuilding(input: $input) { deletedId ${ERRORS} } }`,
          { input: { id, expectedVersion: 1 } },
        );
        return payload(data.deleteBuilding, 'deletedId', 'NOT_FOUND');
      });
    },
  },
  'Mutation.createHousehold': {
    allow: DATA_WRITERS,
    async run({ gql, at }) {
      const count = () =>
        api.sql(`SELECT count(*) FROM household WHERE small_zone_code = $1`, [at.smallZone]);
      return untouched(count, async () => {
        const data = await gql(
          `mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { household { id } ${ERRORS} } }`,
          { input: { smallZoneCode: at.smallZone } },
        );
        return payload(data.createHousehold, 'household', 'OUT_OF_SCOPE');
      });
    },
  },
  'Mutation.updateHousehold': {
    allow: DATA_WRITERS,
    async run({ gql, at }) {
      return untouched(row('household', at.household, 'Household'), async () => {
        const data = await gql(
          `mutation($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { household { id } ${ERRORS} } }`,
          {
            input: {
              id: at.household,
              expectedVersion: await versionOf('household', at.household, 'Household'),
              note: `备注${next()}`,
            },
          },
        );
        return payload(data.updateHousehold, 'household', 'NOT_FOUND');
      });
    },
  },
  'Mutation.saveHousehold': {
    allow: DATA_WRITERS,
    async run({ gql, at }) {
      return untouched(row('household', at.household, 'Household'), async () => {
        const data = await gql(
          `mutation($input: SaveHouseholdInput!) { saveHousehold(input: $input) { household { id } ${ERRORS} } }`,
          {
            input: {
              id: at.household,
              expectedVersion: await versionOf('household', at.household, 'Household'),
              note: `备注${next()}`,
            },
          },
        );
        return payload(data.saveHousehold, 'household', 'NOT_FOUND');
      });
    },
  },
  'Mutation.saveLongForm': {
    allow: FILLERS,
    async run({ gql, at, allowed }) {
      const id = allowed ? await sampledHousehold(at) : at.household;
      return untouched(row('household', id, 'Household'), async () => {
        const data = await gql(
          `mutation($input: SaveLongFormInput!) { saveLongForm(input: $input) { household { id } ${ERRORS} } }`,
          { input: { id, expectedVersion: await versionOf('household', id, 'Household'), household: [] } },
        );
        return payload(data.saveLongForm, 'household', 'NOT_FOUND');
      });
    },
  },
  'Mutation.setLongFormSample': {
    allow: OFFICES,
    async run({ gql, at, allowed }) {
      const id = allowed ? await sampledHousehold(at) : at.household;
      return untouched(row('household', id, 'Household'), async () => {
        const data = await gql(
          `mutation($input: SetLongFormSampleInput!) { setLongFormSample(input: $input) { household { id } ${ERRORS} } }`,
          {
            input: {
              id,
              expectedVersion: await versionOf('household', id, 'Household'),
              sampled: false,
              reason: '住户已拆迁',
            },
          },
        );
        return payload(data.setLongFormSample, 'household', 'NOT_FOUND');
      });
    },
  },
  'Mutation.deleteHousehold': {
    allow: DATA_WRITERS,
    async run({ gql, at, allowed }) {
      const id = allowed ? await freshHousehold(at) : at.household;
      return untouched(row('household', id, 'Household'), async () => {
        const data = await gql(
          `mutation($input: DeleteHouseholdInput!) { deleteHousehold(input: $input) { deletedId ${ERRORS} } }`,
          { input: { id, expectedVersion: await versionOf('household', id, 'Household') } },
        );
        return payload(data.deleteHousehold, 'deletedId', 'NOT_FOUND');
      });
    },
  },
  'Mutation.createPerson': {
    allow: DATA_WRITERS,
    async run({ gql, at }) {
      const count = () =>
        api.sql(`SELECT count(*) FROM person WHERE household_id = $1`, [rowIdOf(at.household, 'Household')]);
      return untouched(count, async () => {
        const data = await gql(
          `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } ${ERRORS} } }`,
          { input: { householdId: at.household, ...PERSON } },
        );
        return payload(data.createPerson, 'person', 'NOT_FOUND');
      });
    },
  },
  'Mutation.updatePerson': {
    allow: DATA_WRITERS,
    async run({ gql, at }) {
      return untouched(row('person', at.person, 'Person'), async () => {
        const data = await gql(
          `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id } ${ERRORS} } }`,
          {
            input: {
              id: at.person,
              expectedVersion: await versionOf('person', at.person, 'Person'),
              name: NAMES[next() % NAMES.length],
            },
          },
        );
        return payload(data.updatePerson, 'person', 'NOT_FOUND');
      });
    },
  },
  'Mutation.deletePerson': {
    allow: DATA_WRITERS,
    async run({ gql, at, allowed }) {
      const id = allowed ? await freshPerson(at.office, at.household) : at.person;
      return untouched(row('person', id, 'Person'), async () => {
        const data = await gql(
          `mutation($input: DeletePersonInput!) { deletePerson(input: $input) { deletedId ${ERRORS} } }`,
          { input: { id, expectedVersion: await versionOf('person', id, 'Person') } },
        );
        return payload(data.deletePerson, 'deletedId', 'NOT_FOUND');
      });
    },
  },

  // ----- workflow
  'Mutation.startEnumeration': {
    allow: FILLERS,
    async run(cell) {
      const id = cell.allowed ? await householdAtStage(cell.at, 'LISTED') : cell.at.household;
      return stageStep(cell, 'startEnumeration', 'HouseholdStageInput', { id });
    },
  },
  'Mutation.submitHousehold': {
    allow: FILLERS,
    async run(cell) {
      const id = cell.allowed ? await householdAtStage(cell.at, 'ENUMERATING') : cell.at.household;
      return stageStep(cell, 'submitHousehold', 'HouseholdStageInput', { id });
    },
  },
  'Mutation.approveHousehold': {
    allow: REVIEWERS,
    async run(cell) {
      const id = cell.allowed ? await householdAtStage(cell.at, 'SUBMITTED') : cell.at.household;
      return stageStep(cell, 'approveHousehold', 'HouseholdStageInput', { id });
    },
  },
  'Mutation.approveHouseholds': {
    allow: REVIEWERS,
    async run(cell) {
      const id = cell.allowed ? await householdAtStage(cell.at, 'SUBMITTED') : cell.at.household;
      return untouched(row('household', id, 'Household'), async () => {
        const data = await cell.gql(
          `mutation($input: ApproveHouseholdsInput!) {
             approveHouseholds(input: $input) { results { household { id } userErrors { code } } ${ERRORS} } }`,
          { input: { items: [{ id, expectedVersion: await versionOf('household', id, 'Household') }] } },
        );
        const [result] = dig(data, 'approveHouseholds', 'results') as {
          household: unknown;
          userErrors: { code: string }[];
        }[];
        if (result?.household) return 'OK';
        return result?.userErrors.length && result.userErrors.every((e) => e.code === 'NOT_FOUND')
          ? 'HIDDEN'
          : `unexpected answer ${JSON.stringify(data)}`;
      });
    },
  },
  'Mutation.returnHousehold': {
    allow: REVIEWERS,
    async run(cell) {
      const id = cell.allowed ? await householdAtStage(cell.at, 'SUBMITTED') : cell.at.household;
      return stageStep(cell, 'returnHousehold', 'ReturnHouseholdInput', { id, reason: '请核实死亡人数' });
    },
  },

  // ----- field work
  'Mutation.recordVisit': {
    allow: FIELD_STAFF,
    async run({ gql, at }) {
      const count = () =>
        api.sql(`SELECT count(*) FROM visit WHERE household_id = $1`, [rowIdOf(at.household, 'Household')]);
      return untouched(count, async () => {
        const data = await gql(
          `mutation($input: RecordVisitInput!) { recordVisit(input: $input) { visit { id } ${ERRORS} } }`,
          {
            input: {
              householdId: at.household,
              visitedAt: new Date(Date.now() - 60_000).toISOString(),
              outcome: 'NOBODY_HOME',
            },
          },
        );
        return payload(data.recordVisit, 'visit', 'NOT_FOUND');
      });
    },
  },
  'Mutation.scheduleAppointment': {
    allow: FIELD_STAFF,
    async run({ gql, at }) {
      const count = () =>
        api.sql(`SELECT count(*) FROM appointment WHERE household_id = $1`, [
          rowIdOf(at.household, 'Household'),
        ]);
      return untouched(count, async () => {
        const data = await gql(
          `mutation($input: ScheduleAppointmentInput!) { scheduleAppointment(input: $input) { appointment { id } ${ERRORS} } }`,
          {
            input: { householdId: at.household, plannedAt: new Date(Date.now() + 86_400_000).toISOString() },
          },
        );
        return payload(data.scheduleAppointment, 'appointment', 'NOT_FOUND');
      });
    },
  },
  'Mutation.updateAppointment': {
    allow: FIELD_STAFF,
    async run({ gql, at }) {
      return untouched(row('appointment', at.appointment, 'Appointment'), async () => {
        const data = await gql(
          `mutation($input: UpdateAppointmentInput!) { updateAppointment(input: $input) { appointment { id } ${ERRORS} } }`,
          {
            input: {
              id: at.appointment,
              expectedVersion: await versionOf('appointment', at.appointment, 'Appointment'),
              note: `改约${next()}`,
            },
          },
        );
        return payload(data.updateAppointment, 'appointment', 'NOT_FOUND');
      });
    },
  },
  'Mutation.issueSelfReportCode': {
    allow: FIELD_STAFF,
    async run({ gql, at }) {
      return untouched(row('household', at.household, 'Household'), async () => {
        const data = await gql(
          `mutation($input: IssueSelfReportCodeInput!) { issueSelfReportCode(input: $input) { code ${ERRORS} } }`,
          { input: { householdId: at.household } },
        );
        return payload(data.issueSelfReportCode, 'code', 'NOT_FOUND');
      });
    },
  },

  // ----- problems
  'Mutation.reportProblem': {
    allow: DATA_WRITERS,
    async run({ gql, at }) {
      const count = () => api.sql(`SELECT count(*) FROM problem WHERE zone_code = $1`, [at.smallZone]);
      return untouched(count, async () => {
        const data = await gql(
          `mutation($input: ReportProblemInput!) { reportProblem(input: $input) { problem { id } ${ERRORS} } }`,
          { input: { subjectId: at.household, category: 'REFUSAL', text: '拒绝开门' } },
        );
        return payload(data.reportProblem, 'problem', 'NOT_FOUND');
      });
    },
  },
  'Mutation.escalateProblem': {
    allow: [Role.ENUMERATOR, Role.SUPERVISOR],
    async run({ gql, at, allowed }) {
      const id = allowed ? await freshProblem(at) : at.problem;
      return untouched(row('problem', id, 'Problem'), async () => {
        const data = await gql(
          `mutation($input: EscalateProblemInput!) { escalateProblem(input: $input) { problem { id } ${ERRORS} } }`,
          { input: { id, expectedVersion: 1, note: '请指导员处理' } },
        );
        return payload(data.escalateProblem, 'problem', 'NOT_FOUND');
      });
    },
  },
  'Mutation.resolveProblem': {
    allow: REVIEWERS,
    async run({ gql, at, allowed }) {
      const id = allowed ? await freshProblem(at) : at.problem;
      return untouched(row('problem', id, 'Problem'), async () => {
        const data = await gql(
          `mutation($input: ResolveProblemInput!) { resolveProblem(input: $input) { problem { id } ${ERRORS} } }`,
          { input: { id, expectedVersion: 1, resolution: '已上门说明' } },
        );
        return payload(data.resolveProblem, 'problem', 'NOT_FOUND');
      });
    },
  },

  // ----- reconciliation and imports
  'Mutation.closeWorklistItem': {
    allow: DATA_WRITERS,
    async run({ gql, at }) {
      const outcome = () => api.sql(`SELECT * FROM worklist_outcome WHERE item_key = $1`, [at.worklistKey]);
      return untouched(outcome, async () => {
        const data = await gql(
          `mutation($input: CloseWorklistItemInput!) { closeWorklistItem(input: $input) { item { key } ${ERRORS} } }`,
          { input: { key: at.worklistKey, outcome: 'NOT_LIVING_HERE', note: `核实${next()}` } },
        );
        return payload(data.closeWorklistItem, 'item', 'NOT_FOUND');
      });
    },
  },
  'Mutation.closeWorklistItems': {
    allow: DATA_WRITERS,
    async run({ gql, at }) {
      const outcome = () => api.sql(`SELECT * FROM worklist_outcome WHERE item_key = $1`, [at.worklistKey]);
      return untouched(outcome, async () => {
        const data = await gql(
          `mutation($input: CloseWorklistItemsInput!) { closeWorklistItems(input: $input) { items { key } ${ERRORS} } }`,
          {
            input: {
              ids: [toGlobalId('WorklistItem', at.worklistKey)],
              outcome: 'NOT_LIVING_HERE',
              note: `核实${next()}`,
            },
          },
        );
        const answer = data.closeWorklistItems as { items: unknown[]; userErrors: UserErrors };
        if (answer.items.length === 1 && answer.userErrors.length === 0) return 'OK';
        if (answer.items.length === 0 && answer.userErrors.every((e) => e.code === 'NOT_FOUND'))
          return 'HIDDEN';
        return `unexpected answer ${JSON.stringify(answer)}`;
      });
    },
  },
  'Mutation.reopenWorklistItem': {
    allow: DATA_WRITERS,
    async run({ gql, at }) {
      await as(
        at.office.token,
        `mutation($input: CloseWorklistItemInput!) { closeWorklistItem(input: $input) { item { key } } }`,
        { input: { key: at.worklistKey, outcome: 'OTHER', note: '待重新核实' } },
      );
      const outcome = () => api.sql(`SELECT * FROM worklist_outcome WHERE item_key = $1`, [at.worklistKey]);
      return untouched(outcome, async () => {
        const data = await gql(
          `mutation($input: ReopenWorklistItemInput!) { reopenWorklistItem(input: $input) { item { key } ${ERRORS} } }`,
          { input: { id: toGlobalId('WorklistItem', at.worklistKey) } },
        );
        return payload(data.reopenWorklistItem, 'item', 'NOT_FOUND');
      });
    },
  },
  'Mutation.importRegistry': {
    allow: IMPORTERS,
    async run({ gql, at }) {
      const citizenId = newCitizenId();
      const count = () =>
        api.sql(`SELECT count(*) FROM registry_person WHERE zone_code = $1`, [at.smallZone]);
      return untouched(count, async () => {
        const data = await gql(
          `mutation($input: ImportRegistryInput!) { importRegistry(input: $input) { accepted rejected { code } } }`,
          {
            input: {
              idempotencyKey: `matrix-registry-${next()}`,
              rows: [
                {
                  row: 1,
                  citizenId,
                  name: '赵刚',
                  sex: 'MALE',
                  birthDate: '1960-01-01',
                  address: '湖滨路1号',
                  registryHouseholdNumber: `R${next()}`,
                  zoneCode: at.smallZone,
                },
              ],
            },
          },
        );
        return imported(data.importRegistry);
      });
    },
  },
  'Mutation.importGrid': {
    allow: IMPORTERS,
    async run({ gql, at }) {
      const count = () => api.sql(`SELECT count(*) FROM grid_household WHERE zone_code = $1`, [at.smallZone]);
      return untouched(count, async () => {
        const data = await gql(
          `mutation($input: ImportGridInput!) { importGrid(input: $input) { accepted rejected { code } } }`,
          {
            input: {
              idempotencyKey: `matrix-grid-${next()}`,
              rows: [
                {
                  row: 1,
                  gridId: `G${next()}`,
                  address: '湖滨路2号',
                  persons: ['钱军'],
                  zoneCode: at.smallZone,
                },
              ],
            },
          },
        );
        return imported(data.importGrid);
      });
    },
  },
  'Mutation.importElectricity': {
    allow: IMPORTERS,
    async run({ gql, at }) {
      const count = () => api.sql(`SELECT count(*) FROM meter_reading WHERE zone_code = $1`, [at.smallZone]);
      return untouched(count, async () => {
        const data = await gql(
          `mutation($input: ImportElectricityInput!) { importElectricity(input: $input) { accepted rejected { code } } }`,
          {
            input: {
              idempotencyKey: `matrix-meter-${next()}`,
              rows: [
                {
                  row: 1,
                  meterId: `M${next()}`,
                  address: '湖滨路3号',
                  usage: 'NORMAL',
                  zoneCode: at.smallZone,
                },
              ],
            },
          },
        );
        return imported(data.importElectricity);
      });
    },
  },
  'Mutation.startExport': {
    allow: IMPORTERS,
    async run({ gql, at }) {
      const data = await gql(
        `mutation($input: StartExportInput!) { startExport(input: $input) { job { id } ${ERRORS} } }`,
        {
          input: {
            zoneCode: at.smallZone,
            entities: ['HOUSEHOLDS'],
            format: 'CSV',
            idempotencyKey: `matrix-export-${next()}`,
          },
        },
      );
      return payload(data.startExport, 'job', 'OUT_OF_SCOPE');
    },
  },

  // ----- self-report: the resident's own household is its "own" target
  'Mutation.startSelfReport': {
    allow: ['ANYONE'],
    only: ['own'],
    async run({ gql, f }) {
      const issued = await as(
        f.places.own.office.token,
        `mutation($id: ID!) { issueSelfReportCode(householdId: $id) { code } }`,
        { id: f.codeHousehold.id },
      );
      const data = await gql(
        `mutation($input: StartSelfReportInput!) { startSelfReport(input: $input) { token ${ERRORS} } }`,
        { input: { code: issued.issueSelfReportCode.code, phone: f.codeHousehold.phone } },
      );
      return payload(data.startSelfReport, 'token', 'NOT_FOUND');
    },
  },
  'Mutation.selfReportUpdateHousehold': {
    allow: ['RESIDENT'],
    run: (cell) => selfReportUpdateHousehold(cell, residentTarget(cell)),
  },
  'Mutation.selfReportUpdateHousehold#Neighbour': {
    allow: ['RESIDENT'],
    only: ['own'],
    expect: { RESIDENT: 'HIDDEN' },
    run: (cell) => selfReportUpdateHousehold(cell, cell.at),
  },
  'Mutation.selfReportSaveLongForm': {
    allow: ['RESIDENT'],
    run: (cell) => selfReportSaveLongForm(cell, residentTarget(cell)),
  },
  'Mutation.selfReportSaveLongForm#Neighbour': {
    allow: ['RESIDENT'],
    only: ['own'],
    expect: { RESIDENT: 'HIDDEN' },
    run: (cell) => selfReportSaveLongForm(cell, cell.at),
  },
  'Mutation.selfReportCreatePerson': {
    allow: ['RESIDENT'],
    run: (cell) => selfReportCreatePerson(cell, residentTarget(cell)),
  },
  'Mutation.selfReportCreatePerson#Neighbour': {
    allow: ['RESIDENT'],
    only: ['own'],
    expect: { RESIDENT: 'HIDDEN' },
    run: (cell) => selfReportCreatePerson(cell, cell.at),
  },
  'Mutation.selfReportUpdatePerson': {
    allow: ['RESIDENT'],
    run: (cell) => selfReportUpdatePerson(cell, residentTarget(cell)),
  },
  'Mutation.selfReportUpdatePerson#Neighbour': {
    allow: ['RESIDENT'],
    only: ['own'],
    expect: { RESIDENT: 'HIDDEN' },
    run: (cell) => selfReportUpdatePerson(cell, cell.at),
  },
  'Mutation.selfReportDeletePerson': {
    allow: ['RESIDENT'],
    run: (cell) => selfReportDeletePerson(cell, residentTarget(cell)),
  },
  'Mutation.selfReportDeletePerson#Neighbour': {
    allow: ['RESIDENT'],
    only: ['own'],
    expect: { RESIDENT: 'HIDDEN' },
    run: (cell) => selfReportDeletePerson(cell, cell.at),
  },
  'Mutation.selfReportSubmit': {
    allow: ['RESIDENT'],
    only: ['own'],
    last: true, // ends the resident's session
    async run({ gql, f }) {
      const data = await gql(
        `mutation($input: SubmitSelfReportInput!) { selfReportSubmit(input: $input) { household { id } ${ERRORS} } }`,
        { input: { expectedVersion: await versionOf('household', f.resident.household, 'Household') } },
      );
      return payload(data.selfReportSubmit, 'household', 'NOT_FOUND');
    },
  },
};

/** The workflow steps: OK when the household moved on, HIDDEN when it answered NOT_FOUND and stayed. */
async function stageStep(
  cell: Cell,
  mutation: string,
  inputType: string,
  input: { id: string; reason?: string },
) {
  return untouched(row('household', input.id, 'Household'), async () => {
    const data = await cell.gql(
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { household { id } ${ERRORS} } }`,
      { input: { ...input, expectedVersion: await versionOf('household', input.id, 'Household') } },
    );
    return payload(data[mutation], 'household', 'NOT_FOUND');
  });
}

async function issueApiToken(cell: Cell, account: TestAccount) {
  const tokens = () => api.sql(`SELECT count(*) FROM api_token WHERE account_id = $1`, [account.id]);
  return untouched(tokens, async () => {
    const data = await cell.gql(
      `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token ${ERRORS} } }`,
      { input: { accountId: toGlobalId('Account', account.id), label: '县普查系统' } },
    );
    return payload(data.createApiToken, 'token', 'NOT_FOUND');
  });
}

async function revokeApiTokens(cell: Cell, account: TestAccount) {
  await as(
    api.admin.token,
    `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`,
    {
      input: { accountId: toGlobalId('Account', account.id), label: '待吊销' },
    },
  );
  const tokens = () =>
    api.sql(`SELECT count(*) FROM api_token WHERE account_id = $1 AND revoked_at IS NULL`, [account.id]);
  return untouched(tokens, async () => {
    const data = await cell.gql(
      `mutation($input: RevokeApiTokensInput!) { revokeApiTokens(input: $input) { revoked ${ERRORS} } }`,
      { input: { accountId: toGlobalId('Account', account.id) } },
    );
    const answer = data.revokeApiTokens as { revoked: number; userErrors: UserErrors };
    if (answer.userErrors.length === 0 && answer.revoked > 0) return 'OK';
    return payload({ ...answer, revoked: null }, 'revoked', 'NOT_FOUND');
  });
}

/**
 * What a resident's cell aims at: its own household (and person) on the own target, the place's household
 * elsewhere. The #Neighbour rows aim at the own place's household: same small zone, another family.
 */
interface ResidentTarget {
  household: string;
  person: string;
  /** Who may add a fresh person to the household (for the delete cells). */
  office: TestAccount;
}

function residentTarget(cell: Cell): ResidentTarget {
  return cell.place === 'own' ? { ...cell.f.resident, office: cell.at.office } : cell.at;
}

async function selfReportUpdateHousehold(cell: Cell, target: ResidentTarget) {
  const id = target.household;
  return untouched(row('household', id, 'Household'), async () => {
    const data = await cell.gql(
      `mutation($input: UpdateHouseholdInput!) { selfReportUpdateHousehold(input: $input) { household { id } ${ERRORS} } }`,
      {
        input: { id, expectedVersion: await versionOf('household', id, 'Household'), note: `自填${next()}` },
      },
    );
    return payload(data.selfReportUpdateHousehold, 'household', 'NOT_FOUND');
  });
}

async function selfReportSaveLongForm(cell: Cell, target: ResidentTarget) {
  const id = target.household;
  const sampled = (value: boolean | null) =>
    api.sql(`UPDATE household SET long_form_sampled = $2 WHERE id = $1`, [rowIdOf(id, 'Household'), value]);
  const [before] = await api.sql<{ sampled: boolean | null }>(
    `SELECT long_form_sampled AS sampled FROM household WHERE id = $1`,
    [rowIdOf(id, 'Household')],
  );
  // In the sample for this cell only: other cells add persons to the resident's household and submit it.
  await sampled(true);
  try {
    return await untouched(row('household', id, 'Household'), async () => {
      const data = await cell.gql(
        `mutation($input: SaveLongFormInput!) { selfReportSaveLongForm(input: $input) { household { id } ${ERRORS} } }`,
        { input: { id, expectedVersion: await versionOf('household', id, 'Household'), household: [] } },
      );
      return payload(data.selfReportSaveLongForm, 'household', 'NOT_FOUND');
    });
  } finally {
    await sampled(before.sampled);
  }
}

async function selfReportCreatePerson(cell: Cell, target: ResidentTarget) {
  const householdId = target.household;
  const count = () =>
    api.sql(`SELECT count(*) FROM person WHERE household_id = $1`, [rowIdOf(householdId, 'Household')]);
  return untouched(count, async () => {
    const data = await cell.gql(
      `mutation($input: CreatePersonInput!) { selfReportCreatePerson(input: $input) { person { id } ${ERRORS} } }`,
      { input: { householdId, ...AWAY_PERSON } },
    );
    return payload(data.selfReportCreatePerson, 'person', 'NOT_FOUND');
  });
}

async function selfReportUpdatePerson(cell: Cell, target: ResidentTarget) {
  const id = target.person;
  return untouched(row('person', id, 'Person'), async () => {
    const data = await cell.gql(
      `mutation($input: UpdatePersonInput!) { selfReportUpdatePerson(input: $input) { person { id } ${ERRORS} } }`,
      {
        input: {
          id,
          expectedVersion: await versionOf('person', id, 'Person'),
          name: NAMES[next() % NAMES.length],
        },
      },
    );
    return payload(data.selfReportUpdatePerson, 'person', 'NOT_FOUND');
  });
}

async function selfReportDeletePerson(cell: Cell, target: ResidentTarget) {
  const id = cell.allowed ? await freshPerson(target.office, target.household) : target.person;
  return untouched(row('person', id, 'Person'), async () => {
    const data = await cell.gql(
      `mutation($input: DeletePersonInput!) { selfReportDeletePerson(input: $input) { deletedId ${ERRORS} } }`,
      { input: { id, expectedVersion: await versionOf('person', id, 'Person') } },
    );
    return payload(data.selfReportDeletePerson, 'deletedId', 'NOT_FOUND');
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Expectations.

function permits(allow: readonly Audience[], caller: Caller): boolean {
  if (allow.includes('ANYONE')) return true;
  if (caller === 'ANONYMOUS') return false;
  if (caller === 'RESIDENT') return allow.includes('RESIDENT');
  return allow.includes('STAFF') || allow.includes(caller);
}

function expected(field: FieldCase, caller: Caller, place: Place): Outcome {
  if (!permits(field.allow, caller)) return caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
  const override = field.expect?.[caller];
  if (typeof override === 'string') return override;
  if (override?.[place]) return override[place];
  if (place === 'own') return 'OK';
  if (place === 'sibling' && HOLD_COUNTY.includes(caller)) return 'OK';
  return 'HIDDEN';
}

const fieldOf = (key: string) => key.split('#')[0];
const ROWS = Object.entries(MATRIX).sort(([, a], [, b]) => Number(!!a.last) - Number(!!b.last));

describe('access matrix: the table covers the schema', () => {
  it('has a row for every Query and Mutation field, and no row for a field that is gone', async () => {
    const schema = await buildCensusSchema();
    const fields = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
      Object.keys(type.getFields()).map((name) => `${type.name}.${name}`),
    );
    const rows = new Set(Object.keys(MATRIX).map(fieldOf));
    expect({
      withoutRow: fields.filter((f) => !rows.has(f)),
      rowWithoutField: [...rows].filter((r) => !fields.includes(r)),
    }).toEqual({ withoutRow: [], rowWithoutField: [] });
  });

  it("states each field's audience exactly as its @Allow does", async () => {
    const schema = await buildCensusSchema();
    const differing = Object.entries(MATRIX).flatMap(([key, field]) => {
      const [type, name] = fieldOf(key).split('.');
      const declared = (schema.getType(type) as GraphQLObjectType).getFields()[name]?.extensions[
        ACCESS_EXTENSION
      ] as Audience[] | undefined;
      const same = declared && [...declared].sort().join() === [...field.allow].sort().join();
      return same ? [] : [`${key}: table ${field.allow.join(',')}, @Allow ${declared?.join(',')}`];
    });
    expect(differing).toEqual([]);
  });
});

describe('access matrix: caller × root field × own / sibling-township / other-county object', () => {
  beforeAll(async () => {
    api = await startTestApi('access_matrix');
    fx = await buildFixture();
  });
  afterAll(() => api?.close());

  for (const [key, field] of ROWS) {
    describe(key, () => {
      const cells = CALLERS.flatMap((caller) =>
        (field.only ?? PLACES).map((place) => ({ caller, place, want: expected(field, caller, place) })),
      );
      it.each(cells)('$caller × $place object → $want', async ({ caller, place, want }) => {
        const { token } = fx.callers[caller];
        const cell: Cell = {
          caller,
          place,
          at: fx.places[place],
          f: fx,
          allowed: permits(field.allow, caller),
          async gql(query, variables) {
            const response = await api.request(query, variables, token);
            const code = response.errors?.[0]?.extensions?.code as string | undefined;
            if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') throw new Denied(code);
            if (response.errors) throw new Error(`${key}: ${JSON.stringify(response.errors)}`);
            return response.data as Answer;
          },
        };
        let outcome: string;
        try {
          outcome = await field.run(cell);
        } catch (error) {
          if (!(error instanceof Denied)) throw error;
          outcome = error.code;
        }
        expect(outcome).toBe(want);
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Fixture: the demo county's zones, one small zone in the own township (北山街道) and one in a sibling township
// (西溪街道) of 330106 西湖区, one in another county (330102 上城区), each with a building, a household, a person, a
// problem, a visit, an appointment and a worklist item; the callers; a resident's self-report session.

async function buildFixture(): Promise<Fixture> {
  await seedCounty(api, 0);
  const admin = api.admin.token;
  const zone = (code: string, name: string) =>
    as(
      admin,
      `mutation($input: CreateZoneInput!) { createZone(input: $input) { zone { code } ${ERRORS} } }`,
      {
        input: { code, name },
      },
    );
  await zone('330102', '上城区');
  await zone('330102001', '清波街道');
  await zone('330102001001', '清波社区');
  const firstCensusZone = async (township: string) =>
    (
      await api.sql<{ code: string }>(
        `SELECT code FROM zone WHERE parent_code = $1 AND level = 'CENSUS_ZONE' ORDER BY code LIMIT 1`,
        [township],
      )
    )[0].code;
  const layout: Record<Place, { township: string; censusZone: string }> = {
    own: { township: '330106002', censusZone: await firstCensusZone('330106002') },
    sibling: { township: '330106004', censusZone: await firstCensusZone('330106004') },
    other: { township: '330102001', censusZone: '330102001001' },
  };
  for (const { censusZone } of Object.values(layout)) await zone(`${censusZone}001`, '第一普查小区');
  const spareZone = `${layout.own.censusZone}002`;
  await zone(spareZone, '备用普查小区');
  const siblingSpareZone = `${layout.sibling.censusZone}002`;
  await zone(siblingSpareZone, '备用普查小区');

  const feedStart = dig(await as(admin, `{ changesCursor }`), 'changesCursor') as string;
  const plannedAt = new Date(Date.now() + 2 * 86_400_000);
  const agendaDate = beijingDay(plannedAt);

  // The callers: the own township is 北山街道, the own small zone the enumerator's.
  const home = layout.own.township;
  const ownSmallZone = `${layout.own.censusZone}001`;
  const supervisor = await makeAccount(Role.SUPERVISOR, [], home);
  const enumerator = await makeAccount(Role.ENUMERATOR, [ownSmallZone], home, {
    supervisorId: supervisor.id,
  });
  const callers: Record<Caller, { token: string | null; id: string | null }> = {
    [Role.COUNTY_ADMIN]: await makeAccount(Role.COUNTY_ADMIN, ['330106'], '330106'),
    [Role.TOWNSHIP_OFFICER]: await makeAccount(Role.TOWNSHIP_OFFICER, [home], home),
    [Role.SUPERVISOR]: supervisor,
    [Role.ENUMERATOR]: enumerator,
    [Role.INTEGRATION]: await makeAccount(Role.INTEGRATION, ['330106'], '330106'),
    RESIDENT: { token: null, id: null },
    ANONYMOUS: { token: null, id: null },
  };

  const places = {} as Record<Place, PlaceData>;
  for (const place of PLACES) {
    const { township, censusZone } = layout[place];
    const smallZone = `${censusZone}001`;
    const office = await makeAccount(Role.TOWNSHIP_OFFICER, [township], township);
    const t = office.token;
    const building = dig(
      await as(t, `mutation($i: CreateBuildingInput!) { createBuilding(input: $i) { building { id } } }`, {
        i: { smallZoneCode: smallZone, address: '北山路8号' },
      }),
      'createBuilding',
      'building',
      'id',
    ) as string;
    const household = (
      await as(
        t,
        `mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { household { id number } } }`,
        { i: { smallZoneCode: smallZone, buildingId: building, phone: '13800001111', presentMale: 1 } },
      )
    ).createHousehold.household as { id: string; number: string };
    const person = dig(
      await as(t, `mutation($i: CreatePersonInput!) { createPerson(input: $i) { person { id } } }`, {
        i: {
          householdId: household.id,
          name: '张伟',
          relationship: 'HEAD',
          sex: 'MALE',
          birthYear: 1980,
          birthMonth: 5,
        },
      }),
      'createPerson',
      'person',
      'id',
    ) as string;
    const made = await as(
      t,
      `mutation($h: ID!, $visited: DateTimeISO!, $planned: DateTimeISO!) {
        reportProblem(input: { subjectId: $h, category: REFUSAL, text: "拒绝开门" }) { problem { id } }
        recordVisit(input: { householdId: $h, visitedAt: $visited, outcome: NOBODY_HOME }) { visit { id } }
        scheduleAppointment(input: { householdId: $h, plannedAt: $planned }) { appointment { id } }
      }`,
      {
        h: household.id,
        visited: new Date(Date.now() - 3_600_000).toISOString(),
        planned: plannedAt.toISOString(),
      },
    );
    const registry = await as(
      t,
      `mutation($input: ImportRegistryInput!) { importRegistry(input: $input) { accepted rejected { row field message } } }`,
      {
        input: {
          idempotencyKey: `matrix-fixture-${place}`,
          rows: [
            {
              row: 1,
              citizenId: makeCitizenId(
                '330106',
                { year: 1950, month: 5, day: 5 },
                901 + PLACES.indexOf(place),
                Sex.MALE,
              ),
              name: '周建华',
              sex: 'MALE',
              birthDate: '1950-05-05',
              address: '北山路9号',
              registryHouseholdNumber: `F${place}`,
              zoneCode: smallZone,
            },
          ],
        },
      },
    );
    if (registry.importRegistry.accepted !== 1) throw new Error(JSON.stringify(registry));
    const worklist = await as(
      t,
      `query($z: String!) { listingWorklist(zoneCode: $z, first: 1) { nodes { key } } }`,
      {
        z: smallZone,
      },
    );
    const exported = await as(
      t,
      `mutation($input: StartExportInput!) { startExport(input: $input) { job { id } ${ERRORS} } }`,
      { input: { zoneCode: smallZone, entities: ['ZONES'], format: 'CSV' } },
    );
    places[place] = {
      township,
      censusZone,
      smallZone,
      office,
      building,
      household: household.id,
      householdNumber: household.number,
      person,
      problem: dig(made, 'reportProblem', 'problem', 'id') as string,
      visit: dig(made, 'recordVisit', 'visit', 'id') as string,
      appointment: dig(made, 'scheduleAppointment', 'appointment', 'id') as string,
      worklistKey: dig(worklist, 'listingWorklist', 'nodes', '0', 'key') as string,
      supervisor: await makeAccount(Role.SUPERVISOR, [], township),
      integration: await makeAccount(Role.INTEGRATION, [township], township),
      enumerator: place === 'own' ? enumerator : await makeAccount(Role.ENUMERATOR, [smallZone], township),
      exportJob: dig(exported, 'startExport', 'job', 'id') as string,
    };
  }
  const own = places.own;

  // The resident: a complete (whole-household-deceased) household of the own small zone with one person away.
  const residentHousehold = await freshHousehold(own, { ...COMPLETE, phone: '13900002222' });
  // Out of the long-form sample whatever the run's key decides (about one run in ten it would be in): other cells add
  // persons without long-form answers, and the submit's cell expects the household complete.
  await api.sql(`UPDATE household SET long_form_sampled = false WHERE id = $1`, [
    rowIdOf(residentHousehold, 'Household'),
  ]);
  const residentPerson = await freshPerson(own.office, residentHousehold);
  const code = (
    await as(own.office.token, `mutation($id: ID!) { issueSelfReportCode(householdId: $id) { code } }`, {
      id: residentHousehold,
    })
  ).issueSelfReportCode.code as string;
  const session = await as(
    own.office.token,
    `mutation($input: StartSelfReportInput!) { startSelfReport(input: $input) { token ${ERRORS} } }`,
    { input: { code, phone: '13900002222' } },
  );
  callers.RESIDENT = { token: session.startSelfReport.token as string, id: null };

  const login = { username: `matrixlogin`, password: 'a-login-password-1' };
  const loginAccount = await makeAccount(Role.ENUMERATOR, [own.smallZone], own.township, {
    password: login.password,
  });
  login.username = loginAccount.username;

  return {
    places,
    callers: Object.fromEntries(
      Object.entries(callers).map(([caller, account]) => [caller, { token: account.token, id: account.id }]),
    ) as Fixture['callers'],
    stranger: loginAccount.id,
    resident: { household: residentHousehold, person: residentPerson },
    codeHousehold: { id: await freshHousehold(own, { phone: '13700003333' }), phone: '13700003333' },
    spareZone,
    siblingSpareZone,
    login,
    feedStart,
    agendaDate,
  };
}
