import { formatMessage, type MessageLang, type MessageParams } from '@census/rules';

/**
 * The language census-admin reports the server's messages in: CENSUS_LANG, else the locale (LC_ALL, LC_MESSAGES,
 * LANG); English for an English locale, Chinese otherwise (also for C and POSIX: the users are Chinese census staff).
 */
export function adminLang(env: NodeJS.ProcessEnv): MessageLang {
  const locale = env.CENSUS_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en\b|^en[_-]/i.test(locale) ? 'en' : 'zh';
}

/** The Accept-Language header that asks the API for messages in `lang`. */
export function acceptLanguage(lang: MessageLang): string {
  return lang === 'en' ? 'en' : 'zh-CN';
}

/**
 * A userError in `lang`, rendered from its message code and parameters with the shared catalogue; the server's own
 * text for a code this census-admin does not know.
 */
export function userErrorText(
  lang: MessageLang,
  error: { message: string; messageCode?: string | null; params?: unknown },
): string {
  if (!error.messageCode) return error.message;
  const params = (error.params && typeof error.params === 'object' ? error.params : {}) as MessageParams;
  return formatMessage(lang, error.messageCode, params, error.message);
}
