import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** How to get HAProxy, for the messages that say it is missing. */
export const HAPROXY_INSTALL = 'apt-get install -y haproxy (Debian bookworm ships 2.6)';

/** The haproxy program (HAPROXY or PATH), with its version, or null when there is none. */
export async function findHaproxy(): Promise<{ path: string; version: string } | null> {
  const candidates = [process.env.HAPROXY, 'haproxy', '/usr/sbin/haproxy'].filter((c): c is string => Boolean(c));
  for (const candidate of candidates) {
    try {
      const { stdout } = await run(candidate, ['-v'], { timeout: 5_000 });
      return { path: candidate, version: stdout.split('\n')[0]!.trim() };
    } catch {
      /* not there */
    }
  }
  return null;
}

/**
 * The balancer's configuration: round robin over the servers, each checked
 * with GET /healthz every 500 ms (down after two failures, up after two
 * successes); a request whose connection fails is sent to the other server
 * (`retries` with `option redispatch`). A request already sent to a server
 * that dies is not replayed: the client sees 502 and retries it with its
 * idempotency key.
 */
export function haproxyConfig(port: number, servers: number[], statsSocket: string): string {
  return `global
    maxconn 512
    stats socket ${statsSocket} mode 600 level admin

defaults
    mode http
    option http-keep-alive
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    timeout http-keep-alive 10s
    retries 2
    option redispatch

frontend cadre
    bind 127.0.0.1:${port}
    default_backend servers

backend servers
    balance roundrobin
    option httpchk GET /healthz
    http-check expect status 200
${servers.map((p, i) => `    server s${i + 1} 127.0.0.1:${p} check inter 500 fall 2 rise 2`).join('\n')}
`;
}

export interface Balancer {
  port: number;
  stop: () => Promise<void>;
}

/** Writes haproxy.cfg into `dir`, checks it (-c) and starts HAProxy in the foreground (-db) until stop(). */
export async function startHaproxy(program: string, dir: string, port: number, servers: number[]): Promise<Balancer> {
  const cfg = path.join(dir, 'haproxy.cfg');
  await fs.writeFile(cfg, haproxyConfig(port, servers, path.join(dir, 'haproxy.sock')));
  await run(program, ['-c', '-f', cfg]);
  let output = '';
  const child = spawn(program, ['-db', '-f', cfg], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
  child.stderr.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Up when a request through it reaches a server.
  const until = Date.now() + 20_000;
  for (;;) {
    const status = await new Promise<number>((resolve) => {
      const req = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 1000 }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', () => resolve(0));
      req.on('timeout', () => req.destroy());
    });
    if (status === 200) break;
    if (child.exitCode !== null || Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`HAProxy did not come up on 127.0.0.1:${port}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    port,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
