import type { DataSource } from 'typeorm';
import { MACHINES } from '../../../workflows/registry.js';
import type { AccusationContext, AccusationSource, ClearingMethod, ClearingScope, PointFinding } from '../../../workflows/cases/accusation.machine.js';
import { assertCan, type Viewer } from '../../auth/policy.js';
import { chinaDay } from '../../calendar/calendar.service.js';
import { AppError, validation } from '../../common/errors.js';
import { effectiveRuleSet } from '../../rule-sets/rule-set.service.js';
import { cadreScope, type CaseRow, type CaseService } from '../shared/case.service.js';
import type { MutationOptions, WorkflowEngine } from '../../workflow/engine.js';

/**
 * Accusations against a cadre (petitions, reports, inspections), verified
 * point by point by discipline inspection, and clearing names (澄清正名)
 * when untrue: a cleared accusation never counts against the cadre.
 */
export class AccusationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
    private readonly cases: CaseService,
    private readonly engine: WorkflowEngine,
  ) {}

  private today(): string {
    return chinaDay(this.now());
  }

  /** The discipline-inspection grant of the viewer that covers `path`: the body acting. */
  private bodyOf(viewer: Viewer, path: string, prefer?: string | null): string {
    const grants = viewer.grants.filter((g) => g.role === 'DISCIPLINE' && path.startsWith(g.organisationPath));
    const grant = grants.find((g) => g.organisationId === prefer) ?? grants[0];
    if (!grant) throw new AppError('FORBIDDEN', 'Only discipline inspection with jurisdiction verifies and clears accusations');
    return grant.organisationId;
  }

  async recordAccusation(
    viewer: Viewer | null,
    input: { cadreId: string; source: AccusationSource; points: string[]; concernsYear: number; negativeCode: string | null; receivedOn: string },
    options: MutationOptions = {},
  ): Promise<CaseRow> {
    assertCan(viewer, 'accusation:write');
    if (input.points.length === 0 || input.points.some((p) => !p.trim())) throw validation([{ field: 'input.points', messages: ['an accusation has at least one point, each written out'] }]);
    const id = await this.engine.mutate(viewer, 'recordAccusation', input, options.idempotencyKey, async (m) => {
      const cadre = await cadreScope(m, input.cadreId);
      assertCan(viewer, 'accusation:write', cadre.path);
      if (input.negativeCode) {
        const { settings } = await effectiveRuleSet(m, cadre.org, this.today());
        if (!settings.gates.negativeList.some((n) => n.code === input.negativeCode)) {
          throw validation([{ field: 'input.negativeCode', messages: [`must be one of ${settings.gates.negativeList.map((n) => n.code).join(', ')}`] }]);
        }
      }
      const row = await this.cases.createCase(m, 'accusation', MACHINES.accusation, { source: input.source, points: input.points }, {
        cadre_id: cadre.id,
        organisation_id: cadre.organisationId,
        org_path: cadre.path,
        source: input.source,
        concerns_year: input.concernsYear,
        negative_code: input.negativeCode,
        received_on: input.receivedOn,
      }, { userId: viewer.userId, role: 'DISCIPLINE' });
      return row.id;
    });
    return this.cases.caseRow(this.dataSource.manager, 'accusation', id);
  }

  verifyAccusation(viewer: Viewer | null, id: string, findings: PointFinding[], options: MutationOptions = {}): Promise<CaseRow> {
    return this.cases.run(viewer, 'accusation', id, 'VERIFY', { findings }, options, async ({ row, at, today }) => ({
      event: { type: 'VERIFY', findings, bodyId: this.bodyOf(viewer!, row.orgPath), userId: viewer!.userId, today, at },
    }));
  }

  clearAccusation(viewer: Viewer | null, id: string, c: { method: ClearingMethod; scope: ClearingScope; scopeNote: string; points: number[] }, options: MutationOptions = {}): Promise<CaseRow> {
    return this.cases.run(viewer, 'accusation', id, 'CLEAR', c, options, async ({ row, at, today }) => {
      const checkedBy = (row.snapshot.context as unknown as AccusationContext).checkedBy;
      const bodyId = this.bodyOf(viewer!, row.orgPath, checkedBy?.bodyId);
      if (checkedBy && bodyId !== checkedBy.bodyId) throw new AppError('FORBIDDEN', 'Only the body that checked the accusation clears it');
      return { event: { type: 'CLEAR', ...c, bodyId, today, at } };
    });
  }
}
