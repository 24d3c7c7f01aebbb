import type { DataSource } from 'typeorm';
import { candidateEvents } from '../../workflows/assessment/lifecycle.js';
import { machineSpec } from '../../workflows/assessment/registry.js';
import { assertCan, scopeOf, type Viewer } from '../auth/policy.js';
import { notFound } from '../common/errors.js';
import { subtreePatterns } from '../common/sql.js';
import { actingCapacity } from './actors.js';
import { AssessmentCycle, type AssessmentKind } from './assessment.entity.js';
import { restore } from './transition.js';

/** Reading cycles: lists, their progress board and what the viewer may do with them. */
export class CycleService {
  constructor(private readonly dataSource: DataSource) {}

  async list(viewer: Viewer | null): Promise<AssessmentCycle[]> {
    assertCan(viewer, 'assessment:read');
    return this.dataSource
      .getRepository(AssessmentCycle)
      .createQueryBuilder('c')
      .where('c.org_path LIKE ANY(:scope::text[]) OR :anyRoot::text[] && ARRAY[c.org_path]', {
        scope: subtreePatterns(scopeOf(viewer, 'assessment:read')),
        anyRoot: scopeOf(viewer, 'assessment:read'),
      })
      .orderBy('c.year', 'DESC')
      .addOrderBy('c.created_at', 'DESC')
      .limit(200)
      .getMany();
  }

  async get(viewer: Viewer | null, id: string): Promise<AssessmentCycle> {
    const cycle = await this.dataSource.getRepository(AssessmentCycle).findOneBy({ id });
    if (!cycle) throw notFound('Cycle');
    // A city user reads a province cycle only through the assessments of their city.
    if (!scopeOf(viewer!, 'assessment:read').some((p) => cycle.orgPath.startsWith(p) || p.startsWith(cycle.orgPath))) {
      assertCan(viewer, 'assessment:read', cycle.orgPath);
    }
    return cycle;
  }

  availableActions(viewer: Viewer | null, cycle: AssessmentCycle): string[] {
    const spec = machineSpec(cycle.machineId);
    const target = { orgPath: cycle.orgPath, organisationId: cycle.organisationId, cadreId: null };
    return candidateEvents(restore(spec, cycle.snapshot)).filter((e) => actingCapacity(viewer, spec, e, target) !== null);
  }

  /** Assessments per state and kind, within the viewer's part of the cycle. */
  async progress(viewer: Viewer | null, cycle: AssessmentCycle): Promise<Array<{ state: string; kind: AssessmentKind; count: number }>> {
    assertCan(viewer, 'assessment:read');
    return this.dataSource.query(
      `SELECT state, kind, count(*)::int AS count FROM assessment
        WHERE cycle_id = $1 AND org_path LIKE ANY($2::text[]) GROUP BY state, kind ORDER BY kind, state`,
      [cycle.id, subtreePatterns(scopeOf(viewer!, 'assessment:read'))],
    );
  }
}
