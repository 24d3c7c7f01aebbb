import { describeMachine } from '../../workflows/lifecycle.js';
import { MACHINES, type MachineSpec } from '../../workflows/registry.js';
import { WORKFLOW_WORDS_ZH_CN as WORDS } from '../../workflows/labels/zh-CN.js';

/**
 * The Chinese words an e-mail uses for what happened: every lifecycle event
 * (the workflow's own words, workflows/labels, with a few said for the reader), the notification kinds that are not
 * events, and the states. A test checks that every event of every machine
 * has its words here.
 */
export const EVENT_LABELS: Readonly<Record<string, string>> = {
  ...(WORDS.events as Record<string, string>),
  // Said as what happened to the reader, where the button's words would not read so.
  RETURN_SELF_REPORT: '述职报告被退回修改',
  ACCEPT_SELF_REPORT: '述职报告审阅通过',
  // Outcome-task and training events, which the workflow words do not carry.
  APPROVE: '批准结果运用',
  CARRY_OUT: '登记结果运用落实情况',
  CANCEL: '撤销',
  COMPLETE: '登记培训结业',
};

/** The states in the web's zh-CN words (dotted ids as stored); other states fall back to their machine's description. */
const STATE_LABELS: Readonly<Record<string, string>> = {
  enrolled: '已纳入考核',
  'selfReport.drafting': '撰写述职报告',
  'selfReport.overdue': '述职报告逾期未交',
  'selfReport.submitted': '述职报告待审阅',
  'selfReport.returned': '述职报告退回修改',
  'evaluation.ballotsPending': '待民主测评',
  'evaluation.ballotsOpen': '民主测评中',
  'evaluation.ballotsClosed': '民主测评已结束',
  synthesis: '综合分析',
  decisionRouting: '等次分流',
  done: '已完成',
  committeeReview: '党委(党组)审定',
  awaitingNotice: '待公示',
  publicNotice: '公示中',
  decided: '已确定等次',
  notified: '已书面通知',
  signed: '本人已签字',
  feedbackGiven: '已反馈',
  filed: '已归档',
  cancelled: '已取消',
  'proposed.inTime': '待审批',
  'proposed.overdue': '审批逾期',
  'approved.inTime': '待落实',
  'approved.overdue': '落实逾期',
  carriedOut: '已落实待核实',
  'assigned.inTime': '待报名',
  'assigned.overdue': '报名逾期',
  'enrolled.inTime': '培训中',
  'enrolled.overdue': '结业逾期',
  verified: '已核实',
  reviewPending: '复核中',
  reviewDecided: '已复核',
  appealPending: '申诉审理中',
  appealDecided: '申诉已决定',
  closed: '已结案',
  withdrawn: '已撤回',
  awaitingAcceptance: '待受理',
  investigating: '调查核实',
  awaitingDecision: '待集体研究',
  awaitingFeedback: '待书面反馈',
  awaitingFiling: '待报备',
  correcting: '纠错跟踪',
};

const descriptions = new Map<string, string>();
for (const spec of Object.values(MACHINES as Record<string, MachineSpec>)) {
  for (const node of describeMachine(spec.machine).nodes) {
    const chinese = node.description?.split(/[:：]/)[0]?.trim();
    if (chinese && /\p{Script=Han}/u.test(chinese) && !descriptions.has(node.id)) descriptions.set(node.id, chinese);
  }
}

/** A state in Chinese: the web's words, else its machine's description, else its parent's, else the id. */
export function stateLabel(state: string): string {
  for (let s = state; s; s = s.includes('.') ? s.slice(0, s.lastIndexOf('.')) : '') {
    const label = STATE_LABELS[s] ?? descriptions.get(s);
    if (label) return label;
  }
  return state;
}

/** An event (or a notification kind) in Chinese, or the code itself for one this build does not know. */
export function eventLabel(event: string): string {
  return EVENT_LABELS[event] ?? event;
}

/** The kinds of record a case notification or an escalation may be about, in Chinese. */
export const RECORD_LABELS: Readonly<Record<string, string>> = {
  assessment: '考核',
  outcome_task: '结果运用任务',
  review_case: '复核、申诉案件',
  fault_tolerance_case: '容错纠错案件',
};
