import type { DataSource, EntityManager } from 'typeorm';
import { appendAudit } from '../audit/audit.service.js';
import { actingRole, assertCan, scopeOf, type Viewer } from '../auth/policy.js';
import { chinaDay } from '../calendar/calendar.service.js';
import { AppError } from '../common/errors.js';
import { applyRoster } from './roster-apply.js';
import { auditRosterRecords } from './roster-audit.js';
import { computeDifferences } from './roster-diff.js';
import { readRosterFile, RosterFileError } from './roster-file.js';
import { RosterStager } from './roster-stage.js';
import type { RosterDifferencePage, RosterImportErrorPage, RosterImportView } from './roster.types.js';

/**
 * Roster import (名册导入): a file staged and checked as a whole, its
 * differences with the database computed, then applied in one transaction
 * (or discarded). Who may: ORG_ADMIN within their jurisdiction, SYSTEM_ADMIN
 * (permission roster:import); every row must lie inside the importer's
 * jurisdiction.
 */
interface ImportRow {
  id: string;
  created_by: string;
  scope_paths: string[];
  file_name: string;
  status: RosterImportView['status'];
  retire_missing: boolean;
  base_revision: string;
  organisation_rows: number;
  cadre_rows: number;
  status_rows: number;
  error_count: number;
  created_at: Date;
  finished_at: Date | null;
}

const SHEET_ORDER = `CASE sheet WHEN 'FILE' THEN 0 WHEN 'ORGANISATIONS' THEN 1 WHEN 'CADRES' THEN 2 ELSE 3 END`;
const revision = async (m: EntityManager | DataSource): Promise<string> => {
  const rows: Array<{ n: string }> = await m.query(`SELECT (CASE WHEN is_called THEN last_value ELSE 0 END)::text AS n FROM roster_revision`);
  return rows[0]?.n ?? '0';
};

export class RosterService {
  constructor(readonly dataSource: DataSource, private readonly now: () => Date) {}

  /** Stages the file at `path` under a new import and checks it; valid files get their differences. */
  async upload(viewer: Viewer | null, fileName: string, path: string, retireMissing: boolean): Promise<RosterImportView> {
    assertCan(viewer, 'roster:import');
    const scope = scopeOf(viewer, 'roster:import');
    const id = await this.dataSource.transaction(async (m) => {
      const rows: Array<{ id: string }> = await m.query(
        `INSERT INTO roster_import (created_by, scope_paths, file_name, status, retire_missing, base_revision) VALUES ($1, $2, $3, 'INVALID', $4, 0) RETURNING id`,
        [viewer.userId, scope, fileName.slice(0, 255), retireMissing],
      );
      const importId = rows[0]!.id;
      const stager = new RosterStager(m, importId);
      try {
        await readRosterFile(path, fileName, stager);
      } catch (error) {
        if (!(error instanceof RosterFileError)) throw error;
        stager.error({ sheet: 'FILE', line: 0, code: error.problem, field: null, value: error.detail });
      }
      await stager.flush();
      await stager.checkOrganisations(scope);
      await stager.stageOrganisations();
      await stager.checkCadresAndStatuses(scope);
      await stager.flush();
      let base = '0';
      if (stager.errorCount === 0) {
        base = await revision(m);
        await computeDifferences(m, importId, retireMissing);
      }
      await m.query(
        `UPDATE roster_import SET status = $2, base_revision = $3, organisation_rows = $4, cadre_rows = $5, status_rows = $6, error_count = $7 WHERE id = $1`,
        [importId, stager.errorCount === 0 ? 'READY' : 'INVALID', base, stager.counts.ORGANISATIONS, stager.counts.CADRES, stager.counts.STATUSES, stager.errorCount],
      );
      return importId;
    });
    return this.get(viewer, id);
  }

