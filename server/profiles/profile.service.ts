import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Cadre } from '../cadres/cadre.entity.js';
import type { Organisation } from '../organisations/organisation.entity.js';
import { assertSignedIn, can, type Viewer } from '../auth/policy.js';
import { AppError, notFound } from '../common/errors.js';
import { openClosedBallotBoxes } from '../grading/ballot-box.service.js';

export interface ProfileYear {
  year: number;
  cycleId: string;
  cycleName: string;
  assessmentId: string;
  /** The unit the year was assessed in, and the post and rank level the cadre was enrolled with (null for a team), kept after a move or promotion. */
  organisationId: string;
  organisationName: string;
  postTitle: string | null;
  rankLevel: string | null;
  proposedGrade: string | null;
  finalGrade: string | null;
  /** The latest grading run's composite and components. */
  engineGrade: string | null;
  compositeScore: number | null;
  components: Array<{ key: string; weight: number; value: number | null; contribution: number }>;
  /** 德能勤绩廉 averages over the ballots of the groups at the anonymity minimum of the cycle; null when no group is. */
  ballotAverages: { ballots: number; morality: number; ability: number; diligence: number; results: number; integrity: number } | null;
  /** Scheme-computed dimension scores (创新…安全). */
  dimensionScores: Array<{ dimension: string; score: number; weight: number | null }>;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The profile (画像) of a cadre or a leadership team over the years: grades,
 * composite and components, ballot averages by 德能勤绩廉 and the indicator
 * dimension scores. Three queries whatever the number of subjects and years.
 */
export class ProfileService {
  /** One profile loader per request (keyed by the request's loaders): a list of cadres asks for all their profiles in one batch. */
  private readonly batches = new WeakMap<object, DataLoader<string, ProfileYear[]>>();

  constructor(private readonly dataSource: DataSource) {}

