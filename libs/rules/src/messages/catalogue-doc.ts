import { MESSAGE_CATALOGUE, type MessageCode } from './catalogue';
import { PARAM_LABELS } from './catalogue-format';

/**
 * docs/message-codes.md: every message code with its texts, generated from the catalogue (a test keeps the file in
 * step: `UPDATE_MESSAGE_DOCS=1 npx jest src/messages` in libs/rules rewrites it).
 */
export function catalogueMarkdown(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = (Object.keys(MESSAGE_CATALOGUE) as MessageCode[]).map((code) => {
    const { zh, en } = MESSAGE_CATALOGUE[code];
    return `| \`${code}\` | ${cell(zh)} | ${cell(en)} |`;
  });
  const labelled = Object.keys(PARAM_LABELS)
    .map((name) => `\`${name}\``)
    .join(', ');
  return [
    '# Message codes',
    '',
    '<!-- Generated from libs/rules/src/messages/catalogue.ts; do not edit by hand. -->',
    '',
    'Every `userError` and every coded GraphQL error carries a stable `messageCode` (GraphQL errors: `extensions.messageCode`)',
    'and its parameters (`params`, `extensions.params`). Clients render the message from them in their own language with',
    '`formatMessage(lang, messageCode, params, serverMessage)` of `@census/rules` (ICU MessageFormat, intl-messageformat);',
    "the server's `message` is in the language of the request's `Accept-Language` (Chinese unless English is asked for).",
    'Errors the API did not raise itself (graphql-js validation, an unexpected exception) carry `request.invalid` or',
    "`server.internal`: their `message` keeps the server's own words for the developer.",
    '',
    `Parameters shown by a label rather than as sent: ${labelled} (\`item\` is a key such as \`household.presentFemale\`, shown`,
    'as the form names it: H2 现住女). A parameter sent as `{ "zh": ..., "en": ... }` is a text in both languages.',
    '',
    '| code | zh-CN | en |',
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
