/** The phone-first household page: person cards, the save bar, deleting a person, the next household, the phone. */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';

import { household, person } from '../test-fixtures';
import { renderWithApp, testSession } from '../test-utils';
import { HouseholdForm, type LoadedHousehold } from './HouseholdForm';
import { HouseholdPhone } from './HouseholdPhone';
import { NextHousehold } from './NextHousehold';

const loaded: LoadedHousehold = {
  __typename: 'Household',
  ...household,
  returnReason: null,
  returnReasons: [],
  longForm: { sampled: false, status: 'NOT_SAMPLED' },
  selfReportIssuedAt: null,
  building: null,
  persons: [
    person,
    {
      ...person,
      id: 'UGVyc29uOjg',
      lineNumber: 2,
      name: '高小红',
      relationship: 'CHILD',
      sex: 'FEMALE',
      birthYear: 2015,
      birthMonth: 6,
      version: 1,
    },
  ],
  visitsConnection: { totalCount: 0, nodes: [] },
  appointmentsConnection: { totalCount: 0, nodes: [] },
  problemsConnection: { totalCount: 0, nodes: [] },
};

const card = (key: string) => document.querySelector(`[data-person-card="${key}"]`) as HTMLElement;
const toggle = (key: string) => within(card(key)).getAllByRole('button')[0];
const bar = () => document.querySelector('.save-bar') as HTMLElement;

function form(handler: (operation: string, variables: Record<string, unknown>) => unknown = () => ({})) {
  return renderWithApp(
    <HouseholdForm household={loaded} reload={() => Promise.resolve()} afterSubmit={<p>下一户链接</p>} />,
    { handler },
  );
}

describe("the long form's problems on submit", () => {
  it('lists them in the bar named by the long-form item, and hands them to the long form', async () => {
    const told: unknown[] = [];
    const problem = {
      field: ['household', 'housingSource'],
      code: 'REQUIRED',
      message: 'server text',
      messageCode: 'longForm.householdItemMissing',
      params: { item: 'household.housingSource' },
    };
    renderWithApp(
      <HouseholdForm
        household={loaded}
        reload={() => Promise.resolve()}
        onSubmitProblems={(errors) => told.push(...errors)}
      />,
      {
        handler: (operation) =>
          operation === 'WebHousehold'
            ? { node: loaded }
            : { submitHousehold: { household: null, userErrors: [problem] } },
      },
    );
    fireEvent.click(screen.getByRole('button', { name: '保存并上报' }));
    const item = await within(bar()).findByText('H17 住房来源');
    expect(item.parentElement?.textContent).toContain('长表H17 住房来源未填写，也未记为拒答。');
    expect(told).toEqual([problem]);
  });
});

describe('persons as cards', () => {
  it('shows each saved person as a collapsed card with a summary line, expanded on request', () => {
    form();
    expect(toggle('1').textContent).toContain('第1人 高新凯 · 户主 · 男 · 25 岁');
    expect(toggle('2').textContent).toContain('第2人 高小红 · 子女 · 女 · 5 岁');
    expect(toggle('1').getAttribute('aria-expanded')).toBe('false');
    expect(within(card('1')).queryByRole('combobox', { name: 'D6 民族' })).toBeNull();
    fireEvent.click(toggle('1'));
    expect(toggle('1').getAttribute('aria-expanded')).toBe('true');
    expect(within(card('1')).getByRole('combobox', { name: 'D6 民族' })).toBeTruthy();
  });

  it('expands and marks a person whose item has a problem; the bar lists it and goes to its field', async () => {
    form((operation) => {
      if (operation === 'WebHousehold') return { node: loaded };
      return {
        submitHousehold: {
          household: null,
          userErrors: [
            {
              field: ['persons', '2', 'ethnicity'],
              code: 'REQUIRED',
              message: 'server text',
              messageCode: 'household.personItemMissing',
              params: { line: 2, name: '高小红', item: 'person.ethnicity', reason: 'always', minAge: 0 },
            },
          ],
        },
      };
    });
    fireEvent.click(screen.getByRole('button', { name: '保存并上报' }));
    await waitFor(() => expect(card('2').classList.contains('person-invalid')).toBe(true));
    expect(toggle('2').getAttribute('aria-expanded')).toBe('true');
    expect(toggle('2').textContent).toContain('有问题');
    expect(toggle('1').getAttribute('aria-expanded')).toBe('false');
    // The short status and the list are in the bar at the bottom, not at the top of the page.
    expect(within(bar()).getByRole('status').textContent).toBe('请先改正标出的 1 处问题');
    const link = within(bar()).getByRole('button', { name: /第2人 D6 民族/ });
    expect(link.textContent).toContain('第2人 高小红：D6 民族未填写。');
    // Collapsed by hand, the card opens again when its problem is chosen, with the focus at the field.
    fireEvent.click(toggle('2'));
    expect(toggle('2').getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(link);
    await waitFor(() => expect(document.activeElement?.getAttribute('name')).toBe('persons.2.ethnicity'));
    expect(toggle('2').getAttribute('aria-expanded')).toBe('true');
  });

  it('offers the next household in the bar after a successful submit', async () => {
    form((operation) => {
      if (operation === 'WebHousehold') return { node: loaded };
      return { submitHousehold: { household: { ...loaded, stage: 'SUBMITTED' }, userErrors: [] } };
    });
    expect(within(bar()).queryByText('下一户链接')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '保存并上报' }));
    await within(bar()).findByText('下一户链接');
    expect(within(bar()).getByRole('status').textContent).toBe('已上报，等待审核');
  });
});

