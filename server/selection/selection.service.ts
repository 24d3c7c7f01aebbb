import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { DataSource, EntityManager } from 'typeorm';
import { WORKFLOW_WORDS_ZH_CN as WORDS } from '../../workflows/labels/zh-CN.js';
import { compareCandidates, gradeRank, selectionCounters } from '../../workflows/selection/counters.js';
import { appendAudit } from '../audit/audit.service.js';
import { actingRole, assertCan, scopeOf, type Viewer } from '../auth/policy.js';
import { chinaDay } from '../calendar/calendar.service.js';
import { AppError, conflict, notFound, validation } from '../common/errors.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../common/pagination.js';
import { likeEscape, subtreePatterns } from '../common/sql.js';
import { CADRE_SELECT, loadAnnual, loadBlockers, loadCadres, loadPromotions, loadRegular, loadShares, PROMOTION_SELECT, type CadreRow, type PromotionRow } from './selection-data.js';
import type {
  CandidateHit,
  CandidateList,
  CandidateListDetail,
  CandidateSearchInput,
  ChangeCandidateListInput,
  CreateCandidateListInput,
  PromotionExcellentShare,
  RecordPromotionInput,
  SelectionRecord,
} from './selection.types.js';

/** The blockers in the workbook's words. */
const BLOCKER_WORDS: Record<string, string> = { PENALTY_PERIOD: '处分或组织处理影响期内', OPEN_INVESTIGATION: '正在接受立案审查', SUBSTANTIATED_ACCUSATION: '问题线索经核实属实' };

/** The most cadres a candidate search ranks at once; a broader search is refused with SEARCH_TOO_BROAD. */
export const SELECTION_SEARCH_MAX = 2000;
/** The most candidates one list holds. */
export const CANDIDATE_LIST_MAX = 100;

/**
 * Results into selection (选任参考): a cadre's record as the selection team
 * needs it, candidate searches ranked by results, candidate lists with their
 * export, and promotions with the share of those promoted who were graded
 * EXCELLENT. Read and written by the organisation department and HR
 * (`selection:read`, `selection:write`) inside their jurisdiction.
 */