  private async load(viewer: Viewer | null, id: string, m: EntityManager | DataSource = this.dataSource, lock = false): Promise<ImportRow> {
    assertCan(viewer, 'roster:import');
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError('NOT_FOUND', 'Roster import not found');
    const rows: ImportRow[] = await m.query(`SELECT *, base_revision::text AS base_revision FROM roster_import WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    const row = rows[0];
    // Another importer's upload is visible to whoever holds the permission over all of its jurisdiction.
    if (!row || (row.created_by !== viewer.userId && !row.scope_paths.every((p) => scopeOf(viewer, 'roster:import').some((s) => p.startsWith(s))))) {
      throw new AppError('NOT_FOUND', 'Roster import not found');
    }
    return row;
  }

  async get(viewer: Viewer | null, id: string): Promise<RosterImportView> {
    const row = await this.load(viewer, id);
    const counts: Array<{ kind: string; n: number }> = await this.dataSource.query(
      `SELECT kind, count(*)::int AS n FROM roster_import_difference WHERE import_id = $1 GROUP BY kind`,
      [id],
    );
    const n = (k: string) => counts.find((c) => c.kind === k)?.n ?? 0;
    return {
      id: row.id,
      fileName: row.file_name,
      status: row.status,
      retireMissing: row.retire_missing,
      version: row.base_revision,
      organisationRows: row.organisation_rows,
      cadreRows: row.cadre_rows,
      statusRows: row.status_rows,
      errorCount: row.error_count,
      added: n('ADDED'),
      changed: n('CHANGED'),
      moved: n('MOVED'),
      retired: n('RETIRED'),
      createdAt: row.created_at,
      finishedAt: row.finished_at,
    };
  }

  async errors(viewer: Viewer | null, id: string, first: number, after: string | null): Promise<RosterImportErrorPage> {
    await this.load(viewer, id);
    const offset = after && /^\d+$/.test(after) ? Number(after) : 0;
    const nodes: RosterImportErrorPage['nodes'] = await this.dataSource.query(
      `SELECT sheet, line, code, field, value, message FROM roster_import_error WHERE import_id = $1 ORDER BY ${SHEET_ORDER}, line, code OFFSET $2 LIMIT $3`,
      [id, offset, first + 1],
    );
    const more = nodes.length > first;
    return { nodes: nodes.slice(0, first), endCursor: more ? String(offset + first) : null };
  }

  async differences(viewer: Viewer | null, id: string, kind: string | null, first: number, after: string | null): Promise<RosterDifferencePage> {
    await this.load(viewer, id);
    const from = after && /^\d+$/.test(after) ? Number(after) : 0;
    const nodes: Array<RosterDifferencePage['nodes'][number] & { seq: number }> = await this.dataSource.query(
      `SELECT seq, entity, kind, code, name, line, changes FROM roster_import_difference
        WHERE import_id = $1 AND seq > $2 AND ($3::text IS NULL OR kind = $3) ORDER BY seq LIMIT $4`,
      [id, from, kind, first + 1],
    );
    const page = nodes.slice(0, first);
    return { nodes: page, endCursor: nodes.length > first ? String(page[page.length - 1]!.seq) : null };
  }

  /**
   * Applies a ready import in one transaction, the roster tables locked
   * against writers; refused (CONFLICT) when the roster changed since the
   * differences were computed, or when `expectedVersion` is not the version
   * the preview showed.
   */
  async apply(viewer: Viewer | null, id: string, expectedVersion: string | null): Promise<RosterImportView> {
    await this.dataSource.transaction(async (m) => {
      await m.query(`LOCK TABLE organisation, cadre, cadre_status_period IN SHARE ROW EXCLUSIVE MODE`);
      const row = await this.load(viewer, id, m, true);
      if (row.status === 'INVALID') throw new AppError('VALIDATION', 'The file has refused rows: correct them and upload it again', { fields: [{ field: 'id', messages: ['has refused rows'] }] });
      if (row.status !== 'READY') throw new AppError('CONFLICT', `The import is already ${row.status === 'APPLIED' ? 'applied' : 'discarded'}`);
      if (expectedVersion !== null && expectedVersion !== row.base_revision) throw new AppError('CONFLICT', 'The preview you saw is not the one of this import');
      if ((await revision(m)) !== row.base_revision) throw new AppError('CONFLICT', 'The roster changed since the preview: upload the file again to see the differences anew');
      await m.query(`ANALYZE roster_import_difference`);
      const counts = await applyRoster(m, id, viewer!.userId, chinaDay(this.now()));
      await m.query(`UPDATE roster_import SET status = 'APPLIED', finished_at = $2 WHERE id = $1`, [id, this.now()]);
      await this.clearStaging(m, id);
      const summary: Array<{ entity: string; kind: string; n: number }> = await m.query(
        `SELECT entity, kind, count(*)::int AS n FROM roster_import_difference WHERE import_id = $1 GROUP BY entity, kind ORDER BY entity, kind`,
        [id],
      );
      const records = await auditRosterRecords(m, id, { userId: viewer!.userId, role: actingRole(viewer!, 'roster:import') }, this.now());
      await appendAudit(m, {
        entityType: 'roster_import',
        entityId: id,
        action: 'ROSTER_IMPORTED',
        actorUserId: viewer!.userId,
        actorRole: actingRole(viewer!, 'roster:import'),
        scopePath: row.scope_paths[0] ?? null,
        fromState: 'READY',
        toState: 'APPLIED',
        payload: { fileName: row.file_name, retireMissing: row.retire_missing, differences: summary, applied: counts, recordEntries: records },
        occurredAt: this.now(),
      });
    });
    return this.get(viewer, id);
  }

  async discard(viewer: Viewer | null, id: string): Promise<RosterImportView> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.load(viewer, id, m, true);
      if (row.status === 'APPLIED' || row.status === 'DISCARDED') throw new AppError('CONFLICT', `The import is already ${row.status === 'APPLIED' ? 'applied' : 'discarded'}`);
      await m.query(`UPDATE roster_import SET status = 'DISCARDED', finished_at = $2 WHERE id = $1`, [id, this.now()]);
      await this.clearStaging(m, id);
      await m.query(`DELETE FROM roster_import_difference WHERE import_id = $1`, [id]);
      await appendAudit(m, {
        entityType: 'roster_import',
        entityId: id,
        action: 'ROSTER_IMPORT_DISCARDED',
        actorUserId: viewer!.userId,
        actorRole: actingRole(viewer!, 'roster:import'),
        scopePath: row.scope_paths[0] ?? null,
        fromState: row.status,
        toState: 'DISCARDED',
        payload: { fileName: row.file_name },
        occurredAt: this.now(),
      });
    });
    return this.get(viewer, id);
  }

  private async clearStaging(m: EntityManager, id: string) {
    for (const table of ['roster_import_organisation', 'roster_import_cadre', 'roster_import_status']) await m.query(`DELETE FROM ${table} WHERE import_id = $1`, [id]);
  }
}
