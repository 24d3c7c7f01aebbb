import { Foundation1763700000000 } from './1763700000000-Foundation.js';
import { AssessmentLifecycle1763800000000 } from './1763800000000-AssessmentLifecycle.js';
import { EvaluationAndGrading1763900000000 } from './1763900000000-EvaluationAndGrading.js';
import { BallotTally1764000000000 } from './1764000000000-BallotTally.js';
import { IndicatorSchemes1764100000000 } from './1764100000000-IndicatorSchemes.js';
import { Outcomes1764200000000 } from './1764200000000-Outcomes.js';
import { CasesAndCorrections1764300000000 } from './1764300000000-CasesAndCorrections.js';
import { SignInThrottle1764400000000 } from './1764400000000-SignInThrottle.js';
import { KeyedAuditHashes1764500000000 } from './1764500000000-KeyedAuditHashes.js';
import { CalendarYears1764600000000 } from './1764600000000-CalendarYears.js';
import { SealedBallots1764700000000 } from './1764700000000-SealedBallots.js';
import { ManagingJurisdiction1764800000000 } from './1764800000000-ManagingJurisdiction.js';
import { RosterAndAccounts1764900000000 } from './1764900000000-RosterAndAccounts.js';
import { RosterImport1765000000000 } from './1765000000000-RosterImport.js';
import { TeamMembership1765100000000 } from './1765100000000-TeamMembership.js';
import { ExternalIdentities1765300000000 } from './1765300000000-ExternalIdentities.js';
import { MailDelivery1765400000000 } from './1765400000000-MailDelivery.js';
import { AuditRetention1765500000000 } from './1765500000000-AuditRetention.js';
import { DocumentNumbers1765600000000 } from './1765600000000-DocumentNumbers.js';
import { GradingRuns1765700000000 } from './1765700000000-GradingRuns.js';
import { Attachments1765900000000 } from './1765900000000-Attachments.js';
import { ProvinceScale1766300000000 } from './1766300000000-ProvinceScale.js';
import { BusinessAssessments1766400000000 } from './1766400000000-BusinessAssessments.js';
import { AssessmentKinds1766500000000 } from './1766500000000-AssessmentKinds.js';
import { Surveys1766600000000 } from './1766600000000-Surveys.js';
import { Selection1766700000000 } from './1766700000000-Selection.js';
import { AnnouncementLists1766800000000 } from './1766800000000-AnnouncementLists.js';
import { Corroboration1766900000000 } from './1766900000000-Corroboration.js';
import { GradingRunLease1767000000000 } from './1767000000000-GradingRunLease.js';
import { StandingResult1767100000000 } from './1767100000000-StandingResult.js';
import { SessionTeamReport1767300000000 } from './1767300000000-SessionTeamReport.js';
import { FindingAttachments1767600000000 } from './1767600000000-FindingAttachments.js';
import { BulkEnrolmentPeriod1767700000000 } from './1767700000000-BulkEnrolmentPeriod.js';
import { InvitationGroupIndex1767800000000 } from './1767800000000-InvitationGroupIndex.js';
import { SessionIdToken1768200000000 } from './1768200000000-SessionIdToken.js';

/** Every migration in order. Files are never edited after they land: add a new one. */
export const MIGRATIONS = [
  Foundation1763700000000,
  AssessmentLifecycle1763800000000,
  EvaluationAndGrading1763900000000,
  BallotTally1764000000000,
  IndicatorSchemes1764100000000,
  Outcomes1764200000000,
  CasesAndCorrections1764300000000,
  SignInThrottle1764400000000,
  KeyedAuditHashes1764500000000,
  CalendarYears1764600000000,
  SealedBallots1764700000000,
  ManagingJurisdiction1764800000000,
  RosterAndAccounts1764900000000,
  RosterImport1765000000000,
  TeamMembership1765100000000,
  ExternalIdentities1765300000000,
  MailDelivery1765400000000,
  AuditRetention1765500000000,
  DocumentNumbers1765600000000,
  GradingRuns1765700000000,
  Attachments1765900000000,
  ProvinceScale1766300000000,
  BusinessAssessments1766400000000,
  AssessmentKinds1766500000000,
  Surveys1766600000000,
  Selection1766700000000,
  AnnouncementLists1766800000000,
  Corroboration1766900000000,
  GradingRunLease1767000000000,
  StandingResult1767100000000,
  SessionTeamReport1767300000000,
  FindingAttachments1767600000000,
  BulkEnrolmentPeriod1767700000000,
  InvitationGroupIndex1767800000000,
  SessionIdToken1768200000000,
];
