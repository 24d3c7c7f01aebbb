import type { Writable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';
import type { OrganisationCategory } from '../../workflows/org/categories.js';
import type { RuleSettings } from '../../workflows/rules/settings.js';
import { appendAudit } from '../audit/audit.service.js';
import { actingRole, assertCan, scopeOf, type Viewer } from '../auth/policy.js';
import { chinaDay } from '../calendar/calendar.service.js';
import { AppError, notFound } from '../common/errors.js';
import { subtreePatterns } from '../common/sql.js';
import { AssessmentCycle } from '../cycles/cycle.entity.js';
import { readFromReplica } from '../db/replica.js';
import { allocateDocumentNumber, sha256, type IssuedDocument } from '../documents/document.service.js';
import { loadDocumentFont, type DocumentFontSettings } from '../documents/font.js';
import { issuerOf } from '../documents/issuer.js';
import { chineseDate } from '../documents/chinese-date.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { cycleSettings } from '../outcomes/reconcile.js';
import { announcementListPdf } from './list-pdf.js';
import { ANNOUNCEMENT_LIST_KINDS, listEntries, undecidedCount, type AnnouncementListKind, type ListEntry } from './lists.js';
import { countPayrollRows, writePayrollWorkbook } from './payroll-export.js';
import { loadDistributions, loadTeams, type Distribution, type DistributionGroup, type ReportTeam } from './results-report.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ResultsReport {
  cycleId: string;
  organisationId: string;
  organisationName: string;
  category: OrganisationCategory | null;
  total: Distribution;
  regions: DistributionGroup[];
  categories: DistributionGroup[];
  excellentTeams: { nodes: ReportTeam[]; totalCount: number };
  rectificationTeams: { nodes: ReportTeam[]; totalCount: number };
  outstandingRegions: { nodes: ReportTeam[]; totalCount: number };
  bonusCoefficients: Array<{ grade: string; coefficient: number }>;
}

export interface AnnouncementEntry extends ListEntry {
  firstYear: number;
  lastYear: number;
}

/** Entries a list shows through GraphQL (the issued PDF prints them all). */
export const LIST_VIEW_LIMIT = 500;

export interface AnnouncementList {
  cycleId: string;
  kind: AnnouncementListKind;
  entryCount: number;
  /** The number it was issued under; null while it is a draft drawn from the results as they stand. */
  number: string | null;
  issuedOn: string | null;
  entries: AnnouncementEntry[];
}

/**
 * Announcing a cycle's results (docs/domain.md §6a): the results report per
 * region and organisation category, the commendation and criticism lists
 * issued once with a number, their PDF, and the annual-bonus coefficients
 * exported for payroll. Reads stay inside the viewer's jurisdiction; what
 * changes state (issuing, exporting) is one transaction with its audit entry.
 */
