/**
 * Rendering helpers of the component tests: the app context with a scripted API instead of a server, inside a router
 * at `route` (default: the jsdom window's address).
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';

import { operationNameOf, type TypedDocumentString } from '@census/client';

import { AppContext, type AppContextValue, type Request } from './app-context';
import { type Lang, translate } from './i18n';
import type { Session } from './session';

export type Handler = (operation: string, variables: Record<string, unknown>) => unknown;

export const testSession: Session = {
  token: 'token',
  expiresAt: '2999-01-01T00:00:00.000Z',
  account: { id: 'QWNjb3VudDo0', username: 'enumerator', name: '李普查员', role: 'ENUMERATOR' },
};

export function renderWithApp(
  ui: ReactElement,
  {
    handler = () => ({}),
    lang = 'zh',
    session = testSession,
    route = `${window.location.pathname}${window.location.search}`,
  }: { handler?: Handler; lang?: Lang; session?: Session | null; route?: string } = {},
) {
  const calls: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  const request = (async (document: TypedDocumentString<unknown, unknown>, variables?: unknown) => {
    const operation = operationNameOf(document.toString()) ?? '';
    const vars = (variables ?? {}) as Record<string, unknown>;
    calls.push({ operation, variables: vars });
    return Promise.resolve(handler(operation, vars));
  }) as Request;
  const value: AppContextValue = {
    lang,
    setLang: () => undefined,
    t: (key, params) => translate(lang, key, params),
    session,
    request,
    logout: () => undefined,
  };
  return {
    ...render(
      <AppContext.Provider value={value}>
        <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
          <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
        </QueryClientProvider>
      </AppContext.Provider>,
    ),
    calls,
  };
}
