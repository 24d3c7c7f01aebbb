import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, whether running from sources (server/) or from dist/server/. */
export const PROJECT_ROOT = (() => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return here.includes(`${path.sep}dist${path.sep}`) ? path.resolve(here, '../..') : path.resolve(here, '..');
})();

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

export interface AppConfig {
  port: number;
  /** Empty: start the embedded PostgreSQL under dataDir. */
  databaseUrl: string;
  dataDir: string;
  production: boolean;
  sessionHours: number;
  lockout: { maxFailures: number; minutes: number };
  limits: { maxDepth: number; maxCost: number; maxAliases: number; maxTokens: number; bodyBytes: string };
  /** Serve the built web app from here (web/dist). */
  webDist: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: intFromEnv('PORT', 4000),
    databaseUrl: env.DATABASE_URL ?? '',
    dataDir: path.resolve(PROJECT_ROOT, env.DATA_DIR || '.data'),
    production: env.NODE_ENV === 'production',
    sessionHours: intFromEnv('SESSION_HOURS', 12),
    lockout: { maxFailures: intFromEnv('LOCKOUT_MAX_FAILURES', 5), minutes: intFromEnv('LOCKOUT_MINUTES', 15) },
    limits: {
      maxDepth: intFromEnv('GRAPHQL_MAX_DEPTH', 10),
      maxCost: intFromEnv('GRAPHQL_MAX_COST', 5000),
      maxAliases: intFromEnv('GRAPHQL_MAX_ALIASES', 30),
      maxTokens: intFromEnv('GRAPHQL_MAX_TOKENS', 2000),
      bodyBytes: env.GRAPHQL_MAX_BODY || '1mb',
    },
    webDist: path.resolve(PROJECT_ROOT, 'web/dist'),
  };
}
