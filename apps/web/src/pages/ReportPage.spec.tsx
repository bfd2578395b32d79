import { fireEvent, screen } from '@testing-library/react';

import { type Report, reportCsv } from '../report';
import { renderWithApp } from '../test-utils';
import { ReportPage } from './ReportPage';

const report = {
  zone: { id: 'Wm9uZToy', code: '330106002', name: '北山街道' },
  figures: {
    households: 1835,
    submittedHouseholds: 1111,
    selfReportRate: 26.6,
    registryHouseholds: null,
    openProblemsByCategory: [{ category: 'REFUSAL', count: 3 }],
    zone: { id: 'Wm9uZToy', code: '330106002', name: '北山街道', level: 'TOWNSHIP' },
  },
  markdown: '# 北山街道进展情况汇报\n\n一、进展情况\n\n住户 1835 户。',
} as unknown as Report;

/** jsdom's Blob has no text(); FileReader decodes it (dropping a byte-order mark, as UTF-8 decoding does). */
function readBlob(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!blob) return reject(new Error('nothing downloaded'));
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(new Error('unreadable'));
    reader.readAsText(blob);
  });
}

describe('progress report page', () => {
  let saved: { name: string; blob: Blob } | undefined;
  beforeEach(() => {
    saved = undefined;
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob) => {
      blob = b;
      return 'blob:report';
    };
    URL.revokeObjectURL = () => undefined;
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (blob) saved = { name: this.download, blob };
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('shows the Markdown and downloads it and the CSV', async () => {
    const { calls } = renderWithApp(<ReportPage code="330106002" />, {
      handler: (operation) =>
        operation === 'ProgressReport' ? { progressReport: report } : { me: { zones: [] } },
    });
    await screen.findByText(/一、进展情况/);
    expect(calls.find((c) => c.operation === 'ProgressReport')?.variables).toEqual({ zoneCode: '330106002' });

    fireEvent.click(screen.getByRole('button', { name: '下载 Markdown' }));
    expect(saved?.name).toBe('progress-report-330106002.md');
    expect(await readBlob(saved?.blob)).toBe(report.markdown);

    fireEvent.click(screen.getByRole('button', { name: '下载 CSV' }));
    expect(saved?.name).toBe('progress-report-330106002.csv');
    expect(saved?.blob.type).toBe('text/csv;charset=utf-8');
    expect(await readBlob(saved?.blob)).toBe(reportCsv(report).replace(/^\uFEFF/, ''));
  });

  it('writes one figure a row, quoting where needed', () => {
    const csv = reportCsv({ ...report, zone: { ...report.zone, name: '北山街道, "老城"' } });
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFfigure,value',
      'zoneCode,330106002',
      'zoneName,"北山街道, ""老城"""',
      'households,1835',
      'submittedHouseholds,1111',
      'selfReportRate,26.6',
      'registryHouseholds,',
      'openProblems.REFUSAL,3',
      '',
    ]);
  });
});
