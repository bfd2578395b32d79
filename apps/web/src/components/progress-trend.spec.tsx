import { act, fireEvent, screen, waitFor } from '@testing-library/react';

import { beijingDay } from '@census/rules';

import { ZonePage } from '../pages/ZonePage';
import { renderWithApp } from '../test-utils';
import { ProgressHistory, shiftDay } from './progress-trend';
import type { TrendChartOption } from './trend-chart';

const drawn: TrendChartOption[] = [];
jest.mock('./trend-chart-echarts', () => ({
  mountTrendChart: () => ({
    update: (option: TrendChartOption) => drawn.push(option),
    dispose: () => undefined,
  }),
}));

const point = (date: string, submitted: number) => ({
  date,
  submitted,
  approved: 0,
  households: 80,
  enteredHouseholds: 60,
  persons: 200,
  selfReported: 1,
});

function trendAnswer(variables: Record<string, unknown>) {
  const days = [point(variables.from as string, 1), point(shiftDay(variables.from as string, 1), 7)];
  return {
    progress: {
      zone: { id: 'Wm9uZTox', code: '330106', name: '西湖区', level: 'COUNTY' },
      trend: {
        from: variables.from,
        to: variables.to,
        days,
        children: [
          { zoneCode: '330106001', zone: { id: 'a', code: '330106001', name: '北山街道' }, days },
          { zoneCode: '330106002', zone: { id: 'b', code: '330106002', name: '西溪街道' }, days },
        ],
        enumerators: [
          { account: { id: 'c', username: 'e1', name: '王普查' }, smallZones: ['330106001001001'], days },
        ],
      },
    },
  };
}

const figures = {
  households: 80,
  submittedHouseholds: 12,
  approvedHouseholds: 3,
  selfReportRate: 8.3,
  vacantHouseholds: 1,
  awayHouseholds: 2,
  deceasedHouseholds: 0,
  longFormHouseholds: 8,
  longFormSubmittedHouseholds: 1,
};

