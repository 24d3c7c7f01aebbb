import { createHash, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { machineSpec } from '../../workflows/registry.js';
import type { AssessmentService } from '../assessments/assessment.service.js';
import { assessmentTarget } from '../assessments/assessment.workflow.js';
import { actingRole, can, type Viewer } from '../auth/policy.js';
import { notFound } from '../common/errors.js';
import type { CaseService } from '../cases/shared/case.service.js';
import { actingCapacity } from '../workflow/actors.js';

/**
 * What an attachment belongs to: a self-report (of an assessment), a review or appeal case's grounds, an objection, or a
 * corroborating finding (the 督查通报, inspection report or audit report it comes from).
 */
export const OWNER_KINDS = ['SELF_REPORT', 'REVIEW_CASE', 'OBJECTION', 'FINDING'] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];

/** The self-report is open to attachments while it is written (before submission, or returned for revision). */
export const SELF_REPORT_OPEN_STATES = ['selfReport.drafting', 'selfReport.returned', 'selfReport.overdue'];
/** A finding takes documents until its assessment is filed or cancelled. */
export const FINDING_CLOSED_STATES = ['filed', 'cancelled'];
/** A review or appeal case is open to attachments until its decision: asked, pending review, pending appeal. */
export const REVIEW_CASE_OPEN_STATES = ['opened', 'reviewPending', 'appealPending'];

/** An owner record as the attachment rules need it: where it lies, who may read it, who may add to it, and whether it is still open. */
export interface AttachmentOwner {
  kind: OwnerKind;
  id: string;
  orgPath: string;
  /** The viewer (or the holder of `token`) may read the record, hence its attachments. */
  canRead: boolean;
  /** The viewer (or the token's holder) may add attachments, the record being open. */
  canUpload: boolean;
  /** Still a draft or open: attachments may be added and deleted. */
  open: boolean;
  /** Why it is closed, in words, when it is. */
  closedBecause: string;
  /** The capacity the viewer acts in, for the audit row. */
  role: string;
}

export const tokenHash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

function tokenMatches(token: string | null, hash: string | null): boolean {
  if (!token || !hash) return false;
  const a = Buffer.from(tokenHash(token), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Loads the owner record and answers the attachment rules for the viewer,
 * with the record's own read rules: a self-report as its assessment (the
 * assessed, the assessment team, committee, auditors… of the jurisdiction),
 * a review case as cases are read (the cadre, case:read of the jurisdiction),
 * an objection by the organisation department handling it and the auditors
 * of the jurisdiction, and the objector through the receipt's token; a
 * finding by the readers of its assessment, its documents added by those who
 * record findings there (finding:write) until the assessment is filed.
 */
export async function loadOwner(
  m: EntityManager,
  deps: { assessments: AssessmentService; cases: CaseService },
  viewer: Viewer | null,
  token: string | null,
  kind: OwnerKind,
  id: string,
): Promise<AttachmentOwner> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound('The record');
  if (kind === 'SELF_REPORT') {
    const row = await deps.assessments.instances.load(m, id);
    let canRead = true;
    try {
      deps.assessments.assertCanRead(viewer, row);
    } catch {
      canRead = false;
    }
    const subject = actingCapacity(viewer, machineSpec(row.machineId), 'SUBMIT_SELF_REPORT', assessmentTarget(row)) === 'SUBJECT';
    const open = SELF_REPORT_OPEN_STATES.includes(row.state);
    return {
      kind,
      id,
      orgPath: row.orgPath,
      canRead,
      canUpload: subject && open,
      open,
      closedBecause: 'the self-report has been submitted: attachments can only be changed while it is a draft or returned for revision',
      role: subject ? 'SUBJECT' : (viewer && actingRole(viewer, 'assessment:read', row.orgPath)) || 'UNKNOWN',
    };
  }
  if (kind === 'REVIEW_CASE') {
    const row = await deps.cases.caseRow(m, 'review_case', id);
    const own = viewer !== null && viewer.cadreId === row.cadreId;
    const open = REVIEW_CASE_OPEN_STATES.includes(row.state);
    return {
      kind,
      id,
      orgPath: row.orgPath,
      canRead: deps.cases.canRead(viewer, row),
      canUpload: own && open,
      open,
      closedBecause: 'the case has been decided, closed or withdrawn: attachments can only be changed before its decision',
      role: own ? 'CADRE' : (viewer && actingRole(viewer, 'case:read', row.orgPath)) || 'UNKNOWN',
    };
  }
  if (kind === 'FINDING') {
    const [row] = (await m.query(
      `SELECT f.id, a.state, a.org_path FROM corroborating_finding f JOIN assessment a ON a.id = f.assessment_id WHERE f.id = $1`,
      [id],
    )) as Array<{ id: string; state: string; org_path: string }>;
    if (!row) throw notFound('Finding');
    const open = !FINDING_CLOSED_STATES.includes(row.state);
    const writer = can(viewer, 'finding:write', row.org_path);
    return {
      kind,
      id,
      orgPath: row.org_path,
      canRead: writer || can(viewer, 'assessment:read', row.org_path),
      canUpload: writer && open,
      open,
      closedBecause: 'the assessment has been filed or cancelled: its findings take no more documents',
      role: (viewer && (actingRole(viewer, 'finding:write', row.org_path) ?? actingRole(viewer, 'assessment:read', row.org_path))) || 'UNKNOWN',
    };
  }
  const [row] = (await m.query(
    `SELECT o.id, o.status, o.attachment_token_hash, a.state, a.org_path FROM objection o JOIN assessment a ON a.id = o.assessment_id WHERE o.id = $1`,
    [id],
  )) as Array<{ id: string; status: string; attachment_token_hash: string | null; state: string; org_path: string }>;
  if (!row) throw notFound('Objection');
  const lodger = tokenMatches(token, row.attachment_token_hash);
  const staff = can(viewer, 'cycle:manage', row.org_path) || can(viewer, 'audit:read', row.org_path);
  const open = row.status === 'OPEN' && row.state === 'publicNotice';
  return {
    kind,
    id,
    orgPath: row.org_path,
    canRead: staff || lodger,
    canUpload: lodger && open,
    open,
    closedBecause: 'the objection is being investigated or decided, or the notice has closed: attachments can only be added while it is open',
    role: lodger ? 'PUBLIC' : (viewer && (actingRole(viewer, 'cycle:manage', row.org_path) ?? actingRole(viewer, 'audit:read', row.org_path))) || 'UNKNOWN',
  };
}
