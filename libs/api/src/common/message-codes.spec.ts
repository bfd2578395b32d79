import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { parse, TYPE } from '@formatjs/icu-messageformat-parser';

import { MESSAGE_CATALOGUE, type MessageCode } from '@census/rules';

/**
 * Every message the API sends is coded: no string message reaches a user error or a GraphQL error, and every call
 * that names a catalogue code with its parameters written out gives every parameter its texts use. The scan reads
 * the sources, so a new string message fails here before any client shows an English sentence to a Chinese user.
 */

const API_SRC = join(__dirname, '..');
const RULES_SRC = join(__dirname, '..', '..', '..', 'rules', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

type Element = ReturnType<typeof parse>[number];

function argumentNames(elements: Element[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      argumentNames(element.children, names);
      continue;
    }
    names.add(element.value);
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      for (const option of Object.values(element.options)) argumentNames(option.value, names);
    }
  }
  return names;
}

/** The parameters the texts of `code` use, in either language. */
function parametersOf(code: MessageCode): string[] {
  const { zh, en } = MESSAGE_CATALOGUE[code];
  return [...new Set([...argumentNames(parse(zh)), ...argumentNames(parse(en))])].sort();
}

/** The text of the balanced `{ ... }` starting at `start`. */
function objectAt(text: string, start: number): string {
  let depth = 0;
  let quote: string | null = null;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c) && --depth === 0) return text.slice(start + 1, i);
  }
  throw new Error('unbalanced object literal');
}

/** The keys of an object literal's text; null when it spreads another object (its keys are not written out). */
function keysOf(body: string): string[] | null {
  const keys: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let entry = '';
  const flush = () => {
    const trimmed = entry.trim();
    entry = '';
    if (!trimmed) return true;
    if (trimmed.startsWith('...')) return false;
    keys.push(/^['"]?([\w$]+)['"]?/.exec(trimmed)![1]);
    return true;
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quote) {
      if (c === '\\') entry += body[i++];
      else if (c === quote) quote = null;
      entry += c;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    if ('([{'.includes(c)) depth++;
    if (')]}'.includes(c)) depth--;
    if (c === ',' && depth === 0) {
      if (!flush()) return null;
      continue;
    }
    entry += c;
  }
  return flush() ? keys.sort() : null;
}

interface Use {
  file: string;
  code: MessageCode;
  /** The parameters written out; null when they are a variable or spread. */
  given: string[] | null;
}

/** Every place a source names a catalogue code as an argument, followed by its parameters or by nothing. */
function usesIn(file: string): Use[] {
  const text = readFileSync(file, 'utf8');
  const uses: Use[] = [];
  for (const match of text.matchAll(/'([a-zA-Z]+\.[a-zA-Z]+)'(\s*,?\s*)([{)])/g)) {
    const code = match[1];
    if (!Object.prototype.hasOwnProperty.call(MESSAGE_CATALOGUE, code)) continue;
    const name = relative(join(API_SRC, '..', '..'), file);
    if (match[3] === ')') {
      uses.push({ file: name, code: code as MessageCode, given: [] });
      continue;
    }
    if (!match[2].includes(',')) continue;
    const start = match.index + match[0].length - 1;
    uses.push({ file: name, code: code as MessageCode, given: keysOf(objectAt(text, start)) });
  }
  return uses;
}

/** Parameters a file's helper adds to every message it writes out (the long form's `push`: the item and the place). */
const ADDED_BY_HELPER: Record<string, string[]> = {
  'rules/src/long-form-rules.ts': ['item', 'line', 'name'],
};

const apiFiles = sources(API_SRC);
const uses = [...apiFiles, ...sources(RULES_SRC)].flatMap(usesIn);

describe('messages of the API', () => {
  it('finds the coded messages it checks', () => {
    expect(uses.length).toBeGreaterThan(150);
    expect(uses.filter((use) => use.given !== null).length).toBeGreaterThan(120);
  });

  it('gives every parameter a message text uses, wherever the parameters are written out', () => {
    const missing = uses.flatMap(({ file, code, given }) => {
      if (given === null) return [];
      const added = ADDED_BY_HELPER[file] ?? [];
      const absent = parametersOf(code).filter((name) => !given.includes(name) && !added.includes(name));
      return absent.length ? [`${file}: ${code} lacks ${absent.join(', ')}`] : [];
    });
    expect(missing).toEqual([]);
  });

  it('passes no string message to userError and raises no GraphQLError of its own text', () => {
    const found = apiFiles.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const name = relative(API_SRC, file);
      const problems: string[] = [];
      // userError(field, UserErrorCode.X, 'text' | `text` | "text")
      if (/userError\([^;]*?UserErrorCode\.\w+,\s*['"`]/s.test(text))
        problems.push(`${name}: userError(…, '…')`);
      // rowError(row, field, code, 'text')
      if (
        /rowError\([^;]*?,\s*(?:UserErrorCode\.\w+|userErrorCodeOf\([^)]*\)|\w+\.code),\s*['"`]/s.test(text)
      )
        problems.push(`${name}: rowError(…, '…')`);
      // new GraphQLError: codedError (coded-error.ts) builds them; graphql-jit's errors are re-wrapped unchanged.
      if (
        /new GraphQLError\(/.test(text) &&
        !['common/coded-error.ts', 'server/jit-executor.ts'].includes(name)
      )
        problems.push(`${name}: new GraphQLError(…)`);
      if (text.includes('general.detail')) problems.push(`${name}: general.detail`);
      return problems;
    });
    expect(found).toEqual([]);
  });
});
