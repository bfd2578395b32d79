import { ZoneLevel } from '@census/rules';

import { Role } from '../src/auth/role';
import { countyRowGlobalId, toGlobalId } from '../src/common/global-id';
import { drainFeed, MANIFEST, seedCounty, type TestAccount, type TestApi } from './harness';
import type { StatementRecorder } from './sql-recorder';

/**
 * The exercise the statement specs share (sql-snapshots.spec.ts, county-routing.spec.ts): every trusted document
 * of the client (the web app's and census-admin's operations, libs/client) and the root fields the client does
 * not use, run one after another with fixed inputs on the demo generator's (deterministic) data of one county,
 * as that county's administrator, a township officer, a supervisor, an enumerator, a resident self-reporting and
 * the county's integration account, while `recorder` records the statements the API sends.
 *
 * Every account holds a fixed number of zones (a scope renders one condition per zone held), so the recorded
 * text is the same on every run and machine. Values (IDs, codes, times) are parameters, never part of the text.
 */

/** The county the exercise seeds: the demo county's first census zone, small zones of 12 households. */
export async function seedExerciseCounty(api: TestApi): Promise<void> {
  await seedCounty(api, 1, { smallZonesPerCensusZone: [2, 2], householdsPerSmallZone: [12, 12] });
}

/** An answer, read loosely: the spec checks the statements the API sends, not what it answers. */
type Data = Record<string, unknown>;
/** A changed object of a payload: its global ID and version. */
interface Changed extends Data {
  id: string;
  version: number;
}

/** Follows a path of keys into an answer. */
function dig(value: unknown, ...path: string[]): unknown {
  return path.reduce<unknown>((at, key) => (at as Data | null | undefined)?.[key], value);
}

/** The trusted documents by operation name. */
export const DOCUMENTS = new Map(
  Object.values(MANIFEST).map((text) => [/\b(?:query|mutation)\s+(\w+)/.exec(text)![1], text]),
);
/** Sends a request as an account (its token, or null: anonymous) and answers its data; throws on any error. */
export async function request(
  api: TestApi,
  text: string,
  as: TestAccount | string | null,
  variables?: Data,
): Promise<Data> {
  const token = typeof as === 'string' || as === null ? as : as.token;
  const response = await api.request<Data>(text, variables, token);
  if (response.errors) {
    const errors = response.errors.map(
      (e) => `${String(e.extensions?.code)} ${e.message} at ${e.path?.join('.')}`,
    );
    throw new Error(`request failed: ${errors.join('; ')}\n${text.slice(0, 300)}`);
  }
  return response.data!;
}

/** The payload of a mutation's answer (its one root field), which must carry no user error. */
function payload(answer: Data): Data {
  const [result] = Object.values(answer) as Data[];
  if ((result.userErrors as unknown[] | undefined)?.length)
    throw new Error(`unexpected user errors: ${JSON.stringify(result)}`);
  return result;
}

/** The object a mutation created or changed: the payload's field holding an object with an ID. */
function changed(answer: Data): Changed {
  const found = Object.values(payload(answer)).find(
    (value): value is Changed => typeof value === 'object' && value !== null && 'id' in value,
  );
  if (!found) throw new Error(`no object in ${JSON.stringify(answer)}`);
  return found;
}

const PERSON = { name: '王芳', relationship: 'OTHER', sex: 'FEMALE', birthYear: 1990, birthMonth: 2 };
/** A whole-household-deceased household: complete for submission without persons. */
const COMPLETE = { status: 'DECEASED', deathsMale: 1, note: '户内老人已去世' };
const PASSWORD = 'census-test-2020';
const NEW_PASSWORD = 'a-long-password-1';

/**
 * Runs the exercise on `api` (seeded by `seedExerciseCounty`) with `recorder` recording; answers the names of the
 * trusted documents it ran.
 */
