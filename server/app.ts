import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { SESSION_COOKIE } from './auth/auth.resolver.js';
import { GraphQLError } from 'graphql';
import { createFormatError, isUnavailable, RETRY_AFTER_SECONDS } from './common/errors.js';
import type { AppConfig } from './config.js';
import { costLimitPlugin, HeavyGate } from './graphql/complexity.js';
import { httpStatusPlugin } from './graphql/http-status.js';
import { inputListLimitPlugin } from './graphql/input-limits.js';
import { passwordChangeGatePlugin } from './graphql/password-gate.js';
import { rateLimitPlugin } from './graphql/rate-limit.js';
import { markArrival, serverTimingPlugin } from './graphql/server-timing.js';
import type { Pool } from 'pg';
import { startDatabaseProbe } from './db/health.js';
import { startReplicaMonitor } from './db/replica-health.js';
import { hasReplicas } from './db/replica.js';
import { primaryUrl } from './db/data-source.js';
import { createLoaders, type GraphQLContext } from './graphql/context.js';
import { getSchema } from './graphql/schema.js';
import { exportRouter } from './reports/export.route.js';
import { documentRouter } from './documents/document.route.js';
import { oidcRouter } from './auth/oidc/oidc.route.js';
import { rosterImportRouter } from './roster/roster.route.js';
import { attachmentRouter } from './attachments/attachment.route.js';
import { createServices } from './services.js';

export interface AppOptions {
  dataSource: DataSource;
  config: AppConfig;
  /** The clock every service reads; tests hand in a fixed one. */
  now?: () => Date;
  log?: (message: string) => void;
  /** How often the read replicas are probed (default 2 s); tests probe faster. */
  replicaProbeMs?: number;
}

export interface RunningApp {
  app: express.Express;
  services: ReturnType<typeof createServices>;
  httpServer: http.Server;
  listen: (port: number, host?: string) => Promise<number>;
  stop: () => Promise<void>;
}

/**
 * Security headers (helmet): a strict Content-Security-Policy that the built
 * web app passes — its own scripts, styles, fonts and images only; no inline
 * script; inline style only as the style attribute (Element Plus positions
 * popovers with it); never framed (frame-ancestors 'none', X-Frame-Options);
 * no MIME sniffing; the referrer only to this origin.
 */
function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        styleSrcAttr: ["'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
}

/** The viewer; a database that is away answers 503 with Retry-After, as everywhere else, not 500. */
async function viewerOrUnavailable(services: ReturnType<typeof createServices>, token: string) {
  try {
    return await services.auth.viewerForToken(token);
  } catch (error) {
    if (!isUnavailable(error)) throw error;
    throw new GraphQLError('The database cannot be reached for the moment; nothing was changed. Please try again shortly.', {
      extensions: {
        code: 'SERVICE_UNAVAILABLE',
        http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
      },
    });
  }
}

function bearerToken(req: Request): string | null {
  const header = req.get('authorization');
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return cookie || null;
}

/**
 * One Express app on one port: GraphQL at /graphql, the built Vue app at /,
 * /healthz for load balancers. Nothing here holds state between requests
 * except the pool (and the health probe's one connection), so several
 * processes can serve one database.
 */
