import { screen } from '@testing-library/react';

import { renderWithApp } from '../test-utils';
import { StageBadge, StatusBadge } from './badges';

describe('status and stage badges', () => {
  it('label every stage and status in the interface language, with a tone per stage', () => {
    renderWithApp(
      <>
        <StageBadge stage="SUBMITTED" />
        <StageBadge stage="RETURNED" />
        <StatusBadge status="VACANT" />
      </>,
    );
    expect(screen.getByText('短表上报')).toHaveProperty('className', 'badge badge-wait');
    expect(screen.getByText('退回')).toHaveProperty('className', 'badge badge-bad');
    expect(screen.getByText('空户').getAttribute('data-status')).toBe('VACANT');
  });

  it('switch to English', () => {
    renderWithApp(<StageBadge stage="APPROVED" />, { lang: 'en' });
    expect(screen.getByText('Approved').getAttribute('data-stage')).toBe('APPROVED');
  });
});
