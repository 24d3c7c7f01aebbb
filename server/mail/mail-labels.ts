import { describeMachine } from '../../workflows/lifecycle.js';
import { MACHINES, type MachineSpec } from '../../workflows/registry.js';

/**
 * The Chinese words an e-mail uses for what happened: every lifecycle event
 * (as the web's zh-CN locale says it), the notification kinds that are not
 * events, and the states. A test checks that every event of every machine
 * has its words here.
 */
export const EVENT_LABELS: Readonly<Record<string, string>> = {
  START_SELF_REPORT: '启动述职',
  SET_OVERLAY: '调整考核情形',
  SUBMIT_SELF_REPORT: '提交述职报告',
  RETURN_SELF_REPORT: '述职报告被退回修改',
  ACCEPT_SELF_REPORT: '述职报告审阅通过',
  MARK_SELF_REPORT_OVERDUE: '逾期未交述职报告',
  RECORD_REFUSAL: '登记拒不参加考核',
  OPEN_BALLOTS: '开启民主测评',
  CLOSE_BALLOTS: '结束民主测评',
  RECORD_TALK: '登记个别谈话',
  RECORD_OPINION: '登记有关方面意见',
  COMPLETE_EVALUATION: '完成考核测评',
  PROPOSE_GRADE: '提出等次建议',
  APPROVE_GRADE: '同意等次建议',
  CHANGE_GRADE: '调整等次',
  SEND_BACK: '退回重新研究',
  OPEN_NOTICE: '发布公示',
  LODGE_OBJECTION: '提出异议',
  INVESTIGATE_OBJECTION: '调查核实异议',
  UPHOLD_OBJECTION: '认定异议属实',
  DISMISS_OBJECTION: '认定异议不属实',
  CLOSE_NOTICE: '结束公示',
  ISSUE_WRITTEN_NOTICE: '书面通知本人',
  SIGN_NOTICE: '签字确认',
  GIVE_FEEDBACK: '反馈考核结果',
  FILE: '归档',
  SUBMIT_SUMMARY: '提交个人小结',
  COMPLETE_FACT_FINDING: '完成了解核实',
  APPRAISE: '评鉴定等',
  PLAN_CYCLE: '制定考核方案',
  ENROL: '纳入考核对象',
  OPEN_CYCLE: '启动考核',
  CLOSE_CYCLE: '结束考核',
  CANCEL_CYCLE: '取消考核',
  REQUEST_REVIEW: '申请复核',
  FILE_APPEAL: '提出申诉',
  DECIDE_REVIEW: '作出复核决定',
  DECIDE_APPEAL: '作出申诉决定',
  EXTEND_APPEAL: '延长申诉期限',
  MARK_OVERDUE: '标记超期',
  CLOSE: '结案',
  WITHDRAW: '撤回',
  SUBMIT: '提交申请',
  ACCEPT: '受理',
  REFUSE: '不予受理',
  COMPLETE_INVESTIGATION: '完成调查核实',
  DECIDE: '集体研究认定',
  FILE_WITH_ORGANISATION: '报组织部门备案',
  RECORD_CORRECTION: '记录纠错整改',
  VERIFY_CORRECTION: '确认整改完成',
  VERIFY: '逐项核查',
  CLEAR: '澄清正名',
  CORRECT_RESULT: '更正考核结果',
  CANCEL_ASSESSMENT: '随考核方案取消',
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
