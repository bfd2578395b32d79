import { fireEvent, screen, waitFor } from '@testing-library/react';

import { household } from '../test-fixtures';
import { renderWithApp } from '../test-utils';
import { HouseholdActivity } from './HouseholdActivity';
import type { LoadedHousehold } from './HouseholdForm';

const loaded: LoadedHousehold = {
  __typename: 'Household',
  ...household,
  returnReason: null,
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

const APPOINTMENT = {
  id: 'QXBwb2ludG1lbnQ6MQ',
  plannedAt: '2026-11-03T11:00:00.000Z',
  slot: 'EVENING',
  contact: null,
  note: '晚上七点',
  status: 'PLANNED',
} as const;

describe('household activity', () => {
  it("shows a recorded visit and a scheduled appointment from the mutations' answers, without reloading", async () => {
    const reload = jest.fn(() => Promise.resolve());
    const { calls } = renderWithApp(<HouseholdActivity household={loaded} reload={reload} />, {
      handler: (operation) => {
        switch (operation) {
          case 'RecordVisit':
            return {
              recordVisit: {
                visit: {
                  ...VISIT,
                  household: { id: household.id, visitsConnection: { totalCount: 1, nodes: [VISIT] } },
                },
                userErrors: [],
              },
            };
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
    fireEvent.change(screen.getByLabelText('结果'), { target: { value: 'NOBODY_HOME' } });
    fireEvent.click(screen.getByRole('button', { name: '记录入户' }));
    await waitFor(() => expect(screen.queryByText('还没有入户记录。')).toBeNull());
    expect(document.querySelector('.activity-list')?.textContent).toContain('邻居说晚上在家');

    expect(screen.getByText('没有预约。')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('预约时间'), { target: { value: '2026-11-03T19:00' } });
    fireEvent.click(screen.getByRole('button', { name: '预约' }));
    await waitFor(() => expect(screen.queryByText('没有预约。')).toBeNull());
    expect(screen.getByText(/晚上七点/)).toBeTruthy();
    // The visit stays shown, and nothing was read again.
    expect(screen.getByText(/邻居说晚上在家/)).toBeTruthy();
    expect(reload).not.toHaveBeenCalled();
    expect(calls.map((c) => c.operation)).toEqual(['RecordVisit', 'ScheduleAppointment']);
  });
});