export class SelectionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
  ) {}

  private today(): string {
    return chinaDay(this.now());
  }

  /** The last finished year: this Beijing year - 1. */
  defaultAsOf(): number {
    return Number(this.today().slice(0, 4)) - 1;
  }

  /** Selection records of many cadres, in the order of `cadres`. */
  async recordsOf(m: Pick<EntityManager, 'query'>, cadres: CadreRow[], asOfYear: number): Promise<SelectionRecord[]> {
    const ids = cadres.map((c) => c.id);
    const [annual, regular, blockers, promotions] = await Promise.all([
      loadAnnual(m, ids),
      loadRegular(m, ids, asOfYear - 2, asOfYear),
      loadBlockers(m, ids, this.today()),
      loadPromotions(m, ids),
    ]);
    return cadres.map((c) => {
      const years = annual.filter((a) => a.cadreId === c.id);
      const scored = years.find((y) => y.score !== null && y.year <= asOfYear);
      const blocking = blockers.get(c.id) ?? [];
      return {
        cadreId: c.id,
        name: c.name,
        personNo: c.personNo,
        organisationId: c.organisationId,
        organisationName: c.organisationName,
        post: c.post,
        rankLevel: c.rankLevel,
        birthDate: c.birthDate,
        tookPostOn: c.tookPostOn,
        years: years.slice(0, 10),
        counters: selectionCounters(years, asOfYear),
        regular: { fromYear: asOfYear - 2, toYear: asOfYear, ...(regular.get(c.id) ?? { assessed: 0, good: 0, fair: 0, average: 0, poor: 0 }) },
        blocked: blocking.length > 0,
        blockers: blocking,
        latestScore: scored?.score ?? null,
        latestScoreYear: scored?.year ?? null,
        promotions: promotions.filter((p) => p.cadreId === c.id).slice(0, 20),
      };
    });
  }

  async record(viewer: Viewer | null, cadreId: string, asOfYear?: number | null): Promise<SelectionRecord> {
    assertCan(viewer, 'selection:read');
    const [cadre] = await loadCadres(this.dataSource, [cadreId]);
    if (!cadre) throw notFound('Cadre');
    assertCan(viewer, 'selection:read', cadre.path);
    const [record] = await this.recordsOf(this.dataSource, [cadre], asOfYear ?? this.defaultAsOf());
    return record!;
  }

  private async organisation(m: Pick<EntityManager, 'query'>, id: string, field: string): Promise<{ id: string; name: string; path: string }> {
    const [org] = (await m.query(`SELECT id, name, path FROM organisation WHERE id = $1`, [id])) as Array<{ id: string; name: string; path: string }>;
    if (!org) throw validation([{ field, messages: ['no such organisation'] }]);
    return org;
  }

  /** The subtree patterns searched: the organisation asked for (inside the jurisdiction), else the whole jurisdiction. */
  private async patterns(viewer: Viewer, organisationId: string | null | undefined, permission: 'selection:read' | 'selection:write'): Promise<{ patterns: string[]; org: { id: string; name: string; path: string } | null }> {
    if (organisationId) {
      const org = await this.organisation(this.dataSource, organisationId, 'organisationId');
      assertCan(viewer, permission, org.path);
      return { patterns: [`${likeEscape(org.path)}%`], org };
    }
    return { patterns: subtreePatterns(scopeOf(viewer, permission)), org: null };
  }

  /**
   * Serving cadres filtered by where they serve, rank level and results, and
   * ranked by the rule of compareCandidates: no blocker first, then more
   * EXCELLENT years in the last 5, the longer EXCELLENT run, the better latest
   * grade, the personnel-file number.
   */
  async search(viewer: Viewer | null, input: CandidateSearchInput, first: number, after?: string | null): Promise<ConnectionShape<CandidateHit>> {
    assertCan(viewer, 'selection:read');
    const { patterns } = await this.patterns(viewer, input.organisationId, 'selection:read');
    const asOf = input.asOfYear ?? this.defaultAsOf();
    const window = input.inLastYears ?? 3;
    const minExcellent = input.minExcellent ?? 0;
    const [start] = decodeCursor(after, 1) ?? [0];
    const offset = typeof start === 'number' && start >= 0 ? start : 0;
    // The filters SQL can take first; the blockers and the latest grade are then taken by the same code as the record's.
    const cadres: CadreRow[] = await this.dataSource.query(
      `${CADRE_SELECT}
        WHERE c.employment_status = 'SERVING' AND o.path LIKE ANY($1::text[]) AND ($2::text[] IS NULL OR c.rank_level = ANY($2::text[]))
          AND $3::int <= (SELECT count(*) FROM assessment a JOIN assessment_cycle cy ON cy.id = a.cycle_id
                           WHERE a.cadre_id = c.id AND a.kind = 'CADRE_ANNUAL' AND cy.kind = 'ANNUAL' AND cy.state <> 'cancelled'
                             AND a.final_grade = 'EXCELLENT' AND cy.year BETWEEN $4::int - $5::int + 1 AND $4::int)
        LIMIT ${SELECTION_SEARCH_MAX + 1}`,
      [patterns, input.rankLevels?.length ? input.rankLevels : null, minExcellent, asOf, window],
    );
    if (cadres.length > SELECTION_SEARCH_MAX) {
      throw new AppError('SEARCH_TOO_BROAD', `The search matches more than ${SELECTION_SEARCH_MAX} cadres: narrow the organisation, rank level or results`, { matched: cadres.length, max: SELECTION_SEARCH_MAX });
    }
    const ids = cadres.map((c) => c.id);
    const [annual, blockers] = await Promise.all([loadAnnual(this.dataSource, ids), loadBlockers(this.dataSource, ids, this.today())]);
    const floor = input.lastGradeAtLeast ? gradeRank(input.lastGradeAtLeast) : null;
    const ranked = cadres
      .map((c) => ({ ...c, counters: selectionCounters(annual.filter((a) => a.cadreId === c.id), asOf), blocked: (blockers.get(c.id)?.length ?? 0) > 0 }))
      .filter((c) => !(input.noBlockers && c.blocked) && (floor === null || gradeRank(c.counters.latestGrade) <= floor))
      .sort(compareCandidates)
      .map((c, i): CandidateHit => ({ place: i + 1, cadreId: c.id, name: c.name, personNo: c.personNo, organisationName: c.organisationName, post: c.post, rankLevel: c.rankLevel, counters: c.counters, blocked: c.blocked }));
    return toConnection(ranked.slice(offset, offset + first + 1), first, (hit) => [hit.place], () => Promise.resolve(ranked.length));
  }

  // ---------- candidate lists ----------

  private static readonly LIST_SELECT = `SELECT l.id, l.name, l.purpose, l.organisation_id AS "organisationId", o.name AS "organisationName", l.org_path AS path, l.created_at AS "createdAt", l.version,
         (SELECT count(*)::int FROM candidate_list_member lm WHERE lm.list_id = l.id) AS "memberCount"
    FROM candidate_list l JOIN organisation o ON o.id = l.organisation_id`;

  async lists(viewer: Viewer | null, first: number, after?: string | null): Promise<ConnectionShape<CandidateList>> {
    assertCan(viewer, 'selection:read');
    const patterns = subtreePatterns(scopeOf(viewer, 'selection:read'));
    const cursor = decodeCursor(after, 2);
    const rows: CandidateList[] = await this.dataSource.query(
      `${SelectionService.LIST_SELECT} WHERE l.org_path LIKE ANY($1::text[]) ${cursor ? `AND (l.created_at, l.id) < ($3::timestamptz, $4::uuid)` : ''}
        ORDER BY l.created_at DESC, l.id DESC LIMIT $2`,
      cursor ? [patterns, first + 1, cursor[0], cursor[1]] : [patterns, first + 1],
    );
    return toConnection(rows, first, (r) => [new Date(r.createdAt).toISOString(), r.id], async () =>
      ((await this.dataSource.query(`SELECT count(*)::int AS n FROM candidate_list WHERE org_path LIKE ANY($1::text[])`, [patterns])) as Array<{ n: number }>)[0]!.n,
    );
  }

  private async listRow(m: Pick<EntityManager, 'query'>, id: string, lock = false): Promise<CandidateList & { path: string }> {
    const [row] = (await m.query(`${SelectionService.LIST_SELECT} WHERE l.id = $1 ${lock ? 'FOR UPDATE OF l' : ''}`, [id])) as Array<CandidateList & { path: string }>;
    if (!row) throw notFound('Candidate list');
    return row;
  }

  private async members(m: Pick<EntityManager, 'query'>, listId: string): Promise<CadreRow[]> {
    return m.query(`${CADRE_SELECT} JOIN candidate_list_member lm ON lm.cadre_id = c.id WHERE lm.list_id = $1 ORDER BY lm.position, c.person_no LIMIT ${CANDIDATE_LIST_MAX}`, [listId]);
  }

  async list(viewer: Viewer | null, id: string, asOfYear?: number | null): Promise<CandidateListDetail> {
    assertCan(viewer, 'selection:read');
    const row = await this.listRow(this.dataSource, id);
    assertCan(viewer, 'selection:read', row.path);
    const members = await this.recordsOf(this.dataSource, await this.members(this.dataSource, id), asOfYear ?? this.defaultAsOf());
    return { ...row, members };
  }

  async createList(viewer: Viewer | null, input: CreateCandidateListInput): Promise<CandidateList> {
    assertCan(viewer, 'selection:write');
    const name = input.name.trim();
    if (!name) throw validation([{ field: 'input.name', messages: ['must not be blank'] }]);
    return this.dataSource.transaction(async (m) => {
      const org = await this.organisation(m, input.organisationId, 'input.organisationId');
      assertCan(viewer, 'selection:write', org.path);
      const [{ id }] = (await m.query(
        `INSERT INTO candidate_list (name, purpose, organisation_id, org_path, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
        [name, input.purpose?.trim() || null, org.id, org.path, viewer.userId, this.now()],
      )) as [{ id: string }];
      await appendAudit(m, {
        entityType: 'candidate_list', entityId: id, action: 'CANDIDATE_LIST_CREATED', actorUserId: viewer.userId, actorRole: actingRole(viewer, 'selection:write', org.path),
        scopePath: org.path, payload: { name, purpose: input.purpose ?? null, organisationId: org.id }, occurredAt: this.now(),
      });
      return this.listRow(m, id);
    });
  }

  /** Adds cadres at the end and removes others, in one transaction; a cadre outside the list's organisation, or not serving, is refused. */
  async changeList(viewer: Viewer | null, input: ChangeCandidateListInput): Promise<CandidateList> {
    assertCan(viewer, 'selection:write');
    return this.dataSource.transaction(async (m) => {
      const list = await this.listRow(m, input.listId, true);
      assertCan(viewer, 'selection:write', list.path);
      if (list.version !== input.expectedVersion) throw conflict();
      const add = [...new Set(input.add)].filter((id) => !input.remove.includes(id));
      const cadres = await loadCadres(m, add);
      const serving = new Set(((await m.query(`SELECT id FROM cadre WHERE id = ANY($1::uuid[]) AND employment_status = 'SERVING'`, [add])) as Array<{ id: string }>).map((r) => r.id));
      const bad = add.filter((id) => {
        const c = cadres.find((x) => x.id === id);
        return !c || !c.path.startsWith(list.path) || !serving.has(id);
      });
      if (bad.length) throw validation([{ field: 'input.add', messages: [`${bad.length} of the cadres are not serving in ${list.organisationName} or below`] }]);
      if (input.remove.length) await m.query(`DELETE FROM candidate_list_member WHERE list_id = $1 AND cadre_id = ANY($2::uuid[])`, [list.id, input.remove]);
      if (add.length) {
        await m.query(
          `INSERT INTO candidate_list_member (list_id, cadre_id, position, added_at)
           SELECT $1, x.id, coalesce((SELECT max(position) FROM candidate_list_member WHERE list_id = $1), 0) + x.n, $3
             FROM unnest($2::uuid[]) WITH ORDINALITY AS x(id, n)
           ON CONFLICT (list_id, cadre_id) DO NOTHING`,
          [list.id, add, this.now()],
        );
      }
      const [{ n }] = (await m.query(`SELECT count(*)::int AS n FROM candidate_list_member WHERE list_id = $1`, [list.id])) as [{ n: number }];
      if (n > CANDIDATE_LIST_MAX) throw validation([{ field: 'input.add', messages: [`a list holds at most ${CANDIDATE_LIST_MAX} candidates`] }]);
      await m.query(`UPDATE candidate_list SET version = version + 1, updated_at = $2 WHERE id = $1`, [list.id, this.now()]);
      await appendAudit(m, {
        entityType: 'candidate_list', entityId: list.id, action: 'CANDIDATE_LIST_CHANGED', actorUserId: viewer.userId, actorRole: actingRole(viewer, 'selection:write', list.path),
        scopePath: list.path, fromVersion: list.version, payload: { added: add, removed: input.remove, members: n }, occurredAt: this.now(),
      });
      return this.listRow(m, list.id);
    });
  }

  /**
   * The list's export: one sheet, a row per candidate with the selection
   * record (years' grades, counters, blockers), streamed; audited before the
   * first byte. `start` sets the response headers with the file name.
   */
  async exportList(viewer: Viewer | null, id: string, out: Writable, start: (fileName: string) => void): Promise<void> {
    assertCan(viewer, 'selection:read');
    const list = await this.listRow(this.dataSource, id);
    assertCan(viewer, 'selection:read', list.path);
    const asOf = this.defaultAsOf();
    const records = await this.recordsOf(this.dataSource, await this.members(this.dataSource, id), asOf);
    await this.auditExport(viewer, list, 'XLSX', records.length);
    start(`${list.name}.xlsx`);
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
    const sheet = workbook.addWorksheet('选任参考');
    const years = [asOf - 4, asOf - 3, asOf - 2, asOf - 1, asOf];
    const grade = (g: string | undefined) => (g ? ((WORDS.grades as Record<string, string>)[g] ?? g) : '');
    sheet.columns = [
      { header: '序号', width: 6 }, { header: '姓名', width: 10 }, { header: '干部编号', width: 12 }, { header: '单位', width: 20 }, { header: '职务', width: 18 },
      ...years.map((y) => ({ header: `${y}年度`, width: 10 })),
      { header: '近三年优秀次数', width: 14 }, { header: '近五年优秀次数', width: 14 }, { header: '连续优秀年数', width: 12 },
      { header: '近五年基本称职次数', width: 16 }, { header: '近五年不称职次数', width: 16 }, { header: '平时考核(好/较好/一般/较差)', width: 24 },
      { header: '影响提拔使用的情形', width: 40 },
    ];
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    records.forEach((r, i) => {
      const byYear = new Map(r.years.map((y) => [y.year, y.grade]));
      sheet.addRow([
        i + 1, r.name, r.personNo, r.organisationName, r.post,
        ...years.map((y) => grade(byYear.get(y))),
        r.counters.excellentLast3, r.counters.excellentLast5, r.counters.consecutiveExcellent, r.counters.basicallyCompetentLast5, r.counters.incompetentLast5,
        `${r.regular.good}/${r.regular.fair}/${r.regular.average}/${r.regular.poor}`,
        r.blockers.length ? r.blockers.map((b) => `${BLOCKER_WORDS[b.kind] ?? b.kind}（${b.since ?? ''}至${b.until ?? '今'}）`).join('；') : '无',
      ]).commit();
    });
    sheet.commit();
    await workbook.commit();
  }

  /** The printable page of a list: its records, with the print audited like the workbook. */
  async printList(viewer: Viewer | null, id: string): Promise<CandidateListDetail> {
    const detail = await this.list(viewer, id);
    await this.auditExport(viewer!, detail as unknown as CandidateList & { path: string }, 'PRINT', detail.members.length);
    return detail;
  }

  private async auditExport(viewer: Viewer, list: CandidateList & { path?: string }, format: 'XLSX' | 'PRINT', members: number): Promise<void> {
    const path = list.path ?? '';
    await this.dataSource.transaction((m) =>
      appendAudit(m, {
        entityType: 'candidate_list', entityId: list.id, action: 'CANDIDATE_LIST_EXPORTED', actorUserId: viewer.userId, actorRole: actingRole(viewer, 'selection:read', path),
        scopePath: path, payload: { format, members, name: list.name }, occurredAt: this.now(),
      }),
    );
  }

  // ---------- promotions ----------

  async recordPromotion(viewer: Viewer | null, input: RecordPromotionInput): Promise<PromotionRow> {
    assertCan(viewer, 'selection:write');
    return this.dataSource.transaction(async (m) => {
      const [cadre] = await loadCadres(m, [input.cadreId]);
      if (!cadre) throw notFound('Cadre');
      assertCan(viewer, 'selection:write', cadre.path);
      const parsed = new Date(`${input.promotedOn}T00:00:00Z`);
      if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== input.promotedOn) throw validation([{ field: 'input.promotedOn', messages: ['is not a day'] }]);
      if (input.promotedOn > this.today()) throw validation([{ field: 'input.promotedOn', messages: ['is in the future'] }]);
      const inserted = (await m.query(
        `INSERT INTO cadre_promotion (cadre_id, kind, promoted_on, organisation_id, org_path, post, note, recorded_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (cadre_id, kind, promoted_on) DO NOTHING RETURNING id`,
        [cadre.id, input.kind, input.promotedOn, cadre.organisationId, cadre.path, input.post?.trim() || null, input.note?.trim() || null, viewer.userId, this.now()],
      )) as Array<{ id: string }>;
      if (!inserted[0]) throw new AppError('DUPLICATE', `${cadre.name} already has this record on ${input.promotedOn}`, { field: 'promotedOn', value: input.promotedOn });
      await appendAudit(m, {
        entityType: 'cadre_promotion', entityId: inserted[0].id, action: 'PROMOTION_RECORDED', actorUserId: viewer.userId, actorRole: actingRole(viewer, 'selection:write', cadre.path),
        scopePath: cadre.path, payload: { cadreId: cadre.id, kind: input.kind, promotedOn: input.promotedOn, post: input.post ?? null, note: input.note ?? null }, occurredAt: this.now(),
      });
      const [row] = (await m.query(`${PROMOTION_SELECT} WHERE p.id = $1`, [inserted[0].id])) as PromotionRow[];
      return row!;
    });
  }

  async promotions(viewer: Viewer | null, organisationId: string | null | undefined, year: number | null | undefined, first: number, after?: string | null): Promise<ConnectionShape<PromotionRow>> {
    assertCan(viewer, 'selection:read');
    const { patterns } = await this.patterns(viewer, organisationId, 'selection:read');
    const cursor = decodeCursor(after, 2);
    const params: unknown[] = [patterns, year ?? null];
    const where = `p.org_path LIKE ANY($1::text[]) AND ($2::int IS NULL OR extract(year FROM p.promoted_on)::int = $2::int)`;
    const rows: PromotionRow[] = await this.dataSource.query(
      `${PROMOTION_SELECT} WHERE ${where} ${cursor ? `AND (p.promoted_on, p.id) < ($4::date, $5::uuid)` : ''} ORDER BY p.promoted_on DESC, p.id DESC LIMIT $3`,
      cursor ? [...params, first + 1, cursor[0], cursor[1]] : [...params, first + 1],
    );
    return toConnection(rows, first, (r) => [r.promotedOn, r.id], async () =>
      ((await this.dataSource.query(`SELECT count(*)::int AS n FROM cadre_promotion p WHERE ${where}`, params)) as Array<{ n: number }>)[0]!.n,
    );
  }

  async shares(viewer: Viewer | null, organisationId: string | null | undefined, fromYear: number, toYear: number): Promise<PromotionExcellentShare[]> {
    assertCan(viewer, 'selection:read');
    if (toYear < fromYear || toYear - fromYear > 19) throw validation([{ field: 'toYear', messages: ['must be fromYear to fromYear + 19'] }]);
    let org: { id: string; name: string; path: string };
    if (organisationId) {
      org = await this.organisation(this.dataSource, organisationId, 'organisationId');
      assertCan(viewer, 'selection:read', org.path);
    } else {
      const [root] = scopeOf(viewer, 'selection:read');
      const [row] = (await this.dataSource.query(`SELECT id, name, path FROM organisation WHERE path = $1`, [root])) as Array<{ id: string; name: string; path: string }>;
      if (!row) throw notFound('Organisation');
      org = row;
    }
    const rows = await loadShares(this.dataSource, `${likeEscape(org.path)}%`, fromYear, toYear);
    return rows.map((r) => ({ ...r, organisationId: org.id, organisationName: org.name }));
  }
}
