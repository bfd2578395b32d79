/** The compiled messages of one language, made by messages-plugin.mts (and test/messages/ for the tests). */
declare module 'virtual:census-messages/*' {
  import type { CompiledMessage } from '@census/rules';

  const messages: Record<string, CompiledMessage>;
  export default messages;
}
