/** The IPC messages between transitions.ts (parent) and server-child.ts. */

export interface ServerStats {
  /** Highest RSS sampled (every 100 ms) since the last reset, in bytes. */
  peakRss: number;
  rss: number;
  heapUsed: number;
  /** The kernel's lifetime high-water mark of the process (start-up included), in bytes; null off Linux. */
  vmHwm: number | null;
  /** SQL statements the app sent since the last reset. */
  queries: number;
  /** Errors the app logged (GraphQL INTERNAL, SQL errors) since the last reset. */
  errorsLogged: number;
  firstErrors: string[];
  samples: number;
  /** GraphQL requests the server received since the last reset. */
  requests?: number;
  /** CPU time of the server process since the last reset, in microseconds. */
  cpuMicros: number;
  /** Of which in the kernel (system calls: socket writes and reads). */
  cpuSystemMicros: number;
  /** With BENCH_TRACE_SQL: the first statements after the last reset (one request's worth). */
  trace: string[];
}

export type ParentMessage =
  | { type: 'reset' }
  | { type: 'stats' }
  /** Shift the server's clock by this much from the real time (0: the real time). */
  | { type: 'clock'; offsetMs: number }
  | { type: 'profile-start'; intervalMicros: number }
  | { type: 'profile-stop'; path: string }
  | { type: 'stop' };

export type ChildMessage =
  | { type: 'ready'; port: number; pid: number }
  | { type: 'reset-done' }
  | { type: 'clock-set' }
  | { type: 'stats'; stats: ServerStats }
  | { type: 'profile-started' }
  | { type: 'profile-stopped'; path: string | null }
  | { type: 'stopped' }
  | { type: 'error'; message: string };
