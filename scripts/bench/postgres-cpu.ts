import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds (user + system) of the embedded PostgreSQL: its postmaster (found by its data directory) and the backends it forked;
 * with `reaped`, also what backends that have exited used (the postmaster's reaped children), so a connection closed between two
 * readings is not lost.
 */
export function postgresCpuSeconds(dataDir: string, options: { reaped?: boolean } = {}): number {
  const tick = 100;
  const stat = (pid: string) => {
    try {
      const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      return { ppid: fields[1]!, cpu: (Number(fields[11]) + Number(fields[12])) / tick, reaped: (Number(fields[13]) + Number(fields[14])) / tick };
    } catch {
      return null;
    }
  };
  const pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  // The postmaster: a postgres program whose command line names the directory (a bench script given the directory as an argument is not).
  const master = pids.find((p) => {
    try {
      const [program = '', ...args] = readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0');
      return Number(p) !== process.pid && program.endsWith('postgres') && args.some((arg) => arg.includes(dataDir));
    } catch {
      return false;
    }
  });
  if (!master) return NaN;
  return pids.reduce((sum, p) => {
    const s = stat(p);
    if (!s || (p !== master && s.ppid !== master)) return sum;
    return sum + s.cpu + (p === master && options.reaped ? s.reaped : 0);
  }, 0);
}
