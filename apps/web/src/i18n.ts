/**
 * Every string the web app shows, in Chinese (the default) and English. The texts are in messages.ts (ICU
 * MessageFormat); the browser gets only the chosen language's, parsed at build time into a chunk of its own
 * (messages-plugin.mts), and formats them with intl-messageformat (FormatJS) without its parser. `loadMessages` fetches
 * a language before the app shows it (main.tsx, the language menu). Census enum labels (household status, stage,
 * relationship, ...) come from the rules library's label tables through `enumLabel`. What the server says (userErrors,
 * GraphQL errors) is rendered from its message code and parameters by `serverText`, with the rules library's message
 * catalogue, compiled into the same chunk.
 */
import {
  isArgumentElement,
  isLiteralElement,
  isNumberElement,
  TYPE,
} from '@formatjs/icu-messageformat-parser';

import {
  type CompiledMessage,
  type EnumLabel,
  formatCodedMessage,
  formatCompiled,
  type MessageParams,
  type ParamLabels,
} from '@census/rules';

import type { MessageKey } from './messages';

export type { MessageKey } from './messages';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export type Params = Record<string, string | number>;

/**
 * One language's messages as the build emits them: the app's own (`web`, by key) and the server's (`server`, by
 * message code); a text without parameters is that text, any other its parsed form. Two chunks per language, as a
 * page needs the server's only once it sends something (not for its first screen).
 */
export interface CompiledCatalogue {
  web: Record<string, CompiledMessage>;
  /** The household form's texts (message-parts.ts): the resident's page fetches them with the form in steps. */
  form: Record<string, CompiledMessage>;
  /** The app's texts only the staff side shows (message-parts.ts): the resident's page never fetches them. */
  staff: Record<string, CompiledMessage>;
  server: Record<string, CompiledMessage>;
  /** How the server's parameters read (an item key as the form names it): fetched with `server`. */
  labels?: ParamLabels;
}

type Part = Exclude<keyof CompiledCatalogue, 'labels'>;

type Loaded = Partial<CompiledCatalogue>;

/** The server's messages and the labels of their parameters, fetched together. */
async function serverPart(messages: Promise<{ default: Record<string, CompiledMessage> }>): Promise<Loaded> {
  const [{ default: server }, { PARAM_LABELS }] = await Promise.all([messages, import('./server-labels')]);
  return { server, labels: PARAM_LABELS };
}

const LOADERS: Record<Lang, Record<Part, () => Promise<Loaded>>> = {
  zh: {
    web: async () => ({ web: (await import('virtual:census-messages/zh')).default }),
    form: async () => ({ form: (await import('virtual:census-messages/zh/form')).default }),
    staff: async () => ({ staff: (await import('virtual:census-messages/zh/staff')).default }),
    server: () => serverPart(import('virtual:census-messages/zh/server')),
  },
  en: {
    web: async () => ({ web: (await import('virtual:census-messages/en')).default }),
    form: async () => ({ form: (await import('virtual:census-messages/en/form')).default }),
    staff: async () => ({ staff: (await import('virtual:census-messages/en/staff')).default }),
    server: () => serverPart(import('virtual:census-messages/en/server')),
  },
};

const catalogues: Record<Part, Partial<Record<Lang, Record<string, CompiledMessage>>>> = {
  web: {},
  form: {},
  staff: {},
  server: {},
};
/** The labels of the server's parameters, the same in every language (each label holds both). */
let paramLabels: ParamLabels = {};
/** The parts every language chosen gets: the server's once a page has asked for them (loadServerMessages). */
const wanted = new Set<Part>(['web']);

/** Makes `lang`'s messages available (tests give them compiled at run time; the app loads them with loadMessages). */
export function registerMessages(lang: Lang, catalogue: Partial<CompiledCatalogue>): void {
  if (catalogue.web) catalogues.web[lang] = catalogue.web;
  if (catalogue.form) catalogues.form[lang] = catalogue.form;
  if (catalogue.staff) catalogues.staff[lang] = catalogue.staff;
  if (catalogue.labels) paramLabels = catalogue.labels;
  if (catalogue.server) {
    const server: Record<string, CompiledMessage> = {};
    // The formatter takes a string as a text to parse: a plain text becomes its one literal.
    for (const [code, message] of Object.entries(catalogue.server))
      server[code] = typeof message === 'string' ? [{ type: TYPE.literal, value: message }] : message;
    catalogues.server[lang] = server;
  }
}

export function hasMessages(lang: Lang): boolean {
  return [...wanted].every((part) => catalogues[part][lang] !== undefined);
}