export async function createApp(options: AppOptions): Promise<RunningApp> {
  const { dataSource, config } = options;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((m: string) => console.error(m));
  const schema = await getSchema();
  const services = createServices(
    dataSource,
    {
      sessionHours: config.sessionHours,
      lockout: config.lockout,
      throttle: config.signInThrottle,
      passwordForLinkedAccounts: config.oidc?.passwordForLinkedAccounts ?? true,
      passwordPolicy: config.passwordPolicy,
      signInUrl: config.signInUrl,
    },
    now,
    config.oidc,
    config.mail,
    config.attachments,
  );
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders());
  const httpServer = http.createServer(app);

  const armor = new ApolloArmor({
    maxDepth: { n: config.limits.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: config.limits.maxAliases },
    // Tokens are limited by graphql-js's own parser (parseOptions below): armor's token plugin throws from a
    // parsing hook, which Apollo can only answer with HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: config.production },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    csrfPrevention: true,
    introspection: !config.production,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: config.limits.maxTokens },
    includeStacktraceInErrorResponses: false,
    validationRules: protection.validationRules,
    plugins: [
      // graphql-armor is typed against Apollo's CJS build; the plugin objects are the same at runtime.
      ...(protection.plugins as unknown as Array<ApolloServerPlugin<GraphQLContext>>),
      costLimitPlugin(schema, config.limits.maxCost, { cost: config.limits.heavyCost, gate: new HeavyGate(config.limits.heavyConcurrency, config.limits.heavyQueue) }),
      inputListLimitPlugin(schema),
      passwordChangeGatePlugin,
      httpStatusPlugin as ApolloServerPlugin<GraphQLContext>,
      serverTimingPlugin,
      rateLimitPlugin((dataSource.driver as unknown as { master: Pool }).master, config.rateLimits),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No field has a cache hint and no answer may be cached: without this plugin Apollo wraps every field's
      // resolver to compute one (about a tenth of the CPU of a page of 200 rows).
      ApolloServerPluginCacheControlDisabled(),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
    formatError: createFormatError((error) => log(`[graphql] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)),
  });
  await apollo.start();

  // Answered from memory: the database is probed in the background over a connection of its own (db/health.ts),
  // so a health check neither queues for a pool connection behind heavy requests nor waits for the database.
  const databaseUrl = primaryUrl(dataSource) ?? config.databaseUrl;
  const probe = await startDatabaseProbe(databaseUrl);
  // Each read replica is probed too, and reported, but never fails the check: a replica down only sends its reads to the primary.
  const replicas = hasReplicas(dataSource) ? await startReplicaMonitor(dataSource, { log, intervalMs: options.replicaProbeMs }) : null;
  app.get('/healthz', (_req, res) => {
    const { ok, checkedAt } = probe.current();
    res.status(ok ? 200 : 503).json({
      ok,
      database: ok ? 'up' : 'down',
      checkedAt: checkedAt.toISOString(),
      ...(replicas
        ? {
            replicas: replicas.current().map((r) => ({ name: r.name, state: r.ok ? 'up' : 'down', standby: r.standby, lagSeconds: r.lagSeconds, checkedAt: r.checkedAt.toISOString() })),
          }
        : {}),
    });
  });

  app.use(
    '/graphql',
    markArrival,
    cookieParser(),
    express.json({ limit: config.limits.bodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<GraphQLContext> => {
        const token = bearerToken(req);
        const viewer = token ? await viewerOrUnavailable(services, token) : null;
        return { viewer, dataSource, loaders: createLoaders(dataSource, now), services, req, res, now };
      },
    }),
  );

  // Official documents (PDF) and archives, beside the other exports.
  app.use('/exports/documents', documentRouter({ dataSource, services, font: config.documentFont, now, tokenOf: bearerToken }));
  app.use('/exports', exportRouter(services, bearerToken));
  // Sign-in through the identity provider: only when OIDC_ISSUER is set.
  if (services.oidcClient) {
    app.use('/auth/oidc', oidcRouter({ dataSource, services, client: services.oidcClient, now, rateLimit: config.rateLimits.signIn, log }));
  }
  app.use('/imports', rosterImportRouter(services, bearerToken, log));
  // Attachments: POST /uploads/attachments and GET /attachments/:id.
  app.use(attachmentRouter({ services, pool: (dataSource.driver as unknown as { master: Pool }).master, tokenOf: bearerToken, log }));

  const indexHtml = path.join(config.webDist, 'index.html');
  if (fs.existsSync(indexHtml)) {
    app.use(express.static(config.webDist, { index: false, maxAge: '1h', immutable: false }));
    // History-mode routes of the single-page app all get index.html.
    app.get(/^\/(?!graphql|healthz|exports|imports|uploads\/|attachments\/|auth\/oidc\/).*/, (_req, res) => {
      res.set('Cache-Control', 'no-cache').sendFile(indexHtml);
    });
  } else {
    app.get('/', (_req, res) => {
      res.status(503).type('text/plain').send('The web app is not built yet: run `npm run build` (npm start does it for you).');
    });
  }

  // Body too large, malformed JSON: a coded GraphQL-shaped error, never an HTML page.
  app.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const status = err.status ?? 500;
    const message =
      err.type === 'entity.too.large'
        ? `The request is larger than the limit of ${config.limits.bodyBytes}`
        : status < 500
          ? 'The request could not be read'
          : 'Internal server error';
    if (status >= 500) log(`[http] ${err.stack ?? err.message}`);
    res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL' } }] });
  });

  return {
    app,
    services,
    httpServer,
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: async () => {
      await apollo.stop();
      await probe.stop();
      await replicas?.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
