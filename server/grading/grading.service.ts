import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { cadreComponents, teamComponents } from '../../workflows/grading/components.js';
import { applyGates, proposeGrades, type Candidate, type Proposal } from '../../workflows/grading/propose.js';
import { oneLevelDown } from '../../workflows/rules/grades.js';
import { quotaStanding } from '../../workflows/rules/quota.js';
import { adviseGrade } from '../../workflows/decide/decide.js';
import type { Assessment } from '../assessments/assessment.entity.js';
import type { IsoDate } from '../../workflows/cadre/status.js';
import type { RuleSettings } from '../../workflows/rules/settings.js';
import { AssessmentCycle } from '../cycles/cycle.entity.js';
import { appendAudit } from '../audit/audit.service.js';
import { actingRole, assertCan, assertCanInside, can, type Viewer } from '../auth/policy.js';
import { notFound } from '../common/errors.js';
import { rollUpCycle } from '../indicators/rollup.js';
import { openClosedBallotBoxes } from './ballot-box.service.js';
import { decisionInputOf, type DecisionExtras } from './grade-decision.js';
import { loadGradeFacts, loadQuotaPools, poolId } from './grade-facts.js';
import { withBusiness } from '../business/business-inputs.js';
import { chinaDay } from '../calendar/calendar.service.js';
import { kindComponents } from './kind-components.js';
import { componentScores, evaluationsFrom, groupAggregates, invitedCounts, resultVersions, type ScoreComponent } from './evaluation-inputs.js';
import { loadSurveyComponents } from '../surveys/survey-inputs.js';
import { runPages, stageInputs, stageTargets, type RunInputs, type RunRow } from './run-inputs.js';

export { SCORE_COMPONENTS, type ScoreComponent } from './evaluation-inputs.js';

/** One assessment the engine grades (the run's staged row: run-inputs.ts). */
type GradingRow = RunRow;

/** Where a grading run stands: its phase and how many of the assessments it grades are done. */
export type GradingProgress = (phase: 'LOAD' | 'INDICATORS' | 'GRADING' | 'DONE', done: number, total: number) => Promise<void> | void;

/** Assessments graded per batch (whole pools): bounds the memory a cycle's run needs, whatever its size. */
const GRADING_BATCH = 2500;

/**
 * The grading run: turns a cycle's evaluation inputs into proposals with
 * explanations, set-based per cycle and pool; and the re-run of one decided
 * assessment when a case changes its facts.
 */
