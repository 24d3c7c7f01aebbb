import { createHash, randomBytes } from 'node:crypto';
import cookieParser from 'cookie-parser';
import express, { type Request, type Response } from 'express';
import type { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { RateLimit } from '../../config.js';
import type { Services } from '../../services.js';
import { setSessionCookie } from '../auth.resolver.js';
import type { OidcRefusal } from './identity.service.js';
import type { OidcClient } from './oidc.client.js';

/** The browser's half of a pending sign-in: a random value whose hash keys the server's half (oidc_pending_sign_in). */
export const OIDC_COOKIE = 'cadre_oidc';
/** How long the provider may take to send the browser back. */
const PENDING_MINUTES = 10;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** A path of this site to return to after sign-in; anything else (another site, the sign-in page) is the home page. */
function returnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || value.startsWith('/sign-in')) return '/';
  return value;
}

interface Pending {
  state: string;
  nonce: string;
  code_verifier: string;
  redirect_uri: string;
  return_to: string;
}

/**
 * Sign-in through the organisation's identity provider, authorization code
 * flow with PKCE, state and nonce:
 *
 * - GET /auth/oidc/start: keeps a pending sign-in on the server (state,
 *   nonce, PKCE verifier) under the hash of a random value it gives the
 *   browser in a ten-minute cookie, and sends the browser to the provider;
 * - GET /auth/oidc/callback: takes the pending sign-in back once (the cookie
 *   ties it to the browser that started it), checks the state, exchanges the
 *   code and checks the ID token (openid-client), maps the subject to an
 *   account and opens a session exactly as password sign-in does, then sends
 *   the browser to the web app. Every failure sends it to the sign-in page
 *   with `?oidcError=<reason>` (OIDC_REFUSALS), never an error page.
 */
export function oidcRouter(options: {
  dataSource: DataSource;
  services: Services;
  client: OidcClient;
  now: () => Date;
  rateLimit: RateLimit;
  log: (message: string) => void;
}): express.Router {
  const { dataSource, services, client, now, log } = options;
  const router = express.Router();
  router.use(cookieParser());
  // Per client address, as signIn: one count for starting (each start keeps a row for ten minutes), one for coming back.
  const limiter = (keyPrefix: string) =>
    new RateLimiterPostgres({
      storeClient: (dataSource.driver as unknown as { master: Pool }).master,
      storeType: 'pool',
      tableName: 'rate_limit',
      tableCreated: true,
      keyPrefix,
      points: options.rateLimit.points,
      duration: options.rateLimit.durationSeconds,
      clearExpiredByTimeout: false,
    });
  const limiters = { start: limiter('oidcStart'), callback: limiter('oidcCallback') };
  /** Whether this address may go on; false: it has been sent to the sign-in page with RATE_LIMITED. */
  async function admitted(which: keyof typeof limiters, req: Request, res: Response): Promise<boolean> {
    try {
      await limiters[which].consume(req.ip ?? 'unknown');
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      refuse(res, 'RATE_LIMITED');
      return false;
    }
  }
  const refuse = (res: Response, reason: OidcRefusal) => res.redirect(303, `/sign-in?oidcError=${reason}`);
  const cookieOptions = (req: Request) => ({ httpOnly: true, sameSite: 'lax' as const, secure: req.secure, path: '/auth/oidc' });

  router.get('/start', async (req, res) => {
    try {
      if (!(await admitted('start', req, res))) return;
      const redirectUri = client.settings.redirectUri || `${req.protocol}://${req.get('host')}/auth/oidc/callback`;
      const request = await client.start(redirectUri);
      const binding = randomBytes(32).toString('base64url');
      const at = now();
      await dataSource.query(`DELETE FROM oidc_pending_sign_in WHERE expires_at < $1`, [at]);
      await dataSource.query(
        `INSERT INTO oidc_pending_sign_in (binding_hash, state, nonce, code_verifier, redirect_uri, return_to, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [sha256(binding), request.state, request.nonce, request.codeVerifier, redirectUri, returnTo(req.query.redirect), at, new Date(at.getTime() + PENDING_MINUTES * 60_000)],
      );
      res.cookie(OIDC_COOKIE, binding, { ...cookieOptions(req), maxAge: PENDING_MINUTES * 60_000 });
      res.set('Cache-Control', 'no-store').redirect(303, request.url.href);
    } catch (error) {
      log(`[oidc] start: ${error instanceof Error ? error.message : String(error)}`);
      refuse(res, 'PROVIDER_ERROR');
    }
  });

  router.get('/callback', async (req, res) => {
    res.set('Cache-Control', 'no-store');
    try {
      if (!(await admitted('callback', req, res))) return;
    } catch (error) {
      log(`[oidc] rate limit: ${error instanceof Error ? error.message : String(error)}`);
      return refuse(res, 'UNAVAILABLE');
    }
    const binding = (req.cookies as Record<string, string> | undefined)?.[OIDC_COOKIE];
    res.clearCookie(OIDC_COOKIE, cookieOptions(req));
    if (!binding) return refuse(res, 'BAD_STATE');
    try {
      await callback(req, res, binding);
    } catch (error) {
      log(`[oidc] callback failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!res.headersSent) refuse(res, 'UNAVAILABLE');
    }
  });

  async function callback(req: Request, res: Response, binding: string) {
    // Taken once: a replayed callback finds nothing.
    const [rows] = (await dataSource.query(`DELETE FROM oidc_pending_sign_in WHERE binding_hash = $1 AND expires_at >= $2 RETURNING *`, [sha256(binding), now()])) as [Pending[], number];
    const pending = rows[0];
    if (!pending || req.query.state !== pending.state) return refuse(res, 'BAD_STATE');
    if (req.query.error) {
      log(`[oidc] the provider answered ${String(req.query.error)}: ${String(req.query.error_description ?? '')}`);
      return refuse(res, 'PROVIDER_ERROR');
    }
    let verified: Awaited<ReturnType<OidcClient['finish']>>;
    try {
      const callbackUrl = new URL(pending.redirect_uri);
      callbackUrl.search = new URL(req.originalUrl, 'http://callback').search;
      verified = await client.finish(callbackUrl, { state: pending.state, nonce: pending.nonce, codeVerifier: pending.code_verifier });
    } catch (error) {
      log(`[oidc] callback: ${error instanceof Error ? error.message : String(error)}`);
      return refuse(res, 'PROVIDER_ERROR');
    }
    const meta = { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null };
    const outcome = await dataSource.transaction(async (m) => {
      const found = await services.identities.accountFor(m, verified.issuer, verified.subject, verified.claims);
      if ('refusal' in found) return found;
      const session = await services.auth.openSession(m, found.account, { method: 'OIDC', issuer: verified.issuer, subject: verified.subject, ...meta }, verified.idToken);
      return { session };
    });
    if ('refusal' in outcome) return refuse(res, outcome.refusal);
    setSessionCookie(req, res, outcome.session.token, outcome.session.expiresAt, now());
    res.redirect(303, pending.return_to);
  }

  return router;
}
