/** The compiled messages of one language, made by messages-plugin.mts (and test/messages/ for the tests). */
declare module 'virtual:census-messages/*' {
  import type { CompiledCatalogue } from './i18n';

  const catalogue: CompiledCatalogue;
  export default catalogue;
}
