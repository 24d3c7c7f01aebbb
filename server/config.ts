import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mailSettingsFromEnv, type MailSettings } from './mail/mail-settings.js';
import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy } from './accounts/password-policy.js';
import type { DocumentFontSettings } from './documents/font.js';
import { attachmentSettingsFromEnv, type AttachmentSettings } from './attachments/attachment-settings.js';

/** The project root, whether running from sources (server/) or from dist/server/. */
export const PROJECT_ROOT = (() => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return here.includes(`${path.sep}dist${path.sep}`) ? path.resolve(here, '../..') : path.resolve(here, '..');
})();

/** Request rate limits of the anonymous operations (applied by graphql/rate-limit.ts). */
export interface RateLimit {
  /** Requests allowed per address in each window. */
  points: number;
  /** The window, in seconds. */
  durationSeconds: number;
}

export type RateLimitedField = 'signIn' | 'lodgeObjection' | 'publicNotices';

export const DEFAULT_RATE_LIMITS: Record<RateLimitedField, RateLimit> = {
  signIn: { points: 30, durationSeconds: 60 },
  // Each objection holds a decision until it is investigated: few per address.
  lodgeObjection: { points: 5, durationSeconds: 600 },
  publicNotices: { points: 120, durationSeconds: 60 },
};

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

function parseTrustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

/** Which account field a claim of the ID token is matched against on a subject's first sign-in. */
export const OIDC_MATCH_FIELDS = ['username', 'personNo'] as const;
export type OidcMatchField = (typeof OIDC_MATCH_FIELDS)[number];

/** Sign-in through the organisation's identity provider (OpenID Connect); see docs/security.md. */
export interface OidcSettings {
  /** The provider's issuer URL; its discovery document is read from `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back; empty: this server's own origin + /auth/oidc/callback. */
  redirectUri: string;
  /**
   * Where the provider sends the browser after signing it out there too (it
   * must be registered at the provider); empty: this server's own origin +
   * /sign-in.
   */
  postLogoutRedirectUri?: string;
  /** The scopes asked for; `openid` is always among them. */
  scopes: string;
  /** The text of the sign-in page's button. */
  displayName: string;
  /** A claim matched to an account on a subject's first sign-in, or null: only subjects an administrator linked sign in. */
  matchClaim: string | null;
  /** The account field the claim is matched to: the username, or the personnel-file number of the account's cadre. */
  matchField: OidcMatchField;
  /** Whether an account that has an external identity may still sign in with its password. */
  passwordForLinkedAccounts: boolean;
}

function oidcFromEnv(env: NodeJS.ProcessEnv): OidcSettings | null {
  const issuer = env.OIDC_ISSUER?.trim();
  if (!issuer) return null;
  if (!URL.canParse(issuer)) throw new Error(`OIDC_ISSUER must be a URL, got "${issuer}"`);
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!clientId) throw new Error('OIDC_ISSUER is set: OIDC_CLIENT_ID is needed too');
  const matchField = (env.OIDC_MATCH_FIELD?.trim() || 'username') as OidcMatchField;
  if (!OIDC_MATCH_FIELDS.includes(matchField)) throw new Error(`OIDC_MATCH_FIELD must be one of ${OIDC_MATCH_FIELDS.join(', ')}, got "${matchField}"`);
  const redirectUri = env.OIDC_REDIRECT_URI?.trim() || (env.PUBLIC_URL?.trim() ? `${env.PUBLIC_URL.trim().replace(/\/+$/, '')}/auth/oidc/callback` : '');
  if (redirectUri && !URL.canParse(redirectUri)) throw new Error(`OIDC_REDIRECT_URI must be a URL, got "${redirectUri}"`);
  const postLogoutRedirectUri = env.OIDC_POST_LOGOUT_REDIRECT_URI?.trim() || (env.PUBLIC_URL?.trim() ? `${env.PUBLIC_URL.trim().replace(/\/+$/, '')}/sign-in` : '');
  if (postLogoutRedirectUri && !URL.canParse(postLogoutRedirectUri)) throw new Error(`OIDC_POST_LOGOUT_REDIRECT_URI must be a URL, got "${postLogoutRedirectUri}"`);
  return {
    issuer,
    clientId,
    clientSecret: env.OIDC_CLIENT_SECRET ?? '',
    redirectUri,
    postLogoutRedirectUri,
    scopes: env.OIDC_SCOPES?.trim() || 'openid profile',
    displayName: env.OIDC_DISPLAY_NAME?.trim() || '统一身份认证',
    matchClaim: env.OIDC_MATCH_CLAIM?.trim() || null,
    matchField,
    passwordForLinkedAccounts: env.OIDC_PASSWORD_FOR_LINKED !== '0',
  };
}

