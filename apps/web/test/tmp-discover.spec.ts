/**
 * @jest-environment node
 */
import { type ApiProcess, startApi } from '@census/api-process';
import { createClient, LoginDocument, SubmitHouseholdDocument, ZoneHouseholdsDocument, WebHouseholdLongFormDocument } from '@census/client';

let api: ApiProcess;
beforeAll(async () => {
  api = await startApi();
}, 600_000);
afterAll(async () => {
  await api?.stop();
});
it('discovers', async () => {
  const anonymous = createClient({ url: `${api.url}/graphql` });
  const { login } = await anonymous.request(LoginDocument, { input: { username: 'enumerator', password: 'census-demo-2020' } });
  const c = createClient({ url: `${api.url}/graphql`, token: login.token! });
  const { households } = await c.request(ZoneHouseholdsDocument, { filter: { zoneCode: '330106002051001' }, first: 100 });
  const out: string[] = [];
  for (const h of households.nodes) out.push(`${h.number} ${h.stage} ${h.status} sampled=${h.longForm.sampled}`);
  for (const h of households.nodes.filter((x) => x.longForm.sampled && x.stage !== 'SUBMITTED' && x.stage !== 'APPROVED')) {
    const lf = await c.request(WebHouseholdLongFormDocument, { id: h.id });
    out.push(JSON.stringify(lf.node).slice(0, 3000));
    const r = await c.request(SubmitHouseholdDocument, { input: { id: h.id, expectedVersion: h.version } });
    out.push(`${h.number} submit: ${JSON.stringify(r.submitHousehold.userErrors)}`);
  }
  console.log(out.join('\n'));
}, 600_000);
