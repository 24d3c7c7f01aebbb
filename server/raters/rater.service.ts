import type { DataSource } from 'typeorm';
import { RATER_GROUPS, type RaterGroup, type RuleSettings } from '../../workflows/rules/settings.js';
import { appendAudit } from '../audit/audit.service.js';
import { actingRole, assertCan, can, scopeOf, type Viewer } from '../auth/policy.js';
import { notFound, validation, type FieldError } from '../common/errors.js';
import { likeEscape, subtreePatterns } from '../common/sql.js';

/** Raters are invited while the ballots are pending or open (as `GradingService.inviteRaters`). */
export const INVITABLE_STATES = ['evaluation.ballotsPending', 'evaluation.ballotsOpen'];

export interface RaterCandidate {
  userId: string;
  displayName: string;
  username: string;
  /** The organisation of the viewer-visible RATER grant (the first in tree order). */
  organisationName: string;
  /** The linked cadre's post, when the account belongs to a cadre. */
  post: string | null;
}

export interface AssessmentTurnout {
  assessmentId: string;
  kind: string;
  state: string;
  /** The cadre, or null for the unit's leadership team. */
  cadreName: string | null;
  organisationName: string;
  post: string | null;
  /** Whether raters may be invited now: the state takes invitations and the viewer manages the evaluation there. */
  invitable: boolean;
  invited: Array<{ group: RaterGroup; count: number }>;
  invitedTotal: number;
  /** Ballots returned: a count only, never whose or what. */
  returned: number;
  turnoutPercent: number;
  minimumTurnoutPercent: number;
}

