import { fireEvent, screen, waitFor } from '@testing-library/react';

import { household } from '../test-fixtures';
import { renderWithApp } from '../test-utils';
import { HouseholdActivity, localInput, useActivityLists } from './HouseholdActivity';
import type { LoadedHousehold } from './HouseholdForm';
import { HouseholdQuickActions } from './HouseholdQuickActions';

const loaded: LoadedHousehold = {
  __typename: 'Household',
  ...household,
  returnReason: null,
  returnReasons: [],
  longForm: { sampled: false, status: 'NOT_SAMPLED' },
  selfReportIssuedAt: null,
  building: null,
  persons: [],
  visitsConnection: { totalCount: 0, nodes: [] },
  appointmentsConnection: { totalCount: 0, nodes: [] },
  problemsConnection: { totalCount: 0, nodes: [] },
};

const VISIT = {
  id: 'VmlzaXQ6MQ',
  visitedAt: '2026-11-02T01:00:00.000Z',
  slot: 'MORNING',
  method: 'IN_PERSON',
  outcome: 'NOBODY_HOME',
  note: '邻居说晚上在家',
} as const;

/** A time some days ahead, as the appointment form's input takes it and as the API answers it. */
const AHEAD = new Date(Date.now() + 3 * 86_400_000);
AHEAD.setSeconds(0, 0);

const APPOINTMENT = {
  id: 'QXBwb2ludG1lbnQ6MQ',
  plannedAt: AHEAD.toISOString(),
  slot: 'EVENING',
  contact: null,
  note: '晚上七点',
  status: 'PLANNED',
} as const;

/** The top of the household page and its history, sharing the lists as the page does. */
function Page({ reload }: { reload: () => Promise<void> }) {
  const lists = useActivityLists(loaded);
  return (
    <>
      <HouseholdQuickActions household={loaded} lists={lists} reload={reload} />
      <HouseholdActivity household={loaded} reload={reload} lists={lists} />
    </>
  );
}

const recorded = (visit: object) => ({
  recordVisit: {
    visit: { ...visit, household: { id: household.id, visitsConnection: { totalCount: 1, nodes: [visit] } } },
    userErrors: [],
  },
});

describe('household activity', () => {
  it("records a visit and an appointment from the forms at the top, shown from the mutations' answers", async () => {
    const reload = jest.fn(() => Promise.resolve());
    const { calls } = renderWithApp(<Page reload={reload} />, {
      handler: (operation) => {
        switch (operation) {
          case 'RecordVisit':
            return recorded(VISIT);
          case 'ScheduleAppointment':
            return {
              scheduleAppointment: {
                appointment: {
                  ...APPOINTMENT,
                  version: 1,
                  household: {
                    id: household.id,
                    appointmentsConnection: { totalCount: 1, nodes: [APPOINTMENT] },
                  },
                },
                userErrors: [],
              },
            };
          default:
            throw new Error(`unexpected ${operation}`);
        }
      },
    });
    expect(screen.getByText('还没有入户记录。')).toBeTruthy();
    // The forms open in place from the buttons at the top.
    expect(screen.queryByLabelText('结果')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '记录入户…' }));
    fireEvent.change(screen.getByLabelText('结果'), { target: { value: 'NOBODY_HOME' } });
    fireEvent.click(screen.getByRole('button', { name: '记录入户' }));
    await waitFor(() => expect(screen.queryByText('还没有入户记录。')).toBeNull());
    expect(document.querySelector('.activity-list')?.textContent).toContain('邻居说晚上在家');
    expect(screen.getByText(/^已记录：无人在家/)).toBeTruthy();

    expect(screen.getByText('没有预约。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '预约…' }));
    fireEvent.change(screen.getByLabelText('预约时间'), { target: { value: localInput(AHEAD) } });
    fireEvent.click(screen.getByRole('button', { name: '预约' }));
    await waitFor(() => expect(screen.queryByText('没有预约。')).toBeNull());
    expect(screen.getByText(/晚上七点/)).toBeTruthy();
    expect(screen.getByText(/邻居说晚上在家/)).toBeTruthy();
    expect(reload).not.toHaveBeenCalled();
    expect(calls.map((c) => c.operation)).toEqual(['RecordVisit', 'ScheduleAppointment']);
    expect(calls[1]?.variables['input']).toMatchObject({ plannedAt: AHEAD.toISOString() });
  });

  it('records 无人在家 in one tap, now, in person', async () => {
    const before = Date.now();
    const { calls } = renderWithApp(<Page reload={() => Promise.resolve()} />, {
      handler: () => recorded(VISIT),
    });
    fireEvent.click(screen.getByRole('button', { name: '无人在家' }));
    await waitFor(() =>
      expect(screen.getByRole('status', { name: '' }).textContent).toMatch(/^已记录：无人在家/),
    );
    expect(calls).toHaveLength(1);
    const input = calls[0]?.variables['input'] as Record<string, string>;
    expect(input).toMatchObject({ householdId: household.id, outcome: 'NOBODY_HOME', method: 'IN_PERSON' });
    expect(Date.parse(input['visitedAt'] ?? '')).toBeGreaterThanOrEqual(before);
    expect(Date.parse(input['visitedAt'] ?? '')).toBeLessThanOrEqual(Date.now());
    expect(document.querySelector('.activity-list')?.textContent).toContain('无人在家');
  });

  it('offers no appointment time in the past, and shows the refusal of one from the catalogue', async () => {
    renderWithApp(<Page reload={() => Promise.resolve()} />, {
      handler: () => ({
        scheduleAppointment: {
          appointment: null,
          userErrors: [
            {
              field: ['input', 'plannedAt'],
              code: 'OUT_OF_RANGE',
              message: 'server text',
              messageCode: 'appointment.inPast',
              params: { plannedAt: '2020-11-05 19:00', now: '2026-12-03 22:00' },
            },
          ],
        },
      }),
    });
    const before = localInput(new Date());
    fireEvent.click(screen.getByRole('button', { name: '预约…' }));
    const input = screen.getByLabelText<HTMLInputElement>('预约时间');
    expect(input.min >= before).toBe(true);
    expect(input.min <= localInput(new Date())).toBe(true);
    fireEvent.change(input, { target: { value: '2020-11-05T19:00' } });
    // The browser does not send a time before `min`...
    const form = input.closest('form')!;
    expect(form.checkValidity()).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: '预约' }));
    expect(screen.queryByRole('alert')).toBeNull();
    // ...and when one reaches the server anyway (a phone's clock far behind), its refusal is shown in Chinese.
    fireEvent.submit(form);
    await screen.findByText(
      '预约时间 2020-11-05 19:00（北京时间）已经过去（现在是 2026-12-03 22:00），请预约以后的时间。',
    );
  });
});
