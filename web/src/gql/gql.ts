/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PasswordPolicy {\n    passwordPolicy {\n      minLength\n      minClasses\n      expiryDays\n    }\n  }\n": typeof types.PasswordPolicyDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query SignInHistory($userId: ID, $first: Int!, $after: String) {\n    signInHistory(userId: $userId, first: $first, after: $after) {\n      nodes {\n        id\n        occurredAt\n        action\n        succeeded\n        ip\n        userAgent\n        method\n        actorUsername\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.SignInHistoryDocument,
    "\n  mutation CreateAccountsForUnit($input: CreateAccountsForUnitInput!) {\n    createAccountsForUnit(input: $input) {\n      created {\n        userId\n        username\n        oneTimePassword\n        displayName\n        cadreId\n        personNo\n        organisationName\n      }\n      skipped {\n        cadreId\n        name\n        personNo\n        organisationName\n        reason\n        username\n      }\n      skippedCount\n      signInUrl\n    }\n  }\n": typeof types.CreateAccountsForUnitDocument,
    "\n  mutation ResetPassword($userId: ID!) {\n    resetPassword(userId: $userId) {\n      oneTimePassword\n      user {\n        ...UserRowFields\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      ...UserRowFields\n    }\n  }\n": typeof types.DisableUserDocument,
    "\n  mutation EnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      ...UserRowFields\n    }\n  }\n": typeof types.EnableUserDocument,
    "\n  query AccountCadreCandidates($search: String!) {\n    accountCadreCandidates(search: $search, first: 20) {\n      cadreId\n      personNo\n      name\n      organisationName\n      post\n      username\n    }\n  }\n": typeof types.AccountCadreCandidatesDocument,
    "\n  query AnnouncingCycles {\n    cycles {\n      id\n      kind\n      name\n      year\n      state\n    }\n  }\n": typeof types.AnnouncingCyclesDocument,
    "\n  fragment DistributionFields on ResultsDistributionView {\n    teams\n    teamsExcellent\n    teamsGood\n    teamsAverage\n    teamsPoor\n    teamsUndecided\n    cadres\n    cadresExcellent\n    cadresCompetent\n    cadresBasicallyCompetent\n    cadresIncompetent\n    cadresNotGraded\n    cadresUndecided\n    excellentTeamPercent\n    rectificationTeamPercent\n    excellentCadrePercent\n  }\n": typeof types.DistributionFieldsFragmentDoc,
    "\n  fragment DistributionGroupFields on ResultsDistributionGroupView {\n    key\n    name\n    teams\n    teamsExcellent\n    teamsGood\n    teamsAverage\n    teamsPoor\n    teamsUndecided\n    cadres\n    cadresExcellent\n    cadresCompetent\n    cadresBasicallyCompetent\n    cadresIncompetent\n    cadresNotGraded\n    cadresUndecided\n    excellentTeamPercent\n    rectificationTeamPercent\n    excellentCadrePercent\n  }\n": typeof types.DistributionGroupFieldsFragmentDoc,
    "\n  fragment ReportTeamFields on ReportTeamListView {\n    totalCount\n    nodes {\n      assessmentId\n      organisationId\n      organisationName\n      kind\n      category\n      regionName\n      grade\n    }\n  }\n": typeof types.ReportTeamFieldsFragmentDoc,
    "\n  query ResultsReport($cycleId: ID!, $organisationId: ID, $category: OrganisationCategory) {\n    resultsReport(cycleId: $cycleId, organisationId: $organisationId, category: $category) {\n      cycleId\n      organisationId\n      organisationName\n      category\n      total {\n        ...DistributionFields\n      }\n      regions {\n        ...DistributionGroupFields\n      }\n      categories {\n        ...DistributionGroupFields\n      }\n      excellentTeams {\n        ...ReportTeamFields\n      }\n      rectificationTeams {\n        ...ReportTeamFields\n      }\n      outstandingRegions {\n        ...ReportTeamFields\n      }\n      bonusCoefficients {\n        grade\n        coefficient\n      }\n    }\n  }\n": typeof types.ResultsReportDocument,
    "\n  query AnnouncementLists($cycleId: ID!) {\n    announcementLists(cycleId: $cycleId) {\n      cycleId\n      kind\n      number\n      issuedOn\n      entryCount\n      entries {\n        assessmentId\n        name\n        organisationName\n        post\n        grade\n        firstYear\n        lastYear\n      }\n    }\n  }\n": typeof types.AnnouncementListsDocument,
    "\n  mutation IssueAnnouncementList($input: IssueAnnouncementListInput!) {\n    issueAnnouncementList(input: $input) {\n      cycleId\n      kind\n      number\n      issuedOn\n    }\n  }\n": typeof types.IssueAnnouncementListDocument,
    "\n  mutation SubmitSelfReport($input: ActionInput!) {\n    submitSelfReport(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.SubmitSelfReportDocument,
    "\n  mutation ReturnSelfReport($input: ReasonActionInput!) {\n    returnSelfReport(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.ReturnSelfReportDocument,
    "\n  mutation AcceptSelfReport($input: ActionInput!) {\n    acceptSelfReport(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.AcceptSelfReportDocument,
    "\n  mutation RecordRefusal($input: ReasonActionInput!) {\n    recordRefusal(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.RecordRefusalDocument,
    "\n  mutation OpenBallots($input: ActionInput!) {\n    openBallots(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.OpenBallotsDocument,
    "\n  mutation CloseBallots($input: ActionInput!, $turnoutException: TurnoutExceptionInput) {\n    closeBallots(input: $input, turnoutException: $turnoutException) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.CloseBallotsDocument,
    "\n  mutation RecordTalk($input: RecordTalkInput!) {\n    recordTalk(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.RecordTalkDocument,
    "\n  mutation RecordOpinion($input: RecordOpinionInput!) {\n    recordOpinion(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.RecordOpinionDocument,
    "\n  mutation CompleteEvaluation($input: ActionInput!) {\n    completeEvaluation(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.CompleteEvaluationDocument,
    "\n  mutation ProposeGrade($input: ProposeGradeInput!) {\n    proposeGrade(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.ProposeGradeDocument,
    "\n  mutation ApproveGrade($input: ApproveGradeInput!) {\n    approveGrade(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.ApproveGradeDocument,
    "\n  mutation ChangeGrade($input: ChangeGradeInput!) {\n    changeGrade(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.ChangeGradeDocument,
    "\n  mutation SendBackProposal($input: SendBackInput!) {\n    sendBackProposal(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.SendBackProposalDocument,
    "\n  mutation OpenPublicNotice($input: OpenNoticeInput!) {\n    openPublicNotice(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.OpenPublicNoticeDocument,
    "\n  mutation LodgeObjection($input: LodgeObjectionInput!) {\n    lodgeObjection(input: $input) {\n      assessmentId\n      receivedAt\n      objectionId\n      attachmentToken\n    }\n  }\n": typeof types.LodgeObjectionDocument,
    "\n  mutation InvestigateObjection($input: ObjectionDecisionInput!) {\n    investigateObjection(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.InvestigateObjectionDocument,
    "\n  mutation UpholdObjection($input: ObjectionDecisionInput!) {\n    upholdObjection(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.UpholdObjectionDocument,
    "\n  mutation DismissObjection($input: ObjectionDecisionInput!) {\n    dismissObjection(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.DismissObjectionDocument,
    "\n  mutation ClosePublicNotice($input: ActionInput!) {\n    closePublicNotice(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.ClosePublicNoticeDocument,
    "\n  mutation IssueWrittenNotice($input: ActionInput!) {\n    issueWrittenNotice(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.IssueWrittenNoticeDocument,
    "\n  mutation SignWrittenNotice($input: SignNoticeInput!) {\n    signWrittenNotice(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.SignWrittenNoticeDocument,
    "\n  mutation GiveFeedback($input: FeedbackInput!) {\n    giveFeedback(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.GiveFeedbackDocument,
    "\n  mutation FileAssessment($input: ActionInput!) {\n    fileAssessment(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.FileAssessmentDocument,
    "\n  mutation SubmitSummary($input: ActionInput!) {\n    submitSummary(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.SubmitSummaryDocument,
    "\n  mutation CompleteFactFinding($input: ActionInput!) {\n    completeFactFinding(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.CompleteFactFindingDocument,
    "\n  mutation Appraise($input: AppraiseInput!) {\n    appraise(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.AppraiseDocument,
    "\n  fragment AssessmentCoreFields on Assessment {\n    id\n    kind\n    state\n    version\n    overlay\n    proposedGrade\n    finalGrade\n    dueAt\n    dueEvent\n    availableActions\n    context\n    updatedAt\n    objections {\n      id\n      content\n      status\n      finding\n      lodgedAt\n      decidedAt\n    }\n  }\n": typeof types.AssessmentCoreFieldsFragmentDoc,
    "\n  fragment AssessmentSummaryFields on Assessment {\n    ...AssessmentCoreFields\n    cadre {\n      id\n      name\n      post\n      rankLevel\n    }\n    organisation {\n      id\n      name\n      teamReportAuthor {\n        id\n        name\n        post\n      }\n    }\n    cycle {\n      id\n      name\n      year\n      kind\n    }\n  }\n": typeof types.AssessmentSummaryFieldsFragmentDoc,
    "\n  fragment LifecycleFields on LifecycleView {\n    machine\n    current\n    nodes {\n      id\n      parent\n      description\n      final\n      current\n    }\n    edges {\n      from\n      to\n      event\n      guard\n    }\n  }\n": typeof types.LifecycleFieldsFragmentDoc,
    "\n  fragment HistoryFields on AuditEntry {\n    id\n    occurredAt\n    action\n    actorName\n    actorRole\n    fromState\n    toState\n    payload\n  }\n": typeof types.HistoryFieldsFragmentDoc,
    "\n  fragment SelfReportFields on SelfReport {\n    workSummary\n    dutiesAndTargets\n    responsibilityStatement\n    integrityStatement\n    draftVersion\n    draftSavedAt\n    submittedAt\n    attachments {\n      ...AttachmentFields\n    }\n  }\n": typeof types.SelfReportFieldsFragmentDoc,
    "\n  query AssessmentDetail($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentSummaryFields\n      objections {\n        id\n        attachments {\n          ...AttachmentFields\n        }\n      }\n      teamAssessmentId\n      team {\n        id\n        state\n        proposedGrade\n        finalGrade\n      }\n      members {\n        id\n        state\n        overlay\n        proposedGrade\n        finalGrade\n        cadre {\n          id\n          name\n          post\n        }\n      }\n      selfReport {\n        ...SelfReportFields\n      }\n      evaluationRecords {\n        id\n        kind\n        source\n        summary\n        recordedAt\n      }\n      turnoutException {\n        reason\n        recordedBy\n        recordedAt\n        invited\n        returned\n        turnoutPercent\n        minimumTurnoutPercent\n      }\n      gradingResult {\n        ...GradingResultFields\n      }\n      lifecycle {\n        ...LifecycleFields\n      }\n      historyPage(first: 200) {\n        nodes {\n          ...HistoryFields\n        }\n      }\n    }\n  }\n": typeof types.AssessmentDetailDocument,
    "\n  query SelfReportOf($id: ID!) {\n    assessment(id: $id) {\n      id\n      version\n      availableActions\n      selfReport {\n        ...SelfReportFields\n      }\n    }\n  }\n": typeof types.SelfReportOfDocument,
    "\n  query AssessmentSummary($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentSummaryFields\n    }\n  }\n": typeof types.AssessmentSummaryDocument,
    "\n  query Assessments($first: Int!, $after: String, $cycleId: ID, $organisationId: ID, $state: String, $grade: String, $kind: AssessmentKind, $cadreId: ID) {\n    assessments(first: $first, after: $after, cycleId: $cycleId, organisationId: $organisationId, state: $state, grade: $grade, kind: $kind, cadreId: $cadreId) {\n      nodes {\n        ...AssessmentSummaryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.AssessmentsDocument,
    "\n  query WorkQueue($first: Int!, $after: String) {\n    workQueue(first: $first, after: $after) {\n      nodes {\n        ...AssessmentSummaryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.WorkQueueDocument,
    "\n  query WorkQueueCount {\n    workQueue(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.WorkQueueCountDocument,
    "\n  query MyAssessments {\n    myAssessments {\n      ...AssessmentSummaryFields\n      selfReport {\n        ...SelfReportFields\n      }\n    }\n  }\n": typeof types.MyAssessmentsDocument,
    "\n  query MyNotifications($first: Int!, $after: String) {\n    myNotifications(first: $first, after: $after) {\n      unread\n      endCursor\n      nodes {\n        id\n        kind\n        assessmentId\n        createdAt\n        readAt\n        payload\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation SaveSelfReportDraft($input: SelfReportDraftInput!) {\n    saveSelfReportDraft(input: $input) {\n      ...SelfReportFields\n    }\n  }\n": typeof types.SaveSelfReportDraftDocument,
    "\n  query PublicNotices {\n    publicNotices {\n      assessmentId\n      subject\n      post\n      organisationName\n      grade\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.PublicNoticesDocument,
    "\n  fragment GradingResultFields on GradingResultView {\n    version\n    grade\n    score\n    components {\n      key\n      weight\n      value\n      contribution\n      source\n      surveySource {\n        surveys {\n          surveyId\n          title\n          responses\n          margin\n        }\n        rating {\n          score\n          sharePercent\n        }\n      }\n    }\n    gates {\n      code\n      effect\n      detail\n    }\n    flags\n    quota\n    evaluation\n    computedAt\n  }\n": typeof types.GradingResultFieldsFragmentDoc,
    "\n  query ReviewQueue($first: Int!, $after: String) {\n    assessments(first: $first, after: $after, state: \"committeeReview\") {\n      nodes {\n        ...AssessmentSummaryFields\n        gradingResult {\n          ...GradingResultFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  query TeamReportCandidates($organisationId: ID!) {\n    cadres(first: 100, organisationId: $organisationId, includeSubtree: false) {\n      nodes {\n        id\n        name\n        post\n      }\n    }\n  }\n": typeof types.TeamReportCandidatesDocument,
    "\n  mutation DesignateTeamReportAuthor($input: DesignateTeamReportAuthorInput!) {\n    designateTeamReportAuthor(input: $input) {\n      id\n    }\n  }\n": typeof types.DesignateTeamReportAuthorDocument,
    "\n  fragment AttachmentFields on Attachment {\n    id\n    name\n    size\n    mediaType\n    uploadedAt\n    uploaderName\n    url\n    canDelete\n  }\n": typeof types.AttachmentFieldsFragmentDoc,
    "\n  query AttachmentLimits {\n    attachmentLimits {\n      maxBytes\n      maxPerOwner\n      maxPerObjection\n      extensions\n    }\n  }\n": typeof types.AttachmentLimitsDocument,
    "\n  mutation DeleteAttachment($input: DeleteAttachmentInput!) {\n    deleteAttachment(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteAttachmentDocument,
    "\n  query AuditLog(\n    $first: Int!\n    $after: String\n    $entityType: String\n    $entityId: String\n    $action: String\n    $actor: String\n    $organisationId: ID\n    $from: DateTimeISO\n    $to: DateTimeISO\n  ) {\n    auditLog(first: $first, after: $after, entityType: $entityType, entityId: $entityId, action: $action, actor: $actor, organisationId: $organisationId, from: $from, to: $to) {\n      nodes {\n        id\n        occurredAt\n        actorUserId\n        actorName\n        actorRole\n        action\n        entityType\n        entityId\n        subjectName\n        seq\n        fromState\n        toState\n        fromVersion\n        payload\n        hash\n        prevHash\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query VerifyAuditChain($entityType: String, $entityId: String) {\n    verifyAuditChain(entityType: $entityType, entityId: $entityId) {\n      ok\n      rowsChecked\n      streamsChecked\n      brokenEntryId\n      reason\n    }\n  }\n": typeof types.VerifyAuditChainDocument,
    "\n  query AuditVocabulary {\n    vocabulary {\n      auditEntityTypes\n      auditActions\n    }\n  }\n": typeof types.AuditVocabularyDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      identityProvider {\n        displayName\n        startPath\n        issuer\n        passwordForLinkedAccounts\n      }\n    }\n  }\n": typeof types.SignInOptionsDocument,
    "\n  fragment ViewerFields on ViewerView {\n    userId\n    username\n    displayName\n    cadreId\n    permissions\n    passwordChangeRequired\n    grants {\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation EndSession {\n    endSession {\n      providerSignOutUrl\n    }\n  }\n": typeof types.EndSessionDocument,
    "\n  query MyBallotInvitations {\n    myBallotInvitations {\n      assessmentId\n      group\n      state\n      kind\n      subject\n      post\n      organisationName\n      cycleName\n      overallVotes\n    }\n  }\n": typeof types.MyBallotInvitationsDocument,
    "\n  mutation CastBallot($input: CastBallotInput!) {\n    castBallot(input: $input)\n  }\n": typeof types.CastBallotDocument,
    "\n  fragment BusinessAssessmentFields on BusinessAssessmentView {\n    id\n    cycleId\n    name\n    departmentId\n    departmentName\n    coversTeams\n    coversCadres\n    organisationKinds\n    mode\n    weight\n    inspectionsPerUnit\n    unitsCovered\n    resultsEntered\n    declaredAt\n  }\n": typeof types.BusinessAssessmentFieldsFragmentDoc,
    "\n  query CycleBusiness($cycleId: ID!) {\n    businessAssessments(cycleId: $cycleId) {\n      ...BusinessAssessmentFields\n    }\n    businessAssessmentReport(cycleId: $cycleId) {\n      absorbed\n      unitsCovered\n      resultsEntered\n      resultsMissing\n      inspectionsReplaced\n      lines {\n        id\n        name\n        departmentName\n        mode\n        unitsCovered\n        resultsEntered\n        resultsMissing\n        failed\n        inspectionsReplaced\n      }\n    }\n  }\n": typeof types.CycleBusinessDocument,
    "\n  query MyBusiness {\n    myBusinessAssessments {\n      ...BusinessAssessmentFields\n    }\n  }\n": typeof types.MyBusinessDocument,
    "\n  query BusinessUnits($id: ID!) {\n    businessAssessmentUnits(businessAssessmentId: $id) {\n      organisationId\n      organisationCode\n      organisationName\n      version\n      score\n      passed\n      note\n      recordedByName\n      recordedAt\n    }\n  }\n": typeof types.BusinessUnitsDocument,
    "\n  mutation DeclareBusiness($input: DeclareBusinessAssessmentInput!) {\n    declareBusinessAssessment(input: $input)\n  }\n": typeof types.DeclareBusinessDocument,
    "\n  mutation EnterBusinessResults($input: EnterBusinessResultsInput!) {\n    enterBusinessResults(input: $input)\n  }\n": typeof types.EnterBusinessResultsDocument,
    "\n  mutation ImportBusinessResults($input: ImportBusinessResultsInput!) {\n    importBusinessResults(input: $input)\n  }\n": typeof types.ImportBusinessResultsDocument,
    "\n  query Cadres(\n    $first: Int!\n    $after: String\n    $organisationId: ID\n    $includeSubtree: Boolean\n    $search: String\n    $rankLevel: RankLevel\n    $positionType: PositionType\n    $employmentStatus: EmploymentStatus\n  ) {\n    cadres: searchCadres(\n      first: $first\n      after: $after\n      organisationId: $organisationId\n      includeSubtree: $includeSubtree\n      search: $search\n      rankLevel: $rankLevel\n      positionType: $positionType\n      employmentStatus: $employmentStatus\n    ) {\n      nodes {\n        id\n        name\n        post\n        rankLevel\n        positionType\n        employmentStatus\n        teamMember\n        organisation {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.CadresDocument,
    "\n  fragment CadreDetailFields on Cadre {\n    id\n    name\n    personNo\n    gender\n    birthDate\n    post\n    rankLevel\n    positionType\n    population\n    tookPostOn\n    teamMember\n    employmentStatus\n    employmentStatusSince\n    version\n    updatedAt\n    organisation {\n      id\n      name\n    }\n    postings {\n      year\n      cycleName\n      assessmentId\n      organisationName\n      postTitle\n      rankLevel\n      finalGrade\n    }\n    managingOrganisation {\n      id\n      name\n    }\n    statusesOn\n    statusPeriods {\n      id\n      kind\n      startsOn\n      endsOn\n      note\n      createdAt\n    }\n  }\n": typeof types.CadreDetailFieldsFragmentDoc,
    "\n  query CadreDetail($id: ID!) {\n    cadre(id: $id) {\n      ...CadreDetailFields\n    }\n  }\n": typeof types.CadreDetailDocument,
    "\n  mutation RecordCadreStatus($input: RecordCadreStatusInput!) {\n    recordCadreStatus(input: $input) {\n      ...CadreDetailFields\n    }\n  }\n": typeof types.RecordCadreStatusDocument,
    "\n  mutation CreateCadre($input: CreateCadreInput!) {\n    createCadre(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCadreDocument,
    "\n  mutation UpdateCadre($input: UpdateCadreInput!) {\n    updateCadre(input: $input) {\n      ...CadreDetailFields\n    }\n  }\n": typeof types.UpdateCadreDocument,
    "\n  mutation MoveCadre($input: MoveCadreInput!) {\n    moveCadre(input: $input) {\n      ...CadreDetailFields\n    }\n  }\n": typeof types.MoveCadreDocument,
    "\n  mutation SetCadreEmploymentStatus($input: SetCadreEmploymentStatusInput!) {\n    setCadreEmploymentStatus(input: $input) {\n      ...CadreDetailFields\n    }\n  }\n": typeof types.SetCadreEmploymentStatusDocument,
    "\n  mutation SetManagingJurisdiction($input: SetManagingJurisdictionInput!) {\n    setManagingJurisdiction(input: $input) {\n      ...CadreDetailFields\n    }\n  }\n": typeof types.SetManagingJurisdictionDocument,
    "\n  query WorkingCalendar {\n    workingCalendar {\n      libraryYears\n      confirmedYears\n      coveredYears\n      missingYear\n      canManage\n      additions {\n        day\n      }\n      warnings {\n        year\n        since\n        urgent\n      }\n    }\n  }\n": typeof types.WorkingCalendarDocument,
    "\n  query CalendarWarnings {\n    workingCalendar {\n      warnings {\n        year\n        since\n        urgent\n      }\n    }\n  }\n": typeof types.CalendarWarningsDocument,
    "\n  query CalendarYear($year: Int!) {\n    calendarYear(year: $year) {\n      year\n      status\n      covered\n      confirmedBy\n      confirmedAt\n      days {\n        day\n        kind\n        name\n        source\n      }\n    }\n  }\n": typeof types.CalendarYearDocument,
    "\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      day\n      kind\n      name\n    }\n  }\n": typeof types.SetCalendarDayDocument,
    "\n  mutation ConfirmCalendarYear($year: Int!) {\n    confirmCalendarYear(year: $year)\n  }\n": typeof types.ConfirmCalendarYearDocument,
    "\n  fragment CaseCoreFields on Case {\n    id\n    cadreId\n    organisationId\n    state\n    version\n    dueAt\n    dueEvent\n    createdAt\n    updatedAt\n    context\n  }\n": typeof types.CaseCoreFieldsFragmentDoc,
    "\n  fragment ReviewCaseFields on ReviewCase {\n    ...CaseCoreFields\n    assessmentId\n    route\n    availableActions\n    attachments {\n      ...AttachmentFields\n    }\n    cadre {\n      id\n      name\n      post\n    }\n  }\n": typeof types.ReviewCaseFieldsFragmentDoc,
    "\n  fragment FtCaseFields on FaultToleranceCase {\n    ...CaseCoreFields\n    penaltyId\n    origin\n    mistakeKey\n    outcome\n    availableActions\n    cadre {\n      id\n      name\n      post\n    }\n  }\n": typeof types.FtCaseFieldsFragmentDoc,
    "\n  fragment AccusationFields on Accusation {\n    ...CaseCoreFields\n    source\n    concernsYear\n    negativeCode\n    receivedOn\n    countsAgainst\n    availableActions\n    cadre {\n      id\n      name\n      post\n    }\n  }\n": typeof types.AccusationFieldsFragmentDoc,
    "\n  query ReviewCases($first: Int!, $after: String, $state: String, $cadreId: ID) {\n    reviewCases(first: $first, after: $after, state: $state, cadreId: $cadreId) {\n      nodes {\n        ...ReviewCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ReviewCasesDocument,
    "\n  query ReviewCase($id: ID!) {\n    reviewCase(id: $id) {\n      ...ReviewCaseFields\n      lifecycle {\n        ...LifecycleFields\n      }\n      historyPage(first: 200) {\n        nodes {\n          ...HistoryFields\n        }\n      }\n    }\n  }\n": typeof types.ReviewCaseDocument,
    "\n  query FaultToleranceCases($first: Int!, $after: String, $state: String, $cadreId: ID) {\n    faultToleranceCases(first: $first, after: $after, state: $state, cadreId: $cadreId) {\n      nodes {\n        ...FtCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.FaultToleranceCasesDocument,
    "\n  query FaultToleranceCase($id: ID!) {\n    faultToleranceCase(id: $id) {\n      ...FtCaseFields\n      lifecycle {\n        ...LifecycleFields\n      }\n      historyPage(first: 200) {\n        nodes {\n          ...HistoryFields\n        }\n      }\n    }\n  }\n": typeof types.FaultToleranceCaseDocument,
    "\n  query Accusations($first: Int!, $after: String, $state: String, $cadreId: ID) {\n    accusations(first: $first, after: $after, state: $state, cadreId: $cadreId) {\n      nodes {\n        ...AccusationFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.AccusationsDocument,
    "\n  query MyResultCases($id: ID!) {\n    assessment(id: $id) {\n      id\n      reviewWindow {\n        noticeOn\n        today\n        reviewable\n        reviewableGrades\n        reviewLastDay\n        directAppealLastDay\n        reviewRequestDays\n        directAppealDays\n        openCaseId\n        availableRoutes\n      }\n      reviewCases {\n        ...ReviewCaseFields\n      }\n      resultVersions {\n        version\n        grade\n        source\n        reason\n        decidedAt\n      }\n    }\n  }\n": typeof types.MyResultCasesDocument,
    "\n  query ResultVersions($assessmentId: ID!) {\n    resultVersionsOf(assessmentId: $assessmentId) {\n      version\n      grade\n      previousGrade\n      source\n      reason\n      caseId\n      decidedRole\n      decidedAt\n    }\n  }\n": typeof types.ResultVersionsDocument,
    "\n  fragment PenaltyFields on Penalty {\n    id\n    cadreId\n    kind\n    category\n    startedOn\n    decidedOn\n    effectiveUntil\n    tolerated\n    replacedBy\n    note\n    availableActions\n  }\n": typeof types.PenaltyFieldsFragmentDoc,
    "\n  query CadreCases($cadreId: ID!) {\n    penaltiesOf(cadreId: $cadreId) {\n      ...PenaltyFields\n    }\n    investigationsOf(cadreId: $cadreId) {\n      id\n      cadreId\n      startsOn\n      endsOn\n      conclusion\n      penaltyId\n      note\n      availableActions\n    }\n  }\n": typeof types.CadreCasesDocument,
    "\n  query MyPenalties($cadreId: ID!) {\n    penaltiesOf(cadreId: $cadreId) {\n      ...PenaltyFields\n    }\n    faultToleranceCases(first: 20, cadreId: $cadreId) {\n      nodes {\n        ...FtCaseFields\n      }\n    }\n  }\n": typeof types.MyPenaltiesDocument,
    "\n  query CadrePick($search: String, $first: Int!) {\n    cadres(first: $first, search: $search, includeSubtree: true) {\n      nodes {\n        id\n        name\n        post\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CadrePickDocument,
    "\n  query CadreName($id: ID!) {\n    cadre(id: $id) {\n      id\n      name\n      post\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CadreNameDocument,
    "\n  mutation RequestReview($input: RequestReviewInput!) {\n    requestReview(input: $input) {\n      ...ReviewCaseFields\n    }\n  }\n": typeof types.RequestReviewDocument,
    "\n  mutation AppealReview($input: AppealInput!) {\n    appealReview(input: $input) {\n      ...ReviewCaseFields\n    }\n  }\n": typeof types.AppealReviewDocument,
    "\n  mutation DecideReview($input: CaseRulingInput!) {\n    decideReview(input: $input) {\n      ...ReviewCaseFields\n    }\n  }\n": typeof types.DecideReviewDocument,
    "\n  mutation DecideAppeal($input: CaseRulingInput!) {\n    decideAppeal(input: $input) {\n      ...ReviewCaseFields\n    }\n  }\n": typeof types.DecideAppealDocument,
    "\n  mutation ExtendAppeal($input: ExtendAppealInput!) {\n    extendAppeal(input: $input) {\n      ...ReviewCaseFields\n    }\n  }\n": typeof types.ExtendAppealDocument,
    "\n  mutation WithdrawReview($input: CaseActionInput!) {\n    withdrawReview(input: $input) {\n      ...ReviewCaseFields\n    }\n  }\n": typeof types.WithdrawReviewDocument,
    "\n  mutation OpenFaultTolerance($input: OpenFaultToleranceInput!) {\n    openFaultToleranceCase(input: $input) {\n      ...FtCaseFields\n    }\n  }\n": typeof types.OpenFaultToleranceDocument,
    "\n  mutation AcceptFaultTolerance($input: CaseActionInput!) {\n    acceptFaultToleranceCase(input: $input) {\n      ...FtCaseFields\n    }\n  }\n": typeof types.AcceptFaultToleranceDocument,
    "\n  mutation RefuseFaultTolerance($input: FtTextInput!) {\n    refuseFaultToleranceCase(input: $input) {\n      ...FtCaseFields\n    }\n  }\n": typeof types.RefuseFaultToleranceDocument,
    "\n  mutation CompleteFaultToleranceInvestigation($input: FtTextInput!) {\n    completeFaultToleranceInvestigation(input: $input) {\n      ...FtCaseFields\n    }\n  }\n": typeof types.CompleteFaultToleranceInvestigationDocument,
    "\n  mutation DecideFaultTolerance($input: DecideFaultToleranceInput!) {\n    decideFaultToleranceCase(input: $input) {\n      ...FtCaseFields\n    }\n  }\n": typeof types.DecideFaultToleranceDocument,
    "\n  mutation GiveFaultToleranceFeedback($input: FtTextInput!) {\n    giveFaultToleranceFeedback(input: $input) {\n      ...FtCaseFields\n    }\n  }\n": typeof types.GiveFaultToleranceFeedbackDocument,
    "\n  mutation FileFaultTolerance($input: FtTextInput!) {\n    fileFaultToleranceCase(input: $input) {\n      ...FtCaseFields\n    }\n  }\n": typeof types.FileFaultToleranceDocument,
    "\n  mutation RecordFaultToleranceCorrection($input: FtTextInput!) {\n    recordFaultToleranceCorrection(input: $input) {\n      ...FtCaseFields\n    }\n  }\n": typeof types.RecordFaultToleranceCorrectionDocument,
    "\n  mutation VerifyFaultToleranceCorrection($input: CaseActionInput!) {\n    verifyFaultToleranceCorrection(input: $input) {\n      ...FtCaseFields\n    }\n  }\n": typeof types.VerifyFaultToleranceCorrectionDocument,
    "\n  mutation RecordAccusation($input: RecordAccusationInput!) {\n    recordAccusation(input: $input) {\n      ...AccusationFields\n    }\n  }\n": typeof types.RecordAccusationDocument,
    "\n  mutation VerifyAccusation($input: VerifyAccusationInput!) {\n    verifyAccusation(input: $input) {\n      ...AccusationFields\n    }\n  }\n": typeof types.VerifyAccusationDocument,
    "\n  mutation ClearAccusation($input: ClearAccusationInput!) {\n    clearAccusation(input: $input) {\n      ...AccusationFields\n    }\n  }\n": typeof types.ClearAccusationDocument,
    "\n  mutation RecordPenalty($input: PenaltyInput!) {\n    recordPenalty(input: $input)\n  }\n": typeof types.RecordPenaltyDocument,
    "\n  mutation StartAccountability($input: StartAccountabilityInput!) {\n    startAccountability(input: $input) {\n      ...PenaltyFields\n    }\n  }\n": typeof types.StartAccountabilityDocument,
    "\n  mutation DecidePenalty($input: DecidePenaltyInput!) {\n    decidePenalty(input: $input) {\n      ...PenaltyFields\n    }\n  }\n": typeof types.DecidePenaltyDocument,
    "\n  mutation OpenInvestigation($input: OpenInvestigationInput!) {\n    openInvestigation(input: $input) {\n      id\n    }\n  }\n": typeof types.OpenInvestigationDocument,
    "\n  mutation CloseInvestigation($input: CloseInvestigationInput!) {\n    closeInvestigation(input: $input) {\n      id\n      conclusion\n    }\n  }\n": typeof types.CloseInvestigationDocument,
    "\n  query Corroboration($id: ID!, $cycleId: ID!) {\n    assessment(id: $id) {\n      id\n      state\n      corroboratingFindings {\n        id\n        source\n        findingType\n        findingTypeLabel\n        feeds\n        target\n        targetLabel\n        documentRef\n        foundOn\n        summary\n        state\n        stateNote\n        feedsGate\n        recordedBy\n        recordedAt\n        attachments {\n          ...AttachmentFields\n        }\n      }\n      vetoConsultations {\n        id\n        findingId\n        vetoItem\n        vetoItemLabel\n        department\n        question\n        requestedOn\n        dueOn\n        overdue\n        state\n        applies\n        answerReason\n        answeredBy\n        answeredOn\n        recordedBy\n        withdrawnReason\n      }\n    }\n    corroborationOptions(cycleId: $cycleId) {\n      consultationWorkingDays\n      findingTypes {\n        source\n        code\n        label\n        feeds\n        target\n        targetLabel\n      }\n      vetoItems {\n        code\n        label\n        effect\n      }\n    }\n  }\n": typeof types.CorroborationDocument,
    "\n  mutation RecordFinding($input: FindingInput!) {\n    recordFinding(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordFindingDocument,
    "\n  mutation SetFindingState($input: FindingStateInput!) {\n    setFindingState(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.SetFindingStateDocument,
    "\n  mutation RequestVetoConsultation($input: ConsultationRequestInput!) {\n    requestVetoConsultation(input: $input) {\n      id\n      dueOn\n    }\n  }\n": typeof types.RequestVetoConsultationDocument,
    "\n  mutation AnswerVetoConsultation($input: ConsultationAnswerInput!) {\n    answerVetoConsultation(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.AnswerVetoConsultationDocument,
    "\n  mutation WithdrawVetoConsultation($input: ConsultationWithdrawInput!) {\n    withdrawVetoConsultation(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.WithdrawVetoConsultationDocument,
    "\n  query OpenVetoConsultations($first: Int!) {\n    openVetoConsultations(first: $first) {\n      id\n      assessmentId\n      subjectName\n      vetoItemLabel\n      department\n      dueOn\n      overdue\n    }\n  }\n": typeof types.OpenVetoConsultationsDocument,
    "\n  fragment CycleRowFields on AssessmentCycle {\n    id\n    kind\n    name\n    year\n    quarter\n    task\n    state\n    version\n    availableActions\n    createdAt\n    organisation {\n      id\n      name\n    }\n    assessingOrganisation {\n      id\n      name\n    }\n    deadlines {\n      selfReportDue\n      evaluationDue\n      reviewDue\n      finishBy\n    }\n  }\n": typeof types.CycleRowFieldsFragmentDoc,
    "\n  query Cycles {\n    cycles {\n      ...CycleRowFields\n    }\n  }\n": typeof types.CyclesDocument,
    "\n  query CycleDetail($id: ID!) {\n    cycle(id: $id) {\n      ...CycleRowFields\n      ruleSetId\n      progress {\n        state\n        kind\n        count\n      }\n      lifecycle {\n        ...LifecycleFields\n      }\n      historyPage(first: 200) {\n        nodes {\n          ...HistoryFields\n        }\n      }\n    }\n  }\n": typeof types.CycleDetailDocument,
    "\n  mutation PlanCycle($input: PlanCycleInput!) {\n    planCycle(input: $input) {\n      ...CycleRowFields\n    }\n  }\n": typeof types.PlanCycleDocument,
    "\n  mutation EnrolInCycle($input: EnrolInput!) {\n    enrolInCycle(input: $input) {\n      ...CycleRowFields\n    }\n  }\n": typeof types.EnrolInCycleDocument,
    "\n  mutation EnrolInCycleWithReport($input: EnrolInput!) {\n    enrolInCycleWithReport(input: $input) {\n      cycle {\n        ...CycleRowFields\n      }\n      cadres\n      teams\n      skipped {\n        cadre {\n          id\n          name\n          post\n        }\n        organisation {\n          id\n          name\n        }\n        kind\n        reason\n        existingCycleId\n        existingCycleName\n        managingOrganisationName\n      }\n    }\n  }\n": typeof types.EnrolInCycleWithReportDocument,
    "\n  mutation OpenCycle($input: CycleActionInput!) {\n    openCycle(input: $input) {\n      ...CycleRowFields\n    }\n  }\n": typeof types.OpenCycleDocument,
    "\n  mutation CloseCycle($input: CycleActionInput!) {\n    closeCycle(input: $input) {\n      ...CycleRowFields\n    }\n  }\n": typeof types.CloseCycleDocument,
    "\n  mutation CancelCycle($input: CancelCycleInput!) {\n    cancelCycle(input: $input) {\n      ...CycleRowFields\n    }\n  }\n": typeof types.CancelCycleDocument,
    "\n  query CycleKinds($id: ID!) {\n    cycle(id: $id) {\n      id\n      kind\n      year\n      settings\n      specialRule {\n        mode\n        threshold\n        points\n        gateEffect\n        bonusLimit\n        deductionLimit\n      }\n      termPeriod {\n        startsOn\n        endsOn\n      }\n    }\n  }\n": typeof types.CycleKindsDocument,
    "\n  mutation SetSpecialRule($input: SpecialRuleInput!) {\n    setSpecialRule(input: $input) {\n      mode\n    }\n  }\n": typeof types.SetSpecialRuleDocument,
    "\n  mutation SetTermPeriod($input: TermPeriodInput!) {\n    setTermPeriod(input: $input) {\n      startsOn\n    }\n  }\n": typeof types.SetTermPeriodDocument,
    "\n  query AssessmentTerm($id: ID!) {\n    assessment(id: $id) {\n      id\n      kind\n      finalGrade\n      termTargets {\n        id\n        position\n        target\n        measure\n        achieved\n        score\n      }\n      termYears {\n        year\n        grade\n        assessmentId\n      }\n    }\n  }\n": typeof types.AssessmentTermDocument,
    "\n  mutation SetTermTargets($input: TermTargetsInput!) {\n    setTermTargets(input: $input) {\n      id\n    }\n  }\n": typeof types.SetTermTargetsDocument,
    "\n  query EvaluationInputOptions($cycleId: ID!) {\n    evaluationInputOptions(cycleId: $cycleId) {\n      scoreComponents\n      publicSurveyPercent\n      negativeList {\n        code\n        label\n      }\n    }\n  }\n": typeof types.EvaluationInputOptionsDocument,
    "\n  query CycleScores($cycleId: ID!, $after: String, $first: Int!) {\n    assessments(cycleId: $cycleId, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        cadre {\n          id\n          name\n          post\n        }\n        organisation {\n          id\n          name\n        }\n        scoreInputs {\n          component\n          value\n          source\n        }\n      }\n    }\n  }\n": typeof types.CycleScoresDocument,
    "\n  mutation SetScores($rows: [ScoreRowInput!]!) {\n    setScores(rows: $rows)\n  }\n": typeof types.SetScoresDocument,
    "\n  mutation ImportScores($csv: String!) {\n    importScores(csv: $csv)\n  }\n": typeof types.ImportScoresDocument,
    "\n  query AssessmentInputs($id: ID!) {\n    assessment(id: $id) {\n      id\n      version\n      kind\n      state\n      overlay\n      availableActions\n      cycle {\n        id\n      }\n      politicalReview {\n        rating\n        veto\n        note\n        recordedBy\n        recordedAt\n      }\n      negativeFindings {\n        id\n        code\n        note\n        cleared\n        recordedBy\n        recordedAt\n      }\n    }\n  }\n": typeof types.AssessmentInputsDocument,
    "\n  mutation RecordPoliticalReview($input: PoliticalReviewInput!) {\n    recordPoliticalReview(input: $input)\n  }\n": typeof types.RecordPoliticalReviewDocument,
    "\n  mutation RecordNegativeFinding($input: NegativeFindingInput!) {\n    recordNegativeFinding(input: $input)\n  }\n": typeof types.RecordNegativeFindingDocument,
    "\n  mutation SetOverlay($input: SetOverlayInput!) {\n    setOverlay(input: $input) {\n      id\n      overlay\n      version\n    }\n  }\n": typeof types.SetOverlayDocument,
    "\n  mutation InviteRaters($input: InviteRatersInput!) {\n    inviteRaters(input: $input)\n  }\n": typeof types.InviteRatersDocument,
    "\n  query PromotionBlockers($cadreId: ID!) {\n    promotionBlockers(cadreId: $cadreId) {\n      blocked\n      blockers {\n        kind\n        recordId\n        since\n        until\n      }\n      disregarded {\n        kind\n        recordId\n        since\n        until\n      }\n    }\n  }\n": typeof types.PromotionBlockersDocument,
    "\n  mutation EnrolCadre($input: EnrolCadreInput!) {\n    enrolCadreInCycle(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.EnrolCadreDocument,
    "\n  mutation SetIndicatorValue($input: IndicatorValueInput!) {\n    setIndicatorValue(input: $input)\n  }\n": typeof types.SetIndicatorValueDocument,
    "\n  mutation AssignResponsibilities($input: AssignResponsibilitiesInput!) {\n    assignIndicatorResponsibilities(input: $input)\n  }\n": typeof types.AssignResponsibilitiesDocument,
    "\n  query CycleSchemes($id: ID!) {\n    cycle(id: $id) {\n      id\n      indicatorSchemeVersions\n    }\n  }\n": typeof types.CycleSchemesDocument,
    "\n  query SchemeIndicators($id: ID!) {\n    indicatorSchemeVersion(id: $id) {\n      id\n      name\n      category\n      tree\n    }\n  }\n": typeof types.SchemeIndicatorsDocument,
    "\n  fragment GradingRunFields on GradingRunRecord {\n    id\n    cycleId\n    startedByName\n    status\n    phase\n    done\n    total\n    graded\n    byGrade {\n      grade\n      count\n    }\n    errorCode\n    queuedAt\n    startedAt\n    finishedAt\n  }\n": typeof types.GradingRunFieldsFragmentDoc,
    "\n  query CycleGradingRuns($id: ID!) {\n    cycle(id: $id) {\n      id\n      state\n      gradingRuns(first: 5) {\n        ...GradingRunFields\n      }\n    }\n  }\n": typeof types.CycleGradingRunsDocument,
    "\n  query GradingRun($id: ID!) {\n    gradingRun(id: $id) {\n      ...GradingRunFields\n    }\n  }\n": typeof types.GradingRunDocument,
    "\n  mutation StartGradingRun($cycleId: ID!) {\n    startGradingRun(cycleId: $cycleId) {\n      ...GradingRunFields\n    }\n  }\n": typeof types.StartGradingRunDocument,
    "\n  query GradingProposals($first: Int!, $after: String, $cycleId: ID!, $organisationId: ID, $engineGrade: String) {\n    assessments(first: $first, after: $after, cycleId: $cycleId, organisationId: $organisationId, engineGrade: $engineGrade, graded: true) {\n      nodes {\n        ...AssessmentSummaryFields\n        gradingResult {\n          ...GradingResultFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.GradingProposalsDocument,
    "\n  query CycleQuotaRaises($id: ID!) {\n    cycle(id: $id) {\n      id\n      state\n      year\n      organisation {\n        id\n        name\n      }\n      quotaRule {\n        percent\n        raisedPercent\n      }\n      quotaRaises {\n        id\n        pool\n        organisationId\n        organisationName\n        rankLevel\n        approvedBy\n        documentRef\n        approvedOn\n        recordedByName\n        recordedAt\n      }\n    }\n  }\n": typeof types.CycleQuotaRaisesDocument,
    "\n  mutation RecordQuotaRaise($input: QuotaRaiseInput!) {\n    recordQuotaRaise(input: $input)\n  }\n": typeof types.RecordQuotaRaiseDocument,
    "\n  query HomeOrganisationCount {\n    organisations(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.HomeOrganisationCountDocument,
    "\n  query HomeCadreCount {\n    cadres(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.HomeCadreCountDocument,
    "\n  query MyCadre($id: ID!) {\n    cadre(id: $id) {\n      id\n      name\n      post\n      rankLevel\n      positionType\n      tookPostOn\n      organisation {\n        id\n        name\n      }\n      statusesOn\n    }\n  }\n": typeof types.MyCadreDocument,
    "\n  fragment SchemeVersionFields on IndicatorSchemeVersionView {\n    id\n    schemeId\n    jurisdictionId\n    category\n    name\n    version\n    status\n    effectiveFrom\n    tree\n    note\n    createdAt\n    publishedAt\n    issues {\n      code\n      node\n      message\n    }\n  }\n": typeof types.SchemeVersionFieldsFragmentDoc,
    "\n  query IndicatorSchemeVersions($jurisdictionId: ID!) {\n    indicatorSchemeVersions(jurisdictionId: $jurisdictionId) {\n      ...SchemeVersionFields\n    }\n  }\n": typeof types.IndicatorSchemeVersionsDocument,
    "\n  mutation SaveIndicatorSchemeDraft($input: SaveSchemeDraftInput!) {\n    saveIndicatorSchemeDraft(input: $input) {\n      ...SchemeVersionFields\n    }\n  }\n": typeof types.SaveIndicatorSchemeDraftDocument,
    "\n  mutation PublishIndicatorScheme($input: PublishSchemeInput!) {\n    publishIndicatorScheme(input: $input) {\n      ...SchemeVersionFields\n    }\n  }\n": typeof types.PublishIndicatorSchemeDocument,
    "\n  mutation ImportIndicatorFile($input: ImportIndicatorFileInput!) {\n    importIndicatorFile(input: $input)\n  }\n": typeof types.ImportIndicatorFileDocument,
    "\n  fragment OrganisationOption on Organisation {\n    id\n    name\n    code\n    depth\n    kind\n  }\n": typeof types.OrganisationOptionFragmentDoc,
    "\n  query OrganisationOptions($search: String, $first: Int!) {\n    organisations(search: $search, first: $first) {\n      nodes {\n        ...OrganisationOption\n      }\n    }\n  }\n": typeof types.OrganisationOptionsDocument,
    "\n  query OrganisationOptionById($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationOption\n    }\n  }\n": typeof types.OrganisationOptionByIdDocument,
    "\n  query Organisations($first: Int!, $after: String, $parentId: ID, $kind: OrganisationKind, $search: String, $includeRetired: Boolean) {\n    organisations(first: $first, after: $after, parentId: $parentId, kind: $kind, search: $search, includeRetired: $includeRetired) {\n      nodes {\n        ...OrganisationRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  query OrganisationCrumb($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      parentId\n    }\n  }\n": typeof types.OrganisationCrumbDocument,
    "\n  fragment OrganisationRowFields on Organisation {\n    id\n    name\n    code\n    kind\n    category\n    depth\n    parentId\n    restrictedDevelopment\n    retiredOn\n    version\n  }\n": typeof types.OrganisationRowFieldsFragmentDoc,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationRowFields\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationRowFields\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation MoveOrganisation($input: MoveOrganisationInput!) {\n    moveOrganisation(input: $input) {\n      ...OrganisationRowFields\n    }\n  }\n": typeof types.MoveOrganisationDocument,
    "\n  mutation RetireOrganisation($input: RetireOrganisationInput!) {\n    retireOrganisation(input: $input) {\n      ...OrganisationRowFields\n    }\n  }\n": typeof types.RetireOrganisationDocument,
    "\n  fragment OutcomeTaskFields on OutcomeTask {\n    id\n    kind\n    subject\n    state\n    version\n    year\n    machineId\n    dueAt\n    dueEvent\n    availableActions\n    basis\n    context\n    createdAt\n    updatedAt\n    cadre {\n      id\n      name\n      post\n    }\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.OutcomeTaskFieldsFragmentDoc,
    "\n  query OutcomeTasks($first: Int!, $after: String, $state: String, $kind: OutcomeKind, $cycleId: ID, $organisationId: ID, $cadreId: ID) {\n    outcomeTasks(first: $first, after: $after, state: $state, kind: $kind, cycleId: $cycleId, organisationId: $organisationId, cadreId: $cadreId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...OutcomeTaskFields\n      }\n    }\n  }\n": typeof types.OutcomeTasksDocument,
    "\n  query OutcomeWorkQueue($first: Int!, $after: String) {\n    outcomeWorkQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...OutcomeTaskFields\n      }\n    }\n  }\n": typeof types.OutcomeWorkQueueDocument,
    "\n  query OutcomeTaskDetail($id: ID!) {\n    outcomeTask(id: $id) {\n      ...OutcomeTaskFields\n      assessment {\n        id\n        finalGrade\n        cycle {\n          id\n          name\n        }\n      }\n      lifecycle {\n        ...LifecycleFields\n      }\n      historyPage(first: 200) {\n        nodes {\n          ...HistoryFields\n        }\n      }\n    }\n  }\n": typeof types.OutcomeTaskDetailDocument,
    "\n  query CounterAlerts($first: Int!, $after: String, $counter: AlertCounter, $stage: AlertStage, $organisationId: ID, $year: Int) {\n    outcomeCounterAlerts(first: $first, after: $after, counter: $counter, stage: $stage, organisationId: $organisationId, year: $year) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        cadreId\n        counter\n        stage\n        value\n        threshold\n        latestYear\n        latestGrade\n        countedYears\n        cadre {\n          id\n          name\n          post\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CounterAlertsDocument,
    "\n  query OutcomeCycleOptions {\n    cycles {\n      id\n      name\n      year\n      kind\n    }\n  }\n": typeof types.OutcomeCycleOptionsDocument,
    "\n  query CadreRecord($cadreId: ID!) {\n    cadre(id: $cadreId) {\n      id\n      name\n      post\n      organisation {\n        id\n        name\n      }\n    }\n    cadreRecord(cadreId: $cadreId) {\n      subject\n      results {\n        assessmentId\n        year\n        grade\n        decidedAt\n        proposedGrade\n        proposalComment\n        decision\n        changedFrom\n        changeReason\n        overlay\n        overlayReason\n        noticeStartsOn\n        noticeEndsOn\n        score\n        gates {\n          code\n          effect\n          detail\n        }\n      }\n      outcomes {\n        ...OutcomeTaskFields\n      }\n      counters {\n        key\n        value\n        threshold\n        asOf\n        countedYears\n        notCounted {\n          year\n          grade\n          why\n        }\n        explanation\n      }\n      blocked {\n        kind\n        year\n        statuses\n        explanation\n      }\n      timeline {\n        at\n        year\n        kind\n        entityId\n        status\n        title\n        item {\n          ... on YearResult {\n            grade\n            decision\n          }\n          ... on OutcomeTask {\n            id\n            kind\n            state\n          }\n        }\n      }\n    }\n  }\n": typeof types.CadreRecordDocument,
    "\n  mutation ApproveOutcome($input: ApproveOutcomeInput!) {\n    approveOutcome(input: $input) {\n      ...OutcomeTaskFields\n    }\n  }\n": typeof types.ApproveOutcomeDocument,
    "\n  mutation CarryOutOutcome($input: OutcomeNoteInput!) {\n    carryOutOutcome(input: $input) {\n      ...OutcomeTaskFields\n    }\n  }\n": typeof types.CarryOutOutcomeDocument,
    "\n  mutation VerifyOutcome($input: VerifyOutcomeInput!) {\n    verifyOutcome(input: $input) {\n      ...OutcomeTaskFields\n    }\n  }\n": typeof types.VerifyOutcomeDocument,
    "\n  mutation CancelOutcome($input: CancelOutcomeInput!) {\n    cancelOutcome(input: $input) {\n      ...OutcomeTaskFields\n    }\n  }\n": typeof types.CancelOutcomeDocument,
    "\n  mutation EnrolTraining($input: EnrolTrainingInput!) {\n    enrolTraining(input: $input) {\n      ...OutcomeTaskFields\n    }\n  }\n": typeof types.EnrolTrainingDocument,
    "\n  mutation CompleteTraining($input: OutcomeNoteInput!) {\n    completeTraining(input: $input) {\n      ...OutcomeTaskFields\n    }\n  }\n": typeof types.CompleteTrainingDocument,
    "\n  query PrintCycle($id: ID!) {\n    cycle(id: $id) {\n      id\n      name\n      year\n      organisation {\n        id\n        name\n        issuingOrgan\n      }\n    }\n  }\n": typeof types.PrintCycleDocument,
    "\n  query WrittenNoticeIssuer($id: ID!) {\n    assessment(id: $id) {\n      id\n      cycle {\n        id\n        organisation {\n          id\n          issuingOrgan\n        }\n      }\n      reviewWindow {\n        reviewable\n        reviewRequestDays\n      }\n    }\n  }\n": typeof types.WrittenNoticeIssuerDocument,
    "\n  fragment ProfileYearFields on ProfileYearView {\n    year\n    cycleId\n    cycleName\n    assessmentId\n    proposedGrade\n    finalGrade\n    engineGrade\n    compositeScore\n    components {\n      key\n      value\n    }\n    ballotAverages {\n      ballots\n      morality\n      ability\n      diligence\n      results\n      integrity\n    }\n    dimensionScores {\n      dimension\n      score\n    }\n  }\n": typeof types.ProfileYearFieldsFragmentDoc,
    "\n  query CadreProfile($cadreId: ID!) {\n    cadreProfile(cadreId: $cadreId) {\n      ...ProfileYearFields\n    }\n  }\n": typeof types.CadreProfileDocument,
    "\n  query TeamProfile($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n      parentId\n    }\n    teamProfile(organisationId: $organisationId) {\n      ...ProfileYearFields\n    }\n  }\n": typeof types.TeamProfileDocument,
    "\n  query RaterTurnout($cycleId: ID!, $organisationId: ID!) {\n    raterTurnout(cycleId: $cycleId, organisationId: $organisationId) {\n      assessmentId\n      kind\n      state\n      cadreName\n      organisationName\n      post\n      invitable\n      invitedTotal\n      returned\n      turnoutPercent\n      minimumTurnoutPercent\n      invited {\n        group\n        count\n      }\n    }\n  }\n": typeof types.RaterTurnoutDocument,
    "\n  query RaterCandidates($search: String, $organisationId: ID, $first: Int) {\n    raterCandidates(search: $search, organisationId: $organisationId, first: $first) {\n      totalCount\n      items {\n        userId\n        displayName\n        username\n        organisationName\n        post\n      }\n    }\n  }\n": typeof types.RaterCandidatesDocument,
    "\n  mutation InviteRatersToAssessments($input: InviteRatersToAssessmentsInput!) {\n    inviteRatersToAssessments(input: $input) {\n      added\n      alreadyInvited\n      skippedSelf\n    }\n  }\n": typeof types.InviteRatersToAssessmentsDocument,
    "\n  query CycleReport($cycleId: ID!, $organisationId: ID) {\n    cycleReport(cycleId: $cycleId, organisationId: $organisationId) {\n      cycleId\n      organisationId\n      gradeDistribution {\n        organisationId\n        organisationName\n        key\n        count\n      }\n      progress {\n        organisationId\n        organisationName\n        key\n        count\n      }\n    }\n  }\n": typeof types.CycleReportDocument,
    "\n  query CycleIndicators($cycleId: ID!, $organisationId: ID) {\n    cycleIndicators(cycleId: $cycleId, organisationId: $organisationId) {\n      organisationId\n      teams {\n        organisationId\n        organisationName\n        assessmentId\n        dimensions {\n          key\n          score\n        }\n        components {\n          key\n          score\n        }\n      }\n    }\n  }\n": typeof types.CycleIndicatorsDocument,
    "\n  query QuotaPoolsOf($cycleId: ID!, $organisationIds: [ID!]!, $teams: Boolean!) {\n    quotaPoolsOf(cycleId: $cycleId, organisationIds: $organisationIds, teams: $teams) {\n      organisationId\n      organisationName\n      subject\n      rankLevel\n      graded\n      allowed\n      used\n      proposed\n      standing\n    }\n  }\n": typeof types.QuotaPoolsOfDocument,
    "\n  query QuotaSummary($cycleId: ID!, $organisationId: ID) {\n    quotaSummary(cycleId: $cycleId, organisationId: $organisationId) {\n      cycleId\n      organisationId\n      organisationName\n      pools\n      over\n      full\n      tight\n      open\n      none\n      used\n      allowed\n      regions {\n        organisationId\n        organisationName\n        pools\n        over\n        full\n        tight\n        open\n        none\n        used\n        allowed\n      }\n    }\n  }\n": typeof types.QuotaSummaryDocument,
    "\n  query QuotaPoolPage($cycleId: ID!, $organisationId: ID, $standing: String, $first: Int!, $after: String) {\n    quotaPoolPage(cycleId: $cycleId, organisationId: $organisationId, standing: $standing, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        organisationId\n        organisationName\n        subject\n        rankLevel\n        graded\n        allowed\n        used\n        proposed\n        standing\n      }\n    }\n  }\n": typeof types.QuotaPoolPageDocument,
    "\n  fragment RosterImportFields on RosterImportView {\n    id\n    fileName\n    status\n    version\n    retireMissing\n    organisationRows\n    cadreRows\n    statusRows\n    errorCount\n    added\n    changed\n    moved\n    retired\n  }\n": typeof types.RosterImportFieldsFragmentDoc,
    "\n  query RosterImportErrors($id: ID!, $after: String) {\n    rosterImport(id: $id) {\n      id\n      errors(first: 100, after: $after) {\n        nodes {\n          sheet\n          line\n          code\n          field\n          value\n          message\n        }\n        endCursor\n      }\n    }\n  }\n": typeof types.RosterImportErrorsDocument,
    "\n  query RosterDifferences($id: ID!, $kind: RosterDifferenceKind, $after: String) {\n    rosterImport(id: $id) {\n      id\n      differences(first: 100, kind: $kind, after: $after) {\n        nodes {\n          entity\n          kind\n          code\n          name\n          line\n          changes {\n            field\n            old\n            new\n          }\n        }\n        endCursor\n      }\n    }\n  }\n": typeof types.RosterDifferencesDocument,
    "\n  mutation ApplyRosterImport($id: ID!, $expectedVersion: String) {\n    applyRosterImport(id: $id, expectedVersion: $expectedVersion) {\n      ...RosterImportFields\n    }\n  }\n": typeof types.ApplyRosterImportDocument,
    "\n  mutation DiscardRosterImport($id: ID!) {\n    discardRosterImport(id: $id) {\n      ...RosterImportFields\n    }\n  }\n": typeof types.DiscardRosterImportDocument,
    "\n  query EffectiveRuleSet($organisationId: ID!, $day: String!) {\n    effectiveRuleSet(organisationId: $organisationId, day: $day) {\n      jurisdictionId\n      settings\n      ruleSet {\n        id\n        version\n        effectiveFrom\n        jurisdiction {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.EffectiveRuleSetDocument,
    "\n  query RuleSetVersions($jurisdictionId: ID!) {\n    ruleSets(jurisdictionId: $jurisdictionId) {\n      id\n      version\n      effectiveFrom\n      note\n      createdAt\n      settings\n    }\n  }\n": typeof types.RuleSetVersionsDocument,
    "\n  query RuleSettingsDefaults {\n    ruleSettingsDefaults\n  }\n": typeof types.RuleSettingsDefaultsDocument,
    "\n  mutation PublishRuleSet($input: PublishRuleSetInput!) {\n    publishRuleSet(input: $input) {\n      id\n      version\n      effectiveFrom\n    }\n  }\n": typeof types.PublishRuleSetDocument,
    "\n  fragment SelectionRecordFields on SelectionRecord {\n    cadreId\n    name\n    personNo\n    organisationName\n    post\n    rankLevel\n    birthDate\n    tookPostOn\n    years {\n      year\n      grade\n      versions\n      organisationName\n      postTitle\n      score\n    }\n    counters {\n      asOfYear\n      excellentLast3\n      excellentLast5\n      consecutiveExcellent\n      basicallyCompetentLast5\n      incompetentLast5\n      latestGrade\n      latestYear\n    }\n    regular {\n      fromYear\n      toYear\n      assessed\n      good\n      fair\n      average\n      poor\n    }\n    blocked\n    blockers {\n      kind\n      since\n      until\n    }\n    latestScore\n    latestScoreYear\n    promotions {\n      id\n      kind\n      promotedOn\n      post\n      excellentBefore\n    }\n  }\n": typeof types.SelectionRecordFieldsFragmentDoc,
    "\n  query SelectionRecord($cadreId: ID!) {\n    selectionRecord(cadreId: $cadreId) {\n      ...SelectionRecordFields\n    }\n  }\n": typeof types.SelectionRecordDocument,
    "\n  query CandidateSearch($input: CandidateSearchInput!, $first: Int, $after: String) {\n    candidateSearch(input: $input, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        place\n        cadreId\n        name\n        organisationName\n        post\n        rankLevel\n        blocked\n        counters {\n          asOfYear\n          excellentLast3\n          excellentLast5\n          consecutiveExcellent\n          latestGrade\n          latestYear\n        }\n      }\n    }\n  }\n": typeof types.CandidateSearchDocument,
    "\n  query CandidateLists($first: Int, $after: String) {\n    candidateLists(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        purpose\n        organisationId\n        organisationName\n        createdAt\n        memberCount\n        version\n      }\n    }\n  }\n": typeof types.CandidateListsDocument,
    "\n  query CandidateList($id: ID!) {\n    candidateList(id: $id) {\n      id\n      name\n      purpose\n      organisationName\n      memberCount\n      version\n      members {\n        ...SelectionRecordFields\n      }\n    }\n  }\n": typeof types.CandidateListDocument,
    "\n  mutation PrintCandidateList($id: ID!) {\n    printCandidateList(id: $id) {\n      id\n      members {\n        cadreId\n      }\n    }\n  }\n": typeof types.PrintCandidateListDocument,
    "\n  mutation CreateCandidateList($input: CreateCandidateListInput!) {\n    createCandidateList(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.CreateCandidateListDocument,
    "\n  mutation ChangeCandidateList($input: ChangeCandidateListInput!) {\n    changeCandidateList(input: $input) {\n      id\n      memberCount\n      version\n    }\n  }\n": typeof types.ChangeCandidateListDocument,
    "\n  mutation RecordPromotion($input: RecordPromotionInput!) {\n    recordPromotion(input: $input) {\n      id\n      excellentBefore\n    }\n  }\n": typeof types.RecordPromotionDocument,
    "\n  query PromotionShares($organisationId: ID, $fromYear: Int!, $toYear: Int!) {\n    promotionExcellentShares(organisationId: $organisationId, fromYear: $fromYear, toYear: $toYear) {\n      year\n      organisationName\n      promoted\n      withExcellent\n      share\n    }\n  }\n": typeof types.PromotionSharesDocument,
    "\n  query Promotions($year: Int, $first: Int, $after: String) {\n    promotions(year: $year, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        cadreId\n        cadreName\n        kind\n        promotedOn\n        organisationName\n        post\n        excellentBefore\n      }\n    }\n  }\n": typeof types.PromotionsDocument,
    "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      email\n      delivery\n      mailEnabled\n      digestHour\n    }\n  }\n": typeof types.MyNotificationSettingsDocument,
    "\n  mutation SetMyNotificationSettings($input: NotificationSettingsInput!) {\n    setMyNotificationSettings(input: $input) {\n      email\n      delivery\n      mailEnabled\n      digestHour\n    }\n  }\n": typeof types.SetMyNotificationSettingsDocument,
    "\n  query Vocabulary {\n    vocabulary {\n      errorCodes\n      penaltyKinds\n      outcomeKinds\n      faultToleranceOutcomes\n      toleranceDistinctions\n      faultToleranceOrigins\n      accusationSources\n      pointFindings\n      clearingMethods\n      clearingScopes\n      reviewDecisions\n      raterGroups\n      opinionSources\n      penaltyCategories\n      resultSources\n      overallVotes\n      schemeDimensions\n      indicatorWeightings\n      indicatorDirections\n      scoringMethods\n      dataSourceKinds\n      gradeScales {\n        scale\n        grades\n      }\n      nonGradeResults\n      assessmentEvents\n      cycleEvents\n      reviewCaseEvents\n      faultToleranceEvents\n      accusationEvents\n      outcomeTaskEvents\n      faultToleranceStates\n      reviewCaseStates\n      accusationStates\n      outcomeTaskStates\n      trainingStates\n    }\n  }\n": typeof types.VocabularyDocument,
    "\n  fragment SurveyFields on SurveyView {\n    id\n    cycleId\n    year\n    kind\n    title\n    firm\n    state\n    fieldworkFrom\n    fieldworkTo\n    questionnaireVersion\n    totalResponses\n    shortfalls\n    publishedAt\n    questions {\n      code\n      text\n      weight\n    }\n    sample {\n      organisationId\n      organisationName\n      organisationCode\n      target\n      responses\n      score\n      sd\n      margin\n      shortfall\n      origin\n      ratingScore\n    }\n  }\n": typeof types.SurveyFieldsFragmentDoc,
    "\n  query Surveys($cycleId: ID!) {\n    surveys(cycleId: $cycleId) {\n      id\n      kind\n      title\n      firm\n      state\n      fieldworkFrom\n      fieldworkTo\n      totalResponses\n      shortfalls\n    }\n  }\n": typeof types.SurveysDocument,
    "\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n  }\n": typeof types.SurveyDocument,
    "\n  mutation PlanSurvey($input: PlanSurveyInput!) {\n    planSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n": typeof types.PlanSurveyDocument,
    "\n  mutation StartSurveyFieldwork($id: ID!) {\n    startSurveyFieldwork(id: $id) {\n      ...SurveyFields\n    }\n  }\n": typeof types.StartSurveyFieldworkDocument,
    "\n  mutation CloseSurveyFieldwork($id: ID!) {\n    closeSurveyFieldwork(id: $id) {\n      ...SurveyFields\n    }\n  }\n": typeof types.CloseSurveyFieldworkDocument,
    "\n  mutation PublishSurvey($id: ID!) {\n    publishSurvey(id: $id) {\n      ...SurveyFields\n    }\n  }\n": typeof types.PublishSurveyDocument,
    "\n  mutation ImportSurveyResults($input: ImportSurveyResultsInput!) {\n    importSurveyResults(input: $input) {\n      ...SurveyFields\n    }\n  }\n": typeof types.ImportSurveyResultsDocument,
    "\n  mutation EnterSurveyResult($input: EnterSurveyResultInput!) {\n    enterSurveyResult(input: $input) {\n      ...SurveyFields\n    }\n  }\n": typeof types.EnterSurveyResultDocument,
    "\n  query ServiceRatings($year: Int!) {\n    serviceRatings(year: $year) {\n      organisationId\n      organisationName\n      organisationCode\n      year\n      periods\n      verySatisfied\n      satisfied\n      basicallySatisfied\n      dissatisfied\n      veryDissatisfied\n      good\n      bad\n      score\n    }\n  }\n": typeof types.ServiceRatingsDocument,
    "\n  mutation ImportServiceRatings($input: ImportServiceRatingsInput!) {\n    importServiceRatings(input: $input)\n  }\n": typeof types.ImportServiceRatingsDocument,
    "\n  query SurveyOrganisations($first: Int!) {\n    organisations(first: $first) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n  }\n": typeof types.SurveyOrganisationsDocument,
    "\n  fragment ExternalIdentityFields on ExternalIdentity {\n    id\n    issuer\n    subject\n    linkedAt\n    matchedByClaim\n  }\n": typeof types.ExternalIdentityFieldsFragmentDoc,
    "\n  query UserExternalIdentities($search: String!) {\n    users(search: $search, first: 20) {\n      nodes {\n        id\n        externalIdentities {\n          ...ExternalIdentityFields\n        }\n      }\n    }\n  }\n": typeof types.UserExternalIdentitiesDocument,
    "\n  mutation LinkExternalIdentity($input: LinkExternalIdentityInput!) {\n    linkExternalIdentity(input: $input) {\n      id\n      externalIdentities {\n        ...ExternalIdentityFields\n      }\n    }\n  }\n": typeof types.LinkExternalIdentityDocument,
    "\n  mutation UnlinkExternalIdentity($identityId: ID!) {\n    unlinkExternalIdentity(identityId: $identityId) {\n      id\n      externalIdentities {\n        ...ExternalIdentityFields\n      }\n    }\n  }\n": typeof types.UnlinkExternalIdentityDocument,
    "\n  fragment UserRowFields on UserAccount {\n    id\n    username\n    displayName\n    cadreId\n    email\n    cadrePersonNo\n    disabled\n    mustChangePassword\n    lockedUntil\n    createdAt\n    version\n    roles {\n      id\n      role\n      createdAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UserRowFieldsFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      nodes {\n        ...UserRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      ...UserRowFields\n    }\n  }\n": typeof types.AssignRoleDocument,
    "\n  mutation RevokeRole($assignmentId: ID!) {\n    revokeRole(assignmentId: $assignmentId) {\n      ...UserRowFields\n    }\n  }\n": typeof types.RevokeRoleDocument,
    "\n  mutation UnlockUser($userId: ID!) {\n    unlockUser(userId: $userId) {\n      ...UserRowFields\n    }\n  }\n": typeof types.UnlockUserDocument,
    "\n  mutation SetUserEmail($userId: ID!, $email: String) {\n    setUserEmail(userId: $userId, email: $email) {\n      ...UserRowFields\n    }\n  }\n": typeof types.SetUserEmailDocument,
    "\n  mutation LinkUserToCadre($input: LinkUserToCadreInput!) {\n    linkUserToCadre(input: $input) {\n      ...UserRowFields\n    }\n  }\n": typeof types.LinkUserToCadreDocument,
};
const documents: Documents = {
    "\n  query PasswordPolicy {\n    passwordPolicy {\n      minLength\n      minClasses\n      expiryDays\n    }\n  }\n": types.PasswordPolicyDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  query SignInHistory($userId: ID, $first: Int!, $after: String) {\n    signInHistory(userId: $userId, first: $first, after: $after) {\n      nodes {\n        id\n        occurredAt\n        action\n        succeeded\n        ip\n        userAgent\n        method\n        actorUsername\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.SignInHistoryDocument,
    "\n  mutation CreateAccountsForUnit($input: CreateAccountsForUnitInput!) {\n    createAccountsForUnit(input: $input) {\n      created {\n        userId\n        username\n        oneTimePassword\n        displayName\n        cadreId\n        personNo\n        organisationName\n      }\n      skipped {\n        cadreId\n        name\n        personNo\n        organisationName\n        reason\n        username\n      }\n      skippedCount\n      signInUrl\n    }\n  }\n": types.CreateAccountsForUnitDocument,
    "\n  mutation ResetPassword($userId: ID!) {\n    resetPassword(userId: $userId) {\n      oneTimePassword\n      user {\n        ...UserRowFields\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      ...UserRowFields\n    }\n  }\n": types.DisableUserDocument,
    "\n  mutation EnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      ...UserRowFields\n    }\n  }\n": types.EnableUserDocument,
    "\n  query AccountCadreCandidates($search: String!) {\n    accountCadreCandidates(search: $search, first: 20) {\n      cadreId\n      personNo\n      name\n      organisationName\n      post\n      username\n    }\n  }\n": types.AccountCadreCandidatesDocument,
    "\n  query AnnouncingCycles {\n    cycles {\n      id\n      kind\n      name\n      year\n      state\n    }\n  }\n": types.AnnouncingCyclesDocument,
    "\n  fragment DistributionFields on ResultsDistributionView {\n    teams\n    teamsExcellent\n    teamsGood\n    teamsAverage\n    teamsPoor\n    teamsUndecided\n    cadres\n    cadresExcellent\n    cadresCompetent\n    cadresBasicallyCompetent\n    cadresIncompetent\n    cadresNotGraded\n    cadresUndecided\n    excellentTeamPercent\n    rectificationTeamPercent\n    excellentCadrePercent\n  }\n": types.DistributionFieldsFragmentDoc,
    "\n  fragment DistributionGroupFields on ResultsDistributionGroupView {\n    key\n    name\n    teams\n    teamsExcellent\n    teamsGood\n    teamsAverage\n    teamsPoor\n    teamsUndecided\n    cadres\n    cadresExcellent\n    cadresCompetent\n    cadresBasicallyCompetent\n    cadresIncompetent\n    cadresNotGraded\n    cadresUndecided\n    excellentTeamPercent\n    rectificationTeamPercent\n    excellentCadrePercent\n  }\n": types.DistributionGroupFieldsFragmentDoc,
    "\n  fragment ReportTeamFields on ReportTeamListView {\n    totalCount\n    nodes {\n      assessmentId\n      organisationId\n      organisationName\n      kind\n      category\n      regionName\n      grade\n    }\n  }\n": types.ReportTeamFieldsFragmentDoc,
    "\n  query ResultsReport($cycleId: ID!, $organisationId: ID, $category: OrganisationCategory) {\n    resultsReport(cycleId: $cycleId, organisationId: $organisationId, category: $category) {\n      cycleId\n      organisationId\n      organisationName\n      category\n      total {\n        ...DistributionFields\n      }\n      regions {\n        ...DistributionGroupFields\n      }\n      categories {\n        ...DistributionGroupFields\n      }\n      excellentTeams {\n        ...ReportTeamFields\n      }\n      rectificationTeams {\n        ...ReportTeamFields\n      }\n      outstandingRegions {\n        ...ReportTeamFields\n      }\n      bonusCoefficients {\n        grade\n        coefficient\n      }\n    }\n  }\n": types.ResultsReportDocument,
    "\n  query AnnouncementLists($cycleId: ID!) {\n    announcementLists(cycleId: $cycleId) {\n      cycleId\n      kind\n      number\n      issuedOn\n      entryCount\n      entries {\n        assessmentId\n        name\n        organisationName\n        post\n        grade\n        firstYear\n        lastYear\n      }\n    }\n  }\n": types.AnnouncementListsDocument,
    "\n  mutation IssueAnnouncementList($input: IssueAnnouncementListInput!) {\n    issueAnnouncementList(input: $input) {\n      cycleId\n      kind\n      number\n      issuedOn\n    }\n  }\n": types.IssueAnnouncementListDocument,
    "\n  mutation SubmitSelfReport($input: ActionInput!) {\n    submitSelfReport(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.SubmitSelfReportDocument,
    "\n  mutation ReturnSelfReport($input: ReasonActionInput!) {\n    returnSelfReport(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.ReturnSelfReportDocument,
    "\n  mutation AcceptSelfReport($input: ActionInput!) {\n    acceptSelfReport(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.AcceptSelfReportDocument,
    "\n  mutation RecordRefusal($input: ReasonActionInput!) {\n    recordRefusal(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.RecordRefusalDocument,
    "\n  mutation OpenBallots($input: ActionInput!) {\n    openBallots(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.OpenBallotsDocument,
    "\n  mutation CloseBallots($input: ActionInput!, $turnoutException: TurnoutExceptionInput) {\n    closeBallots(input: $input, turnoutException: $turnoutException) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.CloseBallotsDocument,
    "\n  mutation RecordTalk($input: RecordTalkInput!) {\n    recordTalk(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.RecordTalkDocument,
    "\n  mutation RecordOpinion($input: RecordOpinionInput!) {\n    recordOpinion(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.RecordOpinionDocument,
    "\n  mutation CompleteEvaluation($input: ActionInput!) {\n    completeEvaluation(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.CompleteEvaluationDocument,
    "\n  mutation ProposeGrade($input: ProposeGradeInput!) {\n    proposeGrade(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.ProposeGradeDocument,
    "\n  mutation ApproveGrade($input: ApproveGradeInput!) {\n    approveGrade(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.ApproveGradeDocument,
    "\n  mutation ChangeGrade($input: ChangeGradeInput!) {\n    changeGrade(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.ChangeGradeDocument,
    "\n  mutation SendBackProposal($input: SendBackInput!) {\n    sendBackProposal(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.SendBackProposalDocument,
    "\n  mutation OpenPublicNotice($input: OpenNoticeInput!) {\n    openPublicNotice(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.OpenPublicNoticeDocument,
    "\n  mutation LodgeObjection($input: LodgeObjectionInput!) {\n    lodgeObjection(input: $input) {\n      assessmentId\n      receivedAt\n      objectionId\n      attachmentToken\n    }\n  }\n": types.LodgeObjectionDocument,
    "\n  mutation InvestigateObjection($input: ObjectionDecisionInput!) {\n    investigateObjection(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.InvestigateObjectionDocument,
    "\n  mutation UpholdObjection($input: ObjectionDecisionInput!) {\n    upholdObjection(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.UpholdObjectionDocument,
    "\n  mutation DismissObjection($input: ObjectionDecisionInput!) {\n    dismissObjection(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.DismissObjectionDocument,
    "\n  mutation ClosePublicNotice($input: ActionInput!) {\n    closePublicNotice(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.ClosePublicNoticeDocument,
    "\n  mutation IssueWrittenNotice($input: ActionInput!) {\n    issueWrittenNotice(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.IssueWrittenNoticeDocument,
    "\n  mutation SignWrittenNotice($input: SignNoticeInput!) {\n    signWrittenNotice(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.SignWrittenNoticeDocument,
    "\n  mutation GiveFeedback($input: FeedbackInput!) {\n    giveFeedback(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.GiveFeedbackDocument,
    "\n  mutation FileAssessment($input: ActionInput!) {\n    fileAssessment(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.FileAssessmentDocument,
    "\n  mutation SubmitSummary($input: ActionInput!) {\n    submitSummary(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.SubmitSummaryDocument,
    "\n  mutation CompleteFactFinding($input: ActionInput!) {\n    completeFactFinding(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.CompleteFactFindingDocument,
    "\n  mutation Appraise($input: AppraiseInput!) {\n    appraise(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.AppraiseDocument,
    "\n  fragment AssessmentCoreFields on Assessment {\n    id\n    kind\n    state\n    version\n    overlay\n    proposedGrade\n    finalGrade\n    dueAt\n    dueEvent\n    availableActions\n    context\n    updatedAt\n    objections {\n      id\n      content\n      status\n      finding\n      lodgedAt\n      decidedAt\n    }\n  }\n": types.AssessmentCoreFieldsFragmentDoc,
    "\n  fragment AssessmentSummaryFields on Assessment {\n    ...AssessmentCoreFields\n    cadre {\n      id\n      name\n      post\n      rankLevel\n    }\n    organisation {\n      id\n      name\n      teamReportAuthor {\n        id\n        name\n        post\n      }\n    }\n    cycle {\n      id\n      name\n      year\n      kind\n    }\n  }\n": types.AssessmentSummaryFieldsFragmentDoc,
    "\n  fragment LifecycleFields on LifecycleView {\n    machine\n    current\n    nodes {\n      id\n      parent\n      description\n      final\n      current\n    }\n    edges {\n      from\n      to\n      event\n      guard\n    }\n  }\n": types.LifecycleFieldsFragmentDoc,
    "\n  fragment HistoryFields on AuditEntry {\n    id\n    occurredAt\n    action\n    actorName\n    actorRole\n    fromState\n    toState\n    payload\n  }\n": types.HistoryFieldsFragmentDoc,
    "\n  fragment SelfReportFields on SelfReport {\n    workSummary\n    dutiesAndTargets\n    responsibilityStatement\n    integrityStatement\n    draftVersion\n    draftSavedAt\n    submittedAt\n    attachments {\n      ...AttachmentFields\n    }\n  }\n": types.SelfReportFieldsFragmentDoc,
    "\n  query AssessmentDetail($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentSummaryFields\n      objections {\n        id\n        attachments {\n          ...AttachmentFields\n        }\n      }\n      teamAssessmentId\n      team {\n        id\n        state\n        proposedGrade\n        finalGrade\n      }\n      members {\n        id\n        state\n        overlay\n        proposedGrade\n        finalGrade\n        cadre {\n          id\n          name\n          post\n        }\n      }\n      selfReport {\n        ...SelfReportFields\n      }\n      evaluationRecords {\n        id\n        kind\n        source\n        summary\n        recordedAt\n      }\n      turnoutException {\n        reason\n        recordedBy\n        recordedAt\n        invited\n        returned\n        turnoutPercent\n        minimumTurnoutPercent\n      }\n      gradingResult {\n        ...GradingResultFields\n      }\n      lifecycle {\n        ...LifecycleFields\n      }\n      historyPage(first: 200) {\n        nodes {\n          ...HistoryFields\n        }\n      }\n    }\n  }\n": types.AssessmentDetailDocument,
    "\n  query SelfReportOf($id: ID!) {\n    assessment(id: $id) {\n      id\n      version\n      availableActions\n      selfReport {\n        ...SelfReportFields\n      }\n    }\n  }\n": types.SelfReportOfDocument,
    "\n  query AssessmentSummary($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentSummaryFields\n    }\n  }\n": types.AssessmentSummaryDocument,
    "\n  query Assessments($first: Int!, $after: String, $cycleId: ID, $organisationId: ID, $state: String, $grade: String, $kind: AssessmentKind, $cadreId: ID) {\n    assessments(first: $first, after: $after, cycleId: $cycleId, organisationId: $organisationId, state: $state, grade: $grade, kind: $kind, cadreId: $cadreId) {\n      nodes {\n        ...AssessmentSummaryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.AssessmentsDocument,
    "\n  query WorkQueue($first: Int!, $after: String) {\n    workQueue(first: $first, after: $after) {\n      nodes {\n        ...AssessmentSummaryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.WorkQueueDocument,
    "\n  query WorkQueueCount {\n    workQueue(first: 1) {\n      totalCount\n    }\n  }\n": types.WorkQueueCountDocument,
    "\n  query MyAssessments {\n    myAssessments {\n      ...AssessmentSummaryFields\n      selfReport {\n        ...SelfReportFields\n      }\n    }\n  }\n": types.MyAssessmentsDocument,
    "\n  query MyNotifications($first: Int!, $after: String) {\n    myNotifications(first: $first, after: $after) {\n      unread\n      endCursor\n      nodes {\n        id\n        kind\n        assessmentId\n        createdAt\n        readAt\n        payload\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation SaveSelfReportDraft($input: SelfReportDraftInput!) {\n    saveSelfReportDraft(input: $input) {\n      ...SelfReportFields\n    }\n  }\n": types.SaveSelfReportDraftDocument,
    "\n  query PublicNotices {\n    publicNotices {\n      assessmentId\n      subject\n      post\n      organisationName\n      grade\n      startsOn\n      endsOn\n    }\n  }\n": types.PublicNoticesDocument,
    "\n  fragment GradingResultFields on GradingResultView {\n    version\n    grade\n    score\n    components {\n      key\n      weight\n      value\n      contribution\n      source\n      surveySource {\n        surveys {\n          surveyId\n          title\n          responses\n          margin\n        }\n        rating {\n          score\n          sharePercent\n        }\n      }\n    }\n    gates {\n      code\n      effect\n      detail\n    }\n    flags\n    quota\n    evaluation\n    computedAt\n  }\n": types.GradingResultFieldsFragmentDoc,
    "\n  query ReviewQueue($first: Int!, $after: String) {\n    assessments(first: $first, after: $after, state: \"committeeReview\") {\n      nodes {\n        ...AssessmentSummaryFields\n        gradingResult {\n          ...GradingResultFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  query TeamReportCandidates($organisationId: ID!) {\n    cadres(first: 100, organisationId: $organisationId, includeSubtree: false) {\n      nodes {\n        id\n        name\n        post\n      }\n    }\n  }\n": types.TeamReportCandidatesDocument,
    "\n  mutation DesignateTeamReportAuthor($input: DesignateTeamReportAuthorInput!) {\n    designateTeamReportAuthor(input: $input) {\n      id\n    }\n  }\n": types.DesignateTeamReportAuthorDocument,
    "\n  fragment AttachmentFields on Attachment {\n    id\n    name\n    size\n    mediaType\n    uploadedAt\n    uploaderName\n    url\n    canDelete\n  }\n": types.AttachmentFieldsFragmentDoc,
    "\n  query AttachmentLimits {\n    attachmentLimits {\n      maxBytes\n      maxPerOwner\n      maxPerObjection\n      extensions\n    }\n  }\n": types.AttachmentLimitsDocument,
    "\n  mutation DeleteAttachment($input: DeleteAttachmentInput!) {\n    deleteAttachment(input: $input) {\n      id\n    }\n  }\n": types.DeleteAttachmentDocument,
    "\n  query AuditLog(\n    $first: Int!\n    $after: String\n    $entityType: String\n    $entityId: String\n    $action: String\n    $actor: String\n    $organisationId: ID\n    $from: DateTimeISO\n    $to: DateTimeISO\n  ) {\n    auditLog(first: $first, after: $after, entityType: $entityType, entityId: $entityId, action: $action, actor: $actor, organisationId: $organisationId, from: $from, to: $to) {\n      nodes {\n        id\n        occurredAt\n        actorUserId\n        actorName\n        actorRole\n        action\n        entityType\n        entityId\n        subjectName\n        seq\n        fromState\n        toState\n        fromVersion\n        payload\n        hash\n        prevHash\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.AuditLogDocument,
    "\n  query VerifyAuditChain($entityType: String, $entityId: String) {\n    verifyAuditChain(entityType: $entityType, entityId: $entityId) {\n      ok\n      rowsChecked\n      streamsChecked\n      brokenEntryId\n      reason\n    }\n  }\n": types.VerifyAuditChainDocument,
    "\n  query AuditVocabulary {\n    vocabulary {\n      auditEntityTypes\n      auditActions\n    }\n  }\n": types.AuditVocabularyDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      identityProvider {\n        displayName\n        startPath\n        issuer\n        passwordForLinkedAccounts\n      }\n    }\n  }\n": types.SignInOptionsDocument,
    "\n  fragment ViewerFields on ViewerView {\n    userId\n    username\n    displayName\n    cadreId\n    permissions\n    passwordChangeRequired\n    grants {\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation EndSession {\n    endSession {\n      providerSignOutUrl\n    }\n  }\n": types.EndSessionDocument,
    "\n  query MyBallotInvitations {\n    myBallotInvitations {\n      assessmentId\n      group\n      state\n      kind\n      subject\n      post\n      organisationName\n      cycleName\n      overallVotes\n    }\n  }\n": types.MyBallotInvitationsDocument,
    "\n  mutation CastBallot($input: CastBallotInput!) {\n    castBallot(input: $input)\n  }\n": types.CastBallotDocument,
    "\n  fragment BusinessAssessmentFields on BusinessAssessmentView {\n    id\n    cycleId\n    name\n    departmentId\n    departmentName\n    coversTeams\n    coversCadres\n    organisationKinds\n    mode\n    weight\n    inspectionsPerUnit\n    unitsCovered\n    resultsEntered\n    declaredAt\n  }\n": types.BusinessAssessmentFieldsFragmentDoc,
    "\n  query CycleBusiness($cycleId: ID!) {\n    businessAssessments(cycleId: $cycleId) {\n      ...BusinessAssessmentFields\n    }\n    businessAssessmentReport(cycleId: $cycleId) {\n      absorbed\n      unitsCovered\n      resultsEntered\n      resultsMissing\n      inspectionsReplaced\n      lines {\n        id\n        name\n        departmentName\n        mode\n        unitsCovered\n        resultsEntered\n        resultsMissing\n        failed\n        inspectionsReplaced\n      }\n    }\n  }\n": types.CycleBusinessDocument,
    "\n  query MyBusiness {\n    myBusinessAssessments {\n      ...BusinessAssessmentFields\n    }\n  }\n": types.MyBusinessDocument,
    "\n  query BusinessUnits($id: ID!) {\n    businessAssessmentUnits(businessAssessmentId: $id) {\n      organisationId\n      organisationCode\n      organisationName\n      version\n      score\n      passed\n      note\n      recordedByName\n      recordedAt\n    }\n  }\n": types.BusinessUnitsDocument,
    "\n  mutation DeclareBusiness($input: DeclareBusinessAssessmentInput!) {\n    declareBusinessAssessment(input: $input)\n  }\n": types.DeclareBusinessDocument,
    "\n  mutation EnterBusinessResults($input: EnterBusinessResultsInput!) {\n    enterBusinessResults(input: $input)\n  }\n": types.EnterBusinessResultsDocument,
    "\n  mutation ImportBusinessResults($input: ImportBusinessResultsInput!) {\n    importBusinessResults(input: $input)\n  }\n": types.ImportBusinessResultsDocument,
    "\n  query Cadres(\n    $first: Int!\n    $after: String\n    $organisationId: ID\n    $includeSubtree: Boolean\n    $search: String\n    $rankLevel: RankLevel\n    $positionType: PositionType\n    $employmentStatus: EmploymentStatus\n  ) {\n    cadres: searchCadres(\n      first: $first\n      after: $after\n      organisationId: $organisationId\n      includeSubtree: $includeSubtree\n      search: $search\n      rankLevel: $rankLevel\n      positionType: $positionType\n      employmentStatus: $employmentStatus\n    ) {\n      nodes {\n        id\n        name\n        post\n        rankLevel\n        positionType\n        employmentStatus\n        teamMember\n        organisation {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.CadresDocument,
    "\n  fragment CadreDetailFields on Cadre {\n    id\n    name\n    personNo\n    gender\n    birthDate\n    post\n    rankLevel\n    positionType\n    population\n    tookPostOn\n    teamMember\n    employmentStatus\n    employmentStatusSince\n    version\n    updatedAt\n    organisation {\n      id\n      name\n    }\n    postings {\n      year\n      cycleName\n      assessmentId\n      organisationName\n      postTitle\n      rankLevel\n      finalGrade\n    }\n    managingOrganisation {\n      id\n      name\n    }\n    statusesOn\n    statusPeriods {\n      id\n      kind\n      startsOn\n      endsOn\n      note\n      createdAt\n    }\n  }\n": types.CadreDetailFieldsFragmentDoc,
    "\n  query CadreDetail($id: ID!) {\n    cadre(id: $id) {\n      ...CadreDetailFields\n    }\n  }\n": types.CadreDetailDocument,
    "\n  mutation RecordCadreStatus($input: RecordCadreStatusInput!) {\n    recordCadreStatus(input: $input) {\n      ...CadreDetailFields\n    }\n  }\n": types.RecordCadreStatusDocument,
    "\n  mutation CreateCadre($input: CreateCadreInput!) {\n    createCadre(input: $input) {\n      id\n    }\n  }\n": types.CreateCadreDocument,
    "\n  mutation UpdateCadre($input: UpdateCadreInput!) {\n    updateCadre(input: $input) {\n      ...CadreDetailFields\n    }\n  }\n": types.UpdateCadreDocument,
    "\n  mutation MoveCadre($input: MoveCadreInput!) {\n    moveCadre(input: $input) {\n      ...CadreDetailFields\n    }\n  }\n": types.MoveCadreDocument,
    "\n  mutation SetCadreEmploymentStatus($input: SetCadreEmploymentStatusInput!) {\n    setCadreEmploymentStatus(input: $input) {\n      ...CadreDetailFields\n    }\n  }\n": types.SetCadreEmploymentStatusDocument,
    "\n  mutation SetManagingJurisdiction($input: SetManagingJurisdictionInput!) {\n    setManagingJurisdiction(input: $input) {\n      ...CadreDetailFields\n    }\n  }\n": types.SetManagingJurisdictionDocument,
    "\n  query WorkingCalendar {\n    workingCalendar {\n      libraryYears\n      confirmedYears\n      coveredYears\n      missingYear\n      canManage\n      additions {\n        day\n      }\n      warnings {\n        year\n        since\n        urgent\n      }\n    }\n  }\n": types.WorkingCalendarDocument,
    "\n  query CalendarWarnings {\n    workingCalendar {\n      warnings {\n        year\n        since\n        urgent\n      }\n    }\n  }\n": types.CalendarWarningsDocument,
    "\n  query CalendarYear($year: Int!) {\n    calendarYear(year: $year) {\n      year\n      status\n      covered\n      confirmedBy\n      confirmedAt\n      days {\n        day\n        kind\n        name\n        source\n      }\n    }\n  }\n": types.CalendarYearDocument,
    "\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      day\n      kind\n      name\n    }\n  }\n": types.SetCalendarDayDocument,
    "\n  mutation ConfirmCalendarYear($year: Int!) {\n    confirmCalendarYear(year: $year)\n  }\n": types.ConfirmCalendarYearDocument,
    "\n  fragment CaseCoreFields on Case {\n    id\n    cadreId\n    organisationId\n    state\n    version\n    dueAt\n    dueEvent\n    createdAt\n    updatedAt\n    context\n  }\n": types.CaseCoreFieldsFragmentDoc,
    "\n  fragment ReviewCaseFields on ReviewCase {\n    ...CaseCoreFields\n    assessmentId\n    route\n    availableActions\n    attachments {\n      ...AttachmentFields\n    }\n    cadre {\n      id\n      name\n      post\n    }\n  }\n": types.ReviewCaseFieldsFragmentDoc,
    "\n  fragment FtCaseFields on FaultToleranceCase {\n    ...CaseCoreFields\n    penaltyId\n    origin\n    mistakeKey\n    outcome\n    availableActions\n    cadre {\n      id\n      name\n      post\n    }\n  }\n": types.FtCaseFieldsFragmentDoc,
    "\n  fragment AccusationFields on Accusation {\n    ...CaseCoreFields\n    source\n    concernsYear\n    negativeCode\n    receivedOn\n    countsAgainst\n    availableActions\n    cadre {\n      id\n      name\n      post\n    }\n  }\n": types.AccusationFieldsFragmentDoc,
    "\n  query ReviewCases($first: Int!, $after: String, $state: String, $cadreId: ID) {\n    reviewCases(first: $first, after: $after, state: $state, cadreId: $cadreId) {\n      nodes {\n        ...ReviewCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ReviewCasesDocument,
    "\n  query ReviewCase($id: ID!) {\n    reviewCase(id: $id) {\n      ...ReviewCaseFields\n      lifecycle {\n        ...LifecycleFields\n      }\n      historyPage(first: 200) {\n        nodes {\n          ...HistoryFields\n        }\n      }\n    }\n  }\n": types.ReviewCaseDocument,
    "\n  query FaultToleranceCases($first: Int!, $after: String, $state: String, $cadreId: ID) {\n    faultToleranceCases(first: $first, after: $after, state: $state, cadreId: $cadreId) {\n      nodes {\n        ...FtCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.FaultToleranceCasesDocument,
    "\n  query FaultToleranceCase($id: ID!) {\n    faultToleranceCase(id: $id) {\n      ...FtCaseFields\n      lifecycle {\n        ...LifecycleFields\n      }\n      historyPage(first: 200) {\n        nodes {\n          ...HistoryFields\n        }\n      }\n    }\n  }\n": types.FaultToleranceCaseDocument,
    "\n  query Accusations($first: Int!, $after: String, $state: String, $cadreId: ID) {\n    accusations(first: $first, after: $after, state: $state, cadreId: $cadreId) {\n      nodes {\n        ...AccusationFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.AccusationsDocument,
    "\n  query MyResultCases($id: ID!) {\n    assessment(id: $id) {\n      id\n      reviewWindow {\n        noticeOn\n        today\n        reviewable\n        reviewableGrades\n        reviewLastDay\n        directAppealLastDay\n        reviewRequestDays\n        directAppealDays\n        openCaseId\n        availableRoutes\n      }\n      reviewCases {\n        ...ReviewCaseFields\n      }\n      resultVersions {\n        version\n        grade\n        source\n        reason\n        decidedAt\n      }\n    }\n  }\n": types.MyResultCasesDocument,
    "\n  query ResultVersions($assessmentId: ID!) {\n    resultVersionsOf(assessmentId: $assessmentId) {\n      version\n      grade\n      previousGrade\n      source\n      reason\n      caseId\n      decidedRole\n      decidedAt\n    }\n  }\n": types.ResultVersionsDocument,
    "\n  fragment PenaltyFields on Penalty {\n    id\n    cadreId\n    kind\n    category\n    startedOn\n    decidedOn\n    effectiveUntil\n    tolerated\n    replacedBy\n    note\n    availableActions\n  }\n": types.PenaltyFieldsFragmentDoc,
    "\n  query CadreCases($cadreId: ID!) {\n    penaltiesOf(cadreId: $cadreId) {\n      ...PenaltyFields\n    }\n    investigationsOf(cadreId: $cadreId) {\n      id\n      cadreId\n      startsOn\n      endsOn\n      conclusion\n      penaltyId\n      note\n      availableActions\n    }\n  }\n": types.CadreCasesDocument,
    "\n  query MyPenalties($cadreId: ID!) {\n    penaltiesOf(cadreId: $cadreId) {\n      ...PenaltyFields\n    }\n    faultToleranceCases(first: 20, cadreId: $cadreId) {\n      nodes {\n        ...FtCaseFields\n      }\n    }\n  }\n": types.MyPenaltiesDocument,
    "\n  query CadrePick($search: String, $first: Int!) {\n    cadres(first: $first, search: $search, includeSubtree: true) {\n      nodes {\n        id\n        name\n        post\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CadrePickDocument,
    "\n  query CadreName($id: ID!) {\n    cadre(id: $id) {\n      id\n      name\n      post\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.CadreNameDocument,
    "\n  mutation RequestReview($input: RequestReviewInput!) {\n    requestReview(input: $input) {\n      ...ReviewCaseFields\n    }\n  }\n": types.RequestReviewDocument,
    "\n  mutation AppealReview($input: AppealInput!) {\n    appealReview(input: $input) {\n      ...ReviewCaseFields\n    }\n  }\n": types.AppealReviewDocument,
    "\n  mutation DecideReview($input: CaseRulingInput!) {\n    decideReview(input: $input) {\n      ...ReviewCaseFields\n    }\n  }\n": types.DecideReviewDocument,
    "\n  mutation DecideAppeal($input: CaseRulingInput!) {\n    decideAppeal(input: $input) {\n      ...ReviewCaseFields\n    }\n  }\n": types.DecideAppealDocument,
    "\n  mutation ExtendAppeal($input: ExtendAppealInput!) {\n    extendAppeal(input: $input) {\n      ...ReviewCaseFields\n    }\n  }\n": types.ExtendAppealDocument,
    "\n  mutation WithdrawReview($input: CaseActionInput!) {\n    withdrawReview(input: $input) {\n      ...ReviewCaseFields\n    }\n  }\n": types.WithdrawReviewDocument,
    "\n  mutation OpenFaultTolerance($input: OpenFaultToleranceInput!) {\n    openFaultToleranceCase(input: $input) {\n      ...FtCaseFields\n    }\n  }\n": types.OpenFaultToleranceDocument,
    "\n  mutation AcceptFaultTolerance($input: CaseActionInput!) {\n    acceptFaultToleranceCase(input: $input) {\n      ...FtCaseFields\n    }\n  }\n": types.AcceptFaultToleranceDocument,
    "\n  mutation RefuseFaultTolerance($input: FtTextInput!) {\n    refuseFaultToleranceCase(input: $input) {\n      ...FtCaseFields\n    }\n  }\n": types.RefuseFaultToleranceDocument,
    "\n  mutation CompleteFaultToleranceInvestigation($input: FtTextInput!) {\n    completeFaultToleranceInvestigation(input: $input) {\n      ...FtCaseFields\n    }\n  }\n": types.CompleteFaultToleranceInvestigationDocument,
    "\n  mutation DecideFaultTolerance($input: DecideFaultToleranceInput!) {\n    decideFaultToleranceCase(input: $input) {\n      ...FtCaseFields\n    }\n  }\n": types.DecideFaultToleranceDocument,
    "\n  mutation GiveFaultToleranceFeedback($input: FtTextInput!) {\n    giveFaultToleranceFeedback(input: $input) {\n      ...FtCaseFields\n    }\n  }\n": types.GiveFaultToleranceFeedbackDocument,
    "\n  mutation FileFaultTolerance($input: FtTextInput!) {\n    fileFaultToleranceCase(input: $input) {\n      ...FtCaseFields\n    }\n  }\n": types.FileFaultToleranceDocument,
    "\n  mutation RecordFaultToleranceCorrection($input: FtTextInput!) {\n    recordFaultToleranceCorrection(input: $input) {\n      ...FtCaseFields\n    }\n  }\n": types.RecordFaultToleranceCorrectionDocument,
    "\n  mutation VerifyFaultToleranceCorrection($input: CaseActionInput!) {\n    verifyFaultToleranceCorrection(input: $input) {\n      ...FtCaseFields\n    }\n  }\n": types.VerifyFaultToleranceCorrectionDocument,
    "\n  mutation RecordAccusation($input: RecordAccusationInput!) {\n    recordAccusation(input: $input) {\n      ...AccusationFields\n    }\n  }\n": types.RecordAccusationDocument,
    "\n  mutation VerifyAccusation($input: VerifyAccusationInput!) {\n    verifyAccusation(input: $input) {\n      ...AccusationFields\n    }\n  }\n": types.VerifyAccusationDocument,
    "\n  mutation ClearAccusation($input: ClearAccusationInput!) {\n    clearAccusation(input: $input) {\n      ...AccusationFields\n    }\n  }\n": types.ClearAccusationDocument,
    "\n  mutation RecordPenalty($input: PenaltyInput!) {\n    recordPenalty(input: $input)\n  }\n": types.RecordPenaltyDocument,
    "\n  mutation StartAccountability($input: StartAccountabilityInput!) {\n    startAccountability(input: $input) {\n      ...PenaltyFields\n    }\n  }\n": types.StartAccountabilityDocument,
    "\n  mutation DecidePenalty($input: DecidePenaltyInput!) {\n    decidePenalty(input: $input) {\n      ...PenaltyFields\n    }\n  }\n": types.DecidePenaltyDocument,
    "\n  mutation OpenInvestigation($input: OpenInvestigationInput!) {\n    openInvestigation(input: $input) {\n      id\n    }\n  }\n": types.OpenInvestigationDocument,
    "\n  mutation CloseInvestigation($input: CloseInvestigationInput!) {\n    closeInvestigation(input: $input) {\n      id\n      conclusion\n    }\n  }\n": types.CloseInvestigationDocument,
    "\n  query Corroboration($id: ID!, $cycleId: ID!) {\n    assessment(id: $id) {\n      id\n      state\n      corroboratingFindings {\n        id\n        source\n        findingType\n        findingTypeLabel\n        feeds\n        target\n        targetLabel\n        documentRef\n        foundOn\n        summary\n        state\n        stateNote\n        feedsGate\n        recordedBy\n        recordedAt\n        attachments {\n          ...AttachmentFields\n        }\n      }\n      vetoConsultations {\n        id\n        findingId\n        vetoItem\n        vetoItemLabel\n        department\n        question\n        requestedOn\n        dueOn\n        overdue\n        state\n        applies\n        answerReason\n        answeredBy\n        answeredOn\n        recordedBy\n        withdrawnReason\n      }\n    }\n    corroborationOptions(cycleId: $cycleId) {\n      consultationWorkingDays\n      findingTypes {\n        source\n        code\n        label\n        feeds\n        target\n        targetLabel\n      }\n      vetoItems {\n        code\n        label\n        effect\n      }\n    }\n  }\n": types.CorroborationDocument,
    "\n  mutation RecordFinding($input: FindingInput!) {\n    recordFinding(input: $input) {\n      id\n    }\n  }\n": types.RecordFindingDocument,
    "\n  mutation SetFindingState($input: FindingStateInput!) {\n    setFindingState(input: $input) {\n      id\n      state\n    }\n  }\n": types.SetFindingStateDocument,
    "\n  mutation RequestVetoConsultation($input: ConsultationRequestInput!) {\n    requestVetoConsultation(input: $input) {\n      id\n      dueOn\n    }\n  }\n": types.RequestVetoConsultationDocument,
    "\n  mutation AnswerVetoConsultation($input: ConsultationAnswerInput!) {\n    answerVetoConsultation(input: $input) {\n      id\n      state\n    }\n  }\n": types.AnswerVetoConsultationDocument,
    "\n  mutation WithdrawVetoConsultation($input: ConsultationWithdrawInput!) {\n    withdrawVetoConsultation(input: $input) {\n      id\n      state\n    }\n  }\n": types.WithdrawVetoConsultationDocument,
    "\n  query OpenVetoConsultations($first: Int!) {\n    openVetoConsultations(first: $first) {\n      id\n      assessmentId\n      subjectName\n      vetoItemLabel\n      department\n      dueOn\n      overdue\n    }\n  }\n": types.OpenVetoConsultationsDocument,
    "\n  fragment CycleRowFields on AssessmentCycle {\n    id\n    kind\n    name\n    year\n    quarter\n    task\n    state\n    version\n    availableActions\n    createdAt\n    organisation {\n      id\n      name\n    }\n    assessingOrganisation {\n      id\n      name\n    }\n    deadlines {\n      selfReportDue\n      evaluationDue\n      reviewDue\n      finishBy\n    }\n  }\n": types.CycleRowFieldsFragmentDoc,
    "\n  query Cycles {\n    cycles {\n      ...CycleRowFields\n    }\n  }\n": types.CyclesDocument,
    "\n  query CycleDetail($id: ID!) {\n    cycle(id: $id) {\n      ...CycleRowFields\n      ruleSetId\n      progress {\n        state\n        kind\n        count\n      }\n      lifecycle {\n        ...LifecycleFields\n      }\n      historyPage(first: 200) {\n        nodes {\n          ...HistoryFields\n        }\n      }\n    }\n  }\n": types.CycleDetailDocument,
    "\n  mutation PlanCycle($input: PlanCycleInput!) {\n    planCycle(input: $input) {\n      ...CycleRowFields\n    }\n  }\n": types.PlanCycleDocument,
    "\n  mutation EnrolInCycle($input: EnrolInput!) {\n    enrolInCycle(input: $input) {\n      ...CycleRowFields\n    }\n  }\n": types.EnrolInCycleDocument,
    "\n  mutation EnrolInCycleWithReport($input: EnrolInput!) {\n    enrolInCycleWithReport(input: $input) {\n      cycle {\n        ...CycleRowFields\n      }\n      cadres\n      teams\n      skipped {\n        cadre {\n          id\n          name\n          post\n        }\n        organisation {\n          id\n          name\n        }\n        kind\n        reason\n        existingCycleId\n        existingCycleName\n        managingOrganisationName\n      }\n    }\n  }\n": types.EnrolInCycleWithReportDocument,
    "\n  mutation OpenCycle($input: CycleActionInput!) {\n    openCycle(input: $input) {\n      ...CycleRowFields\n    }\n  }\n": types.OpenCycleDocument,
    "\n  mutation CloseCycle($input: CycleActionInput!) {\n    closeCycle(input: $input) {\n      ...CycleRowFields\n    }\n  }\n": types.CloseCycleDocument,
    "\n  mutation CancelCycle($input: CancelCycleInput!) {\n    cancelCycle(input: $input) {\n      ...CycleRowFields\n    }\n  }\n": types.CancelCycleDocument,
    "\n  query CycleKinds($id: ID!) {\n    cycle(id: $id) {\n      id\n      kind\n      year\n      settings\n      specialRule {\n        mode\n        threshold\n        points\n        gateEffect\n        bonusLimit\n        deductionLimit\n      }\n      termPeriod {\n        startsOn\n        endsOn\n      }\n    }\n  }\n": types.CycleKindsDocument,
    "\n  mutation SetSpecialRule($input: SpecialRuleInput!) {\n    setSpecialRule(input: $input) {\n      mode\n    }\n  }\n": types.SetSpecialRuleDocument,
    "\n  mutation SetTermPeriod($input: TermPeriodInput!) {\n    setTermPeriod(input: $input) {\n      startsOn\n    }\n  }\n": types.SetTermPeriodDocument,
    "\n  query AssessmentTerm($id: ID!) {\n    assessment(id: $id) {\n      id\n      kind\n      finalGrade\n      termTargets {\n        id\n        position\n        target\n        measure\n        achieved\n        score\n      }\n      termYears {\n        year\n        grade\n        assessmentId\n      }\n    }\n  }\n": types.AssessmentTermDocument,
    "\n  mutation SetTermTargets($input: TermTargetsInput!) {\n    setTermTargets(input: $input) {\n      id\n    }\n  }\n": types.SetTermTargetsDocument,
    "\n  query EvaluationInputOptions($cycleId: ID!) {\n    evaluationInputOptions(cycleId: $cycleId) {\n      scoreComponents\n      publicSurveyPercent\n      negativeList {\n        code\n        label\n      }\n    }\n  }\n": types.EvaluationInputOptionsDocument,
    "\n  query CycleScores($cycleId: ID!, $after: String, $first: Int!) {\n    assessments(cycleId: $cycleId, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        cadre {\n          id\n          name\n          post\n        }\n        organisation {\n          id\n          name\n        }\n        scoreInputs {\n          component\n          value\n          source\n        }\n      }\n    }\n  }\n": types.CycleScoresDocument,
    "\n  mutation SetScores($rows: [ScoreRowInput!]!) {\n    setScores(rows: $rows)\n  }\n": types.SetScoresDocument,
    "\n  mutation ImportScores($csv: String!) {\n    importScores(csv: $csv)\n  }\n": types.ImportScoresDocument,
    "\n  query AssessmentInputs($id: ID!) {\n    assessment(id: $id) {\n      id\n      version\n      kind\n      state\n      overlay\n      availableActions\n      cycle {\n        id\n      }\n      politicalReview {\n        rating\n        veto\n        note\n        recordedBy\n        recordedAt\n      }\n      negativeFindings {\n        id\n        code\n        note\n        cleared\n        recordedBy\n        recordedAt\n      }\n    }\n  }\n": types.AssessmentInputsDocument,
    "\n  mutation RecordPoliticalReview($input: PoliticalReviewInput!) {\n    recordPoliticalReview(input: $input)\n  }\n": types.RecordPoliticalReviewDocument,
    "\n  mutation RecordNegativeFinding($input: NegativeFindingInput!) {\n    recordNegativeFinding(input: $input)\n  }\n": types.RecordNegativeFindingDocument,
    "\n  mutation SetOverlay($input: SetOverlayInput!) {\n    setOverlay(input: $input) {\n      id\n      overlay\n      version\n    }\n  }\n": types.SetOverlayDocument,
    "\n  mutation InviteRaters($input: InviteRatersInput!) {\n    inviteRaters(input: $input)\n  }\n": types.InviteRatersDocument,
    "\n  query PromotionBlockers($cadreId: ID!) {\n    promotionBlockers(cadreId: $cadreId) {\n      blocked\n      blockers {\n        kind\n        recordId\n        since\n        until\n      }\n      disregarded {\n        kind\n        recordId\n        since\n        until\n      }\n    }\n  }\n": types.PromotionBlockersDocument,
    "\n  mutation EnrolCadre($input: EnrolCadreInput!) {\n    enrolCadreInCycle(input: $input) {\n      id\n      state\n    }\n  }\n": types.EnrolCadreDocument,
    "\n  mutation SetIndicatorValue($input: IndicatorValueInput!) {\n    setIndicatorValue(input: $input)\n  }\n": types.SetIndicatorValueDocument,
    "\n  mutation AssignResponsibilities($input: AssignResponsibilitiesInput!) {\n    assignIndicatorResponsibilities(input: $input)\n  }\n": types.AssignResponsibilitiesDocument,
    "\n  query CycleSchemes($id: ID!) {\n    cycle(id: $id) {\n      id\n      indicatorSchemeVersions\n    }\n  }\n": types.CycleSchemesDocument,
    "\n  query SchemeIndicators($id: ID!) {\n    indicatorSchemeVersion(id: $id) {\n      id\n      name\n      category\n      tree\n    }\n  }\n": types.SchemeIndicatorsDocument,
    "\n  fragment GradingRunFields on GradingRunRecord {\n    id\n    cycleId\n    startedByName\n    status\n    phase\n    done\n    total\n    graded\n    byGrade {\n      grade\n      count\n    }\n    errorCode\n    queuedAt\n    startedAt\n    finishedAt\n  }\n": types.GradingRunFieldsFragmentDoc,
    "\n  query CycleGradingRuns($id: ID!) {\n    cycle(id: $id) {\n      id\n      state\n      gradingRuns(first: 5) {\n        ...GradingRunFields\n      }\n    }\n  }\n": types.CycleGradingRunsDocument,
    "\n  query GradingRun($id: ID!) {\n    gradingRun(id: $id) {\n      ...GradingRunFields\n    }\n  }\n": types.GradingRunDocument,
    "\n  mutation StartGradingRun($cycleId: ID!) {\n    startGradingRun(cycleId: $cycleId) {\n      ...GradingRunFields\n    }\n  }\n": types.StartGradingRunDocument,
    "\n  query GradingProposals($first: Int!, $after: String, $cycleId: ID!, $organisationId: ID, $engineGrade: String) {\n    assessments(first: $first, after: $after, cycleId: $cycleId, organisationId: $organisationId, engineGrade: $engineGrade, graded: true) {\n      nodes {\n        ...AssessmentSummaryFields\n        gradingResult {\n          ...GradingResultFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.GradingProposalsDocument,
    "\n  query CycleQuotaRaises($id: ID!) {\n    cycle(id: $id) {\n      id\n      state\n      year\n      organisation {\n        id\n        name\n      }\n      quotaRule {\n        percent\n        raisedPercent\n      }\n      quotaRaises {\n        id\n        pool\n        organisationId\n        organisationName\n        rankLevel\n        approvedBy\n        documentRef\n        approvedOn\n        recordedByName\n        recordedAt\n      }\n    }\n  }\n": types.CycleQuotaRaisesDocument,
    "\n  mutation RecordQuotaRaise($input: QuotaRaiseInput!) {\n    recordQuotaRaise(input: $input)\n  }\n": types.RecordQuotaRaiseDocument,
    "\n  query HomeOrganisationCount {\n    organisations(first: 1) {\n      totalCount\n    }\n  }\n": types.HomeOrganisationCountDocument,
    "\n  query HomeCadreCount {\n    cadres(first: 1) {\n      totalCount\n    }\n  }\n": types.HomeCadreCountDocument,
    "\n  query MyCadre($id: ID!) {\n    cadre(id: $id) {\n      id\n      name\n      post\n      rankLevel\n      positionType\n      tookPostOn\n      organisation {\n        id\n        name\n      }\n      statusesOn\n    }\n  }\n": types.MyCadreDocument,
    "\n  fragment SchemeVersionFields on IndicatorSchemeVersionView {\n    id\n    schemeId\n    jurisdictionId\n    category\n    name\n    version\n    status\n    effectiveFrom\n    tree\n    note\n    createdAt\n    publishedAt\n    issues {\n      code\n      node\n      message\n    }\n  }\n": types.SchemeVersionFieldsFragmentDoc,
    "\n  query IndicatorSchemeVersions($jurisdictionId: ID!) {\n    indicatorSchemeVersions(jurisdictionId: $jurisdictionId) {\n      ...SchemeVersionFields\n    }\n  }\n": types.IndicatorSchemeVersionsDocument,
    "\n  mutation SaveIndicatorSchemeDraft($input: SaveSchemeDraftInput!) {\n    saveIndicatorSchemeDraft(input: $input) {\n      ...SchemeVersionFields\n    }\n  }\n": types.SaveIndicatorSchemeDraftDocument,
    "\n  mutation PublishIndicatorScheme($input: PublishSchemeInput!) {\n    publishIndicatorScheme(input: $input) {\n      ...SchemeVersionFields\n    }\n  }\n": types.PublishIndicatorSchemeDocument,
    "\n  mutation ImportIndicatorFile($input: ImportIndicatorFileInput!) {\n    importIndicatorFile(input: $input)\n  }\n": types.ImportIndicatorFileDocument,
    "\n  fragment OrganisationOption on Organisation {\n    id\n    name\n    code\n    depth\n    kind\n  }\n": types.OrganisationOptionFragmentDoc,
    "\n  query OrganisationOptions($search: String, $first: Int!) {\n    organisations(search: $search, first: $first) {\n      nodes {\n        ...OrganisationOption\n      }\n    }\n  }\n": types.OrganisationOptionsDocument,
    "\n  query OrganisationOptionById($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationOption\n    }\n  }\n": types.OrganisationOptionByIdDocument,
    "\n  query Organisations($first: Int!, $after: String, $parentId: ID, $kind: OrganisationKind, $search: String, $includeRetired: Boolean) {\n    organisations(first: $first, after: $after, parentId: $parentId, kind: $kind, search: $search, includeRetired: $includeRetired) {\n      nodes {\n        ...OrganisationRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.OrganisationsDocument,
    "\n  query OrganisationCrumb($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      parentId\n    }\n  }\n": types.OrganisationCrumbDocument,
    "\n  fragment OrganisationRowFields on Organisation {\n    id\n    name\n    code\n    kind\n    category\n    depth\n    parentId\n    restrictedDevelopment\n    retiredOn\n    version\n  }\n": types.OrganisationRowFieldsFragmentDoc,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationRowFields\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationRowFields\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation MoveOrganisation($input: MoveOrganisationInput!) {\n    moveOrganisation(input: $input) {\n      ...OrganisationRowFields\n    }\n  }\n": types.MoveOrganisationDocument,
    "\n  mutation RetireOrganisation($input: RetireOrganisationInput!) {\n    retireOrganisation(input: $input) {\n      ...OrganisationRowFields\n    }\n  }\n": types.RetireOrganisationDocument,
    "\n  fragment OutcomeTaskFields on OutcomeTask {\n    id\n    kind\n    subject\n    state\n    version\n    year\n    machineId\n    dueAt\n    dueEvent\n    availableActions\n    basis\n    context\n    createdAt\n    updatedAt\n    cadre {\n      id\n      name\n      post\n    }\n    organisation {\n      id\n      name\n    }\n  }\n": types.OutcomeTaskFieldsFragmentDoc,
    "\n  query OutcomeTasks($first: Int!, $after: String, $state: String, $kind: OutcomeKind, $cycleId: ID, $organisationId: ID, $cadreId: ID) {\n    outcomeTasks(first: $first, after: $after, state: $state, kind: $kind, cycleId: $cycleId, organisationId: $organisationId, cadreId: $cadreId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...OutcomeTaskFields\n      }\n    }\n  }\n": types.OutcomeTasksDocument,
    "\n  query OutcomeWorkQueue($first: Int!, $after: String) {\n    outcomeWorkQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...OutcomeTaskFields\n      }\n    }\n  }\n": types.OutcomeWorkQueueDocument,
    "\n  query OutcomeTaskDetail($id: ID!) {\n    outcomeTask(id: $id) {\n      ...OutcomeTaskFields\n      assessment {\n        id\n        finalGrade\n        cycle {\n          id\n          name\n        }\n      }\n      lifecycle {\n        ...LifecycleFields\n      }\n      historyPage(first: 200) {\n        nodes {\n          ...HistoryFields\n        }\n      }\n    }\n  }\n": types.OutcomeTaskDetailDocument,
    "\n  query CounterAlerts($first: Int!, $after: String, $counter: AlertCounter, $stage: AlertStage, $organisationId: ID, $year: Int) {\n    outcomeCounterAlerts(first: $first, after: $after, counter: $counter, stage: $stage, organisationId: $organisationId, year: $year) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        cadreId\n        counter\n        stage\n        value\n        threshold\n        latestYear\n        latestGrade\n        countedYears\n        cadre {\n          id\n          name\n          post\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CounterAlertsDocument,
    "\n  query OutcomeCycleOptions {\n    cycles {\n      id\n      name\n      year\n      kind\n    }\n  }\n": types.OutcomeCycleOptionsDocument,
    "\n  query CadreRecord($cadreId: ID!) {\n    cadre(id: $cadreId) {\n      id\n      name\n      post\n      organisation {\n        id\n        name\n      }\n    }\n    cadreRecord(cadreId: $cadreId) {\n      subject\n      results {\n        assessmentId\n        year\n        grade\n        decidedAt\n        proposedGrade\n        proposalComment\n        decision\n        changedFrom\n        changeReason\n        overlay\n        overlayReason\n        noticeStartsOn\n        noticeEndsOn\n        score\n        gates {\n          code\n          effect\n          detail\n        }\n      }\n      outcomes {\n        ...OutcomeTaskFields\n      }\n      counters {\n        key\n        value\n        threshold\n        asOf\n        countedYears\n        notCounted {\n          year\n          grade\n          why\n        }\n        explanation\n      }\n      blocked {\n        kind\n        year\n        statuses\n        explanation\n      }\n      timeline {\n        at\n        year\n        kind\n        entityId\n        status\n        title\n        item {\n          ... on YearResult {\n            grade\n            decision\n          }\n          ... on OutcomeTask {\n            id\n            kind\n            state\n          }\n        }\n      }\n    }\n  }\n": types.CadreRecordDocument,
    "\n  mutation ApproveOutcome($input: ApproveOutcomeInput!) {\n    approveOutcome(input: $input) {\n      ...OutcomeTaskFields\n    }\n  }\n": types.ApproveOutcomeDocument,
    "\n  mutation CarryOutOutcome($input: OutcomeNoteInput!) {\n    carryOutOutcome(input: $input) {\n      ...OutcomeTaskFields\n    }\n  }\n": types.CarryOutOutcomeDocument,
    "\n  mutation VerifyOutcome($input: VerifyOutcomeInput!) {\n    verifyOutcome(input: $input) {\n      ...OutcomeTaskFields\n    }\n  }\n": types.VerifyOutcomeDocument,
    "\n  mutation CancelOutcome($input: CancelOutcomeInput!) {\n    cancelOutcome(input: $input) {\n      ...OutcomeTaskFields\n    }\n  }\n": types.CancelOutcomeDocument,
    "\n  mutation EnrolTraining($input: EnrolTrainingInput!) {\n    enrolTraining(input: $input) {\n      ...OutcomeTaskFields\n    }\n  }\n": types.EnrolTrainingDocument,
    "\n  mutation CompleteTraining($input: OutcomeNoteInput!) {\n    completeTraining(input: $input) {\n      ...OutcomeTaskFields\n    }\n  }\n": types.CompleteTrainingDocument,
    "\n  query PrintCycle($id: ID!) {\n    cycle(id: $id) {\n      id\n      name\n      year\n      organisation {\n        id\n        name\n        issuingOrgan\n      }\n    }\n  }\n": types.PrintCycleDocument,
    "\n  query WrittenNoticeIssuer($id: ID!) {\n    assessment(id: $id) {\n      id\n      cycle {\n        id\n        organisation {\n          id\n          issuingOrgan\n        }\n      }\n      reviewWindow {\n        reviewable\n        reviewRequestDays\n      }\n    }\n  }\n": types.WrittenNoticeIssuerDocument,
    "\n  fragment ProfileYearFields on ProfileYearView {\n    year\n    cycleId\n    cycleName\n    assessmentId\n    proposedGrade\n    finalGrade\n    engineGrade\n    compositeScore\n    components {\n      key\n      value\n    }\n    ballotAverages {\n      ballots\n      morality\n      ability\n      diligence\n      results\n      integrity\n    }\n    dimensionScores {\n      dimension\n      score\n    }\n  }\n": types.ProfileYearFieldsFragmentDoc,
    "\n  query CadreProfile($cadreId: ID!) {\n    cadreProfile(cadreId: $cadreId) {\n      ...ProfileYearFields\n    }\n  }\n": types.CadreProfileDocument,
    "\n  query TeamProfile($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n      parentId\n    }\n    teamProfile(organisationId: $organisationId) {\n      ...ProfileYearFields\n    }\n  }\n": types.TeamProfileDocument,
    "\n  query RaterTurnout($cycleId: ID!, $organisationId: ID!) {\n    raterTurnout(cycleId: $cycleId, organisationId: $organisationId) {\n      assessmentId\n      kind\n      state\n      cadreName\n      organisationName\n      post\n      invitable\n      invitedTotal\n      returned\n      turnoutPercent\n      minimumTurnoutPercent\n      invited {\n        group\n        count\n      }\n    }\n  }\n": types.RaterTurnoutDocument,
    "\n  query RaterCandidates($search: String, $organisationId: ID, $first: Int) {\n    raterCandidates(search: $search, organisationId: $organisationId, first: $first) {\n      totalCount\n      items {\n        userId\n        displayName\n        username\n        organisationName\n        post\n      }\n    }\n  }\n": types.RaterCandidatesDocument,
    "\n  mutation InviteRatersToAssessments($input: InviteRatersToAssessmentsInput!) {\n    inviteRatersToAssessments(input: $input) {\n      added\n      alreadyInvited\n      skippedSelf\n    }\n  }\n": types.InviteRatersToAssessmentsDocument,
    "\n  query CycleReport($cycleId: ID!, $organisationId: ID) {\n    cycleReport(cycleId: $cycleId, organisationId: $organisationId) {\n      cycleId\n      organisationId\n      gradeDistribution {\n        organisationId\n        organisationName\n        key\n        count\n      }\n      progress {\n        organisationId\n        organisationName\n        key\n        count\n      }\n    }\n  }\n": types.CycleReportDocument,
    "\n  query CycleIndicators($cycleId: ID!, $organisationId: ID) {\n    cycleIndicators(cycleId: $cycleId, organisationId: $organisationId) {\n      organisationId\n      teams {\n        organisationId\n        organisationName\n        assessmentId\n        dimensions {\n          key\n          score\n        }\n        components {\n          key\n          score\n        }\n      }\n    }\n  }\n": types.CycleIndicatorsDocument,
    "\n  query QuotaPoolsOf($cycleId: ID!, $organisationIds: [ID!]!, $teams: Boolean!) {\n    quotaPoolsOf(cycleId: $cycleId, organisationIds: $organisationIds, teams: $teams) {\n      organisationId\n      organisationName\n      subject\n      rankLevel\n      graded\n      allowed\n      used\n      proposed\n      standing\n    }\n  }\n": types.QuotaPoolsOfDocument,
    "\n  query QuotaSummary($cycleId: ID!, $organisationId: ID) {\n    quotaSummary(cycleId: $cycleId, organisationId: $organisationId) {\n      cycleId\n      organisationId\n      organisationName\n      pools\n      over\n      full\n      tight\n      open\n      none\n      used\n      allowed\n      regions {\n        organisationId\n        organisationName\n        pools\n        over\n        full\n        tight\n        open\n        none\n        used\n        allowed\n      }\n    }\n  }\n": types.QuotaSummaryDocument,
    "\n  query QuotaPoolPage($cycleId: ID!, $organisationId: ID, $standing: String, $first: Int!, $after: String) {\n    quotaPoolPage(cycleId: $cycleId, organisationId: $organisationId, standing: $standing, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        organisationId\n        organisationName\n        subject\n        rankLevel\n        graded\n        allowed\n        used\n        proposed\n        standing\n      }\n    }\n  }\n": types.QuotaPoolPageDocument,
    "\n  fragment RosterImportFields on RosterImportView {\n    id\n    fileName\n    status\n    version\n    retireMissing\n    organisationRows\n    cadreRows\n    statusRows\n    errorCount\n    added\n    changed\n    moved\n    retired\n  }\n": types.RosterImportFieldsFragmentDoc,
    "\n  query RosterImportErrors($id: ID!, $after: String) {\n    rosterImport(id: $id) {\n      id\n      errors(first: 100, after: $after) {\n        nodes {\n          sheet\n          line\n          code\n          field\n          value\n          message\n        }\n        endCursor\n      }\n    }\n  }\n": types.RosterImportErrorsDocument,
    "\n  query RosterDifferences($id: ID!, $kind: RosterDifferenceKind, $after: String) {\n    rosterImport(id: $id) {\n      id\n      differences(first: 100, kind: $kind, after: $after) {\n        nodes {\n          entity\n          kind\n          code\n          name\n          line\n          changes {\n            field\n            old\n            new\n          }\n        }\n        endCursor\n      }\n    }\n  }\n": types.RosterDifferencesDocument,
    "\n  mutation ApplyRosterImport($id: ID!, $expectedVersion: String) {\n    applyRosterImport(id: $id, expectedVersion: $expectedVersion) {\n      ...RosterImportFields\n    }\n  }\n": types.ApplyRosterImportDocument,
    "\n  mutation DiscardRosterImport($id: ID!) {\n    discardRosterImport(id: $id) {\n      ...RosterImportFields\n    }\n  }\n": types.DiscardRosterImportDocument,
    "\n  query EffectiveRuleSet($organisationId: ID!, $day: String!) {\n    effectiveRuleSet(organisationId: $organisationId, day: $day) {\n      jurisdictionId\n      settings\n      ruleSet {\n        id\n        version\n        effectiveFrom\n        jurisdiction {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.EffectiveRuleSetDocument,
    "\n  query RuleSetVersions($jurisdictionId: ID!) {\n    ruleSets(jurisdictionId: $jurisdictionId) {\n      id\n      version\n      effectiveFrom\n      note\n      createdAt\n      settings\n    }\n  }\n": types.RuleSetVersionsDocument,
    "\n  query RuleSettingsDefaults {\n    ruleSettingsDefaults\n  }\n": types.RuleSettingsDefaultsDocument,
    "\n  mutation PublishRuleSet($input: PublishRuleSetInput!) {\n    publishRuleSet(input: $input) {\n      id\n      version\n      effectiveFrom\n    }\n  }\n": types.PublishRuleSetDocument,
    "\n  fragment SelectionRecordFields on SelectionRecord {\n    cadreId\n    name\n    personNo\n    organisationName\n    post\n    rankLevel\n    birthDate\n    tookPostOn\n    years {\n      year\n      grade\n      versions\n      organisationName\n      postTitle\n      score\n    }\n    counters {\n      asOfYear\n      excellentLast3\n      excellentLast5\n      consecutiveExcellent\n      basicallyCompetentLast5\n      incompetentLast5\n      latestGrade\n      latestYear\n    }\n    regular {\n      fromYear\n      toYear\n      assessed\n      good\n      fair\n      average\n      poor\n    }\n    blocked\n    blockers {\n      kind\n      since\n      until\n    }\n    latestScore\n    latestScoreYear\n    promotions {\n      id\n      kind\n      promotedOn\n      post\n      excellentBefore\n    }\n  }\n": types.SelectionRecordFieldsFragmentDoc,
    "\n  query SelectionRecord($cadreId: ID!) {\n    selectionRecord(cadreId: $cadreId) {\n      ...SelectionRecordFields\n    }\n  }\n": types.SelectionRecordDocument,
    "\n  query CandidateSearch($input: CandidateSearchInput!, $first: Int, $after: String) {\n    candidateSearch(input: $input, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        place\n        cadreId\n        name\n        organisationName\n        post\n        rankLevel\n        blocked\n        counters {\n          asOfYear\n          excellentLast3\n          excellentLast5\n          consecutiveExcellent\n          latestGrade\n          latestYear\n        }\n      }\n    }\n  }\n": types.CandidateSearchDocument,
    "\n  query CandidateLists($first: Int, $after: String) {\n    candidateLists(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        purpose\n        organisationId\n        organisationName\n        createdAt\n        memberCount\n        version\n      }\n    }\n  }\n": types.CandidateListsDocument,
    "\n  query CandidateList($id: ID!) {\n    candidateList(id: $id) {\n      id\n      name\n      purpose\n      organisationName\n      memberCount\n      version\n      members {\n        ...SelectionRecordFields\n      }\n    }\n  }\n": types.CandidateListDocument,
    "\n  mutation PrintCandidateList($id: ID!) {\n    printCandidateList(id: $id) {\n      id\n      members {\n        cadreId\n      }\n    }\n  }\n": types.PrintCandidateListDocument,
    "\n  mutation CreateCandidateList($input: CreateCandidateListInput!) {\n    createCandidateList(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.CreateCandidateListDocument,
    "\n  mutation ChangeCandidateList($input: ChangeCandidateListInput!) {\n    changeCandidateList(input: $input) {\n      id\n      memberCount\n      version\n    }\n  }\n": types.ChangeCandidateListDocument,
    "\n  mutation RecordPromotion($input: RecordPromotionInput!) {\n    recordPromotion(input: $input) {\n      id\n      excellentBefore\n    }\n  }\n": types.RecordPromotionDocument,
    "\n  query PromotionShares($organisationId: ID, $fromYear: Int!, $toYear: Int!) {\n    promotionExcellentShares(organisationId: $organisationId, fromYear: $fromYear, toYear: $toYear) {\n      year\n      organisationName\n      promoted\n      withExcellent\n      share\n    }\n  }\n": types.PromotionSharesDocument,
    "\n  query Promotions($year: Int, $first: Int, $after: String) {\n    promotions(year: $year, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        cadreId\n        cadreName\n        kind\n        promotedOn\n        organisationName\n        post\n        excellentBefore\n      }\n    }\n  }\n": types.PromotionsDocument,
    "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      email\n      delivery\n      mailEnabled\n      digestHour\n    }\n  }\n": types.MyNotificationSettingsDocument,
    "\n  mutation SetMyNotificationSettings($input: NotificationSettingsInput!) {\n    setMyNotificationSettings(input: $input) {\n      email\n      delivery\n      mailEnabled\n      digestHour\n    }\n  }\n": types.SetMyNotificationSettingsDocument,
    "\n  query Vocabulary {\n    vocabulary {\n      errorCodes\n      penaltyKinds\n      outcomeKinds\n      faultToleranceOutcomes\n      toleranceDistinctions\n      faultToleranceOrigins\n      accusationSources\n      pointFindings\n      clearingMethods\n      clearingScopes\n      reviewDecisions\n      raterGroups\n      opinionSources\n      penaltyCategories\n      resultSources\n      overallVotes\n      schemeDimensions\n      indicatorWeightings\n      indicatorDirections\n      scoringMethods\n      dataSourceKinds\n      gradeScales {\n        scale\n        grades\n      }\n      nonGradeResults\n      assessmentEvents\n      cycleEvents\n      reviewCaseEvents\n      faultToleranceEvents\n      accusationEvents\n      outcomeTaskEvents\n      faultToleranceStates\n      reviewCaseStates\n      accusationStates\n      outcomeTaskStates\n      trainingStates\n    }\n  }\n": types.VocabularyDocument,
    "\n  fragment SurveyFields on SurveyView {\n    id\n    cycleId\n    year\n    kind\n    title\n    firm\n    state\n    fieldworkFrom\n    fieldworkTo\n    questionnaireVersion\n    totalResponses\n    shortfalls\n    publishedAt\n    questions {\n      code\n      text\n      weight\n    }\n    sample {\n      organisationId\n      organisationName\n      organisationCode\n      target\n      responses\n      score\n      sd\n      margin\n      shortfall\n      origin\n      ratingScore\n    }\n  }\n": types.SurveyFieldsFragmentDoc,
    "\n  query Surveys($cycleId: ID!) {\n    surveys(cycleId: $cycleId) {\n      id\n      kind\n      title\n      firm\n      state\n      fieldworkFrom\n      fieldworkTo\n      totalResponses\n      shortfalls\n    }\n  }\n": types.SurveysDocument,
    "\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n  }\n": types.SurveyDocument,
    "\n  mutation PlanSurvey($input: PlanSurveyInput!) {\n    planSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n": types.PlanSurveyDocument,
    "\n  mutation StartSurveyFieldwork($id: ID!) {\n    startSurveyFieldwork(id: $id) {\n      ...SurveyFields\n    }\n  }\n": types.StartSurveyFieldworkDocument,
    "\n  mutation CloseSurveyFieldwork($id: ID!) {\n    closeSurveyFieldwork(id: $id) {\n      ...SurveyFields\n    }\n  }\n": types.CloseSurveyFieldworkDocument,
    "\n  mutation PublishSurvey($id: ID!) {\n    publishSurvey(id: $id) {\n      ...SurveyFields\n    }\n  }\n": types.PublishSurveyDocument,
    "\n  mutation ImportSurveyResults($input: ImportSurveyResultsInput!) {\n    importSurveyResults(input: $input) {\n      ...SurveyFields\n    }\n  }\n": types.ImportSurveyResultsDocument,
    "\n  mutation EnterSurveyResult($input: EnterSurveyResultInput!) {\n    enterSurveyResult(input: $input) {\n      ...SurveyFields\n    }\n  }\n": types.EnterSurveyResultDocument,
    "\n  query ServiceRatings($year: Int!) {\n    serviceRatings(year: $year) {\n      organisationId\n      organisationName\n      organisationCode\n      year\n      periods\n      verySatisfied\n      satisfied\n      basicallySatisfied\n      dissatisfied\n      veryDissatisfied\n      good\n      bad\n      score\n    }\n  }\n": types.ServiceRatingsDocument,
    "\n  mutation ImportServiceRatings($input: ImportServiceRatingsInput!) {\n    importServiceRatings(input: $input)\n  }\n": types.ImportServiceRatingsDocument,
    "\n  query SurveyOrganisations($first: Int!) {\n    organisations(first: $first) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n  }\n": types.SurveyOrganisationsDocument,
    "\n  fragment ExternalIdentityFields on ExternalIdentity {\n    id\n    issuer\n    subject\n    linkedAt\n    matchedByClaim\n  }\n": types.ExternalIdentityFieldsFragmentDoc,
    "\n  query UserExternalIdentities($search: String!) {\n    users(search: $search, first: 20) {\n      nodes {\n        id\n        externalIdentities {\n          ...ExternalIdentityFields\n        }\n      }\n    }\n  }\n": types.UserExternalIdentitiesDocument,
    "\n  mutation LinkExternalIdentity($input: LinkExternalIdentityInput!) {\n    linkExternalIdentity(input: $input) {\n      id\n      externalIdentities {\n        ...ExternalIdentityFields\n      }\n    }\n  }\n": types.LinkExternalIdentityDocument,
    "\n  mutation UnlinkExternalIdentity($identityId: ID!) {\n    unlinkExternalIdentity(identityId: $identityId) {\n      id\n      externalIdentities {\n        ...ExternalIdentityFields\n      }\n    }\n  }\n": types.UnlinkExternalIdentityDocument,
    "\n  fragment UserRowFields on UserAccount {\n    id\n    username\n    displayName\n    cadreId\n    email\n    cadrePersonNo\n    disabled\n    mustChangePassword\n    lockedUntil\n    createdAt\n    version\n    roles {\n      id\n      role\n      createdAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.UserRowFieldsFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      nodes {\n        ...UserRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      ...UserRowFields\n    }\n  }\n": types.AssignRoleDocument,
    "\n  mutation RevokeRole($assignmentId: ID!) {\n    revokeRole(assignmentId: $assignmentId) {\n      ...UserRowFields\n    }\n  }\n": types.RevokeRoleDocument,
    "\n  mutation UnlockUser($userId: ID!) {\n    unlockUser(userId: $userId) {\n      ...UserRowFields\n    }\n  }\n": types.UnlockUserDocument,
    "\n  mutation SetUserEmail($userId: ID!, $email: String) {\n    setUserEmail(userId: $userId, email: $email) {\n      ...UserRowFields\n    }\n  }\n": types.SetUserEmailDocument,
    "\n  mutation LinkUserToCadre($input: LinkUserToCadreInput!) {\n    linkUserToCadre(input: $input) {\n      ...UserRowFields\n    }\n  }\n": types.LinkUserToCadreDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordPolicy {\n    passwordPolicy {\n      minLength\n      minClasses\n      expiryDays\n    }\n  }\n"): typeof import('./graphql').PasswordPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInHistory($userId: ID, $first: Int!, $after: String) {\n    signInHistory(userId: $userId, first: $first, after: $after) {\n      nodes {\n        id\n        occurredAt\n        action\n        succeeded\n        ip\n        userAgent\n        method\n        actorUsername\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').SignInHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccountsForUnit($input: CreateAccountsForUnitInput!) {\n    createAccountsForUnit(input: $input) {\n      created {\n        userId\n        username\n        oneTimePassword\n        displayName\n        cadreId\n        personNo\n        organisationName\n      }\n      skipped {\n        cadreId\n        name\n        personNo\n        organisationName\n        reason\n        username\n      }\n      skippedCount\n      signInUrl\n    }\n  }\n"): typeof import('./graphql').CreateAccountsForUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($userId: ID!) {\n    resetPassword(userId: $userId) {\n      oneTimePassword\n      user {\n        ...UserRowFields\n      }\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      ...UserRowFields\n    }\n  }\n"): typeof import('./graphql').DisableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      ...UserRowFields\n    }\n  }\n"): typeof import('./graphql').EnableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountCadreCandidates($search: String!) {\n    accountCadreCandidates(search: $search, first: 20) {\n      cadreId\n      personNo\n      name\n      organisationName\n      post\n      username\n    }\n  }\n"): typeof import('./graphql').AccountCadreCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnouncingCycles {\n    cycles {\n      id\n      kind\n      name\n      year\n      state\n    }\n  }\n"): typeof import('./graphql').AnnouncingCyclesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DistributionFields on ResultsDistributionView {\n    teams\n    teamsExcellent\n    teamsGood\n    teamsAverage\n    teamsPoor\n    teamsUndecided\n    cadres\n    cadresExcellent\n    cadresCompetent\n    cadresBasicallyCompetent\n    cadresIncompetent\n    cadresNotGraded\n    cadresUndecided\n    excellentTeamPercent\n    rectificationTeamPercent\n    excellentCadrePercent\n  }\n"): typeof import('./graphql').DistributionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DistributionGroupFields on ResultsDistributionGroupView {\n    key\n    name\n    teams\n    teamsExcellent\n    teamsGood\n    teamsAverage\n    teamsPoor\n    teamsUndecided\n    cadres\n    cadresExcellent\n    cadresCompetent\n    cadresBasicallyCompetent\n    cadresIncompetent\n    cadresNotGraded\n    cadresUndecided\n    excellentTeamPercent\n    rectificationTeamPercent\n    excellentCadrePercent\n  }\n"): typeof import('./graphql').DistributionGroupFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportTeamFields on ReportTeamListView {\n    totalCount\n    nodes {\n      assessmentId\n      organisationId\n      organisationName\n      kind\n      category\n      regionName\n      grade\n    }\n  }\n"): typeof import('./graphql').ReportTeamFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResultsReport($cycleId: ID!, $organisationId: ID, $category: OrganisationCategory) {\n    resultsReport(cycleId: $cycleId, organisationId: $organisationId, category: $category) {\n      cycleId\n      organisationId\n      organisationName\n      category\n      total {\n        ...DistributionFields\n      }\n      regions {\n        ...DistributionGroupFields\n      }\n      categories {\n        ...DistributionGroupFields\n      }\n      excellentTeams {\n        ...ReportTeamFields\n      }\n      rectificationTeams {\n        ...ReportTeamFields\n      }\n      outstandingRegions {\n        ...ReportTeamFields\n      }\n      bonusCoefficients {\n        grade\n        coefficient\n      }\n    }\n  }\n"): typeof import('./graphql').ResultsReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnouncementLists($cycleId: ID!) {\n    announcementLists(cycleId: $cycleId) {\n      cycleId\n      kind\n      number\n      issuedOn\n      entryCount\n      entries {\n        assessmentId\n        name\n        organisationName\n        post\n        grade\n        firstYear\n        lastYear\n      }\n    }\n  }\n"): typeof import('./graphql').AnnouncementListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueAnnouncementList($input: IssueAnnouncementListInput!) {\n    issueAnnouncementList(input: $input) {\n      cycleId\n      kind\n      number\n      issuedOn\n    }\n  }\n"): typeof import('./graphql').IssueAnnouncementListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSelfReport($input: ActionInput!) {\n    submitSelfReport(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').SubmitSelfReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnSelfReport($input: ReasonActionInput!) {\n    returnSelfReport(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').ReturnSelfReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptSelfReport($input: ActionInput!) {\n    acceptSelfReport(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').AcceptSelfReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRefusal($input: ReasonActionInput!) {\n    recordRefusal(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').RecordRefusalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenBallots($input: ActionInput!) {\n    openBallots(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').OpenBallotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseBallots($input: ActionInput!, $turnoutException: TurnoutExceptionInput) {\n    closeBallots(input: $input, turnoutException: $turnoutException) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').CloseBallotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordTalk($input: RecordTalkInput!) {\n    recordTalk(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').RecordTalkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordOpinion($input: RecordOpinionInput!) {\n    recordOpinion(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').RecordOpinionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteEvaluation($input: ActionInput!) {\n    completeEvaluation(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').CompleteEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeGrade($input: ProposeGradeInput!) {\n    proposeGrade(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').ProposeGradeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveGrade($input: ApproveGradeInput!) {\n    approveGrade(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').ApproveGradeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeGrade($input: ChangeGradeInput!) {\n    changeGrade(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').ChangeGradeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendBackProposal($input: SendBackInput!) {\n    sendBackProposal(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').SendBackProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenPublicNotice($input: OpenNoticeInput!) {\n    openPublicNotice(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').OpenPublicNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LodgeObjection($input: LodgeObjectionInput!) {\n    lodgeObjection(input: $input) {\n      assessmentId\n      receivedAt\n      objectionId\n      attachmentToken\n    }\n  }\n"): typeof import('./graphql').LodgeObjectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvestigateObjection($input: ObjectionDecisionInput!) {\n    investigateObjection(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').InvestigateObjectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpholdObjection($input: ObjectionDecisionInput!) {\n    upholdObjection(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').UpholdObjectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissObjection($input: ObjectionDecisionInput!) {\n    dismissObjection(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').DismissObjectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePublicNotice($input: ActionInput!) {\n    closePublicNotice(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').ClosePublicNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueWrittenNotice($input: ActionInput!) {\n    issueWrittenNotice(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').IssueWrittenNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignWrittenNotice($input: SignNoticeInput!) {\n    signWrittenNotice(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').SignWrittenNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveFeedback($input: FeedbackInput!) {\n    giveFeedback(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').GiveFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileAssessment($input: ActionInput!) {\n    fileAssessment(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').FileAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSummary($input: ActionInput!) {\n    submitSummary(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').SubmitSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteFactFinding($input: ActionInput!) {\n    completeFactFinding(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').CompleteFactFindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Appraise($input: AppraiseInput!) {\n    appraise(input: $input) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').AppraiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentCoreFields on Assessment {\n    id\n    kind\n    state\n    version\n    overlay\n    proposedGrade\n    finalGrade\n    dueAt\n    dueEvent\n    availableActions\n    context\n    updatedAt\n    objections {\n      id\n      content\n      status\n      finding\n      lodgedAt\n      decidedAt\n    }\n  }\n"): typeof import('./graphql').AssessmentCoreFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentSummaryFields on Assessment {\n    ...AssessmentCoreFields\n    cadre {\n      id\n      name\n      post\n      rankLevel\n    }\n    organisation {\n      id\n      name\n      teamReportAuthor {\n        id\n        name\n        post\n      }\n    }\n    cycle {\n      id\n      name\n      year\n      kind\n    }\n  }\n"): typeof import('./graphql').AssessmentSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LifecycleFields on LifecycleView {\n    machine\n    current\n    nodes {\n      id\n      parent\n      description\n      final\n      current\n    }\n    edges {\n      from\n      to\n      event\n      guard\n    }\n  }\n"): typeof import('./graphql').LifecycleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HistoryFields on AuditEntry {\n    id\n    occurredAt\n    action\n    actorName\n    actorRole\n    fromState\n    toState\n    payload\n  }\n"): typeof import('./graphql').HistoryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SelfReportFields on SelfReport {\n    workSummary\n    dutiesAndTargets\n    responsibilityStatement\n    integrityStatement\n    draftVersion\n    draftSavedAt\n    submittedAt\n    attachments {\n      ...AttachmentFields\n    }\n  }\n"): typeof import('./graphql').SelfReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentDetail($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentSummaryFields\n      objections {\n        id\n        attachments {\n          ...AttachmentFields\n        }\n      }\n      teamAssessmentId\n      team {\n        id\n        state\n        proposedGrade\n        finalGrade\n      }\n      members {\n        id\n        state\n        overlay\n        proposedGrade\n        finalGrade\n        cadre {\n          id\n          name\n          post\n        }\n      }\n      selfReport {\n        ...SelfReportFields\n      }\n      evaluationRecords {\n        id\n        kind\n        source\n        summary\n        recordedAt\n      }\n      turnoutException {\n        reason\n        recordedBy\n        recordedAt\n        invited\n        returned\n        turnoutPercent\n        minimumTurnoutPercent\n      }\n      gradingResult {\n        ...GradingResultFields\n      }\n      lifecycle {\n        ...LifecycleFields\n      }\n      historyPage(first: 200) {\n        nodes {\n          ...HistoryFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AssessmentDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelfReportOf($id: ID!) {\n    assessment(id: $id) {\n      id\n      version\n      availableActions\n      selfReport {\n        ...SelfReportFields\n      }\n    }\n  }\n"): typeof import('./graphql').SelfReportOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentSummary($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').AssessmentSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Assessments($first: Int!, $after: String, $cycleId: ID, $organisationId: ID, $state: String, $grade: String, $kind: AssessmentKind, $cadreId: ID) {\n    assessments(first: $first, after: $after, cycleId: $cycleId, organisationId: $organisationId, state: $state, grade: $grade, kind: $kind, cadreId: $cadreId) {\n      nodes {\n        ...AssessmentSummaryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').AssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkQueue($first: Int!, $after: String) {\n    workQueue(first: $first, after: $after) {\n      nodes {\n        ...AssessmentSummaryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').WorkQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkQueueCount {\n    workQueue(first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').WorkQueueCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAssessments {\n    myAssessments {\n      ...AssessmentSummaryFields\n      selfReport {\n        ...SelfReportFields\n      }\n    }\n  }\n"): typeof import('./graphql').MyAssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($first: Int!, $after: String) {\n    myNotifications(first: $first, after: $after) {\n      unread\n      endCursor\n      nodes {\n        id\n        kind\n        assessmentId\n        createdAt\n        readAt\n        payload\n      }\n    }\n  }\n"): typeof import('./graphql').MyNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSelfReportDraft($input: SelfReportDraftInput!) {\n    saveSelfReportDraft(input: $input) {\n      ...SelfReportFields\n    }\n  }\n"): typeof import('./graphql').SaveSelfReportDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicNotices {\n    publicNotices {\n      assessmentId\n      subject\n      post\n      organisationName\n      grade\n      startsOn\n      endsOn\n    }\n  }\n"): typeof import('./graphql').PublicNoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GradingResultFields on GradingResultView {\n    version\n    grade\n    score\n    components {\n      key\n      weight\n      value\n      contribution\n      source\n      surveySource {\n        surveys {\n          surveyId\n          title\n          responses\n          margin\n        }\n        rating {\n          score\n          sharePercent\n        }\n      }\n    }\n    gates {\n      code\n      effect\n      detail\n    }\n    flags\n    quota\n    evaluation\n    computedAt\n  }\n"): typeof import('./graphql').GradingResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($first: Int!, $after: String) {\n    assessments(first: $first, after: $after, state: \"committeeReview\") {\n      nodes {\n        ...AssessmentSummaryFields\n        gradingResult {\n          ...GradingResultFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamReportCandidates($organisationId: ID!) {\n    cadres(first: 100, organisationId: $organisationId, includeSubtree: false) {\n      nodes {\n        id\n        name\n        post\n      }\n    }\n  }\n"): typeof import('./graphql').TeamReportCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DesignateTeamReportAuthor($input: DesignateTeamReportAuthorInput!) {\n    designateTeamReportAuthor(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').DesignateTeamReportAuthorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttachmentFields on Attachment {\n    id\n    name\n    size\n    mediaType\n    uploadedAt\n    uploaderName\n    url\n    canDelete\n  }\n"): typeof import('./graphql').AttachmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttachmentLimits {\n    attachmentLimits {\n      maxBytes\n      maxPerOwner\n      maxPerObjection\n      extensions\n    }\n  }\n"): typeof import('./graphql').AttachmentLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAttachment($input: DeleteAttachmentInput!) {\n    deleteAttachment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeleteAttachmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog(\n    $first: Int!\n    $after: String\n    $entityType: String\n    $entityId: String\n    $action: String\n    $actor: String\n    $organisationId: ID\n    $from: DateTimeISO\n    $to: DateTimeISO\n  ) {\n    auditLog(first: $first, after: $after, entityType: $entityType, entityId: $entityId, action: $action, actor: $actor, organisationId: $organisationId, from: $from, to: $to) {\n      nodes {\n        id\n        occurredAt\n        actorUserId\n        actorName\n        actorRole\n        action\n        entityType\n        entityId\n        subjectName\n        seq\n        fromState\n        toState\n        fromVersion\n        payload\n        hash\n        prevHash\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditChain($entityType: String, $entityId: String) {\n    verifyAuditChain(entityType: $entityType, entityId: $entityId) {\n      ok\n      rowsChecked\n      streamsChecked\n      brokenEntryId\n      reason\n    }\n  }\n"): typeof import('./graphql').VerifyAuditChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditVocabulary {\n    vocabulary {\n      auditEntityTypes\n      auditActions\n    }\n  }\n"): typeof import('./graphql').AuditVocabularyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInOptions {\n    signInOptions {\n      identityProvider {\n        displayName\n        startPath\n        issuer\n        passwordForLinkedAccounts\n      }\n    }\n  }\n"): typeof import('./graphql').SignInOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on ViewerView {\n    userId\n    username\n    displayName\n    cadreId\n    permissions\n    passwordChangeRequired\n    grants {\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ViewerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession {\n    endSession {\n      providerSignOutUrl\n    }\n  }\n"): typeof import('./graphql').EndSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBallotInvitations {\n    myBallotInvitations {\n      assessmentId\n      group\n      state\n      kind\n      subject\n      post\n      organisationName\n      cycleName\n      overallVotes\n    }\n  }\n"): typeof import('./graphql').MyBallotInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastBallot($input: CastBallotInput!) {\n    castBallot(input: $input)\n  }\n"): typeof import('./graphql').CastBallotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BusinessAssessmentFields on BusinessAssessmentView {\n    id\n    cycleId\n    name\n    departmentId\n    departmentName\n    coversTeams\n    coversCadres\n    organisationKinds\n    mode\n    weight\n    inspectionsPerUnit\n    unitsCovered\n    resultsEntered\n    declaredAt\n  }\n"): typeof import('./graphql').BusinessAssessmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleBusiness($cycleId: ID!) {\n    businessAssessments(cycleId: $cycleId) {\n      ...BusinessAssessmentFields\n    }\n    businessAssessmentReport(cycleId: $cycleId) {\n      absorbed\n      unitsCovered\n      resultsEntered\n      resultsMissing\n      inspectionsReplaced\n      lines {\n        id\n        name\n        departmentName\n        mode\n        unitsCovered\n        resultsEntered\n        resultsMissing\n        failed\n        inspectionsReplaced\n      }\n    }\n  }\n"): typeof import('./graphql').CycleBusinessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBusiness {\n    myBusinessAssessments {\n      ...BusinessAssessmentFields\n    }\n  }\n"): typeof import('./graphql').MyBusinessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BusinessUnits($id: ID!) {\n    businessAssessmentUnits(businessAssessmentId: $id) {\n      organisationId\n      organisationCode\n      organisationName\n      version\n      score\n      passed\n      note\n      recordedByName\n      recordedAt\n    }\n  }\n"): typeof import('./graphql').BusinessUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareBusiness($input: DeclareBusinessAssessmentInput!) {\n    declareBusinessAssessment(input: $input)\n  }\n"): typeof import('./graphql').DeclareBusinessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterBusinessResults($input: EnterBusinessResultsInput!) {\n    enterBusinessResults(input: $input)\n  }\n"): typeof import('./graphql').EnterBusinessResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportBusinessResults($input: ImportBusinessResultsInput!) {\n    importBusinessResults(input: $input)\n  }\n"): typeof import('./graphql').ImportBusinessResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cadres(\n    $first: Int!\n    $after: String\n    $organisationId: ID\n    $includeSubtree: Boolean\n    $search: String\n    $rankLevel: RankLevel\n    $positionType: PositionType\n    $employmentStatus: EmploymentStatus\n  ) {\n    cadres: searchCadres(\n      first: $first\n      after: $after\n      organisationId: $organisationId\n      includeSubtree: $includeSubtree\n      search: $search\n      rankLevel: $rankLevel\n      positionType: $positionType\n      employmentStatus: $employmentStatus\n    ) {\n      nodes {\n        id\n        name\n        post\n        rankLevel\n        positionType\n        employmentStatus\n        teamMember\n        organisation {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').CadresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CadreDetailFields on Cadre {\n    id\n    name\n    personNo\n    gender\n    birthDate\n    post\n    rankLevel\n    positionType\n    population\n    tookPostOn\n    teamMember\n    employmentStatus\n    employmentStatusSince\n    version\n    updatedAt\n    organisation {\n      id\n      name\n    }\n    postings {\n      year\n      cycleName\n      assessmentId\n      organisationName\n      postTitle\n      rankLevel\n      finalGrade\n    }\n    managingOrganisation {\n      id\n      name\n    }\n    statusesOn\n    statusPeriods {\n      id\n      kind\n      startsOn\n      endsOn\n      note\n      createdAt\n    }\n  }\n"): typeof import('./graphql').CadreDetailFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CadreDetail($id: ID!) {\n    cadre(id: $id) {\n      ...CadreDetailFields\n    }\n  }\n"): typeof import('./graphql').CadreDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCadreStatus($input: RecordCadreStatusInput!) {\n    recordCadreStatus(input: $input) {\n      ...CadreDetailFields\n    }\n  }\n"): typeof import('./graphql').RecordCadreStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCadre($input: CreateCadreInput!) {\n    createCadre(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateCadreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCadre($input: UpdateCadreInput!) {\n    updateCadre(input: $input) {\n      ...CadreDetailFields\n    }\n  }\n"): typeof import('./graphql').UpdateCadreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveCadre($input: MoveCadreInput!) {\n    moveCadre(input: $input) {\n      ...CadreDetailFields\n    }\n  }\n"): typeof import('./graphql').MoveCadreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCadreEmploymentStatus($input: SetCadreEmploymentStatusInput!) {\n    setCadreEmploymentStatus(input: $input) {\n      ...CadreDetailFields\n    }\n  }\n"): typeof import('./graphql').SetCadreEmploymentStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetManagingJurisdiction($input: SetManagingJurisdictionInput!) {\n    setManagingJurisdiction(input: $input) {\n      ...CadreDetailFields\n    }\n  }\n"): typeof import('./graphql').SetManagingJurisdictionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingCalendar {\n    workingCalendar {\n      libraryYears\n      confirmedYears\n      coveredYears\n      missingYear\n      canManage\n      additions {\n        day\n      }\n      warnings {\n        year\n        since\n        urgent\n      }\n    }\n  }\n"): typeof import('./graphql').WorkingCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarWarnings {\n    workingCalendar {\n      warnings {\n        year\n        since\n        urgent\n      }\n    }\n  }\n"): typeof import('./graphql').CalendarWarningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarYear($year: Int!) {\n    calendarYear(year: $year) {\n      year\n      status\n      covered\n      confirmedBy\n      confirmedAt\n      days {\n        day\n        kind\n        name\n        source\n      }\n    }\n  }\n"): typeof import('./graphql').CalendarYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      day\n      kind\n      name\n    }\n  }\n"): typeof import('./graphql').SetCalendarDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmCalendarYear($year: Int!) {\n    confirmCalendarYear(year: $year)\n  }\n"): typeof import('./graphql').ConfirmCalendarYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseCoreFields on Case {\n    id\n    cadreId\n    organisationId\n    state\n    version\n    dueAt\n    dueEvent\n    createdAt\n    updatedAt\n    context\n  }\n"): typeof import('./graphql').CaseCoreFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewCaseFields on ReviewCase {\n    ...CaseCoreFields\n    assessmentId\n    route\n    availableActions\n    attachments {\n      ...AttachmentFields\n    }\n    cadre {\n      id\n      name\n      post\n    }\n  }\n"): typeof import('./graphql').ReviewCaseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FtCaseFields on FaultToleranceCase {\n    ...CaseCoreFields\n    penaltyId\n    origin\n    mistakeKey\n    outcome\n    availableActions\n    cadre {\n      id\n      name\n      post\n    }\n  }\n"): typeof import('./graphql').FtCaseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccusationFields on Accusation {\n    ...CaseCoreFields\n    source\n    concernsYear\n    negativeCode\n    receivedOn\n    countsAgainst\n    availableActions\n    cadre {\n      id\n      name\n      post\n    }\n  }\n"): typeof import('./graphql').AccusationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewCases($first: Int!, $after: String, $state: String, $cadreId: ID) {\n    reviewCases(first: $first, after: $after, state: $state, cadreId: $cadreId) {\n      nodes {\n        ...ReviewCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ReviewCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewCase($id: ID!) {\n    reviewCase(id: $id) {\n      ...ReviewCaseFields\n      lifecycle {\n        ...LifecycleFields\n      }\n      historyPage(first: 200) {\n        nodes {\n          ...HistoryFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaultToleranceCases($first: Int!, $after: String, $state: String, $cadreId: ID) {\n    faultToleranceCases(first: $first, after: $after, state: $state, cadreId: $cadreId) {\n      nodes {\n        ...FtCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').FaultToleranceCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaultToleranceCase($id: ID!) {\n    faultToleranceCase(id: $id) {\n      ...FtCaseFields\n      lifecycle {\n        ...LifecycleFields\n      }\n      historyPage(first: 200) {\n        nodes {\n          ...HistoryFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FaultToleranceCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accusations($first: Int!, $after: String, $state: String, $cadreId: ID) {\n    accusations(first: $first, after: $after, state: $state, cadreId: $cadreId) {\n      nodes {\n        ...AccusationFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').AccusationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyResultCases($id: ID!) {\n    assessment(id: $id) {\n      id\n      reviewWindow {\n        noticeOn\n        today\n        reviewable\n        reviewableGrades\n        reviewLastDay\n        directAppealLastDay\n        reviewRequestDays\n        directAppealDays\n        openCaseId\n        availableRoutes\n      }\n      reviewCases {\n        ...ReviewCaseFields\n      }\n      resultVersions {\n        version\n        grade\n        source\n        reason\n        decidedAt\n      }\n    }\n  }\n"): typeof import('./graphql').MyResultCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResultVersions($assessmentId: ID!) {\n    resultVersionsOf(assessmentId: $assessmentId) {\n      version\n      grade\n      previousGrade\n      source\n      reason\n      caseId\n      decidedRole\n      decidedAt\n    }\n  }\n"): typeof import('./graphql').ResultVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PenaltyFields on Penalty {\n    id\n    cadreId\n    kind\n    category\n    startedOn\n    decidedOn\n    effectiveUntil\n    tolerated\n    replacedBy\n    note\n    availableActions\n  }\n"): typeof import('./graphql').PenaltyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CadreCases($cadreId: ID!) {\n    penaltiesOf(cadreId: $cadreId) {\n      ...PenaltyFields\n    }\n    investigationsOf(cadreId: $cadreId) {\n      id\n      cadreId\n      startsOn\n      endsOn\n      conclusion\n      penaltyId\n      note\n      availableActions\n    }\n  }\n"): typeof import('./graphql').CadreCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPenalties($cadreId: ID!) {\n    penaltiesOf(cadreId: $cadreId) {\n      ...PenaltyFields\n    }\n    faultToleranceCases(first: 20, cadreId: $cadreId) {\n      nodes {\n        ...FtCaseFields\n      }\n    }\n  }\n"): typeof import('./graphql').MyPenaltiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CadrePick($search: String, $first: Int!) {\n    cadres(first: $first, search: $search, includeSubtree: true) {\n      nodes {\n        id\n        name\n        post\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CadrePickDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CadreName($id: ID!) {\n    cadre(id: $id) {\n      id\n      name\n      post\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CadreNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestReview($input: RequestReviewInput!) {\n    requestReview(input: $input) {\n      ...ReviewCaseFields\n    }\n  }\n"): typeof import('./graphql').RequestReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppealReview($input: AppealInput!) {\n    appealReview(input: $input) {\n      ...ReviewCaseFields\n    }\n  }\n"): typeof import('./graphql').AppealReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideReview($input: CaseRulingInput!) {\n    decideReview(input: $input) {\n      ...ReviewCaseFields\n    }\n  }\n"): typeof import('./graphql').DecideReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideAppeal($input: CaseRulingInput!) {\n    decideAppeal(input: $input) {\n      ...ReviewCaseFields\n    }\n  }\n"): typeof import('./graphql').DecideAppealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendAppeal($input: ExtendAppealInput!) {\n    extendAppeal(input: $input) {\n      ...ReviewCaseFields\n    }\n  }\n"): typeof import('./graphql').ExtendAppealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawReview($input: CaseActionInput!) {\n    withdrawReview(input: $input) {\n      ...ReviewCaseFields\n    }\n  }\n"): typeof import('./graphql').WithdrawReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenFaultTolerance($input: OpenFaultToleranceInput!) {\n    openFaultToleranceCase(input: $input) {\n      ...FtCaseFields\n    }\n  }\n"): typeof import('./graphql').OpenFaultToleranceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptFaultTolerance($input: CaseActionInput!) {\n    acceptFaultToleranceCase(input: $input) {\n      ...FtCaseFields\n    }\n  }\n"): typeof import('./graphql').AcceptFaultToleranceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseFaultTolerance($input: FtTextInput!) {\n    refuseFaultToleranceCase(input: $input) {\n      ...FtCaseFields\n    }\n  }\n"): typeof import('./graphql').RefuseFaultToleranceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteFaultToleranceInvestigation($input: FtTextInput!) {\n    completeFaultToleranceInvestigation(input: $input) {\n      ...FtCaseFields\n    }\n  }\n"): typeof import('./graphql').CompleteFaultToleranceInvestigationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideFaultTolerance($input: DecideFaultToleranceInput!) {\n    decideFaultToleranceCase(input: $input) {\n      ...FtCaseFields\n    }\n  }\n"): typeof import('./graphql').DecideFaultToleranceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveFaultToleranceFeedback($input: FtTextInput!) {\n    giveFaultToleranceFeedback(input: $input) {\n      ...FtCaseFields\n    }\n  }\n"): typeof import('./graphql').GiveFaultToleranceFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileFaultTolerance($input: FtTextInput!) {\n    fileFaultToleranceCase(input: $input) {\n      ...FtCaseFields\n    }\n  }\n"): typeof import('./graphql').FileFaultToleranceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFaultToleranceCorrection($input: FtTextInput!) {\n    recordFaultToleranceCorrection(input: $input) {\n      ...FtCaseFields\n    }\n  }\n"): typeof import('./graphql').RecordFaultToleranceCorrectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyFaultToleranceCorrection($input: CaseActionInput!) {\n    verifyFaultToleranceCorrection(input: $input) {\n      ...FtCaseFields\n    }\n  }\n"): typeof import('./graphql').VerifyFaultToleranceCorrectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAccusation($input: RecordAccusationInput!) {\n    recordAccusation(input: $input) {\n      ...AccusationFields\n    }\n  }\n"): typeof import('./graphql').RecordAccusationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyAccusation($input: VerifyAccusationInput!) {\n    verifyAccusation(input: $input) {\n      ...AccusationFields\n    }\n  }\n"): typeof import('./graphql').VerifyAccusationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearAccusation($input: ClearAccusationInput!) {\n    clearAccusation(input: $input) {\n      ...AccusationFields\n    }\n  }\n"): typeof import('./graphql').ClearAccusationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPenalty($input: PenaltyInput!) {\n    recordPenalty(input: $input)\n  }\n"): typeof import('./graphql').RecordPenaltyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAccountability($input: StartAccountabilityInput!) {\n    startAccountability(input: $input) {\n      ...PenaltyFields\n    }\n  }\n"): typeof import('./graphql').StartAccountabilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecidePenalty($input: DecidePenaltyInput!) {\n    decidePenalty(input: $input) {\n      ...PenaltyFields\n    }\n  }\n"): typeof import('./graphql').DecidePenaltyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenInvestigation($input: OpenInvestigationInput!) {\n    openInvestigation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').OpenInvestigationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseInvestigation($input: CloseInvestigationInput!) {\n    closeInvestigation(input: $input) {\n      id\n      conclusion\n    }\n  }\n"): typeof import('./graphql').CloseInvestigationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Corroboration($id: ID!, $cycleId: ID!) {\n    assessment(id: $id) {\n      id\n      state\n      corroboratingFindings {\n        id\n        source\n        findingType\n        findingTypeLabel\n        feeds\n        target\n        targetLabel\n        documentRef\n        foundOn\n        summary\n        state\n        stateNote\n        feedsGate\n        recordedBy\n        recordedAt\n        attachments {\n          ...AttachmentFields\n        }\n      }\n      vetoConsultations {\n        id\n        findingId\n        vetoItem\n        vetoItemLabel\n        department\n        question\n        requestedOn\n        dueOn\n        overdue\n        state\n        applies\n        answerReason\n        answeredBy\n        answeredOn\n        recordedBy\n        withdrawnReason\n      }\n    }\n    corroborationOptions(cycleId: $cycleId) {\n      consultationWorkingDays\n      findingTypes {\n        source\n        code\n        label\n        feeds\n        target\n        targetLabel\n      }\n      vetoItems {\n        code\n        label\n        effect\n      }\n    }\n  }\n"): typeof import('./graphql').CorroborationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFinding($input: FindingInput!) {\n    recordFinding(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordFindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFindingState($input: FindingStateInput!) {\n    setFindingState(input: $input) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').SetFindingStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestVetoConsultation($input: ConsultationRequestInput!) {\n    requestVetoConsultation(input: $input) {\n      id\n      dueOn\n    }\n  }\n"): typeof import('./graphql').RequestVetoConsultationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerVetoConsultation($input: ConsultationAnswerInput!) {\n    answerVetoConsultation(input: $input) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').AnswerVetoConsultationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawVetoConsultation($input: ConsultationWithdrawInput!) {\n    withdrawVetoConsultation(input: $input) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').WithdrawVetoConsultationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenVetoConsultations($first: Int!) {\n    openVetoConsultations(first: $first) {\n      id\n      assessmentId\n      subjectName\n      vetoItemLabel\n      department\n      dueOn\n      overdue\n    }\n  }\n"): typeof import('./graphql').OpenVetoConsultationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CycleRowFields on AssessmentCycle {\n    id\n    kind\n    name\n    year\n    quarter\n    task\n    state\n    version\n    availableActions\n    createdAt\n    organisation {\n      id\n      name\n    }\n    assessingOrganisation {\n      id\n      name\n    }\n    deadlines {\n      selfReportDue\n      evaluationDue\n      reviewDue\n      finishBy\n    }\n  }\n"): typeof import('./graphql').CycleRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cycles {\n    cycles {\n      ...CycleRowFields\n    }\n  }\n"): typeof import('./graphql').CyclesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleDetail($id: ID!) {\n    cycle(id: $id) {\n      ...CycleRowFields\n      ruleSetId\n      progress {\n        state\n        kind\n        count\n      }\n      lifecycle {\n        ...LifecycleFields\n      }\n      historyPage(first: 200) {\n        nodes {\n          ...HistoryFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CycleDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanCycle($input: PlanCycleInput!) {\n    planCycle(input: $input) {\n      ...CycleRowFields\n    }\n  }\n"): typeof import('./graphql').PlanCycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolInCycle($input: EnrolInput!) {\n    enrolInCycle(input: $input) {\n      ...CycleRowFields\n    }\n  }\n"): typeof import('./graphql').EnrolInCycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolInCycleWithReport($input: EnrolInput!) {\n    enrolInCycleWithReport(input: $input) {\n      cycle {\n        ...CycleRowFields\n      }\n      cadres\n      teams\n      skipped {\n        cadre {\n          id\n          name\n          post\n        }\n        organisation {\n          id\n          name\n        }\n        kind\n        reason\n        existingCycleId\n        existingCycleName\n        managingOrganisationName\n      }\n    }\n  }\n"): typeof import('./graphql').EnrolInCycleWithReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCycle($input: CycleActionInput!) {\n    openCycle(input: $input) {\n      ...CycleRowFields\n    }\n  }\n"): typeof import('./graphql').OpenCycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCycle($input: CycleActionInput!) {\n    closeCycle(input: $input) {\n      ...CycleRowFields\n    }\n  }\n"): typeof import('./graphql').CloseCycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCycle($input: CancelCycleInput!) {\n    cancelCycle(input: $input) {\n      ...CycleRowFields\n    }\n  }\n"): typeof import('./graphql').CancelCycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleKinds($id: ID!) {\n    cycle(id: $id) {\n      id\n      kind\n      year\n      settings\n      specialRule {\n        mode\n        threshold\n        points\n        gateEffect\n        bonusLimit\n        deductionLimit\n      }\n      termPeriod {\n        startsOn\n        endsOn\n      }\n    }\n  }\n"): typeof import('./graphql').CycleKindsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSpecialRule($input: SpecialRuleInput!) {\n    setSpecialRule(input: $input) {\n      mode\n    }\n  }\n"): typeof import('./graphql').SetSpecialRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTermPeriod($input: TermPeriodInput!) {\n    setTermPeriod(input: $input) {\n      startsOn\n    }\n  }\n"): typeof import('./graphql').SetTermPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentTerm($id: ID!) {\n    assessment(id: $id) {\n      id\n      kind\n      finalGrade\n      termTargets {\n        id\n        position\n        target\n        measure\n        achieved\n        score\n      }\n      termYears {\n        year\n        grade\n        assessmentId\n      }\n    }\n  }\n"): typeof import('./graphql').AssessmentTermDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTermTargets($input: TermTargetsInput!) {\n    setTermTargets(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetTermTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationInputOptions($cycleId: ID!) {\n    evaluationInputOptions(cycleId: $cycleId) {\n      scoreComponents\n      publicSurveyPercent\n      negativeList {\n        code\n        label\n      }\n    }\n  }\n"): typeof import('./graphql').EvaluationInputOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleScores($cycleId: ID!, $after: String, $first: Int!) {\n    assessments(cycleId: $cycleId, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        cadre {\n          id\n          name\n          post\n        }\n        organisation {\n          id\n          name\n        }\n        scoreInputs {\n          component\n          value\n          source\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CycleScoresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetScores($rows: [ScoreRowInput!]!) {\n    setScores(rows: $rows)\n  }\n"): typeof import('./graphql').SetScoresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportScores($csv: String!) {\n    importScores(csv: $csv)\n  }\n"): typeof import('./graphql').ImportScoresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentInputs($id: ID!) {\n    assessment(id: $id) {\n      id\n      version\n      kind\n      state\n      overlay\n      availableActions\n      cycle {\n        id\n      }\n      politicalReview {\n        rating\n        veto\n        note\n        recordedBy\n        recordedAt\n      }\n      negativeFindings {\n        id\n        code\n        note\n        cleared\n        recordedBy\n        recordedAt\n      }\n    }\n  }\n"): typeof import('./graphql').AssessmentInputsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPoliticalReview($input: PoliticalReviewInput!) {\n    recordPoliticalReview(input: $input)\n  }\n"): typeof import('./graphql').RecordPoliticalReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordNegativeFinding($input: NegativeFindingInput!) {\n    recordNegativeFinding(input: $input)\n  }\n"): typeof import('./graphql').RecordNegativeFindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOverlay($input: SetOverlayInput!) {\n    setOverlay(input: $input) {\n      id\n      overlay\n      version\n    }\n  }\n"): typeof import('./graphql').SetOverlayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteRaters($input: InviteRatersInput!) {\n    inviteRaters(input: $input)\n  }\n"): typeof import('./graphql').InviteRatersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PromotionBlockers($cadreId: ID!) {\n    promotionBlockers(cadreId: $cadreId) {\n      blocked\n      blockers {\n        kind\n        recordId\n        since\n        until\n      }\n      disregarded {\n        kind\n        recordId\n        since\n        until\n      }\n    }\n  }\n"): typeof import('./graphql').PromotionBlockersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolCadre($input: EnrolCadreInput!) {\n    enrolCadreInCycle(input: $input) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').EnrolCadreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIndicatorValue($input: IndicatorValueInput!) {\n    setIndicatorValue(input: $input)\n  }\n"): typeof import('./graphql').SetIndicatorValueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignResponsibilities($input: AssignResponsibilitiesInput!) {\n    assignIndicatorResponsibilities(input: $input)\n  }\n"): typeof import('./graphql').AssignResponsibilitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleSchemes($id: ID!) {\n    cycle(id: $id) {\n      id\n      indicatorSchemeVersions\n    }\n  }\n"): typeof import('./graphql').CycleSchemesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchemeIndicators($id: ID!) {\n    indicatorSchemeVersion(id: $id) {\n      id\n      name\n      category\n      tree\n    }\n  }\n"): typeof import('./graphql').SchemeIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GradingRunFields on GradingRunRecord {\n    id\n    cycleId\n    startedByName\n    status\n    phase\n    done\n    total\n    graded\n    byGrade {\n      grade\n      count\n    }\n    errorCode\n    queuedAt\n    startedAt\n    finishedAt\n  }\n"): typeof import('./graphql').GradingRunFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleGradingRuns($id: ID!) {\n    cycle(id: $id) {\n      id\n      state\n      gradingRuns(first: 5) {\n        ...GradingRunFields\n      }\n    }\n  }\n"): typeof import('./graphql').CycleGradingRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GradingRun($id: ID!) {\n    gradingRun(id: $id) {\n      ...GradingRunFields\n    }\n  }\n"): typeof import('./graphql').GradingRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartGradingRun($cycleId: ID!) {\n    startGradingRun(cycleId: $cycleId) {\n      ...GradingRunFields\n    }\n  }\n"): typeof import('./graphql').StartGradingRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GradingProposals($first: Int!, $after: String, $cycleId: ID!, $organisationId: ID, $engineGrade: String) {\n    assessments(first: $first, after: $after, cycleId: $cycleId, organisationId: $organisationId, engineGrade: $engineGrade, graded: true) {\n      nodes {\n        ...AssessmentSummaryFields\n        gradingResult {\n          ...GradingResultFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').GradingProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleQuotaRaises($id: ID!) {\n    cycle(id: $id) {\n      id\n      state\n      year\n      organisation {\n        id\n        name\n      }\n      quotaRule {\n        percent\n        raisedPercent\n      }\n      quotaRaises {\n        id\n        pool\n        organisationId\n        organisationName\n        rankLevel\n        approvedBy\n        documentRef\n        approvedOn\n        recordedByName\n        recordedAt\n      }\n    }\n  }\n"): typeof import('./graphql').CycleQuotaRaisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordQuotaRaise($input: QuotaRaiseInput!) {\n    recordQuotaRaise(input: $input)\n  }\n"): typeof import('./graphql').RecordQuotaRaiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeOrganisationCount {\n    organisations(first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').HomeOrganisationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeCadreCount {\n    cadres(first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').HomeCadreCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCadre($id: ID!) {\n    cadre(id: $id) {\n      id\n      name\n      post\n      rankLevel\n      positionType\n      tookPostOn\n      organisation {\n        id\n        name\n      }\n      statusesOn\n    }\n  }\n"): typeof import('./graphql').MyCadreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SchemeVersionFields on IndicatorSchemeVersionView {\n    id\n    schemeId\n    jurisdictionId\n    category\n    name\n    version\n    status\n    effectiveFrom\n    tree\n    note\n    createdAt\n    publishedAt\n    issues {\n      code\n      node\n      message\n    }\n  }\n"): typeof import('./graphql').SchemeVersionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorSchemeVersions($jurisdictionId: ID!) {\n    indicatorSchemeVersions(jurisdictionId: $jurisdictionId) {\n      ...SchemeVersionFields\n    }\n  }\n"): typeof import('./graphql').IndicatorSchemeVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveIndicatorSchemeDraft($input: SaveSchemeDraftInput!) {\n    saveIndicatorSchemeDraft(input: $input) {\n      ...SchemeVersionFields\n    }\n  }\n"): typeof import('./graphql').SaveIndicatorSchemeDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishIndicatorScheme($input: PublishSchemeInput!) {\n    publishIndicatorScheme(input: $input) {\n      ...SchemeVersionFields\n    }\n  }\n"): typeof import('./graphql').PublishIndicatorSchemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportIndicatorFile($input: ImportIndicatorFileInput!) {\n    importIndicatorFile(input: $input)\n  }\n"): typeof import('./graphql').ImportIndicatorFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationOption on Organisation {\n    id\n    name\n    code\n    depth\n    kind\n  }\n"): typeof import('./graphql').OrganisationOptionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOptions($search: String, $first: Int!) {\n    organisations(search: $search, first: $first) {\n      nodes {\n        ...OrganisationOption\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOptionById($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationOption\n    }\n  }\n"): typeof import('./graphql').OrganisationOptionByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($first: Int!, $after: String, $parentId: ID, $kind: OrganisationKind, $search: String, $includeRetired: Boolean) {\n    organisations(first: $first, after: $after, parentId: $parentId, kind: $kind, search: $search, includeRetired: $includeRetired) {\n      nodes {\n        ...OrganisationRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').OrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationCrumb($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      parentId\n    }\n  }\n"): typeof import('./graphql').OrganisationCrumbDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationRowFields on Organisation {\n    id\n    name\n    code\n    kind\n    category\n    depth\n    parentId\n    restrictedDevelopment\n    retiredOn\n    version\n  }\n"): typeof import('./graphql').OrganisationRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationRowFields\n    }\n  }\n"): typeof import('./graphql').CreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationRowFields\n    }\n  }\n"): typeof import('./graphql').UpdateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOrganisation($input: MoveOrganisationInput!) {\n    moveOrganisation(input: $input) {\n      ...OrganisationRowFields\n    }\n  }\n"): typeof import('./graphql').MoveOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireOrganisation($input: RetireOrganisationInput!) {\n    retireOrganisation(input: $input) {\n      ...OrganisationRowFields\n    }\n  }\n"): typeof import('./graphql').RetireOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutcomeTaskFields on OutcomeTask {\n    id\n    kind\n    subject\n    state\n    version\n    year\n    machineId\n    dueAt\n    dueEvent\n    availableActions\n    basis\n    context\n    createdAt\n    updatedAt\n    cadre {\n      id\n      name\n      post\n    }\n    organisation {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').OutcomeTaskFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomeTasks($first: Int!, $after: String, $state: String, $kind: OutcomeKind, $cycleId: ID, $organisationId: ID, $cadreId: ID) {\n    outcomeTasks(first: $first, after: $after, state: $state, kind: $kind, cycleId: $cycleId, organisationId: $organisationId, cadreId: $cadreId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...OutcomeTaskFields\n      }\n    }\n  }\n"): typeof import('./graphql').OutcomeTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomeWorkQueue($first: Int!, $after: String) {\n    outcomeWorkQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...OutcomeTaskFields\n      }\n    }\n  }\n"): typeof import('./graphql').OutcomeWorkQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomeTaskDetail($id: ID!) {\n    outcomeTask(id: $id) {\n      ...OutcomeTaskFields\n      assessment {\n        id\n        finalGrade\n        cycle {\n          id\n          name\n        }\n      }\n      lifecycle {\n        ...LifecycleFields\n      }\n      historyPage(first: 200) {\n        nodes {\n          ...HistoryFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OutcomeTaskDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CounterAlerts($first: Int!, $after: String, $counter: AlertCounter, $stage: AlertStage, $organisationId: ID, $year: Int) {\n    outcomeCounterAlerts(first: $first, after: $after, counter: $counter, stage: $stage, organisationId: $organisationId, year: $year) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        cadreId\n        counter\n        stage\n        value\n        threshold\n        latestYear\n        latestGrade\n        countedYears\n        cadre {\n          id\n          name\n          post\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CounterAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomeCycleOptions {\n    cycles {\n      id\n      name\n      year\n      kind\n    }\n  }\n"): typeof import('./graphql').OutcomeCycleOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CadreRecord($cadreId: ID!) {\n    cadre(id: $cadreId) {\n      id\n      name\n      post\n      organisation {\n        id\n        name\n      }\n    }\n    cadreRecord(cadreId: $cadreId) {\n      subject\n      results {\n        assessmentId\n        year\n        grade\n        decidedAt\n        proposedGrade\n        proposalComment\n        decision\n        changedFrom\n        changeReason\n        overlay\n        overlayReason\n        noticeStartsOn\n        noticeEndsOn\n        score\n        gates {\n          code\n          effect\n          detail\n        }\n      }\n      outcomes {\n        ...OutcomeTaskFields\n      }\n      counters {\n        key\n        value\n        threshold\n        asOf\n        countedYears\n        notCounted {\n          year\n          grade\n          why\n        }\n        explanation\n      }\n      blocked {\n        kind\n        year\n        statuses\n        explanation\n      }\n      timeline {\n        at\n        year\n        kind\n        entityId\n        status\n        title\n        item {\n          ... on YearResult {\n            grade\n            decision\n          }\n          ... on OutcomeTask {\n            id\n            kind\n            state\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CadreRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveOutcome($input: ApproveOutcomeInput!) {\n    approveOutcome(input: $input) {\n      ...OutcomeTaskFields\n    }\n  }\n"): typeof import('./graphql').ApproveOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CarryOutOutcome($input: OutcomeNoteInput!) {\n    carryOutOutcome(input: $input) {\n      ...OutcomeTaskFields\n    }\n  }\n"): typeof import('./graphql').CarryOutOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyOutcome($input: VerifyOutcomeInput!) {\n    verifyOutcome(input: $input) {\n      ...OutcomeTaskFields\n    }\n  }\n"): typeof import('./graphql').VerifyOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOutcome($input: CancelOutcomeInput!) {\n    cancelOutcome(input: $input) {\n      ...OutcomeTaskFields\n    }\n  }\n"): typeof import('./graphql').CancelOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolTraining($input: EnrolTrainingInput!) {\n    enrolTraining(input: $input) {\n      ...OutcomeTaskFields\n    }\n  }\n"): typeof import('./graphql').EnrolTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTraining($input: OutcomeNoteInput!) {\n    completeTraining(input: $input) {\n      ...OutcomeTaskFields\n    }\n  }\n"): typeof import('./graphql').CompleteTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrintCycle($id: ID!) {\n    cycle(id: $id) {\n      id\n      name\n      year\n      organisation {\n        id\n        name\n        issuingOrgan\n      }\n    }\n  }\n"): typeof import('./graphql').PrintCycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WrittenNoticeIssuer($id: ID!) {\n    assessment(id: $id) {\n      id\n      cycle {\n        id\n        organisation {\n          id\n          issuingOrgan\n        }\n      }\n      reviewWindow {\n        reviewable\n        reviewRequestDays\n      }\n    }\n  }\n"): typeof import('./graphql').WrittenNoticeIssuerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileYearFields on ProfileYearView {\n    year\n    cycleId\n    cycleName\n    assessmentId\n    proposedGrade\n    finalGrade\n    engineGrade\n    compositeScore\n    components {\n      key\n      value\n    }\n    ballotAverages {\n      ballots\n      morality\n      ability\n      diligence\n      results\n      integrity\n    }\n    dimensionScores {\n      dimension\n      score\n    }\n  }\n"): typeof import('./graphql').ProfileYearFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CadreProfile($cadreId: ID!) {\n    cadreProfile(cadreId: $cadreId) {\n      ...ProfileYearFields\n    }\n  }\n"): typeof import('./graphql').CadreProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamProfile($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n      parentId\n    }\n    teamProfile(organisationId: $organisationId) {\n      ...ProfileYearFields\n    }\n  }\n"): typeof import('./graphql').TeamProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RaterTurnout($cycleId: ID!, $organisationId: ID!) {\n    raterTurnout(cycleId: $cycleId, organisationId: $organisationId) {\n      assessmentId\n      kind\n      state\n      cadreName\n      organisationName\n      post\n      invitable\n      invitedTotal\n      returned\n      turnoutPercent\n      minimumTurnoutPercent\n      invited {\n        group\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').RaterTurnoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RaterCandidates($search: String, $organisationId: ID, $first: Int) {\n    raterCandidates(search: $search, organisationId: $organisationId, first: $first) {\n      totalCount\n      items {\n        userId\n        displayName\n        username\n        organisationName\n        post\n      }\n    }\n  }\n"): typeof import('./graphql').RaterCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteRatersToAssessments($input: InviteRatersToAssessmentsInput!) {\n    inviteRatersToAssessments(input: $input) {\n      added\n      alreadyInvited\n      skippedSelf\n    }\n  }\n"): typeof import('./graphql').InviteRatersToAssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleReport($cycleId: ID!, $organisationId: ID) {\n    cycleReport(cycleId: $cycleId, organisationId: $organisationId) {\n      cycleId\n      organisationId\n      gradeDistribution {\n        organisationId\n        organisationName\n        key\n        count\n      }\n      progress {\n        organisationId\n        organisationName\n        key\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').CycleReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleIndicators($cycleId: ID!, $organisationId: ID) {\n    cycleIndicators(cycleId: $cycleId, organisationId: $organisationId) {\n      organisationId\n      teams {\n        organisationId\n        organisationName\n        assessmentId\n        dimensions {\n          key\n          score\n        }\n        components {\n          key\n          score\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CycleIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotaPoolsOf($cycleId: ID!, $organisationIds: [ID!]!, $teams: Boolean!) {\n    quotaPoolsOf(cycleId: $cycleId, organisationIds: $organisationIds, teams: $teams) {\n      organisationId\n      organisationName\n      subject\n      rankLevel\n      graded\n      allowed\n      used\n      proposed\n      standing\n    }\n  }\n"): typeof import('./graphql').QuotaPoolsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotaSummary($cycleId: ID!, $organisationId: ID) {\n    quotaSummary(cycleId: $cycleId, organisationId: $organisationId) {\n      cycleId\n      organisationId\n      organisationName\n      pools\n      over\n      full\n      tight\n      open\n      none\n      used\n      allowed\n      regions {\n        organisationId\n        organisationName\n        pools\n        over\n        full\n        tight\n        open\n        none\n        used\n        allowed\n      }\n    }\n  }\n"): typeof import('./graphql').QuotaSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotaPoolPage($cycleId: ID!, $organisationId: ID, $standing: String, $first: Int!, $after: String) {\n    quotaPoolPage(cycleId: $cycleId, organisationId: $organisationId, standing: $standing, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        organisationId\n        organisationName\n        subject\n        rankLevel\n        graded\n        allowed\n        used\n        proposed\n        standing\n      }\n    }\n  }\n"): typeof import('./graphql').QuotaPoolPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RosterImportFields on RosterImportView {\n    id\n    fileName\n    status\n    version\n    retireMissing\n    organisationRows\n    cadreRows\n    statusRows\n    errorCount\n    added\n    changed\n    moved\n    retired\n  }\n"): typeof import('./graphql').RosterImportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterImportErrors($id: ID!, $after: String) {\n    rosterImport(id: $id) {\n      id\n      errors(first: 100, after: $after) {\n        nodes {\n          sheet\n          line\n          code\n          field\n          value\n          message\n        }\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').RosterImportErrorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterDifferences($id: ID!, $kind: RosterDifferenceKind, $after: String) {\n    rosterImport(id: $id) {\n      id\n      differences(first: 100, kind: $kind, after: $after) {\n        nodes {\n          entity\n          kind\n          code\n          name\n          line\n          changes {\n            field\n            old\n            new\n          }\n        }\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').RosterDifferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyRosterImport($id: ID!, $expectedVersion: String) {\n    applyRosterImport(id: $id, expectedVersion: $expectedVersion) {\n      ...RosterImportFields\n    }\n  }\n"): typeof import('./graphql').ApplyRosterImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardRosterImport($id: ID!) {\n    discardRosterImport(id: $id) {\n      ...RosterImportFields\n    }\n  }\n"): typeof import('./graphql').DiscardRosterImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EffectiveRuleSet($organisationId: ID!, $day: String!) {\n    effectiveRuleSet(organisationId: $organisationId, day: $day) {\n      jurisdictionId\n      settings\n      ruleSet {\n        id\n        version\n        effectiveFrom\n        jurisdiction {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EffectiveRuleSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleSetVersions($jurisdictionId: ID!) {\n    ruleSets(jurisdictionId: $jurisdictionId) {\n      id\n      version\n      effectiveFrom\n      note\n      createdAt\n      settings\n    }\n  }\n"): typeof import('./graphql').RuleSetVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleSettingsDefaults {\n    ruleSettingsDefaults\n  }\n"): typeof import('./graphql').RuleSettingsDefaultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishRuleSet($input: PublishRuleSetInput!) {\n    publishRuleSet(input: $input) {\n      id\n      version\n      effectiveFrom\n    }\n  }\n"): typeof import('./graphql').PublishRuleSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SelectionRecordFields on SelectionRecord {\n    cadreId\n    name\n    personNo\n    organisationName\n    post\n    rankLevel\n    birthDate\n    tookPostOn\n    years {\n      year\n      grade\n      versions\n      organisationName\n      postTitle\n      score\n    }\n    counters {\n      asOfYear\n      excellentLast3\n      excellentLast5\n      consecutiveExcellent\n      basicallyCompetentLast5\n      incompetentLast5\n      latestGrade\n      latestYear\n    }\n    regular {\n      fromYear\n      toYear\n      assessed\n      good\n      fair\n      average\n      poor\n    }\n    blocked\n    blockers {\n      kind\n      since\n      until\n    }\n    latestScore\n    latestScoreYear\n    promotions {\n      id\n      kind\n      promotedOn\n      post\n      excellentBefore\n    }\n  }\n"): typeof import('./graphql').SelectionRecordFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelectionRecord($cadreId: ID!) {\n    selectionRecord(cadreId: $cadreId) {\n      ...SelectionRecordFields\n    }\n  }\n"): typeof import('./graphql').SelectionRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateSearch($input: CandidateSearchInput!, $first: Int, $after: String) {\n    candidateSearch(input: $input, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        place\n        cadreId\n        name\n        organisationName\n        post\n        rankLevel\n        blocked\n        counters {\n          asOfYear\n          excellentLast3\n          excellentLast5\n          consecutiveExcellent\n          latestGrade\n          latestYear\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CandidateSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateLists($first: Int, $after: String) {\n    candidateLists(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        purpose\n        organisationId\n        organisationName\n        createdAt\n        memberCount\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').CandidateListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateList($id: ID!) {\n    candidateList(id: $id) {\n      id\n      name\n      purpose\n      organisationName\n      memberCount\n      version\n      members {\n        ...SelectionRecordFields\n      }\n    }\n  }\n"): typeof import('./graphql').CandidateListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrintCandidateList($id: ID!) {\n    printCandidateList(id: $id) {\n      id\n      members {\n        cadreId\n      }\n    }\n  }\n"): typeof import('./graphql').PrintCandidateListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCandidateList($input: CreateCandidateListInput!) {\n    createCandidateList(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): typeof import('./graphql').CreateCandidateListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeCandidateList($input: ChangeCandidateListInput!) {\n    changeCandidateList(input: $input) {\n      id\n      memberCount\n      version\n    }\n  }\n"): typeof import('./graphql').ChangeCandidateListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPromotion($input: RecordPromotionInput!) {\n    recordPromotion(input: $input) {\n      id\n      excellentBefore\n    }\n  }\n"): typeof import('./graphql').RecordPromotionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PromotionShares($organisationId: ID, $fromYear: Int!, $toYear: Int!) {\n    promotionExcellentShares(organisationId: $organisationId, fromYear: $fromYear, toYear: $toYear) {\n      year\n      organisationName\n      promoted\n      withExcellent\n      share\n    }\n  }\n"): typeof import('./graphql').PromotionSharesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Promotions($year: Int, $first: Int, $after: String) {\n    promotions(year: $year, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        cadreId\n        cadreName\n        kind\n        promotedOn\n        organisationName\n        post\n        excellentBefore\n      }\n    }\n  }\n"): typeof import('./graphql').PromotionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      email\n      delivery\n      mailEnabled\n      digestHour\n    }\n  }\n"): typeof import('./graphql').MyNotificationSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyNotificationSettings($input: NotificationSettingsInput!) {\n    setMyNotificationSettings(input: $input) {\n      email\n      delivery\n      mailEnabled\n      digestHour\n    }\n  }\n"): typeof import('./graphql').SetMyNotificationSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Vocabulary {\n    vocabulary {\n      errorCodes\n      penaltyKinds\n      outcomeKinds\n      faultToleranceOutcomes\n      toleranceDistinctions\n      faultToleranceOrigins\n      accusationSources\n      pointFindings\n      clearingMethods\n      clearingScopes\n      reviewDecisions\n      raterGroups\n      opinionSources\n      penaltyCategories\n      resultSources\n      overallVotes\n      schemeDimensions\n      indicatorWeightings\n      indicatorDirections\n      scoringMethods\n      dataSourceKinds\n      gradeScales {\n        scale\n        grades\n      }\n      nonGradeResults\n      assessmentEvents\n      cycleEvents\n      reviewCaseEvents\n      faultToleranceEvents\n      accusationEvents\n      outcomeTaskEvents\n      faultToleranceStates\n      reviewCaseStates\n      accusationStates\n      outcomeTaskStates\n      trainingStates\n    }\n  }\n"): typeof import('./graphql').VocabularyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyFields on SurveyView {\n    id\n    cycleId\n    year\n    kind\n    title\n    firm\n    state\n    fieldworkFrom\n    fieldworkTo\n    questionnaireVersion\n    totalResponses\n    shortfalls\n    publishedAt\n    questions {\n      code\n      text\n      weight\n    }\n    sample {\n      organisationId\n      organisationName\n      organisationCode\n      target\n      responses\n      score\n      sd\n      margin\n      shortfall\n      origin\n      ratingScore\n    }\n  }\n"): typeof import('./graphql').SurveyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Surveys($cycleId: ID!) {\n    surveys(cycleId: $cycleId) {\n      id\n      kind\n      title\n      firm\n      state\n      fieldworkFrom\n      fieldworkTo\n      totalResponses\n      shortfalls\n    }\n  }\n"): typeof import('./graphql').SurveysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n  }\n"): typeof import('./graphql').SurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanSurvey($input: PlanSurveyInput!) {\n    planSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n"): typeof import('./graphql').PlanSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSurveyFieldwork($id: ID!) {\n    startSurveyFieldwork(id: $id) {\n      ...SurveyFields\n    }\n  }\n"): typeof import('./graphql').StartSurveyFieldworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSurveyFieldwork($id: ID!) {\n    closeSurveyFieldwork(id: $id) {\n      ...SurveyFields\n    }\n  }\n"): typeof import('./graphql').CloseSurveyFieldworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishSurvey($id: ID!) {\n    publishSurvey(id: $id) {\n      ...SurveyFields\n    }\n  }\n"): typeof import('./graphql').PublishSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportSurveyResults($input: ImportSurveyResultsInput!) {\n    importSurveyResults(input: $input) {\n      ...SurveyFields\n    }\n  }\n"): typeof import('./graphql').ImportSurveyResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterSurveyResult($input: EnterSurveyResultInput!) {\n    enterSurveyResult(input: $input) {\n      ...SurveyFields\n    }\n  }\n"): typeof import('./graphql').EnterSurveyResultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRatings($year: Int!) {\n    serviceRatings(year: $year) {\n      organisationId\n      organisationName\n      organisationCode\n      year\n      periods\n      verySatisfied\n      satisfied\n      basicallySatisfied\n      dissatisfied\n      veryDissatisfied\n      good\n      bad\n      score\n    }\n  }\n"): typeof import('./graphql').ServiceRatingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportServiceRatings($input: ImportServiceRatingsInput!) {\n    importServiceRatings(input: $input)\n  }\n"): typeof import('./graphql').ImportServiceRatingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyOrganisations($first: Int!) {\n    organisations(first: $first) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExternalIdentityFields on ExternalIdentity {\n    id\n    issuer\n    subject\n    linkedAt\n    matchedByClaim\n  }\n"): typeof import('./graphql').ExternalIdentityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserExternalIdentities($search: String!) {\n    users(search: $search, first: 20) {\n      nodes {\n        id\n        externalIdentities {\n          ...ExternalIdentityFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UserExternalIdentitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkExternalIdentity($input: LinkExternalIdentityInput!) {\n    linkExternalIdentity(input: $input) {\n      id\n      externalIdentities {\n        ...ExternalIdentityFields\n      }\n    }\n  }\n"): typeof import('./graphql').LinkExternalIdentityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkExternalIdentity($identityId: ID!) {\n    unlinkExternalIdentity(identityId: $identityId) {\n      id\n      externalIdentities {\n        ...ExternalIdentityFields\n      }\n    }\n  }\n"): typeof import('./graphql').UnlinkExternalIdentityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRowFields on UserAccount {\n    id\n    username\n    displayName\n    cadreId\n    email\n    cadrePersonNo\n    disabled\n    mustChangePassword\n    lockedUntil\n    createdAt\n    version\n    roles {\n      id\n      role\n      createdAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').UserRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int!, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      nodes {\n        ...UserRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      ...UserRowFields\n    }\n  }\n"): typeof import('./graphql').AssignRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($assignmentId: ID!) {\n    revokeRole(assignmentId: $assignmentId) {\n      ...UserRowFields\n    }\n  }\n"): typeof import('./graphql').RevokeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockUser($userId: ID!) {\n    unlockUser(userId: $userId) {\n      ...UserRowFields\n    }\n  }\n"): typeof import('./graphql').UnlockUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserEmail($userId: ID!, $email: String) {\n    setUserEmail(userId: $userId, email: $email) {\n      ...UserRowFields\n    }\n  }\n"): typeof import('./graphql').SetUserEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkUserToCadre($input: LinkUserToCadreInput!) {\n    linkUserToCadre(input: $input) {\n      ...UserRowFields\n    }\n  }\n"): typeof import('./graphql').LinkUserToCadreDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