export interface AppConfig {
  port: number;
  /** Empty: start the embedded PostgreSQL under dataDir. */
  databaseUrl: string;
  /** Read replicas of DATABASE_URL (DATABASE_REPLICA_URLS, comma-separated): reports, dashboards, exports and the audit log are read there (db/replica.ts). */
  databaseReplicaUrls: string[];
  dataDir: string;
  production: boolean;
  sessionHours: number;
  /** The password policy (see accounts/password-policy.ts). */
  passwordPolicy: PasswordPolicy;
  /** The address printed on one-time password slips for people to sign in at (SIGN_IN_URL); empty: the web app's own address. */
  signInUrl: string;
  /** Sign-in throttle: free failures per account and address, and the longest delay after them (see auth/throttle.ts). */
  lockout: { maxFailures: number; minutes: number };
  /** Requests per client address and window for the anonymous operations (see graphql/rate-limit.ts). */
  rateLimits: Record<RateLimitedField, RateLimit>;
  /** Free failures for one account from all addresses, and from one address across accounts. */
  signInThrottle: { accountFreeFailures: number; addressFreeFailures: number };
  /**
   * Express's `trust proxy`: which proxies' X-Forwarded-For / -Proto to believe, so that the client
   * address (sign-in throttle, audit) and https (Secure cookies) are the real ones behind a load balancer.
   * false (default): none; or a hop count, `loopback`, a list of addresses or subnets.
   */
  trustProxy: boolean | number | string;
  limits: {
    maxDepth: number;
    maxCost: number;
    maxAliases: number;
    maxTokens: number;
    bodyBytes: string;
    /** From this estimated cost on a request is heavy: at most `heavyConcurrency` run at once per process, `heavyQueue` more wait. */
    heavyCost: number;
    heavyConcurrency: number;
    heavyQueue: number;
  };
  /** Serve the built web app from here (web/dist). */
  webDist: string;
  /** E-mail delivery of notifications, the daily digest and the escalation of overdue steps (mail/mail-settings.ts). */
  mail: MailSettings;
  /** Sign-in through an OpenID Connect provider; null (OIDC_ISSUER unset): off, no routes, no button. */
  oidc: OidcSettings | null;
  /** The CJK font embedded in official documents (DOCUMENT_FONT, DOCUMENT_FONT_FAMILY); empty: Debian's fonts-wqy-zenhei or Noto CJK. */
  documentFont: DocumentFontSettings;
  /** Where `npm run backup` writes dumps and `npm run audit:prune` its archives by default (BACKUP_DIR). */
  backupDir: string;
  /** AUDIT_RETENTION_MONTHS: audit entries older than this may be archived and pruned; null keeps them for ever. */
  auditRetentionMonths: number | null;
  /** Attachments: size and count limits, PostgreSQL or a folder (attachments/attachment-settings.ts). */
  attachments: AttachmentSettings;
}

/** The shortest audit retention allowed: no audit entry younger than this may ever be pruned (also enforced by the database). */
export const MIN_AUDIT_RETENTION_MONTHS = 6;

/** AUDIT_RETENTION_MONTHS: unset keeps the audit trail for ever; a setting below the minimum is refused at start-up. */
export function parseAuditRetention(raw: string | undefined): number | null {
  if (raw === undefined || raw.trim() === '') return null;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < MIN_AUDIT_RETENTION_MONTHS) {
    throw new Error(
      `AUDIT_RETENTION_MONTHS must be a whole number of months, at least ${MIN_AUDIT_RETENTION_MONTHS}, got "${raw}" (unset it to keep the audit trail for ever)`,
    );
  }
  return value;
}

