/**
 * The labels of the server's message parameters (an item key shown as the form names it, a sex, a stage): a chunk of
 * its own, fetched with the server's messages (i18n.ts), so that the first screen carries none of them.
 */
export { PARAM_LABELS } from '@census/rules';
