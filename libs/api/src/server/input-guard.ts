import type { ApolloServerPlugin } from '@apollo/server';
import { type ArgumentNode, type DocumentNode, Kind, type VariableDefinitionNode, visit } from 'graphql';

import { codedError } from '../common/coded-error';

/**
 * Refuses, before any resolver runs, a request whose variables or literal arguments hold U+0000 or an unpaired
 * UTF-16 surrogate (`"\ud800"` in JSON) anywhere, in a string or an object key: PostgreSQL text cannot store
 * U+0000 and its JSON cannot store either (audit entries and import batches are JSON), and no census item has a
 * use for them. One check at the edge instead of one in every service; the SQL helper maps stray data errors as a
 * backstop.
 */
export function inputGuardPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation({ request, document }) {
          const found = inVariables(request.variables ?? {}) ?? inDocument(document);
          if (found !== null) {
            const { character, where } = found;
            throw codedError(
              'input.invalidCharacter',
              { character, where },
              { code: 'BAD_USER_INPUT', reason: 'INVALID_CHARACTER', http: { status: 400 } },
            );
          }
          return Promise.resolve();
        },
      }),
  };
}

/** A UTF-16 surrogate without its partner. */
const UNPAIRED = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The forbidden character of a text (U+0000 or an unpaired surrogate) as `U+XXXX`, or null. */
function forbiddenIn(text: string): string | null {
  if (text.includes('\u0000')) return 'U+0000';
  const match = UNPAIRED.exec(text);
  return match ? `U+${match[0].charCodeAt(0).toString(16).toUpperCase()}` : null;
}

interface Found {
  character: string;
  where: string;
}

/** A path segment as written in the message: names that are not plain words are cut and quoted. */
const segment = (key: string) =>
  /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(key) ? `.${key}` : `[${JSON.stringify(key.slice(0, 32))}]`;

/** A forbidden character in the variables and where it is, as `$input.name`, or null. */
function inVariables(variables: Record<string, unknown>): Found | null {
  const stack: [unknown, string][] = Object.entries(variables).map(([name, value]) => [value, `$${name}`]);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [value, where] = next;
    if (typeof value === 'string') {
      const character = forbiddenIn(value);
      if (character) return { character, where };
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push([item, `${where}[${index}]`]));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        const character = forbiddenIn(key);
        if (character) return { character, where };
        stack.push([item, `${where}${segment(key)}`]);
      }
    }
  }
  return null;
}

/** A forbidden character in a literal (`"\u0000"` written in the document) and its argument or variable. */
function inDocument(document: DocumentNode): Found | null {
  let found: Found | null = null;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      const character = found === null ? forbiddenIn(node.value) : null;
      if (character === null) return;
      const owner = [...ancestors, parent]
        .reverse()
        .find(
          (a): a is ArgumentNode | VariableDefinitionNode =>
            a !== undefined &&
            'kind' in a &&
            (a.kind === Kind.ARGUMENT || a.kind === Kind.VARIABLE_DEFINITION),
        );
      const where =
        owner?.kind === Kind.ARGUMENT
          ? owner.name.value
          : owner
            ? `$${owner.variable.name.value}`
            : 'the document';
      found = { character, where };
    },
  });
  return found;
}
