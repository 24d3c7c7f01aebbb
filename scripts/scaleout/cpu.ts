import fs from 'node:fs/promises';

const TICKS_PER_SECOND = 100;

/** Fields 14–17 of /proc/<pid>/stat (utime, stime, cutime, cstime), in clock ticks; null when the process is gone. */
async function times(pid: number): Promise<{ own: number; reaped: number; ppid: number } | null> {
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (!stat) return null;
  // The command name (field 2) may hold spaces: count from the closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const n = (i: number) => Number(fields[i - 3]);
  return { ppid: n(4), own: n(14) + n(15), reaped: n(16) + n(17) };
}

/**
 * CPU seconds used so far by a process and its children: its own time, its
 * reaped children's (PostgreSQL's backends that ended) and its live
 * children's (the backends still connected). Linux only; null elsewhere.
 */
export async function cpuSeconds(pid: number): Promise<number | null> {
  const root = await times(pid);
  if (!root) return null;
  let ticks = root.own + root.reaped;
  for (const entry of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = await times(Number(entry));
    if (child && child.ppid === pid) ticks += child.own;
  }
  return ticks / TICKS_PER_SECOND;
}
