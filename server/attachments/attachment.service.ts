import fs from 'node:fs';
import path from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
import { appendAudit } from '../audit/audit.service.js';
import type { AssessmentService } from '../assessments/assessment.service.js';
import type { Viewer } from '../auth/policy.js';
import { AppError, notFound } from '../common/errors.js';
import type { CaseService } from '../cases/shared/case.service.js';
import { checkKind, cleanFileName, detectContent } from './attachment-kinds.js';
import { loadOwner, type AttachmentOwner, type OwnerKind } from './attachment-owners.js';
import { FINDING_ATTACHMENTS_MAX } from './attachment-settings.js';
import type { AttachmentSettings } from './attachment-settings.js';

/** An attachment as listed: no bytes. */
export interface AttachmentRow {
  id: string;
  ownerKind: OwnerKind;
  ownerId: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedAt: Date;
  uploadedBy: string | null;
  uploaderName: string | null;
}

/** A file received by the upload route: written to a temporary file as it streamed in, with its size and SHA-256. */
export interface ReceivedFile {
  fileName: string;
  tempPath: string;
  size: number;
  sha256: string;
}

const ROW_SQL = `SELECT a.id, a.owner_kind, a.owner_id, a.file_name, a.media_type, a.size_bytes, a.sha256, a.uploaded_at, a.uploaded_by, u.display_name
                   FROM attachment a LEFT JOIN user_account u ON u.id = a.uploaded_by`;

function toRow(r: Record<string, unknown>): AttachmentRow {
  return {
    id: r.id as string,
    ownerKind: r.owner_kind as OwnerKind,
    ownerId: r.owner_id as string,
    name: r.file_name as string,
    mediaType: r.media_type as string,
    size: Number(r.size_bytes),
    sha256: r.sha256 as string,
    uploadedAt: r.uploaded_at as Date,
    uploadedBy: (r.uploaded_by as string | null) ?? null,
    uploaderName: (r.display_name as string | null) ?? null,
  };
}

/**
 * Attachments of self-reports, review and appeal cases and objections: the
 * owner's own read rules decide who reads them; the assessed (or the
 * objector, by the receipt's token) adds them while the record is open; only
 * the uploader deletes one, while it is still open. Every upload, every
 * download by someone else and every delete is audited. The bytes are kept
 * in the row (bytea) or, with ATTACHMENTS_DIR, in a folder under their hash.
 */
