/** 长表 on the staff household page: the items the skip rules ask, 拒答, masked sealed answers, one save, problems at items. */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import type { LongFormHouseholdFieldsFragment } from '@census/client';

import { renderWithApp, testSession } from '../test-utils';
import { LongFormSection } from './LongFormSection';

const masked = {
  item: 'person.occupation',
  field: 'occupation',
  state: 'ANSWERED',
  value: null,
  text: null,
  sealed: true,
  masked: true,
} as const;

const form = (overrides: Partial<LongFormHouseholdFieldsFragment> = {}): LongFormHouseholdFieldsFragment => ({
  id: 'SG91c2Vob2xkOjE',
  version: 4,
  stage: 'ENUMERATING',
  kind: 'FAMILY',
  dwellingType: 'ORDINARY_DWELLING',
  floorArea: 80,
  rooms: 3,
  longForm: {
    sampled: true,
    status: 'INCOMPLETE',
    refusedItems: [],
    options: { vehicles: false },
    answers: [],
  },
  persons: [
    {
      id: 'UGVyc29uOjE',
      lineNumber: 1,
      name: '高新凯',
      sex: 'MALE',
      birthYear: 1985,
      birthMonth: 3,
      education: 'BACHELOR',
      version: 2,
      longForm: {
        answers: [
          {
            item: 'person.workedLastWeek',
            field: 'workedLastWeek',
            state: 'ANSWERED',
            value: 'YES',
            text: '是',
            sealed: false,
            masked: false,
          },
          masked,
        ],
      },
    },
    {
      id: 'UGVyc29uOjI',
      lineNumber: 2,
      name: '李梅',
      sex: 'FEMALE',
      birthYear: 1988,
      birthMonth: 7,
      education: 'SENIOR_SECONDARY',
      version: 2,
      longForm: { answers: [] },
    },
  ],
  ...overrides,
});

function section(
  handler: (operation: string, variables: Record<string, unknown>) => unknown,
  loaded = form(),
) {
  return renderWithApp(
    <LongFormSection
      householdId={loaded.id}
      version={7}
      editable
      reload={() => Promise.resolve()}
      submitProblems={[]}
    />,
    {
      handler: (operation, variables) => {
        if (operation === 'WebHouseholdLongForm' && variables['unmasked'] !== true)
          return { node: { __typename: 'Household', ...loaded } };
        return handler(operation, variables);
      },
    },
  );
}

const card = (line: number) => document.querySelector(`[data-lf-person="${line}"]`) as HTMLElement;
const open = (line: number) => fireEvent.click(within(card(line)).getAllByRole('button')[0]);
const item = (key: string, scope: HTMLElement = document.body) =>
  scope.querySelector<HTMLElement>(`[data-item="${key}"]`);

