import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import cookieParser from 'cookie-parser';
import express, { type Request, type Response } from 'express';
import type { Viewer } from '../auth/policy.js';
import { AppError } from '../common/errors.js';
import type { Services } from '../services.js';
import { isRosterFileName, ROSTER_FILE_LIMITS } from './roster-file.js';
import { exportRoot, SHEET_SLUGS, writeRosterCsv, writeRosterWorkbook } from './roster-export.js';

/**
 * The roster's HTTP side: the upload that stages a file (GraphQL takes it
 * from there: rosterImport, applyRosterImport, discardRosterImport) and the
 * exports and templates (mounted on /exports).
 */
const STATUS: Partial<Record<string, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, VALIDATION: 400, PAYLOAD_TOO_LARGE: 413 };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** What a cross-site form or a simple request can send: refused, as Apollo's CSRF prevention refuses them, so that the browser must ask first. */
const SIMPLE_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

type TokenOf = (req: Request) => string | null;

async function viewerOf(services: Services, tokenOf: TokenOf, req: Request): Promise<Viewer> {
  const token = tokenOf(req);
  const viewer = token ? await services.auth.viewerForToken(token) : null;
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Please sign in');
  return viewer;
}

function fail(res: Response, error: unknown, log?: (m: string) => void) {
  const code = error instanceof AppError ? error.code : 'INTERNAL';
  if (!(error instanceof AppError)) log?.(`[roster] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.status(STATUS[code] ?? 500).json({ errors: [{ message: error instanceof AppError ? error.message : 'Internal server error', extensions: { code } }] });
}

const attachment = (res: Response, type: string, ascii: string, name: string) =>
  res
    .status(200)
    .set('Content-Type', type)
    .set('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`)
    .set('Cache-Control', 'no-store');

/**
 * POST /imports/roster?fileName=名册.xlsx&retireMissing=1 with the file as the
 * raw body (Content-Type application/octet-stream, or the file's own type):
 * written to a temporary file as it arrives (at most ROSTER_FILE_LIMITS.maxBytes),
 * staged, checked and compared; answers the import as JSON ({ id, status, … }).
 */
export function rosterImportRouter(services: Services, tokenOf: TokenOf, log?: (m: string) => void): express.Router {
  const router = express.Router();
  router.use(cookieParser());
  router.post('/roster', async (req: Request, res: Response) => {
    let dir: string | null = null;
    try {
      const viewer = await viewerOf(services, tokenOf, req);
      const type = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (!type || SIMPLE_TYPES.includes(type)) throw new AppError('VALIDATION', 'Send the file as application/octet-stream', { fields: [{ field: 'file', messages: ['content type'] }] });
      const fileName = String(req.query.fileName ?? '');
      if (!isRosterFileName(fileName) || fileName.length > 255) throw new AppError('VALIDATION', 'The file name must end in .xlsx or .csv', { fields: [{ field: 'fileName', messages: ['must end in .xlsx or .csv'] }] });
      dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'roster-'));
      const file = path.join(dir, /\.xlsx$/i.test(fileName) ? 'upload.xlsx' : 'upload.csv');
      let bytes = 0;
      const limit = new Transform({
        transform(chunk: Buffer, _e, done) {
          bytes += chunk.length;
          if (bytes > ROSTER_FILE_LIMITS.maxBytes) done(new AppError('VALIDATION', `The file is larger than ${ROSTER_FILE_LIMITS.maxBytes} bytes`, { fields: [{ field: 'file', messages: ['too large'] }] }));
          else done(null, chunk);
        },
      });
      await pipeline(req, limit, fs.createWriteStream(file));
      const view = await services.rosterImports.upload(viewer, fileName, file, req.query.retireMissing === '1' || req.query.retireMissing === 'true');
      res.status(200).set('Cache-Control', 'no-store').json(view);
    } catch (error) {
      fail(res, error, log);
    } finally {
      if (dir) await fs.promises.rm(dir, { recursive: true, force: true });
    }
  });
  return router;
}

/**
 * On /exports: GET roster.xlsx and roster/{organisations,cadres,statuses}.csv
 * (?organisationId=…, else the viewer's jurisdiction), and the templates
 * roster-template.xlsx and roster-template/{sheet}.csv.
 */
export function addRosterExports(router: express.Router, services: Services, tokenOf: TokenOf, log?: (m: string) => void): void {
  const orgId = (req: Request) => {
    const id = req.query.organisationId;
    if (id === undefined || id === '') return null;
    if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id)) throw new AppError('NOT_FOUND', 'Organisation not found');
    return id;
  };
  const sheetOf = (req: Request) => {
    const sheet = SHEET_SLUGS[String(req.params.sheet)];
    if (!sheet) throw new AppError('NOT_FOUND', 'No such sheet');
    return sheet;
  };
  router.get('/roster-template.xlsx', async (req, res) => {
    try {
      await viewerOf(services, tokenOf, req);
      attachment(res, XLSX, 'roster-template.xlsx', '名册导入模板.xlsx');
      await writeRosterWorkbook(res, 'template');
    } catch (error) {
      fail(res, error, log);
    }
  });
  router.get('/roster-template/:sheet.csv', async (req, res) => {
    try {
      await viewerOf(services, tokenOf, req);
      const sheet = sheetOf(req);
      attachment(res, 'text/csv; charset=utf-8', `roster-template-${String(req.params.sheet)}.csv`, `名册导入模板-${String(req.params.sheet)}.csv`);
      await writeRosterCsv(res, sheet, 'template');
    } catch (error) {
      fail(res, error, log);
    }
  });
  router.get('/roster.xlsx', async (req, res) => {
    try {
      const viewer = await viewerOf(services, tokenOf, req);
      const root = await exportRoot(services.rosterImports.dataSource, viewer, orgId(req));
      attachment(res, XLSX, 'roster.xlsx', `名册-${root.code}.xlsx`);
      await writeRosterWorkbook(res, { dataSource: services.rosterImports.dataSource, prefix: root.path });
    } catch (error) {
      fail(res, error, log);
    }
  });
  router.get('/roster/:sheet.csv', async (req, res) => {
    try {
      const viewer = await viewerOf(services, tokenOf, req);
      const sheet = sheetOf(req);
      const root = await exportRoot(services.rosterImports.dataSource, viewer, orgId(req));
      attachment(res, 'text/csv; charset=utf-8', `roster-${String(req.params.sheet)}.csv`, `名册-${root.code}-${String(req.params.sheet)}.csv`);
      await writeRosterCsv(res, sheet, { dataSource: services.rosterImports.dataSource, prefix: root.path });
    } catch (error) {
      fail(res, error, log);
    }
  });
}
