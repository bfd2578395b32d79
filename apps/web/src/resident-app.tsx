import { useMemo } from 'react';

import type { CensusClient } from '@census/client';

import { AppContext, type AppContextValue, type Request, useLanguage } from './app-context';
import { SelfReportPage } from './pages/SelfReportPage';

/** No staff session on the resident's side: the page sends its requests with its own token (SelfReportPage). */
const noStaffRequest: Request = () => Promise.reject(new Error('No staff session on the self-report page'));

/**
 * The app opened at /self-report: the resident's page alone, with the language and nothing of the staff side (no
 * router, login, session renewal, offline cache or staff pages; main.tsx loads this chunk instead of the staff
 * one, and test/bundle-budget.spec.ts checks what it pulls in).
 */
export function ResidentApp({
  client,
  now = Date.now,
  storage = window.localStorage,
}: {
  /** For tests: a client to use instead of one on /graphql. */
  client?: CensusClient;
  now?: () => number;
  storage?: Storage;
}) {
  const { lang, setLang, t } = useLanguage(storage, 'selfReport.title');
  const value = useMemo<AppContextValue>(
    () => ({ lang, setLang, t, session: null, request: noStaffRequest, logout: () => undefined }),
    [lang, setLang, t],
  );
  return (
    <AppContext.Provider value={value}>
      <SelfReportPage client={client} now={now} />
    </AppContext.Provider>
  );
}
