/**
 * Renders catalogue messages with intl-messageformat (FormatJS), in Node and in the browser alike, and picks the
 * language of a request from its Accept-Language header. The server formats the catalogue's texts (parsed once,
 * on first use); the web app hands `formatCodedMessage` the same texts parsed at build time, so that the browser
 * loads no ICU parser (apps/web/messages-plugin.mts).
 */
import { IntlMessageFormat } from 'intl-messageformat';

import {
  type EnumLabel,
  HOUSEHOLD_STAGE_LABELS,
  HOUSEHOLD_STATUS_LABELS,
  SEX_LABELS,
  ZONE_LEVEL_LABELS,
} from '../enums';
import { MESSAGE_CATALOGUE, type MessageCode } from './catalogue';
import { ITEM_LABELS, ROLE_LABELS } from './items';

export type MessageLang = 'zh' | 'en';
export const MESSAGE_LANGS: readonly MessageLang[] = ['zh', 'en'];

/** The BCP 47 locale intl-messageformat formats numbers and plurals with. */
const LOCALES: Record<MessageLang, string> = { zh: 'zh-CN', en: 'en' };

/**
 * Parameters of a message: machine values, as the API sends them in `params`, or a text given in both languages
 * (`{ zh, en }`: a date limit, the name of a character) where the value itself is words.
 */
export type MessageParams = Record<string, string | number | boolean | null | EnumLabel>;

/** A message as code and parameters, before it is put into words. */
export interface CodedMessage {
  messageCode: MessageCode;
  params: MessageParams;
}

/**
 * Parameters shown by a label rather than as given: an item key ('household.presentFemale') is shown as the form
 * names it (H2 现住女), a sex or a stage by its label in the chosen language.
 */
export const PARAM_LABELS: Record<string, Record<string, EnumLabel>> = {
  item: ITEM_LABELS,
  sex: SEX_LABELS,
  idSex: SEX_LABELS,
  stage: HOUSEHOLD_STAGE_LABELS,
  status: HOUSEHOLD_STATUS_LABELS,
  level: ZONE_LEVEL_LABELS,
  role: ROLE_LABELS,
};

export function isMessageCode(code: unknown): code is MessageCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(MESSAGE_CATALOGUE, code);
}

/**
 * A message ready to format: its ICU MessageFormat text, or the text parsed ahead of time (FormatJS's AST, as
 * `new IntlMessageFormat(text).getAst()` gives it). The web app gets its messages parsed at build time, so it needs
 * no ICU parser at run time; the server parses its catalogue's texts once, on first use.
 */
export type CompiledMessage = ConstructorParameters<typeof IntlMessageFormat>[0];

const formats = new Map<string, IntlMessageFormat>();
const parsedFormats = new WeakMap<object, Partial<Record<MessageLang, IntlMessageFormat>>>();

function formatterOf(lang: MessageLang, message: CompiledMessage): IntlMessageFormat {
  if (typeof message === 'string') {
    const key = `${lang}\u0000${message}`;
    let format = formats.get(key);
    if (!format) {
      format = new IntlMessageFormat(message, LOCALES[lang]);
      formats.set(key, format);
    }
    return format;
  }
  const byLang = parsedFormats.get(message) ?? {};
  parsedFormats.set(message, byLang);
  return (byLang[lang] ??= new IntlMessageFormat(message, LOCALES[lang]));
}

/**
 * A message (text or parsed) formatted in `lang` with `values`; throws when a parameter is missing. A parsed message
 * of one literal only is that literal.
 */
export function formatCompiled(
  lang: MessageLang,
  message: CompiledMessage,
  values: Record<string, string | number> = {},
): string {
  const text = formatterOf(lang, message).format<string>(values);
  return Array.isArray(text) ? text.join('') : String(text);
}

/** The values handed to the formatter: labelled parameters replaced by their label in `lang`. */
function displayValues(lang: MessageLang, params: MessageParams): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && typeof value === 'object') {
      values[name] = value[lang];
      continue;
    }
    const label = typeof value === 'string' ? PARAM_LABELS[name]?.[value]?.[lang] : undefined;
    values[name] = label ?? (value === null ? '' : typeof value === 'boolean' ? String(value) : value);
  }
  return values;
}

/**
 * The text of a coded message in `lang`, its text found by `lookup` (a catalogue of one language, e.g. the web
 * app's compiled one). An unknown code (a newer server than this client) or missing parameters give `fallback` when
 * there is one, else the code itself.
 */
export function formatCodedMessage(
  lookup: (code: string) => CompiledMessage | undefined,
  lang: MessageLang,
  code: string,
  params: MessageParams = {},
  fallback?: string,
): string {
  const message = lookup(code);
  if (message === undefined) return fallback ?? code;
  try {
    return formatCompiled(lang, message, displayValues(lang, params));
  } catch {
    // A parameter missing (a client older than the message): the server's own text says it best.
    return fallback ?? code;
  }
}

/**
 * The text of a catalogue message in `lang`. An unknown code (a newer server than this client) or missing
 * parameters give `fallback` when there is one, else the code itself.
 */
export function formatMessage(
  lang: MessageLang,
  code: string,
  params: MessageParams = {},
  fallback?: string,
): string {
  return formatCodedMessage(
    (known) => (isMessageCode(known) ? MESSAGE_CATALOGUE[known][lang] : undefined),
    lang,
    code,
    params,
    fallback,
  );
}

/**
 * The language of an Accept-Language header: the listed language of highest quality that is Chinese or English;
 * Chinese (zh-CN) when there is none, or no header.
 */
export function negotiateLang(acceptLanguage: string | null | undefined): MessageLang {
  if (!acceptLanguage) return 'zh';
  let best: { lang: MessageLang; q: number } | undefined;
  for (const part of acceptLanguage.split(',')) {
    const [tag, ...options] = part.trim().toLowerCase().split(';');
    const primary = tag.split('-')[0];
    if (primary !== 'zh' && primary !== 'en') continue;
    const qOption = options.map((o) => o.trim()).find((o) => o.startsWith('q='));
    const q = qOption ? Number(qOption.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { lang: primary, q };
  }
  return best?.lang ?? 'zh';
}