/** Fetches the chunks of `lang`'s messages once: the app's, and the server's when a page has asked for them. */
export async function loadMessages(lang: Lang): Promise<void> {
  await Promise.all(
    [...wanted]
      .filter((part) => catalogues[part][lang] === undefined)
      .map(async (part) => registerMessages(lang, await LOADERS[lang][part]())),
  );
}

/**
 * The staff side's own texts and the household form's are wanted too (staff pages): loaded with every language from
 * now on.
 */
export function wantStaffMessages(): void {
  wanted.add('form');
  wanted.add('staff');
}

/** The household form's texts, for the resident's form in steps: fetched for each language loaded. */
export async function loadFormMessages(): Promise<void> {
  wanted.add('form');
  await Promise.all(LANGS.filter((lang) => catalogues.web[lang]).map(loadMessages));
}

/**
 * The server's messages (what its codes mean), for a page about to send something: fetched for each language loaded.
 * Until they are here, a server's message shows as the server worded it (in the language the browser asked for).
 */
export async function loadServerMessages(): Promise<void> {
  wanted.add('server');
  await Promise.all(LANGS.filter((lang) => catalogues.web[lang]).map(loadMessages));
}

/** Whether the app has a message `key` (an item name built from a server's field, ...). */
export function isMessageKey(key: string): key is MessageKey {
  return appMessage(catalogues.web.zh ? 'zh' : 'en', key) !== undefined;
}

/** The app's compiled message `key` in `lang`: from the shared part, else the staff side's. */
function appMessage(lang: Lang, key: string): CompiledMessage | undefined {
  for (const part of ['web', 'form', 'staff'] as const) {
    const catalogue = catalogues[part][lang];
    if (catalogue && Object.prototype.hasOwnProperty.call(catalogue, key)) return catalogue[key];
  }
  return undefined;
}

/** The message of `key` in `lang` with its parameters filled from `params`; the key itself before it is loaded. */
export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  const message = appMessage(lang, key);
  if (message === undefined) return key;
  if (typeof message === 'string') return message;
  try {
    return formatCompiled(lang, message, params);
  } catch {
    // A parameter not given: show the others and leave `{name}` for the missing one.
    return message
      .map((part) =>
        isLiteralElement(part)
          ? part.value
          : isArgumentElement(part) || isNumberElement(part)
            ? (params[part.value] ?? `{${part.value}}`)
            : '',
      )
      .join('');
  }
}

/** What the server says about a rejected input or a failed request, by the error's shape. */
export interface ServerMessage {
  message: string;
  messageCode?: string | null;
  params?: unknown;
}

/**
 * The server's message in `lang`, rendered from its message code and parameters with the rules library's catalogue;
 * the server's own text when the code is unknown here (a newer server) or absent.
 */
export function serverText(lang: Lang, error: ServerMessage): string {
  if (!error.messageCode) return error.message;
  const params = (error.params && typeof error.params === 'object' ? error.params : {}) as MessageParams;
  const server = catalogues.server[lang] ?? {};
  return formatCodedMessage(
    {
      lookup: (code) => (Object.prototype.hasOwnProperty.call(server, code) ? server[code] : undefined),
      labels: paramLabels,
    },
    lang,
    error.messageCode,
    params,
    error.message,
  );
}

/**
 * A key built from a prefix and an enum value (the outcome of a visit: its prefix and `REFUSED`); a value this app
 * does not know (a newer server's) reads as unknown.
 */
export function dynamicKey(prefix: string, value: string): MessageKey {
  const key = `${prefix}${value}`;
  return isMessageKey(key) ? key : 'app.unknownValue';
}

/** The label of a census enum value from a rules label table. */
export function enumLabel<E extends string>(labels: Record<E, EnumLabel>, value: E, lang: Lang): string {
  return labels[value]?.[lang] ?? value;
}

const LANG_KEY = 'census.lang';

export function storedLang(storage: Pick<Storage, 'getItem'> | undefined): Lang {
  const value = storage?.getItem(LANG_KEY);
  return value === 'en' || value === 'zh' ? value : 'zh';
}

export function storeLang(storage: Pick<Storage, 'setItem'> | undefined, lang: Lang): void {
  storage?.setItem(LANG_KEY, lang);
}

/**
 * The text of a failed request in `lang`: its first GraphQL error rendered from `extensions.messageCode` and
 * `extensions.params` where the server coded it, else the error's own message.
 */
export function errorText(
  lang: Lang,
  error: Error & { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] },
): string {
  const [first] = error.errors ?? [];
  if (!first) return error.message;
  const code = first.extensions?.messageCode;
  return serverText(lang, {
    message: first.message,
    messageCode: typeof code === 'string' ? code : undefined,
    params: first.extensions?.params,
  });
}
