import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { type CensusClient, GraphQLRequestError, operationNameOf } from '@census/client';

import { household, person } from '../test-fixtures';
import { renderWithApp } from '../test-utils';
import { SelfReportPage } from './SelfReportPage';

type Handler = (operation: string, variables: Record<string, unknown>) => unknown;

/** A scripted API in place of the resident's own client; records operations and the token each one carried. */
function fakeClient(handler: Handler) {
  const calls: string[] = [];
  const client: CensusClient = {
    request: (document, variables) => {
      const operation = operationNameOf(document.toString()) ?? '';
      calls.push(operation);
      // A handler that throws answers a rejected request, as the real client does.
      return new Promise((resolve) => resolve(handler(operation, variables ?? {}) as never));
    },
  };
  return { client, calls };
}

const started = {
  startSelfReport: {
    token: 'resident-token',
    expiresAt: '2999-01-01T02:00:00.000Z',
    household: { id: household.id, smallZoneCode: household.smallZoneCode, number: household.number },
    userErrors: [],
  },
};

function render(handler: Handler, url = '/self-report?code=7k3qdm9x2p') {
  window.history.replaceState(null, '', url);
  const { client, calls } = fakeClient(handler);
  const storage = window.sessionStorage;
  renderWithApp(
    <SelfReportPage client={client} storage={storage} now={() => Date.parse('2026-11-05T10:00:00.000Z')} />,
    { session: null },
  );
  return { calls, storage };
}

function signIn(phone = '15012340698') {
  fireEvent.change(screen.getByLabelText('本户联系电话'), { target: { value: phone } });
  fireEvent.click(screen.getByRole('button', { name: '开始填报' }));
}

beforeEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
});

