import type { Plugin } from 'vite';

/**
 * index.html fetches the chunks of the page being opened together with the entry, instead of after it has run (a
 * round trip and a download less before the first paint on a slow phone): the self-report page's at /self-report,
 * else the staff side's (router, login page, top bar). A small inline script, since which one depends on the address.
 */
export function firstPagePreload(pages: { pattern: RegExp; module: string }[], otherwise: string): Plugin {
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
        const script =
          `{const p=location.pathname;for(const f of ${choices.join('')}${JSON.stringify(files(otherwise))})` +
          `{const l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=f;document.head.append(l)}}`;
        return [{ tag: 'script', children: script, injectTo: 'head' }];
      },
    },
  };
}