export class AnnouncingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
  ) {}

  private async cycleFor(viewer: Viewer | null, cycleId: string): Promise<{ cycle: AssessmentCycle; scope: string[]; settings: RuleSettings }> {
    assertCan(viewer, 'assessment:read');
    if (!UUID.test(cycleId)) throw notFound('Cycle');
    const cycle = await this.dataSource.getRepository(AssessmentCycle).findOneBy({ id: cycleId });
    if (!cycle) throw notFound('Cycle');
    const scope = scopeOf(viewer, 'assessment:read');
    if (!scope.some((p) => cycle.orgPath.startsWith(p) || p.startsWith(cycle.orgPath))) assertCan(viewer, 'assessment:read', cycle.orgPath);
    return { cycle, scope, settings: cycleSettings(cycle.settings) };
  }

  async resultsReport(viewer: Viewer | null, cycleId: string, organisationId: string | null, category: OrganisationCategory | null): Promise<ResultsReport> {
    const { cycle, scope, settings } = await this.cycleFor(viewer, cycleId);
    if (organisationId && !UUID.test(organisationId)) throw notFound('Organisation');
    const root = await this.dataSource.getRepository(Organisation).findOneBy({ id: organisationId ?? cycle.organisationId });
    if (!root) throw notFound('Organisation');
    if (organisationId && !scope.some((p) => root.path.startsWith(p) || p.startsWith(root.path))) assertCan(viewer, 'assessment:read', root.path);
    const filter = { cycleId: cycle.id, patterns: subtreePatterns(scope), root: { id: root.id, path: root.path, depth: root.depth }, category };
    return readFromReplica(this.dataSource, async (m) => {
      const distributions = await loadDistributions(m, filter);
      const excellentTeams = await loadTeams(m, filter, ['EXCELLENT']);
      const rectificationTeams = await loadTeams(m, filter, ['AVERAGE', 'POOR']);
      const outstandingRegions = await loadTeams(m, filter, ['EXCELLENT'], true);
      const bonus = settings.announcing.bonusCoefficientByTeamGrade;
      return {
        cycleId: cycle.id,
        organisationId: root.id,
        organisationName: root.name,
        category,
        ...distributions,
        excellentTeams,
        rectificationTeams,
        outstandingRegions,
        bonusCoefficients: (['EXCELLENT', 'GOOD', 'AVERAGE', 'POOR'] as const).map((grade) => ({ grade, coefficient: bonus[grade] })),
      };
    });
  }

  private async issued(m: Pick<EntityManager, 'query'>, cycleId: string, kind: AnnouncementListKind) {
    const [row] = (await m.query(`SELECT id, number, to_char(issued_on, 'YYYY-MM-DD') AS issued_on, entries FROM announcement_list WHERE cycle_id = $1 AND kind = $2`, [cycleId, kind])) as Array<{
      id: string;
      number: string;
      issued_on: string;
      entries: ListEntry[];
    }>;
    return row ?? null;
  }

  /** The four lists of a cycle: as issued (frozen, inside the viewer's jurisdiction), or drafts from the results as they stand. */
  async announcementLists(viewer: Viewer | null, cycleId: string): Promise<AnnouncementList[]> {
    const { cycle, scope, settings } = await this.cycleFor(viewer, cycleId);
    const patterns = subtreePatterns(scope);
    const inScope = (e: ListEntry) => !e.orgPath || scope.some((p) => e.orgPath!.startsWith(p));
    return readFromReplica(this.dataSource, async (m) => {
      const lists: AnnouncementList[] = [];
      for (const kind of ANNOUNCEMENT_LIST_KINDS) {
        const issued = await this.issued(m, cycle.id, kind);
        if (issued) lists.push(view(cycle.id, kind, issued.number, issued.issued_on, issued.entries.filter(inScope)));
        else lists.push(view(cycle.id, kind, null, null, await listEntries(m, cycle, patterns, kind, settings)));
      }
      return lists;
    });
  }

  /**
   * Issues a list of the cycle under the cycle organisation's next number,
   * once: its entries are frozen as they stand. Only for an annual cycle
   * whose results the list draws on are all final, by the organisation
   * department of the cycle's organisation (or above).
   */
  async issueAnnouncementList(viewer: Viewer | null, cycleId: string, kind: AnnouncementListKind): Promise<AnnouncementList> {
    assertCan(viewer, 'cycle:manage');
    if (!UUID.test(cycleId)) throw notFound('Cycle');
    const cycle = await this.dataSource.getRepository(AssessmentCycle).findOneBy({ id: cycleId });
    if (!cycle) throw notFound('Cycle');
    assertCan(viewer, 'cycle:manage', cycle.orgPath);
    if (cycle.kind !== 'ANNUAL') throw new AppError('NOT_ELIGIBLE', 'Only the results of an annual cycle are announced in these lists');
    const organisation = await this.dataSource.getRepository(Organisation).findOneByOrFail({ id: cycle.organisationId });
    const settings = cycleSettings(cycle.settings);
    const whole = subtreePatterns([cycle.orgPath]);
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`announcement_list:${cycle.id}:${kind}`]);
      if (await this.issued(m, cycle.id, kind)) throw new AppError('CONFLICT', 'This list has already been issued');
      const undecided = await undecidedCount(m, cycle.id, whole, kind);
      if (undecided > 0) throw new AppError('RESULTS_NOT_DECIDED', `${undecided} results this list draws on are not final yet`, { undecided });
      const list = await listEntries(m, cycle, whole, kind, settings);
      if (list.length === 0) throw new AppError('NOT_ELIGIBLE', 'No one is on this list');
      const day = chinaDay(this.now());
      const { number, issuedOn } = await allocateDocumentNumber(m, `ANNOUNCEMENT:${kind}:${cycle.id}`, organisation.id, issuerOf(organisation), day);
      const [row] = (await m.query(
        `INSERT INTO announcement_list (cycle_id, kind, number, issued_on, issued_at, issued_by, entries) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [cycle.id, kind, number, issuedOn, this.now(), viewer!.userId, JSON.stringify(list)],
      )) as Array<{ id: string }>;
      await appendAudit(m, {
        entityType: 'announcement_list',
        entityId: row!.id,
        action: 'ANNOUNCEMENT_ISSUED',
        actorUserId: viewer!.userId,
        actorRole: actingRole(viewer!, 'cycle:manage', cycle.orgPath),
        scopePath: cycle.orgPath,
        payload: { cycleId: cycle.id, kind, number, entries: list.length },
        occurredAt: this.now(),
      });
      return view(cycle.id, kind, number, issuedOn, list);
    });
  }

  /** The PDF of an issued list, in the official layout, with its number; DOCUMENT_ISSUED in the audit trail. */
  async listPdf(viewer: Viewer | null, cycleId: string, kind: string, font: DocumentFontSettings): Promise<IssuedDocument> {
    const { cycle } = await this.cycleFor(viewer, cycleId);
    assertCan(viewer, 'assessment:read', cycle.orgPath);
    if (!(ANNOUNCEMENT_LIST_KINDS as readonly string[]).includes(kind)) throw notFound('List');
    const issued = await this.issued(this.dataSource.manager, cycle.id, kind as AnnouncementListKind);
    if (!issued) throw new AppError('NOT_FOUND', 'This list has not been issued yet');
    const organisation = await this.dataSource.getRepository(Organisation).findOneByOrFail({ id: cycle.organisationId });
    const issuer = issuerOf(organisation);
    const buffer = await announcementListPdf(loadDocumentFont(font), {
      organ: issuer.organ,
      number: issued.number,
      date: chineseDate(issued.issued_on),
      dateAt: new Date(`${issued.issued_on}T12:00:00+08:00`),
      year: cycle.year,
      kind: kind as AnnouncementListKind,
      entries: issued.entries,
    });
    const doc = { fileName: `${cycle.name}-${LIST_TITLES[kind as AnnouncementListKind]}.pdf`, buffer, sha256: sha256(buffer), number: issued.number };
    await this.dataSource.transaction((m) =>
      appendAudit(m, {
        entityType: 'official_document',
        entityId: issued.id,
        action: 'DOCUMENT_ISSUED',
        actorUserId: viewer!.userId,
        actorRole: actingRole(viewer!, 'assessment:read', cycle.orgPath),
        scopePath: cycle.orgPath,
        payload: { document: `ANNOUNCEMENT_${kind}`, number: doc.number, fileName: doc.fileName, sha256: doc.sha256, bytes: buffer.length },
        occurredAt: this.now(),
      }),
    );
    return doc;
  }

  /** The annual-bonus sheet for payroll, streamed; PAYROLL_BONUS_EXPORTED with the row count before the first byte. */
  async exportPayroll(viewer: Viewer | null, cycleId: string, ready: (fileName: string) => Writable): Promise<number> {
    const { cycle, scope, settings } = await this.cycleFor(viewer, cycleId);
    const patterns = subtreePatterns(scope);
    const count = await readFromReplica(this.dataSource, (m) => countPayrollRows(m, cycle.id, patterns));
    await this.dataSource.transaction((m) =>
      appendAudit(m, {
        entityType: 'assessment_cycle_export',
        entityId: cycle.id,
        action: 'PAYROLL_BONUS_EXPORTED',
        actorUserId: viewer!.userId,
        actorRole: actingRole(viewer!, 'assessment:read', cycle.orgPath) ?? actingRole(viewer!, 'assessment:read'),
        scopePath: cycle.orgPath,
        payload: { rows: count, coefficients: settings.announcing.bonusCoefficientByTeamGrade },
        occurredAt: this.now(),
      }),
    );
    return writePayrollWorkbook(this.dataSource, cycle.id, patterns, settings, ready(`${cycle.name}-年度考核奖系数.xlsx`), this.now());
  }
}

export const LIST_TITLES: Record<AnnouncementListKind, string> = {
  COMMENDED_TEAMS: '年度考核优秀等次领导班子通报表扬名单',
  COMMENDED_CADRES: '年度考核优秀等次干部嘉奖名单',
  MERIT_CADRES: '连续优秀干部记三等功名单',
  CRITICISED_TEAMS: '年度考核领导班子通报批评名单',
};

function view(cycleId: string, kind: AnnouncementListKind, number: string | null, issuedOn: string | null, entries: ListEntry[]): AnnouncementList {
  return {
    cycleId,
    kind,
    number,
    issuedOn,
    entryCount: entries.length,
    entries: entries.slice(0, LIST_VIEW_LIMIT).map(({ orgPath: _orgPath, ...e }) => ({ ...e, firstYear: e.years[0]!, lastYear: e.years.at(-1)! })),
  };
}