export interface BulkInviteResult {
  /** Invitations created. */
  added: number;
  /** Rater × assessment pairs already invited (left as they were, group included). */
  alreadyInvited: number;
  /** Pairs left out because the rater is the assessed cadre. */
  skippedSelf: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The assessment team's side of democratic evaluation, set-based: whom it may
 * invite (users holding RATER inside its jurisdiction), invitations for many
 * assessments of a unit at once, and the turnout of each assessment. Turnout
 * is counted from the invitations' `voted` flag; no query here touches a
 * ballot, so nothing says who voted how.
 */
export class RaterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
  ) {}

  /**
   * Users holding RATER in an organisation of the viewer's jurisdiction (optionally under one organisation), matching a search
   * (its first 100 characters); `first` is kept between 1 and 100.
   */
  async candidates(viewer: Viewer | null, args: { search?: string | null; organisationId?: string | null; first: number }): Promise<{ items: RaterCandidate[]; totalCount: number }> {
    assertCan(viewer, 'evaluation:manage');
    const first = Math.min(Math.max(args.first, 1), 100);
    const searched = args.search?.slice(0, 100) ?? null;
    const patterns = subtreePatterns(scopeOf(viewer, 'evaluation:manage'));
    let under: string | null = null;
    if (args.organisationId) {
      const [org] = (await this.dataSource.query(`SELECT path FROM organisation WHERE id = $1`, [args.organisationId])) as Array<{ path: string }>;
      if (!org) throw notFound('Organisation');
      assertCan(viewer, 'evaluation:manage', org.path);
      under = `${likeEscape(org.path)}%`;
    }
    const search = searched?.trim() ? `%${likeEscape(searched.trim())}%` : null;
    const rows: Array<RaterCandidate & { total: number }> = await this.dataSource.query(
      `WITH c AS (
         SELECT DISTINCT ON (u.id) u.id AS "userId", u.display_name AS "displayName", u.username, o.name AS "organisationName", cd.post, o.path
           FROM role_assignment ra
           JOIN user_account u ON u.id = ra.user_id AND NOT u.disabled
           JOIN organisation o ON o.id = ra.organisation_id
           LEFT JOIN cadre cd ON cd.id = u.cadre_id
          WHERE ra.role = 'RATER' AND o.path LIKE ANY($1::text[])
            AND ($2::text IS NULL OR o.path LIKE $2)
            AND ($3::text IS NULL OR u.display_name ILIKE $3 OR u.username ILIKE $3 OR cd.name ILIKE $3 OR cd.post ILIKE $3 OR o.name ILIKE $3)
          ORDER BY u.id, o.path
       )
       SELECT "userId", "displayName", username, "organisationName", post, count(*) OVER ()::int AS total
         FROM c ORDER BY path, "displayName", "userId" LIMIT $4`,
      [patterns, under, search, first],
    );
    // count(*) OVER () is taken before LIMIT: an empty page means no match at all.
    return { items: rows.map(({ total: _total, ...r }) => r), totalCount: rows[0]?.total ?? 0 };
  }

  /**
   * Every assessment of one unit in a cycle (its team and its cadres) with the
   * invitations per rater group and the turnout against the cycle's minimum,
   * in one statement.
   */
  async turnout(viewer: Viewer | null, cycleId: string, organisationId: string): Promise<AssessmentTurnout[]> {
    assertCan(viewer, 'evaluation:manage');
    const [cycle] = (await this.dataSource.query(`SELECT id, settings FROM assessment_cycle WHERE id = $1`, [cycleId])) as Array<{ id: string; settings: RuleSettings }>;
    if (!cycle) throw notFound('Cycle');
    const [org] = (await this.dataSource.query(`SELECT path FROM organisation WHERE id = $1`, [organisationId])) as Array<{ path: string }>;
    if (!org) throw notFound('Organisation');
    assertCan(viewer, 'evaluation:manage', org.path);
    const minimum = cycle.settings.democraticEvaluation.minimumTurnoutPercent;
    const rows: Array<{ id: string; kind: string; state: string; org_path: string; cadre_name: string | null; org_name: string; post: string | null; groups: Record<string, number> | null; returned: number }> =
      await this.dataSource.query(
        `SELECT a.id, a.kind, a.state, a.org_path, c.name AS cadre_name, o.name AS org_name, c.post,
                (SELECT jsonb_object_agg(g, n) FROM (SELECT rater_group AS g, count(*)::int AS n FROM rater_invitation i WHERE i.assessment_id = a.id GROUP BY 1) x) AS groups,
                (SELECT count(*)::int FROM rater_invitation i WHERE i.assessment_id = a.id AND i.voted) AS returned
           FROM assessment a JOIN organisation o ON o.id = a.organisation_id LEFT JOIN cadre c ON c.id = a.cadre_id
          WHERE a.cycle_id = $1 AND a.organisation_id = $2
          ORDER BY (a.cadre_id IS NOT NULL), c.position_type DESC NULLS LAST, c.person_no, a.id`,
        [cycleId, organisationId],
      );
    return rows.map((r) => {
      const invited = RATER_GROUPS.map((group) => ({ group, count: r.groups?.[group] ?? 0 }));
      const invitedTotal = invited.reduce((s, g) => s + g.count, 0);
      return {
        assessmentId: r.id,
        kind: r.kind,
        state: r.state,
        cadreName: r.cadre_name,
        organisationName: r.org_name,
        post: r.post,
        invitable: INVITABLE_STATES.includes(r.state) && can(viewer, 'evaluation:manage', r.org_path),
        invited,
        invitedTotal,
        returned: r.returned,
        turnoutPercent: invitedTotal ? round2((r.returned / invitedTotal) * 100) : 0,
        minimumTurnoutPercent: minimum,
      };
    });
  }

  /**
   * Invites the same raters, each in a group, to many assessments at once.
   * All or nothing: every assessment must take invitations and lie in the
   * viewer's jurisdiction, every rater must hold RATER. A rater is never
   * invited to their own assessment (the pair is left out and counted); a
   * pair already invited keeps its group. One audit row per assessment.
   */
  async inviteMany(viewer: Viewer | null, assessmentIds: string[], raters: Array<{ userId: string; group: RaterGroup }>): Promise<BulkInviteResult> {
    assertCan(viewer, 'evaluation:manage');
    const ids = [...new Set(assessmentIds)];
    const byUser = new Map<string, RaterGroup>();
    const errors: FieldError[] = [];
    raters.forEach((r, i) => {
      if (byUser.has(r.userId) && byUser.get(r.userId) !== r.group) errors.push({ field: `input.raters.${i}.group`, messages: ['the same rater is given two groups'] });
      byUser.set(r.userId, r.group);
    });
    return this.dataSource.transaction(async (m) => {
      // Locks the assessments against a concurrent transition while the invitations go in.
      const rows: Array<{ id: string; state: string; org_path: string; cadre_id: string | null }> = await m.query(
        `SELECT id, state, org_path, cadre_id FROM assessment WHERE id = ANY($1::uuid[]) ORDER BY id FOR SHARE`,
        [ids],
      );
      ids.forEach((id, i) => {
        const row = rows.find((r) => r.id === id);
        if (!row) errors.push({ field: `input.assessmentIds.${i}`, messages: ['no such assessment'] });
        else if (!can(viewer, 'evaluation:manage', row.org_path)) errors.push({ field: `input.assessmentIds.${i}`, messages: ['outside your jurisdiction'] });
        else if (!INVITABLE_STATES.includes(row.state)) errors.push({ field: `input.assessmentIds.${i}`, messages: [`raters are invited before the ballots close (now: ${row.state})`] });
      });
      const users: Array<{ id: string; cadre_id: string | null; is_rater: boolean }> = await m.query(
        `SELECT u.id, u.cadre_id, EXISTS (SELECT 1 FROM role_assignment ra WHERE ra.user_id = u.id AND ra.role = 'RATER') AND NOT u.disabled AS is_rater
           FROM user_account u WHERE u.id = ANY($1::uuid[])`,
        [[...byUser.keys()]],
      );
      raters.forEach((r, i) => {
        const user = users.find((u) => u.id === r.userId);
        if (!user) errors.push({ field: `input.raters.${i}.userId`, messages: ['no such user'] });
        else if (!user.is_rater) errors.push({ field: `input.raters.${i}.userId`, messages: ['does not hold the RATER role'] });
      });
      if (errors.length) throw validation(errors, 'Nothing was invited');
      const pairs = rows.flatMap((a) =>
        [...byUser.entries()].filter(([userId]) => !a.cadre_id || users.find((u) => u.id === userId)!.cadre_id !== a.cadre_id).map(([userId, group]) => ({ a: a.id, userId, group })),
      );
      const skippedSelf = rows.length * byUser.size - pairs.length;
      const inserted: Array<{ assessment_id: string }> = pairs.length
        ? await m.query(
            `INSERT INTO rater_invitation (assessment_id, rater_user_id, rater_group, invited_by, invited_at)
             SELECT a, u, g, $4, $5 FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS x(a, u, g)
             ON CONFLICT (assessment_id, rater_user_id) DO NOTHING RETURNING assessment_id`,
            [pairs.map((p) => p.a), pairs.map((p) => p.userId), pairs.map((p) => p.group), viewer.userId, this.now()],
          )
        : [];
      for (const row of rows) {
        const added = inserted.filter((x) => x.assessment_id === row.id).length;
        if (!added) continue;
        await appendAudit(m, {
          entityType: 'assessment_evaluation',
          entityId: row.id,
          action: 'RATERS_INVITED',
          actorUserId: viewer.userId,
          actorRole: actingRole(viewer, 'evaluation:manage', row.org_path),
          scopePath: row.org_path,
          payload: { raters: pairs.filter((p) => p.a === row.id).map((p) => ({ userId: p.userId, group: p.group })), added, bulk: true },
          occurredAt: this.now(),
        });
      }
      return { added: inserted.length, alreadyInvited: pairs.length - inserted.length, skippedSelf };
    });
  }
}
