import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { BrowserRouter, matchPath, useLocation } from 'react-router';

import { type CensusClient, RenewTokenDocument } from '@census/client';

import { AppContext, type AppContextValue, useRequest, useTranslator } from './app-context';
import { type Lang, storedLang, storeLang } from './i18n';
import { Layout } from './Layout';
import { OfflineProvider } from './offline/offline-context';
import { Outbox } from './offline/outbox';
import { CACHE_MAX_AGE_MS, createQueryClient, queryPersister, shouldPersist } from './offline/query-cache';
import { remove } from './offline/store';
import { LoginPage } from './pages/LoginPage';
import { SelfReportPage } from './pages/SelfReportPage';
import { Routes } from './Routes';
import { isExpired, loadSession, RENEW_BEFORE_MS, saveSession, type Session } from './session';

export interface AppProps {
  /** For tests: a client to use instead of one on /graphql. */
  client?: CensusClient;
  /** For tests: the clock. */
  now?: () => number;
  storage?: Storage;
}

const CHECK_EVERY_MS = 30_000;

export function App({ client, now = Date.now, storage = window.localStorage }: AppProps) {
  const [lang, setLangState] = useState<Lang>(() => storedLang(storage));
  const [session, setSession] = useState<Session | null>(() => {
    const saved = loadSession(storage);
    return saved && !isExpired(saved, now()) ? saved : null;
  });
  const [expiredUser, setExpiredUser] = useState<string | null>(() => {
    const saved = loadSession(storage);
    return saved && isExpired(saved, now()) ? saved.account.username : null;
  });
  const lastActivity = useRef(now());
  // The field-work pages' answers and the changes not yet sent, kept on the phone (offline/).
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

  const t = useTranslator(lang);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title');
  }, [lang, t]);

  const setLang = useCallback(
    (next: Lang) => {
      storeLang(storage, next);
      setLangState(next);
    },
    [storage],
  );

  const changeSession = useCallback(
    (next: Session | null) => {
      saveSession(storage, next);
      setSession(next);
    },
    [storage],
  );

  const onExpired = useCallback(() => {
    setExpiredUser((previous) => previous ?? session?.account.username ?? '');
    changeSession(null);
  }, [session, changeSession]);

  const request = useRequest(session, onExpired, now, client);

  // Expire on time, and renew the token while the person is working (a click or key press in the last
  // ten minutes), so an hour-long form never loses its login but an abandoned screen does.
  useEffect(() => {
    if (!session) return;
    const onActivity = () => (lastActivity.current = now());
    window.addEventListener('keydown', onActivity);
    window.addEventListener('pointerdown', onActivity);
    const timer = window.setInterval(() => {
      const left = Date.parse(session.expiresAt) - now();
      if (left <= 0) onExpired();
      else if (left < RENEW_BEFORE_MS && now() - lastActivity.current < RENEW_BEFORE_MS) {
        request(RenewTokenDocument)
          .then(({ renewToken }) => {
            if (renewToken.token && renewToken.expiresAt)
              changeSession({ ...session, token: renewToken.token, expiresAt: renewToken.expiresAt });
          })
          .catch(() => undefined);
      }
    }, CHECK_EVERY_MS);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('keydown', onActivity);
      window.removeEventListener('pointerdown', onActivity);
    };
  }, [session, now, onExpired, request, changeSession]);

  const value = useMemo<AppContextValue>(
    () => ({
      lang,
      setLang,
      t,
      session,
      request,
      logout: () => {
        setExpiredUser(null);
        changeSession(null);
        // The households read are not left on the phone; the changes not yet sent are (they are sent at the next login).
        queryClient.clear();
        void remove('query-cache');
      },
    }),
    [lang, setLang, t, session, request, changeSession, queryClient],
  );

  return (
    <AppContext.Provider value={value}>
      <PersistQueryClientProvider client={queryClient} persistOptions={persistOptions}>
        <OfflineProvider outbox={outbox}>
          <BrowserRouter>
            <ScrollToTop />
            <PublicOr publicPage={<SelfReportPage client={client} now={now} />}>
              {session ? (
                <Layout>
                  <Routes />
                </Layout>
              ) : (
                <LoginPage
                  expired={expiredUser !== null}
                  initialUsername={expiredUser ?? ''}
                  onLogin={(next) => {
                    setExpiredUser(null);
                    lastActivity.current = now();
                    changeSession(next);
                  }}
                />
              )}
            </PublicOr>
          </BrowserRouter>
        </OfflineProvider>
      </PersistQueryClientProvider>
    </AppContext.Provider>
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