describe('deleting a person', () => {
  it('asks first, then deletes a saved person on the server', async () => {
    const { calls } = form((operation) => {
      if (operation === 'DeletePerson') return { deletePerson: { deletedId: 'UGVyc29uOjg', userErrors: [] } };
      throw new Error(`unexpected ${operation}`);
    });
    fireEvent.click(toggle('2'));
    fireEvent.click(within(card('2')).getByRole('button', { name: '删除此人' }));
    expect(within(card('2')).getByText('确定删除第2人 高小红？删除后不能恢复。')).toBeTruthy();
    expect(calls).toEqual([]);
    fireEvent.click(within(card('2')).getByRole('button', { name: '取消' }));
    expect(within(card('2')).queryByText(/确定删除/)).toBeNull();
    fireEvent.click(within(card('2')).getByRole('button', { name: '删除此人' }));
    fireEvent.click(within(card('2')).getByRole('button', { name: '确定删除' }));
    await waitFor(() => expect(card('2')).toBeNull());
    expect(calls).toEqual([
      { operation: 'DeletePerson', variables: { input: { id: 'UGVyc29uOjg', expectedVersion: 1 } } },
    ]);
    expect(within(bar()).getByRole('status').textContent).toBe('已删除第2人 高小红');
  });

  it("shows the server's refusal on the card", async () => {
    form(() => ({
      deletePerson: {
        deletedId: null,
        userErrors: [
          { field: ['input', 'expectedVersion'], code: 'CONFLICT', message: '此人员已被他人修改。' },
        ],
      },
    }));
    fireEvent.click(toggle('2'));
    fireEvent.click(within(card('2')).getByRole('button', { name: '删除此人' }));
    fireEvent.click(within(card('2')).getByRole('button', { name: '确定删除' }));
    await within(card('2')).findByText('此人员已被他人修改。');
  });

  it('removes a person not yet saved without asking the server', () => {
    const { calls } = form();
    fireEvent.click(screen.getByRole('button', { name: '添加人员' }));
    expect(toggle('new1').getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(within(card('new1')).getByRole('button', { name: '删除此人' }));
    expect(within(card('new1')).getByText('确定去掉这位尚未保存的人员？')).toBeTruthy();
    fireEvent.click(within(card('new1')).getByRole('button', { name: '确定删除' }));
    expect(card('new1')).toBeNull();
    expect(calls).toEqual([]);
  });
});

describe('next household', () => {
  const open = (id: string, number: string) => ({ ...household, id, number, building: null });

  it('links the next household of the small zone not yet submitted', async () => {
    const { calls } = renderWithApp(<NextHousehold household={household} />, {
      handler: () => ({
        households: {
          nodes: [open('SG91c2Vob2xkOjE', '001'), open(household.id, '003'), open('SG91c2Vob2xkOjU', '005')],
        },
      }),
    });
    const link = await screen.findByRole('link', { name: /下一户：330106002051001-005/ });
    expect(link.getAttribute('href')).toBe('/households/SG91c2Vob2xkOjU');
    expect(calls[0]?.variables).toEqual({
      filter: { zoneCode: household.smallZoneCode, stage: ['LISTED', 'ENUMERATING', 'RETURNED'] },
      first: 100,
    });
  });

  it('goes round to an earlier one, and says when none is left', async () => {
    const { unmount } = renderWithApp(<NextHousehold household={household} />, {
      handler: () => ({ households: { nodes: [open('SG91c2Vob2xkOjE', '001')] } }),
    });
    expect(await screen.findByRole('link', { name: /下一户：330106002051001-001/ })).toBeTruthy();
    unmount();
    renderWithApp(<NextHousehold household={household} />, {
      handler: () => ({ households: { nodes: [open(household.id, '003')] } }),
    });
    await screen.findByText(/本普查小区的住户都已上报/);
    expect(screen.getByRole('link').getAttribute('href')).toBe(`/zones/${household.smallZoneCode}`);
  });
});

describe("the household's phone", () => {
  it('shows the masked phone, and the full one as a tel: link on request', async () => {
    const { calls } = renderWithApp(<HouseholdPhone household={household} />, {
      handler: () => ({ node: { id: household.id, phone: '15012340698' } }),
    });
    expect(screen.getByText('150****0698')).toBeTruthy();
    expect(calls).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: '显示号码' }));
    const link = await screen.findByRole('link', { name: '拨打 15012340698' });
    expect(link.getAttribute('href')).toBe('tel:15012340698');
    expect(calls.map((c) => c.operation)).toEqual(['HouseholdPhoneUnmasked']);
  });

  it('offers no button to roles the API does not let read it', () => {
    renderWithApp(<HouseholdPhone household={household} />, {
      session: { ...testSession, account: { ...testSession.account, role: 'COUNTY_ADMIN' } },
    });
    expect(screen.getByText('150****0698')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it("shows the API's coded refusal", async () => {
    renderWithApp(<HouseholdPhone household={household} />, {
      handler: () => {
        throw Object.assign(new Error('Forbidden'), {
          errors: [
            {
              message: 'Forbidden',
              extensions: {
                code: 'FORBIDDEN',
                messageCode: 'auth.unmaskForbidden',
                params: { item: 'household.phone', allowed: 'ENUMERATOR, SUPERVISOR, INTEGRATION' },
              },
            },
          ],
        });
      },
    });
    fireEvent.click(screen.getByRole('button', { name: '显示号码' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).not.toBe('Forbidden');
    expect(alert.textContent).toContain('联系电话');
    await act(() => Promise.resolve());
  });
});
