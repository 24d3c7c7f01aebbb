/**
 * A collective decision (集体研究决定) of a party committee, a review organ or
 * discipline inspection: the meeting's figures, and whether they make a valid
 * decision. Every machine that decides collectively asks the same rule.
 */
export interface CollectiveDecision {
  /** Members present, members voting for, against, abstaining; recused members by user id. */
  attendance: number;
  membersTotal: number;
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
  recusals: string[];
}

/**
 * A collective decision needs more than half of the members entitled to vote
 * present (recused members are not entitled), and a majority of those present
 * for it. With nobody entitled, no attendance is more than half of none.
 */
export function isValidCollectiveDecision(c: CollectiveDecision): boolean {
  const recused = new Set(c.recusals).size;
  const eligible = c.membersTotal - recused;
  return (
    c.attendance <= eligible &&
    c.attendance * 2 > eligible &&
    c.votesFor + c.votesAgainst + c.abstentions <= c.attendance &&
    c.votesFor * 2 > c.attendance
  );
}
