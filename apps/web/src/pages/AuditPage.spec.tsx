import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { renderWithApp } from '../test-utils';
import { AuditPage } from './AuditPage';

const HOUSEHOLD = '住户 330106002051001-005';

const entries = [
  {
    at: '2020-11-01T16:30:00.000Z',
    actor: 'enumerator',
    action: 'UPDATE',
    entityType: 'Household',
    subject: HOUSEHOLD,
    smallZoneCode: '330106002051001',
    item: null,
    changes: [
      { item: 'kind', before: 'FAMILY', after: 'COLLECTIVE' },
      { item: 'phone', before: null, after: '139****5678' },
    ],
  },
  {
    at: '2020-11-01T08:00:00.000Z',
    actor: 'enumerator',
    action: 'UPDATE',
    entityType: 'Person',
    subject: `人员 王德福（${HOUSEHOLD} 第2人）`,
    smallZoneCode: '330106002051001',
    item: null,
    changes: [
      { item: 'birthYear', before: '1950', after: '1951' },
      { item: 'note', before: '=cmd', after: '说明, "引号"' },
    ],
  },
  {
    at: '2020-11-01T07:00:00.000Z',
    actor: 'supervisor',
    action: 'UNMASK',
    entityType: 'Person',
    subject: `人员 王德福（${HOUSEHOLD} 第2人）`,
    smallZoneCode: '330106002051001',
    item: 'citizenId',
    changes: [],
  },
  {
    at: '2020-11-01T06:00:00.000Z',
    actor: 'county-system',
    action: 'UNMASK',
    entityType: 'ExportJob',
    subject: '导出任务',
    smallZoneCode: '330106',
    item: 'citizenId,phone,longForm (bulk export)',
    changes: [],
  },
  {
    at: '2020-11-01T05:00:00.000Z',
    actor: 'enumerator',
    action: 'UPDATE',
    entityType: 'Household',
    subject: HOUSEHOLD,
    smallZoneCode: '330106002051001',
    item: null,
    changes: [],
  },
];

/** jsdom's Blob has no text(); FileReader reads its bytes. */
function readBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(new Error('unreadable'));
    reader.readAsArrayBuffer(blob);
  });
}

