import { fileURLToPath } from 'node:url';
import { type Plugin, runnerImport } from 'vite';

const PREFIX = 'virtual:census-messages/';
const LANGS = ['zh', 'en'] as const;

/**
 * The messages of each language as chunks of their own (`import('virtual:census-messages/zh')`, the app's,
 * `virtual:census-messages/zh/form`, the household form's, `virtual:census-messages/zh/staff`, the staff side's own
 * (src/message-parts.ts), and
 * `virtual:census-messages/zh/server`, what the server's message codes mean), compiled at build
 * time from the catalogues (src/messages.ts and @census/rules' MESSAGE_CATALOGUE) by src/compile-messages.ts: every
 * text already parsed, so the app needs no ICU parser, and a phone downloads only the language it shows. Generated on
 * every build (and in the dev server on every load) from the catalogue files, so it can never lag behind them.
 */
export function censusMessages(alias: Record<string, string>): Plugin {
  const compiler = fileURLToPath(new URL('./src/compile-messages.ts', import.meta.url));
  let compiling: ReturnType<typeof runnerImport<typeof import('./src/compile-messages')>> | undefined;
  return {
    name: 'census-messages',
    buildStart() {
      compiling = undefined;
    },
    resolveId(id) {
      if (!id.startsWith(PREFIX)) return undefined;
      const [lang, part = 'web'] = id.slice(PREFIX.length).split('/');
      if (!(LANGS as readonly string[]).includes(lang) || !['web', 'form', 'staff', 'server'].includes(part))
        throw new Error(`census-messages: no messages ${id}`);
      return `\0${id}`;
    },
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const [lang, part = 'web'] = id.slice(PREFIX.length + 1).split('/') as [
        (typeof LANGS)[number],
        string?,
      ];
      // The catalogues are TypeScript that import @census/rules: loaded through Vite itself, with the app's aliases
      // (once a build; the dev server reads them again at each load).
      compiling ??= runnerImport<typeof import('./src/compile-messages')>(compiler, {
        configFile: false,
        logLevel: 'warn',
        resolve: { alias },
      });
      const { module } = await compiling;
      // The catalogues are watched in the dev server: an edit there rebuilds the messages.
      for (const file of ['src/messages.ts', '../../libs/rules/src/messages/catalogue.ts'])
        this.addWatchFile(fileURLToPath(new URL(file, import.meta.url)));
      const catalogue = module.compileCatalogue(lang);
      if (this.meta.watchMode) compiling = undefined;
      return `export default ${JSON.stringify(catalogue[part as 'web' | 'form' | 'staff' | 'server'])};`;
    },
  };
}
