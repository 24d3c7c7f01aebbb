import type enrolmentZhCN from './enrolment.zh-CN';

/** English for enrolment by cadre management authority and the team report author; the same keys as `enrolment.zh-CN.ts`. */
const enrolmentEn: typeof enrolmentZhCN = {
  enrolment: {
    managingOrganisation: 'Managing jurisdiction',
    managingHint: 'Under cadre management authority this jurisdiction’s organisation department assesses the cadre; only its own cycles or those above enrol them',
    assessingOrganisation: 'Run by',
    reportTitle: 'Enrolment result',
    reportSummary: '{cadres} cadres and {teams} leadership teams enrolled; {skipped} left out',
    skippedTitle: 'Left out',
    subject: 'Assessed',
    teamOf: 'Leadership team of {organisation}',
    reason: 'Reason',
    holder: 'Already in',
    reasons: {
      ALREADY_ENROLLED: 'Already enrolled for this period in another cycle',
      OUTSIDE_MANAGING_JURISDICTION: 'Managed above this cycle',
      NOT_SERVING: 'Retired or left',
      UNIT_RETIRED: 'Unit retired',
    },
    managedBy: 'Managed by {organisation}',
    close: 'OK',
  },
  teamReport: {
    author: 'Team report author',
    authorHint: 'The leadership team’s summary is written and submitted by the unit’s principal leader or the cadre the unit designated',
    principalOnly: 'The principal leader (nobody designated)',
    designated: 'Designated: {name}',
    designate: 'Designate',
    pick: 'Choose a cadre of the unit',
    save: 'Save',
    withdraw: 'Withdraw',
  },
};

export default enrolmentEn;
