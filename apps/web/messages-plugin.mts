import { fileURLToPath } from 'node:url';
import { type Plugin, runnerImport } from 'vite';

const PREFIX = 'virtual:census-messages/';
const LANGS = ['zh', 'en'] as const;

/**
 * The messages of each language as a chunk of its own (`import('virtual:census-messages/zh')`), compiled at build
 * time from the catalogues (src/messages.ts and @census/rules' MESSAGE_CATALOGUE) by src/compile-messages.ts: every
 * text already parsed, so the app needs no ICU parser, and a phone downloads only the language it shows. Generated on
 * every build (and in the dev server on every load) from the catalogue files, so it can never lag behind them.
 */
export function censusMessages(alias: Record<string, string>): Plugin {
  const compiler = fileURLToPath(new URL('./src/compile-messages.ts', import.meta.url));
  return {
    name: 'census-messages',
    resolveId(id) {
      if (!id.startsWith(PREFIX)) return undefined;
      const lang = id.slice(PREFIX.length);
      if (!(LANGS as readonly string[]).includes(lang))
        throw new Error(`census-messages: no language ${lang}`);
      return `\0${id}`;
    },
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const lang = id.slice(PREFIX.length + 1) as (typeof LANGS)[number];
      // The catalogues are TypeScript that import @census/rules: loaded through Vite itself, with the app's aliases.
      const { module } = await runnerImport<typeof import('./src/compile-messages')>(compiler, {
        configFile: false,
        logLevel: 'warn',
        resolve: { alias },
      });
      // The catalogues are watched in the dev server: an edit there rebuilds the messages.
      for (const file of ['src/messages.ts', '../../libs/rules/src/messages/catalogue.ts'])
        this.addWatchFile(fileURLToPath(new URL(file, import.meta.url)));
      return `export default ${JSON.stringify(module.compileCatalogue(lang))};`;
    },
  };
}
