import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { WORKFLOW_WORDS_ZH_CN } from '../../workflows/labels/zh-CN.js';
import type { OrganisationKind } from '../../workflows/org/categories.js';
import type { AnnualContext } from '../../workflows/assessment/annual.machine.js';
import type { Assessment } from '../assessments/assessment.entity.js';
import { appendAudit } from '../audit/audit.service.js';
import { actingRole, assertCan, type Viewer } from '../auth/policy.js';
import { chinaDay } from '../calendar/calendar.service.js';
import { AppError, notFound } from '../common/errors.js';
import type { Services } from '../services.js';
import { chineseDate } from './chinese-date.js';
import { loadDocumentFont, type DocumentFontSettings } from './font.js';
import { documentNumber, issuerOf, type Issuer } from './issuer.js';
import { publicNoticePdf, writtenNoticePdf } from './layouts.js';
import { registrationFormPdf } from './registration-form.js';

export interface IssuedDocument {
  fileName: string;
  buffer: Buffer;
  sha256: string;
  /** The 发文字号, when the document carries one. */
  number: string | null;
}

interface CycleRow {
  id: string;
  name: string;
  year: number;
  org_path: string;
  organisation_id: string;
  org_name: string;
  org_kind: OrganisationKind;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GENDER: Record<string, string> = { MALE: '男', FEMALE: '女' };
export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const gradeWord = (grade: string) => (WORKFLOW_WORDS_ZH_CN.grades as Record<string, string>)[grade] ?? grade;
/** The Beijing day's noon as the instant a day-dated document carries in its metadata. */
const noonOf = (day: string) => new Date(`${day}T12:00:00+08:00`);

/** The 发文字号 of `key`: the one it was given, or the next of the organisation's year (allocated under a lock, kept). */
export async function allocateDocumentNumber(m: EntityManager, key: string, organisationId: string, issuer: Issuer, day: string): Promise<{ number: string; issuedOn: string }> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`document_number:${organisationId}`]);
  const [kept] = (await m.query(`SELECT number, to_char(issued_on, 'YYYY-MM-DD') AS issued_on FROM document_number WHERE document_key = $1`, [key])) as Array<{ number: string; issued_on: string }>;
  if (kept) return { number: kept.number, issuedOn: kept.issued_on };
  const year = Number(day.slice(0, 4));
  const [{ seq }] = (await m.query(`SELECT coalesce(max(seq), 0)::int + 1 AS seq FROM document_number WHERE organisation_id = $1 AND year = $2`, [organisationId, year])) as [{ seq: number }];
  const number = documentNumber(issuer.prefix, year, seq);
  await m.query(`INSERT INTO document_number (document_key, organisation_id, year, seq, number, issued_on) VALUES ($1, $2, $3, $4, $5, $6)`, [key, organisationId, year, seq, number, day]);
  return { number, issuedOn: day };
}

/**
 * Official documents as PDFs (GB/T 9704-2012): the public notice of a
 * cycle's EXCELLENT candidates, a cadre's written notice with its receipt,
 * and the annual assessment registration form. Each is issued in one
 * transaction with its DOCUMENT_ISSUED audit entry (the file's SHA-256); a
 * document with a 发文字号 gets its number once (`document_number`) and
 * keeps it.
 */