export class GradingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
    /** Assessments per batch of a run (whole pools, so a batch may be larger); a test sets it small to cross many page boundaries. */
    private readonly batchSize: number = GRADING_BATCH,
  ) {}

  /** The rows the engine grades of given assessments of a cycle. */
  private async gradingRows(m: EntityManager, cycleId: string, ids: string[]): Promise<GradingRow[]> {
    return m.query(
      `SELECT a.id, a.kind, a.organisation_id, coalesce(a.rank_level, c.rank_level) AS rank_level, o.kind AS org_kind
         FROM assessment a
         JOIN organisation o ON o.id = a.organisation_id
         LEFT JOIN cadre c ON c.id = a.cadre_id
        WHERE a.cycle_id = $1 AND a.id = ANY($2::uuid[])`,
      [cycleId, ids],
    );
  }

  /**
   * The engine's candidates for the rows of `ids`: ballots
   * and scores for the composite, and every fact the gates read, loaded by
   * the same loader as every binding check (grade-facts.ts) on `today`.
   * A run's staged figures come with `staged`; its facts and surveys are
   * read through `reader` (a second connection on the run's snapshot).
   */
  private async candidatesFor(m: EntityManager, settings: RuleSettings, rows: GradingRow[], ids: string[], today: IsoDate, staged?: RunInputs, reader: EntityManager = m) {
    // Boxes closed but not opened yet are opened first (in this transaction): the run reads opened ballots only. A staged run's
    // figures (run-inputs.ts) were read after its boxes were opened.
    if (!staged) await openClosedBallotBoxes(m, ids, this.now());
    const aggregates = staged?.aggregates ?? (await groupAggregates(m, ids, settings.democraticEvaluation.trimExtremes));
    const invited = staged?.invited ?? (await invitedCounts(m, ids));
    const { scores, schemeScores } = staged ?? (await componentScores(m, ids));
    // The engine scores afresh (candidateFacts lays its composite over the facts): the stored composite is not read.
    const subjects = await loadGradeFacts(reader, ids, today, { storedComposite: false });
    // Published surveys (and 好差评 ratings) win over a survey score entered by hand.
    const surveyed = await loadSurveyComponents(reader, ids, settings);
    const versions = staged?.versions ?? (await resultVersions(m, ids));
    const evaluations = evaluationsFrom(aggregates, invited, settings, ids);
    const scoreOf = new Map<string, Partial<Record<ScoreComponent, number>>>();
    for (const list of [scores, schemeScores]) {
      for (const s of list) {
        const own = scoreOf.get(s.assessment_id);
        if (own) own[s.component] = s.value;
        else scoreOf.set(s.assessment_id, { [s.component]: s.value });
      }
    }
    if (staged) {
      // A team's development score as this run rolled it up (the staged figures): the reader's snapshot predates the run's roll-up.
      // Where the roll-up is the one the reader sees, this is the very figure the facts read (the indicators' DEVELOPMENT, else the one entered).
      for (const r of rows) {
        const subject = subjects.get(r.id)!;
        if (r.kind === 'TEAM_ANNUAL') subjects.set(r.id, { ...subject, facts: { ...subject.facts, developmentScore: scoreOf.get(r.id)?.DEVELOPMENT ?? null } });
      }
    }
    const candidates = new Map<string, Candidate>();
    for (const r of rows) {
      const ev = evaluations.get(r.id)!;
      const s = scoreOf.get(r.id) ?? {};
      const team = r.kind === 'TEAM_ANNUAL';
      const { facts, kinds } = subjects.get(r.id)!;
      const regular = kinds ? kinds.regular.value : facts.regularScore;
      // A published survey (and the 好差评 rating mixed in) makes the team's PUBLIC_SURVEY component (survey-inputs.ts).
      const survey = surveyed.get(r.id);
      candidates.set(r.id, {
        id: r.id,
        subject: team ? 'TEAM' : 'CADRE',
        // Regular, special and term inputs with their sources (kinds-facts.ts): a term assessment is scored on its targets and its years.
        // The business assessments a cycle absorbs ("1+N") share the team's OTHER_INDICATORS or the cadre's WORK_RESULTS (business-inputs.ts).
        components: kindComponents(
          kinds,
          withBusiness(
            team
              ? teamComponents(
                  r.org_kind === 'CITY' ? 'CITY' : r.org_kind === 'COUNTY' ? 'COUNTY' : 'OTHER',
                  { regular, development: s.DEVELOPMENT ?? null, survey: survey?.value ?? s.PUBLIC_SURVEY ?? null, other: s.OTHER_INDICATORS ?? null },
                  settings,
                ).map((c) => (c.key === 'PUBLIC_SURVEY' && survey ? { ...c, surveySource: survey.source } : c))
              : cadreComponents({ regular, workResults: s.WORK_RESULTS ?? null, abilities: ev.score }, settings),
            team ? 'OTHER_INDICATORS' : 'WORK_RESULTS',
            subjects.get(r.id)!.business?.scores,
          ),
        ),
        adjustments: kinds?.adjustments ?? [],
        politicalReview: facts.politicalReview,
        politicalVeto: facts.politicalVeto,
        penalties: [...facts.penalties],
        negativeList: [...facts.negativeFindings],
        accusations: [...facts.accusations],
        investigationOpen: facts.investigationOpen,
        longLeave: false,
        leaveDays: facts.leaveDays,
        probation: facts.probation,
        regularScore: regular,
        poorQuarters: facts.poorQuarters,
        votes: ev.votes,
        developmentScore: team ? s.DEVELOPMENT ?? facts.developmentScore : null,
        gradeFacts: { ...facts, developmentScore: team ? s.DEVELOPMENT ?? facts.developmentScore : null },
      });
    }
    return { candidates, evaluations, versions, subjects };
  }

  /**
   * Runs the engine again for one decided assessment (an investigation closed,
   * a sanction exempted or mitigated): its inputs as they are now, its facts
   * on `today` with the re-decision's own extras, every gate and the quota of
   * its pool as the one decision path counts them (decide/adviseGrade).
   * Stores the run as a new grading-result version with its explanation and
   * returns the proposal.
   */
  async regradeOne(m: EntityManager, assessmentId: string, today: IsoDate, extras: DecisionExtras, computedBy: string | null): Promise<Proposal> {
    const { subject, pool } = await decisionInputOf(m, assessmentId, today, extras);
    const rows = await this.gradingRows(m, subject.cycleId, [assessmentId]);
    const { candidates, evaluations, versions } = await this.candidatesFor(m, subject.settings, rows, [assessmentId], today);
    // The decision's own extras (a penalty decided as the investigation closes) laid over the facts read.
    const candidate: Candidate = { ...candidates.get(assessmentId)!, gradeFacts: { ...subject.facts } };
    const gated = applyGates(candidate, subject.year, subject.settings);
    const gates = [...gated.gates];
    let grade = gated.grade;
    // The pool counted as every check counts it: the results in force of the other members.
    const standing = quotaStanding(pool, subject.settings.gates, assessmentId);
    if (grade === 'EXCELLENT' && !standing.fits) {
      grade = oneLevelDown(subject.scale, grade);
      gates.push({
        code: 'QUOTA',
        effect: 'NO_EXCELLENT',
        detail: 'the excellent quota of the pool is used up by the results in force',
        facts: { limit: standing.limit, taken: standing.taken, graded: standing.graded, percent: standing.percent },
      });
    }
    const proposal: Proposal = { id: assessmentId, grade, score: gated.score, components: gated.parts, gates, quotaRank: null, quota: null, flags: gated.flags };
    const ev = evaluations.get(assessmentId)!;
    await m.query(
      `INSERT INTO grading_result (assessment_id, version, grade, score, components, gates, flags, quota, evaluation, computed_at, computed_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, $8, $9, $10)`,
      [
        assessmentId,
        (versions.get(assessmentId) ?? 0) + 1,
        grade,
        gated.score,
        JSON.stringify(gated.parts),
        JSON.stringify(gates),
        JSON.stringify(gated.flags),
        JSON.stringify({ valid: ev.valid, invited: ev.invited, returned: ev.returned, turnoutPercent: ev.turnoutPercent, score: ev.score, votes: ev.votes }),
        this.now(),
        computedBy,
      ],
    );
    return proposal;
  }

  /**
   * What the one decision path allows for an assessment today, before anyone
   * chooses: the grades allowed, the forced result, the engine's advice, the
   * gates in force and the pool's quota. Null before the proposal step and
   * for assessments that are not annual or term ones.
   */
  async gradeLimits(viewer: Viewer | null, row: Assessment) {
    if (row.machineId !== 'annualAssessment' || !['synthesis', 'committeeReview', 'decided', 'notified', 'signed', 'feedbackGiven', 'filed'].includes(row.state)) return null;
    if (!can(viewer, 'assessment:read', row.orgPath) && viewer?.cadreId !== row.cadreId) return null;
    const { subject, pool } = await decisionInputOf(this.dataSource.manager, row.id, chinaDay(this.now()));
    const advised = adviseGrade({ scale: subject.scale, assessmentId: row.id, facts: subject.facts, settings: subject.settings, quota: pool });
    const q = advised.quota;
    return {
      allowedGrades: advised.allowedGrades,
      forced: advised.forced,
      advice: advised.advice,
      gates: advised.gates.map((g) => ({ gate: g.gate, effect: g.effect, facts: g.facts })),
      quota: { graded: q.graded, limit: q.limit, taken: q.taken, percent: q.percent, raiseApproved: q.raiseApproved },
    };
  }

  /**
   * The rows of a cycle's staged run (run-inputs.ts) in batches of whole pools, about `batchSize` assessments each, with their
   * figures: the teams' pool first (its proposals tilt the members' quotas of each unit), then the members' pools, organisation by
   * organisation. A members' pool lies inside one organisation (and rank level) and a page ends on a whole organisation, so every pool
   * of a batch is whole; none is held once its batch is handed out.
   */
  private async *gradingBatches(m: EntityManager, perLevel: boolean, trim: boolean): AsyncGenerator<{ batch: Array<[string, GradingRow[]]>; staged: RunInputs }> {
    for await (const { rows, inputs } of runPages(m, this.batchSize, trim)) {
      const pools = new Map<string, GradingRow[]>();
      for (const r of rows) {
        const key = r.kind === 'TEAM_ANNUAL' ? 'TEAM' : `${r.organisation_id}|${perLevel ? r.rank_level : ''}`;
        const pool = pools.get(key);
        if (pool) pool.push(r);
        else pools.set(key, [r]);
      }
      yield { batch: [...pools], staged: inputs };
    }
  }

  /**
   * Grades every assessment of a cycle that waits for a proposal (synthesis),
   * in the viewer's jurisdiction: a few set-based reads, the pure engine per
   * pool, one insert of versioned results. Returns the count per grade.
   * `onProgress`, when given, hears each phase boundary and each batch done.
   */
  async gradeCycle(viewer: Viewer | null, cycleId: string, onProgress?: GradingProgress): Promise<{ graded: number; byGrade: Array<{ grade: string; count: number }>; millis: Record<string, number> }> {
    assertCan(viewer, 'evaluation:manage');
    const t0 = performance.now();
    const millis: Record<string, number> = {};
    // The run's reading connection (below), ended whatever the outcome, after the run's transaction.
    let reader: QueryRunner | undefined;
    try {
      return await this.dataSource.transaction(async (m) => {
        const cycle = await m.getRepository(AssessmentCycle).findOneBy({ id: cycleId });
        if (!cycle) throw notFound('Cycle');
        assertCanInside(viewer, 'evaluation:manage', cycle.orgPath);
        const settings = cycle.settings as unknown as RuleSettings;
        const scope = viewer.grants.filter((g) => g.role === 'ASSESSOR' || g.role === 'ORG_ADMIN').map((g) => `${g.organisationPath}%`);
        // The run's assessments are staged in a table of this transaction; their rows come page by page below (pools whole), so the run's
        // memory is that of a batch, not of the cycle.
        const total = await stageTargets(m, cycleId, scope);
        const today = chinaDay(this.now());
        millis.load = performance.now() - t0;
        await onProgress?.('LOAD', 0, total);
        if (total === 0) return { graded: 0, byGrade: [], millis };
        // Indicator data scored with the cycle's pinned schemes and rolled up, set-based, before the engine reads the components.
        const t1 = performance.now();
        await rollUpCycle(m, cycleId, this.now());
        millis.indicators = performance.now() - t1;
        // The run's per-assessment figures read set-based, after the indicator data is rolled up.
        const t2 = performance.now();
        const trim = settings.democraticEvaluation.trimExtremes;
        await stageInputs(m, trim, this.now());
        millis.stage = performance.now() - t2;
        await onProgress?.('INDICATORS', 0, total);
        // The facts, surveys and pools of each batch are read on a second connection, in a read-only transaction on this one's snapshot:
        // PostgreSQL reads the next batch on one core while it writes this one on the other. That snapshot holds none of this transaction's
        // own writes, and none is wanted: the roll-up is staged (above; the teams' development score is laid over the facts), the ballots
        // are read here (trimmed) or staged, and a batch's facts are those of its own assessments, which no earlier batch has written.
        const second = (reader = this.dataSource.createQueryRunner('master'));
        await second.connect();
        const [{ snapshot }] = (await m.query(`SELECT pg_export_snapshot() AS snapshot`)) as [{ snapshot: string }];
        await second.startTransaction('REPEATABLE READ');
        await second.query(`SET TRANSACTION SNAPSHOT '${snapshot.replace(/[^0-9A-Fa-f-]/g, '')}'`);
        await second.query(`SET TRANSACTION READ ONLY`);
        const batches = this.gradingBatches(m, settings.gates.quotaPerRankLevel, trim);
        // A team's grade as this run proposes it tilts the members' quota of its unit (teams are graded first): one entry per team, not per member.
        const teamGradeOfRun = new Map<string, string>();
        millis.inputs = 0;
        millis.engine = 0;
        millis.write = 0;
        const counts = new Map<string, number>();
        let graded = 0;
        // The reads of a batch (candidates, facts, pools). Those of the next batch are sent as this one is graded and written: PostgreSQL
        // reads while this process runs the engine (which yields to the driver between pools), instead of each waiting for the other.
        // A batch reads nothing another batch writes (its own results, its own ballot boxes; the pools are whole inside a batch).
        const inputsOf = async (batch: Array<[string, GradingRow[]]>, staged: RunInputs) => {
          const ids = batch.flatMap(([, pool]) => pool.map((r) => r.id));
          // The staged figures, and the facts by the batch's ids as an array: index probes per assessment, never a pass over the cycle's.
          const built = await this.candidatesFor(m, settings, batch.flatMap(([, pool]) => pool), ids, today, staged, second.manager);
          // Each pool as every binding check counts it: its members outside this run at their standing results.
          const quotaPools = await loadQuotaPools(second.manager, batch.map(([, pool]) => built.subjects.get(pool[0]!.id)!), today, built.subjects);
          return { built, quotaPools };
        };
        // The next batch (its rows read from the stream, then its inputs) is fetched while this one is graded and written.
        const prefetch = () => {
          const fetched = batches.next().then(async (step) => (step.done ? undefined : { batch: step.value.batch, ...(await inputsOf(step.value.batch, step.value.staged)) }));
          // Awaited when its turn comes; a failure meanwhile is not an unhandled rejection (the transaction fails on the await).
          fetched.catch(() => undefined);
          return fetched;
        };
        let next: ReturnType<typeof prefetch> | undefined = prefetch();
        // The insert of the batch written last, still in flight while the next batch is graded.
        let writing: Promise<unknown> | undefined;
        let batchCount = 0;
        try {
          for (;;) {
            let t = performance.now();
            // A read that failed after the insert in flight failed (the transaction aborted) reports the insert's failure, its cause.
            const fetched = await next!.catch(async (error: unknown) => {
              await writing;
              throw error;
            });
            if (!fetched) {
              next = undefined;
              break;
            }
            const { batch, built, quotaPools } = fetched;
            batchCount++;
            next = prefetch();
            const { evaluations, versions } = built;
            millis.inputs += performance.now() - t;
            t = performance.now();
            const proposals: Proposal[] = [];
            let yielded = performance.now();
            for (const [key, pool] of batch) {
              // Now and then the driver is let in, so the next batch's reads go on while the engine runs.
              if (performance.now() - yielded > 4) {
                await new Promise<void>((resolve) => setImmediate(resolve));
                yielded = performance.now();
              }
              const candidates: Candidate[] = pool.map((r) => built.candidates.get(r.id)!);
              const quotaPool = quotaPools.get(poolId(built.subjects.get(pool[0]!.id)!))!;
              const inRun = new Set(pool.map((r) => r.id));
              const team = key === 'TEAM';
              const org = pool[0]!.organisation_id;
              const proposed = proposeGrades(candidates, cycle.year, settings, {
                raiseApproved: quotaPool.raiseApproved,
                pool: {
                  subject: quotaPool.subject,
                  teamGrade: team ? null : teamGradeOfRun.get(org) ?? quotaPool.teamGrade,
                  others: quotaPool.members.filter((member) => !inRun.has(member.id)),
                },
              });
              if (team) {
                const orgOf = new Map(pool.map((r) => [r.id, r.organisation_id]));
                for (const p of proposed) teamGradeOfRun.set(orgOf.get(p.id)!, p.grade);
              }
              proposals.push(...proposed);
            }
            millis.engine += performance.now() - t;
            t = performance.now();
            // The stored evaluation is the summary; the per-group view is computed live (groups below the anonymity minimum stay hidden).
            const summary = (id: string) => {
              const ev = evaluations.get(id)!;
              return { valid: ev.valid, invited: ev.invited, returned: ev.returned, turnoutPercent: ev.turnoutPercent, score: ev.score, votes: ev.votes };
            };
            // One JSON document for the chunk, one multi-row insert. Read as json (checked, not built into a tree) with each document column as
            // its own text, parsed once into jsonb: jsonb_to_recordset built the whole tree, then wrote each column out as text and parsed it again.
            const document = JSON.stringify(
              proposals.map((p) => ({
                a: p.id,
                v: (versions.get(p.id) ?? 0) + 1,
                grade: p.grade,
                score: p.score,
                components: p.components,
                gates: p.gates,
                flags: p.flags,
                quota: p.quota ? { ...p.quota, rank: p.quotaRank } : null,
                evaluation: summary(p.id),
              })),
            );
            // One insert in flight: the previous batch's ends before this one is sent (its failure ends the run here), and this one is not
            // waited for, so PostgreSQL writes it while this process grades the next batch.
            await writing;
            writing = m.query(
              `INSERT INTO grading_result (assessment_id, version, grade, score, components, gates, flags, quota, evaluation, computed_at, computed_by)
               SELECT x.a, x.v, x.grade, x.score, x.components::jsonb, x.gates::jsonb, x.flags::jsonb, x.quota::jsonb, x.evaluation::jsonb, $2, $3
                 FROM json_to_recordset($1::json) AS x(a uuid, v int, grade text, score numeric, components text, gates text, flags text, quota text, evaluation text)`,
              [document, this.now(), viewer.userId],
            );
            // Awaited when the next batch is written or the run ends; a failure meanwhile is not an unhandled rejection.
            writing.catch(() => undefined);
            millis.write += performance.now() - t;
            graded += proposals.length;
            for (const p of proposals) counts.set(p.grade, (counts.get(p.grade) ?? 0) + 1);
            await onProgress?.('GRADING', graded, total);
          }
          const t = performance.now();
          await writing;
          millis.write += performance.now() - t;
        } catch (error) {
          // The next batch's reads and the last insert end before the transaction rolls back: none runs on a connection given back.
          await Promise.allSettled([next, writing]);
          throw error;
        }
        await appendAudit(m, {
          entityType: 'assessment_cycle_grading',
          entityId: cycleId,
          action: 'CYCLE_GRADED',
          actorUserId: viewer.userId,
          actorRole: actingRole(viewer, 'evaluation:manage', cycle.orgPath),
          scopePath: cycle.orgPath,
          payload: { graded, batches: batchCount },
          occurredAt: this.now(),
        });
        return { graded, byGrade: [...counts].map(([grade, count]) => ({ grade, count })).sort((a, b) => a.grade.localeCompare(b.grade)), millis };
      });
    } finally {
      if (reader?.isTransactionActive) await reader.rollbackTransaction().catch(() => undefined);
      await reader?.release();
    }
  }
}
