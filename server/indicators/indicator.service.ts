import type { DataSource, EntityManager } from 'typeorm';
import { ORGANISATION_CATEGORIES } from '../../workflows/org/categories.js';
import { validateScheme, type SchemeError, type SchemeTree } from '../../workflows/indicators/scheme.js';
import { appendAudit } from '../audit/audit.service.js';
import { actingRole, assertCan, type Viewer } from '../auth/policy.js';
import { chinaDay } from '../calendar/calendar.service.js';
import { AppError, notFound, validation } from '../common/errors.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { effectiveRuleSet } from '../rule-sets/rule-set.service.js';


export interface SchemeVersionRow {
  id: string;
  schemeId: string;
  jurisdictionId: string;
  category: string;
  name: string;
  version: number;
  status: 'DRAFT' | 'PUBLISHED';
  effectiveFrom: string | null;
  tree: SchemeTree;
  note: string;
  createdAt: Date;
  publishedAt: Date | null;
  /** Problems the validator finds (a draft may have some; a published version has none). */
  issues: SchemeError[];
}

const VERSION_COLUMNS = `v.id, v.scheme_id AS "schemeId", s.jurisdiction_id AS "jurisdictionId", s.category, s.name, v.version, v.status,
  to_char(v.effective_from, 'YYYY-MM-DD') AS "effectiveFrom", v.tree, v.note, v.created_at AS "createdAt", v.published_at AS "publishedAt", j.path AS "jurisdictionPath"`;

/**
 * Indicator schemes: drafts checked by the validator with the rules of the
 * jurisdiction's rule set, and immutable published versions. Every change
 * is one transaction with its audit row.
 */
