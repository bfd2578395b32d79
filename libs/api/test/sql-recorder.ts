import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { format } from 'sql-formatter';
import ts from 'typescript';

import { QueryCounter } from '../src/database/query-counter';
import { currentSites, recordStatementSources } from '../src/database/statement-source';

/**
 * Records every distinct statement the API sends while `recording` is on, with the domain module and function
 * that issued it, for the committed SQL snapshots (libs/api/sql/<domain>.sql, see sql-snapshots.spec.ts).
 *
 * The source of a statement is the first frame of its stack in libs/api/src that is not plumbing (the `query`
 * helper, the shared batch loaders); a batched loader's statement runs from a DataLoader callback, so its
 * source is where the loader was created (database/statement-source.ts). The function is named from the
 * TypeScript syntax tree around the frame (`HouseholdService.update`, `createHouseholdLoaders.householdById`),
 * never by line number, so that moving code around does not change the snapshots.
 */
const SRC = join(__dirname, '../src');
const PLUMBING = new Set([
  'common/sql.ts',
  'common/page-loader.ts',
  'common/key-loader.ts',
  'database/statement-source.ts',
]);
/** Transaction control carries no reviewable SQL (TypeORM's BEGIN / COMMIT around `transaction`). */
const CONTROL = /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)\b/i;

interface Frame {
  file: string;
  line: number;
  column: number;
}

export interface RecordedStatement {
  domain: string;
  source: string;
  sql: string;
}

/** One statement as one function issued it, with the distinct parameter values it was sent with. */
export interface RecordedCall {
  /** The `phase` of the recorder when it was sent. */
  phase: string;
  /** The module and function that issued it (`households/household.service.ts: HouseholdService.update`). */
  label: string;
  sql: string;
  /** Each distinct list of parameter values (at most `MAX_VALUE_SETS`), in the order first sent. */
  values: unknown[][];
}

/** Enough distinct parameter lists per statement to see it with each kind of value a test sends. */
const MAX_VALUE_SETS = 8;

export class StatementRecorder extends QueryCounter {
  private recording = false;
  /** Statement text → sources (`file: function`). */
  private readonly found = new Map<string, Set<string>>();
  /** A name for what the test is doing, kept with each call (see `calls`): the routing spec's kind of request. */
  phase = '';
  /** `phase \0 label \0 statement` → the call with its parameter values (see `calls`). */
  private readonly withValues = new Map<string, RecordedCall & { keys: Set<string> }>();
  /** Statements sent while recording whose stack shows no API module (should stay empty). */
  readonly unattributed = new Set<string>();
  private readonly trees = new Map<string, ts.SourceFile>();

  constructor() {
    super(true);
  }

  start(): void {
    this.recording = true;
    recordStatementSources(true);
  }

  stop(): void {
    this.recording = false;
    recordStatementSources(false);
  }

  override logQuery(query: string, parameters?: unknown[]): void {
    super.logQuery(query, parameters);
    if (!this.recording) return;
    const sql = normalise(query);
    if (CONTROL.test(sql)) return;
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 50;
    const here = new Error().stack ?? '';
    Error.stackTraceLimit = limit;
    // The logger's own stack first, then the sites in effect from the innermost out: the call of `query`, then
    // the creation of the loader whose batch called it.
    const candidates = [{ stack: here, creation: false }, ...[...currentSites()].reverse()];
    let frame: Frame | undefined;
    let creation = false;
    for (const candidate of candidates) {
      frame = firstSourceFrame(candidate.stack);
      creation = candidate.creation;
      if (frame) break;
    }
    if (!frame) {
      // Statements of the test itself (api.sql) pass only through the query helper.
      if (!candidates.some((candidate) => isTestOnly(candidate.stack))) this.unattributed.add(sql);
      return;
    }
    const source = `${frame.file}: ${this.functionAt(frame, creation)}`;
    const sources = this.found.get(sql) ?? new Set<string>();
    sources.add(source);
    this.found.set(sql, sources);
    this.keepValues(source, sql, parameters ?? []);
  }

  /** Keeps a copy of the values (a caller may reuse its array), once per distinct list. */
  private keepValues(label: string, sql: string, parameters: unknown[]): void {
    const id = `${this.phase}\0${label}\0${sql}`;
    let call = this.withValues.get(id);
    if (!call)
      this.withValues.set(id, (call = { phase: this.phase, label, sql, values: [], keys: new Set() }));
    if (call.values.length >= MAX_VALUE_SETS) return;
    const key = JSON.stringify(parameters, (_name, value: unknown) =>
      typeof value === 'bigint' ? `${value}n` : value,
    );
    if (call.keys.has(key)) return;
    call.keys.add(key);
    call.values.push(parameters.map(copy));
  }

  /** Every statement with the function that issued it and its parameter values, by phase, label and text. */
  calls(): RecordedCall[] {
    return [...this.withValues.values()]
      .map(({ phase, label, sql, values }) => ({ phase, label, sql, values }))
      .sort((a, b) => compare(a.phase, b.phase) || compare(a.label, b.label) || compare(a.sql, b.sql));
  }

