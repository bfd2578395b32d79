#!/usr/bin/env node
/**
 * Summarizes a V8 .cpuprofile (as written by `api-bench.mjs --cpu-prof DIR`): CPU self time by package and
 * the functions with the most self time, so a benchmark run says where the server's CPU went.
 *
 *   node tools/bench/src/cpu-profile-summary.mjs DIR_OR_FILE [--top 25]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' } },
});
if (positionals.length !== 1) {
  console.error('Usage: node tools/bench/src/cpu-profile-summary.mjs DIR_OR_FILE [--top 25]');
  process.exit(2);
}

/** The newest .cpuprofile of a folder, or the file itself. */
function profileFile(target) {
  if (!statSync(target).isDirectory()) return target;
  const files = readdirSync(target)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => path.join(target, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (!files.length) throw new Error(`no .cpuprofile in ${target}`);
  return files[0];
}

/** Package (or area) a script belongs to. */
function areaOf(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native / builtins)';
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[1] ?? url.slice(5)}`;
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + '/node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const lib = /\/(libs|apps)\/([^/]+)\//.exec(url);
  if (lib) return `${lib[1]}/${lib[2]}`;
  return url;
}

const file = profileFile(positionals[0]);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));

// Self time per node: samples x the interval that follows each sample.
const selfUs = new Map();
for (let i = 0; i < profile.samples.length; i += 1) {
  const delta = profile.timeDeltas[i + 1] ?? 0;
  selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + delta);
}

const byArea = new Map();
const byFunction = new Map();
let total = 0;
let idle = 0;
for (const [id, us] of selfUs) {
  const { callFrame } = nodes.get(id);
  const area = areaOf(callFrame.url, callFrame.functionName);
  if (area === '(idle)') {
    idle += us;
    continue;
  }
  total += us;
  byArea.set(area, (byArea.get(area) ?? 0) + us);
  const where = callFrame.url
    ? `${areaOf(callFrame.url, '')} ${path.basename(callFrame.url)}:${callFrame.lineNumber + 1}`
    : area;
  const key = `${callFrame.functionName || '(anonymous)'}  [${where}]`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
}

const wall = profile.endTime - profile.startTime;
const ms = (us) => (us / 1000).toFixed(0).padStart(7);
const pct = (us) => `${((us / total) * 100).toFixed(1).padStart(5)}%`;
console.log(`${file}`);
console.log(
  `wall ${ms(wall)} ms, busy ${ms(total)} ms (${((total / wall) * 100).toFixed(0)}% of one core), idle ${ms(idle)} ms`,
);
console.log('\nCPU self time by package / area:');
for (const [area, us] of [...byArea].sort((a, b) => b[1] - a[1]).slice(0, 20))
  console.log(`  ${ms(us)} ms ${pct(us)}  ${area}`);
console.log(`\nTop ${values.top} functions by self time:`);
for (const [name, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)))
  console.log(`  ${ms(us)} ms ${pct(us)}  ${name}`);