describe('progress over time on a zone page', () => {
  beforeEach(() => (drawn.length = 0));

  it('draws one line per township on a county page, with Chinese labels', async () => {
    const { calls } = renderWithApp(<ProgressHistory code="330106" level="COUNTY" name="西湖区" />, {
      handler: (operation, variables) => (operation === 'ProgressTrend' ? trendAnswer(variables) : {}),
    });
    await waitFor(() => expect(drawn.length).toBeGreaterThan(0));
    const option = drawn[drawn.length - 1];
    expect(option.series.map((s) => s.name)).toEqual(['北山街道', '西溪街道']);
    expect(option.series[0].data).toEqual([1, 7]);
    expect(option.yAxis.name).toBe('完成短表上报户数');
    const today = beijingDay(new Date());
    expect(calls.find((c) => c.operation === 'ProgressTrend')?.variables).toEqual({
      zoneCode: '330106',
      from: shiftDay(today, -29),
      to: today,
    });
    expect(screen.getByRole('img', { name: /完成短表上报户数趋势图/ })).toBeTruthy();
    // Another figure redraws the same lines.
    fireEvent.change(screen.getByLabelText('指标'), { target: { value: 'persons' } });
    await waitFor(() => expect(drawn[drawn.length - 1].yAxis.name).toBe('平台完成录入人口'));
    expect(drawn[drawn.length - 1].series[0].data).toEqual([200, 200]);
  });

  it('draws one line per enumerator on a township page', async () => {
    renderWithApp(<ProgressHistory code="330106001" level="TOWNSHIP" name="北山街道" />, {
      handler: (operation, variables) => (operation === 'ProgressTrend' ? trendAnswer(variables) : {}),
    });
    await waitFor(() => expect(drawn.length).toBeGreaterThan(0));
    expect(drawn[drawn.length - 1].series.map((s) => s.name)).toEqual(['王普查']);
  });

  it('shows the figures of a past day picked for 数据截至', async () => {
    const { calls } = renderWithApp(<ProgressHistory code="330106" level="COUNTY" name="西湖区" />, {
      handler: (operation, variables) =>
        operation === 'ProgressTrend'
          ? trendAnswer(variables)
          : operation === 'Progress'
            ? { progress: { ...figures, asOf: '2020-11-05T16:00:00.000Z' } }
            : {},
    });
    expect(screen.getByText(/^数据截至：现在/)).toBeTruthy();
    act(() => {
      fireEvent.change(screen.getByLabelText('查看某日数据'), { target: { value: '2020-11-05' } });
    });
    await screen.findByText('数据截至：2020-11-05 24:00（北京时间），当日结束时的数据');
    expect(calls.find((c) => c.operation === 'Progress')?.variables).toEqual({
      zoneCode: '330106',
      asOf: '2020-11-05',
    });
    expect(await screen.findByRole('meter', { name: '上报进度' })).toHaveProperty(
      'ariaValueText',
      '12 / 80 户（15.0%）',
    );
  });

  it('refuses a range longer than the API draws', async () => {
    const { calls } = renderWithApp(<ProgressHistory code="330106" level="COUNTY" name="西湖区" />, {
      handler: (operation, variables) => (operation === 'ProgressTrend' ? trendAnswer(variables) : {}),
    });
    await waitFor(() => expect(calls.length).toBe(1));
    act(() => {
      fireEvent.change(screen.getByLabelText('起始日'), { target: { value: '2020-01-01' } });
    });
    expect(screen.getByText('日期范围须为 1 至 120 天。')).toBeTruthy();
    expect(calls.filter((c) => c.operation === 'ProgressTrend')).toHaveLength(1);
  });

  it('makes the zone page’s main figures follow the day picked', async () => {
    const { calls } = renderWithApp(<ZonePage code="330106" />, {
      handler: (operation, variables) => {
        if (operation === 'ProgressTrend') return trendAnswer(variables);
        if (operation === 'Progress') {
          return {
            progress: {
              ...figures,
              submittedHouseholds: variables.asOf ? 12 : 40,
              asOf: variables.asOf ? '2020-11-05T16:00:00.000Z' : null,
              zone: { id: 'Wm9uZTox', code: '330106', name: '西湖区', level: 'COUNTY' },
              children: [],
              enumeratorProgress: [],
            },
          };
        }
        if (operation === 'ListingWorklist') {
          return {
            listingWorklist: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] },
          };
        }
        if (operation === 'ListingWorklistRollup') return { listingWorklistRollup: [] };
        if (operation === 'Me')
          return { me: { zones: [{ code: '330106', name: '西湖区', level: 'COUNTY' }] } };
        return {};
      },
      session: {
        token: 't',
        expiresAt: '2999-01-01T00:00:00.000Z',
        account: { id: 'QWNjb3VudDox', username: 'admin', name: '县人普办', role: 'COUNTY_ADMIN' },
      },
    });
    expect((await screen.findAllByRole('meter', { name: '上报进度' })).map((m) => m.ariaValueText)).toEqual([
      '40 / 80 户（50.0%）',
    ]);
    // The long form's sample and its submitted households.
    expect(document.querySelector('[data-figure="longForm"]')?.textContent).toBe('长表户8');
    expect(document.querySelector('[data-figure="longFormSubmitted"]')?.textContent).toBe('长表上报1');
    act(() => {
      fireEvent.change(screen.getByLabelText('查看某日数据'), { target: { value: '2020-11-05' } });
    });
    await waitFor(() =>
      expect(screen.getAllByRole('meter', { name: '上报进度' }).map((m) => m.ariaValueText)).toEqual([
        '12 / 80 户（15.0%）',
      ]),
    );
    expect(calls.filter((c) => c.operation === 'Progress').at(-1)?.variables).toEqual({
      zoneCode: '330106',
      asOf: '2020-11-05',
    });
    expect(document.querySelector('[data-main-as-of="2020-11-05"]')).not.toBeNull();
  });
});
