import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import busboy from 'busboy';
import cookieParser from 'cookie-parser';
import express, { type Request, type Response } from 'express';
import type { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Viewer } from '../auth/policy.js';
import { AppError, type ErrorCode } from '../common/errors.js';
import type { Services } from '../services.js';
import { OWNER_KINDS, type OwnerKind } from './attachment-owners.js';
import type { ReceivedFile } from './attachment.service.js';

/** HTTP statuses of the refusals the attachment routes answer, as JSON shaped like a GraphQL error. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  BAD_REQUEST: 400,
  INVALID_TRANSITION: 409,
  ATTACHMENT_LIMIT: 409,
  ATTACHMENT_TOO_LARGE: 413,
  ATTACHMENT_TYPE_REFUSED: 415,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};
/** The header an objector sends the receipt's token in. */
export const ATTACHMENT_TOKEN_HEADER = 'x-attachment-token';
/** A header no cross-site form can send: the browser must ask first (CORS preflight), which this server never allows. */
export const UPLOAD_HEADER = 'x-requested-with';

type TokenOf = (req: Request) => string | null;

function fail(res: Response, error: unknown, log?: (m: string) => void) {
  const code: ErrorCode = error instanceof AppError ? error.code : 'INTERNAL';
  if (!(error instanceof AppError)) log?.(`[attachments] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const details = error instanceof AppError ? error.details : {};
  if (code === 'RATE_LIMITED' && typeof details.retryAfterSeconds === 'number') res.set('Retry-After', String(details.retryAfterSeconds));
  res
    .status(STATUS[code] ?? 500)
    .set('Cache-Control', 'no-store')
    .json({ errors: [{ message: error instanceof AppError ? error.message : 'Internal server error', extensions: { code, ...details } }] });
}

/**
 * Reads the one file of a multipart body into a temporary file, counting
 * and hashing as it streams; more than `maxBytes` stops it with
 * ATTACHMENT_TOO_LARGE before the rest is read.
 */
function receive(req: Request, dir: string, maxBytes: number): Promise<ReceivedFile> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes, fields: 5, fieldSize: 1024, parts: 6 }, defParamCharset: 'utf8' });
    } catch {
      reject(new AppError('BAD_REQUEST', 'Send the file as multipart/form-data, in a part named "file"'));
      return;
    }
    let got: Promise<ReceivedFile> | null = null;
    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || got) {
        stream.resume();
        return;
      }
      const tempPath = path.join(dir, 'upload');
      const hash = createHash('sha256');
      let size = 0;
      const count = new Transform({
        transform(chunk: Buffer, _e, done) {
          size += chunk.length;
          hash.update(chunk);
          done(null, chunk);
        },
      });
      // Beyond the limit busboy cuts the file short and discards the rest of the part; the upload is then refused.
      let truncated = false;
      stream.on('limit', () => (truncated = true));
      got = pipeline(stream, count, fs.createWriteStream(tempPath)).then(() => {
        if (truncated) throw new AppError('ATTACHMENT_TOO_LARGE', `The file is larger than the limit of ${Math.round(maxBytes / 1024 / 1024)} MB`, { maxBytes });
        return { fileName: info.filename ?? '', tempPath, size, sha256: hash.digest('hex') };
      });
      got.catch(() => undefined);
    });
    parser.on('error', () => reject(new AppError('BAD_REQUEST', 'The upload could not be read as multipart/form-data')));
    parser.on('close', () => {
      if (!got) reject(new AppError('VALIDATION', 'No file was sent: put it in a part named "file"', { fields: [{ field: 'file', messages: ['missing'] }] }));
      else got.then(resolve, reject);
    });
    req.pipe(parser);
  });
}

/**
 * POST /uploads/attachments?ownerKind=SELF_REPORT|REVIEW_CASE|OBJECTION|FINDING&ownerId=…
 * (multipart/form-data, the file in the part `file`, with the header
 * X-Requested-With): checked before a byte is read (who, open, not full),
 * streamed with the size limit, its kind checked by content, stored and
 * audited; answers the attachment as JSON. An objector has no account: the
 * objection's receipt token in X-Attachment-Token, and a rate limit per address.
 *
 * GET /attachments/:id: the file, always as a download (Content-Disposition:
 * attachment with the name in RFC 5987), never sniffed or run by the browser.
 */
export function attachmentRouter(options: { services: Services; pool: Pool; tokenOf: TokenOf; log?: (m: string) => void }): express.Router {
  const { services, pool, tokenOf, log } = options;
  const attachments = services.attachments;
  const publicLimiter = new RateLimiterPostgres({
    storeClient: pool,
    storeType: 'pool',
    tableName: 'rate_limit',
    tableCreated: true,
    keyPrefix: 'publicAttachments',
    points: attachments.settings.publicRate.points,
    duration: attachments.settings.publicRate.durationSeconds,
    clearExpiredByTimeout: false,
  });
  const viewerOf = async (req: Request): Promise<Viewer | null> => {
    const token = tokenOf(req);
    const viewer = token ? await services.auth.viewerForToken(token) : null;
    // As on /graphql: a session that must change its password first does nothing else.
    if (viewer?.passwordChangeRequired) throw new AppError('PASSWORD_CHANGE_REQUIRED', 'Please change your password first', { reason: viewer.passwordChangeRequired });
    return viewer;
  };
  const router = express.Router();
  router.use(cookieParser());

  router.post('/uploads/attachments', async (req: Request, res: Response) => {
    let dir: string | null = null;
    try {
      if (!req.get(UPLOAD_HEADER)) throw new AppError('BAD_REQUEST', `Send the header ${UPLOAD_HEADER} with an upload`);
      const kind = String(req.query.ownerKind ?? '') as OwnerKind;
      const ownerId = String(req.query.ownerId ?? '');
      if (!OWNER_KINDS.includes(kind)) throw new AppError('VALIDATION', `ownerKind must be one of ${OWNER_KINDS.join(', ')}`, { fields: [{ field: 'ownerKind', messages: ['unknown'] }] });
      const viewer = await viewerOf(req);
      const uploadToken = req.get(ATTACHMENT_TOKEN_HEADER) ?? null;
      if (!viewer) {
        if (!uploadToken) throw new AppError('UNAUTHENTICATED', 'Please sign in');
        try {
          await publicLimiter.consume(req.ip ?? 'unknown');
        } catch (rejection) {
          if (!(rejection instanceof RateLimiterRes)) throw rejection;
          const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
          throw new AppError('RATE_LIMITED', `Too many uploads from this address: please wait ${retryAfterSeconds} s and try again`, { retryAfterSeconds });
        }
      }
      await attachments.assertMayUpload(viewer, uploadToken, kind, ownerId);
      const declared = Number(req.get('content-length') ?? '0');
      // The multipart envelope adds a little; a body far beyond the limit is refused before it is read.
      if (declared > attachments.settings.maxBytes + 64 * 1024) throw new AppError('ATTACHMENT_TOO_LARGE', `The file is larger than the limit of ${Math.round(attachments.settings.maxBytes / 1024 / 1024)} MB`, { maxBytes: attachments.settings.maxBytes });
      dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'attachment-'));
      const file = await receive(req, dir, attachments.settings.maxBytes);
      const row = await attachments.store(viewer, uploadToken, kind, ownerId, file);
      res.status(201).set('Cache-Control', 'no-store').json({ id: row.id, name: row.name, size: row.size, mediaType: row.mediaType, sha256: row.sha256, uploadedAt: row.uploadedAt, uploaderName: row.uploaderName });
    } catch (error) {
      // Refused before the body was read: a body of about the allowed size is read and dropped so that the client
      // hears the answer; a larger one is cut off once the answer is out.
      if (!req.readableEnded) {
        const declared = Number(req.get('content-length') ?? 'NaN');
        if (Number.isFinite(declared) && declared <= 4 * attachments.settings.maxBytes) req.resume();
        else {
          res.set('Connection', 'close');
          res.once('finish', () => req.socket.destroy());
        }
      }
      fail(res, error, log);
    } finally {
      if (dir) await fs.promises.rm(dir, { recursive: true, force: true });
    }
  });

  router.get('/attachments/:id', async (req: Request, res: Response) => {
    try {
      const viewer = await viewerOf(req);
      const uploadToken = req.get(ATTACHMENT_TOKEN_HEADER) ?? null;
      const { row, body } = await attachments.open(viewer, uploadToken, String(req.params.id));
      res
        .status(200)
        .attachment(row.name)
        .set('Content-Type', row.mediaType)
        .set('X-Content-Type-Options', 'nosniff')
        .set('Content-Security-Policy', "default-src 'none'; sandbox")
        .set('Cache-Control', 'private, no-store')
        .set('Content-Length', String(row.size));
      if (typeof body === 'string') await pipeline(fs.createReadStream(body), res);
      else res.end(body);
    } catch (error) {
      fail(res, error, log);
    }
  });
  return router;
}
