import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Link } from 'react-router';

import { Routes } from './Routes';
import { renderWithApp } from './test-utils';

describe('Routes', () => {
  it('answers an unknown address with the not-found page', async () => {
    renderWithApp(<Routes />, { route: '/nowhere' });
    expect(await screen.findByRole('heading', { name: '页面不存在' })).toBeTruthy();
  });

  it('gives a page its parameter, and a fresh page when a link changes it', async () => {
    const { calls } = renderWithApp(
      <>
        <Link to="/report/330106004">next</Link>
        <Routes />
      </>,
      { route: '/report/330106002', handler: () => ({ me: { zones: [] } }) },
    );
    // Each page is a chunk of its own, there once it has loaded.
    expect(await screen.findByRole('heading', { name: '进展情况汇报' })).toBeTruthy();
    await waitFor(() =>
      expect(calls.filter((c) => c.operation === 'ProgressReport').map((c) => c.variables)).toEqual([
        { zoneCode: '330106002' },
      ]),
    );
    fireEvent.click(screen.getByText('next'));
    await waitFor(() =>
      expect(calls.filter((c) => c.operation === 'ProgressReport').map((c) => c.variables)).toEqual([
        { zoneCode: '330106002' },
        { zoneCode: '330106004' },
      ]),
    );
  });
});
