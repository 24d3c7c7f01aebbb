import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { tokenHash } from '../attachments/attachment-owners.js';
import { lastOfWorkingDays } from '../../workflows/calendar/working-days.js';
import type { RuleSettings } from '../../workflows/rules/settings.js';
import type { Viewer } from '../auth/policy.js';
import { chinaDay, type CalendarService } from '../calendar/calendar.service.js';
import { AppError, notFound, validation } from '../common/errors.js';
import { noticeRowOf, noticeVerdicts } from '../grading/grade-decision.js';
import { assertActor } from '../workflow/actors.js';
import type { MutationOptions } from '../workflow/engine.js';
import { machineSpec } from '../../workflows/registry.js';
import { Assessment } from './assessment.entity.js';
import type { AssessmentService } from './assessment.service.js';
import { assessmentTarget } from './assessment.workflow.js';

/** A public notice entry: only what the notice itself publishes. */
export interface PublicNotice {
  assessmentId: string;
  subject: string;
  post: string | null;
  organisationName: string;
  grade: string;
  startsOn: string;
  endsOn: string;
}

/**
 * The public notice (公示) of EXCELLENT decisions and the objections anyone
 * may lodge against it: the window on the official calendar, objections and
 * their decisions, closing the notice. State changes run through the engine.
 */
