/**
 * Renders catalogue messages with intl-messageformat (FormatJS), in Node and in the browser alike, and picks the
 * language of a request from its Accept-Language header. The server formats the catalogue's texts (parsed once,
 * on first use); the web app hands `formatCodedMessage` the same texts parsed at build time, so that the browser
 * loads no ICU parser (apps/web/messages-plugin.mts). Nothing here names the census labels: those, and
 * `formatMessage` that uses them, are in catalogue-format.ts, so that a page formatting its own texts only does not
 * carry them.
 */
import { IntlMessageFormat } from 'intl-messageformat';

import type { EnumLabel } from '../enums';
import { MESSAGE_CATALOGUE, type MessageCode } from './catalogue';

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

/** Labels of parameter values by parameter name, then value. */
export type ParamLabels = Record<string, Record<string, EnumLabel>>;

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
function displayValues(
  lang: MessageLang,
  params: MessageParams,
  labels: ParamLabels,
): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && typeof value === 'object') {
      values[name] = value[lang];
      continue;
    }
    const label = typeof value === 'string' ? labels[name]?.[value]?.[lang] : undefined;
    values[name] = label ?? (value === null ? '' : typeof value === 'boolean' ? String(value) : value);
  }
  return values;
}

/** Where a coded message's text and the labels of its parameters come from. */
export interface CodedMessageSource {
  /** The text of a code in the language asked for (a catalogue of one language, e.g. the web app's compiled one). */
  lookup: (code: string) => CompiledMessage | undefined;
  /**
   * Labels of parameter values (`PARAM_LABELS`). Handed in rather than imported here, so that a browser bundle that
   * formats its own texts only does not carry the census item and enum labels.
   */
  labels: ParamLabels;
}

/**
 * The text of a coded message in `lang`, from `source`. An unknown code (a newer server than this client) or missing
 * parameters give `fallback` when there is one, else the code itself.
 */
export function formatCodedMessage(
  source: CodedMessageSource,
  lang: MessageLang,
  code: string,
  params: MessageParams = {},
  fallback?: string,
): string {
  const message = source.lookup(code);
  if (message === undefined) return fallback ?? code;
  try {
    return formatCompiled(lang, message, displayValues(lang, params, source.labels));
  } catch {
    // A parameter missing (a client older than the message): the server's own text says it best.
    return fallback ?? code;
  }
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
