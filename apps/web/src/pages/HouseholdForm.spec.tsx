import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { citizenIdCheckCharacter } from '@census/rules';

import { household, person } from '../test-fixtures';
import { renderWithApp } from '../test-utils';
import { HouseholdForm, type LoadedHousehold } from './HouseholdForm';

const loaded: LoadedHousehold = {
  __typename: 'Household',
  ...household,
  returnReason: null,
  returnReasons: [],
  longForm: { sampled: false, status: 'NOT_SAMPLED' },
  selfReportIssuedAt: null,
  building: null,
  persons: [person],
  visitsConnection: { totalCount: 0, nodes: [] },
  appointmentsConnection: { totalCount: 0, nodes: [] },
  problemsConnection: { totalCount: 0, nodes: [] },
};

const FIRST17 = '33010619950215123';
const RIGHT = FIRST17 + citizenIdCheckCharacter(FIRST17);
const WRONG = FIRST17 + (citizenIdCheckCharacter(FIRST17) === '0' ? '1' : '0');

function idInput() {
  const fieldset = document.querySelector('[data-person="1"]') as HTMLElement;
  return within(fieldset).getByLabelText('D3 公民身份号码');
}

describe('household short form', () => {
  it('labels every input', () => {
    renderWithApp(
      <HouseholdForm household={loaded} reload={() => Promise.resolve()} onMessage={() => undefined} />,
    );
    for (const control of document.querySelectorAll('input, select')) {
      expect({
        name: control.getAttribute('name'),
        labels: (control as HTMLInputElement).labels?.length ?? 0,
      }).toEqual({
        name: control.getAttribute('name'),
        labels: 1,
      });
    }
  });

  it('shows a wrong check character at the field as it is typed, and clears it when fixed', () => {
    renderWithApp(
      <HouseholdForm household={loaded} reload={() => Promise.resolve()} onMessage={() => undefined} />,
    );
    fireEvent.change(idInput(), { target: { value: WRONG } });
    expect(idInput().getAttribute('aria-invalid')).toBe('true');
    const errorId = idInput()
      .getAttribute('aria-describedby')
      ?.split(' ')
      .find((id) => id.endsWith('-error'));
    expect(document.getElementById(errorId ?? '')?.textContent).toBe('身份号码校验码不正确（最后一位）');
    fireEvent.change(idInput(), { target: { value: RIGHT } });
    expect(idInput().getAttribute('aria-invalid')).toBeNull();
  });

  it('does not send a form with rule violations', async () => {
    const messages: string[] = [];
    const { calls } = renderWithApp(
      <HouseholdForm
        household={loaded}
        reload={() => Promise.resolve()}
        onMessage={(m) => messages.push(m)}
      />,
    );
    fireEvent.change(idInput(), { target: { value: WRONG } });
    fireEvent.click(screen.getByRole('button', { name: '保存并上报' }));
    await waitFor(() => expect(messages).toContain('请先改正标出的 1 处问题'));
    expect(calls).toEqual([]);
  });

  it("saves the new ID, submits, and shows the server's userErrors at their fields", async () => {
    const { calls } = renderWithApp(
      <HouseholdForm household={loaded} reload={() => Promise.resolve()} onMessage={() => undefined} />,
      {
        handler: (operation) => {
          switch (operation) {
            case 'SaveHousehold':
              return {
                saveHousehold: {
                  household: {
                    ...loaded,
                    version: 4,
                    persons: [{ ...person, citizenId: '330106********1235', version: 3 }],
                  },
                  userErrors: [],
                  replayed: false,
                },
              };
            case 'WebHousehold':
              return { node: { ...loaded, version: 4 } };
            case 'SubmitHousehold':
              return {
                submitHousehold: {
                  household: null,
                  userErrors: [
                    {
                      field: ['persons', '1', 'ethnicity'],
                      code: 'REQUIRED',
                      message: '高新凯 (line 1): D6 ethnicity is missing.',
                    },
                    {
                      field: ['household', 'presentFemale'],
                      code: 'MISMATCH',
                      message: 'H2 presentFemale is 0 but the persons listed give 1.',
                    },
                  ],
                },
              };
            default:
              throw new Error(`unexpected ${operation}`);
          }
        },
      },
    );
    fireEvent.change(idInput(), { target: { value: RIGHT } });
    fireEvent.click(screen.getByRole('button', { name: '保存并上报' }));
    const fieldset = document.querySelector('[data-person="1"]') as HTMLElement;
    const ethnicity = within(fieldset).getByLabelText('D6 民族');
    await waitFor(() => expect(ethnicity.getAttribute('aria-invalid')).toBe('true'));
    expect(calls.map((c) => c.operation)).toEqual(['SaveHousehold', 'WebHousehold', 'SubmitHousehold']);
    const { idempotencyKey, ...sent } = calls[0]?.variables['input'] as Record<string, unknown>;
    expect(sent).toEqual({
      id: household.id,
      expectedVersion: household.version,
      persons: [{ id: person.id, expectedVersion: 2, citizenId: RIGHT }],
    });
    expect(typeof idempotencyKey).toBe('string');
    expect(within(fieldset).getByText(/D6 ethnicity is missing/)).toBeTruthy();
    expect(screen.getByLabelText('H2 现住女').getAttribute('aria-invalid')).toBe('true');
    // The ID on file is now the saved one, and the field is empty again.
    expect(within(fieldset).getByText('已登记 330106********1235；留空则不改')).toBeTruthy();
    expect((idInput() as HTMLInputElement).value).toBe('');
  });

  it.each([
    ['zh', 'H2 现住女填的是 0，但所列人员合计为 1。', '第1人 高新凯：D6 民族未填写。'],
    [
      'en',
      'H2 Present, female is 0 but the persons listed give 1.',
      'Person 1 高新凯: D6 Ethnicity is missing.',
    ],
  ] as const)(
    'renders the server userErrors from their code and params in %s',
    async (lang, counts, ethnicity) => {
      renderWithApp(
        <HouseholdForm household={loaded} reload={() => Promise.resolve()} onMessage={() => undefined} />,
        {
          lang,
          handler: (operation) => {
            if (operation === 'WebHousehold') return { node: loaded };
            if (operation !== 'SubmitHousehold') throw new Error(`unexpected ${operation}`);
            return {
              submitHousehold: {
                household: null,
                userErrors: [
                  {
                    field: ['persons', '1', 'ethnicity'],
                    code: 'REQUIRED',
                    // The server's text in another language: the web renders its own from code and params.
                    message: 'server text',
                    messageCode: 'household.personItemMissing',
                    params: {
                      line: 1,
                      name: '高新凯',
                      item: 'person.ethnicity',
                      reason: 'always',
                      minAge: 0,
                    },
                  },
                  {
                    field: ['household', 'presentFemale'],
                    code: 'MISMATCH',
                    message: 'server text',
                    messageCode: 'household.countsMismatch',
                    params: { item: 'household.presentFemale', given: 0, expected: 1 },
                  },
                  {
                    field: ['input', 'id'],
                    code: 'INVALID',
                    message: '未来的服务器才有的说明',
                    messageCode: 'some.codeThisWebDoesNotKnow',
                    params: {},
                  },
                ],
              },
            };
          },
        },
      );
      fireEvent.click(screen.getByRole('button', { name: lang === 'zh' ? '保存并上报' : 'Save and submit' }));
      await waitFor(() => expect(screen.getAllByText(counts).length).toBeGreaterThan(0));
      expect(screen.getAllByText(ethnicity).length).toBeGreaterThan(0);
      // An unknown code falls back to the server's own message.
      expect(screen.getAllByText('未来的服务器才有的说明').length).toBeGreaterThan(0);
      expect(screen.queryByText('server text')).toBeNull();
    },
  );
  it('saves the household items and a new person in one request, and shows every refusal at its field', async () => {
    const messages: string[] = [];
    const { calls } = renderWithApp(
      <HouseholdForm
        household={loaded}
        reload={() => Promise.resolve()}
        onMessage={(m) => messages.push(m)}
      />,
      {
        handler: (operation) => {
          if (operation !== 'SaveHousehold') throw new Error(`unexpected ${operation}`);
          return {
            saveHousehold: {
              household: null,
              userErrors: [
                { field: ['input', 'rooms'], code: 'OUT_OF_RANGE', message: 'H7 rooms is out of range.' },
                {
                  field: ['input', 'persons', '0', 'name'],
                  code: 'INVALID',
                  message: 'Name is not a name.',
                },
              ],
              replayed: false,
            },
          };
        },
      },
    );
    fireEvent.change(screen.getByLabelText('H7 房间数'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: '添加人员' }));
    const added = document.querySelector('[data-person="new1"]') as HTMLElement;
    fireEvent.change(within(added).getByLabelText('D1 姓名'), { target: { value: '高小凯' } });
    fireEvent.change(within(added).getByLabelText('D2 与户主关系'), { target: { value: 'CHILD' } });
    fireEvent.change(within(added).getByLabelText('D4 性别'), { target: { value: 'MALE' } });
    fireEvent.change(within(added).getByLabelText('D5 出生年'), { target: { value: '2015' } });
    fireEvent.change(within(added).getByLabelText('D5 出生月'), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() =>
      expect(within(added).getByLabelText('D1 姓名').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(calls.map((c) => c.operation)).toEqual(['SaveHousehold']);
    const input = calls[0].variables['input'] as { rooms: number; persons: { id?: string; name: string }[] };
    expect(input.rooms).toBe(3);
    expect(input.persons).toEqual([expect.objectContaining({ name: '高小凯', birthMonth: 4 })]);
    expect(screen.getByLabelText('H7 房间数').getAttribute('aria-invalid')).toBe('true');
  });
});