export class DocumentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly services: Pick<Services, 'assessments' | 'reviews'>,
    private readonly font: DocumentFontSettings,
    private readonly now: () => Date,
  ) {}

  private async cycle(id: string): Promise<CycleRow> {
    if (!UUID.test(id)) throw notFound('Cycle');
    const [row] = (await this.dataSource.query(
      `SELECT c.id, c.name, c.year, c.org_path, c.organisation_id, o.name AS org_name, o.kind AS org_kind
         FROM assessment_cycle c JOIN organisation o ON o.id = c.organisation_id WHERE c.id = $1`,
      [id],
    )) as CycleRow[];
    if (!row) throw notFound('Cycle');
    return row;
  }

  /** The 发文字号 of `key`: the one it was given, or the next of the organisation's year (allocated under a lock, kept). */
  private allocate(m: EntityManager, key: string, organisationId: string, issuer: Issuer, day: string): Promise<{ number: string; issuedOn: string }> {
    return allocateDocumentNumber(m, key, organisationId, issuer, day);
  }

  private role(viewer: Viewer, path: string): string {
    return actingRole(viewer, 'assessment:read', path) ?? (viewer.cadreId ? 'CADRE' : 'UNKNOWN');
  }

  private audit(m: EntityManager, viewer: Viewer, subjectId: string, path: string, doc: IssuedDocument, kind: string) {
    return appendAudit(m, {
      entityType: 'official_document',
      entityId: subjectId,
      action: 'DOCUMENT_ISSUED',
      actorUserId: viewer.userId,
      actorRole: this.role(viewer, path),
      scopePath: path,
      payload: { document: kind, number: doc.number, fileName: doc.fileName, sha256: doc.sha256, bytes: doc.buffer.length },
      occurredAt: this.now(),
    });
  }

  /** 公示 of the cycle's EXCELLENT candidates on (or past) public notice; for the staff of the cycle's whole jurisdiction. */
  async publicNotice(viewer: Viewer | null, cycleId: string): Promise<IssuedDocument> {
    assertCan(viewer, 'assessment:read');
    const cycle = await this.cycle(cycleId);
    assertCan(viewer, 'assessment:read', cycle.org_path);
    const entries = (await this.dataSource.query(
      `SELECT coalesce(c.name, o.name || '领导班子') AS name, o.name AS unit, c.post,
              a.snapshot->'context'->'notice'->>'startsOn' AS starts_on, a.snapshot->'context'->'notice'->>'endsOn' AS ends_on
         FROM assessment a JOIN organisation o ON o.id = a.organisation_id LEFT JOIN cadre c ON c.id = a.cadre_id
        WHERE a.cycle_id = $1 AND jsonb_typeof(a.snapshot->'context'->'notice') = 'object'
          AND coalesce(a.final_grade, a.snapshot->'context'->'decision'->>'grade') = 'EXCELLENT' AND a.state <> 'cancelled'
        ORDER BY o.path, c.name LIMIT 1000`,
      [cycle.id],
    )) as Array<{ name: string; unit: string; post: string | null; starts_on: string; ends_on: string }>;
    if (entries.length === 0) throw new AppError('NOT_FOUND', 'No EXCELLENT candidate of this cycle has been on public notice');
    const startsOn = entries.map((e) => e.starts_on).sort()[0]!;
    const endsOn = entries.map((e) => e.ends_on).sort().at(-1)!;
    const issuer = issuerOf({ name: cycle.org_name, kind: cycle.org_kind });
    const font = loadDocumentFont(this.font);
    return this.dataSource.transaction(async (m) => {
      const { number, issuedOn } = await this.allocate(m, `PUBLIC_NOTICE:${cycle.id}`, cycle.organisation_id, issuer, startsOn);
      const buffer = await publicNoticePdf(font, {
        organ: issuer.organ,
        number,
        date: chineseDate(issuedOn),
        dateAt: noonOf(issuedOn),
        cycleName: cycle.name,
        year: cycle.year,
        entries: entries.map((e) => ({ name: e.name, unit: e.unit, post: e.post })),
        startsOn: chineseDate(startsOn),
        endsOn: chineseDate(endsOn),
      });
      const doc = { fileName: `${cycle.name}-优秀等次人选公示.pdf`, buffer, sha256: sha256(buffer), number };
      await this.audit(m, viewer!, cycle.id, cycle.org_path, doc, 'PUBLIC_NOTICE');
      return doc;
    });
  }

  /** The facts of one assessment both personal documents print. */
  private async facts(row: Assessment) {
    const [f] = (await this.dataSource.query(
      `SELECT c.name, c.gender, to_char(c.birth_date, 'YYYY.MM') AS birth, c.post, o.name AS unit, a.cycle_id,
              coalesce(s.work_summary, '') AS work_summary, s.submitted_at IS NOT NULL AS submitted
         FROM assessment a JOIN cadre c ON c.id = a.cadre_id JOIN organisation o ON o.id = a.organisation_id
         LEFT JOIN self_report s ON s.assessment_id = a.id
        WHERE a.id = $1`,
      [row.id],
    )) as Array<{ name: string; gender: string; birth: string | null; post: string; unit: string; cycle_id: string; work_summary: string; submitted: boolean }>;
    if (!f) throw new AppError('NOT_ELIGIBLE', 'Only a cadre’s own assessment has personal documents');
    const cycle = await this.cycle(f.cycle_id);
    return { ...f, cycle, issuer: issuerOf({ name: cycle.org_name, kind: cycle.org_kind }), ctx: row.snapshot.context as unknown as AnnualContext };
  }

  private async readable(viewer: Viewer | null, assessmentId: string): Promise<Assessment> {
    if (!UUID.test(assessmentId)) throw notFound('Assessment');
    return this.services.assessments.get(viewer, assessmentId);
  }

  /**
   * 书面通知 with its 回执, for the person themself or the jurisdiction's
   * staff, once the result is notified in writing. The review sentence is
   * printed only where `reviewWindow` (the review service's rule) says the
   * grade may be reviewed at all.
   */
  async writtenNotice(viewer: Viewer | null, assessmentId: string, m?: EntityManager): Promise<IssuedDocument> {
    const row = await this.readable(viewer, assessmentId);
    const f = await this.facts(row);
    const grade = row.finalGrade ?? f.ctx.decision?.grade;
    if (!f.ctx.writtenNoticeAt || !grade) throw new AppError('NOT_ELIGIBLE', 'The result has not been notified in writing yet');
    const window = await this.services.reviews.reviewWindow(viewer, row);
    const font = loadDocumentFont(this.font);
    const issue = async (tx: EntityManager) => {
      const { number, issuedOn } = await this.allocate(tx, `WRITTEN_NOTICE:${row.id}`, f.cycle.organisation_id, f.issuer, chinaDay(new Date(f.ctx.writtenNoticeAt!)));
      const buffer = await writtenNoticePdf(font, {
        organ: f.issuer.organ,
        number,
        date: chineseDate(issuedOn),
        dateAt: noonOf(issuedOn),
        cadreName: f.name,
        cycleName: f.cycle.name,
        year: f.cycle.year,
        grade: gradeWord(grade),
        comment: f.ctx.proposal?.comment || null,
        reviewDays: window?.reviewable ? window.reviewRequestDays : null,
        signature: f.ctx.signature ? { opinion: f.ctx.signature.opinion, date: chineseDate(chinaDay(new Date(f.ctx.signature.at))) } : null,
      });
      const doc = { fileName: `${f.cycle.year}-${f.name}-考核结果书面通知.pdf`, buffer, sha256: sha256(buffer), number };
      await this.audit(tx, viewer!, row.id, row.orgPath, doc, 'WRITTEN_NOTICE');
      return doc;
    };
    return m ? issue(m) : this.dataSource.transaction(issue);
  }

  /** 年度考核登记表 of a decided assessment, for the person themself or the jurisdiction's staff. */
  async registrationForm(viewer: Viewer | null, assessmentId: string, m?: EntityManager): Promise<IssuedDocument> {
    const row = await this.readable(viewer, assessmentId);
    const f = await this.facts(row);
    const grade = row.finalGrade ?? f.ctx.decision?.grade;
    if (!grade || !f.ctx.decision) throw new AppError('NOT_ELIGIBLE', 'The grade has not been decided yet');
    const font = loadDocumentFont(this.font);
    const decidedDay = chinaDay(new Date(f.ctx.decision.at));
    const buffer = await registrationFormPdf(font, {
      year: f.cycle.year,
      name: f.name,
      gender: GENDER[f.gender] ?? f.gender,
      birth: f.birth ?? '',
      unit: f.unit,
      post: row.postTitle ?? f.post,
      selfSummary: f.submitted ? f.work_summary : '',
      teamOpinion: f.ctx.proposal ? `建议评定为“${gradeWord(f.ctx.proposal.grade)}”等次。${f.ctx.proposal.comment}` : '',
      grade: gradeWord(grade),
      decidedOn: chineseDate(decidedDay),
      decidedAt: noonOf(decidedDay),
      organ: f.issuer.organ,
      signature: f.ctx.signature ? { opinion: f.ctx.signature.opinion, date: chineseDate(chinaDay(new Date(f.ctx.signature.at))) } : null,
    });
    const doc = { fileName: `${f.cycle.year}-${f.name}-年度考核登记表.pdf`, buffer, sha256: sha256(buffer), number: null };
    const record = (tx: EntityManager) => this.audit(tx, viewer!, row.id, row.orgPath, doc, 'REGISTRATION_FORM');
    if (m) await record(m);
    else await this.dataSource.transaction(record);
    return doc;
  }
}
