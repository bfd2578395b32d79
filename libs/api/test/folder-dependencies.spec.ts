/**
 * Domain folders of libs/api/src depend in one direction: zones <- buildings <- households <- persons <- workflow,
 * with shared pure code in common/ or @census/rules. The folder pairs that still import each other are listed here
 * (server is the composition root that wires every domain, and domains read its request context); a new mutual
 * pair fails this test. When a pair is gone, delete it from the list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '..', 'src');

const KNOWN_MUTUAL_PAIRS = [
  'accounts <-> server',
  'auth <-> common', // common/zone-checks takes auth's Scope
  'auth <-> privacy', // auth/secrets loads privacy's FieldKeys
  'auth <-> server',
  'buildings <-> server',
  'changes <-> server',
  'exports <-> server',
  'households <-> privacy', // privacy.resolver's Household fields
  'households <-> server',
  'long-form <-> server',
  'persons <-> privacy', // privacy.resolver's Person fields
  'persons <-> server',
  'privacy <-> server',
  'problems <-> server',
  'progress <-> server',
  'reconciliation <-> server',
  'registry <-> server',
  'self-report <-> server',
  'server <-> sources',
  'server <-> visits',
  'server <-> workflow',
  'server <-> zones',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

function folderOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0];
}

/** `a -> b` for every folder a whose files import a module of folder b. */
function folderImports(): Set<string> {
  const edges = new Set<string>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bfrom '(\.\.?\/[^']+)'/g)) {
      const from = folderOf(file);
      const to = folderOf(path.resolve(path.dirname(file), match[1]));
      if (from !== to && !to.startsWith('..')) edges.add(`${from} -> ${to}`);
    }
  }
  return edges;
}

describe('folder dependencies of libs/api/src', () => {
  it('has no mutual folder pair beyond the known ones', () => {
    const edges = folderImports();
    const mutual = [...edges]
      .map((edge) => edge.split(' -> '))
      .filter(([a, b]) => a < b && edges.has(`${b} -> ${a}`))
      .map(([a, b]) => `${a} <-> ${b}`);
    expect(mutual.filter((pair) => !KNOWN_MUTUAL_PAIRS.includes(pair))).toEqual([]);
  });

  it('keeps the domain chain one-way', () => {
    const edges = folderImports();
    for (const [lower, higher] of [
      ['zones', 'buildings'],
      ['zones', 'households'],
      ['zones', 'persons'],
      ['buildings', 'households'],
      ['households', 'persons'],
      ['households', 'workflow'],
      ['persons', 'workflow'],
      ['auth', 'accounts'],
    ]) {
      expect(edges.has(`${lower} -> ${higher}`) ? `${lower} imports ${higher}` : 'ok').toBe('ok');
    }
  });
});