/**
 * DATABASE_REPLICA_URLS (or DATABASE_REPLICA_URL): streaming replicas of
 * DATABASE_URL, comma-separated. Only with DATABASE_URL: the embedded
 * PostgreSQL has no replica.
 */
export function replicaUrlsFromEnv(env: NodeJS.ProcessEnv): string[] {
  const raw = env.DATABASE_REPLICA_URLS ?? env.DATABASE_REPLICA_URL ?? '';
  const urls = raw
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  for (const url of urls) {
    if (!URL.canParse(url)) throw new Error(`DATABASE_REPLICA_URLS must be PostgreSQL connection URLs, got "${url}"`);
  }
  if (urls.length && !env.DATABASE_URL) throw new Error('DATABASE_REPLICA_URLS needs DATABASE_URL: the primary the replicas follow');
  return urls;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: intFromEnv('PORT', 4000),
    databaseUrl: env.DATABASE_URL ?? '',
    databaseReplicaUrls: replicaUrlsFromEnv(env),
    dataDir: path.resolve(PROJECT_ROOT, env.DATA_DIR || '.data'),
    production: env.NODE_ENV === 'production',
    sessionHours: intFromEnv('SESSION_HOURS', 12),
    lockout: { maxFailures: intFromEnv('LOCKOUT_MAX_FAILURES', 5), minutes: intFromEnv('LOCKOUT_MINUTES', 15) },
    passwordPolicy: {
      minLength: Math.max(6, intFromEnv('PASSWORD_MIN_LENGTH', DEFAULT_PASSWORD_POLICY.minLength)),
      minClasses: Math.min(4, intFromEnv('PASSWORD_MIN_CLASSES', DEFAULT_PASSWORD_POLICY.minClasses)),
      expiryDays: intFromEnv('PASSWORD_EXPIRY_DAYS', DEFAULT_PASSWORD_POLICY.expiryDays),
    },
    signInUrl: env.SIGN_IN_URL ?? '',
    rateLimits: {
      signIn: { points: intFromEnv('RATE_LIMIT_SIGNIN_PER_MINUTE', DEFAULT_RATE_LIMITS.signIn.points), durationSeconds: 60 },
      lodgeObjection: { points: intFromEnv('RATE_LIMIT_OBJECTIONS_PER_10_MINUTES', DEFAULT_RATE_LIMITS.lodgeObjection.points), durationSeconds: 600 },
      publicNotices: { points: intFromEnv('RATE_LIMIT_PUBLIC_NOTICES_PER_MINUTE', DEFAULT_RATE_LIMITS.publicNotices.points), durationSeconds: 60 },
    },
    signInThrottle: {
      accountFreeFailures: intFromEnv('SIGNIN_ACCOUNT_FREE_FAILURES', 50),
      addressFreeFailures: intFromEnv('SIGNIN_ADDRESS_FREE_FAILURES', 100),
    },
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    limits: {
      maxDepth: intFromEnv('GRAPHQL_MAX_DEPTH', 10),
      maxCost: intFromEnv('GRAPHQL_MAX_COST', 40_000),
      heavyCost: intFromEnv('GRAPHQL_HEAVY_COST', 5_000),
      heavyConcurrency: Math.max(1, intFromEnv('GRAPHQL_HEAVY_CONCURRENCY', 1)),
      heavyQueue: intFromEnv('GRAPHQL_HEAVY_QUEUE', 50),
      maxAliases: intFromEnv('GRAPHQL_MAX_ALIASES', 30),
      maxTokens: intFromEnv('GRAPHQL_MAX_TOKENS', 2000),
      bodyBytes: env.GRAPHQL_MAX_BODY || '1mb',
    },
    webDist: path.resolve(PROJECT_ROOT, 'web/dist'),
    mail: mailSettingsFromEnv(env, intFromEnv('PORT', 4000)),
    oidc: oidcFromEnv(env),
    documentFont: { path: env.DOCUMENT_FONT?.trim() ?? '', family: env.DOCUMENT_FONT_FAMILY?.trim() ?? '' },
    backupDir: path.resolve(PROJECT_ROOT, env.BACKUP_DIR || 'backups'),
    auditRetentionMonths: parseAuditRetention(env.AUDIT_RETENTION_MONTHS),
    attachments: attachmentSettingsFromEnv(env, PROJECT_ROOT),
  };
}
