/**
 * The messages of one language as the browser gets them: the web app's catalogue (messages.ts: the part both sides
 * show, and the staff side's own, see message-parts.ts) and the rules
 * library's MESSAGE_CATALOGUE (what the server's codes mean), each text parsed ahead of time into FormatJS's AST, so
 * that the app formats them without an ICU parser. A text without parameters stays a string. Run at build time by
 * messages-plugin.mts (one chunk per language) and by the tests (test/messages/); never bundled into the app.
 */
import { isLiteralElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';

import { type CompiledMessage, MESSAGE_CATALOGUE, type MessageCode, PARAM_LABELS } from '@census/rules';

import type { CompiledCatalogue, Lang } from './i18n';
import { messagePartOf } from './message-parts';
import { MESSAGES } from './messages';

const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

function compile(lang: Lang, text: string): CompiledMessage {
  const ast = new IntlMessageFormat(text, LOCALES[lang]).getAst();
  // One literal: the text itself, shorter than its AST.
  if (ast.length === 0) return '';
  return ast.length === 1 && isLiteralElement(ast[0]) ? ast[0].value : ast;
}

export function compileCatalogue(lang: Lang): CompiledCatalogue {
  const parts = { web: {}, form: {}, staff: {} } as Record<
    'web' | 'form' | 'staff',
    Record<string, CompiledMessage>
  >;
  for (const [key, text] of Object.entries(MESSAGES[lang]))
    parts[messagePartOf(key)][key] = compile(lang, text);
  const server: Record<string, CompiledMessage> = {};
  for (const code of Object.keys(MESSAGE_CATALOGUE) as MessageCode[])
    server[code] = compile(lang, MESSAGE_CATALOGUE[code][lang]);
  return { ...parts, server, labels: PARAM_LABELS };
}