  /** The recorded statements, one entry per (domain, statement), sorted by source and text. */
  recorded(): RecordedStatement[] {
    const out: RecordedStatement[] = [];
    for (const [sql, sources] of this.found) {
      const byDomain = new Map<string, string[]>();
      for (const source of sources) {
        const domain = source.slice(0, source.indexOf('/'));
        byDomain.set(domain, [...(byDomain.get(domain) ?? []), source]);
      }
      for (const [domain, list] of byDomain) out.push({ domain, source: list.sort().join('\n-- '), sql });
    }
    return out.sort(
      (a, b) => compare(a.domain, b.domain) || compare(a.source, b.source) || compare(a.sql, b.sql),
    );
  }

  /** Names the function around a frame from the syntax tree: classes, functions, methods, named properties. */
  private functionAt(frame: Frame, creation: boolean): string {
    let tree = this.trees.get(frame.file);
    if (!tree) {
      const text = readFileSync(join(SRC, frame.file), 'utf8');
      tree = ts.createSourceFile(frame.file, text, ts.ScriptTarget.Latest, true);
      this.trees.set(frame.file, tree);
    }
    const position = tree.getPositionOfLineAndCharacter(frame.line - 1, frame.column - 1);
    const path: ts.Node[] = [];
    let node: ts.Node | undefined = tree;
    while (node) {
      path.push(node);
      node = node
        .getChildren(tree)
        .find((child) => child.getStart(tree) <= position && position < child.getEnd());
    }
    const names: string[] = [];
    path.forEach((at, index) => {
      const name = nameOf(at);
      if (!name) return;
      if (ts.isVariableDeclaration(at) || ts.isPropertyAssignment(at)) {
        // `const rows = await query(...)` names a result, not a function: only a function within it, or the
        // creation of a loader (`householdById: createKeyLoader(...)`), names the statement's source.
        const within = path.slice(index + 1).some((inner) => ts.isFunctionLike(inner));
        if (!within && !creation) return;
      }
      names.push(name);
    });
    return names.join('.') || '(module)';
  }
}

/** A copy of a parameter value that keeps what node-postgres looks at (Buffer, Date, arrays, plain objects). */
function copy(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return Buffer.from(value);
  if (value instanceof Date) return new Date(value.getTime());
  if (Array.isArray(value)) return value.map(copy);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, copy(inner)]));
  return value;
}

function nameOf(node: ts.Node): string | undefined {
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  if (
    ts.isClassDeclaration(node) ||
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isPropertyDeclaration(node) ||
    ts.isPropertyAssignment(node) ||
    ts.isVariableDeclaration(node)
  ) {
    const name = node.name;
    return name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined;
  }
  return undefined;
}

/** `at fn (file:line:column)` or `at [async] file:line:column`; the file may hold spaces. */
const FRAME = /^at (?:async )?(?:.*? \((.+):(\d+):(\d+)\)|(.+):(\d+):(\d+))$/;

function frames(stack: string): Frame[] {
  return stack
    .split('\n')
    .slice(1)
    .map((line) => FRAME.exec(line.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => {
      const [file, line, column] = match[1] ? match.slice(1, 4) : match.slice(4, 7);
      return { file, line: Number(line), column: Number(column) };
    });
}

function firstSourceFrame(stack: string): Frame | undefined {
  for (const frame of frames(stack)) {
    const file = relative(SRC, frame.file).split(sep).join('/');
    if (file.startsWith('..') || !file.endsWith('.ts') || PLUMBING.has(file)) continue;
    return { ...frame, file };
  }
  return undefined;
}

function isTestOnly(stack: string): boolean {
  return frames(stack).some((frame) => frame.file.startsWith(join(__dirname, '/')));
}

/**
 * The identity of a statement: comments dropped (string literals kept), whitespace runs made one space;
 * placeholders ($n) and everything else stay as they are.
 */
export function normalise(sql: string): string {
  return sql
    .replace(/'(?:[^']|'')*'|--[^\n]*|\/\*[\s\S]*?\*\//g, (token) => (token.startsWith("'") ? token : ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** A statement laid out one clause and one column a line (sql-formatter), so that a diff shows what changed. */
export function layout(sql: string): string {
  try {
    return format(sql, { language: 'postgresql', keywordCase: 'preserve', tabWidth: 2 });
  } catch {
    // A statement the formatter cannot parse stays on one line.
    return sql;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The snapshot file of one domain. */
export function renderSnapshot(domain: string, statements: RecordedStatement[]): string {
  const lines = [
    `-- SQL of libs/api/src/${domain}/ as the API sends it, recorded by libs/api/test/sql-snapshots.spec.ts.`,
    '-- Generated: do not edit. Update with `npm run sql:snapshots` and review the diff with the code change.',
  ];
  for (const statement of statements) lines.push('', `-- ${statement.source}`, `${layout(statement.sql)};`);
  return `${lines.join('\n')}\n`;
}