export class AttachmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
    private readonly deps: { assessments: AssessmentService; cases: CaseService },
    readonly settings: AttachmentSettings,
  ) {}

  owner(m: EntityManager, viewer: Viewer | null, token: string | null, kind: OwnerKind, id: string): Promise<AttachmentOwner> {
    return loadOwner(m, this.deps, viewer, token, kind, id);
  }

  /** Before the bytes are read: the record exists, the viewer may add to it, it is open and not full. */
  async assertMayUpload(viewer: Viewer | null, token: string | null, kind: OwnerKind, id: string): Promise<AttachmentOwner> {
    const owner = await this.owner(this.dataSource.manager, viewer, token, kind, id);
    this.checkUpload(viewer, token, owner);
    await this.checkCount(this.dataSource.manager, owner);
    return owner;
  }

  private checkUpload(viewer: Viewer | null, token: string | null, owner: AttachmentOwner): void {
    if (!owner.canRead && !owner.canUpload) {
      if (!viewer && !token) throw new AppError('UNAUTHENTICATED', 'Please sign in');
      throw notFound('The record');
    }
    if (!owner.open) throw new AppError('INVALID_TRANSITION', `No attachment can be added: ${owner.closedBecause}`, { allowedEvents: [] });
    if (!owner.canUpload) {
      const who =
        owner.kind === 'OBJECTION'
          ? 'Only the objector adds attachments to an objection, with the receipt’s token'
          : owner.kind === 'FINDING'
            ? 'Only those who record findings here add their documents'
            : 'Only the applicant adds attachments here';
      throw new AppError('FORBIDDEN', who);
    }
  }

  private maxFor(owner: AttachmentOwner): number {
    if (owner.kind === 'FINDING') return Math.min(this.settings.maxPerOwner, FINDING_ATTACHMENTS_MAX);
    return owner.kind === 'OBJECTION' ? this.settings.maxPerObjection : this.settings.maxPerOwner;
  }

  private async checkCount(m: EntityManager, owner: AttachmentOwner): Promise<void> {
    const [{ n }] = (await m.query(`SELECT count(*)::int AS n FROM attachment WHERE owner_kind = $1 AND owner_id = $2`, [owner.kind, owner.id])) as [{ n: number }];
    const max = this.maxFor(owner);
    if (n >= max) throw new AppError('ATTACHMENT_LIMIT', `This record already has ${n} attachments, the most allowed (${max}): delete one first`, { max, count: n });
  }

  /**
   * Keeps a received file: its kind checked by content against the
   * allow-list, then in one transaction (the owner locked) the checks again,
   * the row and its audit entry.
   */
  async store(viewer: Viewer | null, token: string | null, kind: OwnerKind, id: string, file: ReceivedFile): Promise<AttachmentRow> {
    const fileName = cleanFileName(file.fileName);
    if (file.size === 0) throw new AppError('VALIDATION', 'The file is empty', { fields: [{ field: 'file', messages: ['empty'] }] });
    const mediaType = checkKind(fileName, await detectContent(file.tempPath));
    const folder = this.settings.dir;
    let wroteFile = false;
    const content = folder ? null : await fs.promises.readFile(file.tempPath);
    const at = this.now();
    const id2 = await this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`attachment:${kind}:${id}`]);
      const owner = await this.owner(m, viewer, token, kind, id);
      this.checkUpload(viewer, token, owner);
      await this.checkCount(m, owner);
      if (folder) {
        // The file's hash is locked until this row commits: a delete of another attachment with the same bytes
        // (removeIfUnused) either removed the file before it is written here, or sees this row and keeps it.
        await lockFile(m, file.sha256);
        await fs.promises.mkdir(folder, { recursive: true });
        const target = path.join(folder, file.sha256);
        // Named by content: the same bytes are kept once; a copy then a rename, so a reader never sees half a file.
        if (!fs.existsSync(target)) {
          const partial = `${target}.${process.pid}.${Date.now()}.part`;
          await fs.promises.copyFile(file.tempPath, partial);
          await fs.promises.rename(partial, target);
          wroteFile = true;
        }
      }
      const [row] = (await m.query(
        `INSERT INTO attachment (owner_kind, owner_id, file_name, media_type, size_bytes, sha256, storage, content, uploaded_by, uploaded_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) RETURNING id`,
        [kind, id, fileName, mediaType, file.size, file.sha256, folder ? 'FOLDER' : 'DATABASE', content, viewer?.userId ?? null, at],
      )) as [{ id: string }];
      await appendAudit(m, {
        entityType: 'attachment',
        entityId: row.id,
        action: 'ATTACHMENT_UPLOADED',
        actorUserId: viewer?.userId ?? null,
        actorRole: owner.role,
        scopePath: owner.orgPath,
        payload: { ownerKind: kind, ownerId: id, fileName, mediaType, bytes: file.size, sha256: file.sha256, storage: folder ? 'FOLDER' : 'DATABASE' },
        occurredAt: at,
      });
      return row.id;
    }).catch(async (error: unknown) => {
      // Refused after the file was written to the folder: it goes again unless another attachment has the same bytes.
      if (wroteFile) await this.removeIfUnused(file.sha256);
      throw error;
    });
    return this.row(id2);
  }

  private async row(id: string): Promise<AttachmentRow> {
    const [r] = (await this.dataSource.query(`${ROW_SQL} WHERE a.id = $1`, [id])) as Array<Record<string, unknown>>;
    if (!r) throw notFound('Attachment');
    return toRow(r);
  }

  /** The attachments of a record the viewer may read, oldest first; none when they may not read it. */
  async list(viewer: Viewer | null, kind: OwnerKind, id: string): Promise<AttachmentRow[]> {
    const owner = await this.owner(this.dataSource.manager, viewer, null, kind, id).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
      throw error;
    });
    if (!owner?.canRead) return [];
    const rows = (await this.dataSource.query(`${ROW_SQL} WHERE a.owner_kind = $1 AND a.owner_id = $2 ORDER BY a.seq LIMIT ${kind === 'FINDING' ? FINDING_ATTACHMENTS_MAX : 50}`, [kind, id])) as Array<Record<string, unknown>>;
    return rows.map(toRow);
  }

  /** Whether the viewer may delete the attachment now: they uploaded it and its record is still open. */
  async canDelete(viewer: Viewer | null, row: AttachmentRow): Promise<boolean> {
    if (!viewer || row.uploadedBy !== viewer.userId) return false;
    const owner = await this.owner(this.dataSource.manager, viewer, null, row.ownerKind, row.ownerId);
    return owner.open;
  }

  /** One attachment's bytes for a reader of its record (a download by someone else than the uploader is audited). */
  async open(viewer: Viewer | null, token: string | null, id: string): Promise<{ row: AttachmentRow; body: Buffer | string }> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound('Attachment');
    return this.dataSource.transaction(async (m) => {
      const [r] = (await m.query(`${ROW_SQL.replace('SELECT ', 'SELECT a.storage, a.content, ')} WHERE a.id = $1`, [id])) as Array<Record<string, unknown>>;
      if (!r) throw viewer || token ? notFound('Attachment') : new AppError('UNAUTHENTICATED', 'Please sign in');
      const row = toRow(r);
      const owner = await this.owner(m, viewer, token, row.ownerKind, row.ownerId);
      if (!owner.canRead) throw viewer || token ? notFound('Attachment') : new AppError('UNAUTHENTICATED', 'Please sign in');
      if (!viewer || viewer.userId !== row.uploadedBy) {
        await appendAudit(m, {
          entityType: 'attachment',
          entityId: row.id,
          action: 'ATTACHMENT_DOWNLOADED',
          actorUserId: viewer?.userId ?? null,
          actorRole: owner.role,
          scopePath: owner.orgPath,
          payload: { ownerKind: row.ownerKind, ownerId: row.ownerId, fileName: row.name, sha256: row.sha256 },
          occurredAt: this.now(),
        });
      }
      const body = r.storage === 'FOLDER' ? path.join(this.settings.dir, row.sha256) : (r.content as Buffer);
      return { row, body };
    });
  }

  /** Deletes an attachment: only its uploader, only while its record is a draft or open; refused in words otherwise. */
  async delete(viewer: Viewer | null, id: string): Promise<AttachmentRow> {
    if (!viewer) throw new AppError('UNAUTHENTICATED', 'Please sign in');
    const row = await this.dataSource.transaction(async (m) => {
      const [r] = (await m.query(`${ROW_SQL} WHERE a.id = $1 FOR UPDATE OF a`, [id])) as Array<Record<string, unknown>>;
      if (!r) throw notFound('Attachment');
      const found = toRow(r);
      const owner = await this.owner(m, viewer, null, found.ownerKind, found.ownerId);
      if (!owner.canRead && found.uploadedBy !== viewer.userId) throw notFound('Attachment');
      if (found.uploadedBy !== viewer.userId) throw new AppError('FORBIDDEN', 'Only the person who uploaded an attachment may delete it');
      if (!owner.open) throw new AppError('INVALID_TRANSITION', `The attachment can no longer be deleted: ${owner.closedBecause}`, { allowedEvents: [] });
      await m.query(`DELETE FROM attachment WHERE id = $1`, [id]);
      await appendAudit(m, {
        entityType: 'attachment',
        entityId: id,
        action: 'ATTACHMENT_DELETED',
        actorUserId: viewer.userId,
        actorRole: owner.role,
        scopePath: owner.orgPath,
        payload: { ownerKind: found.ownerKind, ownerId: found.ownerId, fileName: found.name, sha256: found.sha256 },
        occurredAt: this.now(),
      });
      return found;
    });
    if (this.settings.dir) await this.removeIfUnused(row.sha256);
    return row;
  }

  /** A file in the folder goes when no attachment names its hash any more. */
  private async removeIfUnused(sha256: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      // Under the hash's lock: an upload of the same bytes is either committed (and counted here) or waits until the file is gone.
      await lockFile(m, sha256);
      const [{ n }] = (await m.query(`SELECT count(*)::int AS n FROM attachment WHERE sha256 = $1 AND storage = 'FOLDER'`, [sha256])) as [{ n: number }];
      if (n === 0) await fs.promises.rm(path.join(this.settings.dir, sha256), { force: true });
    });
  }
}

/** The lock of one stored file (by its hash), held to the end of the transaction: writing it and removing it never interleave. */
async function lockFile(m: EntityManager, sha256: string): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`attachment-file:${sha256}`]);
}
