/**
 * What every page needs: the language and its translations, the session, and `request`, which sends a generated
 * document through @census/client with the current token and turns an expired or refused token into the
 * "session expired" screen.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';

import {
  type CensusClient,
  createClient,
  type FetchLike,
  GraphQLRequestError,
  type TokenSource,
  type TypedDocumentString,
} from '@census/client';

import {
  type Lang,
  loadMessages,
  type MessageKey,
  type Params,
  storedLang,
  storeLang,
  translate,
} from './i18n';
import type { Session } from './session';

export type Request = <TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: NoInfer<TVariables>,
) => Promise<TResult>;

export interface AppContextValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, params?: Params) => string;
  session: Session | null;
  request: Request;
  logout: () => void;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside AppContext');
  return value;
}

export function useT() {
  return useApp().t;
}

/** Raised instead of sending a request with a token known to be expired. */
export class SessionExpiredError extends Error {
  override readonly name = 'SessionExpiredError';
}

export function isUnauthenticated(error: unknown): boolean {
  return (
    error instanceof SessionExpiredError ||
    (error instanceof GraphQLRequestError &&
      (error.codes.includes('UNAUTHENTICATED') || error.status === 401))
  );
}

/** The Accept-Language header that asks the API for its messages in `lang` (Chinese unless English is chosen). */
export function acceptLanguage(lang: Lang): string {
  return lang === 'en' ? 'en' : 'zh-CN,zh;q=0.9';
}

/**
 * The app's GraphQL client: `token` on every request and `Accept-Language` of the language chosen in the app, so
 * that the server's own messages (logs, a client that does not know a code) are in that language too.
 */
export function createAppClient(lang: Lang, token: TokenSource, fetch?: FetchLike): CensusClient {
  return createClient({
    url: '/graphql',
    token,
    fetch,
    headers: { 'accept-language': acceptLanguage(lang) },
  });
}

export function useRequest(
  session: Session | null,
  onExpired: () => void,
  now: () => number,
  client?: CensusClient,
  lang: Lang = 'zh',
): Request {
  const censusClient = useMemo(
    () => client ?? createAppClient(lang, () => session?.token),
    [client, session, lang],
  );
  const request: Request = async (document, variables) => {
    if (session && Date.parse(session.expiresAt) <= now()) {
      onExpired();
      throw new SessionExpiredError('The session has expired');
    }
    try {
      return await censusClient.request(document, variables);
    } catch (error) {
      if (session && isUnauthenticated(error)) onExpired();
      throw error;
    }
  };
  return useCallback(request, [censusClient, session, onExpired, now]);
}

export function useTranslator(lang: Lang) {
  return useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
}

/**
 * The interface language: the stored choice (Chinese unless English was chosen), the page's `lang` and title in it,
 * and a setter that fetches the other language's messages (a chunk of their own) before showing it.
 */
export function useLanguage(storage: Storage, titleKey: MessageKey) {
  const [lang, setLangState] = useState<Lang>(() => storedLang(storage));
  const t = useTranslator(lang);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(titleKey);
  }, [lang, t, titleKey]);
  const setLang = useCallback(
    (next: Lang) => {
      loadMessages(next).then(
        () => {
          storeLang(storage, next);
          setLangState(next);
        },
        () => undefined,
      );
    },
    [storage],
  );
  return { lang, setLang, t };
}
