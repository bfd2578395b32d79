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

  it('fills the own form without staff-only parts, submits, and thanks the resident; the staff login stays', async () => {
    window.localStorage.setItem('census.session', '{"token":"staff"}');
    let version = household.version;
    const submitted: unknown[] = [];
    const { calls } = render((operation, variables) => {
      switch (operation) {
        case 'StartSelfReport':
          return started;
        case 'SelfReportHousehold':
          return { selfReportHousehold: { ...household, version, persons: [person] } };
        case 'SelfReportUpdatePerson':
          version += 1;
          return {
            selfReportUpdatePerson: {
              person: { ...person, education: 'MASTER', version: 3 },
              userErrors: [],
            },
          };
        case 'SelfReportSubmit':
          submitted.push(variables);
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
    });
    signIn();
    await screen.findByRole('heading', { name: '我家的普查表（户编号 003）' });
    // The form is a chunk of its own, fetched once the code is accepted.
    await screen.findByRole('button', { name: '保存并上报' });
    expect(window.sessionStorage.getItem('census.selfReport')).toContain('resident-token');
    // The enumerator's items are not the resident's to change.
    expect(screen.queryByLabelText('户状态')).toBeNull();
    expect(screen.queryByLabelText('H1 户别')).toBeNull();
    expect(screen.queryByText('入户记录')).toBeNull();

    const fieldset = document.querySelector('[data-person="1"]') as HTMLElement;
    fireEvent.change(within(fieldset).getByLabelText('D11 受教育程度'), { target: { value: 'MASTER' } });
    fireEvent.click(screen.getByRole('button', { name: '保存并上报' }));

    await screen.findByRole('heading', { name: '提交成功，感谢您的配合！' });
    expect(calls).toEqual([
      'StartSelfReport',
      'SelfReportHousehold',
      'SelfReportUpdatePerson',
      'SelfReportHousehold',
      'SelfReportHousehold',
      'SelfReportSubmit',
    ]);
    expect(submitted).toEqual([{ input: { expectedVersion: household.version + 1 } }]);
    expect(window.sessionStorage.getItem('census.selfReport')).toBeNull();
    expect(window.localStorage.getItem('census.session')).toBe('{"token":"staff"}');
  });

  it('shows the server userErrors of the submit at their fields', async () => {
    render((operation) => {
      switch (operation) {
        case 'StartSelfReport':
          return started;
        case 'SelfReportHousehold':
          return { selfReportHousehold: { ...household, persons: [person] } };
        case 'SelfReportSubmit':
          return {
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
          };
        default:
          throw new Error(`unexpected ${operation}`);
      }
    });
    signIn();
    await screen.findByRole('heading', { name: /我家的普查表/ });
    fireEvent.click(screen.getByRole('button', { name: '保存并上报' }));
    const fieldset = document.querySelector('[data-person="1"]') as HTMLElement;
    const whereabouts = within(fieldset).getByLabelText('D7 普查时点居住地');
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