  /**
   * A cadre's profile as a field of the cadre, batched across a list: the
   * cadre reads their own, others need assessment:read where the cadre sits.
   */
  async cadreInBatch(viewer: Viewer | null, cadre: Cadre, request: { organisation: { load(id: string): Promise<Organisation | null> } }): Promise<ProfileYear[]> {
    const org = await request.organisation.load(cadre.organisationId);
    if (viewer?.cadreId !== cadre.id && !(org && can(viewer, 'assessment:read', org.path))) throw new AppError('FORBIDDEN', 'Not in your jurisdiction');
    let loader = this.batches.get(request);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const byCadre = await this.years('CADRE', [...ids]);
        return ids.map((id) => byCadre.get(id) ?? []);
      });
      this.batches.set(request, loader);
    }
    return loader.load(cadre.id);
  }

  async cadre(viewer: Viewer | null, cadreId: string): Promise<ProfileYear[]> {
    assertSignedIn(viewer);
    const [cadre] = (await this.dataSource.query(`SELECT o.path FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE c.id = $1`, [cadreId])) as Array<{ path: string }>;
    if (!cadre) throw notFound('Cadre');
    if (viewer.cadreId !== cadreId && !can(viewer, 'assessment:read', cadre.path)) throw new AppError('FORBIDDEN', 'Not in your jurisdiction');
    return (await this.years('CADRE', [cadreId])).get(cadreId) ?? [];
  }

  async team(viewer: Viewer | null, organisationId: string): Promise<ProfileYear[]> {
    assertSignedIn(viewer);
    const [org] = (await this.dataSource.query(`SELECT path FROM organisation WHERE id = $1`, [organisationId])) as Array<{ path: string }>;
    if (!org) throw notFound('Organisation');
    if (!can(viewer, 'assessment:read', org.path)) throw new AppError('FORBIDDEN', 'Not in your jurisdiction');
    return (await this.years('TEAM', [organisationId])).get(organisationId) ?? [];
  }

  /** Profiles of many cadres or teams at once, keyed by cadre or organisation id. */
  async years(subject: 'CADRE' | 'TEAM', ids: string[]): Promise<Map<string, ProfileYear[]>> {
    const rows: Array<{
      subject_id: string;
      id: string;
      year: number;
      cycle_id: string;
      cycle_name: string;
      organisation_id: string;
      organisation_name: string;
      post_title: string | null;
      rank_level: string | null;
      proposed_grade: string | null;
      final_grade: string | null;
      engine_grade: string | null;
      score: number | null;
      components: ProfileYear['components'] | null;
    }> = await this.dataSource.query(
      `SELECT ${subject === 'CADRE' ? 'a.cadre_id' : 'a.organisation_id'} AS subject_id, a.id, cy.year, cy.id AS cycle_id, cy.name AS cycle_name,
              a.organisation_id, ao.name AS organisation_name, a.post_title, a.rank_level, a.proposed_grade, a.final_grade, gr.grade AS engine_grade, gr.score::float8 AS score, gr.components
         FROM assessment a
         JOIN assessment_cycle cy ON cy.id = a.cycle_id
         JOIN organisation ao ON ao.id = a.organisation_id
         LEFT JOIN LATERAL (SELECT grade, score, components FROM grading_result g WHERE g.assessment_id = a.id ORDER BY version DESC LIMIT 1) gr ON true
        WHERE ${subject === 'CADRE' ? `a.cadre_id = ANY($1::uuid[]) AND a.kind IN ('CADRE_ANNUAL', 'TERM')` : `a.organisation_id = ANY($1::uuid[]) AND a.kind = 'TEAM_ANNUAL'`}
        ORDER BY cy.year, cy.created_at`,
      [ids],
    );
    const assessmentIds = rows.map((r) => r.id);
    // Ballot boxes closed but not opened yet are opened first; a sealed box has no tally to show.
    await openClosedBallotBoxes(this.dataSource.manager, assessmentIds);
    const [ballots, dimensions] = await Promise.all([
      this.dataSource.query(
        // Only the groups at the anonymity minimum of the cycle: a hidden group's ballots are in no figure, so nothing can be solved for them.
        `SELECT t.assessment_id, sum(t.n)::int AS n, (sum(t.sum_morality) / sum(t.n))::float8 AS morality, (sum(t.sum_ability) / sum(t.n))::float8 AS ability,
                (sum(t.sum_diligence) / sum(t.n))::float8 AS diligence, (sum(t.sum_results) / sum(t.n))::float8 AS results, (sum(t.sum_integrity) / sum(t.n))::float8 AS integrity
           FROM ballot_tally t JOIN assessment a ON a.id = t.assessment_id JOIN assessment_cycle cy ON cy.id = a.cycle_id
          WHERE t.assessment_id = ANY($1::uuid[]) AND t.n >= coalesce((cy.settings->'democraticEvaluation'->>'anonymityMinimumRaters')::int, 5)
          GROUP BY t.assessment_id`,
        [assessmentIds],
      ) as Promise<Array<{ assessment_id: string; n: number; morality: number; ability: number; diligence: number; results: number; integrity: number }>>,
      this.dataSource.query(
        `SELECT assessment_id, key, score::float8 AS score, weight::float8 AS weight FROM indicator_rollup WHERE level = 'DIMENSION' AND assessment_id = ANY($1::uuid[]) ORDER BY key`,
        [assessmentIds],
      ) as Promise<Array<{ assessment_id: string; key: string; score: number; weight: number | null }>>,
    ]);
    const ballotOf = new Map(ballots.map((b) => [b.assessment_id, b]));
    const dimensionsOf = new Map<string, ProfileYear['dimensionScores']>();
    for (const d of dimensions) dimensionsOf.set(d.assessment_id, [...(dimensionsOf.get(d.assessment_id) ?? []), { dimension: d.key, score: d.score, weight: d.weight }]);
    const out = new Map<string, ProfileYear[]>();
    for (const r of rows) {
      const b = ballotOf.get(r.id);
      const year: ProfileYear = {
        year: r.year,
        cycleId: r.cycle_id,
        cycleName: r.cycle_name,
        assessmentId: r.id,
        organisationId: r.organisation_id,
        organisationName: r.organisation_name,
        postTitle: r.post_title,
        rankLevel: r.rank_level,
        proposedGrade: r.proposed_grade,
        finalGrade: r.final_grade,
        engineGrade: r.engine_grade,
        compositeScore: r.score,
        components: r.components ?? [],
        ballotAverages:
          b && b.n > 0
            ? { ballots: b.n, morality: round2(b.morality), ability: round2(b.ability), diligence: round2(b.diligence), results: round2(b.results), integrity: round2(b.integrity) }
            : null,
        dimensionScores: dimensionsOf.get(r.id) ?? [],
      };
      out.set(r.subject_id, [...(out.get(r.subject_id) ?? []), year]);
    }
    return out;
  }
}
