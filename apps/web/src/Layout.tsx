import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';

import { useApp } from './app-context';
import { LanguageMenu } from './components/language-menu';
import { type MessageKey } from './i18n';
import { OfflineStatus } from './offline/offline-status';

interface NavItem {
  to: string;
  label: MessageKey;
  roles: readonly string[];
}

const OFFICES = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER'];
const NAV: readonly NavItem[] = [
  { to: '/', label: 'nav.zones', roles: ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER', 'SUPERVISOR', 'ENUMERATOR'] },
  { to: '/agenda', label: 'nav.agenda', roles: ['ENUMERATOR', 'SUPERVISOR', 'TOWNSHIP_OFFICER'] },
  { to: '/review', label: 'nav.review', roles: ['SUPERVISOR', ...OFFICES] },
  { to: '/report', label: 'nav.report', roles: ['SUPERVISOR', ...OFFICES] },
  { to: '/audit', label: 'nav.audit', roles: OFFICES },
  { to: '/imports', label: 'nav.imports', roles: OFFICES },
  { to: '/exports', label: 'nav.exports', roles: OFFICES },
  { to: '/team', label: 'team.nav', roles: ['SUPERVISOR', ...OFFICES] },
  { to: '/staff', label: 'staff.nav.staff', roles: OFFICES },
  { to: '/assignments', label: 'staff.nav.assignments', roles: OFFICES },
];

export function Layout({ children }: { children: ReactNode }) {
  const { t, session, logout } = useApp();
  const { pathname: path } = useLocation();
  const role = session?.account.role ?? '';
  const current = (to: string) =>
    to === '/' ? path === '/' || path.startsWith('/zones') : path.startsWith(to);
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          {t('app.title')}
        </Link>
        <nav aria-label={t('nav.main')}>
          <ul>
            {NAV.filter((item) => item.roles.includes(role)).map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={current(item.to) ? 'page' : undefined}>
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span className="account">
            {t('app.signedInAs', {
              name: session?.account.name ?? '',
              role: t(`role.${role}` as MessageKey),
            })}
          </span>
          <OfflineStatus />
          <LanguageMenu />
          <button type="button" className="link-button" onClick={logout}>
            {t('app.logout')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
