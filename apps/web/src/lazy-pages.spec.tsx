import { screen } from '@testing-library/react';
import { lazy } from 'react';

import { isSelfReportPath, PageChunk } from './lazy-pages';
import { renderWithApp } from './test-utils';

describe('page chunks', () => {
  it('says a page could not be loaded, without the chunk address the browser names, and offers a retry', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const Missing = lazy(() =>
      Promise.reject(
        new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/ZonePage-x.js'),
      ),
    );
    renderWithApp(
      <PageChunk>
        <Missing />
      </PageChunk>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('页面未能加载，请检查网络后重试。 重试');
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
  });

  it('knows the resident page by its address, as the router would', () => {
    expect(['/self-report', '/self-report/', '/SELF-REPORT'].map(isSelfReportPath)).toEqual([
      true,
      true,
      true,
    ]);
    expect(['/', '/self-reports', '/zones/self-report', '/login'].map(isSelfReportPath)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
