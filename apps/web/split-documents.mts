import type { Plugin } from 'vite';

const PREFIX = 'virtual:census-document/';
const CLASS = 'TypedDocumentString';

/**
 * The generated client (libs/client/src/generated/graphql.ts) holds every GraphQL document in one module, and a
 * bundler splits by module: whichever chunk uses one document would carry the documents of every page. This plugin
 * gives each document a module of its own at build time (`export { MeDocument } from 'virtual:census-document/Me…'`
 * in place of its text), so each chunk carries only the documents its pages send: the resident's page none of the
 * staff's queries. The generated file itself is unchanged (Node, the tests and census-admin use it as it is).
 */
export function splitDocuments(generated: string): Plugin {
  const modules = new Map<string, string>();
  return {
    name: 'census-split-documents',
    enforce: 'post',
    transform(code, id) {
      if (id.split('?')[0] !== generated) return undefined;
      // After TypeScript is stripped: `export class TypedDocumentString extends String { ... }` and the documents
      // as `export const XDocument = new TypedDocumentString(`...`, {...});`.
      const start = code.indexOf(`class ${CLASS} extends String`);
      if (start < 0) throw new Error(`census-split-documents: no class ${CLASS} in ${id}`);
      let depth = 0;
      let end = code.indexOf('{', start);
      for (; end < code.length; end++) {
        if (code[end] === '{') depth++;
        else if (code[end] === '}' && --depth === 0) break;
      }
      const exportStart = code.lastIndexOf('export', start);
      modules.set(CLASS, `export ${code.slice(start, end + 1)}\n`);
      let out = `${code.slice(0, exportStart)}export { ${CLASS} } from '${PREFIX}${CLASS}';${code.slice(end + 1)}`;
      let count = 0;
      out = out.replace(
        /export const (\w+) = new TypedDocumentString\((`(?:[^`\\]|\\.)*`), (\{[^}]*\})\);/g,
        (_whole, name: string, text: string, meta: string) => {
          count++;
          modules.set(
            name,
            `import { ${CLASS} } from '${PREFIX}${CLASS}';\n` +
              `export const ${name} = /* @__PURE__ */ new ${CLASS}(${text}, ${meta});\n`,
          );
          return `export { ${name} } from '${PREFIX}${name}';`;
        },
      );
      if (count === 0) throw new Error(`census-split-documents: no documents found in ${id}`);
      return { code: out, map: null };
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const name = id.slice(PREFIX.length + 1);
      const module = modules.get(name);
      if (module === undefined) throw new Error(`census-split-documents: no document ${name}`);
      return module;
    },
  };
}
