/**
 * The states of both assessment lifecycles (annual: enrolled … filed; regular,
 * special and term: opened … done) in the order an assessment passes them,
 * nested states under their parent: the one display order of the progress
 * board and the dashboard. States this build does not know sort last.
 */
export const ASSESSMENT_STATE_ORDER: readonly string[] = [
  'enrolled',
  'selfReport.drafting',
  'selfReport.returned',
  'selfReport.overdue',
  'selfReport.submitted',
  'evaluation.ballotsPending',
  'evaluation.ballotsOpen',
  'evaluation.ballotsClosed',
  'synthesis',
  'committeeReview',
  'decisionRouting',
  'awaitingNotice',
  'publicNotice',
  'decided',
  'notified',
  'signed',
  'feedbackGiven',
  'filed',
  'opened',
  'personalSummary',
  'factFinding',
  'appraisal',
  'feedback',
  'done',
];
