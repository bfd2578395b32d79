/**
 * @jest-environment node
 *
 * End to end in Debian's Chromium (driven by playwright-core, never a downloaded browser) against the real API
 * process on a throw-away embedded PostgreSQL with the demo county, serving the built web app at `/`:
 * the enumerator fixes a citizen ID the census rules reject and submits a household; the supervisor approves it,
 * and the progress figures move; an enumerator issues a self-report code and a resident submits the household's
 * form with it on the public self-report page. Screenshots of the main pages at desktop and phone size go to
 * test-output/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { get } from 'node:http';
import path from 'node:path';

import { encode } from 'iconv-lite';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';

// The API runs as its own process and is reached over HTTP only (libs/api-process).
import { type ApiProcess, startApi } from '@census/api-process';
import {
  type CensusClient,
  createClient,
  CreateHouseholdDocument,
  CreatePersonDocument,
  HouseholdByNumberDocument,
  HouseholdPhoneUnmaskedDocument,
  HouseholdsDocument,
  ImportRegistryDocument,
  IssueSelfReportCodeDocument,
  LoginDocument,
  MeDocument,
  SaveLongFormDocument,
  SetLongFormOptionsDocument,
  SetLongFormSampleDocument,
  WebHouseholdDocument,
  WebHouseholdLongFormDocument,
  ZoneHouseholdsDocument,
  ZoneMapDocument,
} from '@census/client';
import { citizenIdCheckCharacter, makeCitizenId, Sex } from '@census/rules';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = path.join(__dirname, '..', 'test-output', 'screenshots');
const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const PASSWORD = 'census-demo-2020';
const ZONE = '330106002051001';

let api: ApiProcess;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`);
  if (!existsSync(path.join(__dirname, '..', 'dist', 'index.html')))
    throw new Error('apps/web/dist is missing: npx nx run web:build (web:test depends on it)');
  await mkdir(SCREENSHOTS, { recursive: true });
  api = await startApi();
  // headless: true adds --headless, and playwright starts every launch on a new, empty --user-data-dir of its own.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
  const page = await context.newPage();
  // How long an action waits for its element before it fails naming the locator: a report of a screen that never
  // came, not a speed budget; generous, since a loaded machine renders slowly (Jest's own timeout is ten minutes).
  page.setDefaultTimeout(120_000);
  return { context, page };
}

/** The screen at desktop size and as a phone (with `target` scrolled into view), then back at desktop. */
async function shoot(page: Page, name: string, target?: Locator) {
  await page.setViewportSize(DESKTOP);
  await target?.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-desktop.png`) });
  await page.setViewportSize(PHONE);
  await target?.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-phone.png`) });
  // Nothing is wider than a phone screen: no sideways scrolling.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await page.setViewportSize(DESKTOP);
}

