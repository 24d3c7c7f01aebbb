import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource, Logger } from 'typeorm';
import { inject } from 'vitest';
import { createApp, type RunningApp } from '../../server/app.js';
import { loadConfig, type AppConfig } from '../../server/config.js';
import { createDataSource } from '../../server/db/data-source.js';
import { DEMO_PASSWORD, seedDemo } from '../../server/seed/demo.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }>;
}

/** A settable clock, handed to the app so that tests move time instead of sleeping. */
export class TestClock {
  constructor(private current = new Date('2026-11-21T09:00:00+08:00')) {}
  now = (): Date => new Date(this.current);
  set(to: Date | string): void {
    this.current = new Date(to);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface TestApp {
  url: string;
  dataSource: DataSource;
  databaseUrl: string;
  clock: TestClock;
  app: RunningApp;
  /** Every SQL statement the app's DataSource has run (for N+1 checks): read, then `.length = 0` to reset. */
  queries: string[];
  /** POST a GraphQL operation over HTTP through the whole Apollo pipeline. */
  gql: <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: { token?: string | null; headers?: Record<string, string> }) => Promise<GraphQLResponse<T>>;
  /** Signs a demo user in and returns the bearer token. */
  signIn: (username: string, password?: string) => Promise<string>;
  close: () => Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * A fresh database cloned from the migrated template, seeded with the demo
 * province (unless `seed: false`), and the real Express + Apollo app on a
 * free port. One per test file; `close()` drops the database again.
 */
export async function startTestApp(options: { seed?: boolean; config?: Partial<AppConfig> } = {}): Promise<TestApp> {
  const adminUrl = inject('adminUrl');
  const database = `${inject('databasePrefix')}${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database} TEMPLATE ${inject('templateDatabase')}`);
  await admin.end();
  const databaseUrl = withDatabase(adminUrl, database);
  const queries: string[] = [];
  const logger: Logger = {
    logQuery: (query) => void queries.push(query),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  const dataSource = createDataSource(databaseUrl, { poolSize: 10, logger });
  await dataSource.initialize();
  if (options.seed !== false) await dataSource.transaction((m) => seedDemo(m));
  const clock = new TestClock();
  // Every request of a test comes from 127.0.0.1: the anonymous rate limits are lifted unless a test sets them.
  const unlimited = { points: 1_000_000, durationSeconds: 60 };
  const config = {
    ...loadConfig({}),
    rateLimits: { signIn: unlimited, lodgeObjection: unlimited, publicNotices: unlimited },
    ...options.config,
    databaseUrl,
  };
  const app = await createApp({ dataSource, config, now: clock.now, log: process.env.TEST_LOG ? console.error : () => undefined });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;

  const gql: TestApp['gql'] = async (query, variables, opts = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...opts.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<never>;
  };

  return {
    url,
    dataSource,
    databaseUrl,
    clock,
    app,
    queries,
    gql,
    signIn: async (username, password = DEMO_PASSWORD) => {
      const res = await gql<{ signIn: { token: string } }>(
        `mutation($input: SignInInput!) { signIn(input: $input) { token } }`,
        { input: { username, password } },
      );
      if (!res.data?.signIn) throw new Error(`sign-in of ${username} failed: ${JSON.stringify(res.errors)}`);
      return res.data.signIn.token;
    },
    close: async () => {
      await app.stop();
      await dataSource.destroy();
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await again.end();
    },
  };
}

/** The code of the first error, for `expect(codeOf(res)).toBe('FORBIDDEN')`. */
export const codeOf = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code;
