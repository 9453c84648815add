/**
 * CPU time of the processes this one started (Chromium's browser, renderer, GPU and utility
 * processes under Playwright), from /proc: what a Chromium figure costs in work, beside its wall
 * clock, which on a loaded shared machine mostly measures the wait for a core. Linux only;
 * elsewhere `null`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

function processes(): Map<number, { parent: number; ticks: number }> {
  const found = new Map<number, { parent: number; ticks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which may hold spaces and parentheses: state, ppid, … utime (14th), stime (15th).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      found.set(Number(entry), { parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended while being read.
    }
  }
  return found;
}

/** User + system CPU ms of every live descendant of this process; null where /proc is missing. */
export function childProcessesCpuMs(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const all = processes();
  let ticks = 0;
  for (const [pid, { ticks: own }] of all) {
    let ancestor = all.get(pid)?.parent;
    while (ancestor && ancestor !== process.pid && ancestor !== 1) ancestor = all.get(ancestor)?.parent;
    if (ancestor === process.pid) ticks += own;
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
