/**
 * @jest-environment node
 */
// Temporary (not committed): the household page at 390x844 for the report, before and after. SHOT_TAG names them.
import path from 'node:path';

import { chromium } from 'playwright-core';

import { type ApiProcess, startApi } from '@census/api-process';
import { createClient, HouseholdsDocument, LoginDocument } from '@census/client';

const OUT = '/work/wt/phone-shots';
const TAG = process.env.SHOT_TAG ?? 'after';
const ZONE = '330106002051001';

let api: ApiProcess;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.stop());

it('shoots the household page on a phone', async () => {
  const anonymous = createClient({ url: `${api.url}/graphql` });
  const { login } = await anonymous.request(LoginDocument, {
    input: { username: 'enumerator', password: 'census-demo-2020' },
  });
  const client = createClient({ url: `${api.url}/graphql`, token: login.token! });
  const { households } = await client.request(HouseholdsDocument, { filter: { zoneCode: ZONE }, first: 100 });
  const target = households.nodes.find((h) => h.number === '003')!;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await page.goto(`${api.url}/`);
  await page.getByLabel('用户名').fill('enumerator');
  await page.getByLabel('密码').fill('census-demo-2020');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('button', { name: '退出登录' }).waitFor();
  await page.goto(`${api.url}/households/${target.id}`);
  await page.getByRole('heading', { name: /住户 330106002051001-003/ }).waitFor();
  await page.waitForTimeout(1000);
  await page.screenshot({ path: path.join(OUT, `${TAG}-household-top.png`) });
  await page.screenshot({ path: path.join(OUT, `${TAG}-household-full.png`), fullPage: true });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const nobody = await page.evaluate(() => {
    const b = [...document.querySelectorAll('button')].find((x) => x.textContent?.trim() === '无人在家');
    const select = [...document.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.textContent === '无人在家'));
    const el = b ?? select;
    return el ? el.getBoundingClientRect().top + window.scrollY : null;
  });
  console.log(JSON.stringify({ tag: TAG, height, nobodyHomeAt: nobody }));
  if (TAG === 'after') {
    // A submit with problems: the bar with its list.
    await page.locator('[data-person-card="1"] .person-toggle').click();
    await page.locator('[data-person="1"]').getByLabel('D1 姓名').fill('');
    await page.getByRole('button', { name: '保存并上报' }).click();
    await page.locator('.bar-problems').waitFor();
    await page.screenshot({ path: path.join(OUT, `${TAG}-household-problems.png`) });
    await page.getByRole('button', { name: '自主填报码…' }).click();
    await page.getByRole('button', { name: '发放自主填报码' }).click();
    await page.locator('img.qr').waitFor();
    await page.locator('.quick-actions').screenshot({ path: path.join(OUT, `${TAG}-self-report-code.png`) });
    await page.getByRole('button', { name: '显示号码' }).click().catch(() => undefined);
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(OUT, `${TAG}-household-phone-revealed.png`) });
  }
  await browser.close();
});
