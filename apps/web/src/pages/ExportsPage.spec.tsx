import { fireEvent, screen, within } from '@testing-library/react';

import { renderWithApp, testSession } from '../test-utils';
import { ExportsPage } from './ExportsPage';

const officer = {
  ...testSession,
  account: {
    ...testSession.account,
    id: 'QWNjb3VudDoy',
    username: 'officer',
    role: 'TOWNSHIP_OFFICER' as const,
  },
};

const URL_SIGNED = 'http://localhost:4000/exports/RXhwb3J0Sm9iOjE/persons.csv?expires=1&signature=abc';

const job = (status: string, id = 'RXhwb3J0Sm9iOjE') => ({
  id,
  zoneCode: '330106002',
  entities: ['HOUSEHOLDS', 'PERSONS'],
  format: 'CSV',
  unmasked: false,
  status,
  totalRows: 10,
  rowsWritten: status === 'COMPLETED' ? 10 : 0,
  progress: status === 'COMPLETED' ? 1 : 0,
  changesCursor: null,
  error: null,
  createdAt: '2020-11-01T02:00:00.000Z',
  startedAt: null,
  finishedAt: null,
  expiresAt: status === 'COMPLETED' ? '2020-11-02T02:00:00.000Z' : null,
  files:
    status === 'COMPLETED'
      ? [{ entity: 'PERSONS', name: 'persons.csv', rows: 7, bytes: 100, sha256: 'x', url: URL_SIGNED }]
      : [],
});

const listOf = (nodes: unknown[], hasNextPage = false, totalCount = nodes.length) => ({
  exportJobs: { totalCount, pageInfo: { hasNextPage, endCursor: hasNextPage ? 'c1' : null }, nodes },
});

describe('导出 page', () => {
  beforeEach(() => localStorage.clear());

  it('starts an export of a home zone, lists the job and downloads through the signed link', async () => {
    let status = 'QUEUED';
    let started = false;
    const { calls } = renderWithApp(<ExportsPage />, {
      session: officer,
      handler: (operation) => {
        if (operation === 'Me')
          return { me: { zones: [{ code: '330106002', name: '北山街道', level: 'TOWNSHIP' }] } };
        if (operation === 'StartExport') {
          started = true;
          return { startExport: { job: job(status), userErrors: [] } };
        }
        if (operation === 'MyExportJobs') return listOf(started ? [job(status)] : []);
        return {};
      },
    });
    expect(await screen.findByText('还没有导出任务。')).toBeTruthy();
    await screen.findByRole('option', { name: '北山街道 330106002' });
    fireEvent.click(screen.getByRole('button', { name: '开始导出' }));
    expect(await screen.findByText('排队中')).toBeTruthy();
    expect(calls.find((c) => c.operation === 'StartExport')?.variables).toEqual({
      input: { zoneCode: '330106002', entities: ['HOUSEHOLDS', 'PERSONS'], format: 'CSV', unmasked: false },
    });
    // The list is the server's: nothing is kept in the browser.
    expect(localStorage.length).toBe(0);

    // Finished: the files link to the signed address, with no token in it.
    status = 'COMPLETED';
    const done = await screen.findByText('已完成', {}, { timeout: 10_000 });
    const row = done.closest('tr')!;
    const link = within(row).getByRole('link', { name: '下载 persons.csv（7 行）' });
    expect(link.getAttribute('href')).toBe(URL_SIGNED);
    expect(link.getAttribute('href')).not.toContain('token');
    expect(calls.filter((c) => c.operation === 'MyExportJobs').at(-1)?.variables).toEqual({ first: 20 });
  });

  it('lists the jobs the server keeps for the account, and loads more on request', async () => {
    const { calls } = renderWithApp(<ExportsPage />, {
      session: officer,
      handler: (operation, variables) => {
        if (operation === 'Me')
          return { me: { zones: [{ code: '330106002', name: '北山街道', level: 'TOWNSHIP' }] } };
        if (operation === 'MyExportJobs')
          return (variables as { after?: string }).after
            ? listOf([job('EXPIRED', 'RXhwb3J0Sm9iOjI')], false, 2)
            : listOf([job('COMPLETED')], true, 2);
        return {};
      },
    });
    expect(await screen.findByText('已完成')).toBeTruthy();
    expect(screen.queryByText('已过期')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    expect(await screen.findByText('已过期')).toBeTruthy();
    expect(calls.filter((c) => c.operation === 'MyExportJobs').at(-1)?.variables).toEqual({
      first: 20,
      after: 'c1',
    });
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();
  });

  it('asks for at least one content', async () => {
    const { calls } = renderWithApp(<ExportsPage />, {
      session: officer,
      handler: (operation) =>
        operation === 'Me'
          ? { me: { zones: [{ code: '330106002', name: '北山街道', level: 'TOWNSHIP' }] } }
          : {},
    });
    await screen.findByRole('option', { name: '北山街道 330106002' });
    fireEvent.click(screen.getByRole('checkbox', { name: '住户' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '人员' }));
    fireEvent.click(screen.getByRole('button', { name: '开始导出' }));
    expect((await screen.findByRole('alert')).textContent).toBe('请至少选择一项导出内容。');
    expect(calls.some((c) => c.operation === 'StartExport')).toBe(false);
  });
});