describe('self-report page', () => {
  it('prefills the code from the address and says so when the code or the phone is wrong', async () => {
    const { calls } = render((operation) => {
      if (operation !== 'StartSelfReport') throw new Error(`unexpected ${operation}`);
      return {
        startSelfReport: {
          token: null,
          expiresAt: null,
          household: null,
          userErrors: [
            { field: ['code'], code: 'INVALID', message: 'The code or the phone number is wrong.' },
          ],
        },
      };
    });
    expect(screen.getByLabelText<HTMLInputElement>('自主填报码').value).toBe('7K3QD-M9X2P');
    signIn('13900000000');
    expect((await screen.findByRole('alert')).textContent).toBe(
      '填报码或电话号码不正确，请核对后重新输入。多次输错后填报码会暂时锁定。',
    );
    expect(calls).toEqual(['StartSelfReport']);
    expect(window.sessionStorage.getItem('census.selfReport')).toBeNull();
  });

  it('tells how long a locked code rests (THROTTLED with retryAfterSeconds)', async () => {
    render(() => {
      throw new GraphQLRequestError('StartSelfReport: Too many wrong attempts [THROTTLED]', {
        url: '/graphql',
        status: 200,
        errors: [
          {
            message: 'Too many wrong attempts; try again in 14 minute(s).',
            extensions: { code: 'THROTTLED', retryAfterSeconds: 812 },
          },
        ],
      });
    });
    signIn();
    expect((await screen.findByRole('alert')).textContent).toBe(
      '输错次数过多，这个填报码已暂时锁定。请 14 分钟后再试。',
    );
  });

  /** The API of a resident's session on `household` with one person, `person`; records the variables sent. */
  function residentApi(overrides: Partial<Record<string, Handler>> = {}, sampled = false) {
    let version = household.version;
    let stored = person;
    const sent: Record<string, unknown[]> = {};
    const handler: Handler = (operation, variables) => {
      (sent[operation] ??= []).push(variables);
      const override = overrides[operation];
      if (override) return override(operation, variables);
      switch (operation) {
        case 'StartSelfReport':
          return started;
        case 'SelfReportHousehold':
          return {
            selfReportHousehold: {
              ...household,
              version,
              persons: [stored],
              longForm: { sampled, status: sampled ? 'INCOMPLETE' : 'NOT_SAMPLED' },
            },
          };
        case 'SelfReportUpdatePerson':
          version += 1;
          stored = { ...person, education: 'MASTER', version: 3 };
          return { selfReportUpdatePerson: { person: stored, userErrors: [] } };
        case 'SelfReportSubmit':
          return {
            selfReportSubmit: {
              household: {
                id: household.id,
                stage: 'SUBMITTED',
                registrationMethod: 'SELF_REPORT',
                version: 6,
              },
              userErrors: [],
            },
          };
        default:
          throw new Error(`unexpected ${operation}`);
      }
    };
    return { handler, sent };
  }

  const next = () => fireEvent.click(screen.getByRole('button', { name: '下一步' }));

  it('goes through the form one step at a time: household, each person, a summary, then submits', async () => {
    window.localStorage.setItem('census.session', '{"token":"staff"}');
    const { handler, sent } = residentApi();
    const { calls } = render(handler);
    signIn();
    await screen.findByRole('heading', { name: '我家的普查表（户编号 003）' });
    // The steps are a chunk of their own, fetched once the code is accepted: first the household's items.
    await screen.findByRole('heading', { name: '本户情况' });
    expect(screen.getByText('第 1 步，共 3 步')).toBeTruthy();
    expect(window.sessionStorage.getItem('census.selfReport')).toContain('resident-token');
    // The enumerator's items are not the resident's to change, and no person is on this step.
    expect(screen.queryByLabelText('户状态')).toBeNull();
    expect(screen.queryByLabelText('H1 户别')).toBeNull();
    expect(screen.queryByText('入户记录')).toBeNull();
    expect(screen.queryByLabelText('D1 姓名')).toBeNull();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '上一步' }).disabled).toBe(true);

    // Nothing changed on the household: the next step without a request.
    next();
    await screen.findByRole('heading', { name: '人员 1：高新凯' });
    expect(screen.getByText('第 2 步，共 3 步')).toBeTruthy();
    expect(screen.queryByLabelText('H2 现住男')).toBeNull();
    fireEvent.change(screen.getByLabelText('D11 受教育程度'), { target: { value: 'MASTER' } });
    next();
    // The step's change is saved before the summary shows.
    await screen.findByRole('heading', { name: '核对并提交' });
    expect(sent['SelfReportUpdatePerson']).toEqual([
      { input: { id: person.id, expectedVersion: person.version, education: 'MASTER' } },
    ]);
    expect(screen.getByText(/高新凯，户主，男，1995 年 2 月出生/)).toBeTruthy();

    // Back to the person: what was saved is there; forward again sends nothing new.
    fireEvent.click(screen.getByRole('button', { name: '上一步' }));
    expect((await screen.findByLabelText<HTMLSelectElement>('D11 受教育程度')).value).toBe('MASTER');
    next();
    await screen.findByRole('heading', { name: '核对并提交' });
    fireEvent.click(screen.getByRole('button', { name: '提交' }));

    await screen.findByRole('heading', { name: '提交成功，感谢您的配合！' });
    expect(calls).toEqual([
      'StartSelfReport',
      'SelfReportHousehold',
      'SelfReportUpdatePerson',
      'SelfReportHousehold',
      'SelfReportHousehold',
      'SelfReportSubmit',
    ]);
    expect(sent['SelfReportSubmit']).toEqual([{ input: { expectedVersion: household.version + 1 } }]);
    expect(window.sessionStorage.getItem('census.selfReport')).toBeNull();
    expect(window.localStorage.getItem('census.session')).toBe('{"token":"staff"}');
  });

  it('a sampled household answers the long form in steps after the persons, with help and 拒答', async () => {
    const longForm = {
      id: household.id,
      version: household.version,
      stage: 'ENUMERATING',
      kind: 'FAMILY',
      dwellingType: 'ORDINARY_DWELLING',
      floorArea: 60.5,
      rooms: 2,
      // The household's township added the vehicle items (长表附加项目：车辆).
      longForm: {
        sampled: true,
        status: 'NOT_STARTED',
        refusedItems: [],
        options: { vehicles: true },
        answers: [],
      },
      persons: [
        {
          id: person.id,
          lineNumber: 1,
          name: '高新凯',
          sex: 'MALE',
          birthYear: 1995,
          birthMonth: 2,
          education: 'BACHELOR',
          version: 2,
          longForm: { answers: [] },
        },
      ],
    };
    const { handler, sent } = residentApi(
      {
        SelfReportLongForm: () => ({ selfReportHousehold: longForm }),
        SelfReportSaveLongForm: () => ({
          selfReportSaveLongForm: { household: { ...longForm, version: 5 }, userErrors: [] },
        }),
      },
      true,
    );
    render(handler);
    signIn();
    await screen.findByRole('heading', { name: '本户情况' });
    expect(screen.getByText('第 1 步，共 4 步')).toBeTruthy();
    next();
    await screen.findByRole('heading', { name: '人员 1：高新凯' });
    next();
    // The long form's own chunk: the housing items first, explained in plain words.
    await screen.findByRole('heading', { name: '长表：住房情况' });
    expect(screen.getByText(/您家被系统随机抽中/)).toBeTruthy();
    expect(screen.getByText(/可以勾选“拒答”/)).toBeTruthy();
    const source = document.querySelector('[data-item="household.housingSource"]') as HTMLElement;
    fireEvent.click(within(source).getByText('这一项怎么填？'));
    expect(within(source).getByText(/加密保存，普查员默认看不到/)).toBeTruthy();
    // Rent and cost wait for H17; refusing it asks neither.
    fireEvent.click(screen.getByRole('checkbox', { name: 'H17 住房来源：拒答' }));
    expect(document.querySelector('[data-item="household.monthlyRent"]')).toBeNull();
    // 附1 汽车数, with its plain-words help; the resident refuses it too.
    const cars = document.querySelector('[data-item="household.carCount"]') as HTMLElement;
    expect(cars.textContent).toContain('附1');
    fireEvent.click(within(cars).getByText('这一项怎么填？'));
    expect(within(cars).getByText(/出行条件/)).toBeTruthy();
    fireEvent.click(within(cars).getByRole('checkbox'));
    next();
    await screen.findByRole('heading', { name: '长表：第1人 高新凯' });
    expect(sent['SelfReportSaveLongForm']).toEqual([
      {
        input: {
          id: household.id,
          expectedVersion: household.version,
          household: [
            { field: 'housingSource', refused: true },
            { field: 'carCount', refused: true },
          ],
          persons: [],
        },
      },
    ]);
    // A man of 25 who works: no births items; occupation with its help.
    expect(document.querySelector('[data-item="person.childrenBorn"]')).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: /^C18/ }), { target: { value: 'YES' } });
    const occupation = document.querySelector('[data-item="person.occupation"]') as HTMLElement;
    expect(within(occupation).getByText('这一项怎么填？')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '上一步' }));
    await screen.findByRole('heading', { name: '长表：住房情况' });
  });

  it('keeps a step until its problems are fixed, and sends nothing meanwhile', async () => {
    const { handler } = residentApi();
    const { calls } = render(handler);
    signIn();
    await screen.findByRole('heading', { name: '本户情况' });
    next();
    await screen.findByRole('heading', { name: '人员 1：高新凯' });
    fireEvent.change(screen.getByLabelText('D5 出生年'), { target: { value: '2035' } });
    fireEvent.change(screen.getByLabelText('D1 姓名'), { target: { value: '' } });
    next();
    await waitFor(() => expect(screen.getByLabelText('D1 姓名').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByLabelText('D5 出生年').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('这一步还有 2 处需要改正，请看标红的地方。')).toBeTruthy();
    expect(screen.getByRole('heading', { name: /人员 1/ })).toBeTruthy();
    expect(calls).toEqual(['StartSelfReport', 'SelfReportHousehold']);
  });

  it('explains D8 and D9 in plain words, closed until asked for', async () => {
    const { handler } = residentApi();
    render(handler);
    signIn();
    await screen.findByRole('heading', { name: '本户情况' });
    // The household's items: who counts as living here (H2).
    expect(screen.getAllByText('这一项怎么填？').length).toBeGreaterThan(0);
    expect(screen.getByText(/租住的外地人员/)).toBeTruthy();
    next();
    await screen.findByRole('heading', { name: '人员 1：高新凯' });
    const d8 = screen.getByLabelText('D8 户口登记地代码').closest('.with-help') as HTMLElement;
    const help = within(d8).getByText('这一项怎么填？').closest('details') as HTMLDetailsElement;
    expect(help.open).toBe(false);
    expect(help.textContent).toContain('户口簿');
    expect(help.textContent).toContain('110105');
    fireEvent.click(within(help).getByText('这一项怎么填？'));
    expect(help.open).toBe(true);
    const d9 = screen.getByLabelText('D9 离开户口登记地时间').closest('.with-help') as HTMLElement;
    expect(d9.textContent).toContain('一年以上，不满二年');
  });

  it('takes the resident to the step of a problem the server finds on submit, shown at its field', async () => {
    const { handler } = residentApi({
      SelfReportSubmit: () => ({
        selfReportSubmit: {
          household: null,
          userErrors: [
            {
              field: ['persons', '1', 'whereabouts'],
              code: 'REQUIRED',
              message: '高新凯 (line 1): D7 is missing.',
            },
          ],
        },
      }),
    });
    render(handler);
    signIn();
    await screen.findByRole('heading', { name: '本户情况' });
    next();
    await screen.findByRole('heading', { name: '人员 1：高新凯' });
    next();
    await screen.findByRole('heading', { name: '核对并提交' });
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    await screen.findByRole('heading', { name: '人员 1：高新凯' });
    const whereabouts = screen.getByLabelText('D7 普查时点居住地');
    await waitFor(() => expect(whereabouts.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.queryByRole('heading', { name: /感谢/ })).toBeNull();
  });

  it('says the session has ended when the server no longer accepts its token', async () => {
    render((operation) => {
      if (operation === 'StartSelfReport') return started;
      throw new GraphQLRequestError('SelfReportHousehold: session closed [UNAUTHENTICATED]', {
        url: '/graphql',
        status: 200,
        errors: [{ message: 'The self-report session is closed.', extensions: { code: 'UNAUTHENTICATED' } }],
      });
    });
    signIn();
    await screen.findByRole('heading', { name: '填报已超时' });
    expect(window.sessionStorage.getItem('census.selfReport')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '重新开始填报' }));
    expect(screen.getByLabelText('自主填报码')).toBeTruthy();
  });
});
