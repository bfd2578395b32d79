import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { BrowserRouter, matchPath, useLocation } from 'react-router';

import { useApp } from './app-context';
import { Layout } from './Layout';
import { OfflineProvider } from './offline/offline-context';
import { Outbox } from './offline/outbox';
import { CACHE_MAX_AGE_MS, createQueryClient, queryPersister, shouldPersist } from './offline/query-cache';
import { remove } from './offline/store';
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
  logoutHooks,
}: {
  /** The self-report page, for a staff tab that goes there by its history. */
  publicPage: ReactNode;
  expiredUser: string | null;
  onLogin: (session: Session) => void;
  /** Run at a logout: the staff side adds the clearing of its cache. */
  logoutHooks: Set<() => void>;
}) {
  const { session } = useApp();
  // The field-work pages' answers and the changes not yet sent, kept on the phone (offline/). In the staff chunk:
  // the resident's page loads none of it.
  const [queryClient] = useState(createQueryClient);
  const [outbox] = useState(() => new Outbox());
  const accountId = session?.account.id ?? '';
  const persistOptions = useMemo(
    () => ({
      persister: queryPersister,
      maxAge: CACHE_MAX_AGE_MS,
      // Another account's answers are never shown: a new account throws the kept ones away.
      buster: accountId,
      dehydrateOptions: { shouldDehydrateQuery: shouldPersist },
    }),
    [accountId],
  );
  useEffect(() => {
    // The households read are not left on the phone; the changes not yet sent are (sent at the next login).
    const clear = () => {
      queryClient.clear();
      void remove('query-cache');
    };
    logoutHooks.add(clear);
    return () => void logoutHooks.delete(clear);
  }, [logoutHooks, queryClient]);
  return (
    <PersistQueryClientProvider client={queryClient} persistOptions={persistOptions}>
      <OfflineProvider outbox={outbox}>
        <BrowserRouter>
          <ScrollToTop />
          <PublicOr publicPage={publicPage}>
            {session ? (
              <Layout>
                <Routes />
              </Layout>
            ) : (
              <LoginPage
                expired={expiredUser !== null}
                initialUsername={expiredUser ?? ''}
                onLogin={onLogin}
              />
            )}
          </PublicOr>
        </BrowserRouter>
      </OfflineProvider>
    </PersistQueryClientProvider>
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
