import { fireEvent, screen, within } from '@testing-library/react';

import { renderWithApp } from '../test-utils';
import { qrImage, SelfReportCode } from './self-report-code';

const ISSUED = {
  issueSelfReportCode: {
    code: '7K3QD-M9X2P',
    qrPayload: 'https://census.example/self-report?code=7K3QD-M9X2P',
    userErrors: [],
  },
};

const household = { id: 'SG91c2Vob2xkOjM', stage: 'ENUMERATING', selfReportIssuedAt: null };

describe('self-report code', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'share');
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('shows the issued code unwrapped, as a QR image, with copy and share', async () => {
    const writeText = jest.fn(() => Promise.resolve());
    const share = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    const onIssued = jest.fn();
    renderWithApp(<SelfReportCode household={household} onIssued={onIssued} />, { handler: () => ISSUED });
    fireEvent.click(screen.getByRole('button', { name: '发放自主填报码' }));
    const shown = await screen.findByText('7K3QD-M9X2P');
    expect(shown.className).toBe('code-text');
    expect(onIssued).toHaveBeenCalled();
    const image = await screen.findByRole<HTMLImageElement>('img', { name: '自主填报码二维码' });
    expect(image.src).toMatch(/^data:image\/svg\+xml/);
    expect(decodeURIComponent(image.src)).toContain('<svg');

    fireEvent.click(screen.getByRole('button', { name: '复制填报码' }));
    await screen.findByText('已复制');
    expect(writeText).toHaveBeenCalledWith('7K3QD-M9X2P');
    fireEvent.click(screen.getByRole('button', { name: '分享' }));
    expect(share).toHaveBeenCalledWith({
      title: '人口普查自主填报',
      text: '自主填报码：7K3QD-M9X2P',
      url: ISSUED.issueSelfReportCode.qrPayload,
    });
  });

  it('offers no share button where the phone cannot share', async () => {
    renderWithApp(<SelfReportCode household={household} onIssued={() => undefined} />, {
      handler: () => ISSUED,
    });
    fireEvent.click(screen.getByRole('button', { name: '发放自主填报码' }));
    await screen.findByText('7K3QD-M9X2P');
    expect(screen.queryByRole('button', { name: '分享' })).toBeNull();
  });

  it('asks before issuing again, saying the old code stops working', async () => {
    const { calls } = renderWithApp(
      <SelfReportCode
        household={{ ...household, selfReportIssuedAt: '2026-11-02T01:00:00.000Z' }}
        onIssued={() => undefined}
      />,
      { handler: () => ISSUED },
    );
    fireEvent.click(screen.getByRole('button', { name: '重新发放填报码' }));
    const confirm = screen.getByRole('group', { name: '重新发放填报码' });
    expect(confirm.textContent).toContain('原来的填报码立即失效');
    expect(calls).toEqual([]);
    fireEvent.click(within(confirm).getByRole('button', { name: '取消' }));
    expect(calls).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: '重新发放填报码' }));
    fireEvent.click(screen.getByRole('button', { name: '确定重新发放' }));
    await screen.findByText('7K3QD-M9X2P');
    expect(calls.map((c) => c.operation)).toEqual(['IssueSelfReportCode']);
    // Once issued here, issuing once more asks again.
    expect(screen.getByRole('button', { name: '重新发放填报码' })).toBeTruthy();
  });

  it('makes a larger QR code for a longer address (the encoder picks the version)', async () => {
    const short = await qrImage('https://a.example/s?code=1');
    const long = await qrImage(`https://a.example/s?code=${'X'.repeat(200)}`);
    expect(long.length).toBeGreaterThan(short.length);
  });
});
