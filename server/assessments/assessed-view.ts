import { machineSpec } from '../../workflows/registry.js';
import { can, type Viewer } from '../auth/policy.js';
import { actingCapacity } from '../workflow/actors.js';
import type { Assessment } from './assessment.entity.js';
import { assessmentTarget } from './assessment.workflow.js';

/**
 * Does the viewer read this assessment as the assessed: the cadre themself
 * (whatever other roles they hold — nobody reads the deliberation on their
 * own year), a team's principal leader or report author, or anyone reading
 * it without `assessment:read` over its organisation? Such a reader sees the
 * decision and its reasons (workflows/assessment/assessed.ts), not the
 * deliberation.
 */
export function readsAsAssessed(viewer: Viewer | null, row: Assessment): boolean {
  if (viewer?.cadreId && row.cadreId === viewer.cadreId) return true;
  if (actingCapacity(viewer, machineSpec(row.machineId), 'SUBMIT_SELF_REPORT', assessmentTarget(row)) === 'SUBJECT') return true;
  return !can(viewer, 'assessment:read', row.orgPath);
}