export class IndicatorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
  ) {}

  private async organisation(m: EntityManager, id: string): Promise<Organisation> {
    const org = await m.getRepository(Organisation).findOneBy({ id });
    if (!org) throw notFound('Organisation');
    return org;
  }

  /** The validator's rules from the jurisdiction's rule set, and whether the scheme covers a restricted-development zone. */
  private async check(m: EntityManager, jurisdiction: Organisation, category: string, tree: unknown, day: string): Promise<SchemeError[]> {
    const { settings } = await effectiveRuleSet(m, jurisdiction, day);
    const [{ restricted }] = (await m.query(`SELECT EXISTS (SELECT 1 FROM organisation WHERE path LIKE $1 || '%' AND category = $2 AND restricted_development) AS restricted`, [
      jurisdiction.path,
      category,
    ])) as [{ restricted: boolean }];
    return validateScheme(tree, {
      gdpMayBeMainIndicator: settings.scoring.gdpMayBeMainIndicator,
      gdpWeightInRestrictedZones: settings.scoring.gdpWeightInRestrictedZones,
      restrictedZone: restricted,
    });
  }

  private async withIssues(m: EntityManager, rows: Array<SchemeVersionRow & { jurisdictionPath?: string }>): Promise<SchemeVersionRow[]> {
    const orgs = new Map<string, Organisation>();
    const day = chinaDay(this.now());
    for (const r of rows) {
      if (!orgs.has(r.jurisdictionId)) orgs.set(r.jurisdictionId, await this.organisation(m, r.jurisdictionId));
      r.issues = await this.check(m, orgs.get(r.jurisdictionId)!, r.category, r.tree, r.effectiveFrom ?? day);
      delete r.jurisdictionPath;
    }
    return rows;
  }

  /** Every version of the schemes of a jurisdiction, newest first. */
  async versions(viewer: Viewer | null, jurisdictionId: string): Promise<SchemeVersionRow[]> {
    const org = await this.organisation(this.dataSource.manager, jurisdictionId);
    assertCan(viewer, 'indicator-scheme:read', org.path);
    const rows: SchemeVersionRow[] = await this.dataSource.query(
      `SELECT ${VERSION_COLUMNS} FROM indicator_scheme_version v JOIN indicator_scheme s ON s.id = v.scheme_id JOIN organisation j ON j.id = s.jurisdiction_id
        WHERE s.jurisdiction_id = $1 ORDER BY s.category, v.version DESC`,
      [jurisdictionId],
    );
    return this.withIssues(this.dataSource.manager, rows);
  }

  async version(viewer: Viewer | null, id: string, m: EntityManager = this.dataSource.manager): Promise<SchemeVersionRow> {
    const [row] = (await m.query(
      `SELECT ${VERSION_COLUMNS} FROM indicator_scheme_version v JOIN indicator_scheme s ON s.id = v.scheme_id JOIN organisation j ON j.id = s.jurisdiction_id WHERE v.id = $1`,
      [id],
    )) as Array<SchemeVersionRow & { jurisdictionPath: string }>;
    if (!row) throw notFound('Indicator scheme version');
    assertCan(viewer, 'indicator-scheme:read', row.jurisdictionPath);
    return (await this.withIssues(m, [row]))[0]!;
  }

  /**
   * Saves the draft of a jurisdiction's scheme for a category: the open draft
   * is updated, or a new draft version is started. A draft may carry problems;
   * they are listed with it and block only its publication.
   */
  async saveDraft(viewer: Viewer | null, input: { jurisdictionId: string; category: string; name: string; tree: Record<string, unknown>; note: string }): Promise<SchemeVersionRow> {
    assertCan(viewer, 'indicator-scheme:write');
    if (!(ORGANISATION_CATEGORIES as readonly string[]).includes(input.category)) throw validation([{ field: 'input.category', messages: ['is not an organisation category'] }]);
    const id = await this.dataSource.transaction(async (m) => {
      const org = await this.organisation(m, input.jurisdictionId);
      assertCan(viewer, 'indicator-scheme:write', org.path);
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`indicator_scheme:${org.id}:${input.category}`]);
      const [scheme] = (await m.query(
        `INSERT INTO indicator_scheme (jurisdiction_id, category, name, created_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (jurisdiction_id, category) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
        [org.id, input.category, input.name, viewer.userId],
      )) as Array<{ id: string }>;
      const [draft] = (await m.query(`SELECT id, version FROM indicator_scheme_version WHERE scheme_id = $1 AND status = 'DRAFT'`, [scheme!.id])) as Array<{ id: string; version: number }>;
      let versionId: string;
      let version: number;
      if (draft) {
        await m.query(`UPDATE indicator_scheme_version SET tree = $2, note = $3, updated_at = $4 WHERE id = $1`, [draft.id, JSON.stringify(input.tree), input.note, this.now()]);
        versionId = draft.id;
        version = draft.version;
      } else {
        const [created] = (await m.query(
          `INSERT INTO indicator_scheme_version (scheme_id, version, status, tree, note, created_by, created_at, updated_at)
           SELECT $1, coalesce(max(version), 0) + 1, 'DRAFT', $2, $3, $4, $5, $5 FROM indicator_scheme_version WHERE scheme_id = $1 RETURNING id, version`,
          [scheme!.id, JSON.stringify(input.tree), input.note, viewer.userId, this.now()],
        )) as Array<{ id: string; version: number }>;
        versionId = created!.id;
        version = created!.version;
      }
      await appendAudit(m, {
        entityType: 'indicator_scheme',
        entityId: scheme!.id,
        action: draft ? 'INDICATOR_SCHEME_DRAFT_SAVED' : 'INDICATOR_SCHEME_DRAFT_STARTED',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'indicator-scheme:write', org.path),
        scopePath: org.path,
        payload: { versionId, version, category: input.category, name: input.name, tree: input.tree, note: input.note },
        occurredAt: this.now(),
      });
      return versionId;
    });
    return this.version(viewer, id);
  }

  /** Publishes a draft from a date, only when the validator finds nothing; from then on the version never changes. */
  async publish(viewer: Viewer | null, versionId: string, effectiveFrom: string): Promise<SchemeVersionRow> {
    assertCan(viewer, 'indicator-scheme:write');
    await this.dataSource.transaction(async (m) => {
      const row = await this.version(viewer, versionId, m);
      const org = await this.organisation(m, row.jurisdictionId);
      assertCan(viewer, 'indicator-scheme:write', org.path);
      if (row.status !== 'DRAFT') throw new AppError('CONFLICT', `Version ${row.version} is already published and cannot change`);
      const issues = await this.check(m, org, row.category, row.tree, effectiveFrom);
      if (issues.length) {
        throw new AppError('VALIDATION', `The scheme is not valid: ${issues.map((e) => `${e.node} ${e.code}`).join('; ')}`, {
          fields: issues.map((e) => ({ field: `tree.${e.node}`, messages: [`${e.code}: ${e.message}`] })),
          issues,
        });
      }
      const clash: unknown[] = await m.query(`SELECT 1 FROM indicator_scheme_version WHERE scheme_id = $1 AND status = 'PUBLISHED' AND effective_from = $2`, [row.schemeId, effectiveFrom]);
      if (clash.length) throw new AppError('CONFLICT', `A version effective from ${effectiveFrom} already exists; choose another date`);
      await m.query(`UPDATE indicator_scheme_version SET status = 'PUBLISHED', effective_from = $2, published_by = $3, published_at = $4 WHERE id = $1`, [
        versionId,
        effectiveFrom,
        viewer.userId,
        this.now(),
      ]);
      await appendAudit(m, {
        entityType: 'indicator_scheme',
        entityId: row.schemeId,
        action: 'INDICATOR_SCHEME_PUBLISHED',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'indicator-scheme:write', org.path),
        scopePath: org.path,
        payload: { versionId, version: row.version, effectiveFrom },
        occurredAt: this.now(),
      });
    });
    return this.version(viewer, versionId);
  }
}