describe('the long form on the household page', () => {
  it('asks only the items the skip rules ask, and follows the answers as they change', async () => {
    section(() => ({}));
    await screen.findByText('住房情况（H8—H18）');
    expect(item('household.buildingHeight')).not.toBeNull();
    // Rent and cost wait for H17.
    expect(item('household.monthlyRent')).toBeNull();
    fireEvent.change(within(item('household.housingSource')!).getByRole('combobox'), {
      target: { value: 'RENT_OTHER' },
    });
    expect(item('household.monthlyRent')?.textContent).toContain('元/月');
    expect(item('household.purchaseCost')).toBeNull();

    // A man of 35: no births, no health (60+); he worked, so C19-C20 and not C21-C23.
    open(1);
    const man = card(1);
    expect(item('person.childrenBorn', man)).toBeNull();
    expect(item('person.health', man)).toBeNull();
    expect(item('person.industry', man)).not.toBeNull();
    expect(item('person.notWorkingReason', man)).toBeNull();
    fireEvent.change(within(item('person.workedLastWeek', man)!).getByRole('combobox'), {
      target: { value: 'NO' },
    });
    expect(item('person.industry', man)).toBeNull();
    expect(item('person.notWorkingReason', man)).not.toBeNull();
    // A woman of 32 answers the births items.
    open(2);
    expect(item('person.childrenBorn', card(2))).not.toBeNull();
    // The vehicle item is not asked where the office did not add it.
    expect(item('household.carCount')).toBeNull();
    // The options carry the form's codes and Chinese labels.
    expect(within(item('household.buildingHeight')!).getByRole('option', { name: '1 平房' })).toBeTruthy();
  });

  it('shows a sealed answer masked, and saves around it as kept without reading it in full', async () => {
    const { calls } = section((operation, variables) => {
      if (operation === 'WebHouseholdLongForm' && variables['unmasked'] === true) {
        const full = form();
        const [first, second] = full.persons;
        return {
          node: {
            __typename: 'Household',
            ...full,
            persons: [
              {
                ...first,
                longForm: {
                  answers: [
                    first.longForm.answers[0],
                    { ...masked, value: 'PROFESSIONALS', text: '专业技术人员', masked: false },
                  ],
                },
              },
              second,
            ],
          },
        };
      }
      if (operation === 'SaveLongForm') return { saveLongForm: { household: form(), userErrors: [] } };
      return {};
    });
    await screen.findByText('住房情况（H8—H18）');
    open(1);
    const occupation = item('person.occupation', card(1))!;
    expect(within(occupation).getByRole('combobox')).toHaveProperty('value', '');
    expect(occupation.textContent).toContain('已填报（已加密）');
    expect(occupation.textContent).toContain('不改则保留原答案');
    // The enumerator records a refusal of C19 行业 and saves: the masked C20 goes as kept, never read in full
    // (a save that may wait in the outbox on the phone must not hold it).
    fireEvent.click(screen.getByRole('checkbox', { name: 'C19 行业：拒答' }));
    fireEvent.click(screen.getByRole('button', { name: '保存长表' }));
    await screen.findByText('长表已保存。');
    const saves = calls.filter((call) => call.operation === 'SaveLongForm');
    expect(saves).toHaveLength(1);
    expect(
      calls.some((call) => call.operation === 'WebHouseholdLongForm' && call.variables['unmasked']),
    ).toBe(false);
    const { idempotencyKey, ...sent } = saves[0].variables['input'] as Record<string, unknown>;
    expect(typeof idempotencyKey).toBe('string');
    expect(sent).toEqual({
      id: 'SG91c2Vob2xkOjE',
      expectedVersion: 7,
      persons: [
        {
          id: 'UGVyc29uOjE',
          answers: [
            { field: 'workedLastWeek', value: 'YES' },
            { field: 'industry', refused: true },
            { field: 'occupation', kept: true },
          ],
        },
      ],
    });
    expect(JSON.stringify(saves[0].variables)).not.toContain('PROFESSIONALS');
  });

  it('asks 附1 汽车数 where the office added the vehicle items: a number of cars, or 拒答', async () => {
    const loaded = form({
      longForm: {
        sampled: true,
        status: 'INCOMPLETE',
        refusedItems: [],
        options: { vehicles: true },
        answers: [],
      },
    });
    const { calls } = section(
      (operation) =>
        operation === 'SaveLongForm' ? { saveLongForm: { household: loaded, userErrors: [] } } : {},
      loaded,
    );
    await screen.findByText('住房情况（H8—H18）');
    const cars = item('household.carCount')!;
    expect(cars.textContent).toContain('附1');
    expect(cars.textContent).toContain('辆');
    expect(within(cars).getByRole('checkbox', { name: /拒答/ })).toBeTruthy();
    fireEvent.change(within(cars).getByRole('textbox'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: '保存长表' }));
    await screen.findByText('长表已保存。');
    const [save] = calls.filter((call) => call.operation === 'SaveLongForm');
    const { idempotencyKey, ...sent } = save.variables['input'] as Record<string, unknown>;
    expect(typeof idempotencyKey).toBe('string');
    expect(sent).toEqual({
      id: loaded.id,
      expectedVersion: 7,
      household: [{ field: 'carCount', value: '2' }],
      persons: [],
    });
  });

  it("shows each of the server's problems at its item, naming the person", async () => {
    section((operation) =>
      operation === 'SaveLongForm'
        ? {
            saveLongForm: {
              household: null,
              userErrors: [
                {
                  field: ['input', 'persons', '0', 'childrenBorn'],
                  code: 'OUT_OF_RANGE',
                  message: 'server text',
                  messageCode: 'longForm.personItemMissing',
                  params: { line: 2, name: '李梅', item: 'person.childrenBorn' },
                },
              ],
            },
          }
        : {},
    );
    await screen.findByText('住房情况（H8—H18）');
    open(2);
    const children = item('person.childrenBorn', card(2))!;
    fireEvent.change(within(children).getByRole('textbox', { name: /男/ }), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: '保存长表' }));
    await waitFor(() => expect(card(2).classList.contains('person-invalid')).toBe(true));
    expect(within(children).getByRole('alert').textContent).toContain('第2人 李梅');
    expect(within(children).getByRole('alert').textContent).toContain('C26');
    expect(screen.getByText('长表有 1 处问题，请看标红的项目。')).toBeTruthy();
  });

  it("shows a submit's long-form problems at their items, by the person's line", async () => {
    const loaded = form();
    renderWithApp(
      <LongFormSection
        householdId={loaded.id}
        version={4}
        editable
        reload={() => Promise.resolve()}
        submitProblems={[
          {
            field: ['persons', '2', 'birthplace'],
            code: 'REQUIRED',
            message: 'server text',
            messageCode: 'longForm.personItemMissing',
            params: { line: 2, name: '李梅', item: 'person.birthplace' },
          },
        ]}
      />,
      { handler: () => ({ node: { __typename: 'Household', ...loaded } }) },
    );
    await screen.findByText('住房情况（H8—H18）');
    await waitFor(() => expect(card(2).classList.contains('person-invalid')).toBe(true));
    expect(within(item('person.birthplace', card(2))!).getByRole('alert').textContent).toBe(
      '第2人 李梅：长表C12 出生地未填写，也未记为拒答。',
    );
  });

  it('is read-only for a township office, with sealed answers masked', async () => {
    renderWithApp(
      <LongFormSection
        householdId="SG91c2Vob2xkOjE"
        version={4}
        editable
        reload={() => Promise.resolve()}
        submitProblems={[]}
      />,
      {
        session: { ...testSession, account: { ...testSession.account, role: 'TOWNSHIP_OFFICER' } },
        handler: () => ({ node: { __typename: 'Household', ...form() } }),
      },
    );
    await screen.findByText('长表只读。');
    expect(screen.queryByRole('button', { name: '保存长表' })).toBeNull();
    expect(screen.getByText('●●●●（已加密）')).toBeTruthy();
  });
});
