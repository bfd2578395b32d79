import {
  AgendaDocument,
  AuditLogDocument,
  createClient,
  CreateHouseholdDocument,
  IssueSelfReportCodeDocument,
  LoginDocument,
  MeDocument,
  RecordVisitDocument,
  ReportProblemDocument,
  SelfReportHouseholdDocument,
  SelfReportSubmitDocument,
  StartSelfReportDocument,
  SubmitHouseholdDocument,
  UpdateHouseholdDocument,
} from '@census/client';

import { Role } from '../src/auth/role';
import { seedCounty, startTestApi, type TestApi } from './harness';

// Field work through the generated typed client, over HTTP, as the web app and the scripts do it.
describe('field work through @census/client', () => {
  let api: TestApi;
  let smallZone: string;

  beforeAll(async () => {
    api = await startTestApi('field_work_client');
    await seedCounty(api, 1, { smallZonesPerCensusZone: [1, 1], householdsPerSmallZone: [5, 5] });
    [{ code: smallZone }] = await api.sql<{ code: string }>(
      `SELECT code FROM zone WHERE level = 'SMALL_ZONE' LIMIT 1`,
    );
    await api.account(Role.ENUMERATOR, [smallZone], { password: 'correct horse battery' });
  });
  afterAll(() => api.close());

  it('logs in, lists, visits, reports a problem, hands out a self-report code; the resident submits; the audit shows it', async () => {
    const anonymous = createClient({ url: api.graphqlUrl });
    const [{ username }] = await api.sql<{ username: string }>(
      `SELECT username FROM account WHERE role = 'ENUMERATOR'`,
    );
    const refused = await anonymous.request(LoginDocument, {
      input: { username, password: 'wrong password!' },
    });
    expect(refused.login.userErrors[0].message).toBe('用户名或密码错误。');
    const login = await anonymous.request(LoginDocument, {
      input: { username, password: 'correct horse battery' },
    });
    const enumerator = createClient({ url: api.graphqlUrl, token: login.login.token! });
    expect((await enumerator.request(MeDocument)).me.zones.map((z) => z.code)).toEqual([smallZone]);

    const created = await enumerator.request(CreateHouseholdDocument, {
      input: { smallZoneCode: smallZone, phone: '13655556666' },
    });
    const household = created.createHousehold.household!;
    const visit = await enumerator.request(RecordVisitDocument, {
      input: {
        householdId: household.id,
        visitedAt: new Date(Date.now() - 60_000).toISOString(),
        outcome: 'NOBODY_HOME',
        method: 'IN_PERSON',
      },
    });
    expect(visit.recordVisit.userErrors).toEqual([]);
    const problem = await enumerator.request(ReportProblemDocument, {
      input: { subjectId: household.id, category: 'REFUSAL', text: '多次上门无人应答，邻居称白天上班' },
    });
    expect(problem.reportProblem.userErrors).toEqual([]);
    const early = await enumerator.request(SubmitHouseholdDocument, {
      input: { id: household.id, expectedVersion: household.version },
    });
    expect(early.submitHousehold.userErrors.map((e) => e.field.join('.'))).toContain('household.persons');
    const agenda = await enumerator.request(AgendaDocument, {});
    expect(agenda.agenda.notVisited.nodes.map((h) => h.id)).not.toContain(household.id);

    const issued = await enumerator.request(IssueSelfReportCodeDocument, {
      input: { householdId: household.id },
    });
    const session = await anonymous.request(StartSelfReportDocument, {
      input: { code: issued.issueSelfReportCode.code!, phone: '13655556666' },
    });
    const resident = createClient({ url: api.graphqlUrl, token: session.startSelfReport.token! });
    const form = await resident.request(SelfReportHouseholdDocument);
    expect(form.selfReportHousehold.id).toBe(household.id);
    // A vacant dwelling reported by its owner: the note and the enumerator's visit make it complete.
    const vacant = await enumerator.request(UpdateHouseholdDocument, {
      input: {
        id: household.id,
        expectedVersion: form.selfReportHousehold.version,
        status: 'VACANT',
        note: '业主自报：房屋空置出租中',
      },
    });
    const submitted = await resident.request(SelfReportSubmitDocument, {
      input: { expectedVersion: vacant.updateHousehold.household!.version },
    });
    expect(submitted.selfReportSubmit.userErrors).toEqual([]);
    expect(submitted.selfReportSubmit.household).toMatchObject({
      stage: 'SUBMITTED',
      registrationMethod: 'SELF_REPORT',
    });

    const admin = createClient({ url: api.graphqlUrl, token: api.admin.token });
    const log = await admin.request(AuditLogDocument, { zoneCode: smallZone });
    const actions = log.auditLog.nodes.map(
      (entry) => `${entry.action}:${entry.actor.startsWith('resident:') ? 'resident' : entry.actor}`,
    );
    expect(actions).toEqual(
      expect.arrayContaining([`CREATE:${username}`, `UPDATE:${username}`, 'STAGE:resident']),
    );
  });
});