export async function exercise(api: TestApi, recorder: StatementRecorder): Promise<Set<string>> {
  const ran = new Set<string>();
  const send = (text: string, as: TestAccount | string | null, variables?: Data) =>
    request(api, text, as, variables);
  /** Runs one of the client's trusted documents by its operation name. */
  const run = (operation: string, as: TestAccount | string | null, variables?: Data): Promise<Data> => {
    const text = DOCUMENTS.get(operation);
    if (!text) throw new Error(`no trusted document named ${operation}`);
    ran.add(operation);
    return send(text, as, variables);
  };

  const [county] = await api.sql<{ code: string }>(
    `SELECT code FROM zone WHERE level = $1 ORDER BY code LIMIT 1`,
    [ZoneLevel.COUNTY],
  );
  const [smallZone, spareZone] = await api.sql<{ code: string; parent: string; township: string }>(
    `SELECT s.code, s.parent_code AS parent, c.parent_code AS township
       FROM zone s JOIN zone c ON c.code = s.parent_code
      WHERE s.level = $1 ORDER BY s.code LIMIT 2`,
    [ZoneLevel.SMALL_ZONE],
  );
  // Each account holds one zone: the scope condition of every statement has one term.
  const admin = await api.account(Role.COUNTY_ADMIN, [county.code]);
  const officer = await api.account(Role.TOWNSHIP_OFFICER, [smallZone.township]);
  const supervisor = await api.account(Role.SUPERVISOR, [smallZone.code]);
  const enumerator = await api.account(Role.ENUMERATOR, [smallZone.code], {
    supervisorId: supervisor.id,
    password: PASSWORD,
  });
  const integration = await api.account(Role.INTEGRATION, [county.code]);
  const [withPersons] = await api.sql<{
    county: string;
    id: string;
    number: string;
    person: string;
    building: string;
  }>(
    `SELECT h.county_code AS county, h.id, h.number, p.id AS person, h.building_id AS building
       FROM household h JOIN person p ON p.county_code = h.county_code AND p.household_id = h.id
      WHERE h.small_zone_code = $1 AND h.building_id IS NOT NULL
      ORDER BY h.number, p.line_number LIMIT 1`,
    [smallZone.code],
  );
  const [withPhone] = await api.sql<{ id: string; phone: Buffer }>(
    `SELECT id, phone_sealed AS phone FROM household
      WHERE small_zone_code = $1 AND phone_sealed IS NOT NULL AND stage = 'LISTED' AND id <> $2
      ORDER BY number LIMIT 1`,
    [smallZone.code, withPersons.id],
  );
  // A household of the small zone put in the long-form sample (the sample's start depends on the test's keys), a
  // family in an ordinary dwelling: the housing items apply to it.
  // A household of the small zone put in the long-form sample (which households are depends on the test's keys), a
  // family in an ordinary dwelling: the housing items apply to it.
  const [sampled] = await api.sql<{ id: string; person: string | null }>(
    `SELECT h.id,
            (SELECT min(p.id) FROM person p WHERE p.county_code = h.county_code AND p.household_id = h.id) AS person
       FROM household h
      WHERE h.small_zone_code = $1 AND h.stage IN ('LISTED', 'ENUMERATING', 'RETURNED') AND h.id <> $2
      ORDER BY h.number LIMIT 1`,
    [smallZone.code, withPhone.id],
  );
  await api.sql(
    `UPDATE household SET long_form_sampled = true, kind = 'FAMILY', dwelling_type = 'ORDINARY_DWELLING'
      WHERE county_code = county_key($1) AND id = $2`,
    [smallZone.code, sampled.id],
  );
  // The IDs the API gives out: with the row's county (an old ID without it is looked up in every county).
  const household = countyRowGlobalId('Household', withPersons.county, withPersons.id);
  const person = countyRowGlobalId('Person', withPersons.county, withPersons.person);
  const building = countyRowGlobalId('Building', withPersons.county, withPersons.building);

  recorder.start();

  // ----- accounts and sign-in (the web app's login page, census-admin)
  const login = payload(
    await run('Login', null, { input: { username: enumerator.username, password: PASSWORD } }),
  );
  await run('RenewToken', login.token as string);
  await run('Me', enumerator);
  await run('TeamZones', supervisor, { first: 100 });
  await send(`{ accounts(first: 20) { totalCount nodes { id username supervisor { id } } } }`, officer);
  const account = changed(
    await send(
      `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id version } userErrors { code } } }`,
      officer,
      {
        input: {
          username: 'sql-snapshot-enumerator',
          name: '新普查员',
          role: Role.ENUMERATOR,
          password: NEW_PASSWORD,
          zoneCodes: [],
          supervisorId: toGlobalId('Account', supervisor.id),
        },
      },
    ),
  );
  changed(
    await send(
      `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { id } userErrors { code } } }`,
      officer,
      { input: { id: account.id, expectedVersion: account.version, name: '改名普查员', active: true } },
    ),
  );
  changed(
    await send(
      `mutation($input: AssignSmallZoneInput!) { assignSmallZone(input: $input) { account { id } userErrors { code } } }`,
      officer,
      { input: { smallZoneCode: spareZone.code, enumeratorId: account.id } },
    ),
  );
  // ----- the staff pages of the web app (人员管理, 小区分配)
  await run('StaffAccounts', officer, {
    filter: { role: Role.ENUMERATOR, active: true, zoneCode: smallZone.township, search: '普查员' },
    first: 100,
  });
  const staffAccount = changed(
    await run('StaffCreateAccount', officer, {
      input: {
        username: 'sql-snapshot-staff',
        name: '页面普查员',
        role: Role.ENUMERATOR,
        password: NEW_PASSWORD,
        zoneCodes: [],
      },
    }),
  ) as Changed & { version: number };
  // 指导员分配: the new enumerator under the supervisor in bulk (it moves: every statement runs).
  const assigned = payload(
    await run('StaffAssignSupervisor', officer, {
      input: { supervisorId: toGlobalId('Account', supervisor.id), enumeratorIds: [staffAccount.id] },
    }),
  ) as { enumerators: { version: number }[] };
  changed(
    await run('StaffUpdateAccount', officer, {
      input: {
        id: staffAccount.id,
        expectedVersion: assigned.enumerators[0].version,
        supervisorId: toGlobalId('Account', supervisor.id),
      },
    }),
  );
  await run('AssignmentZones', officer, { within: smallZone.township, unassigned: false, first: 100 });
  await run('UnassignedSmallZones', officer, { within: smallZone.township });
  // The spare small zone moves on from the enumerator created above.
  changed(
    await run('AssignSmallZones', officer, {
      input: { smallZoneCodes: [spareZone.code], enumeratorId: staffAccount.id },
    }),
  );
  const integrationId = toGlobalId('Account', integration.id);
  payload(
    await send(
      `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token userErrors { code } } }`,
      admin,
      { input: { accountId: integrationId, label: '县普查系统' } },
    ),
  );
  payload(
    await send(
      `mutation($id: String!) { revokeApiTokens(accountId: $id) { revoked userErrors { code } } }`,
      admin,
      { id: integrationId },
    ),
  );

  // ----- zones
  await run('Zones', officer, { filter: { codePrefix: smallZone.parent, level: 'SMALL_ZONE' }, first: 20 });
  await run('ZoneByCode', officer, {
    code: county.code,
    childrenFirst: 5,
    childrenFilter: { nameContains: '街道' },
  });
  const detail = await run('SmallZoneDetail', enumerator, { code: smallZone.code, buildingsFirst: 100 });
  await run('ZoneById', officer, { id: dig(detail, 'zone', 'id') });
  const newZone = `${smallZone.parent}901`;
  const zone = changed(await run('CreateZone', officer, { input: { code: newZone, name: '新小区' } }));
  const renamed = changed(
    await run('UpdateZone', officer, {
      input: { code: newZone, expectedVersion: zone.version, name: '改名小区' },
    }),
  );
  payload(await run('DeleteZone', officer, { input: { code: newZone, expectedVersion: renamed.version } }));

  // ----- buildings, households, persons (the web app's forms)
  await run('Buildings', enumerator, {
    filter: { zoneCode: smallZone.code, kind: 'RESIDENTIAL' },
    first: 20,
  });
  await run('BuildingById', enumerator, { id: building });
  const newBuilding = changed(
    await run('CreateBuilding', enumerator, { input: { smallZoneCode: smallZone.code, address: '新楼1号' } }),
  );
  const movedBuilding = changed(
    await run('UpdateBuilding', enumerator, {
      input: { id: newBuilding.id, expectedVersion: newBuilding.version, address: '新楼2号' },
    }),
  );
  payload(
    await run('DeleteBuilding', enumerator, {
      input: { id: newBuilding.id, expectedVersion: movedBuilding.version },
    }),
  );

  await run('Households', enumerator, {
    filter: { zoneCode: smallZone.code, status: ['ORDINARY'], stage: ['LISTED', 'ENUMERATING'] },
    first: 20,
  });
  // The small-zone page: cards with the persons (one batch), a search by name or address, and one by phone.
  await run('ZoneHouseholds', enumerator, { filter: { zoneCode: smallZone.code }, first: 100 });
  await run('ZoneHouseholds', enumerator, { filter: { zoneCode: smallZone.code, search: '王' }, first: 100 });
  await run('ZoneHouseholds', enumerator, { filter: { search: '138 0013 8000' }, first: 100 });
  await run('HouseholdByNumber', enumerator, { smallZoneCode: smallZone.code, number: withPersons.number });
  await run('HouseholdById', enumerator, { id: household });
  await run('WebHousehold', enumerator, { id: household });
  await run('HouseholdPhoneUnmasked', enumerator, { id: household });
  const newHousehold = changed(
    await run('CreateHousehold', enumerator, { input: { smallZoneCode: smallZone.code, status: 'VACANT' } }),
  );
  const updatedHousehold = changed(
    await run('UpdateHousehold', enumerator, {
      input: { id: newHousehold.id, expectedVersion: newHousehold.version, note: '空置', rooms: 3 },
    }),
  );

  await run('Persons', enumerator, {
    filter: { zoneCode: smallZone.code, nameStartsWith: '王', resident: true },
    first: 20,
  });
  await run('Persons', officer, { filter: { citizenId: '330106196001011234' }, first: 20 });
  await run('PersonById', enumerator, { id: person });
  const newPerson = changed(
    await run('CreatePerson', enumerator, { input: { householdId: household, ...PERSON } }),
  );
  const updatedPerson = changed(
    await run('UpdatePerson', enumerator, {
      input: { id: newPerson.id, expectedVersion: newPerson.version, name: '王芬' },
    }),
  );
  payload(
    await run('DeletePerson', enumerator, {
      input: { id: newPerson.id, expectedVersion: updatedPerson.version },
    }),
  );
  payload(
    await run('DeleteHousehold', enumerator, {
      input: { id: newHousehold.id, expectedVersion: updatedHousehold.version },
    }),
  );
  // The whole form in one save (household items, a new person), sent twice with one key: applied once.
  const formHousehold = changed(
    await run('CreateHousehold', enumerator, { input: { smallZoneCode: smallZone.code } }),
  );
  const save = {
    input: {
      id: formHousehold.id,
      expectedVersion: formHousehold.version,
      rooms: 2,
      persons: [{ ...PERSON, relationship: 'HEAD' }],
      idempotencyKey: 'sql-snapshot-save',
    },
  };
  changed(await run('SaveHousehold', enumerator, save));
  changed(await run('SaveHousehold', enumerator, save));
  await run('Node', enumerator, { id: household });
  await run('Nodes', enumerator, { ids: [household, person, building, toGlobalId('Zone', smallZone.code)] });

  // ----- workflow: listed → enumerating → submitted → returned → submitted → approved
  let form = changed(
    await run('CreateHousehold', enumerator, { input: { smallZoneCode: smallZone.code, ...COMPLETE } }),
  );
  const step = async (operation: string, as: TestAccount, extra: Data = {}) => {
    form = changed(
      await run(operation, as, { input: { id: form.id, expectedVersion: form.version, ...extra } }),
    );
  };
  await step('StartEnumeration', enumerator);
  await step('SubmitHousehold', enumerator);
  await step('ReturnHousehold', supervisor, { reason: '人数与登记不符' });
  await step('SubmitHousehold', enumerator);
  await step('ApproveHousehold', supervisor);
  // ----- review: return with reasons by item, the queue, the team, bulk approval
  await step('ReturnHousehold', supervisor, {
    reasons: [{ code: 'ITEM_MISSING', item: 'household.rooms', note: '补填 H7' }],
  });
  await step('SubmitHousehold', enumerator);
  await run('ReviewQueue', supervisor, {
    filter: { enumeratorId: toGlobalId('Account', enumerator.id), submittedFrom: '2020-11-01' },
    first: 50,
  });
  await run('Team', supervisor, {});
  await run('ApproveHouseholds', supervisor, {
    input: { items: [{ id: form.id, expectedVersion: form.version }] },
  });

  // ----- visits and the agenda
  changed(
    await run('RecordVisit', enumerator, {
      input: { householdId: household, visitedAt: '2020-11-01T02:00:00.000Z', outcome: 'NOBODY_HOME' },
    }),
  );
  const visitOnce = {
    input: {
      householdId: household,
      visitedAt: '2020-11-01T03:00:00.000Z',
      outcome: 'NOBODY_HOME',
      idempotencyKey: 'sql-snapshot-visit',
    },
  };
  changed(await run('RecordVisit', enumerator, visitOnce));
  changed(await run('RecordVisit', enumerator, visitOnce));
  const appointment = changed(
    await run('ScheduleAppointment', enumerator, {
      input: { householdId: household, plannedAt: '2099-11-02T01:00:00.000Z' },
    }),
  );
  changed(
    await send(
      `mutation($input: UpdateAppointmentInput!) { updateAppointment(input: $input) { appointment { id } userErrors { code } } }`,
      enumerator,
      { input: { id: appointment.id, expectedVersion: appointment.version, note: '改约' } },
    ),
  );
  const fieldAgenda = await run('Agenda', enumerator, {
    day: '2099-11-02',
    zoneCode: smallZone.code,
    first: 50,
  });
  // The agenda's "more" of one list: the page after the first page's end.
  await run('Agenda', enumerator, {
    day: '2099-11-02',
    first: 50,
    notVisitedAfter: dig(fieldAgenda, 'agenda', 'notVisited', 'pageInfo', 'endCursor'),
  });

  // ----- problems
  const problem = changed(
    await run('ReportProblem', enumerator, {
      input: {
        subjectId: household,
        category: 'ITEM_REFUSAL',
        refusedItems: ['PHONE'],
        text: '拒绝提供电话',
      },
    }),
  );
  const escalated = changed(
    await run('EscalateProblem', enumerator, {
      input: { id: problem.id, expectedVersion: problem.version, note: '请指导员处理' },
    }),
  );
  changed(
    await run('ResolveProblem', supervisor, {
      input: { id: problem.id, expectedVersion: escalated.version, resolution: '已上门说明' },
    }),
  );
  await run('Problems', officer, {
    filter: { zoneCode: smallZone.code, status: ['RESOLVED'], category: ['ITEM_REFUSAL'] },
  });
  await run('ProblemById', officer, { id: problem.id });

  // ----- the long form of a sampled household: read (masked and in full), saved, moved out of the sample
  const longForm = countyRowGlobalId('Household', withPersons.county, sampled.id);
  const sampledForm = dig(
    await run('WebHouseholdLongForm', enumerator, { id: longForm, unmasked: false }),
    'node',
  ) as Changed;
  const savedForm = changed(
    await run('SaveLongForm', enumerator, {
      input: {
        id: longForm,
        expectedVersion: sampledForm.version,
        household: [
          { field: 'buildingHeight', value: 'MULTI_STOREY' },
          { field: 'housingSource', refused: true },
        ],
        persons: sampled.person
          ? [
              {
                id: countyRowGlobalId('Person', withPersons.county, sampled.person),
                answers: [{ field: 'birthplace', value: 'THIS_COUNTY' }],
              },
            ]
          : [],
        idempotencyKey: 'sql-snapshot-long-form',
      },
    }),
  );
  await run('WebHouseholdLongForm', enumerator, { id: longForm, unmasked: true });
  changed(
    await run('SetLongFormSample', officer, {
      input: { id: longForm, expectedVersion: savedForm.version, sampled: false, reason: '住户已拆迁' },
    }),
  );

  // ----- the long form's vehicle items: the township office turns them on, reads them, and back to the county's
  changed(
    await run('SetLongFormOptions', officer, { input: { zoneCode: smallZone.township, vehicles: true } }),
  );
  await run('ZoneLongFormOptions', officer, { code: smallZone.code });
  changed(
    await run('SetLongFormOptions', officer, { input: { zoneCode: smallZone.township, vehicles: null } }),
  );

  // ----- self-report: a resident with the code the enumerator handed out
  const issued = payload(
    await run('IssueSelfReportCode', enumerator, {
      input: { householdId: countyRowGlobalId('Household', withPersons.county, withPhone.id) },
    }),
  );
  const session = payload(
    await run('StartSelfReport', null, {
      input: { code: issued.code, phone: api.crypto.open(withPhone.phone) },
    }),
  );
  const resident = session.token as string;
  const own = dig(await run('SelfReportHousehold', resident), 'selfReportHousehold') as Changed;
  changed(
    await run('SelfReportUpdateHousehold', resident, {
      input: { id: own.id, expectedVersion: own.version, rooms: 2 },
    }),
  );
  const added = changed(
    await run('SelfReportCreatePerson', resident, { input: { householdId: own.id, ...PERSON } }),
  );
  const renamedPerson = changed(
    await run('SelfReportUpdatePerson', resident, {
      input: { id: added.id, expectedVersion: added.version, name: '王芬' },
    }),
  );
  payload(
    await send(
      `mutation($input: DeletePersonInput!) { selfReportDeletePerson(input: $input) { deletedId userErrors { code } } }`,
      resident,
      { input: { id: added.id, expectedVersion: renamedPerson.version } },
    ),
  );
  // The resident's long form (a household out of the sample is refused with a user error: the same statements).
  const ownForm = dig(await run('SelfReportLongForm', resident), 'selfReportHousehold') as Changed;
  await run('SelfReportSaveLongForm', resident, {
    input: {
      id: ownForm.id,
      expectedVersion: ownForm.version,
      household: [{ field: 'buildingHeight', value: 'MULTI_STOREY' }],
    },
  });
  const current = dig(await run('SelfReportHousehold', resident), 'selfReportHousehold') as Changed;
  // The generated household may lack items a submission needs: the statements are the same either way.
  await run('SelfReportSubmit', resident, { input: { expectedVersion: current.version } });

  // ----- imports (census-admin, the county system)
  const imported = (answer: Data) => {
    const result = payload(answer);
    if ((result.rejected as unknown[]).length) throw new Error(`rows rejected: ${JSON.stringify(result)}`);
  };
  imported(
    await run('ImportRegistry', integration, {
      input: {
        idempotencyKey: 'sql-snapshots-registry',
        rows: [
          {
            row: 1,
            citizenId: '330106196001010014',
            name: '赵刚',
            sex: 'MALE',
            birthDate: '1960-01-01',
            address: '湖滨路1号',
            registryHouseholdNumber: 'R1',
            zoneCode: smallZone.code,
          },
        ],
      },
    }),
  );
  imported(
    await run('ImportElectricity', integration, {
      input: {
        idempotencyKey: 'sql-snapshots-meter',
        rows: [{ row: 1, meterId: 'M1', address: '湖滨路3号', usage: 'NORMAL', zoneCode: smallZone.code }],
      },
    }),
  );
  imported(
    await run('ImportGrid', integration, {
      input: {
        idempotencyKey: 'sql-snapshots-grid',
        rows: [{ row: 1, gridId: 'G1', address: '湖滨路2号', persons: ['钱军'], zoneCode: smallZone.code }],
      },
    }),
  );
  imported(
    await run('ImportZones', officer, {
      input: {
        idempotencyKey: 'sql-snapshots-zones',
        rows: [{ row: 1, code: `${smallZone.parent}902`, name: '导入小区' }],
      },
    }),
  );
  imported(
    await run('ImportZoneBoundaries', officer, {
      input: {
        idempotencyKey: 'sql-snapshots-boundaries',
        features: [
          {
            type: 'Feature',
            properties: { code: smallZone.code },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [120.1, 30.2],
                  [120.2, 30.2],
                  [120.2, 30.3],
                  [120.1, 30.2],
                ],
              ],
            },
          },
        ],
      },
    }),
  );
  imported(
    await run('ImportStaff', officer, {
      input: {
        idempotencyKey: 'sql-snapshots-staff',
        rows: [
          {
            row: 1,
            username: 'sql-snapshot-imported',
            name: '导入普查员',
            role: Role.ENUMERATOR,
            password: NEW_PASSWORD,
            zoneCodes: [spareZone.code],
            supervisorUsername: supervisor.username,
          },
        ],
      },
    }),
  );

  // ----- the listing worklist: the imports reconciled with the listing
  const worklist = await run('ListingWorklist', officer, {
    zoneCode: smallZone.code,
    first: 20,
    status: ['OPEN'],
  });
  const [item] = dig(worklist, 'listingWorklist', 'nodes') as { id: string }[];
  if (!item) throw new Error('the registry import left no worklist item');
  payload(
    await run('CloseWorklistItem', officer, {
      input: { id: item.id, outcome: 'NOT_LIVING_HERE', note: '核实' },
    }),
  );
  payload(await run('ReopenWorklistItem', officer, { input: { id: item.id } }));
  const bulk = await run('CloseWorklistItems', officer, {
    input: { ids: [item.id], outcome: 'NOT_LIVING_HERE', note: '核实' },
  });
  if ((dig(bulk, 'closeWorklistItems', 'items') as unknown[]).length !== 1) {
    throw new Error(`closeWorklistItems closed nothing: ${JSON.stringify(bulk)}`);
  }
  payload(await run('ReopenWorklistItem', officer, { input: { id: item.id } }));
  await run('ListingWorklistRollup', officer, { zoneCode: smallZone.township });

  // ----- progress
  await run('Progress', officer, { zoneCode: smallZone.township });
  await run('Progress', officer, { zoneCode: smallZone.township, asOf: '2020-11-05' });
  await run('ProgressTrend', officer, { zoneCode: smallZone.township, from: '2020-11-01', to: '2020-11-10' });
  await run('ProgressDaily', officer, { zoneCode: smallZone.code, from: '2020-11-01', to: '2020-11-10' });
  // The map page (划区绘图、建筑物标注): a township's child zones, a small zone's buildings, one building's households.
  await run('ZoneMap', officer, { code: smallZone.township });
  await run('ZoneMap', enumerator, { code: smallZone.code });
  await run('BuildingOnMap', enumerator, { id: building });
  await run('ProgressReport', admin, { zoneCode: county.code });
  payload(
    await run('SaveReportTexts', officer, {
      input: {
        zoneCode: smallZone.township,
        expectedVersion: 0,
        campaignMonth: 9,
        practices: ['成立领导小组。'],
      },
    }),
  );
  await run('ProgressReport', officer, { zoneCode: smallZone.township });

  // ----- the audit log (the unmasked phone read above, the writes)
  await run('AuditLog', officer, { zoneCode: smallZone.code, action: 'UNMASK', first: 50 });

  // ----- the change feed and a bulk export (the county system)
  // Followed until caught up: which changes a page holds depends on the transactions open on the server (other
  // test files), the statements do not.
  const feed = (operation: string, variables: Data) => (after: string | null) =>
    run(operation, integration, { ...variables, after }).then(
      (answer) => answer.changes as { changes: unknown[]; endCursor: string; hasMore: boolean },
    );
  const cursor = dig(await run('ChangesCursor', integration), 'changesCursor') as string;
  await drainFeed(api, null, feed('Changes', { first: 100, types: ['HOUSEHOLD', 'PERSON'] }));
  await drainFeed(api, cursor, feed('CountyChanges', { first: 100 }));
  const job = dig(
    payload(
      await run('StartExport', integration, {
        input: {
          zoneCode: smallZone.code,
          entities: ['HOUSEHOLDS', 'PERSONS'],
          format: 'CSV',
          idempotencyKey: 'sql-snapshots-export',
        },
      }),
    ),
    'job',
    'id',
  ) as string;
  let files: { url: string }[] = [];
  for (;;) {
    const node = dig(await run('ExportJob', integration, { id: job }), 'node') as Data;
    if (node.status === 'FAILED') throw new Error('the export failed');
    if (node.status === 'COMPLETED') {
      files = node.files as { url: string }[];
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  // The export page's list of its jobs (the account's own, newest first), and the older list by ID.
  await run('MyExportJobs', integration, { first: 20 });
  await run('ExportJobs', integration, { ids: [job] });
  // The download route (a signed link, no token).
  const download = await fetch(files[0].url);
  if (download.status !== 200) throw new Error(`download answered ${download.status}`);
  await download.arrayBuffer();

  recorder.stop();
  return ran;
}
