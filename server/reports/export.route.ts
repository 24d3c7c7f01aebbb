import express, { type Request, type Response } from 'express';
import cookieParser from 'cookie-parser';
import type { Viewer } from '../auth/policy.js';
import { AppError } from '../common/errors.js';
import { addRosterExports } from '../roster/roster.route.js';
import type { Services } from '../services.js';

const STATUS: Partial<Record<string, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, VALIDATION: 400 };

/**
 * GET /exports/cycles/:id/results.xlsx — the cycle's results in the viewer's
 * jurisdiction as an Excel workbook, streamed as it is read (flat memory at
 * any size). Authenticated by the session cookie (or
 * a bearer token) like /graphql; a GET changes nothing but the audit trail,
 * so a plain link works and CSRF has nothing to forge.
 *
 * GET /exports/cycles/:id/payroll-bonus.xlsx — the annual-assessment bonus
 * coefficient of each cadre of the cycle, for payroll, streamed the same way.
 *
 * GET /exports/cycles/:id/business-results.xlsx — the cycle's "1+N" report
 * (totals per business assessment) and every covered unit's result in force,
 * streamed the same way.
 *
 * GET /exports/candidate-lists/:id.xlsx — a candidate list with each
 * candidate's selection record, streamed the same way.
 *
 * GET /exports/cycles/:id/indicator-template.xlsx — the indicator import
 * template of a cycle, with the indicators of its pinned schemes.
 *
 * The roster and its import templates (roster.xlsx, roster/{sheet}.csv,
 * roster-template.xlsx, roster-template/{sheet}.csv): see roster/roster.route.ts.
 */
export function exportRouter(services: Services, tokenOf: (req: Request) => string | null): express.Router {
  const router = express.Router();
  router.use(cookieParser());
  /**
   * A workbook streamed as it is written: the viewer from the session, the id checked, then `write` sets the headers
   * (through `begin`, with the file's name) and writes the body. Once it has started, a failure can only cut the download short.
   */
  const streamedWorkbook =
    (asciiName: string, notFound: string, write: (viewer: Viewer, id: string, res: Response, begin: (fileName: string) => Response) => Promise<unknown>) =>
    async (req: Request, res: Response) => {
      try {
        const token = tokenOf(req);
        const viewer: Viewer | null = token ? await services.auth.viewerForToken(token) : null;
        if (!viewer) throw new AppError('UNAUTHENTICATED', 'Please sign in');
        const id = String(req.params.id);
        if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError('NOT_FOUND', notFound);
        await write(viewer, id, res, (fileName) =>
          res
            .status(200)
            .set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
            .set('Content-Disposition', `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
            .set('Cache-Control', 'no-store'),
        );
        res.end();
      } catch (error) {
        if (res.headersSent) {
          res.destroy(error instanceof Error ? error : undefined);
          return;
        }
        const code = error instanceof AppError ? error.code : 'INTERNAL';
        res.status(STATUS[code] ?? 500).json({ errors: [{ message: error instanceof AppError ? error.message : 'Internal server error', extensions: { code } }] });
      }
    };
  router.get('/cycles/:id/results.xlsx', streamedWorkbook('results.xlsx', 'Cycle not found', (viewer, id, _res, begin) => services.reports.exportResults(viewer, id, begin)));
  // The annual-assessment bonus coefficients per cadre, for payroll (年度考核奖), streamed; audited.
  router.get('/cycles/:id/payroll-bonus.xlsx', streamedWorkbook('payroll-bonus.xlsx', 'Cycle not found', (viewer, id, _res, begin) => services.announcing.exportPayroll(viewer, id, begin)));
  // The "1+N" report with every covered unit's business-assessment result in force, streamed; audited.
  router.get('/cycles/:id/business-results.xlsx', streamedWorkbook('business-results.xlsx', 'Cycle not found', (viewer, id, _res, begin) => services.businessAssessments.exportReport(viewer, id, begin)));
  router.get('/cycles/:id/indicator-template.xlsx', async (req: Request, res: Response) => {
    try {
      const token = tokenOf(req);
      const viewer: Viewer | null = token ? await services.auth.viewerForToken(token) : null;
      if (!viewer) throw new AppError('UNAUTHENTICATED', 'Please sign in');
      const id = String(req.params.id);
      if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError('NOT_FOUND', 'Cycle not found');
      const { fileName, buffer } = await services.indicatorData.templateWorkbook(viewer, id);
      res
        .status(200)
        .set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .set('Content-Disposition', `attachment; filename="indicator-template.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
        .set('Cache-Control', 'no-store')
        .send(buffer);
    } catch (error) {
      const code = error instanceof AppError ? error.code : 'INTERNAL';
      res.status(STATUS[code] ?? 500).json({ errors: [{ message: error instanceof AppError ? error.message : 'Internal server error', extensions: { code } }] });
    }
  });
  // A candidate list with each candidate's selection record (选任参考), streamed; audited before the first byte.
  router.get('/candidate-lists/:id.xlsx', streamedWorkbook('candidates.xlsx', 'Candidate list not found', (viewer, id, res, begin) => services.selection.exportList(viewer, id, res, begin)));
  addRosterExports(router, services, tokenOf);
  return router;
}
