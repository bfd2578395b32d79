import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import { type CensusClient, RenewTokenDocument } from '@census/client';

import { AppContext, type AppContextValue, useLanguage, useRequest } from './app-context';
import { PageChunk, SelfReportPage, StaffApp } from './lazy-pages';
import { isSelfReportPath } from './paths';
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
  const { lang, setLang, t } = useLanguage(storage, 'app.title');
  const [session, setSession] = useState<Session | null>(() => {
    const saved = loadSession(storage);
    return saved && !isExpired(saved, now()) ? saved : null;
  });
  const [expiredUser, setExpiredUser] = useState<string | null>(() => {
    const saved = loadSession(storage);
    return saved && isExpired(saved, now()) ? saved.account.username : null;
  });
  const lastActivity = useRef(now());

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

  const request = useRequest(session, onExpired, now, client, lang);
  // What a logout also clears, registered by the staff side (its cache of pages read, offline/).
  const logoutHooks = useRef(new Set<() => void>());

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
        for (const hook of logoutHooks.current) hook();
      },
    }),
    [lang, setLang, t, session, request, changeSession],
  );

  // Opened at /self-report, the app is the resident's page alone: neither the router nor any staff code loads. Decided
  // once: a staff tab that reaches /self-report by its history shows the page through the router (StaffApp).
  const [residentOnly] = useState(() => isSelfReportPath(window.location.pathname));
  const onLogin = useCallback(
    (next: Session) => {
      setExpiredUser(null);
      lastActivity.current = now();
      changeSession(next);
    },
    [now, changeSession],
  );
  const selfReport = (
    <PageChunk>
      <SelfReportPage client={client} now={now} />
    </PageChunk>
  );

  return (
    <AppContext.Provider value={value}>
      {residentOnly ? (
        selfReport
      ) : (
        <PageChunk>
          <StaffApp
            publicPage={selfReport}
            expiredUser={expiredUser}
            onLogin={onLogin}
            logoutHooks={logoutHooks.current}
          />
        </PageChunk>
      )}
    </AppContext.Provider>
  );
}
