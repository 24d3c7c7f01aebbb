import JSZip from 'jszip';
import type { DataSource, EntityManager } from 'typeorm';
import { appendAudit } from '../audit/audit.service.js';
import { actingRole, assertCan, type Viewer } from '../auth/policy.js';
import { AppError, notFound, validation } from '../common/errors.js';
import { sha256, type DocumentService, type IssuedDocument } from './document.service.js';

/** The most assessments one archive export takes (a unit's cadres of one year); more is refused as VALIDATION. */
export const ARCHIVE_MAX_ASSESSMENTS = 100;

export interface ArchiveManifest {
  /** What the archive holds: one cadre's or one unit's documents of one year. */
  subject: { kind: 'CADRE' | 'ORGANISATION'; id: string; name: string; year: number };
  generatedAt: string;
  generatedBy: { userId: string; username: string; displayName: string };
  files: Array<{ name: string; sha256: string; bytes: number; assessmentId: string; state: string; number: string | null }>;
}

export interface Archive {
  fileName: string;
  buffer: Buffer;
  sha256: string;
  manifest: ArchiveManifest;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The archive export for the personnel file (归档): a .zip of a cadre's (or
 * a unit's cadres') documents of one year — the written notice where the
 * result was notified, the registration form where it was decided — and a
 * manifest.json naming every file with its SHA-256, who exported it and
 * when. The documents, their DOCUMENT_ISSUED entries and the
 * ARCHIVE_EXPORTED entry (the zip's SHA-256 and each assessment's state, so
 * a filed assessment has the hash of what was filed) are one transaction.
 */
export class ArchiveService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly documents: DocumentService,
    private readonly now: () => Date,
  ) {}

  async cadreArchive(viewer: Viewer | null, cadreId: string, year: number): Promise<Archive> {
    assertCan(viewer, 'assessment:read');
    if (!UUID.test(cadreId)) throw notFound('Cadre');
    const [cadre] = (await this.dataSource.query(`SELECT c.id, c.name, o.path FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE c.id = $1`, [cadreId])) as Array<{ id: string; name: string; path: string }>;
    if (!cadre) throw notFound('Cadre');
    assertCan(viewer, 'assessment:read', cadre.path);
    const rows = await this.assessments(`a.cadre_id = $1`, cadre.id, year);
    return this.build(viewer, { kind: 'CADRE', id: cadre.id, name: cadre.name, year }, cadre.path, rows, (r) => r.file);
  }

  async organisationArchive(viewer: Viewer | null, organisationId: string, year: number): Promise<Archive> {
    assertCan(viewer, 'assessment:read');
    if (!UUID.test(organisationId)) throw notFound('Organisation');
    const [org] = (await this.dataSource.query(`SELECT id, name, path FROM organisation WHERE id = $1`, [organisationId])) as Array<{ id: string; name: string; path: string }>;
    if (!org) throw notFound('Organisation');
    assertCan(viewer, 'assessment:read', org.path);
    const rows = await this.assessments(`a.organisation_id = $1 AND a.cadre_id IS NOT NULL`, org.id, year);
    return this.build(viewer, { kind: 'ORGANISATION', id: org.id, name: org.name, year }, org.path, rows, (r) => `${r.cadre}/${r.file}`);
  }

  private async assessments(where: string, id: string, year: number): Promise<Array<{ id: string; cadre: string; state: string }>> {
    if (!Number.isInteger(year) || year < 2000 || year > 2999) throw validation([{ field: 'year', messages: ['must be a year between 2000 and 2999'] }]);
    const rows = (await this.dataSource.query(
      `SELECT a.id, coalesce(c.name, '') AS cadre, a.state
         FROM assessment a JOIN assessment_cycle y ON y.id = a.cycle_id LEFT JOIN cadre c ON c.id = a.cadre_id
        WHERE ${where} AND y.year = $2 AND a.state <> 'cancelled' AND a.snapshot->'context'->'decision' IS NOT NULL
          AND jsonb_typeof(a.snapshot->'context'->'decision') = 'object'
        ORDER BY c.name, a.id LIMIT ${ARCHIVE_MAX_ASSESSMENTS + 1}`,
      [id, year],
    )) as Array<{ id: string; cadre: string; state: string }>;
    if (rows.length > ARCHIVE_MAX_ASSESSMENTS) throw validation([{ field: 'organisationId', messages: [`more than ${ARCHIVE_MAX_ASSESSMENTS} decided assessments: export the cadres one by one`] }]);
    if (rows.length === 0) throw new AppError('NOT_FOUND', `No decided assessment of ${year} to archive`);
    return rows;
  }

  private async build(
    viewer: Viewer | null,
    subject: ArchiveManifest['subject'],
    path: string,
    rows: Array<{ id: string; cadre: string; state: string }>,
    nameOf: (r: { cadre: string; file: string }) => string,
  ): Promise<Archive> {
    const v = viewer!;
    return this.dataSource.transaction(async (m: EntityManager) => {
      const zip = new JSZip();
      const at = this.now();
      const files: ArchiveManifest['files'] = [];
      const add = (row: { id: string; cadre: string; state: string }, doc: IssuedDocument) => {
        const name = nameOf({ cadre: row.cadre, file: doc.fileName });
        zip.file(name, doc.buffer, { date: at, binary: true });
        files.push({ name, sha256: doc.sha256, bytes: doc.buffer.length, assessmentId: row.id, state: row.state, number: doc.number });
      };
      for (const row of rows) {
        const notified = (await m.query(`SELECT (snapshot->'context'->>'writtenNoticeAt') IS NOT NULL AS n FROM assessment WHERE id = $1`, [row.id])) as Array<{ n: boolean }>;
        if (notified[0]?.n) add(row, await this.documents.writtenNotice(v, row.id, m));
        add(row, await this.documents.registrationForm(v, row.id, m));
      }
      const manifest: ArchiveManifest = {
        subject,
        generatedAt: at.toISOString(),
        generatedBy: { userId: v.userId, username: v.username, displayName: v.displayName },
        files,
      };
      zip.file('manifest.json', JSON.stringify(manifest, null, 2), { date: at });
      const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
      const hash = sha256(buffer);
      const fileName = `${subject.year}-${subject.name}-考核档案.zip`;
      await appendAudit(m, {
        entityType: 'official_document',
        entityId: subject.id,
        action: 'ARCHIVE_EXPORTED',
        actorUserId: v.userId,
        actorRole: actingRole(v, 'assessment:read', path) ?? actingRole(v, 'assessment:read'),
        scopePath: path,
        payload: { subject: subject.kind, year: subject.year, fileName, sha256: hash, bytes: buffer.length, files: files.map((f) => ({ name: f.name, sha256: f.sha256, assessmentId: f.assessmentId, state: f.state })) },
        occurredAt: at,
      });
      return { fileName, buffer, sha256: hash, manifest };
    });
  }
}