async function login(page: Page, username: string) {
  await page.goto(`${api.url}/`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('button', { name: '退出登录' }).waitFor();
}

/** The typed client as a staff account, the way census-admin reaches the API. */
async function staffClient(username: string): Promise<CensusClient> {
  const anonymous = createClient({ url: `${api.url}/graphql` });
  const { login } = await anonymous.request(LoginDocument, { input: { username, password: PASSWORD } });
  if (!login.token) throw new Error(`login of ${username} failed: ${JSON.stringify(login.userErrors)}`);
  return createClient({ url: `${api.url}/graphql`, token: login.token });
}

/**
 * An enumerating household of ZONE in the long-form sample (with a phone when asked), other than `not`; where the
 * demo has none, the county office moves one into the sample (setLongFormSample, with a reason).
 */
async function sampledHousehold(
  enumerator: CensusClient,
  { phone = false, not = [] as string[] } = {},
): Promise<{ id: string; number: string }> {
  const sampled = await sampledIds(enumerator);
  const { households } = await enumerator.request(HouseholdsDocument, {
    filter: { zoneCode: ZONE, stage: ['ENUMERATING'], status: ['ORDINARY'] },
    first: 100,
  });
  const candidates = households.nodes.filter(
    (h) => h.number !== '003' && !not.includes(h.id) && (!phone || h.phone),
  );
  const found = candidates.find((h) => sampled.has(h.id));
  if (found) return found;
  const other = candidates.at(-1) ?? (await newHousehold(enumerator));
  // A household listed now may be in the sample by its number already.
  if ((await sampledIds(enumerator)).has(other.id)) return other;
  const admin = await staffClient('admin');
  const { setLongFormSample } = await admin.request(SetLongFormSampleDocument, {
    input: { id: other.id, expectedVersion: other.version, sampled: true, reason: '端到端测试：补抽长表户' },
  });
  if (!setLongFormSample.household) throw new Error(JSON.stringify(setLongFormSample.userErrors));
  return other;
}

/**
 * Takes the household of ZONE numbered `number` (or with ID `id`) out of the long-form sample when the run's key
 * put it in (about one run in ten), by the county office's audited move, so a scenario about the short form can
 * submit it. Returns its ID.
 */
async function outOfSample(
  enumerator: CensusClient,
  which: { number?: string; id?: string },
): Promise<string> {
  const { households } = await enumerator.request(HouseholdsDocument, {
    filter: { zoneCode: ZONE },
    first: 100,
  });
  const household = households.nodes.find((h) => h.id === which.id || h.number === which.number);
  if (!household) throw new Error(`no household ${JSON.stringify(which)} in ${ZONE}`);
  if (!(await sampledIds(enumerator)).has(household.id)) return household.id;
  const admin = await staffClient('admin');
  const { setLongFormSample } = await admin.request(SetLongFormSampleDocument, {
    input: {
      id: household.id,
      expectedVersion: household.version,
      sampled: false,
      reason: '端到端测试：本场景只填短表',
    },
  });
  if (!setLongFormSample.household) throw new Error(JSON.stringify(setLongFormSample.userErrors));
  return household.id;
}

/** A household listed now, its short form complete: one man, with a phone. */
async function newHousehold(
  enumerator: CensusClient,
): Promise<{ id: string; number: string; version: number }> {
  const { createHousehold } = await enumerator.request(CreateHouseholdDocument, {
    input: {
      smallZoneCode: ZONE,
      phone: `139${String(Date.now()).slice(-8)}`,
      presentMale: 1,
      presentFemale: 0,
      absentMale: 0,
      absentFemale: 0,
      birthsMale: 0,
      birthsFemale: 0,
      deathsMale: 0,
      deathsFemale: 0,
      dwellingType: 'ORDINARY_DWELLING',
      floorArea: 75,
      rooms: 3,
    },
  });
  const household = createHousehold.household;
  if (!household) throw new Error(`createHousehold: ${JSON.stringify(createHousehold.userErrors)}`);
  const first17 = `33010619820712${String(101 + 2 * (Date.now() % 449)).padStart(3, '0')}`;
  const { createPerson } = await enumerator.request(CreatePersonDocument, {
    input: {
      householdId: household.id,
      name: '钱立新',
      citizenId: first17 + citizenIdCheckCharacter(first17),
      relationship: 'HEAD',
      sex: 'MALE',
      birthYear: 1982,
      birthMonth: 7,
      ethnicity: 'HAN',
      whereabouts: 'THIS_SMALL_ZONE',
      leftRegistrationDuration: 'NOT_LEFT',
      education: 'BACHELOR',
      literate: true,
      resident: true,
      registered: true,
    },
  });
  if (createPerson.userErrors.length) throw new Error(JSON.stringify(createPerson.userErrors));
  const { node } = await enumerator.request(WebHouseholdDocument, { id: household.id });
  return {
    id: household.id,
    number: household.number,
    version: node?.__typename === 'Household' ? node.version : 0,
  };
}

/**
 * Answers every long-form item of `section` still unanswered (not masked, not refused) with its first option, 800
 * for a number and 1 for sons and daughters, as often as new items appear (C18 是 asks C19-C20); opens every card.
 */
async function answerTheRest(section: Locator) {
  // Open the closed cards one by one: the locator matches fewer cards after each click.
  const closed = section.locator('.person-toggle[aria-expanded="false"]');
  for (let i = 0; i < 20 && (await closed.count()) > 0; i++) await closed.first().click();
  for (let pass = 0; pass < 6; pass++) {
    const selects = await section.locator('.lf-item select').all();
    const inputs = await section.locator('.lf-item input[inputmode]').all();
    let answered = 0;
    for (const select of selects) {
      const open = await select.evaluate(
        (node: HTMLSelectElement) =>
          !node.disabled && node.value === '' && node.options[0]?.text === '请选择',
      );
      if (!open) continue;
      await select.selectOption({ index: 1 });
      answered += 1;
    }
    for (const input of inputs) {
      const open = await input.evaluate(
        (node: HTMLInputElement) =>
          !node.disabled && node.value === '' && node.placeholder !== '已填报（已加密）',
      );
      if (!open) continue;
      const children = await input.evaluate(
        (node: HTMLInputElement) => node.closest('.lf-children') !== null,
      );
      await input.fill(children ? '1' : '800');
      answered += 1;
    }
    if (answered === 0) return;
  }
}

/** The IDs of the households of ZONE in the long-form sample. */
async function sampledIds(client: CensusClient): Promise<Set<string>> {
  const { households } = await client.request(ZoneHouseholdsDocument, {
    filter: { zoneCode: ZONE },
    first: 100,
  });
  return new Set(households.nodes.filter((h) => h.longForm.sampled).map((h) => h.id));
}

async function figure(page: Page, name: string): Promise<number> {
  const text = await page.locator(`[data-figure="${name}"] dd`).innerText();
  return Number(text.replace(/[^\d]/g, ''));
}

describe('web app in Chromium against the real API', () => {
  it('serves the app at / beside the API, and the explorer at /explorer', async () => {
    const index = await fetch(`${api.url}/`);
    expect(index.headers.get('content-type')).toContain('text/html');
    const html = await index.text();
    expect(html).toContain('<div id="root">');
    const deep = await fetch(`${api.url}/households/whatever`);
    expect(await deep.text()).toContain('<div id="root">');
    expect(await (await fetch(`${api.url}/explorer`)).text()).toContain('GraphiQL');
    // The built entry script, precompressed at build time: brotli when the browser accepts it, else gzip.
    const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
    expect(script).toMatch(/^\/assets\/index-[\w-]+\.js$/);
    const encoding = (accept: string) =>
      new Promise<[string | undefined, string | undefined]>((resolve, reject) =>
        get(`${api.url}${script}`, { headers: { 'accept-encoding': accept } }, (answer) => {
          answer.resume();
          resolve([answer.headers['content-encoding'], answer.headers['cache-control']]);
        }).on('error', reject),
      );
    expect(await encoding('gzip, deflate, br, zstd')).toEqual(['br', 'public, max-age=31536000, immutable']);
    expect(await encoding('gzip, deflate')).toEqual(['gzip', 'public, max-age=31536000, immutable']);
    const graphql = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('enumerator fixes a citizen ID and submits; supervisor approves; progress moves', async () => {
    await outOfSample(await staffClient('enumerator'), { number: '003' });
    const { context, page } = await newPage();
    await page.goto(`${api.url}/`);
    await page.getByRole('heading', { name: '登录', exact: true }).waitFor();
    await shoot(page, 'login');

    await login(page, 'enumerator');
    await page.getByRole('heading', { name: '我的区划' }).waitFor();
    await shoot(page, 'home-enumerator');

    await page.getByRole('link', { name: '第1普查小区' }).first().click();
    await page.locator('[data-figure="submitted"]').waitFor();
    const submittedBefore = await figure(page, 'submitted');
    await page.getByRole('link', { name: /户编号 003/ }).click();
    await page.getByRole('heading', { name: /住户 330106002051001-003/ }).waitFor();
    await page.locator('.badge[data-stage="ENUMERATING"]').first().waitFor();

    // Person 1 is a man born 1995-02: an ID number that agrees with him, first with a wrong check character.
    const first17 = '33010619950215123';
    const right = citizenIdCheckCharacter(first17);
    const wrong = right === '0' ? '1' : '0';
    // Persons are cards: open the first one to edit it.
    await page.locator('[data-person-card="1"] .person-toggle').click();
    const person = page.locator('[data-person="1"]');
    const idField = person.getByLabel('D3 公民身份号码');
    await idField.fill(first17 + wrong);
    const error = person.locator('.field-error', { hasText: '身份号码校验码不正确' });
    await error.waitFor();
    expect(await idField.getAttribute('aria-invalid')).toBe('true');
    await shoot(page, 'household-error', idField);

    await idField.fill(first17 + right);
    await error.waitFor({ state: 'detached' });
    expect(await idField.getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('button', { name: '保存并上报' }).click();
    await page.getByRole('status').filter({ hasText: '已上报，等待审核' }).waitFor();
    await page.locator('h1 .badge[data-stage="SUBMITTED"]').waitFor();
    expect(
      await page
        .locator('[data-person="1"]')
        .getByText(/已登记 330106\*+/)
        .innerText(),
    ).toContain(`${right}`);

    await page.getByRole('link', { name: `↑ ${ZONE}` }).click();
    await page.locator('[data-figure="submitted"]').waitFor();
    expect(await figure(page, 'submitted')).toBe(submittedBefore + 1);
    await shoot(page, 'small-zone');

    await page.getByRole('link', { name: '今日安排', exact: true }).click();
    await page.getByRole('heading', { name: /工作安排/ }).waitFor();
    await shoot(page, 'agenda');
    await context.close();

    // The supervisor approves it from the review queue.
    const supervisor = await newPage();
    const sPage = supervisor.page;
    await login(sPage, 'supervisor');
    await sPage.goto(`${api.url}/zones/${ZONE}`);
    await sPage.locator('[data-figure="approved"]').waitFor();
    const approvedBefore = await figure(sPage, 'approved');
    await sPage.getByRole('link', { name: '审核', exact: true }).click();
    const item = sPage.locator(`[data-household="${ZONE}-003"]`);
    await item.waitFor();
    await shoot(sPage, 'review');
    await item.getByRole('button', { name: '通过' }).click();
    await sPage.getByRole('status').filter({ hasText: '003 户已审核通过' }).waitFor();
    await item.waitFor({ state: 'detached' });

    await sPage.goto(`${api.url}/zones/${ZONE}`);
    await sPage.locator('[data-figure="approved"]').waitFor();
    expect(await figure(sPage, 'approved')).toBe(approvedBefore + 1);
    await supervisor.context.close();
  });

  it('shows the county drill-down, the report with downloads and the audit log to the county office', async () => {
    const { context, page } = await newPage();
    await login(page, 'admin');
    await page.getByRole('heading', { name: /西湖区/ }).waitFor();
    expect(await page.locator('.progress-table tbody tr').count()).toBeGreaterThan(5);
    // The county's thousands of households are written as people write them, in zh-CN: 12,345.
    expect(await page.locator('.bar-text', { hasText: '户（' }).first().innerText()).toMatch(
      /^\d{1,3}(,\d{3})* \/ \d{1,3}(,\d{3})+ 户（/,
    );
    await shoot(page, 'county');
    await page.getByRole('link', { name: '北山街道', exact: true }).click();
    await page.getByRole('heading', { name: /北山街道/ }).waitFor();
    await shoot(page, 'township');

    // The zone page says when its figures were read.
    expect(await page.locator('.data-as-of').innerText()).toMatch(
      /^数据截至 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}（北京时间）$/,
    );
    await page.getByRole('link', { name: '查看进展报告' }).click();
    // A formatted report: the title, the section headings, a table of the township's census zones.
    await page.getByRole('heading', { name: '北山街道第七次全国人口普查工作进展情况汇报' }).waitFor();
    const view = page.locator('.report-view');
    expect(await view.getByRole('heading', { name: '一、进展情况' }).count()).toBe(1);
    expect(await view.locator('.report-table tbody tr').count()).toBeGreaterThan(0);
    expect(await view.innerText()).toContain('全街道人普工作启动以来');
    expect(await view.innerText()).not.toMatch(/全县|截止目前|试点/);
    expect(await page.locator('.report-entered').innerText()).toMatch(/平台完成录入 [\d,]+ 户/);
    const csv = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 CSV' }).click();
    expect((await csv).suggestedFilename()).toBe('progress-report-330106002.csv');
    const word = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 Word' }).click();
    const docx = await word;
    expect(docx.suggestedFilename()).toBe('progress-report-330106002.docx');
    // A zip (PK): the document the library built in the browser.
    const bytes = readFileSync(await docx.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await shoot(page, 'report');

    // The office fills in its part in place; the report uses it at once.
    await page.getByRole('button', { name: '填写内容' }).click();
    const form = page.getByRole('form', { name: '填写内容' });
    await form.getByLabel('启动月份').fill('9');
    await form.getByLabel('试点开始日期').fill('2020-08-10');
    await form.getByLabel('试点结束日期').fill('2020-08-20');
    await form.getByLabel('试点小区户数').fill('86');
    await form.getByLabel('试点小区人数').fill('245');
    await form.getByLabel('主要做法 1：思想上重视').fill('成立以党工委书记任组长的人口普查领导小组。');
    await shoot(page, 'report-texts', form);
    await form.getByRole('button', { name: '保存' }).click();
    await page.locator('p.notice[role="status"]', { hasText: '已保存' }).waitFor();
    await view.getByText(/8月10日至8月20日圆满完成试点小区 86 户、245 人普查任务/).waitFor();
    expect(await view.innerText()).toContain('1. 思想上重视。成立以党工委书记任组长的人口普查领导小组。');

    // A child zone's report from the picker.
    await page.getByLabel('下级区划').selectOption({ index: 1 });
    await page.waitForURL(/\/report\/330106002\d{3}$/);
    await page.getByRole('heading', { name: /第七次全国人口普查工作进展情况汇报$/ }).waitFor();
    expect(await page.locator('.report-view').innerText()).toContain('全社区人普工作启动以来');
    await shoot(page, 'report-community');

    await page.getByRole('link', { name: '操作日志', exact: true }).click();
    await page.getByRole('heading', { name: '操作日志' }).waitFor();
    await page.getByText(/共 [\d,]+ 条/).waitFor();
    await shoot(page, 'audit');
    await context.close();
  });

  it('the county office finds an edited household item in the audit log, filtered by zone, as one compact row', async () => {
    const enumerator = await staffClient('enumerator');
    const { households } = await enumerator.request(HouseholdsDocument, {
      filter: { zoneCode: ZONE, stage: ['ENUMERATING'] },
      first: 50,
    });
    const household = households.nodes.at(-1)!;
    const rooms = household.rooms ?? 0;
    const { context, page } = await newPage();
    await login(page, 'enumerator');
    await page.goto(`${api.url}/households/${encodeURIComponent(household.id)}`);
    const subject = `住户 ${ZONE}-${household.number}`;
    await page.getByRole('heading', { name: new RegExp(subject) }).waitFor();
    await page.getByLabel('H7 房间数').fill(String(rooms + 1));
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    await context.close();

    const office = await newPage();
    await login(office.page, 'admin');
    await office.page.goto(`${api.url}/audit`);
    await office.page.getByText(/共 [\d,]+ 条/).waitFor();
    await office.page.getByLabel('区划代码').fill(ZONE);
    await office.page.getByLabel('操作类型').selectOption('UPDATE');
    await office.page.getByLabel('对象类型').selectOption('Household');
    // The page shows the filtered log: only changes of households of that small zone.
    await office.page.waitForFunction((zone) => {
      const heads = [...document.querySelectorAll('.audit-list .audit-head')].map((e) => e.textContent ?? '');
      return heads.length > 0 && heads.every((h) => h.includes('修改') && h.includes(`住户 ${zone}-`));
    }, ZONE);
    const rows = office.page.locator('.audit-list > li', { hasText: subject });
    expect(await rows.count()).toBe(1);
    const row = rows.first();
    expect(await row.innerText()).toMatch(
      new RegExp(`修改\\s+${subject}[\\s\\S]*H7 房间数\\s*${household.rooms ?? '（空）'} → ${rooms + 1}`),
    );
    expect(await row.innerText()).not.toMatch(/[{}]/);
    await shoot(office.page, 'audit-zone', row);
    await office.page.setViewportSize(PHONE);
    expect((await row.boundingBox())!.height).toBeLessThanOrEqual(150);
    await office.context.close();
  });

  it('shows the session-expired screen for an expired login, and switches to English', async () => {
    const { context, page } = await newPage();
    await login(page, 'officer');
    await page.evaluate(() => {
      const session = JSON.parse(localStorage.getItem('census.session') ?? '{}') as { expiresAt: string };
      session.expiresAt = new Date(0).toISOString();
      localStorage.setItem('census.session', JSON.stringify(session));
    });
    await page.reload();
    await page.getByRole('heading', { name: '登录已过期' }).waitFor();
    expect(await page.getByLabel('用户名').inputValue()).toBe('officer');
    await shoot(page, 'session-expired');
    await page.getByLabel('语言').selectOption('en');
    await page.getByRole('heading', { name: 'Your session has expired' }).waitFor();
    await page.reload();
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    // And in English: the township's households grouped in thousands too.
    expect(await page.locator('.bar-text', { hasText: 'households (' }).first().innerText()).toMatch(
      /^\d{1,3}(,\d{3})* \/ \d{1,3}(,\d{3})+ households \(/,
    );
    await context.close();
  });

  it('enumerator issues a self-report code; the resident signs in with it and the phone, fills in and submits', async () => {
    // A household of the enumerator's small zone that is still being enumerated and has a phone on file.
    const enumerator = await staffClient('enumerator');
    const { households } = await enumerator.request(HouseholdsDocument, {
      filter: { zoneCode: ZONE, stage: ['ENUMERATING'], status: ['ORDINARY'] },
      first: 100,
    });
    // Outside the long-form sample (the long form's own scenario below fills a sampled one).
    const sampled = await sampledIds(enumerator);
    const target = households.nodes.find((h) => h.phone && h.number !== '003' && !sampled.has(h.id));
    if (!target) throw new Error(`no enumerating household with a phone in ${ZONE}`);
    // The enumerator may read the phone in full (the read is audited); the resident needs it to sign in.
    const { node } = await enumerator.request(HouseholdPhoneUnmaskedDocument, { id: target.id });
    const phone = node && 'phone' in node ? node.phone : null;
    if (!phone) throw new Error('the phone number did not come back unmasked');

    // The enumerator issues the code on the household page.
    const staff = await newPage();
    await login(staff.page, 'enumerator');
    await staff.page.goto(`${api.url}/households/${target.id}`);
    await staff.page.getByRole('button', { name: '自主填报码…' }).click();
    await staff.page.getByRole('button', { name: '发放自主填报码' }).click();
    const issued = staff.page.locator('[data-self-report-code]');
    await issued.waitFor();
    const code = (await issued.getAttribute('data-self-report-code')) ?? '';
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    // A staff member trying the public page on the same browser stays logged in.
    await staff.page.goto(`${api.url}/self-report?code=${encodeURIComponent(code)}`);
    await staff.page.getByRole('heading', { name: '开始填报' }).waitFor();
    await staff.page.goto(`${api.url}/`);
    await staff.page.getByRole('button', { name: '退出登录' }).waitFor();
    await staff.context.close();

    // The resident, on a browser of its own, opens the QR code's address.
    const { context, page } = await newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`${api.url}/self-report?code=${code.replace('-', '')}`);
    await page.getByRole('heading', { name: '开始填报' }).waitFor();
    expect(await page.getByLabel('自主填报码').inputValue()).toBe(code);
    await shoot(page, 'self-report-start');

    const phoneField = page.getByLabel('本户联系电话');
    const wrongPhone = phone.endsWith('0') ? `${phone.slice(0, -1)}1` : `${phone.slice(0, -1)}0`;
    await phoneField.fill(wrongPhone);
    await page.getByRole('button', { name: '开始填报' }).click();
    await page.getByRole('alert').filter({ hasText: '填报码或电话号码不正确' }).waitFor();

    await phoneField.fill(phone);
    await page.getByRole('button', { name: '开始填报' }).click();
    await page.getByRole('heading', { name: `我家的普查表（户编号 ${target.number}）` }).waitFor();
    // The form in steps: the household's items first, without the enumerator's; then one person at a time.
    await page.getByRole('heading', { name: '本户情况' }).waitFor();
    expect(await page.getByLabel('户状态').count()).toBe(0);
    expect(await page.getByLabel('D1 姓名').count()).toBe(0);
    await shoot(page, 'self-report-household');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('heading', { name: /^人员 1：/ }).waitFor();
    const education = page.getByLabel('D11 受教育程度');
    const chosen = (await education.inputValue()) === 'MASTER' ? 'BACHELOR' : 'MASTER';
    await education.selectOption(chosen);
    // What D8 means, on demand.
    const d8 = page.locator('.with-help', { has: page.getByLabel('D8 户口登记地代码') });
    await d8.getByText('这一项怎么填？').click();
    await d8.getByText(/户口簿上登记的地方/).waitFor();
    await shoot(page, 'self-report-person', d8);
    // 下一步 saves the step; on through the other persons to the summary.
    const summary = page.getByRole('heading', { name: '核对并提交' });
    for (let step = 0; step < 30 && !(await summary.isVisible()); step++) {
      const before = await page.getByText(/^第 \d+ 步，共 \d+ 步$/).textContent();
      await page.getByRole('button', { name: '下一步' }).click();
      await page.waitForFunction(
        (previous) =>
          [...document.querySelectorAll('.step-count')].some((node) => node.textContent !== previous) ||
          document.querySelector('.field-error') !== null,
        before,
      );
      if (await page.locator('.field-error').count())
        throw new Error(`a step refused: ${await page.locator('.field-error').first().textContent()}`);
    }
    await summary.waitFor();
    await shoot(page, 'self-report-summary');
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page.getByRole('heading', { name: '提交成功，感谢您的配合！' }).waitFor();
    await shoot(page, 'self-report-thanks');
    expect(await page.evaluate(() => sessionStorage.getItem('census.selfReport'))).toBeNull();
    await context.close();

    const after = await enumerator.request(WebHouseholdDocument, { id: target.id });
    expect(after.node?.__typename === 'Household' && after.node).toMatchObject({
      stage: 'SUBMITTED',
      registrationMethod: 'SELF_REPORT',
    });
  });

  it('works without signal: edits and a visit kept on the phone across a closed page reach the server exactly once', async () => {
    // Two households of the enumerator's small zone that can still be edited, as the server has them now.
    const enumerator = await staffClient('enumerator');
    const { households } = await enumerator.request(HouseholdsDocument, {
      filter: { zoneCode: ZONE, stage: ['LISTED', 'ENUMERATING'] },
      first: 100,
    });
    const [a, b] = households.nodes.filter((h) => h.number !== '003').slice(-2);
    if (!a || !b) throw new Error(`two editable households are needed in ${ZONE}`);
    const read = async (id: string) => {
      const { node } = await enumerator.request(WebHouseholdDocument, { id });
      if (node?.__typename !== 'Household') throw new Error(`household ${id} is gone`);
      return node;
    };
    const [aBefore, bBefore] = [await read(a.id), await read(b.id)];
    const noteA = `离线修改A-${Date.now()}`;
    const noteB = `离线修改B-${Date.now()}`;
    const roomsB = String(((bBefore.rooms ?? 1) % 9) + 1);

    const { context, page } = await newPage();
    await login(page, 'enumerator');
    // The service worker takes the shell; both household pages are read once with signal (and kept on the phone).
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const status = page.getByTestId('offline-status');
    const open = async (id: string, number: string) => {
      await page.goto(`${api.url}/households/${id}`);
      await page.getByRole('heading', { name: new RegExp(`住户 ${ZONE}-${number}`) }).waitFor();
    };
    await open(a.id, a.number);
    await open(b.id, b.number);
    // The persister writes the answers a moment later: wait until both are on file.
    await page.waitForFunction(
      async (ids) => {
        const request = indexedDB.open('census-offline');
        const db = await new Promise<IDBDatabase>(
          (resolve) => (request.onsuccess = () => resolve(request.result)),
        );
        const cached = await new Promise<unknown>((resolve) => {
          const get = db.transaction('keyval').objectStore('keyval').get('query-cache');
          get.onsuccess = () => resolve(get.result);
        });
        db.close();
        return typeof cached === 'string' && ids.every((id) => cached.includes(id));
      },
      [a.id, b.id],
      { polling: 200 },
    );

    await context.setOffline(true);
    await status.filter({ hasText: '离线' }).waitFor();

    // Household A: a note and a visit, saved without signal.
    await open(a.id, a.number);
    const formA = page.locator('form.short-form');
    await formA.getByLabel('备注', { exact: true }).fill(noteA);
    await formA.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '没有信号：已保存在手机上' }).waitFor();
    await status.filter({ hasText: '离线 · 1 项待上传' }).waitFor();
    await page.getByRole('button', { name: '记录入户…' }).click();
    const visitForm = page
      .locator('form.inline-form')
      .filter({ has: page.getByRole('button', { name: '记录入户' }) });
    await visitForm.getByLabel('结果').selectOption({ label: '无人在家' });
    await visitForm.getByRole('button', { name: '记录入户' }).click();
    await page.getByRole('status').filter({ hasText: '入户记录已保存在手机上' }).waitFor();
    await status.filter({ hasText: '离线 · 2 项待上传' }).waitFor();
    await shoot(page, 'offline-household', status);

    // Household B: a note saved without signal, then the rooms typed and not saved when the page closes.
    await open(b.id, b.number);
    const formB = page.locator('form.short-form');
    await formB.getByLabel('备注', { exact: true }).fill(noteB);
    await formB.getByRole('button', { name: '保存', exact: true }).click();
    await status.filter({ hasText: '离线 · 3 项待上传' }).waitFor();
    await formB.getByLabel('H7 房间数').fill(roomsB);
    await page.waitForFunction(
      async ([id, rooms]) => {
        const request = indexedDB.open('census-offline');
        const db = await new Promise<IDBDatabase>(
          (resolve) => (request.onsuccess = () => resolve(request.result)),
        );
        const draft = await new Promise<{ draft?: { rooms?: string } } | undefined>((resolve) => {
          const get = db.transaction('keyval').objectStore('keyval').get(`draft:${id}`);
          get.onsuccess = () => resolve(get.result as { draft?: { rooms?: string } } | undefined);
        });
        db.close();
        return draft?.draft?.rooms === rooms;
      },
      [b.id, roomsB],
      { polling: 200 },
    );
    await page.close();

    // Reopened, still without signal: the shell comes from the service worker, the household from the phone's
    // cache, what was typed from its draft, and the outbox still holds the three changes.
    const reopened = await context.newPage();
    reopened.setDefaultTimeout(120_000);
    await reopened.goto(`${api.url}/households/${b.id}`);
    await reopened.getByRole('heading', { name: new RegExp(`住户 ${ZONE}-${b.number}`) }).waitFor();
    const statusAgain = reopened.getByTestId('offline-status');
    await statusAgain.filter({ hasText: '离线 · 3 项待上传' }).waitFor();
    const formAgain = reopened.locator('form.short-form');
    await reopened.waitForFunction(
      (rooms) =>
        document.querySelector<HTMLInputElement>('form.short-form [name="household.rooms"]')?.value === rooms,
      roomsB,
      { polling: 200 },
    );
    expect(await formAgain.getByLabel('备注', { exact: true }).inputValue()).toBe(noteB);
    // Saved again without signal: it replaces B's waiting save (one change per household), still three in all.
    await formAgain.getByRole('button', { name: '保存', exact: true }).click();
    await reopened.getByRole('status').filter({ hasText: '没有信号：已保存在手机上' }).waitFor();
    await statusAgain.filter({ hasText: '离线 · 3 项待上传' }).waitFor();

    // The signal returns: everything is sent, in order, and nothing waits any more.
    await context.setOffline(false);
    await statusAgain.filter({ hasText: /^在线$/ }).waitFor();
    await context.close();

    // On the server: each household moved by exactly one version, with the values typed; one visit more.
    const [aAfter, bAfter] = [await read(a.id), await read(b.id)];
    expect({ version: aAfter.version, note: aAfter.note }).toEqual({
      version: aBefore.version + 1,
      note: noteA,
    });
    expect({ version: bAfter.version, note: bAfter.note, rooms: bAfter.rooms }).toEqual({
      version: bBefore.version + 1,
      note: noteB,
      rooms: Number(roomsB),
    });
    expect(aAfter.visitsConnection.totalCount).toBe(aBefore.visitsConnection.totalCount + 1);
    expect(bAfter.visitsConnection.totalCount).toBe(bBefore.visitsConnection.totalCount);
  });
  it('on a phone: records 无人在家 from the top without scrolling, submits, and goes on to the next household', async () => {
    // A household listed during enumeration, complete but for the visit: one man, H2 and H5-H7 answered.
    const enumerator = await staffClient('enumerator');
    const { createHousehold } = await enumerator.request(CreateHouseholdDocument, {
      input: {
        smallZoneCode: ZONE,
        presentMale: 1,
        presentFemale: 0,
        absentMale: 0,
        absentFemale: 0,
        birthsMale: 0,
        birthsFemale: 0,
        deathsMale: 0,
        deathsFemale: 0,
        dwellingType: 'ORDINARY_DWELLING',
        floorArea: 52,
        rooms: 2,
      },
    });
    const household = createHousehold.household;
    if (!household) throw new Error(`createHousehold: ${JSON.stringify(createHousehold.userErrors)}`);
    // Its number may fall in the long-form sample: this scenario is about the short form.
    await outOfSample(enumerator, { id: household.id });
    // A man born 1978-04: an odd sequence number, and its check character.
    const first17 = `33010619780412${String(101 + 2 * (Date.now() % 449)).padStart(3, '0')}`;
    const { createPerson } = await enumerator.request(CreatePersonDocument, {
      input: {
        householdId: household.id,
        name: '周建国',
        citizenId: first17 + citizenIdCheckCharacter(first17),
        relationship: 'HEAD',
        sex: 'MALE',
        birthYear: 1978,
        birthMonth: 4,
        ethnicity: 'HAN',
        whereabouts: 'THIS_SMALL_ZONE',
        leftRegistrationDuration: 'NOT_LEFT',
        education: 'SENIOR_SECONDARY',
        literate: true,
        resident: true,
        registered: true,
      },
    });
    expect(createPerson.userErrors).toEqual([]);

    const { context, page } = await newPage();
    await page.setViewportSize(PHONE);
    await login(page, 'enumerator');
    await page.goto(`${api.url}/households/${household.id}`);
    await page.getByRole('heading', { name: new RegExp(`住户 ${ZONE}-${household.number}`) }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'household-top-phone.png') });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'household-full-phone.png'), fullPage: true });

    // 无人在家 is on the first screen, above the form: no scrolling.
    const nobodyHome = page.getByRole('button', { name: '无人在家', exact: true });
    const box = await nobodyHome.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    const form = await page.locator('form.short-form').boundingBox();
    expect(box!.y).toBeLessThan(form!.y);
    await nobodyHome.click();
    await page
      .getByRole('status')
      .filter({ hasText: /^已记录：无人在家/ })
      .waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.locator('.activity-list', { hasText: '无人在家' }).waitFor();

    // Submit from the sticky bar; the result and the next household appear beside it.
    const bar = page.locator('.save-bar');
    await bar.getByRole('button', { name: '保存并上报' }).click();
    await bar
      .getByRole('status')
      .filter({ hasText: /已上报|请先改正/ })
      .waitFor();
    // The problems, if any, are in the bar too: the message names them.
    expect(await bar.innerText()).toContain('已上报，等待审核');
    await page.locator('h1 .badge[data-stage="SUBMITTED"]').waitFor();
    const next = bar.getByRole('link', { name: /^下一户：/ });
    await next.waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'household-submitted-phone.png') });
    const nextNumber = /-(\d{3})/.exec(await next.innerText())?.[1];
    await next.click();
    await page.getByRole('heading', { name: new RegExp(`住户 ${ZONE}-${nextNumber}`) }).waitFor();
    const { households } = await enumerator.request(HouseholdsDocument, {
      filter: { zoneCode: ZONE, stage: ['LISTED', 'ENUMERATING', 'RETURNED'] },
      first: 100,
    });
    expect(households.nodes.map((h) => h.number)).toContain(nextNumber);
    await context.close();
  });

  it('on a phone, the enumerator finds a household by its head, adds one and marks a building', async () => {
    // A head of household whose name no other head of the small zone shares, as the server has it.
    const enumerator = await staffClient('enumerator');
    const { households } = await enumerator.request(ZoneHouseholdsDocument, {
      filter: { zoneCode: ZONE },
      first: 100,
    });
    const heads = households.nodes.flatMap((h) =>
      h.persons.filter((p) => p.relationship === 'HEAD').map((p) => ({ name: p.name, household: h })),
    );
    const target = heads.find((head) => heads.filter((other) => other.name.includes(head.name)).length === 1);
    if (!target) throw new Error(`no head with a name of his own in ${ZONE}`);

    const context = await browser.newContext({
      viewport: PHONE,
      locale: 'zh-CN',
      geolocation: { latitude: 30.2741, longitude: 120.1551, accuracy: 10 },
      permissions: ['geolocation'],
    });
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    await login(page, 'enumerator');
    await page.goto(`${api.url}/zones/${ZONE}`);
    await page.getByText(/^共 \d+ 户$/).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'field-small-zone-phone.png') });
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'field-small-zone-phone-full.png'),
      fullPage: true,
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // Search by the head's name: one card, showing the head; it opens the household.
    await page.getByRole('searchbox', { name: '搜索住户' }).fill(target.name);
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await page.getByText(`“${target.name}” 找到 1 户`).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'field-search-phone.png') });
    const card = page.locator('.household-link');
    expect(await card.count()).toBe(1);
    expect(await card.innerText()).toContain(`户主 ${target.name}`);
    await card.click();
    await page
      .getByRole('heading', { name: new RegExp(`住户 ${ZONE}-${target.household.number}`) })
      .waitFor();

    // Add a household found on the ground: it opens as soon as it is created.
    await page.goto(`${api.url}/zones/${ZONE}`);
    await page.getByRole('button', { name: '+ 新增住户' }).click();
    const form = page.getByRole('form', { name: '新增住户' });
    await form.getByLabel('单元').fill('9');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'field-add-household-phone.png') });
    await form.getByRole('button', { name: '新增并打开' }).click();
    const heading = page.getByRole('heading', { name: new RegExp(`住户 ${ZONE}-\\d{3}`) });
    await heading.waitFor();
    const number = /住户 \d+-(\d{3})/.exec(await heading.innerText())?.[1];
    const added = await enumerator.request(HouseholdByNumberDocument, {
      smallZoneCode: ZONE,
      number: number!,
    });
    expect(added.household).toMatchObject({ unit: '9', stage: 'LISTED' });

    // 建筑物标注: the phone's position is stored on the first building and shown.
    await page.goto(`${api.url}/zones/${ZONE}`);
    await page.getByText(/^建筑物标注（\d+ 栋）$/).click();
    const building = page.locator('.building-location').first();
    await building.getByRole('button', { name: /标注位置|重新标注/ }).click();
    await building.getByText('位置已保存。').waitFor();
    await building.getByText('位置：纬度 30.274100，经度 120.155100').waitFor();
    await building.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'field-building-location-phone.png') });

    await page.getByRole('link', { name: '今日安排', exact: true }).click();
    await page.getByRole('heading', { name: /工作安排/ }).waitFor();
    await page.locator('.agenda-household').first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'field-agenda-phone.png') });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'field-agenda-phone-full.png'), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await context.close();
  });

  it('imports a GBK registry file with one bad row in the browser, downloads the rejects, then exports', async () => {
    const { context, page } = await newPage();
    await login(page, 'officer');
    await page.getByRole('link', { name: '导入', exact: true }).click();
    await page.getByRole('heading', { name: '导入', exact: true }).waitFor();
    // Three good rows (a minority name with its middle dot, A1A4 in GBK) and one with a wrong check character.
    const id = (first17: string) => first17 + citizenIdCheckCharacter(first17);
    const good = ['33010619620101701', '33010619620102702', '33010619620103701'].map(id);
    const bad = id('33010619620104701').endsWith('0') ? '330106196201047011' : '330106196201047010';
    const rows = [
      [good[0], '阿卜杜拉·买买提', '男', '1962-01-01'],
      [good[1], '金丹倩', '女', '1962-01-02'],
      [bad, '王洋俊', '', '1962-01-04'],
      [good[2], '李国强', '男', '1962-01-03'],
    ].map(([citizenId, name, sex, birth]) =>
      [citizenId, name, sex, birth, '上保社区9号101室', '330106002099001', '330106002051'].join(','),
    );
    const csv = `公民身份号码,姓名,性别,出生日期,户籍地址,户号,区划代码\r\n${rows.join('\r\n')}\r\n`;
    await page.getByLabel('文件').setInputFiles({
      name: '公安推送-北山街道.csv',
      mimeType: 'text/csv',
      buffer: encode(csv, 'gbk'),
    });
    await page.getByText('编码：GBK/GB18030').waitFor();
    await page.getByRole('cell', { name: '阿卜杜拉·买买提' }).waitFor();
    await shoot(page, 'imports-preview');
    await page.getByRole('button', { name: '开始导入' }).click();
    const summary = page.locator('.import-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toMatch(/读取\s+4\s+新增或更新\s+3\s+已存在\s+0\s+被拒\s+1/);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载被拒行（CSV）' }).click();
    const rejects = await download;
    expect(rejects.suggestedFilename()).toBe('公安推送-北山街道.rejects.csv');
    const text = readFileSync(await rejects.path(), 'utf8');
    expect(text.startsWith('\uFEFF行号,字段,问题\r\n4,公民身份号码,')).toBe(true);
    expect(text).toContain('校验码');
    await shoot(page, 'imports-summary');

    // The same file again: nothing is applied twice.
    await page.getByRole('button', { name: '开始导入' }).click();
    await page.getByText(/这个文件此前已导入过：1 批/).waitFor();

    await page.getByRole('link', { name: '导出', exact: true }).click();
    await page.getByRole('heading', { name: '导出', exact: true }).waitFor();
    await page.getByRole('option', { name: /北山街道 330106002/ }).waitFor({ state: 'attached' });
    await page.getByRole('button', { name: '开始导出' }).click();
    const link = page.getByRole('link', { name: /下载 persons\.csv/ });
    await link.waitFor();
    // The signed link, never a token, in the address.
    expect(await link.getAttribute('href')).toMatch(/\/exports\/[^/]+\/persons\.csv\?expires=\d+&signature=/);
    const exported = page.waitForEvent('download');
    await link.click();
    const persons = readFileSync(await (await exported).path(), 'utf8');
    expect(persons.startsWith('\uFEFF')).toBe(true);
    expect(persons.split('\r\n').length).toBeGreaterThan(100);
    await shoot(page, 'exports');
    // The brief's folder for these screens.
    const shots = process.env.IMPORTS_SHOTS;
    if (shots) {
      await mkdir(shots, { recursive: true });
      for (const name of ['imports-preview', 'imports-summary', 'exports'])
        for (const size of ['desktop', 'phone'])
          await copyFile(
            path.join(SCREENSHOTS, `${name}-${size}.png`),
            path.join(shots, `${name}-${size}.png`),
          );
    }
    await context.close();
  });
  it('supervisors: team page, queue filtered by enumerator, bulk approve with confirmation, return on 第1人 D5', async () => {
    const { context, page } = await newPage();
    await login(page, 'supervisor');

    // 团队: one row per enumerator with its figures and pace.
    await page.getByRole('link', { name: '团队', exact: true }).click();
    await page.getByRole('heading', { name: '我的团队' }).waitFor();
    const row = page.locator('tr[data-enumerator="enumerator"]');
    await row.waitFor();
    expect(Number(await row.locator('[data-cell=listed]').innerText())).toBeGreaterThan(0);
    await shoot(page, 'team');

    // Home: small-zone cards name their community and enumerator.
    await page.getByRole('link', { name: '区划进度', exact: true }).click();
    await page
      .getByRole('link', { name: /社区 第1普查小区 · 李普查员|村 第1普查小区 · 李普查员/ })
      .first()
      .waitFor();
    await shoot(page, 'home-supervisor');

    // 审核: only 李普查员's households, then two of them approved in one step after the confirmation.
    await page.getByRole('link', { name: '审核', exact: true }).click();
    await page.getByLabel('普查员', { exact: true }).selectOption({ label: '李普查员' });
    const supervisor = await staffClient('supervisor');
    const enumerator = await staffClient('enumerator');
    const { me } = await enumerator.request(MeDocument, {});
    const held = me.zones.map((zone) => zone.code);
    const rows = page.locator('tr.review-item');
    await page.waitForFunction((zones) => {
      const items = [...document.querySelectorAll<HTMLElement>('tr.review-item')];
      return (
        items.length >= 3 && items.every((item) => zones.some((z) => item.dataset.household?.startsWith(z)))
      );
    }, held);
    const codes = await rows.evaluateAll((items) =>
      items.map((item) => (item as HTMLElement).dataset.household!),
    );
    const [first, second, third] = codes;
    await page.getByLabel(`选择 ${first}`).check();
    await page.getByLabel(`选择 ${second}`).check();
    await page.getByRole('button', { name: '批量通过' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText('将 2 户审核通过').waitFor();
    await shoot(page, 'review-confirm', dialog);
    await dialog.getByRole('button', { name: '确认通过 2 户' }).click();
    await page.getByRole('status').filter({ hasText: '已通过 2 户' }).waitFor();
    await page.locator(`tr[data-household="${first}"]`).waitFor({ state: 'detached' });
    for (const code of [first, second]) {
      const [zone, number] = code.split('-');
      const { household } = await supervisor.request(HouseholdByNumberDocument, {
        smallZoneCode: zone,
        number,
      });
      expect(household?.stage).toBe('APPROVED');
    }

    // 退回 the third with a preset reason on 第1人 D5.
    const target = page.locator(`tr[data-household="${third}"]`);
    const href = await target.getByRole('link', { name: third }).getAttribute('href');
    await target.getByRole('button', { name: '退回' }).click();
    const form = target.getByRole('form', { name: '退回住户' });
    await form.getByLabel('退回原因').selectOption({ label: '出生年月与身份证不符' });
    await form.getByLabel('人员').selectOption({ index: 1 });
    expect(await form.getByLabel('项目').inputValue()).toBe('person.birthYearMonth');
    await shoot(page, 'review-return', form);
    await form.getByRole('button', { name: '退回给普查员' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${third} 户已退回` })
      .waitFor();
    await target.waitFor({ state: 'detached' });

    // The read-only summary of a submitted household: text with the form's labels, no inputs.
    const remaining = await rows.evaluateAll((items) =>
      items.map((item) => item.querySelector('a')?.getAttribute('href')).filter(Boolean),
    );
    if (remaining[0]) {
      await page.goto(`${api.url}${remaining[0]}`);
      const summary = page.getByRole('region', { name: '审核摘要' });
      await summary.waitFor();
      expect(await summary.locator('input, select, textarea').count()).toBe(0);
      await summary.getByText('D5 出生年月').first().waitFor();
      await shoot(page, 'review-summary');
    }
    await context.close();

    // The enumerator sees the reason on the household and at D5 of person 1.
    const mine = await newPage();
    await login(mine.page, 'enumerator');
    await mine.page.goto(`${api.url}${href}`);
    const reasons = mine.page.getByRole('region', { name: '退回原因（请逐项修改）' });
    await reasons.getByText('第1人 D5 出生年月：出生年月与身份证不符').waitFor();
    await mine.page
      .locator('[data-person="1"] .field-error', { hasText: '出生年月与身份证不符' })
      .first()
      .waitFor();
    await shoot(mine.page, 'returned-enumerator', reasons);
    await mine.context.close();
  });
  it('staff: the county office assigns 3 unassigned small zones in one step, then resets a password', async () => {
    const { context, page } = await newPage();
    await login(page, 'admin');
    // The home page says how many small zones have no enumerator, and leads to the assignment page.
    const notice = page.locator('.staff-unassigned');
    await notice.getByText(/个普查小区中有 [\d,]+ 个尚未分配普查员/).waitFor();
    await shoot(page, 'staff-home', notice);
    await notice.getByRole('link', { name: '去分配小区' }).click();
    await page.getByRole('heading', { name: '小区分配' }).waitFor();

    const summary = page.getByTestId('assign-summary');
    const counts = async () => {
      // Counts of 1,000 and more are grouped as people write them.
      const match = /^([\d,]+) 个普查小区，([\d,]+) 个已分配，([\d,]+) 个未分配$/.exec(
        await summary.innerText(),
      );
      if (!match) throw new Error(`unexpected summary ${await summary.innerText()}`);
      return match.slice(1).map((count) => Number(count.replace(/,/g, '')));
    };
    await summary.waitFor();
    const [all, assigned, open] = await counts();
    expect(all).toBeGreaterThan(500);
    expect(assigned + open).toBe(all);

    // The first township (北山街道, where the demo's staff belong): its unassigned small zones only (the default).
    await page.getByLabel('乡镇（街道）').selectOption('330106002');
    await page.getByRole('option', { name: /^张普查员（enumerator2）/ }).waitFor({ state: 'attached' });
    const rows = page.locator('.assign-table tbody tr');
    await rows.first().waitFor();
    const codes: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      codes.push(await rows.nth(i).locator('.code').innerText());
      await rows.nth(i).getByRole('checkbox').check();
    }
    await page.getByText('已选 3 个普查小区').waitFor();
    const option = page.getByRole('option', { name: /^张普查员（enumerator2）/ });
    await page.getByLabel('分配给普查员').selectOption(await option.getAttribute('value'));
    await shoot(page, 'staff-assign-selected');
    await page.getByRole('button', { name: '分配所选小区' }).click();
    await page.getByText('已将 3 个普查小区分配给 张普查员。').waitFor();
    // The township's count dropped by three, and the three are no longer listed as unassigned.
    await page.getByLabel('乡镇（街道）').selectOption('');
    await page.waitForFunction(
      (expected) => document.querySelector('[data-testid="assign-summary"]')?.textContent === expected,
      `${all} 个普查小区，${assigned + 3} 个已分配，${open - 3} 个未分配`,
    );
    const enumerator2 = await staffClient('enumerator2');
    const { me } = await enumerator2.request(MeDocument, {});
    expect(me.zones.map((zone) => zone.code)).toEqual(expect.arrayContaining(codes));
    await page.getByLabel('只看未分配').uncheck();
    await page.getByLabel('乡镇（街道）').selectOption('330106002');
    await page.locator('.assign-table tbody tr', { hasText: codes[0] }).getByText('张普查员').waitFor();
    await shoot(page, 'staff-assignments');

    // 普查员分配给普查指导员: two enumerators under the demo supervisor in one step (one assignSupervisor).
    const team = page.getByRole('region', { name: '普查员分配给普查指导员' });
    const ticks = team.locator('.staff-team input[type="checkbox"]');
    await ticks.nth(1).waitFor();
    await ticks.nth(0).check();
    await ticks.nth(1).check();
    const supervisorOption = team.getByRole('option', { name: /（supervisor）$/ });
    await supervisorOption.waitFor({ state: 'attached' });
    await team
      .getByLabel('普查指导员', { exact: true })
      .selectOption(await supervisorOption.getAttribute('value'));
    await team.getByRole('button', { name: '分配所选普查员' }).click();
    await team.getByText(/^已将 2 名普查员分配给 /).waitFor();
    await shoot(page, 'staff-team-assigned', team);

    // 人员管理: reset enumerator2's password to a generated one, shown once; it works at once, the old one no more.
    await page.getByRole('link', { name: '人员管理', exact: true }).click();
    await page.getByRole('heading', { name: '人员管理' }).waitFor();
    await page.getByLabel('搜索姓名或用户名').fill('enumerator2');
    await page.getByText('共 1 个账号').waitFor();
    // enumerator2 signed in above (staffClient): 最近登录 shows when, in Beijing time.
    expect(await page.locator('[data-cell="last-sign-in"]').first().innerText()).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
    );
    await shoot(page, 'staff-list');
    await page.getByRole('button', { name: '管理 张普查员' }).click();
    const panel = page.getByRole('region', { name: '管理账号：张普查员（enumerator2）' });
    await panel.getByRole('button', { name: '生成密码' }).click();
    const password = await panel.getByLabel('密码').inputValue();
    expect(password).toMatch(/^[A-Za-z2-9]{16}$/);
    await panel.getByRole('button', { name: '重置密码' }).click();
    await page.getByText(`新密码：${password}。此密码只显示这一次`, { exact: false }).waitFor();
    await shoot(page, 'staff-password-reset', panel);
    const anonymous = createClient({ url: `${api.url}/graphql` });
    const fresh = await anonymous.request(LoginDocument, { input: { username: 'enumerator2', password } });
    expect(fresh.login.userErrors).toEqual([]);
    const old = await anonymous.request(LoginDocument, {
      input: { username: 'enumerator2', password: PASSWORD },
    });
    expect(old.login.token).toBeNull();
    await context.close();
  });

  it("draws a small zone's buildings on the map (MapLibre, no tiles) and marks one by a click; a township by progress", async () => {
    const enumerator = await staffClient('enumerator');
    const { zone } = await enumerator.request(ZoneMapDocument, { code: ZONE });
    const points = zone!.buildingPoints;
    const located = points.filter((p) => p.building.latitude !== null).length;
    const unmarked = points.find((p) => p.building.latitude === null) ?? points[0];
    const expected = unmarked.building.latitude === null ? located + 1 : located;

    const { context, page } = await newPage();
    const offline: string[] = [];
    // No map service is ever asked for anything: every request goes to the app's own server.
    page.on('request', (request) => {
      if (
        !request.url().startsWith(api.url) &&
        !request.url().startsWith('data:') &&
        !request.url().startsWith('blob:')
      )
        offline.push(request.url());
    });
    await login(page, 'enumerator');
    await page.goto(`${api.url}/zones/${ZONE}`);
    await page.getByRole('link', { name: '查看地图 →' }).click();
    await page.getByRole('heading', { name: /第1普查小区地图/ }).waitFor();
    const map = page.locator('.zone-map');
    // The real MapLibre drew every located building as a point (counted from what it rendered).
    await page.locator(`.zone-map[data-rendered-buildings="${located}"]`).waitFor();
    expect(await map.locator('canvas').count()).toBe(1);
    await shoot(page, 'map-small-zone');

    // Mark a building: its button in the list, then a click on the map.
    const row = page.locator('.map-list li', { hasText: `${unmarked.building.number}号` });
    await row.getByRole('button', { name: /在地图上标注|重新标注/ }).click();
    await page.getByText(`请在地图上点击 ${unmarked.building.number} 号建筑物所在的位置。`).waitFor();
    const box = (await map.boundingBox())!;
    await map.click({ position: { x: box.width / 2, y: box.height / 2 } });
    await page.getByText(`${unmarked.building.number} 号建筑物的位置已保存。`).waitFor();
    await page.locator(`.zone-map[data-rendered-buildings="${expected}"]`).waitFor();
    const after = await enumerator.request(ZoneMapDocument, { code: ZONE });
    const marked = after.zone!.buildingPoints.find((p) => p.building.id === unmarked.building.id)!.building;
    expect(marked.latitude).not.toBeNull();
    expect(marked.longitude).not.toBeNull();
    await shoot(page, 'map-marked');
    // The building's households, from the list.
    await row.getByRole('button', { name: '查看住户' }).click();
    await page.locator('.map-building h4').waitFor();
    await shoot(page, 'map-building', page.locator('.map-building'));
    await context.close();

    // A township: its census zones filled by progress.
    const office = await newPage();
    await login(office.page, 'officer');
    await office.page.goto(`${api.url}/map/330106002`);
    await office.page.getByRole('heading', { name: /北山街道地图/ }).waitFor();
    await office.page.locator('.zone-map[data-rendered-zones]:not([data-rendered-zones="0"])').waitFor();
    await office.page.getByText('短表上报进度（已上报户数 / 住户总数）').waitFor();
    await shoot(office.page, 'map-township');
    await office.context.close();
    expect(offline).toEqual([]);
  });

  it('worklist: the township office filters to one kind, closes 2 items at once with a note, and the roll-up drops', async () => {
    // A registry push for the small zone: its listed households without registry persons become worklist items.
    const admin = await staffClient('admin');
    const stranger = makeCitizenId('330106', { year: 1950, month: 5, day: 5 }, 901, Sex.MALE);
    const { importRegistry } = await admin.request(ImportRegistryDocument, {
      input: {
        idempotencyKey: 'e2e-worklist-registry',
        rows: [
          {
            row: 1,
            citizenId: stranger,
            name: '钱老汉',
            birthDate: '1950-05-05',
            address: '北山路999号',
            registryHouseholdNumber: 'R999',
            zoneCode: ZONE,
          },
        ],
      },
    });
    expect(importRegistry.rejected).toEqual([]);

    const { context, page } = await newPage();
    await login(page, 'officer');
    await page.goto(`${api.url}/zones/${ZONE.slice(0, 12)}`);
    const row = page.locator(`[data-rollup-zone="${ZONE}"]`);
    await row.waitFor();
    const openOf = async () => Number(await row.locator('td').last().getAttribute('data-open'));
    const before = await openOf();
    expect(before).toBeGreaterThan(2);

    const worklist = page.locator('section#worklist, section[aria-labelledby="worklist-title"]');
    await worklist.getByLabel('类型').selectOption('LISTED_HOUSEHOLD_WITHOUT_REGISTRY');
    await worklist.getByLabel('状态').selectOption('OPEN');
    const items = worklist.locator('[data-worklist-item^="LISTED_HOUSEHOLD_WITHOUT_REGISTRY:"]');
    await items.first().waitFor();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-worklist-item]')].every((item) =>
        item.getAttribute('data-worklist-item')!.startsWith('LISTED_HOUSEHOLD_WITHOUT_REGISTRY:'),
      ),
    );
    // Chinese evidence only.
    expect(await items.first().locator('[data-evidence]').first().innerText()).toMatch(
      /^摸底登记：第\d{3}户（普通住户）/,
    );
    expect(await worklist.innerText()).not.toMatch(/LISTING|REGISTRY|Listing/);
    await shoot(page, 'worklist-census-zone', worklist);

    for (const index of [0, 1]) await items.nth(index).getByRole('checkbox', { name: '选择此项' }).check();
    const bulk = worklist.getByRole('group', { name: '批量关闭' });
    await bulk.getByText('已选 2 项').waitFor();
    await bulk.getByLabel('处理结果').selectOption('REGISTRY_OUTDATED');
    await bulk.getByLabel('说明').fill('户籍已迁出，核实无误');
    await bulk.getByRole('button', { name: '批量关闭' }).click();
    await bulk.getByRole('alertdialog').getByText('确认关闭 2 项？').waitFor();
    await shoot(page, 'worklist-confirm', bulk);
    await bulk.getByRole('button', { name: '确认关闭' }).click();
    await worklist.getByText('已关闭 2 项').waitFor();
    await page.waitForFunction(
      ([zone, expected]) =>
        document.querySelector(`[data-rollup-zone="${zone}"] td:last-child`)?.getAttribute('data-open') ===
        String(expected),
      [ZONE, before - 2] as const,
    );
    expect(await openOf()).toBe(before - 2);
    await shoot(page, 'worklist-closed', worklist);

    // The small zone's own list, as the enumerator's page shows it.
    await page.goto(`${api.url}/zones/${ZONE}`);
    await page.locator('[data-worklist-item]').first().waitFor();
    await shoot(page, 'worklist-small-zone', page.locator('section[aria-labelledby="worklist-title"]'));
    await context.close();
  });
  it('long form: an enumerator fills a sampled household with one refusal and submits; the server has it', async () => {
    const enumerator = await staffClient('enumerator');
    const target = await sampledHousehold(enumerator);

    const { context, page } = await newPage();
    await login(page, 'enumerator');
    await page.goto(`${api.url}/zones/${ZONE}`);
    // The small zone's list marks the sampled households.
    await page.locator('[data-long-form-badge]').first().waitFor();
    await page.goto(`${api.url}/households/${target.id}`);
    await page.locator('h1 [data-long-form-badge]').getByText('长表户').waitFor();
    const section = page.locator('[data-long-form]');
    await section.getByRole('heading', { name: '住房情况（H8—H18）' }).waitFor();
    // Person 1's card: C12 出生地 is asked of everyone; the enumerator records a refusal.
    const first = section.locator('[data-lf-person="1"]');
    await first.locator('.person-toggle').click();
    await first.getByRole('checkbox', { name: 'C12 出生地：拒答' }).check();
    expect(await first.locator('[data-item="person.birthplace"] select').isDisabled()).toBe(true);
    await shoot(page, 'long-form-staff', first);
    // Whatever the household has not answered yet, answered.
    await answerTheRest(section);
    await section.getByRole('button', { name: '保存长表' }).click();
    await section.getByRole('status').filter({ hasText: '长表已保存。' }).waitFor();
    await page.getByRole('button', { name: '保存并上报' }).click();
    const bar = page.locator('.save-bar');
    const outcome = page
      .getByRole('status')
      .filter({ hasText: /已上报，等待审核|处问题/ })
      .first();
    await outcome.waitFor();
    if (!(await outcome.innerText()).includes('已上报'))
      throw new Error(`the submit was refused: ${await bar.innerText()}`);
    // The page reloads the household after the submit: the stage badge follows the message.
    await page.locator('h1 .badge[data-stage="SUBMITTED"]').waitFor();
    await context.close();

    const { node } = await enumerator.request(WebHouseholdLongFormDocument, { id: target.id });
    expect(node?.__typename === 'Household' && node.stage).toBe('SUBMITTED');
    const person =
      node?.__typename === 'Household' ? node.persons.find((p) => p.lineNumber === 1) : undefined;
    expect(person?.longForm.answers.find((a) => a.field === 'birthplace')?.state).toBe('REFUSED');
  });

  it('long form: a resident of a sampled household answers it in steps after the short form, with help, and submits', async () => {
    const enumerator = await staffClient('enumerator');
    const target = await sampledHousehold(enumerator, { phone: true });
    const { node } = await enumerator.request(HouseholdPhoneUnmaskedDocument, { id: target.id });
    const phone = node && 'phone' in node ? node.phone : null;
    const { issueSelfReportCode } = await enumerator.request(IssueSelfReportCodeDocument, {
      input: { householdId: target.id },
    });
    const code = issueSelfReportCode.code;
    if (!phone || !code)
      throw new Error(`no code or phone: ${JSON.stringify(issueSelfReportCode.userErrors)}`);

    const { context, page } = await newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`${api.url}/self-report?code=${code.replace('-', '')}`);
    await page.getByLabel('本户联系电话').fill(phone);
    await page.getByRole('button', { name: '开始填报' }).click();
    await page.getByRole('heading', { name: '本户情况' }).waitFor();
    // Through the short form's steps to the long form's first.
    const longForm = page.locator('[data-long-form] h3');
    // The step's own heading (长表) comes at once; its items with their chunk.
    const longFormStep = page.getByRole('heading', { name: '长表', exact: true });
    for (let step = 0; step < 30 && !(await longFormStep.isVisible()); step++) {
      const before = await page.locator('.step-count').textContent();
      await page.getByRole('button', { name: '下一步' }).click();
      await page.waitForFunction(
        (previous) =>
          document.querySelector('.step-count')?.textContent !== previous ||
          document.querySelector('.field-error') !== null,
        before,
      );
      if (await page.locator('.field-error').count())
        throw new Error(`a step refused: ${await page.locator('.field-error').first().textContent()}`);
    }
    await longForm.waitFor();
    await page.getByText(/您家被系统随机抽中/).waitFor();
    await page.getByText(/可以勾选“拒答”/).waitFor();
    // The housing source's help says why it is asked, that it is sealed, that 拒答 is allowed.
    const source = page.locator('[data-item="household.housingSource"]');
    if (await source.count()) {
      await source.getByText('这一项怎么填？').click();
      await source.getByText(/加密保存/).waitFor();
      await shoot(page, 'long-form-resident-help', source);
    }
    // On through the long form to person 1, who refuses C12 出生地.
    const person = page.getByRole('heading', { name: /^长表：第1人/ });
    for (let step = 0; step < 3 && !(await person.isVisible()); step++) {
      await answerTheRest(page.locator('[data-long-form]'));
      const before = await longForm.textContent();
      await page.getByRole('button', { name: '下一步' }).click();
      await page.waitForFunction(
        (previous) =>
          document.querySelector('[data-long-form] h3')?.textContent !== previous ||
          document.querySelector('.field-error') !== null,
        before,
      );
      if (await page.locator('.field-error').count())
        throw new Error(
          `a long-form step refused: ${await page.locator('.field-error').first().textContent()}`,
        );
    }
    await person.waitFor();
    await page.getByRole('checkbox', { name: 'C12 出生地：拒答' }).check();
    await shoot(page, 'long-form-resident-person');
    const summary = page.getByRole('heading', { name: '核对并提交' });
    for (let step = 0; step < 30 && !(await summary.isVisible()); step++) {
      await answerTheRest(page.locator('[data-long-form]'));
      const before = await longForm.textContent();
      await page.getByRole('button', { name: '下一步' }).click();
      await page.waitForFunction(
        (previous) =>
          document.querySelector('[data-long-form] h3')?.textContent !== previous ||
          document.querySelector('.field-error') !== null,
        before,
      );
      if (await page.locator('.field-error').count())
        throw new Error(
          `a long-form step refused: ${await page.locator('.field-error').first().textContent()}`,
        );
    }
    await summary.waitFor();
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page.getByRole('heading', { name: '提交成功，感谢您的配合！' }).waitFor();
    await context.close();

    const after = await enumerator.request(WebHouseholdLongFormDocument, { id: target.id });
    const household = after.node?.__typename === 'Household' ? after.node : undefined;
    expect(household?.stage).toBe('SUBMITTED');
    const first = household?.persons.find((p) => p.lineNumber === 1);
    expect(first?.longForm.answers.find((a) => a.field === 'birthplace')?.state).toBe('REFUSED');
  });

  it('long form without signal: filled with one refusal, kept on the phone across a closed page, on the server once', async () => {
    const enumerator = await staffClient('enumerator');
    const target = await sampledHousehold(enumerator);
    const readForm = async () => {
      const { node } = await enumerator.request(WebHouseholdLongFormDocument, { id: target.id });
      if (node?.__typename !== 'Household') throw new Error(`household ${target.id} is gone`);
      return node;
    };
    // A blank long form to fill (the demo may have answered it): every part saved empty.
    const blank = await readForm();
    const { saveLongForm: cleared } = await enumerator.request(SaveLongFormDocument, {
      input: {
        id: blank.id,
        expectedVersion: blank.version,
        household: [],
        persons: blank.persons.map((person) => ({ id: person.id, answers: [] })),
      },
    });
    if (!cleared.household) throw new Error(JSON.stringify(cleared.userErrors));
    const before = await readForm();

    const { context, page } = await newPage();
    await login(page, 'enumerator');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const status = page.getByTestId('offline-status');
    const open = async (on: Page) => {
      await on.goto(`${api.url}/households/${target.id}`);
      await on.locator('[data-long-form]').getByRole('heading', { name: '住房情况（H8—H18）' }).waitFor();
    };
    await open(page);
    // The long form read with signal is on the phone before the signal goes.
    await page.waitForFunction(
      async (id) => {
        const request = indexedDB.open('census-offline');
        const db = await new Promise<IDBDatabase>(
          (resolve) => (request.onsuccess = () => resolve(request.result)),
        );
        const cached = await new Promise<unknown>((resolve) => {
          const get = db.transaction('keyval').objectStore('keyval').get('query-cache');
          get.onsuccess = () => resolve(get.result);
        });
        db.close();
        return typeof cached === 'string' && cached.includes('WebHouseholdLongForm') && cached.includes(id);
      },
      target.id,
      { polling: 200 },
    );

    await context.setOffline(true);
    await status.filter({ hasText: '离线' }).waitFor();
    const section = page.locator('[data-long-form]');
    const first = section.locator('[data-lf-person="1"]');
    await first.locator('.person-toggle').click();
    await first.getByRole('checkbox', { name: 'C12 出生地：拒答' }).check();
    await answerTheRest(section);
    await section.getByRole('button', { name: '保存长表' }).click();
    await section.getByRole('status').filter({ hasText: '没有信号：已保存在手机上' }).waitFor();
    await status.filter({ hasText: '离线 · 1 项待上传' }).waitFor();
    await shoot(page, 'long-form-offline', section);
    // The draft is on the phone too (what a closed page would otherwise lose).
    await page.waitForFunction(
      async (id) => {
        const request = indexedDB.open('census-offline');
        const db = await new Promise<IDBDatabase>(
          (resolve) => (request.onsuccess = () => resolve(request.result)),
        );
        const kept = await new Promise<unknown>((resolve) => {
          const get = db.transaction('keyval').objectStore('keyval').get(`lfdraft:${id}`);
          get.onsuccess = () => resolve(get.result);
        });
        db.close();
        return kept !== undefined;
      },
      target.id,
      { polling: 200 },
    );
    await page.close();

    // Reopened without signal: the form comes from the phone with what was typed, the save still waits.
    const reopened = await context.newPage();
    reopened.setDefaultTimeout(120_000);
    await open(reopened);
    const statusAgain = reopened.getByTestId('offline-status');
    await statusAgain.filter({ hasText: '离线 · 1 项待上传' }).waitFor();
    const firstAgain = reopened.locator('[data-long-form] [data-lf-person="1"]');
    await firstAgain.locator('.person-toggle').click();
    await reopened.waitForFunction(
      () =>
        document.querySelector<HTMLInputElement>(
          '[data-long-form] [data-lf-person="1"] [data-item="person.birthplace"] input[type="checkbox"]',
        )?.checked === true,
      undefined,
      { polling: 200 },
    );

    // The signal returns: the save is sent once, and nothing waits any more.
    await context.setOffline(false);
    await statusAgain.filter({ hasText: /^在线$/ }).waitFor();
    await context.close();

    const after = await readForm();
    expect(after.version).toBe(before.version + 1);
    const person = after.persons.find((p) => p.lineNumber === 1);
    expect(person?.longForm.answers.find((a) => a.field === 'birthplace')?.state).toBe('REFUSED');
    expect(after.longForm.answers.length).toBeGreaterThan(0);
  });

  it('long form: the township office adds 附1 汽车数 on its zone page; a sampled household of it asks it', async () => {
    const township = ZONE.slice(0, 9);
    const officer = await staffClient('officer');
    try {
      const { context, page } = await newPage();
      await login(page, 'officer');
      await page.goto(`${api.url}/zones/${township}`);
      const card = page.locator('section.card').filter({ hasText: '长表附加项目：车辆' });
      await card.getByText('本区划的长表不询问车辆项目。').waitFor();
      await card.getByRole('button', { name: '加列车辆项目' }).click();
      await card.getByText(/确认为本区划（含全部下级区划）的长表加列/).waitFor();
      await card.getByRole('button', { name: '确认' }).click();
      await card.getByText('本区划的长表询问“附1 汽车数”。').waitFor();
      await card.getByText('由本级普查机构设置。').waitFor();
      await shoot(page, 'long-form-vehicles-zone', card);
      await context.close();

      const enumerator = await staffClient('enumerator');
      const target = await sampledHousehold(enumerator);
      const staff = await newPage();
      await login(staff.page, 'enumerator');
      await staff.page.goto(`${api.url}/households/${target.id}`);
      const cars = staff.page.locator('[data-long-form] [data-item="household.carCount"]');
      await cars.getByText('辆').waitFor();
      await cars.getByRole('checkbox', { name: /拒答/ }).waitFor();
      await shoot(staff.page, 'long-form-vehicles-item', cars);
      await staff.context.close();
    } finally {
      // The other scenarios fill this township's long forms with the standard items.
      const { setLongFormOptions } = await officer.request(SetLongFormOptionsDocument, {
        input: { zoneCode: township, vehicles: null },
      });
      expect(setLongFormOptions.userErrors).toEqual([]);
    }
  });
});
