/** 长表附加项目：车辆 on the zone page: the office holding the zone turns the vehicle item on, after a confirmation. */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';

import { renderWithApp, testSession } from '../test-utils';
import { LongFormOptions } from './LongFormOptions';

const TOWNSHIP = '330106002';
const officer = { ...testSession, account: { ...testSession.account, role: 'TOWNSHIP_OFFICER' as const } };
const zone = (vehicles: boolean, setInZoneCode: string | null) => ({
  zone: {
    id: 'Wm9uZTox',
    code: TOWNSHIP,
    level: 'TOWNSHIP',
    version: 3,
    longFormOptions: { vehicles, setInZoneCode },
  },
});

function handler(setting: { vehicles: boolean; setInZoneCode: string | null }, held = TOWNSHIP) {
  return (operation: string, variables: Record<string, unknown>) => {
    switch (operation) {
      case 'Me':
        return { me: { ...officer.account, zones: [{ code: held, name: '西溪街道', level: 'TOWNSHIP' }] } };
      case 'ZoneLongFormOptions':
        return zone(setting.vehicles, setting.setInZoneCode);
      case 'SetLongFormOptions': {
        const { vehicles } = variables['input'] as { vehicles: boolean | null };
        setting.vehicles = vehicles === true;
        setting.setInZoneCode = vehicles === null ? null : TOWNSHIP;
        return { setLongFormOptions: { ...zone(setting.vehicles, setting.setInZoneCode), userErrors: [] } };
      }
      default:
        throw new Error(`unexpected ${operation}`);
    }
  };
}

describe('the vehicle items of the long form on the zone page', () => {
  it('are turned on by the township office after a confirmation, with one setLongFormOptions', async () => {
    const setting = { vehicles: false, setInZoneCode: null };
    const { calls } = renderWithApp(<LongFormOptions code={TOWNSHIP} level="TOWNSHIP" />, {
      session: officer,
      handler: handler(setting),
    });
    expect(await screen.findByText('长表附加项目：车辆')).toBeTruthy();
    expect(screen.getByText('本区划的长表不询问车辆项目。')).toBeTruthy();
    expect(screen.getByText('未设置（默认不询问）。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '加列车辆项目' }));
    expect(screen.getByText(/确认为本区划（含全部下级区划）的长表加列“附1 汽车数”吗？/)).toBeTruthy();
    expect(calls.filter((call) => call.operation === 'SetLongFormOptions')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: '确认' }));
    expect(await screen.findByText('长表附加项目已更新。')).toBeTruthy();
    expect(await screen.findByText('本区划的长表询问“附1 汽车数”。')).toBeTruthy();
    expect(screen.getByText('由本级普查机构设置。')).toBeTruthy();
    expect(calls.filter((call) => call.operation === 'SetLongFormOptions')).toEqual([
      { operation: 'SetLongFormOptions', variables: { input: { zoneCode: TOWNSHIP, vehicles: true } } },
    ]);
    // Set here: it can be turned off, or left to the county's setting.
    expect(screen.getByRole('button', { name: '不询问车辆项目' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '改为沿用上级设置' })).toBeTruthy();
  });

  it('names the zone whose setting applies, and a cancelled confirmation sends nothing', async () => {
    const { calls } = renderWithApp(<LongFormOptions code={TOWNSHIP} level="TOWNSHIP" />, {
      session: officer,
      handler: handler({ vehicles: true, setInZoneCode: '330106' }),
    });
    expect(await screen.findByText('沿用上级区划 330106 的设置。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '改为沿用上级设置' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '不询问车辆项目' }));
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.getByRole('button', { name: '不询问车辆项目' })).toBeTruthy();
    expect(calls.filter((call) => call.operation === 'SetLongFormOptions')).toHaveLength(0);
  });

  it('is not offered to an enumerator, nor to a township office on another zone', async () => {
    renderWithApp(<LongFormOptions code={TOWNSHIP} level="TOWNSHIP" />, {
      handler: handler({ vehicles: false, setInZoneCode: null }),
    });
    const other = renderWithApp(<LongFormOptions code="330106" level="COUNTY" />, {
      session: officer,
      handler: handler({ vehicles: false, setInZoneCode: null }),
    });
    // The office's zones have loaded (its own township would show the card by now).
    await waitFor(() => expect(other.calls.some((call) => call.operation === 'Me')).toBe(true));
    await act(() => Promise.resolve());
    expect(other.calls.some((call) => call.operation === 'ZoneLongFormOptions')).toBe(false);
    expect(screen.queryByText('长表附加项目：车辆')).toBeNull();
  });
});