export class NoticeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: CalendarService,
    private readonly now: () => Date,
    private readonly assessments: AssessmentService,
  ) {}

  /** Publishes the public notice for EXCELLENT decisions: the window is N working days on the official calendar. */
  async openNotice(viewer: Viewer | null, ids: string[], startsOn: string, options: MutationOptions = {}): Promise<Assessment[]> {
    // A notice starts no earlier than the day it is published: a backdated one would close with no public window at all.
    const today = chinaDay(this.now());
    if (startsOn < today) throw validation([{ field: 'input.startsOn', messages: [`must not be before today (${today}): a notice cannot start in the past`] }]);
    const calendar = await this.calendar.calendar();
    const { engine, instances } = this.assessments;
    const results: string[] = await engine.mutate(viewer, 'openNotice', { ids, startsOn }, options.idempotencyKey, async (m) => {
      const done: string[] = [];
      for (const id of ids) {
        const row = await instances.load(m, id);
        const capacity = assertActor(viewer, machineSpec(row.machineId), 'OPEN_NOTICE', assessmentTarget(row));
        const cycle = await this.assessments.cycleRow(m, row.cycleId);
        const days = (cycle.settings as unknown as RuleSettings).notice.publicNoticeWorkingDays;
        const endsOn = lastOfWorkingDays(startsOn, days, calendar);
        const at = this.now().toISOString();
        await engine.transition(instances.kind, m, row, { type: 'OPEN_NOTICE', startsOn, endsOn, at }, { userId: viewer?.userId ?? null, role: capacity }, at, {
          auditPayload: { workingDays: days },
        });
        done.push(id);
      }
      return done;
    });
    return this.dataSource.getRepository(Assessment).findBy(results.map((id) => ({ id })));
  }

  /** Anyone may object while the notice is open; the receipt names the assessment and when the objection was recorded. */
  async lodgeObjection(
    viewer: Viewer | null,
    id: string,
    content: string,
    lodgerName: string | null,
    lodgerContact: string | null,
    options: MutationOptions,
  ): Promise<{ assessmentId: string; receivedAt: Date; objectionId: string | null; attachmentToken: string | null }> {
    // The objector has no account: the token (its hash kept with the objection) lets them attach files while it is open.
    const attachmentToken = randomBytes(24).toString('base64url');
    let objectionId: string | null = null;
    const row = await this.assessments.act(viewer, id, 'LODGE_OBJECTION', { content, lodgerName, lodgerContact }, options, async ({ m, row, at }) => {
      if (row.state !== 'publicNotice') throw new AppError('INVALID_TRANSITION', 'Objections can only be lodged while the public notice is open', { state: row.state, allowedEvents: [] });
      const [objection] = (await m.query(
        `INSERT INTO objection (assessment_id, content, lodger_name, lodger_contact, lodged_at, attachment_token_hash) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`,
        [row.id, content, lodgerName, lodgerContact, at, tokenHash(attachmentToken)],
      )) as Array<{ id: string }>;
      objectionId = objection!.id;
      // The objector's identity stays in the objection row, not in the audit trail.
      return { event: { type: 'LODGE_OBJECTION', objectionId: objection!.id, at } };
    });
    return { assessmentId: row.id, receivedAt: row.updatedAt, objectionId, attachmentToken: objectionId ? attachmentToken : null };
  }

  async decideObjection(viewer: Viewer | null, objectionId: string, outcome: 'INVESTIGATE_OBJECTION' | 'UPHOLD_OBJECTION' | 'DISMISS_OBJECTION', finding: string, options: MutationOptions) {
    const rows: Array<{ assessment_id: string }> = await this.dataSource.query(`SELECT assessment_id FROM objection WHERE id = $1`, [objectionId]);
    if (!rows[0]) throw notFound('Objection');
    return this.assessments.act(viewer, rows[0].assessment_id, outcome, { objectionId, finding }, options, async ({ m, at, actor }) => {
      const status = outcome === 'INVESTIGATE_OBJECTION' ? 'INVESTIGATING' : outcome === 'UPHOLD_OBJECTION' ? 'UPHELD' : 'DISMISSED';
      await m.query(
        `UPDATE objection SET status = $2, finding = $3, decided_by = $4, decided_at = CASE WHEN $2 IN ('UPHELD', 'DISMISSED') THEN $5::timestamptz ELSE decided_at END WHERE id = $1`,
        [objectionId, status, finding, actor.userId, at],
      );
      return { event: { type: outcome, objectionId, at }, auditPayload: { finding } };
    });
  }

  /**
   * Closes the notice by hand once its window has run and no objection is
   * open. A refusal names the rule and its facts: the open objections, or the
   * window's last day.
   */
  closeNotice(viewer: Viewer | null, id: string, options: MutationOptions) {
    return this.assessments.act(viewer, id, 'CLOSE_NOTICE', {}, options, async ({ m, row, at }) => {
      const today = chinaDay(this.now());
      const notice = (row.snapshot.context as { notice?: { endsOn: string; objections: Record<string, string> } | null }).notice ?? null;
      if (row.state === 'publicNotice' && notice) {
        const open = Object.entries(notice.objections).filter(([, status]) => status === 'OPEN' || status === 'INVESTIGATING');
        if (open.length > 0) {
          throw new AppError(
            'INVALID_TRANSITION',
            `The notice cannot close while ${open.length === 1 ? 'an objection is' : `${open.length} objections are`} still open (${open.map(([oid, status]) => `${oid}: ${status}`).join(', ')}): each must be investigated and upheld or dismissed first`,
            { state: row.state, event: 'CLOSE_NOTICE', rule: 'OPEN_OBJECTION', objections: open.map(([oid, status]) => ({ id: oid, status })), allowedEvents: [] },
          );
        }
        if (today <= notice.endsOn) {
          throw new AppError('INVALID_TRANSITION', `The notice runs until ${notice.endsOn} inclusive: it can close from the day after (today is ${today})`, {
            state: row.state,
            event: 'CLOSE_NOTICE',
            rule: 'NOTICE_WINDOW',
            lastDay: notice.endsOn,
            today,
            allowedEvents: [],
          });
        }
      }
      // The grade the notice confirms is decided again today: a fact recorded during the notice refuses it (the machine sends it back).
      const verdict = (await noticeVerdicts(m, [row.id], today, [noticeRowOf(row)])).get(row.id);
      return { event: { type: 'CLOSE_NOTICE', today, ...(verdict ? { verdict } : {}), at } };
    });
  }

  /** Open public notices, for anyone: only what the notice itself publishes. */
  async publicNotices(): Promise<PublicNotice[]> {
    const rows: Array<{ id: string; cadre_name: string | null; post: string | null; org_name: string; grade: string; starts_on: string; ends_on: string }> = await this.dataSource.query(
      `SELECT a.id, c.name AS cadre_name, c.post, o.name AS org_name, a.snapshot->'context'->'decision'->>'grade' AS grade,
              a.snapshot->'context'->'notice'->>'startsOn' AS starts_on, a.snapshot->'context'->'notice'->>'endsOn' AS ends_on
         FROM assessment a JOIN organisation o ON o.id = a.organisation_id LEFT JOIN cadre c ON c.id = a.cadre_id
        WHERE a.state = 'publicNotice' ORDER BY o.path, c.name LIMIT 500`,
    );
    return rows.map((r) => ({
      assessmentId: r.id,
      subject: r.cadre_name ?? `${r.org_name}领导班子`,
      post: r.post,
      organisationName: r.org_name,
      grade: r.grade,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
    }));
  }
}
