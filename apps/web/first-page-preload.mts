import type { Plugin } from 'vite';

/**
 * index.html fetches the chunks of the page being opened together with the entry, instead of after it has run (a
 * round trip and a download less before the first paint on a slow phone): the resident's side at /self-report, else
 * the staff side's (router, login page, top bar), and the messages of the stored language. A small inline script,
 * since which ones depend on the address and the stored language.
 */
export function firstPagePreload(
  pages: { pattern: RegExp; module: string }[],
  otherwise: string,
  /**
   * The messages' chunk of each language, chosen by the stored language (`storageKey`), else the first one's; and
   * for the `otherwise` side (the staff's) its own messages' chunks of each language too (`otherwiseModules`).
   */
  languages?: {
    storageKey: string;
    modules: Record<string, string>;
    otherwiseModules?: Record<string, string[]>;
  },
  /**
   * On the `otherwise` side, when a session is stored (`storageKey`): the chunks of the page at the address's first
   * path segment (`pages`, as src/lazy-pages.tsx's `preload`), with the `always` modules. Without this they start
   * only once the staff side's chunk has run, a third round of downloads after the entry and the staff side.
   * Nothing more is fetched for a visitor without a session (the login page).
   */
  signedIn?: { storageKey: string; always: string[]; pages: Record<string, string> },
): Plugin {
  return {
    name: 'census-first-page-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
        /** The chunk of `module` and the chunks it imports, except the entry (index.html loads that already). */
        const files = (module: string): string[] => {
          const found = new Set<string>();
          const visit = (fileName: string) => {
            const chunk = chunks.find((candidate) => candidate.fileName === fileName);
            if (!chunk || chunk.isEntry || found.has(fileName)) return;
            found.add(fileName);
            chunk.imports.forEach(visit);
          };
          const page = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(module));
          if (!page) throw new Error(`first-page-preload: no chunk of ${module}`);
          visit(page.fileName);
          return [...found].map((file) => `/${file}`);
        };
        const choices = pages.map(
          ({ pattern, module }) => `${pattern}.test(p)?${JSON.stringify(files(module))}:`,
        );
        // The language's messages: the stored choice when the browser lets the page read it, else the default.
        let messages = '[]';
        if (languages) {
          const filesOf = (modules: string | string[]) => [...new Set([modules].flat().flatMap(files))];
          const pick = (byLang: Record<string, string | string[]>) => {
            const [first, ...others] = Object.entries(byLang);
            return `${others
              .map(([lang, modules]) => `g===${JSON.stringify(lang)}?${JSON.stringify(filesOf(modules))}:`)
              .join('')}${JSON.stringify(filesOf(first[1]))}`;
          };
          const own = languages.otherwiseModules
            ? `,...(${pages.map(({ pattern }) => `${pattern}.test(p)||`).join('')}false?[]:${pick(languages.otherwiseModules)})`
            : '';
          messages = `(()=>{let g;try{g=localStorage.getItem(${JSON.stringify(languages.storageKey)})}catch{}return [...${pick(languages.modules)}${own}]})()`;
        }
        let signedInFiles = '';
        if (signedIn) {
          const always = signedIn.always.flatMap(files);
          const byPage = Object.fromEntries(
            Object.entries(signedIn.pages).map(([segment, module]) => [
              segment,
              [...new Set([...always, ...files(module)])],
            ]),
          );
          signedInFiles =
            `,...(()=>{if(${pages.map(({ pattern }) => `${pattern}.test(p)||`).join('')}false)return[];` +
            `let s=null;try{s=localStorage.getItem(${JSON.stringify(signedIn.storageKey)})}catch{}` +
            `return s===null?[]:(${JSON.stringify(byPage)}[p.split('/')[1]]??[])})()`;
        }
        const script =
          `{const p=location.pathname;for(const f of [...${choices.join('')}${JSON.stringify(files(otherwise))},...${messages}${signedInFiles}])` +
          `{const l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=f;document.head.append(l)}}`;
        return [{ tag: 'script', children: script, injectTo: 'head' }];
      },
    },
  };
}