describe('audit page', () => {
  let saved: { name: string; blob: Blob } | undefined;
  beforeEach(() => {
    saved = undefined;
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob) => {
      blob = b;
      return 'blob:audit';
    };
    URL.revokeObjectURL = () => undefined;
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (blob) saved = { name: this.download, blob };
    });
  });
  afterEach(() => jest.restoreAllMocks());

  const handler = () => ({
    auditLog: { totalCount: 5, pageInfo: { hasNextPage: false, endCursor: 'c1' }, nodes: entries },
  });

  it('shows each entry as a row: Beijing time, operator, action and object, the changed items with the form labels', async () => {
    renderWithApp(<AuditPage />, { handler });
    await screen.findByText('共 5 条');
    const rows = document.querySelectorAll('.audit-list > li');
    expect(rows).toHaveLength(5);
    const first = within(rows[0] as HTMLElement);
    expect(first.getByText('2020-11-02 00:30')).toBeTruthy();
    expect(first.getByText('修改')).toBeTruthy();
    expect(first.getByText(HOUSEHOLD)).toBeTruthy();
    expect(rows[0].textContent).toContain('H1 户别家庭户 → 集体户');
    expect(rows[0].textContent).toContain('联系电话（空） → 139****5678');
    expect(rows[1].textContent).toContain('D5 出生年1950 → 1951');
    expect(rows[2].textContent).toContain('查看明文：D3 公民身份号码');
    expect(rows[3].textContent).toContain('查看明文：D3 公民身份号码、联系电话、长表（批量导出）');
    expect(rows[4].textContent).toContain('无变更项');
    // No global ID, no raw JSON.
    expect(document.body.textContent).not.toMatch(/[{}]|SG91c2V/);
  });

  it('names worklist closings and imported zones with their Chinese labels and options', async () => {
    const closings = [
      {
        at: '2020-11-03T02:00:00.000Z',
        actor: 'township',
        action: 'UPDATE',
        entityType: 'WorklistItem',
        subject: '比对事项 摸底有户、公安无户（330106002051001）',
        smallZoneCode: '330106002051001',
        item: null,
        changes: [
          { item: 'note', before: null, after: '已搬走' },
          { item: 'outcome', before: null, after: 'NOT_LIVING_HERE' },
        ],
      },
      {
        at: '2020-11-03T01:00:00.000Z',
        actor: 'county',
        action: 'CREATE',
        entityType: 'Zone',
        subject: '普查小区 第901普查小区（330106002051901）',
        smallZoneCode: '330106002051901',
        item: null,
        changes: [{ item: 'level', before: null, after: 'SMALL_ZONE' }],
      },
    ];
    renderWithApp(<AuditPage />, {
      handler: () => ({
        auditLog: { totalCount: 2, pageInfo: { hasNextPage: false, endCursor: 'c1' }, nodes: closings },
      }),
    });
    await screen.findByText('共 2 条');
    const rows = document.querySelectorAll('.audit-list > li');
    expect(rows[0].textContent).toContain('比对事项 摸底有户、公安无户（330106002051001）');
    expect(rows[0].textContent).toContain('处理结果（空） → 不在此居住');
    expect(rows[0].textContent).toContain('备注（空） → 已搬走');
    expect(rows[1].textContent).toContain('层级普查小区');
    expect(screen.getByRole('option', { name: '比对事项' })).toBeTruthy();
  });

  it('sends the filters: Beijing days, operator, zone, action and kind of object', async () => {
    const { calls } = renderWithApp(<AuditPage />, { handler });
    await screen.findByText('共 5 条');
    fireEvent.change(screen.getByLabelText('起始日期'), { target: { value: '2020-11-01' } });
    fireEvent.change(screen.getByLabelText('截止日期'), { target: { value: '2020-11-02' } });
    fireEvent.change(screen.getByLabelText('操作人（用户名）'), { target: { value: 'enumerator' } });
    fireEvent.change(screen.getByLabelText('区划代码'), { target: { value: '330106002' } });
    fireEvent.change(screen.getByLabelText('操作类型'), { target: { value: 'UPDATE' } });
    fireEvent.change(screen.getByLabelText('对象类型'), { target: { value: 'Household' } });
    await waitFor(() =>
      expect(calls.at(-1)?.variables).toEqual({
        first: 100,
        from: '2020-11-01',
        to: '2020-11-02',
        actor: 'enumerator',
        zoneCode: '330106002',
        action: 'UPDATE',
        entityType: 'Household',
      }),
    );
  });

  it('exports the filtered log as CSV with Chinese headers, a byte-order mark and one line per changed item', async () => {
    renderWithApp(<AuditPage />, { handler });
    await screen.findByText('共 5 条');
    fireEvent.click(screen.getByRole('button', { name: '导出 CSV' }));
    await waitFor(() => expect(saved).toBeDefined());
    expect(saved!.name).toMatch(/^操作日志-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readBytes(saved!.blob);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe('时间,操作人,操作,对象,变更项,原值,新值');
    expect(lines[1]).toBe(`2020-11-02 00:30,enumerator,修改,${HOUSEHOLD},H1 户别,家庭户,集体户`);
    expect(lines[2]).toBe(`2020-11-02 00:30,enumerator,修改,${HOUSEHOLD},联系电话,,139****5678`);
    // A value a spreadsheet would run as a formula is kept as text; commas and quotes are quoted.
    expect(lines[4]).toContain(`,备注,'=cmd,"说明, ""引号"""`);
    expect(lines[5]).toContain('查看明文,人员 王德福');
    expect(lines[5]).toContain(',D3 公民身份号码,,');
    expect(lines).toHaveLength(9);
  });
});
