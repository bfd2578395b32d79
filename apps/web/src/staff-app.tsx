import { type ReactNode, useEffect } from 'react';
import { BrowserRouter, matchPath, useLocation } from 'react-router';

import { useApp } from './app-context';
import { Layout } from './Layout';
import { LoginPage } from './pages/LoginPage';
import { Routes } from './Routes';
import type { Session } from './session';

/**
 * The staff side of the app, a chunk of its own (lazy-pages.tsx): the router, the login page, and when signed in the
 * top bar with the staff pages (each again a chunk). The resident's self-report page never loads it.
 */
export function StaffApp({
  publicPage,
  expiredUser,
  onLogin,
}: {
  /** The self-report page, for a staff tab that goes there by its history. */
  publicPage: ReactNode;
  expiredUser: string | null;
  onLogin: (session: Session) => void;
}) {
  const { session } = useApp();
  return (
    <BrowserRouter>
      <ScrollToTop />
      <PublicOr publicPage={publicPage}>
        {session ? (
          <Layout>
            <Routes />
          </Layout>
        ) : (
          <LoginPage expired={expiredUser !== null} initialUsername={expiredUser ?? ''} onLogin={onLogin} />
        )}
      </PublicOr>
    </BrowserRouter>
  );
}

/**
 * The resident's self-report page is public and has a session of its own: it shows whatever the staff login is,
 * and leaves that login alone.
 */
function PublicOr({ publicPage, children }: { publicPage: ReactNode; children: ReactNode }) {
  const { pathname } = useLocation();
  return <>{matchPath('/self-report', pathname) ? publicPage : children}</>;
}

/** A new page starts at its top, as a page load would. */
function ScrollToTop() {
  const { pathname } = useLocation();
  // A block, not an expression: Chromium's scrollTo answers a promise, which React would take for a cleanup.
  useEffect(() => {
    window.scrollTo?.(0, 0);
  }, [pathname]);
  return null;
}
