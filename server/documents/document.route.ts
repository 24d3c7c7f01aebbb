import express, { type Request, type Response } from 'express';
import cookieParser from 'cookie-parser';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/policy.js';
import { AppError } from '../common/errors.js';
import type { Services } from '../services.js';
import { ArchiveService } from './archive.service.js';
import { DocumentService } from './document.service.js';
import type { DocumentFontSettings } from './font.js';

const STATUS: Partial<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  NOT_ELIGIBLE: 409,
  DOCUMENT_FONT_MISSING: 503,
  SERVICE_UNAVAILABLE: 503,
};

export interface DocumentRouterOptions {
  dataSource: DataSource;
  services: Services;
  font: DocumentFontSettings;
  now: () => Date;
  tokenOf: (req: Request) => string | null;
}

/**
 * Official documents as PDFs and archives, mounted at /exports/documents and
 * authenticated like the other exports (session cookie or bearer token); a
 * GET changes nothing but the audit trail (and allocates a document's number
 * once):
 *
 * - GET /cycles/:id/public-notice.pdf — 公示 of the cycle's EXCELLENT candidates
 * - GET /cycles/:id/announcements/:kind.pdf — an issued commendation or criticism list (通报表扬, 嘉奖, 记三等功, 通报批评)
 * - GET /assessments/:id/written-notice.pdf — 书面通知 with its 回执
 * - GET /assessments/:id/registration-form.pdf — 年度考核登记表
 * - GET /cadres/:id/archive.zip?year=2025 — a cadre's documents of a year with manifest.json
 * - GET /organisations/:id/archive.zip?year=2025 — the same for a unit's cadres
 */
export function documentRouter(options: DocumentRouterOptions): express.Router {
  const { dataSource, services, font, now, tokenOf } = options;
  const documents = new DocumentService(dataSource, services, font, now);
  const archives = new ArchiveService(dataSource, documents, now);
  const router = express.Router();
  router.use(cookieParser());

  const send = (type: string, fallback: string) => (handler: (viewer: Viewer, req: Request) => Promise<{ fileName: string; buffer: Buffer; sha256: string }>) => async (req: Request, res: Response) => {
    try {
      const token = tokenOf(req);
      const viewer: Viewer | null = token ? await services.auth.viewerForToken(token) : null;
      if (!viewer) throw new AppError('UNAUTHENTICATED', 'Please sign in');
      const file = await handler(viewer, req);
      res
        .status(200)
        .set('Content-Type', type)
        .set('Content-Disposition', `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .set('Digest', `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`)
        .set('Cache-Control', 'no-store')
        .send(file.buffer);
    } catch (error) {
      const code = error instanceof AppError ? error.code : 'INTERNAL';
      const details = error instanceof AppError ? error.details : {};
      res.status(STATUS[code] ?? 500).json({ errors: [{ message: error instanceof AppError ? error.message : 'Internal server error', extensions: { code, ...details } }] });
    }
  };
  const pdf = send.bind(null, 'application/pdf');
  const zip = send('application/zip', 'archive.zip');
  const yearOf = (req: Request) => Number(String(req.query.year ?? ''));

  router.get('/cycles/:id/public-notice.pdf', pdf('public-notice.pdf')((viewer, req) => documents.publicNotice(viewer, String(req.params.id))));
  router.get('/cycles/:id/announcements/:kind.pdf', pdf('announcement.pdf')((viewer, req) => services.announcing.listPdf(viewer, String(req.params.id), String(req.params.kind), font)));
  router.get('/assessments/:id/written-notice.pdf', pdf('written-notice.pdf')((viewer, req) => documents.writtenNotice(viewer, String(req.params.id))));
  router.get('/assessments/:id/registration-form.pdf', pdf('registration-form.pdf')((viewer, req) => documents.registrationForm(viewer, String(req.params.id))));
  router.get('/cadres/:id/archive.zip', zip((viewer, req) => archives.cadreArchive(viewer, String(req.params.id), yearOf(req))));
  router.get('/organisations/:id/archive.zip', zip((viewer, req) => archives.organisationArchive(viewer, String(req.params.id), yearOf(req))));
  return router;
}
