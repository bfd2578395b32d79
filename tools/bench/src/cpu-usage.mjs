/**
 * CPU accounting from /proc (Linux), so that a benchmark says who used the cores during the measured window:
 * the API's Node process, its PostgreSQL processes, this load generator, and anything else on the machine.
 * On a 2-core machine "anything else" (a build, a test run) silently halves the figures; it is reported.
 * Everywhere else the functions answer null and the report leaves the CPU columns out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';

/** Linux reports process times in USER_HZ, 100 on every mainstream kernel. */
const TICKS_PER_SECOND = 100;
const available = existsSync('/proc/stat');

function machineTicks() {
  const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n');
  const fields = cpu.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  const idle = fields[3] + (fields[4] ?? 0); // idle + iowait
  return { total, busy: total - idle };
}

/** pid -> { ppid, ticks (utime + stime) } of every process. */
function processTable() {
  const table = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // Fields after "(comm)": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    table.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
  }
  return table;
}

/**
 * Every process below `pid` (its embedded Postgres: postmaster and backends; backends make themselves process
 * group leaders, so the process tree, not the group, finds them).
 */
export function descendants(pid, table = available ? processTable() : new Map()) {
  const found = new Set();
  let grew = true;
  while (grew) {
    grew = false;
    for (const [child, { ppid }] of table) {
      if (!found.has(child) && (ppid === pid || found.has(ppid))) {
        found.add(child);
        grew = true;
      }
    }
  }
  return [...found];
}

/** Direct children of `pid`. */
export function childrenOf(pid) {
  if (!available) return [];
  return [...processTable()].filter(([, { ppid }]) => ppid === pid).map(([child]) => child);
}

/** Ticks of the server process and, separately, of all its descendants (which may come and go). */
function serverTicks(pid, memo) {
  const table = processTable();
  const leader = table.get(pid)?.ticks ?? null; // null: the server died
  for (const child of descendants(pid, table)) memo.set(child, table.get(child).ticks);
  return { leader, others: [...memo.values()].reduce((a, b) => a + b, 0) };
}

/**
 * Starts a CPU window; `stop()` answers cores used on average (1.0 = one core busy) by the machine, the
 * API's Node process (`serverPid`), the processes below it (its embedded Postgres), and this process.
 */
export function cpuWindow(serverPid) {
  if (!available) return { stop: () => null };
  const startMemo = new Map();
  const start = {
    at: performance.now(),
    machine: machineTicks(),
    server: serverPid ? serverTicks(serverPid, startMemo) : null,
    self: process.cpuUsage(),
  };
  return {
    stop() {
      const seconds = (performance.now() - start.at) / 1000;
      const machine = machineTicks();
      const cores = os.cpus().length;
      const machineCores =
        ((machine.busy - start.machine.busy) / (machine.total - start.machine.total)) * cores;
      const self = process.cpuUsage(start.self);
      const client = (self.user + self.system) / 1e6 / seconds;
      let api = null;
      let postgres = null;
      if (start.server) {
        // A descendant seen at the start keeps its start ticks; one that exited meanwhile counts what it had.
        const endMemo = new Map(startMemo);
        const server = serverTicks(serverPid, endMemo);
        api =
          server.leader === null || start.server.leader === null
            ? null
            : (server.leader - start.server.leader) / TICKS_PER_SECOND / seconds;
        postgres = (server.others - start.server.others) / TICKS_PER_SECOND / seconds;
      }
      const known = client + (api ?? 0) + (postgres ?? 0);
      return {
        cores,
        machine: round2(machineCores),
        api: api === null ? null : round2(api),
        postgres: postgres === null ? null : round2(postgres),
        client: round2(client),
        // With --url the server's own use is unknown and lands in "other".
        other: round2(Math.max(0, machineCores - known)),
      };
    },
  };
}

/** Cores busy on the machine over `ms`, before a run: anything above ~0.2 means someone else is working. */
export async function machineLoad(ms, sleep) {
  if (!available) return null;
  const window = cpuWindow(null);
  await sleep(ms);
  return window.stop()?.machine ?? null;
}

function round2(value) {
  return Math.round(value * 100) / 100;
}
