/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
  '\n  query ServerInfo {\n    serverInfo {\n      name\n      demoMode\n    }\n  }\n': typeof types.ServerInfoDocument;
  '\n  fragment MeFields on Me {\n    id\n    username\n    displayName\n    departmentId\n    department {\n      id\n      name\n    }\n    stage\n    roles {\n      id\n      role\n      departmentId\n    }\n    permissions\n    fineGrainedPermissions\n    totpEnabled\n    isDemo\n  }\n': typeof types.MeFieldsFragmentDoc;
  '\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation Login($username: String!, $password: String!, $totpCode: String) {\n    login(username: $username, password: $password, totpCode: $totpCode) {\n      status\n      stage\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...MeFields\n    }\n  }\n': typeof types.ChangePasswordDocument;
  '\n  mutation BeginTotpEnrolment {\n    beginTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n': typeof types.BeginTotpEnrolmentDocument;
  '\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      ...MeFields\n    }\n  }\n': typeof types.ConfirmTotpEnrolmentDocument;
  '\n  query MyAuditLogs($page: PageInput) {\n    myAuditLogs(page: $page) {\n      total\n      items {\n        ...AuditLogFields\n      }\n    }\n  }\n': typeof types.MyAuditLogsDocument;
  '\n  fragment ApiTokenFields on ApiTokenView {\n    id\n    name\n    prefix\n    scopes\n    rateLimitPerMinute\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    version\n  }\n': typeof types.ApiTokenFieldsFragmentDoc;
  '\n  query ApiTokens($page: PageInput, $sort: SortInput) {\n    apiTokens(page: $page, sort: $sort) {\n      total\n      items {\n        ...ApiTokenFields\n      }\n    }\n  }\n': typeof types.ApiTokensDocument;
  '\n  query ApiToken($id: ID!) {\n    apiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n': typeof types.ApiTokenDocument;
  '\n  mutation CreateApiToken($input: ApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n': typeof types.CreateApiTokenDocument;
  '\n  mutation RevokeApiToken($id: ID!, $version: Int!) {\n    revokeApiToken(id: $id, version: $version) {\n      ...ApiTokenFields\n    }\n  }\n': typeof types.RevokeApiTokenDocument;
  '\n  query ApiTokenUsage($id: ID!, $minutes: Int!) {\n    apiTokenUsage(id: $id, minutes: $minutes) {\n      minute\n      reads\n      writes\n    }\n  }\n': typeof types.ApiTokenUsageDocument;
  '\n  fragment ApplicationListFields on Application {\n    id\n    caseNumber\n    channel\n    arrivedDate\n    receivedDate\n    applicantType\n    applicant {\n      applicantType\n      name\n      idType\n      idNumberMasked\n      organisationName\n    }\n    state\n    resultCode\n    replyDueDate\n    isOverdue\n    replyClockSuspended\n    replyExtended\n    replyDate\n    linkedComplaintId\n    handlerId\n    deadlines {\n      ...DeadlineListFields\n    }\n    version\n    createdAt\n    updatedAt\n  }\n': typeof types.ApplicationListFieldsFragmentDoc;
  '\n  fragment ApplicationFields on Application {\n    ...ApplicationListFields\n    availableActions\n    applicant {\n      applicantType\n      name\n      idType\n      idNumberMasked\n      organisationName\n      creditCode\n      contactPerson\n      phone\n      email\n      postalAddress\n      postalCode\n    }\n    description\n    purpose\n    deliveryForm\n    correctedDescription\n    correctionRequest\n    correctionRequestedDate\n    correctionPeriodWorkingDays\n    correctionReceivedDate\n    feeMethod\n    feeBasis\n    feeAmount\n    feeNoticeDate\n    feePaymentPeriodWorkingDays\n    feePaidDate\n    feeReference\n    replyText\n    publishedIndexNumbers\n    withholdingReasons\n    responsibleAgency\n    anonymisedAt\n    applicationsInLast30Days\n    reasonsRequest\n    reasonsRequestedDate\n    reasonablePeriodWorkingDays\n    requestedDocuments {\n      ...RequestedDocumentFields\n    }\n    supplyReview {\n      id\n      state\n    }\n    possibleRepeatOf {\n      id\n      caseNumber\n      receivedDate\n      state\n      resultCode\n    }\n    consultations {\n      ...ConsultationFields\n    }\n    notices {\n      id\n      subject\n      channel\n      sentAt\n    }\n    events {\n      id\n      action\n      fromState\n      toState\n      onDate\n      actorId\n      note\n      at\n    }\n  }\n': typeof types.ApplicationFieldsFragmentDoc;
  '\n  query Applications($filter: ApplicationFilter, $page: PageInput, $sort: SortInput) {\n    applications(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...ApplicationListFields\n      }\n    }\n  }\n': typeof types.ApplicationsDocument;
  '\n  query Application($id: ID!) {\n    application(id: $id) {\n      ...ApplicationFields\n    }\n  }\n': typeof types.ApplicationDocument;
  '\n  query ApplicationReplyLetter($id: ID!) {\n    application(id: $id) {\n      id\n      caseNumber\n      state\n      replyLetter {\n        title\n        salutation\n        paragraphs\n        signature\n        date\n      }\n    }\n  }\n': typeof types.ApplicationReplyLetterDocument;
  '\n  query AnnualReportApplications($year: Int!) {\n    annualReportApplications(year: $year) {\n      year\n      balanced\n      rows {\n        key\n        number\n        label\n        depth\n        isHeading\n        values\n      }\n    }\n  }\n': typeof types.AnnualReportApplicationsDocument;
  '\n  mutation RegisterApplication($input: ApplicationIntakeInput!) {\n    registerApplication(input: $input) {\n      application {\n        ...ApplicationFields\n      }\n      accessCode\n    }\n  }\n': typeof types.RegisterApplicationDocument;
  '\n  mutation RequestApplicationCorrection(\n    $id: ID!\n    $version: Int!\n    $input: RequestApplicationCorrectionInput!\n  ) {\n    requestApplicationCorrection(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n': typeof types.RequestApplicationCorrectionDocument;
  '\n  mutation RecordApplicationCorrection($id: ID!, $version: Int!, $input: RecordApplicationCorrectionInput!) {\n    recordApplicationCorrection(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n': typeof types.RecordApplicationCorrectionDocument;
  '\n  mutation CloseUncorrectedApplication($id: ID!, $version: Int!) {\n    closeUncorrectedApplication(id: $id, version: $version) {\n      ...ApplicationFields\n    }\n  }\n': typeof types.CloseUncorrectedApplicationDocument;
  '\n  fragment RequestedDocumentFields on RequestedDocumentView {\n    id\n    title\n    documentNumber\n    departmentName\n    attribute\n    formedDate\n    jointlyIssued\n    distinctApplicants\n  }\n': typeof types.RequestedDocumentFieldsFragmentDoc;
  '\n  query ApplicationDocumentCandidates($search: String!) {\n    applicationDocumentCandidates(search: $search) {\n      ...RequestedDocumentFields\n    }\n  }\n': typeof types.ApplicationDocumentCandidatesDocument;
  '\n  mutation LinkApplicationDocuments($id: ID!, $version: Int!, $documentIds: [ID!]!) {\n    linkApplicationDocuments(id: $id, version: $version, documentIds: $documentIds) {\n      ...ApplicationFields\n    }\n  }\n': typeof types.LinkApplicationDocumentsDocument;
  '\n  mutation AskApplicantForReasons($id: ID!, $version: Int!, $input: AskApplicantForReasonsInput!) {\n    askApplicantForReasons(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n': typeof types.AskApplicantForReasonsDocument;
  '\n  mutation SetApplicationReasonablePeriod(\n    $id: ID!\n    $version: Int!\n    $input: ApplicationReasonablePeriodInput!\n  ) {\n    setApplicationReasonablePeriod(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n': typeof types.SetApplicationReasonablePeriodDocument;
  '\n  mutation ExtendApplication($id: ID!, $version: Int!, $input: ExtendApplicationInput!) {\n    extendApplication(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n': typeof types.ExtendApplicationDocument;
  '\n  mutation ConsultOnApplication($id: ID!, $version: Int!, $input: ConsultOnApplicationInput!) {\n    consultOnApplication(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n': typeof types.ConsultOnApplicationDocument;
  '\n  mutation IssueApplicationFeeNotice($id: ID!, $version: Int!, $input: ApplicationFeeNoticeInput!) {\n    issueApplicationFeeNotice(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n': typeof types.IssueApplicationFeeNoticeDocument;
  '\n  mutation RecordApplicationPayment($id: ID!, $version: Int!, $input: RecordApplicationPaymentInput!) {\n    recordApplicationPayment(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n': typeof types.RecordApplicationPaymentDocument;
  '\n  mutation CloseUnpaidApplication($id: ID!, $version: Int!) {\n    closeUnpaidApplication(id: $id, version: $version) {\n      ...ApplicationFields\n    }\n  }\n': typeof types.CloseUnpaidApplicationDocument;
  '\n  mutation ReplyToApplication($id: ID!, $version: Int!, $input: ReplyToApplicationInput!) {\n    replyToApplication(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n': typeof types.ReplyToApplicationDocument;
  '\n  mutation RevealApplicantIdNumber($id: ID!, $reason: String!) {\n    revealApplicantIdNumber(id: $id, reason: $reason) {\n      idType\n      idNumber\n    }\n  }\n': typeof types.RevealApplicantIdNumberDocument;
  '\n  mutation SubmitApplicationReplyForReview(\n    $id: ID!\n    $version: Int!\n    $input: SubmitApplicationReplyForReviewInput!\n  ) {\n    submitApplicationReplyForReview(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n': typeof types.SubmitApplicationReplyForReviewDocument;
  '\n  mutation SupplyApplicationReply($id: ID!, $version: Int!) {\n    supplyApplicationReply(id: $id, version: $version) {\n      ...ApplicationFields\n    }\n  }\n': typeof types.SupplyApplicationReplyDocument;
  '\n  fragment AuditLogFields on AuditLogView {\n    seq\n    at\n    actorKind\n    actorId\n    actorName\n    action\n    outcome\n    entityType\n    entityId\n    changes\n    errorCode\n    reason\n    ip\n    requestId\n    hash\n  }\n': typeof types.AuditLogFieldsFragmentDoc;
  '\n  query AuditLogs($filter: AuditLogFilter, $page: PageInput, $sort: SortInput) {\n    auditLogs(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...AuditLogFields\n      }\n    }\n  }\n': typeof types.AuditLogsDocument;
  '\n  query AuditLog($seq: ID!) {\n    auditLog(seq: $seq) {\n      ...AuditLogFields\n    }\n  }\n': typeof types.AuditLogDocument;
  '\n  query ExportAuditLogs($filter: AuditLogFilter) {\n    exportAuditLogs(filter: $filter) {\n      filename\n      contentType\n      content\n      rows\n    }\n  }\n': typeof types.ExportAuditLogsDocument;
  '\n  query VerifyAuditChain {\n    verifyAuditChain {\n      ok\n      checkedRows\n      brokenAtSeq\n    }\n  }\n': typeof types.VerifyAuditChainDocument;
  '\n  fragment CalendarOverrideFields on CalendarOverride {\n    id\n    date\n    kind\n    note\n    isActive\n    version\n    createdAt\n    updatedAt\n  }\n': typeof types.CalendarOverrideFieldsFragmentDoc;
  '\n  fragment CalendarYearFields on CalendarYear {\n    year\n    hasOfficialData\n    isConfirmed\n    isProvisional\n    confirmedAt\n    workingDays\n    specialDays {\n      date\n      isWorkingDay\n      source\n      name\n    }\n  }\n': typeof types.CalendarYearFieldsFragmentDoc;
  '\n  fragment CalendarChangeFields on CalendarChange {\n    override {\n      ...CalendarOverrideFields\n    }\n    year {\n      ...CalendarYearFields\n    }\n    movedDeadlines {\n      deadline {\n        id\n        title\n        dueDate\n        isProvisional\n      }\n      dueDateBefore\n      dueDateAfter\n      provisionalBefore\n      provisionalAfter\n    }\n  }\n': typeof types.CalendarChangeFieldsFragmentDoc;
  '\n  query WorkingDayCalendar($year: Int!) {\n    workingDayCalendar(year: $year) {\n      ...CalendarYearFields\n    }\n  }\n': typeof types.WorkingDayCalendarDocument;
  '\n  query CalendarOverrides($filter: CalendarOverrideFilter, $page: PageInput, $sort: SortInput) {\n    calendarOverrides(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...CalendarOverrideFields\n      }\n    }\n  }\n': typeof types.CalendarOverridesDocument;
  '\n  mutation CreateCalendarOverride($input: CalendarOverrideInput!) {\n    createCalendarOverride(input: $input) {\n      ...CalendarChangeFields\n    }\n  }\n': typeof types.CreateCalendarOverrideDocument;
  '\n  mutation UpdateCalendarOverride($id: ID!, $version: Int!, $input: CalendarOverrideChangeInput!) {\n    updateCalendarOverride(id: $id, version: $version, input: $input) {\n      ...CalendarChangeFields\n    }\n  }\n': typeof types.UpdateCalendarOverrideDocument;
  '\n  mutation RemoveCalendarOverride($id: ID!, $version: Int!) {\n    removeCalendarOverride(id: $id, version: $version) {\n      ...CalendarChangeFields\n    }\n  }\n': typeof types.RemoveCalendarOverrideDocument;
  '\n  mutation ConfirmCalendarYear($year: Int!) {\n    confirmCalendarYear(year: $year) {\n      ...CalendarChangeFields\n    }\n  }\n': typeof types.ConfirmCalendarYearDocument;
  '\n  fragment CatalogCategoryFields on CatalogCategory {\n    id\n    code\n    name\n    sortOrder\n    parentId\n    isActive\n    version\n    createdAt\n    updatedAt\n  }\n': typeof types.CatalogCategoryFieldsFragmentDoc;
  '\n  query CatalogCategories($filter: CatalogCategoryFilter, $page: PageInput, $sort: SortInput) {\n    catalogCategories(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...CatalogCategoryFields\n      }\n    }\n  }\n': typeof types.CatalogCategoriesDocument;
  '\n  query CatalogCategory($id: ID!) {\n    catalogCategory(id: $id) {\n      ...CatalogCategoryFields\n    }\n  }\n': typeof types.CatalogCategoryDocument;
  '\n  mutation CreateCatalogCategory($input: CatalogCategoryInput!) {\n    createCatalogCategory(input: $input) {\n      ...CatalogCategoryFields\n    }\n  }\n': typeof types.CreateCatalogCategoryDocument;
  '\n  mutation UpdateCatalogCategory($id: ID!, $version: Int!, $input: CatalogCategoryInput!) {\n    updateCatalogCategory(id: $id, version: $version, input: $input) {\n      ...CatalogCategoryFields\n    }\n  }\n': typeof types.UpdateCatalogCategoryDocument;
  '\n  mutation SetCatalogCategoryActive($id: ID!, $version: Int!, $isActive: Boolean!) {\n    setCatalogCategoryActive(id: $id, version: $version, isActive: $isActive) {\n      ...CatalogCategoryFields\n    }\n  }\n': typeof types.SetCatalogCategoryActiveDocument;
  '\n  fragment CatalogEntryFields on CatalogEntry {\n    id\n    indexNumber\n    title\n    documentNumber\n    subjectKind\n    subjectId\n    reviewId\n    categoryId\n    owningDepartmentId\n    state\n    entryVersion\n    formedDate\n    publishedAt\n    publisherId\n    summary\n    body\n    attachmentIds\n    contentVersionId\n    withdrawnAt\n    withdrawalReason\n    availableActions\n    version\n    createdAt\n    updatedAt\n  }\n': typeof types.CatalogEntryFieldsFragmentDoc;
  '\n  query CatalogEntries($filter: CatalogEntryFilter, $page: PageInput, $sort: SortInput) {\n    catalogEntries(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...CatalogEntryFields\n      }\n    }\n  }\n': typeof types.CatalogEntriesDocument;
  '\n  query CatalogEntry($id: ID!) {\n    catalogEntry(id: $id) {\n      ...CatalogEntryFields\n    }\n  }\n': typeof types.CatalogEntryDocument;
  '\n  mutation WithdrawCatalogEntry($id: ID!, $version: Int!, $reason: String!) {\n    withdrawCatalogEntry(id: $id, version: $version, reason: $reason) {\n      ...CatalogEntryFields\n    }\n  }\n': typeof types.WithdrawCatalogEntryDocument;
  '\n  mutation EmergencyWithdrawCatalogEntry($indexNumber: String!, $reason: String!) {\n    emergencyWithdrawCatalogEntry(indexNumber: $indexNumber, reason: $reason) {\n      ...CatalogEntryFields\n    }\n  }\n': typeof types.EmergencyWithdrawCatalogEntryDocument;
  '\n  fragment ComplaintListFields on Complaint {\n    id\n    caseNumber\n    violationKind\n    channel\n    receivedAt\n    receivedDate\n    concernedDepartmentId\n    isAnonymous\n    wantsReply\n    state\n    outcome\n    isOverdue\n    handlingDueDate\n    hasAccessCode\n    handlerId\n    deadlines {\n      ...DeadlineListFields\n    }\n    version\n    createdAt\n    updatedAt\n  }\n': typeof types.ComplaintListFieldsFragmentDoc;
  '\n  fragment ComplaintFields on Complaint {\n    ...ComplaintListFields\n    availableActions\n    summary\n    notAcceptedReason\n    notAcceptedText\n    transferredToDepartmentId\n    transferredToAgencyId\n    transferredAt\n    transferResult\n    findings\n    replyText\n    handledAt\n    closedAt\n    correctionOrders {\n      id\n      departmentId\n      requirement\n      dueDate\n      state\n      reportText\n      reportedAt\n      verifiedAt\n    }\n    notices {\n      id\n      subject\n      channel\n      sentAt\n    }\n    identityReveals {\n      id\n      revealedAt\n      revealedById\n      reason\n    }\n  }\n': typeof types.ComplaintFieldsFragmentDoc;
  '\n  query Complaints($filter: ComplaintFilter, $page: PageInput, $sort: SortInput) {\n    complaints(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...ComplaintListFields\n      }\n    }\n  }\n': typeof types.ComplaintsDocument;
  '\n  query Complaint($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintFields\n    }\n  }\n': typeof types.ComplaintDocument;
  '\n  query ComplaintStatistics($filter: ComplaintStatisticsFilter) {\n    complaintStatistics(filter: $filter) {\n      total\n      overdue\n      byKind {\n        key: violationKind\n        count\n      }\n      byChannel {\n        key: channel\n        count\n      }\n      byOutcome {\n        key: outcome\n        count\n      }\n      byState {\n        key: state\n        count\n      }\n      byConcernedDepartment {\n        key: departmentId\n        count\n      }\n    }\n  }\n': typeof types.ComplaintStatisticsDocument;
  '\n  mutation RegisterComplaint($input: ComplaintIntakeInput!) {\n    registerComplaint(input: $input) {\n      complaint {\n        ...ComplaintFields\n      }\n      accessCode\n    }\n  }\n': typeof types.RegisterComplaintDocument;
  '\n  mutation AcceptComplaint($id: ID!, $version: Int!, $needsTransfer: Boolean!, $summary: String) {\n    acceptComplaint(id: $id, version: $version, needsTransfer: $needsTransfer, summary: $summary) {\n      ...ComplaintFields\n    }\n  }\n': typeof types.AcceptComplaintDocument;
  '\n  mutation RejectComplaint(\n    $id: ID!\n    $version: Int!\n    $reason: ComplaintNotAcceptedReason!\n    $text: String!\n    $noticeChannel: NoticeChannel\n  ) {\n    rejectComplaint(id: $id, version: $version, reason: $reason, text: $text, noticeChannel: $noticeChannel) {\n      ...ComplaintFields\n    }\n  }\n': typeof types.RejectComplaintDocument;
  '\n  mutation TransferComplaint(\n    $id: ID!\n    $version: Int!\n    $toDepartmentId: ID\n    $toAgencyId: ID\n    $summary: String!\n  ) {\n    transferComplaint(\n      id: $id\n      version: $version\n      toDepartmentId: $toDepartmentId\n      toAgencyId: $toAgencyId\n      summary: $summary\n    ) {\n      ...ComplaintFields\n    }\n  }\n': typeof types.TransferComplaintDocument;
  '\n  mutation RecordComplaintTransferResult($id: ID!, $version: Int!, $text: String!) {\n    recordComplaintTransferResult(id: $id, version: $version, text: $text) {\n      ...ComplaintFields\n    }\n  }\n': typeof types.RecordComplaintTransferResultDocument;
  '\n  mutation ExtendComplaint(\n    $id: ID!\n    $version: Int!\n    $byWorkingDays: Int!\n    $reason: String!\n    $noticeChannel: NoticeChannel\n  ) {\n    extendComplaint(\n      id: $id\n      version: $version\n      byWorkingDays: $byWorkingDays\n      reason: $reason\n      noticeChannel: $noticeChannel\n    ) {\n      ...ComplaintFields\n    }\n  }\n': typeof types.ExtendComplaintDocument;
  '\n  mutation HandleComplaint($id: ID!, $version: Int!, $input: HandleComplaintInput!) {\n    handleComplaint(id: $id, version: $version, input: $input) {\n      ...ComplaintFields\n    }\n  }\n': typeof types.HandleComplaintDocument;
  '\n  mutation CloseComplaint($id: ID!, $version: Int!) {\n    closeComplaint(id: $id, version: $version) {\n      ...ComplaintFields\n    }\n  }\n': typeof types.CloseComplaintDocument;
  '\n  mutation RevealComplaintIdentity($id: ID!, $reason: String!) {\n    revealComplaintIdentity(id: $id, reason: $reason) {\n      name\n      workplace\n      address\n      phone\n      email\n      concernedDepartment\n      content\n    }\n  }\n': typeof types.RevealComplaintIdentityDocument;
  '\n  fragment ConsultationFields on Consultation {\n    id\n    subjectKind\n    subjectId\n    use\n    state\n    departmentId\n    consulteeAgencyId\n    consulteeDepartmentId\n    consulteeName\n    basicFacts\n    opinion\n    basis\n    replyAgrees\n    replyText\n    repliedOn\n    settlementBody\n    settlementDecision\n    settlementReference\n    settlementSummary\n    dueDate\n    sentAt\n    availableActions\n    version\n    createdAt\n    updatedAt\n  }\n': typeof types.ConsultationFieldsFragmentDoc;
  '\n  query Consultations($filter: ConsultationFilter, $page: PageInput, $sort: SortInput) {\n    consultations(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...ConsultationFields\n      }\n    }\n  }\n': typeof types.ConsultationsDocument;
  '\n  query Consultation($id: ID!) {\n    consultation(id: $id) {\n      ...ConsultationFields\n    }\n  }\n': typeof types.ConsultationDocument;
  '\n  query DocumentPublicationBlocker($id: ID!) {\n    document(id: $id) {\n      id\n      publicationBlocker\n    }\n  }\n': typeof types.DocumentPublicationBlockerDocument;
  '\n  mutation SendConsultation(\n    $documentId: ID!\n    $use: ConsultationUse!\n    $consulteeIds: [ID!]!\n    $letter: ConsultationLetterInput!\n  ) {\n    sendConsultation(documentId: $documentId, use: $use, consulteeIds: $consulteeIds, letter: $letter) {\n      ...ConsultationFields\n    }\n  }\n': typeof types.SendConsultationDocument;
  '\n  mutation RecordConsultationReply(\n    $id: ID!\n    $version: Int!\n    $agrees: Boolean!\n    $reply: String!\n    $repliedOn: String!\n  ) {\n    recordConsultationReply(\n      id: $id\n      version: $version\n      agrees: $agrees\n      reply: $reply\n      repliedOn: $repliedOn\n    ) {\n      ...ConsultationFields\n    }\n  }\n': typeof types.RecordConsultationReplyDocument;
  '\n  mutation RemindConsultation($id: ID!, $version: Int!, $note: String!) {\n    remindConsultation(id: $id, version: $version, note: $note) {\n      ...ConsultationFields\n    }\n  }\n': typeof types.RemindConsultationDocument;
  '\n  mutation EscalateConsultation($id: ID!, $version: Int!, $reason: String!) {\n    escalateConsultation(id: $id, version: $version, reason: $reason) {\n      ...ConsultationFields\n    }\n  }\n': typeof types.EscalateConsultationDocument;
  '\n  mutation RecordConsultationSettlement($id: ID!, $version: Int!, $settlement: ConsultationSettlementInput!) {\n    recordConsultationSettlement(id: $id, version: $version, settlement: $settlement) {\n      ...ConsultationFields\n    }\n  }\n': typeof types.RecordConsultationSettlementDocument;
  '\n  mutation WithdrawConsultation($id: ID!, $version: Int!, $reason: String!) {\n    withdrawConsultation(id: $id, version: $version, reason: $reason) {\n      ...ConsultationFields\n    }\n  }\n': typeof types.WithdrawConsultationDocument;
  '\n  mutation GiveCoDepartmentConsent($id: ID!, $version: Int!, $opinion: String) {\n    giveCoDepartmentConsent(id: $id, version: $version, opinion: $opinion) {\n      ...ConsultationFields\n    }\n  }\n': typeof types.GiveCoDepartmentConsentDocument;
  '\n  mutation RefuseCoDepartmentConsent($id: ID!, $version: Int!, $reason: String!) {\n    refuseCoDepartmentConsent(id: $id, version: $version, reason: $reason) {\n      ...ConsultationFields\n    }\n  }\n': typeof types.RefuseCoDepartmentConsentDocument;
  '\n  fragment CorrectionOrderFields on CorrectionOrder {\n    id\n    complaintId\n    caseNumber\n    departmentId\n    requirement\n    dueDate\n    state\n    reportText\n    reportedAt\n    reportedById\n    verifiedAt\n    verifiedById\n    availableActions\n    version\n    createdAt\n    updatedAt\n  }\n': typeof types.CorrectionOrderFieldsFragmentDoc;
  '\n  query CorrectionOrders($filter: CorrectionOrderFilter, $page: PageInput, $sort: SortInput) {\n    correctionOrders(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...CorrectionOrderFields\n      }\n    }\n  }\n': typeof types.CorrectionOrdersDocument;
  '\n  query CorrectionOrder($id: ID!) {\n    correctionOrder(id: $id) {\n      ...CorrectionOrderFields\n    }\n  }\n': typeof types.CorrectionOrderDocument;
  '\n  mutation ReportCorrection($id: ID!, $version: Int!, $text: String!) {\n    reportCorrection(id: $id, version: $version, text: $text) {\n      ...CorrectionOrderFields\n    }\n  }\n': typeof types.ReportCorrectionDocument;
  '\n  mutation VerifyCorrection($id: ID!, $version: Int!) {\n    verifyCorrection(id: $id, version: $version) {\n      ...CorrectionOrderFields\n    }\n  }\n': typeof types.VerifyCorrectionDocument;
  '\n  fragment DeadlineListFields on Deadline {\n    id\n    kind\n    caseKind\n    caseId\n    title\n    departmentId\n    assigneeId\n    startDate\n    periodWorkingDays\n    extensionsWorkingDays\n    extensionCount\n    dueDate\n    isProvisional\n    isSuspended\n    isOverdue\n    state\n    closedAt\n    workingDaysLeft\n    version\n    createdAt\n    updatedAt\n  }\n': typeof types.DeadlineListFieldsFragmentDoc;
  '\n  fragment DeadlineFields on Deadline {\n    ...DeadlineListFields\n    suspensions {\n      from\n      to\n      reason\n    }\n    events {\n      id\n      action\n      onDate\n      reason\n      byWorkingDays\n      dueDateBefore\n      dueDateAfter\n      actorId\n      approverId\n      at\n    }\n  }\n': typeof types.DeadlineFieldsFragmentDoc;
  '\n  fragment DeadlineCountFields on DeadlineCount {\n    key\n    open\n    overdue\n    dueSoon\n    suspended\n    provisional\n  }\n': typeof types.DeadlineCountFieldsFragmentDoc;
  '\n  query Deadlines($filter: DeadlineFilter, $page: PageInput, $sort: SortInput) {\n    deadlines(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...DeadlineListFields\n      }\n    }\n  }\n': typeof types.DeadlinesDocument;
  '\n  query Deadline($id: ID!) {\n    deadline(id: $id) {\n      ...DeadlineFields\n    }\n  }\n': typeof types.DeadlineDocument;
  '\n  query DeadlineSummary($filter: DeadlineFilter) {\n    deadlineSummary(filter: $filter) {\n      today\n      dueSoonUntil\n      total {\n        ...DeadlineCountFields\n      }\n      byDepartment {\n        ...DeadlineCountFields\n      }\n      byAssignee {\n        ...DeadlineCountFields\n      }\n    }\n  }\n': typeof types.DeadlineSummaryDocument;
  '\n  fragment DepartmentFields on Department {\n    id\n    code\n    name\n    kind\n    sortOrder\n    phone\n    isActive\n    version\n    createdAt\n    updatedAt\n  }\n': typeof types.DepartmentFieldsFragmentDoc;
  '\n  query Departments($filter: DepartmentFilter, $page: PageInput, $sort: SortInput) {\n    departments(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...DepartmentFields\n      }\n    }\n  }\n': typeof types.DepartmentsDocument;
  '\n  query Department($id: ID!) {\n    department(id: $id) {\n      ...DepartmentFields\n    }\n  }\n': typeof types.DepartmentDocument;
  '\n  mutation CreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n': typeof types.CreateDepartmentDocument;
  '\n  mutation UpdateDepartment($id: ID!, $version: Int!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, version: $version, input: $input) {\n      ...DepartmentFields\n    }\n  }\n': typeof types.UpdateDepartmentDocument;
  '\n  mutation SetDepartmentActive($id: ID!, $version: Int!, $isActive: Boolean!) {\n    setDepartmentActive(id: $id, version: $version, isActive: $isActive) {\n      ...DepartmentFields\n    }\n  }\n': typeof types.SetDepartmentActiveDocument;
  '\n  fragment ContentVersionFields on DocumentContentVersion {\n    id\n    documentId\n    kind\n    seq\n    body\n    isEditable\n    sealedAt\n    contentRemovedAt\n    basedOnId\n    version\n    attachments {\n      id\n      fileName\n      contentType\n      sizeBytes\n      url\n      removedAt\n    }\n  }\n': typeof types.ContentVersionFieldsFragmentDoc;
  '\n  fragment DocumentListFields on Document {\n    id\n    title\n    documentNumber\n    type\n    otherTypeName\n    purpose\n    state\n    attribute\n    proposedAttribute\n    departmentId\n    version\n    createdAt\n    updatedAt\n  }\n': typeof types.DocumentListFieldsFragmentDoc;
  '\n  fragment DocumentFields on Document {\n    ...DocumentListFields\n    availableActions\n    summary\n    coDepartmentIds\n    jointAgencyIds\n    catalogCategoryId\n    forwardedFromId\n    drafterId\n    signedAt\n    signedById\n    formedDate\n    lastAssessedAt\n    declassifiedAt\n    declassificationReference\n    attributeReason\n    attributeRule\n    isAttributeDeviation\n    attributeProposal {\n      attribute\n      rule\n      isForwardedSourceUnset\n    }\n    currentContent {\n      ...ContentVersionFields\n    }\n    events {\n      id\n      action\n      fromState\n      toState\n      fromAttribute\n      toAttribute\n      note\n      actorId\n      at\n    }\n    reviews {\n      id\n      state\n      isRevision\n      createdAt\n      decisions {\n        id\n        action\n        stage\n        fromState\n        toState\n        opinion\n        userId\n        at\n      }\n    }\n    catalogEntries {\n      id\n      indexNumber\n      entryVersion\n      state\n      publishedAt\n    }\n  }\n': typeof types.DocumentFieldsFragmentDoc;
  '\n  query Documents($filter: DocumentFilter, $page: PageInput, $sort: SortInput) {\n    documents(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...DocumentListFields\n      }\n    }\n  }\n': typeof types.DocumentsDocument;
  '\n  query Document($id: ID!) {\n    document(id: $id) {\n      ...DocumentFields\n    }\n  }\n': typeof types.DocumentDocument;
  '\n  mutation CreateDocument($departmentId: ID!, $input: DocumentDraftInput!) {\n    createDocument(departmentId: $departmentId, input: $input) {\n      ...DocumentFields\n    }\n  }\n': typeof types.CreateDocumentDocument;
  '\n  mutation UpdateDocument($id: ID!, $version: Int!, $input: DocumentDraftInput!) {\n    updateDocument(id: $id, version: $version, input: $input) {\n      ...DocumentFields\n    }\n  }\n': typeof types.UpdateDocumentDocument;
  '\n  mutation SetDocumentAttribute($id: ID!, $version: Int!, $attribute: DisclosureAttribute!, $reason: String) {\n    setDocumentAttribute(id: $id, version: $version, attribute: $attribute, reason: $reason) {\n      ...DocumentFields\n    }\n  }\n': typeof types.SetDocumentAttributeDocument;
  '\n  mutation RedetermineDocumentAttribute(\n    $id: ID!\n    $version: Int!\n    $attribute: DisclosureAttribute!\n    $reason: String!\n  ) {\n    redetermineDocumentAttribute(id: $id, version: $version, attribute: $attribute, reason: $reason) {\n      ...DocumentFields\n    }\n  }\n': typeof types.RedetermineDocumentAttributeDocument;
  '\n  mutation SignDocument($id: ID!, $version: Int!) {\n    signDocument(id: $id, version: $version) {\n      ...DocumentFields\n    }\n  }\n': typeof types.SignDocumentDocument;
  '\n  mutation SubmitDocumentForReview($id: ID!, $version: Int!) {\n    submitDocumentForReview(id: $id, version: $version) {\n      ...DocumentFields\n    }\n  }\n': typeof types.SubmitDocumentForReviewDocument;
  '\n  mutation DiscardDocument($id: ID!, $version: Int!) {\n    discardDocument(id: $id, version: $version) {\n      ...DocumentFields\n    }\n  }\n': typeof types.DiscardDocumentDocument;
  '\n  mutation ReviseDocument($id: ID!, $version: Int!) {\n    reviseDocument(id: $id, version: $version) {\n      ...DocumentFields\n    }\n  }\n': typeof types.ReviseDocumentDocument;
  '\n  mutation UploadDocumentAttachment($contentVersionId: ID!, $fileName: String!, $contentBase64: String!) {\n    uploadDocumentAttachment(\n      contentVersionId: $contentVersionId\n      fileName: $fileName\n      contentBase64: $contentBase64\n    ) {\n      id\n      fileName\n    }\n  }\n': typeof types.UploadDocumentAttachmentDocument;
  '\n  mutation RemoveDocumentAttachment($id: ID!) {\n    removeDocumentAttachment(id: $id)\n  }\n': typeof types.RemoveDocumentAttachmentDocument;
  '\n  mutation ConfirmDocumentAttribute($id: ID!, $version: Int!, $reason: String!) {\n    confirmDocumentAttribute(id: $id, version: $version, reason: $reason) {\n      ...DocumentFields\n    }\n  }\n': typeof types.ConfirmDocumentAttributeDocument;
  '\n  mutation RecordDocumentDeclassification($id: ID!, $version: Int!, $reference: String!) {\n    recordDocumentDeclassification(id: $id, version: $version, reference: $reference) {\n      ...DocumentFields\n    }\n  }\n': typeof types.RecordDocumentDeclassificationDocument;
  '\n  fragment ExternalAgencyFields on ExternalAgency {\n    id\n    name\n    kind\n    contactPerson\n    phone\n    address\n    notes\n    isActive\n    version\n    createdAt\n    updatedAt\n  }\n': typeof types.ExternalAgencyFieldsFragmentDoc;
  '\n  query ExternalAgencies($filter: ExternalAgencyFilter, $page: PageInput, $sort: SortInput) {\n    externalAgencies(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...ExternalAgencyFields\n      }\n    }\n  }\n': typeof types.ExternalAgenciesDocument;
  '\n  query ExternalAgency($id: ID!) {\n    externalAgency(id: $id) {\n      ...ExternalAgencyFields\n    }\n  }\n': typeof types.ExternalAgencyDocument;
  '\n  mutation CreateExternalAgency($input: ExternalAgencyInput!) {\n    createExternalAgency(input: $input) {\n      ...ExternalAgencyFields\n    }\n  }\n': typeof types.CreateExternalAgencyDocument;
  '\n  mutation UpdateExternalAgency($id: ID!, $version: Int!, $input: ExternalAgencyInput!) {\n    updateExternalAgency(id: $id, version: $version, input: $input) {\n      ...ExternalAgencyFields\n    }\n  }\n': typeof types.UpdateExternalAgencyDocument;
  '\n  mutation SetExternalAgencyActive($id: ID!, $version: Int!, $isActive: Boolean!) {\n    setExternalAgencyActive(id: $id, version: $version, isActive: $isActive) {\n      ...ExternalAgencyFields\n    }\n  }\n': typeof types.SetExternalAgencyActiveDocument;
  '\n  fragment GuideVersionFields on GuideVersion {\n    id\n    versionNumber\n    classification\n    proactiveDisclosure\n    applicationProcedure\n    office {\n      name\n      address\n      officeHours\n      telephone\n      fax\n      website\n      email\n    }\n    otherText\n    publishedAt\n    publishedById\n    createdById\n    version\n    createdAt\n    updatedAt\n  }\n': typeof types.GuideVersionFieldsFragmentDoc;
  '\n  query GuideVersions($filter: GuideVersionFilter, $page: PageInput, $sort: SortInput) {\n    guideVersions(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...GuideVersionFields\n      }\n    }\n  }\n': typeof types.GuideVersionsDocument;
  '\n  query GuideVersion($id: ID!) {\n    guideVersion(id: $id) {\n      ...GuideVersionFields\n    }\n  }\n': typeof types.GuideVersionDocument;
  '\n  mutation CreateGuideDraft($input: GuideInput!) {\n    createGuideDraft(input: $input) {\n      ...GuideVersionFields\n    }\n  }\n': typeof types.CreateGuideDraftDocument;
  '\n  mutation UpdateGuideDraft($id: ID!, $version: Int!, $input: GuideInput!) {\n    updateGuideDraft(id: $id, version: $version, input: $input) {\n      ...GuideVersionFields\n    }\n  }\n': typeof types.UpdateGuideDraftDocument;
  '\n  mutation PublishGuideVersion($id: ID!, $version: Int!) {\n    publishGuideVersion(id: $id, version: $version) {\n      ...GuideVersionFields\n    }\n  }\n': typeof types.PublishGuideVersionDocument;
  '\n  fragment JobRunFields on JobRun {\n    id\n    jobName\n    label\n    schedule\n    slot\n    startedAt\n    finishedAt\n    outcome\n    summary\n    replica\n  }\n': typeof types.JobRunFieldsFragmentDoc;
  '\n  query JobRuns($filter: JobRunFilter, $page: PageInput) {\n    jobRuns(filter: $filter, page: $page) {\n      total\n      items {\n        ...JobRunFields\n      }\n    }\n  }\n': typeof types.JobRunsDocument;
  '\n  fragment MeetingListFields on Meeting {\n    id\n    caseNumber\n    title\n    departmentId\n    startsAt\n    plannedEndsAt\n    place\n    seats\n    state\n    endedAt\n    feedbackSentAt\n    deadlineId\n    feedbackDueDate\n    feedbackStanding\n    feedbackMetAt\n    version\n    createdAt\n    updatedAt\n  }\n': typeof types.MeetingListFieldsFragmentDoc;
  '\n  fragment MeetingInvitationFields on MeetingInvitation {\n    id\n    meetingId\n    caseNumber\n    representativeId\n    representative {\n      id\n      name\n      type\n      organisation\n    }\n    topicIds\n    state\n    sequence\n    noticeChannel\n    respondedAt\n    withdrawnReason\n    checkedInAt\n    checkedInBy\n    isLate\n    departedAt\n    departedAfterTopicId\n    attendancePublic\n    isInterestFlagged\n    interestDeclarations {\n      id\n      topicId\n      hasDirectInterest\n      isFlagged\n      note\n      declaredAt\n    }\n    availableActions\n    version\n  }\n': typeof types.MeetingInvitationFieldsFragmentDoc;
  '\n  fragment MeetingOpinionFields on MeetingOpinion {\n    id\n    meetingId\n    invitationId\n    topicId\n    kind\n    source\n    content\n    recordedAt\n    recordedById\n    adoption\n    adoptionExplanation\n    adoptionRecordedAt\n    version\n  }\n': typeof types.MeetingOpinionFieldsFragmentDoc;
  '\n  fragment MeetingFields on Meeting {\n    ...MeetingListFields\n    availableActions\n    postponeReason\n    cancelReason\n    startedAt\n    minutes\n    decisions\n    topics {\n      id\n      position\n      title\n      description\n      representativesMayAttend\n      category\n      seats\n    }\n    invitations {\n      ...MeetingInvitationFields\n    }\n    opinions {\n      ...MeetingOpinionFields\n    }\n    attendance {\n      caseNumber\n      representativeName\n      representativeType\n      organisation\n      state\n      topics\n      checkedInAt\n      isLate\n      departedAt\n      departedAfterTopic\n      attendancePublic\n      isInterestFlagged\n    }\n    resultReviews {\n      id\n      title\n      state\n      createdAt\n    }\n  }\n': typeof types.MeetingFieldsFragmentDoc;
  '\n  query Meetings($filter: MeetingFilter, $page: PageInput, $sort: SortInput) {\n    meetings(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...MeetingListFields\n      }\n    }\n  }\n': typeof types.MeetingsDocument;
  '\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n': typeof types.MeetingDocument;
  '\n  query MeetingsCalendar($from: DateTimeISO!, $to: DateTimeISO!) {\n    meetingsCalendar(from: $from, to: $to) {\n      id\n      caseNumber\n      title\n      departmentId\n      startsAt\n      plannedEndsAt\n      place\n      state\n    }\n  }\n': typeof types.MeetingsCalendarDocument;
  '\n  query InvitationLetter($invitationId: ID!) {\n    invitationLetter(invitationId: $invitationId) {\n      title\n      paragraphs\n    }\n  }\n': typeof types.InvitationLetterDocument;
  '\n  mutation CreateMeeting($input: MeetingInput!) {\n    createMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n': typeof types.CreateMeetingDocument;
  '\n  mutation UpdateMeeting($id: ID!, $version: Int!, $input: MeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) {\n      ...MeetingFields\n    }\n  }\n': typeof types.UpdateMeetingDocument;
  '\n  mutation PostponeMeeting($id: ID!, $version: Int!, $input: MeetingReasonInput!) {\n    postponeMeeting(id: $id, version: $version, input: $input) {\n      ...MeetingFields\n    }\n  }\n': typeof types.PostponeMeetingDocument;
  '\n  mutation RescheduleMeeting($id: ID!, $version: Int!, $input: RescheduleMeetingInput!) {\n    rescheduleMeeting(id: $id, version: $version, input: $input) {\n      ...MeetingFields\n    }\n  }\n': typeof types.RescheduleMeetingDocument;
  '\n  mutation CancelMeeting($id: ID!, $version: Int!, $input: MeetingReasonInput!) {\n    cancelMeeting(id: $id, version: $version, input: $input) {\n      ...MeetingFields\n    }\n  }\n': typeof types.CancelMeetingDocument;
  '\n  mutation StartMeeting($id: ID!, $version: Int!) {\n    startMeeting(id: $id, version: $version) {\n      ...MeetingFields\n    }\n  }\n': typeof types.StartMeetingDocument;
  '\n  mutation CloseMeeting($id: ID!, $version: Int!, $input: CloseMeetingInput!) {\n    closeMeeting(id: $id, version: $version, input: $input) {\n      ...MeetingFields\n    }\n  }\n': typeof types.CloseMeetingDocument;
  '\n  mutation SendMeetingFeedback($id: ID!, $version: Int!) {\n    sendMeetingFeedback(id: $id, version: $version) {\n      ...MeetingFields\n    }\n  }\n': typeof types.SendMeetingFeedbackDocument;
  '\n  mutation SubmitMeetingResults($id: ID!, $version: Int!) {\n    submitMeetingResults(id: $id, version: $version) {\n      ...MeetingFields\n    }\n  }\n': typeof types.SubmitMeetingResultsDocument;
  '\n  mutation InviteRepresentative($meetingId: ID!, $input: InviteRepresentativeInput!) {\n    inviteRepresentative(meetingId: $meetingId, input: $input) {\n      caseNumber\n      accessCode\n      letter {\n        title\n        paragraphs\n      }\n      invitation {\n        ...MeetingInvitationFields\n      }\n    }\n  }\n': typeof types.InviteRepresentativeDocument;
  '\n  mutation ReissueInvitationCode($id: ID!, $version: Int!) {\n    reissueInvitationCode(id: $id, version: $version) {\n      caseNumber\n      accessCode\n      letter {\n        title\n        paragraphs\n      }\n      invitation {\n        ...MeetingInvitationFields\n      }\n    }\n  }\n': typeof types.ReissueInvitationCodeDocument;
  '\n  mutation WithdrawInvitation($id: ID!, $version: Int!, $reason: String!) {\n    withdrawInvitation(id: $id, version: $version, reason: $reason) {\n      ...MeetingInvitationFields\n    }\n  }\n': typeof types.WithdrawInvitationDocument;
  '\n  mutation RecordInvitationResponse($id: ID!, $version: Int!, $accept: Boolean!) {\n    recordInvitationResponse(id: $id, version: $version, accept: $accept) {\n      ...MeetingInvitationFields\n    }\n  }\n': typeof types.RecordInvitationResponseDocument;
  '\n  mutation CheckInRepresentative($id: ID!, $version: Int!, $at: DateTimeISO) {\n    checkInRepresentative(id: $id, version: $version, at: $at) {\n      ...MeetingInvitationFields\n    }\n  }\n': typeof types.CheckInRepresentativeDocument;
  '\n  mutation RecordRepresentativeDeparture($id: ID!, $version: Int!, $afterTopicId: ID!) {\n    recordRepresentativeDeparture(id: $id, version: $version, afterTopicId: $afterTopicId) {\n      ...MeetingInvitationFields\n    }\n  }\n': typeof types.RecordRepresentativeDepartureDocument;
  '\n  mutation RecordMeetingOpinion($meetingId: ID!, $input: MeetingOpinionInput!) {\n    recordMeetingOpinion(meetingId: $meetingId, input: $input) {\n      ...MeetingOpinionFields\n    }\n  }\n': typeof types.RecordMeetingOpinionDocument;
  '\n  mutation RecordMeetingSpeech($meetingId: ID!, $input: MeetingSpeechInput!) {\n    recordMeetingSpeech(meetingId: $meetingId, input: $input) {\n      ...MeetingOpinionFields\n    }\n  }\n': typeof types.RecordMeetingSpeechDocument;
  '\n  mutation RecordOpinionAdoption($id: ID!, $version: Int!, $input: OpinionAdoptionInput!) {\n    recordOpinionAdoption(id: $id, version: $version, input: $input) {\n      ...MeetingOpinionFields\n    }\n  }\n': typeof types.RecordOpinionAdoptionDocument;
  '\n  fragment StaffNotificationFields on StaffNotification {\n    id\n    kind\n    taskId\n    title\n    onDate\n    createdAt\n    readAt\n    taskKind\n    caseKind\n    caseId\n    dueDate\n    taskState\n  }\n': typeof types.StaffNotificationFieldsFragmentDoc;
  '\n  query MyNotifications($filter: StaffNotificationFilter, $page: PageInput) {\n    myNotifications(filter: $filter, page: $page) {\n      total\n      items {\n        ...StaffNotificationFields\n      }\n    }\n  }\n': typeof types.MyNotificationsDocument;
  '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n': typeof types.UnreadNotificationCountDocument;
  '\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all) {\n      marked\n      unread\n    }\n  }\n': typeof types.MarkNotificationsReadDocument;
  '\n  fragment OutboxMessageFields on OutboxMessage {\n    id\n    noticeId\n    caseKind\n    channel\n    state\n    attempts\n    nextAttemptAt\n    lastError\n    sentAt\n    providerMessageId\n    createdAt\n    version\n    availableActions\n  }\n': typeof types.OutboxMessageFieldsFragmentDoc;
  '\n  query OutboxMessages($filter: OutboxMessageFilter, $page: PageInput) {\n    outboxMessages(filter: $filter, page: $page) {\n      total\n      items {\n        ...OutboxMessageFields\n      }\n    }\n  }\n': typeof types.OutboxMessagesDocument;
  '\n  mutation RetryOutboxMessage($id: ID!, $version: Int!) {\n    retryOutboxMessage(id: $id, version: $version) {\n      ...OutboxMessageFields\n    }\n  }\n': typeof types.RetryOutboxMessageDocument;
  '\n  fragment RepresentativeListFields on Representative {\n    id\n    name\n    type\n    organisation\n    title\n    expertise\n    phone\n    email\n    postalAddress\n    state\n    eligibilityOutcome\n    eligibilityCheckedAt\n    isInvitable\n    version\n    createdAt\n    updatedAt\n  }\n': typeof types.RepresentativeListFieldsFragmentDoc;
  '\n  fragment RepresentativeFields on Representative {\n    ...RepresentativeListFields\n    eligibilityBasis\n    eligibilityCheckedById\n    eligibilityChecks {\n      id\n      outcome\n      basis\n      checkedById\n      checkedAt\n    }\n    participation {\n      id\n      meetingId\n      caseNumber\n      state\n      topicIds\n      respondedAt\n      checkedInAt\n      isLate\n      departedAt\n      attendancePublic\n      isInterestFlagged\n    }\n  }\n': typeof types.RepresentativeFieldsFragmentDoc;
  '\n  query Representatives($filter: RepresentativeFilter, $page: PageInput, $sort: SortInput) {\n    representatives(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...RepresentativeListFields\n      }\n    }\n  }\n': typeof types.RepresentativesDocument;
  '\n  query Representative($id: ID!) {\n    representative(id: $id) {\n      ...RepresentativeFields\n    }\n  }\n': typeof types.RepresentativeDocument;
  '\n  mutation RegisterRepresentative($input: RepresentativeInput!, $confirmNotDuplicate: Boolean!) {\n    registerRepresentative(input: $input, confirmNotDuplicate: $confirmNotDuplicate) {\n      ...RepresentativeFields\n    }\n  }\n': typeof types.RegisterRepresentativeDocument;
  '\n  mutation UpdateRepresentative(\n    $id: ID!\n    $version: Int!\n    $input: RepresentativeInput!\n    $confirmNotDuplicate: Boolean!\n  ) {\n    updateRepresentative(\n      id: $id\n      version: $version\n      input: $input\n      confirmNotDuplicate: $confirmNotDuplicate\n    ) {\n      ...RepresentativeFields\n    }\n  }\n': typeof types.UpdateRepresentativeDocument;
  '\n  mutation RecordRepresentativeEligibility($id: ID!, $version: Int!, $input: EligibilityCheckInput!) {\n    recordRepresentativeEligibility(id: $id, version: $version, input: $input) {\n      ...RepresentativeFields\n    }\n  }\n': typeof types.RecordRepresentativeEligibilityDocument;
  '\n  mutation SetRepresentativeActive($id: ID!, $version: Int!, $active: Boolean!) {\n    setRepresentativeActive(id: $id, version: $version, active: $active) {\n      ...RepresentativeFields\n    }\n  }\n': typeof types.SetRepresentativeActiveDocument;
  '\n  fragment ReviewOutcomeFields on ReviewOutcomeView {\n    outcome\n    reasons\n    basis\n    redactedContentVersionId\n    exceptions {\n      reason\n      ground\n      evidence\n      evidenceFileId\n    }\n    stateSecret {\n      level\n      term\n      basis\n      scope\n    }\n  }\n': typeof types.ReviewOutcomeFieldsFragmentDoc;
  '\n  fragment ReviewListFields on Review {\n    id\n    title\n    subjectKind\n    subjectId\n    state\n    isRevision\n    owningDepartmentId\n    version\n    createdAt\n    updatedAt\n  }\n': typeof types.ReviewListFieldsFragmentDoc;
  '\n  fragment ReviewEvidenceFileFields on ReviewEvidenceFile {\n    id\n    fileName\n    sizeBytes\n    uploadedAt\n    url\n  }\n': typeof types.ReviewEvidenceFileFieldsFragmentDoc;
  '\n  mutation UploadReviewEvidence($reviewId: ID!, $fileName: String!, $contentBase64: String!) {\n    uploadReviewEvidence(reviewId: $reviewId, fileName: $fileName, contentBase64: $contentBase64) {\n      ...ReviewEvidenceFileFields\n    }\n  }\n': typeof types.UploadReviewEvidenceDocument;
  '\n  fragment ReviewSupplyFileFields on ApplicationSupplyFile {\n    id\n    fileName\n    contentType\n    sizeBytes\n    contentBase64\n    removedAt\n  }\n': typeof types.ReviewSupplyFileFieldsFragmentDoc;
  '\n  fragment ReviewSupplyVersionFields on ApplicationSupplyVersion {\n    id\n    kind\n    basedOnId\n    text\n    sealedAt\n    createdAt\n    files {\n      ...ReviewSupplyFileFields\n    }\n  }\n': typeof types.ReviewSupplyVersionFieldsFragmentDoc;
  '\n  fragment ReviewMeetingResultVersionFields on MeetingResultVersion {\n    id\n    kind\n    basedOnId\n    body\n    sealedAt\n    createdAt\n  }\n': typeof types.ReviewMeetingResultVersionFieldsFragmentDoc;
  '\n  query ReviewMeetingResults($id: ID!) {\n    review(id: $id) {\n      id\n      meetingResultVersions {\n        ...ReviewMeetingResultVersionFields\n      }\n    }\n  }\n': typeof types.ReviewMeetingResultsDocument;
  '\n  fragment ReviewFields on Review {\n    ...ReviewListFields\n    availableActions\n    contentVersionId\n    approvedContentVersionId\n    publisherId\n    finalAction\n    isContentRemovalRequired\n    assessment {\n      ...ReviewOutcomeFields\n    }\n    outcome {\n      ...ReviewOutcomeFields\n    }\n    decisions {\n      id\n      action\n      stage\n      fromState\n      toState\n      opinion\n      reference\n      userId\n      publisherId\n      contentVersionId\n      at\n      assessment {\n        ...ReviewOutcomeFields\n      }\n      outcome {\n        ...ReviewOutcomeFields\n      }\n    }\n    contentVersion {\n      ...ContentVersionFields\n    }\n    redactedVersions {\n      ...ContentVersionFields\n    }\n    supplyVersions {\n      ...ReviewSupplyVersionFields\n    }\n    evidenceFiles {\n      ...ReviewEvidenceFileFields\n    }\n  }\n': typeof types.ReviewFieldsFragmentDoc;
  '\n  query Reviews($filter: ReviewFilter, $page: PageInput, $sort: SortInput) {\n    reviews(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...ReviewListFields\n      }\n    }\n  }\n': typeof types.ReviewsDocument;
  '\n  query Review($id: ID!) {\n    review(id: $id) {\n      ...ReviewFields\n    }\n  }\n': typeof types.ReviewDocument;
  '\n  mutation ReviewInitial(\n    $id: ID!\n    $version: Int!\n    $contentVersionId: ID!\n    $opinion: String!\n    $assessment: ReviewAssessmentInput!\n  ) {\n    reviewInitial(\n      id: $id\n      version: $version\n      contentVersionId: $contentVersionId\n      opinion: $opinion\n      assessment: $assessment\n    ) {\n      ...ReviewFields\n    }\n  }\n': typeof types.ReviewInitialDocument;
  '\n  mutation ReviewSecrecy(\n    $id: ID!\n    $version: Int!\n    $contentVersionId: ID!\n    $opinion: String!\n    $outcome: ReviewOutcomeInput!\n  ) {\n    reviewSecrecy(\n      id: $id\n      version: $version\n      contentVersionId: $contentVersionId\n      opinion: $opinion\n      outcome: $outcome\n    ) {\n      ...ReviewFields\n    }\n  }\n': typeof types.ReviewSecrecyDocument;
  '\n  mutation ReviewApprove(\n    $id: ID!\n    $version: Int!\n    $contentVersionId: ID!\n    $opinion: String!\n    $publisherId: ID\n  ) {\n    reviewApprove(\n      id: $id\n      version: $version\n      contentVersionId: $contentVersionId\n      opinion: $opinion\n      publisherId: $publisherId\n    ) {\n      ...ReviewFields\n    }\n  }\n': typeof types.ReviewApproveDocument;
  '\n  mutation ReviewReturn($id: ID!, $version: Int!, $opinion: String!) {\n    reviewReturn(id: $id, version: $version, opinion: $opinion) {\n      ...ReviewFields\n    }\n  }\n': typeof types.ReviewReturnDocument;
  '\n  mutation ReviewEscalate($id: ID!, $version: Int!, $opinion: String!) {\n    reviewEscalate(id: $id, version: $version, opinion: $opinion) {\n      ...ReviewFields\n    }\n  }\n': typeof types.ReviewEscalateDocument;
  '\n  mutation ReviewRefer($id: ID!, $version: Int!, $opinion: String!) {\n    reviewRefer(id: $id, version: $version, opinion: $opinion) {\n      ...ReviewFields\n    }\n  }\n': typeof types.ReviewReferDocument;
  '\n  mutation ReviewCancel($id: ID!, $version: Int!, $opinion: String!) {\n    reviewCancel(id: $id, version: $version, opinion: $opinion) {\n      ...ReviewFields\n    }\n  }\n': typeof types.ReviewCancelDocument;
  '\n  mutation ReviewRecordDetermination($id: ID!, $version: Int!, $opinion: String!, $reference: String!) {\n    reviewRecordDetermination(id: $id, version: $version, opinion: $opinion, reference: $reference) {\n      ...ReviewFields\n    }\n  }\n': typeof types.ReviewRecordDeterminationDocument;
  '\n  mutation ReviewConfirm($id: ID!, $version: Int!, $contentVersionId: ID!, $opinion: String!) {\n    reviewConfirm(id: $id, version: $version, contentVersionId: $contentVersionId, opinion: $opinion) {\n      ...ReviewFields\n    }\n  }\n': typeof types.ReviewConfirmDocument;
  '\n  mutation ReviewPublish($id: ID!, $version: Int!, $contentVersionId: ID!) {\n    reviewPublish(id: $id, version: $version, contentVersionId: $contentVersionId) {\n      ...ReviewFields\n    }\n  }\n': typeof types.ReviewPublishDocument;
  '\n  mutation PrepareRedactedVersion($reviewId: ID!, $reviewVersion: Int!, $body: String!) {\n    prepareRedactedVersion(reviewId: $reviewId, reviewVersion: $reviewVersion, body: $body) {\n      ...ContentVersionFields\n    }\n  }\n': typeof types.PrepareRedactedVersionDocument;
  '\n  mutation PrepareApplicationSupplyRedaction(\n    $reviewId: ID!\n    $reviewVersion: Int!\n    $input: ApplicationSupplyRedactionInput!\n  ) {\n    prepareApplicationSupplyRedaction(reviewId: $reviewId, reviewVersion: $reviewVersion, input: $input) {\n      ...ReviewSupplyVersionFields\n    }\n  }\n': typeof types.PrepareApplicationSupplyRedactionDocument;
  '\n  mutation PrepareMeetingResultRedaction($reviewId: ID!, $reviewVersion: Int!, $body: String!) {\n    prepareMeetingResultRedaction(reviewId: $reviewId, reviewVersion: $reviewVersion, body: $body) {\n      ...ReviewMeetingResultVersionFields\n    }\n  }\n': typeof types.PrepareMeetingResultRedactionDocument;
  '\n  fragment RuleSummaryFields on Rule {\n    id\n    title\n    issuingBody\n    category\n    documentNumber\n    isActive\n    status\n    versionCount\n    currentVersion {\n      id\n      versionNumber\n      effectiveDate\n      repealDate\n    }\n    createdById\n    version\n    createdAt\n    updatedAt\n  }\n': typeof types.RuleSummaryFieldsFragmentDoc;
  '\n  fragment RuleVersionFields on RuleVersion {\n    id\n    ruleId\n    versionNumber\n    effectiveDate\n    repealDate\n    note\n    text\n    createdById\n    createdAt\n    updatedAt\n  }\n': typeof types.RuleVersionFieldsFragmentDoc;
  '\n  fragment RuleFields on Rule {\n    ...RuleSummaryFields\n    versions {\n      ...RuleVersionFields\n    }\n  }\n': typeof types.RuleFieldsFragmentDoc;
  '\n  query Rules($filter: RuleFilter, $page: PageInput, $sort: SortInput) {\n    rules(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...RuleSummaryFields\n      }\n    }\n  }\n': typeof types.RulesDocument;
  '\n  query Rule($id: ID!) {\n    rule(id: $id) {\n      ...RuleFields\n    }\n  }\n': typeof types.RuleDocument;
  '\n  mutation CreateRule($input: CreateRuleInput!) {\n    createRule(input: $input) {\n      ...RuleFields\n    }\n  }\n': typeof types.CreateRuleDocument;
  '\n  mutation UpdateRule($id: ID!, $version: Int!, $input: RuleInput!) {\n    updateRule(id: $id, version: $version, input: $input) {\n      ...RuleFields\n    }\n  }\n': typeof types.UpdateRuleDocument;
  '\n  mutation AddRuleVersion($ruleId: ID!, $input: RuleVersionInput!) {\n    addRuleVersion(ruleId: $ruleId, input: $input) {\n      ...RuleFields\n    }\n  }\n': typeof types.AddRuleVersionDocument;
  '\n  mutation SetRuleRepealDate($id: ID!, $version: Int!, $repealDate: String) {\n    setRuleRepealDate(id: $id, version: $version, repealDate: $repealDate) {\n      ...RuleFields\n    }\n  }\n': typeof types.SetRuleRepealDateDocument;
  '\n  mutation SetRuleActive($id: ID!, $version: Int!, $isActive: Boolean!) {\n    setRuleActive(id: $id, version: $version, isActive: $isActive) {\n      ...RuleFields\n    }\n  }\n': typeof types.SetRuleActiveDocument;
  '\n  fragment StaffChangeFields on StaffChange {\n    id\n    effectiveDate\n    kind\n    departmentId\n    personName\n    userId\n    description\n    documentNumber\n    recordedAt\n    recordedById\n    updatedAt\n    updatedById\n    version\n  }\n': typeof types.StaffChangeFieldsFragmentDoc;
  '\n  query StaffChanges($filter: StaffChangeFilter, $page: PageInput, $sort: SortInput) {\n    staffChanges(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...StaffChangeFields\n      }\n    }\n  }\n': typeof types.StaffChangesDocument;
  '\n  query StaffChange($id: ID!) {\n    staffChange(id: $id) {\n      ...StaffChangeFields\n    }\n  }\n': typeof types.StaffChangeDocument;
  '\n  mutation CreateStaffChange($input: StaffChangeInput!) {\n    createStaffChange(input: $input) {\n      ...StaffChangeFields\n    }\n  }\n': typeof types.CreateStaffChangeDocument;
  '\n  mutation UpdateStaffChange($id: ID!, $version: Int!, $input: StaffChangeInput!) {\n    updateStaffChange(id: $id, version: $version, input: $input) {\n      ...StaffChangeFields\n    }\n  }\n': typeof types.UpdateStaffChangeDocument;
  '\n  fragment TaskFields on Task {\n    id\n    kind\n    caseKind\n    caseId\n    title\n    assigneeId\n    departmentId\n    deadlineId\n    dueDate\n    state\n    createdAt\n    assignedAt\n    closedAt\n    version\n    workingDaysLeft\n    isOverdue\n    availableActions\n  }\n': typeof types.TaskFieldsFragmentDoc;
  '\n  query MyTasks($filter: MyTaskFilter, $page: PageInput, $sort: SortInput) {\n    myTasks(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...TaskFields\n      }\n    }\n  }\n': typeof types.MyTasksDocument;
  '\n  query Tasks($filter: TaskFilter, $page: PageInput, $sort: SortInput) {\n    tasks(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...TaskFields\n      }\n    }\n  }\n': typeof types.TasksDocument;
  '\n  mutation ReassignTask($id: ID!, $version: Int!, $assigneeId: ID) {\n    reassignTask(id: $id, version: $version, assigneeId: $assigneeId) {\n      ...TaskFields\n    }\n  }\n': typeof types.ReassignTaskDocument;
  '\n  fragment UserFields on UserView {\n    id\n    username\n    displayName\n    departmentId\n    phone\n    email\n    mustChangePassword\n    totpEnabled\n    isActive\n    isDemo\n    lockedUntil\n    roles {\n      id\n      role\n      departmentId\n    }\n    permissions\n    version\n    createdAt\n    updatedAt\n  }\n': typeof types.UserFieldsFragmentDoc;
  '\n  query Users($filter: UserFilter, $page: PageInput, $sort: SortInput) {\n    users(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n': typeof types.UsersDocument;
  '\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n': typeof types.UserDocument;
  '\n  mutation CreateUser($input: UserInput!, $initialPassword: String!) {\n    createUser(input: $input, initialPassword: $initialPassword) {\n      ...UserFields\n    }\n  }\n': typeof types.CreateUserDocument;
  '\n  mutation UpdateUser($id: ID!, $version: Int!, $input: UserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      ...UserFields\n    }\n  }\n': typeof types.UpdateUserDocument;
  '\n  mutation SetUserActive($id: ID!, $version: Int!, $isActive: Boolean!) {\n    setUserActive(id: $id, version: $version, isActive: $isActive) {\n      ...UserFields\n    }\n  }\n': typeof types.SetUserActiveDocument;
  '\n  mutation ResetUserPassword($id: ID!, $version: Int!, $initialPassword: String!) {\n    resetUserPassword(id: $id, version: $version, initialPassword: $initialPassword) {\n      ...UserFields\n    }\n  }\n': typeof types.ResetUserPasswordDocument;
  '\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserFields\n    }\n  }\n': typeof types.UnlockUserDocument;
  '\n  mutation GrantRole($userId: ID!, $role: Role!, $departmentId: ID) {\n    grantRole(userId: $userId, role: $role, departmentId: $departmentId) {\n      ...UserFields\n    }\n  }\n': typeof types.GrantRoleDocument;
  '\n  mutation RevokeRole($grantId: ID!) {\n    revokeRole(grantId: $grantId) {\n      ...UserFields\n    }\n  }\n': typeof types.RevokeRoleDocument;
  '\n  mutation GrantPermission($userId: ID!, $permission: FineGrainedPermission!) {\n    grantPermission(userId: $userId, permission: $permission) {\n      ...UserFields\n    }\n  }\n': typeof types.GrantPermissionDocument;
  '\n  mutation RevokePermission($userId: ID!, $permission: FineGrainedPermission!) {\n    revokePermission(userId: $userId, permission: $permission) {\n      ...UserFields\n    }\n  }\n': typeof types.RevokePermissionDocument;
};
const documents: Documents = {
  '\n  query ServerInfo {\n    serverInfo {\n      name\n      demoMode\n    }\n  }\n':
    types.ServerInfoDocument,
  '\n  fragment MeFields on Me {\n    id\n    username\n    displayName\n    departmentId\n    department {\n      id\n      name\n    }\n    stage\n    roles {\n      id\n      role\n      departmentId\n    }\n    permissions\n    fineGrainedPermissions\n    totpEnabled\n    isDemo\n  }\n':
    types.MeFieldsFragmentDoc,
  '\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n': types.MeDocument,
  '\n  mutation Login($username: String!, $password: String!, $totpCode: String) {\n    login(username: $username, password: $password, totpCode: $totpCode) {\n      status\n      stage\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...MeFields\n    }\n  }\n':
    types.ChangePasswordDocument,
  '\n  mutation BeginTotpEnrolment {\n    beginTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n':
    types.BeginTotpEnrolmentDocument,
  '\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      ...MeFields\n    }\n  }\n':
    types.ConfirmTotpEnrolmentDocument,
  '\n  query MyAuditLogs($page: PageInput) {\n    myAuditLogs(page: $page) {\n      total\n      items {\n        ...AuditLogFields\n      }\n    }\n  }\n':
    types.MyAuditLogsDocument,
  '\n  fragment ApiTokenFields on ApiTokenView {\n    id\n    name\n    prefix\n    scopes\n    rateLimitPerMinute\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    version\n  }\n':
    types.ApiTokenFieldsFragmentDoc,
  '\n  query ApiTokens($page: PageInput, $sort: SortInput) {\n    apiTokens(page: $page, sort: $sort) {\n      total\n      items {\n        ...ApiTokenFields\n      }\n    }\n  }\n':
    types.ApiTokensDocument,
  '\n  query ApiToken($id: ID!) {\n    apiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n':
    types.ApiTokenDocument,
  '\n  mutation CreateApiToken($input: ApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n':
    types.CreateApiTokenDocument,
  '\n  mutation RevokeApiToken($id: ID!, $version: Int!) {\n    revokeApiToken(id: $id, version: $version) {\n      ...ApiTokenFields\n    }\n  }\n':
    types.RevokeApiTokenDocument,
  '\n  query ApiTokenUsage($id: ID!, $minutes: Int!) {\n    apiTokenUsage(id: $id, minutes: $minutes) {\n      minute\n      reads\n      writes\n    }\n  }\n':
    types.ApiTokenUsageDocument,
  '\n  fragment ApplicationListFields on Application {\n    id\n    caseNumber\n    channel\n    arrivedDate\n    receivedDate\n    applicantType\n    applicant {\n      applicantType\n      name\n      idType\n      idNumberMasked\n      organisationName\n    }\n    state\n    resultCode\n    replyDueDate\n    isOverdue\n    replyClockSuspended\n    replyExtended\n    replyDate\n    linkedComplaintId\n    handlerId\n    deadlines {\n      ...DeadlineListFields\n    }\n    version\n    createdAt\n    updatedAt\n  }\n':
    types.ApplicationListFieldsFragmentDoc,
  '\n  fragment ApplicationFields on Application {\n    ...ApplicationListFields\n    availableActions\n    applicant {\n      applicantType\n      name\n      idType\n      idNumberMasked\n      organisationName\n      creditCode\n      contactPerson\n      phone\n      email\n      postalAddress\n      postalCode\n    }\n    description\n    purpose\n    deliveryForm\n    correctedDescription\n    correctionRequest\n    correctionRequestedDate\n    correctionPeriodWorkingDays\n    correctionReceivedDate\n    feeMethod\n    feeBasis\n    feeAmount\n    feeNoticeDate\n    feePaymentPeriodWorkingDays\n    feePaidDate\n    feeReference\n    replyText\n    publishedIndexNumbers\n    withholdingReasons\n    responsibleAgency\n    anonymisedAt\n    applicationsInLast30Days\n    reasonsRequest\n    reasonsRequestedDate\n    reasonablePeriodWorkingDays\n    requestedDocuments {\n      ...RequestedDocumentFields\n    }\n    supplyReview {\n      id\n      state\n    }\n    possibleRepeatOf {\n      id\n      caseNumber\n      receivedDate\n      state\n      resultCode\n    }\n    consultations {\n      ...ConsultationFields\n    }\n    notices {\n      id\n      subject\n      channel\n      sentAt\n    }\n    events {\n      id\n      action\n      fromState\n      toState\n      onDate\n      actorId\n      note\n      at\n    }\n  }\n':
    types.ApplicationFieldsFragmentDoc,
  '\n  query Applications($filter: ApplicationFilter, $page: PageInput, $sort: SortInput) {\n    applications(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...ApplicationListFields\n      }\n    }\n  }\n':
    types.ApplicationsDocument,
  '\n  query Application($id: ID!) {\n    application(id: $id) {\n      ...ApplicationFields\n    }\n  }\n':
    types.ApplicationDocument,
  '\n  query ApplicationReplyLetter($id: ID!) {\n    application(id: $id) {\n      id\n      caseNumber\n      state\n      replyLetter {\n        title\n        salutation\n        paragraphs\n        signature\n        date\n      }\n    }\n  }\n':
    types.ApplicationReplyLetterDocument,
  '\n  query AnnualReportApplications($year: Int!) {\n    annualReportApplications(year: $year) {\n      year\n      balanced\n      rows {\n        key\n        number\n        label\n        depth\n        isHeading\n        values\n      }\n    }\n  }\n':
    types.AnnualReportApplicationsDocument,
  '\n  mutation RegisterApplication($input: ApplicationIntakeInput!) {\n    registerApplication(input: $input) {\n      application {\n        ...ApplicationFields\n      }\n      accessCode\n    }\n  }\n':
    types.RegisterApplicationDocument,
  '\n  mutation RequestApplicationCorrection(\n    $id: ID!\n    $version: Int!\n    $input: RequestApplicationCorrectionInput!\n  ) {\n    requestApplicationCorrection(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n':
    types.RequestApplicationCorrectionDocument,
  '\n  mutation RecordApplicationCorrection($id: ID!, $version: Int!, $input: RecordApplicationCorrectionInput!) {\n    recordApplicationCorrection(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n':
    types.RecordApplicationCorrectionDocument,
  '\n  mutation CloseUncorrectedApplication($id: ID!, $version: Int!) {\n    closeUncorrectedApplication(id: $id, version: $version) {\n      ...ApplicationFields\n    }\n  }\n':
    types.CloseUncorrectedApplicationDocument,
  '\n  fragment RequestedDocumentFields on RequestedDocumentView {\n    id\n    title\n    documentNumber\n    departmentName\n    attribute\n    formedDate\n    jointlyIssued\n    distinctApplicants\n  }\n':
    types.RequestedDocumentFieldsFragmentDoc,
  '\n  query ApplicationDocumentCandidates($search: String!) {\n    applicationDocumentCandidates(search: $search) {\n      ...RequestedDocumentFields\n    }\n  }\n':
    types.ApplicationDocumentCandidatesDocument,
  '\n  mutation LinkApplicationDocuments($id: ID!, $version: Int!, $documentIds: [ID!]!) {\n    linkApplicationDocuments(id: $id, version: $version, documentIds: $documentIds) {\n      ...ApplicationFields\n    }\n  }\n':
    types.LinkApplicationDocumentsDocument,
  '\n  mutation AskApplicantForReasons($id: ID!, $version: Int!, $input: AskApplicantForReasonsInput!) {\n    askApplicantForReasons(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n':
    types.AskApplicantForReasonsDocument,
  '\n  mutation SetApplicationReasonablePeriod(\n    $id: ID!\n    $version: Int!\n    $input: ApplicationReasonablePeriodInput!\n  ) {\n    setApplicationReasonablePeriod(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n':
    types.SetApplicationReasonablePeriodDocument,
  '\n  mutation ExtendApplication($id: ID!, $version: Int!, $input: ExtendApplicationInput!) {\n    extendApplication(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n':
    types.ExtendApplicationDocument,
  '\n  mutation ConsultOnApplication($id: ID!, $version: Int!, $input: ConsultOnApplicationInput!) {\n    consultOnApplication(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n':
    types.ConsultOnApplicationDocument,
  '\n  mutation IssueApplicationFeeNotice($id: ID!, $version: Int!, $input: ApplicationFeeNoticeInput!) {\n    issueApplicationFeeNotice(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n':
    types.IssueApplicationFeeNoticeDocument,
  '\n  mutation RecordApplicationPayment($id: ID!, $version: Int!, $input: RecordApplicationPaymentInput!) {\n    recordApplicationPayment(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n':
    types.RecordApplicationPaymentDocument,
  '\n  mutation CloseUnpaidApplication($id: ID!, $version: Int!) {\n    closeUnpaidApplication(id: $id, version: $version) {\n      ...ApplicationFields\n    }\n  }\n':
    types.CloseUnpaidApplicationDocument,
  '\n  mutation ReplyToApplication($id: ID!, $version: Int!, $input: ReplyToApplicationInput!) {\n    replyToApplication(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n':
    types.ReplyToApplicationDocument,
  '\n  mutation RevealApplicantIdNumber($id: ID!, $reason: String!) {\n    revealApplicantIdNumber(id: $id, reason: $reason) {\n      idType\n      idNumber\n    }\n  }\n':
    types.RevealApplicantIdNumberDocument,
  '\n  mutation SubmitApplicationReplyForReview(\n    $id: ID!\n    $version: Int!\n    $input: SubmitApplicationReplyForReviewInput!\n  ) {\n    submitApplicationReplyForReview(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n':
    types.SubmitApplicationReplyForReviewDocument,
  '\n  mutation SupplyApplicationReply($id: ID!, $version: Int!) {\n    supplyApplicationReply(id: $id, version: $version) {\n      ...ApplicationFields\n    }\n  }\n':
    types.SupplyApplicationReplyDocument,
  '\n  fragment AuditLogFields on AuditLogView {\n    seq\n    at\n    actorKind\n    actorId\n    actorName\n    action\n    outcome\n    entityType\n    entityId\n    changes\n    errorCode\n    reason\n    ip\n    requestId\n    hash\n  }\n':
    types.AuditLogFieldsFragmentDoc,
  '\n  query AuditLogs($filter: AuditLogFilter, $page: PageInput, $sort: SortInput) {\n    auditLogs(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...AuditLogFields\n      }\n    }\n  }\n':
    types.AuditLogsDocument,
  '\n  query AuditLog($seq: ID!) {\n    auditLog(seq: $seq) {\n      ...AuditLogFields\n    }\n  }\n':
    types.AuditLogDocument,
  '\n  query ExportAuditLogs($filter: AuditLogFilter) {\n    exportAuditLogs(filter: $filter) {\n      filename\n      contentType\n      content\n      rows\n    }\n  }\n':
    types.ExportAuditLogsDocument,
  '\n  query VerifyAuditChain {\n    verifyAuditChain {\n      ok\n      checkedRows\n      brokenAtSeq\n    }\n  }\n':
    types.VerifyAuditChainDocument,
  '\n  fragment CalendarOverrideFields on CalendarOverride {\n    id\n    date\n    kind\n    note\n    isActive\n    version\n    createdAt\n    updatedAt\n  }\n':
    types.CalendarOverrideFieldsFragmentDoc,
  '\n  fragment CalendarYearFields on CalendarYear {\n    year\n    hasOfficialData\n    isConfirmed\n    isProvisional\n    confirmedAt\n    workingDays\n    specialDays {\n      date\n      isWorkingDay\n      source\n      name\n    }\n  }\n':
    types.CalendarYearFieldsFragmentDoc,
  '\n  fragment CalendarChangeFields on CalendarChange {\n    override {\n      ...CalendarOverrideFields\n    }\n    year {\n      ...CalendarYearFields\n    }\n    movedDeadlines {\n      deadline {\n        id\n        title\n        dueDate\n        isProvisional\n      }\n      dueDateBefore\n      dueDateAfter\n      provisionalBefore\n      provisionalAfter\n    }\n  }\n':
    types.CalendarChangeFieldsFragmentDoc,
  '\n  query WorkingDayCalendar($year: Int!) {\n    workingDayCalendar(year: $year) {\n      ...CalendarYearFields\n    }\n  }\n':
    types.WorkingDayCalendarDocument,
  '\n  query CalendarOverrides($filter: CalendarOverrideFilter, $page: PageInput, $sort: SortInput) {\n    calendarOverrides(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...CalendarOverrideFields\n      }\n    }\n  }\n':
    types.CalendarOverridesDocument,
  '\n  mutation CreateCalendarOverride($input: CalendarOverrideInput!) {\n    createCalendarOverride(input: $input) {\n      ...CalendarChangeFields\n    }\n  }\n':
    types.CreateCalendarOverrideDocument,
  '\n  mutation UpdateCalendarOverride($id: ID!, $version: Int!, $input: CalendarOverrideChangeInput!) {\n    updateCalendarOverride(id: $id, version: $version, input: $input) {\n      ...CalendarChangeFields\n    }\n  }\n':
    types.UpdateCalendarOverrideDocument,
  '\n  mutation RemoveCalendarOverride($id: ID!, $version: Int!) {\n    removeCalendarOverride(id: $id, version: $version) {\n      ...CalendarChangeFields\n    }\n  }\n':
    types.RemoveCalendarOverrideDocument,
  '\n  mutation ConfirmCalendarYear($year: Int!) {\n    confirmCalendarYear(year: $year) {\n      ...CalendarChangeFields\n    }\n  }\n':
    types.ConfirmCalendarYearDocument,
  '\n  fragment CatalogCategoryFields on CatalogCategory {\n    id\n    code\n    name\n    sortOrder\n    parentId\n    isActive\n    version\n    createdAt\n    updatedAt\n  }\n':
    types.CatalogCategoryFieldsFragmentDoc,
  '\n  query CatalogCategories($filter: CatalogCategoryFilter, $page: PageInput, $sort: SortInput) {\n    catalogCategories(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...CatalogCategoryFields\n      }\n    }\n  }\n':
    types.CatalogCategoriesDocument,
  '\n  query CatalogCategory($id: ID!) {\n    catalogCategory(id: $id) {\n      ...CatalogCategoryFields\n    }\n  }\n':
    types.CatalogCategoryDocument,
  '\n  mutation CreateCatalogCategory($input: CatalogCategoryInput!) {\n    createCatalogCategory(input: $input) {\n      ...CatalogCategoryFields\n    }\n  }\n':
    types.CreateCatalogCategoryDocument,
  '\n  mutation UpdateCatalogCategory($id: ID!, $version: Int!, $input: CatalogCategoryInput!) {\n    updateCatalogCategory(id: $id, version: $version, input: $input) {\n      ...CatalogCategoryFields\n    }\n  }\n':
    types.UpdateCatalogCategoryDocument,
  '\n  mutation SetCatalogCategoryActive($id: ID!, $version: Int!, $isActive: Boolean!) {\n    setCatalogCategoryActive(id: $id, version: $version, isActive: $isActive) {\n      ...CatalogCategoryFields\n    }\n  }\n':
    types.SetCatalogCategoryActiveDocument,
  '\n  fragment CatalogEntryFields on CatalogEntry {\n    id\n    indexNumber\n    title\n    documentNumber\n    subjectKind\n    subjectId\n    reviewId\n    categoryId\n    owningDepartmentId\n    state\n    entryVersion\n    formedDate\n    publishedAt\n    publisherId\n    summary\n    body\n    attachmentIds\n    contentVersionId\n    withdrawnAt\n    withdrawalReason\n    availableActions\n    version\n    createdAt\n    updatedAt\n  }\n':
    types.CatalogEntryFieldsFragmentDoc,
  '\n  query CatalogEntries($filter: CatalogEntryFilter, $page: PageInput, $sort: SortInput) {\n    catalogEntries(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...CatalogEntryFields\n      }\n    }\n  }\n':
    types.CatalogEntriesDocument,
  '\n  query CatalogEntry($id: ID!) {\n    catalogEntry(id: $id) {\n      ...CatalogEntryFields\n    }\n  }\n':
    types.CatalogEntryDocument,
  '\n  mutation WithdrawCatalogEntry($id: ID!, $version: Int!, $reason: String!) {\n    withdrawCatalogEntry(id: $id, version: $version, reason: $reason) {\n      ...CatalogEntryFields\n    }\n  }\n':
    types.WithdrawCatalogEntryDocument,
  '\n  mutation EmergencyWithdrawCatalogEntry($indexNumber: String!, $reason: String!) {\n    emergencyWithdrawCatalogEntry(indexNumber: $indexNumber, reason: $reason) {\n      ...CatalogEntryFields\n    }\n  }\n':
    types.EmergencyWithdrawCatalogEntryDocument,
  '\n  fragment ComplaintListFields on Complaint {\n    id\n    caseNumber\n    violationKind\n    channel\n    receivedAt\n    receivedDate\n    concernedDepartmentId\n    isAnonymous\n    wantsReply\n    state\n    outcome\n    isOverdue\n    handlingDueDate\n    hasAccessCode\n    handlerId\n    deadlines {\n      ...DeadlineListFields\n    }\n    version\n    createdAt\n    updatedAt\n  }\n':
    types.ComplaintListFieldsFragmentDoc,
  '\n  fragment ComplaintFields on Complaint {\n    ...ComplaintListFields\n    availableActions\n    summary\n    notAcceptedReason\n    notAcceptedText\n    transferredToDepartmentId\n    transferredToAgencyId\n    transferredAt\n    transferResult\n    findings\n    replyText\n    handledAt\n    closedAt\n    correctionOrders {\n      id\n      departmentId\n      requirement\n      dueDate\n      state\n      reportText\n      reportedAt\n      verifiedAt\n    }\n    notices {\n      id\n      subject\n      channel\n      sentAt\n    }\n    identityReveals {\n      id\n      revealedAt\n      revealedById\n      reason\n    }\n  }\n':
    types.ComplaintFieldsFragmentDoc,
  '\n  query Complaints($filter: ComplaintFilter, $page: PageInput, $sort: SortInput) {\n    complaints(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...ComplaintListFields\n      }\n    }\n  }\n':
    types.ComplaintsDocument,
  '\n  query Complaint($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintFields\n    }\n  }\n':
    types.ComplaintDocument,
  '\n  query ComplaintStatistics($filter: ComplaintStatisticsFilter) {\n    complaintStatistics(filter: $filter) {\n      total\n      overdue\n      byKind {\n        key: violationKind\n        count\n      }\n      byChannel {\n        key: channel\n        count\n      }\n      byOutcome {\n        key: outcome\n        count\n      }\n      byState {\n        key: state\n        count\n      }\n      byConcernedDepartment {\n        key: departmentId\n        count\n      }\n    }\n  }\n':
    types.ComplaintStatisticsDocument,
  '\n  mutation RegisterComplaint($input: ComplaintIntakeInput!) {\n    registerComplaint(input: $input) {\n      complaint {\n        ...ComplaintFields\n      }\n      accessCode\n    }\n  }\n':
    types.RegisterComplaintDocument,
  '\n  mutation AcceptComplaint($id: ID!, $version: Int!, $needsTransfer: Boolean!, $summary: String) {\n    acceptComplaint(id: $id, version: $version, needsTransfer: $needsTransfer, summary: $summary) {\n      ...ComplaintFields\n    }\n  }\n':
    types.AcceptComplaintDocument,
  '\n  mutation RejectComplaint(\n    $id: ID!\n    $version: Int!\n    $reason: ComplaintNotAcceptedReason!\n    $text: String!\n    $noticeChannel: NoticeChannel\n  ) {\n    rejectComplaint(id: $id, version: $version, reason: $reason, text: $text, noticeChannel: $noticeChannel) {\n      ...ComplaintFields\n    }\n  }\n':
    types.RejectComplaintDocument,
  '\n  mutation TransferComplaint(\n    $id: ID!\n    $version: Int!\n    $toDepartmentId: ID\n    $toAgencyId: ID\n    $summary: String!\n  ) {\n    transferComplaint(\n      id: $id\n      version: $version\n      toDepartmentId: $toDepartmentId\n      toAgencyId: $toAgencyId\n      summary: $summary\n    ) {\n      ...ComplaintFields\n    }\n  }\n':
    types.TransferComplaintDocument,
  '\n  mutation RecordComplaintTransferResult($id: ID!, $version: Int!, $text: String!) {\n    recordComplaintTransferResult(id: $id, version: $version, text: $text) {\n      ...ComplaintFields\n    }\n  }\n':
    types.RecordComplaintTransferResultDocument,
  '\n  mutation ExtendComplaint(\n    $id: ID!\n    $version: Int!\n    $byWorkingDays: Int!\n    $reason: String!\n    $noticeChannel: NoticeChannel\n  ) {\n    extendComplaint(\n      id: $id\n      version: $version\n      byWorkingDays: $byWorkingDays\n      reason: $reason\n      noticeChannel: $noticeChannel\n    ) {\n      ...ComplaintFields\n    }\n  }\n':
    types.ExtendComplaintDocument,
  '\n  mutation HandleComplaint($id: ID!, $version: Int!, $input: HandleComplaintInput!) {\n    handleComplaint(id: $id, version: $version, input: $input) {\n      ...ComplaintFields\n    }\n  }\n':
    types.HandleComplaintDocument,
  '\n  mutation CloseComplaint($id: ID!, $version: Int!) {\n    closeComplaint(id: $id, version: $version) {\n      ...ComplaintFields\n    }\n  }\n':
    types.CloseComplaintDocument,
  '\n  mutation RevealComplaintIdentity($id: ID!, $reason: String!) {\n    revealComplaintIdentity(id: $id, reason: $reason) {\n      name\n      workplace\n      address\n      phone\n      email\n      concernedDepartment\n      content\n    }\n  }\n':
    types.RevealComplaintIdentityDocument,
  '\n  fragment ConsultationFields on Consultation {\n    id\n    subjectKind\n    subjectId\n    use\n    state\n    departmentId\n    consulteeAgencyId\n    consulteeDepartmentId\n    consulteeName\n    basicFacts\n    opinion\n    basis\n    replyAgrees\n    replyText\n    repliedOn\n    settlementBody\n    settlementDecision\n    settlementReference\n    settlementSummary\n    dueDate\n    sentAt\n    availableActions\n    version\n    createdAt\n    updatedAt\n  }\n':
    types.ConsultationFieldsFragmentDoc,
  '\n  query Consultations($filter: ConsultationFilter, $page: PageInput, $sort: SortInput) {\n    consultations(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...ConsultationFields\n      }\n    }\n  }\n':
    types.ConsultationsDocument,
  '\n  query Consultation($id: ID!) {\n    consultation(id: $id) {\n      ...ConsultationFields\n    }\n  }\n':
    types.ConsultationDocument,
  '\n  query DocumentPublicationBlocker($id: ID!) {\n    document(id: $id) {\n      id\n      publicationBlocker\n    }\n  }\n':
    types.DocumentPublicationBlockerDocument,
  '\n  mutation SendConsultation(\n    $documentId: ID!\n    $use: ConsultationUse!\n    $consulteeIds: [ID!]!\n    $letter: ConsultationLetterInput!\n  ) {\n    sendConsultation(documentId: $documentId, use: $use, consulteeIds: $consulteeIds, letter: $letter) {\n      ...ConsultationFields\n    }\n  }\n':
    types.SendConsultationDocument,
  '\n  mutation RecordConsultationReply(\n    $id: ID!\n    $version: Int!\n    $agrees: Boolean!\n    $reply: String!\n    $repliedOn: String!\n  ) {\n    recordConsultationReply(\n      id: $id\n      version: $version\n      agrees: $agrees\n      reply: $reply\n      repliedOn: $repliedOn\n    ) {\n      ...ConsultationFields\n    }\n  }\n':
    types.RecordConsultationReplyDocument,
  '\n  mutation RemindConsultation($id: ID!, $version: Int!, $note: String!) {\n    remindConsultation(id: $id, version: $version, note: $note) {\n      ...ConsultationFields\n    }\n  }\n':
    types.RemindConsultationDocument,
  '\n  mutation EscalateConsultation($id: ID!, $version: Int!, $reason: String!) {\n    escalateConsultation(id: $id, version: $version, reason: $reason) {\n      ...ConsultationFields\n    }\n  }\n':
    types.EscalateConsultationDocument,
  '\n  mutation RecordConsultationSettlement($id: ID!, $version: Int!, $settlement: ConsultationSettlementInput!) {\n    recordConsultationSettlement(id: $id, version: $version, settlement: $settlement) {\n      ...ConsultationFields\n    }\n  }\n':
    types.RecordConsultationSettlementDocument,
  '\n  mutation WithdrawConsultation($id: ID!, $version: Int!, $reason: String!) {\n    withdrawConsultation(id: $id, version: $version, reason: $reason) {\n      ...ConsultationFields\n    }\n  }\n':
    types.WithdrawConsultationDocument,
  '\n  mutation GiveCoDepartmentConsent($id: ID!, $version: Int!, $opinion: String) {\n    giveCoDepartmentConsent(id: $id, version: $version, opinion: $opinion) {\n      ...ConsultationFields\n    }\n  }\n':
    types.GiveCoDepartmentConsentDocument,
  '\n  mutation RefuseCoDepartmentConsent($id: ID!, $version: Int!, $reason: String!) {\n    refuseCoDepartmentConsent(id: $id, version: $version, reason: $reason) {\n      ...ConsultationFields\n    }\n  }\n':
    types.RefuseCoDepartmentConsentDocument,
  '\n  fragment CorrectionOrderFields on CorrectionOrder {\n    id\n    complaintId\n    caseNumber\n    departmentId\n    requirement\n    dueDate\n    state\n    reportText\n    reportedAt\n    reportedById\n    verifiedAt\n    verifiedById\n    availableActions\n    version\n    createdAt\n    updatedAt\n  }\n':
    types.CorrectionOrderFieldsFragmentDoc,
  '\n  query CorrectionOrders($filter: CorrectionOrderFilter, $page: PageInput, $sort: SortInput) {\n    correctionOrders(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...CorrectionOrderFields\n      }\n    }\n  }\n':
    types.CorrectionOrdersDocument,
  '\n  query CorrectionOrder($id: ID!) {\n    correctionOrder(id: $id) {\n      ...CorrectionOrderFields\n    }\n  }\n':
    types.CorrectionOrderDocument,
  '\n  mutation ReportCorrection($id: ID!, $version: Int!, $text: String!) {\n    reportCorrection(id: $id, version: $version, text: $text) {\n      ...CorrectionOrderFields\n    }\n  }\n':
    types.ReportCorrectionDocument,
  '\n  mutation VerifyCorrection($id: ID!, $version: Int!) {\n    verifyCorrection(id: $id, version: $version) {\n      ...CorrectionOrderFields\n    }\n  }\n':
    types.VerifyCorrectionDocument,
  '\n  fragment DeadlineListFields on Deadline {\n    id\n    kind\n    caseKind\n    caseId\n    title\n    departmentId\n    assigneeId\n    startDate\n    periodWorkingDays\n    extensionsWorkingDays\n    extensionCount\n    dueDate\n    isProvisional\n    isSuspended\n    isOverdue\n    state\n    closedAt\n    workingDaysLeft\n    version\n    createdAt\n    updatedAt\n  }\n':
    types.DeadlineListFieldsFragmentDoc,
  '\n  fragment DeadlineFields on Deadline {\n    ...DeadlineListFields\n    suspensions {\n      from\n      to\n      reason\n    }\n    events {\n      id\n      action\n      onDate\n      reason\n      byWorkingDays\n      dueDateBefore\n      dueDateAfter\n      actorId\n      approverId\n      at\n    }\n  }\n':
    types.DeadlineFieldsFragmentDoc,
  '\n  fragment DeadlineCountFields on DeadlineCount {\n    key\n    open\n    overdue\n    dueSoon\n    suspended\n    provisional\n  }\n':
    types.DeadlineCountFieldsFragmentDoc,
  '\n  query Deadlines($filter: DeadlineFilter, $page: PageInput, $sort: SortInput) {\n    deadlines(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...DeadlineListFields\n      }\n    }\n  }\n':
    types.DeadlinesDocument,
  '\n  query Deadline($id: ID!) {\n    deadline(id: $id) {\n      ...DeadlineFields\n    }\n  }\n':
    types.DeadlineDocument,
  '\n  query DeadlineSummary($filter: DeadlineFilter) {\n    deadlineSummary(filter: $filter) {\n      today\n      dueSoonUntil\n      total {\n        ...DeadlineCountFields\n      }\n      byDepartment {\n        ...DeadlineCountFields\n      }\n      byAssignee {\n        ...DeadlineCountFields\n      }\n    }\n  }\n':
    types.DeadlineSummaryDocument,
  '\n  fragment DepartmentFields on Department {\n    id\n    code\n    name\n    kind\n    sortOrder\n    phone\n    isActive\n    version\n    createdAt\n    updatedAt\n  }\n':
    types.DepartmentFieldsFragmentDoc,
  '\n  query Departments($filter: DepartmentFilter, $page: PageInput, $sort: SortInput) {\n    departments(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...DepartmentFields\n      }\n    }\n  }\n':
    types.DepartmentsDocument,
  '\n  query Department($id: ID!) {\n    department(id: $id) {\n      ...DepartmentFields\n    }\n  }\n':
    types.DepartmentDocument,
  '\n  mutation CreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n':
    types.CreateDepartmentDocument,
  '\n  mutation UpdateDepartment($id: ID!, $version: Int!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, version: $version, input: $input) {\n      ...DepartmentFields\n    }\n  }\n':
    types.UpdateDepartmentDocument,
  '\n  mutation SetDepartmentActive($id: ID!, $version: Int!, $isActive: Boolean!) {\n    setDepartmentActive(id: $id, version: $version, isActive: $isActive) {\n      ...DepartmentFields\n    }\n  }\n':
    types.SetDepartmentActiveDocument,
  '\n  fragment ContentVersionFields on DocumentContentVersion {\n    id\n    documentId\n    kind\n    seq\n    body\n    isEditable\n    sealedAt\n    contentRemovedAt\n    basedOnId\n    version\n    attachments {\n      id\n      fileName\n      contentType\n      sizeBytes\n      url\n      removedAt\n    }\n  }\n':
    types.ContentVersionFieldsFragmentDoc,
  '\n  fragment DocumentListFields on Document {\n    id\n    title\n    documentNumber\n    type\n    otherTypeName\n    purpose\n    state\n    attribute\n    proposedAttribute\n    departmentId\n    version\n    createdAt\n    updatedAt\n  }\n':
    types.DocumentListFieldsFragmentDoc,
  '\n  fragment DocumentFields on Document {\n    ...DocumentListFields\n    availableActions\n    summary\n    coDepartmentIds\n    jointAgencyIds\n    catalogCategoryId\n    forwardedFromId\n    drafterId\n    signedAt\n    signedById\n    formedDate\n    lastAssessedAt\n    declassifiedAt\n    declassificationReference\n    attributeReason\n    attributeRule\n    isAttributeDeviation\n    attributeProposal {\n      attribute\n      rule\n      isForwardedSourceUnset\n    }\n    currentContent {\n      ...ContentVersionFields\n    }\n    events {\n      id\n      action\n      fromState\n      toState\n      fromAttribute\n      toAttribute\n      note\n      actorId\n      at\n    }\n    reviews {\n      id\n      state\n      isRevision\n      createdAt\n      decisions {\n        id\n        action\n        stage\n        fromState\n        toState\n        opinion\n        userId\n        at\n      }\n    }\n    catalogEntries {\n      id\n      indexNumber\n      entryVersion\n      state\n      publishedAt\n    }\n  }\n':
    types.DocumentFieldsFragmentDoc,
  '\n  query Documents($filter: DocumentFilter, $page: PageInput, $sort: SortInput) {\n    documents(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...DocumentListFields\n      }\n    }\n  }\n':
    types.DocumentsDocument,
  '\n  query Document($id: ID!) {\n    document(id: $id) {\n      ...DocumentFields\n    }\n  }\n':
    types.DocumentDocument,
  '\n  mutation CreateDocument($departmentId: ID!, $input: DocumentDraftInput!) {\n    createDocument(departmentId: $departmentId, input: $input) {\n      ...DocumentFields\n    }\n  }\n':
    types.CreateDocumentDocument,
  '\n  mutation UpdateDocument($id: ID!, $version: Int!, $input: DocumentDraftInput!) {\n    updateDocument(id: $id, version: $version, input: $input) {\n      ...DocumentFields\n    }\n  }\n':
    types.UpdateDocumentDocument,
  '\n  mutation SetDocumentAttribute($id: ID!, $version: Int!, $attribute: DisclosureAttribute!, $reason: String) {\n    setDocumentAttribute(id: $id, version: $version, attribute: $attribute, reason: $reason) {\n      ...DocumentFields\n    }\n  }\n':
    types.SetDocumentAttributeDocument,
  '\n  mutation RedetermineDocumentAttribute(\n    $id: ID!\n    $version: Int!\n    $attribute: DisclosureAttribute!\n    $reason: String!\n  ) {\n    redetermineDocumentAttribute(id: $id, version: $version, attribute: $attribute, reason: $reason) {\n      ...DocumentFields\n    }\n  }\n':
    types.RedetermineDocumentAttributeDocument,
  '\n  mutation SignDocument($id: ID!, $version: Int!) {\n    signDocument(id: $id, version: $version) {\n      ...DocumentFields\n    }\n  }\n':
    types.SignDocumentDocument,
  '\n  mutation SubmitDocumentForReview($id: ID!, $version: Int!) {\n    submitDocumentForReview(id: $id, version: $version) {\n      ...DocumentFields\n    }\n  }\n':
    types.SubmitDocumentForReviewDocument,
  '\n  mutation DiscardDocument($id: ID!, $version: Int!) {\n    discardDocument(id: $id, version: $version) {\n      ...DocumentFields\n    }\n  }\n':
    types.DiscardDocumentDocument,
  '\n  mutation ReviseDocument($id: ID!, $version: Int!) {\n    reviseDocument(id: $id, version: $version) {\n      ...DocumentFields\n    }\n  }\n':
    types.ReviseDocumentDocument,
  '\n  mutation UploadDocumentAttachment($contentVersionId: ID!, $fileName: String!, $contentBase64: String!) {\n    uploadDocumentAttachment(\n      contentVersionId: $contentVersionId\n      fileName: $fileName\n      contentBase64: $contentBase64\n    ) {\n      id\n      fileName\n    }\n  }\n':
    types.UploadDocumentAttachmentDocument,
  '\n  mutation RemoveDocumentAttachment($id: ID!) {\n    removeDocumentAttachment(id: $id)\n  }\n':
    types.RemoveDocumentAttachmentDocument,
  '\n  mutation ConfirmDocumentAttribute($id: ID!, $version: Int!, $reason: String!) {\n    confirmDocumentAttribute(id: $id, version: $version, reason: $reason) {\n      ...DocumentFields\n    }\n  }\n':
    types.ConfirmDocumentAttributeDocument,
  '\n  mutation RecordDocumentDeclassification($id: ID!, $version: Int!, $reference: String!) {\n    recordDocumentDeclassification(id: $id, version: $version, reference: $reference) {\n      ...DocumentFields\n    }\n  }\n':
    types.RecordDocumentDeclassificationDocument,
  '\n  fragment ExternalAgencyFields on ExternalAgency {\n    id\n    name\n    kind\n    contactPerson\n    phone\n    address\n    notes\n    isActive\n    version\n    createdAt\n    updatedAt\n  }\n':
    types.ExternalAgencyFieldsFragmentDoc,
  '\n  query ExternalAgencies($filter: ExternalAgencyFilter, $page: PageInput, $sort: SortInput) {\n    externalAgencies(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...ExternalAgencyFields\n      }\n    }\n  }\n':
    types.ExternalAgenciesDocument,
  '\n  query ExternalAgency($id: ID!) {\n    externalAgency(id: $id) {\n      ...ExternalAgencyFields\n    }\n  }\n':
    types.ExternalAgencyDocument,
  '\n  mutation CreateExternalAgency($input: ExternalAgencyInput!) {\n    createExternalAgency(input: $input) {\n      ...ExternalAgencyFields\n    }\n  }\n':
    types.CreateExternalAgencyDocument,
  '\n  mutation UpdateExternalAgency($id: ID!, $version: Int!, $input: ExternalAgencyInput!) {\n    updateExternalAgency(id: $id, version: $version, input: $input) {\n      ...ExternalAgencyFields\n    }\n  }\n':
    types.UpdateExternalAgencyDocument,
  '\n  mutation SetExternalAgencyActive($id: ID!, $version: Int!, $isActive: Boolean!) {\n    setExternalAgencyActive(id: $id, version: $version, isActive: $isActive) {\n      ...ExternalAgencyFields\n    }\n  }\n':
    types.SetExternalAgencyActiveDocument,
  '\n  fragment GuideVersionFields on GuideVersion {\n    id\n    versionNumber\n    classification\n    proactiveDisclosure\n    applicationProcedure\n    office {\n      name\n      address\n      officeHours\n      telephone\n      fax\n      website\n      email\n    }\n    otherText\n    publishedAt\n    publishedById\n    createdById\n    version\n    createdAt\n    updatedAt\n  }\n':
    types.GuideVersionFieldsFragmentDoc,
  '\n  query GuideVersions($filter: GuideVersionFilter, $page: PageInput, $sort: SortInput) {\n    guideVersions(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...GuideVersionFields\n      }\n    }\n  }\n':
    types.GuideVersionsDocument,
  '\n  query GuideVersion($id: ID!) {\n    guideVersion(id: $id) {\n      ...GuideVersionFields\n    }\n  }\n':
    types.GuideVersionDocument,
  '\n  mutation CreateGuideDraft($input: GuideInput!) {\n    createGuideDraft(input: $input) {\n      ...GuideVersionFields\n    }\n  }\n':
    types.CreateGuideDraftDocument,
  '\n  mutation UpdateGuideDraft($id: ID!, $version: Int!, $input: GuideInput!) {\n    updateGuideDraft(id: $id, version: $version, input: $input) {\n      ...GuideVersionFields\n    }\n  }\n':
    types.UpdateGuideDraftDocument,
  '\n  mutation PublishGuideVersion($id: ID!, $version: Int!) {\n    publishGuideVersion(id: $id, version: $version) {\n      ...GuideVersionFields\n    }\n  }\n':
    types.PublishGuideVersionDocument,
  '\n  fragment JobRunFields on JobRun {\n    id\n    jobName\n    label\n    schedule\n    slot\n    startedAt\n    finishedAt\n    outcome\n    summary\n    replica\n  }\n':
    types.JobRunFieldsFragmentDoc,
  '\n  query JobRuns($filter: JobRunFilter, $page: PageInput) {\n    jobRuns(filter: $filter, page: $page) {\n      total\n      items {\n        ...JobRunFields\n      }\n    }\n  }\n':
    types.JobRunsDocument,
  '\n  fragment MeetingListFields on Meeting {\n    id\n    caseNumber\n    title\n    departmentId\n    startsAt\n    plannedEndsAt\n    place\n    seats\n    state\n    endedAt\n    feedbackSentAt\n    deadlineId\n    feedbackDueDate\n    feedbackStanding\n    feedbackMetAt\n    version\n    createdAt\n    updatedAt\n  }\n':
    types.MeetingListFieldsFragmentDoc,
  '\n  fragment MeetingInvitationFields on MeetingInvitation {\n    id\n    meetingId\n    caseNumber\n    representativeId\n    representative {\n      id\n      name\n      type\n      organisation\n    }\n    topicIds\n    state\n    sequence\n    noticeChannel\n    respondedAt\n    withdrawnReason\n    checkedInAt\n    checkedInBy\n    isLate\n    departedAt\n    departedAfterTopicId\n    attendancePublic\n    isInterestFlagged\n    interestDeclarations {\n      id\n      topicId\n      hasDirectInterest\n      isFlagged\n      note\n      declaredAt\n    }\n    availableActions\n    version\n  }\n':
    types.MeetingInvitationFieldsFragmentDoc,
  '\n  fragment MeetingOpinionFields on MeetingOpinion {\n    id\n    meetingId\n    invitationId\n    topicId\n    kind\n    source\n    content\n    recordedAt\n    recordedById\n    adoption\n    adoptionExplanation\n    adoptionRecordedAt\n    version\n  }\n':
    types.MeetingOpinionFieldsFragmentDoc,
  '\n  fragment MeetingFields on Meeting {\n    ...MeetingListFields\n    availableActions\n    postponeReason\n    cancelReason\n    startedAt\n    minutes\n    decisions\n    topics {\n      id\n      position\n      title\n      description\n      representativesMayAttend\n      category\n      seats\n    }\n    invitations {\n      ...MeetingInvitationFields\n    }\n    opinions {\n      ...MeetingOpinionFields\n    }\n    attendance {\n      caseNumber\n      representativeName\n      representativeType\n      organisation\n      state\n      topics\n      checkedInAt\n      isLate\n      departedAt\n      departedAfterTopic\n      attendancePublic\n      isInterestFlagged\n    }\n    resultReviews {\n      id\n      title\n      state\n      createdAt\n    }\n  }\n':
    types.MeetingFieldsFragmentDoc,
  '\n  query Meetings($filter: MeetingFilter, $page: PageInput, $sort: SortInput) {\n    meetings(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...MeetingListFields\n      }\n    }\n  }\n':
    types.MeetingsDocument,
  '\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n':
    types.MeetingDocument,
  '\n  query MeetingsCalendar($from: DateTimeISO!, $to: DateTimeISO!) {\n    meetingsCalendar(from: $from, to: $to) {\n      id\n      caseNumber\n      title\n      departmentId\n      startsAt\n      plannedEndsAt\n      place\n      state\n    }\n  }\n':
    types.MeetingsCalendarDocument,
  '\n  query InvitationLetter($invitationId: ID!) {\n    invitationLetter(invitationId: $invitationId) {\n      title\n      paragraphs\n    }\n  }\n':
    types.InvitationLetterDocument,
  '\n  mutation CreateMeeting($input: MeetingInput!) {\n    createMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n':
    types.CreateMeetingDocument,
  '\n  mutation UpdateMeeting($id: ID!, $version: Int!, $input: MeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) {\n      ...MeetingFields\n    }\n  }\n':
    types.UpdateMeetingDocument,
  '\n  mutation PostponeMeeting($id: ID!, $version: Int!, $input: MeetingReasonInput!) {\n    postponeMeeting(id: $id, version: $version, input: $input) {\n      ...MeetingFields\n    }\n  }\n':
    types.PostponeMeetingDocument,
  '\n  mutation RescheduleMeeting($id: ID!, $version: Int!, $input: RescheduleMeetingInput!) {\n    rescheduleMeeting(id: $id, version: $version, input: $input) {\n      ...MeetingFields\n    }\n  }\n':
    types.RescheduleMeetingDocument,
  '\n  mutation CancelMeeting($id: ID!, $version: Int!, $input: MeetingReasonInput!) {\n    cancelMeeting(id: $id, version: $version, input: $input) {\n      ...MeetingFields\n    }\n  }\n':
    types.CancelMeetingDocument,
  '\n  mutation StartMeeting($id: ID!, $version: Int!) {\n    startMeeting(id: $id, version: $version) {\n      ...MeetingFields\n    }\n  }\n':
    types.StartMeetingDocument,
  '\n  mutation CloseMeeting($id: ID!, $version: Int!, $input: CloseMeetingInput!) {\n    closeMeeting(id: $id, version: $version, input: $input) {\n      ...MeetingFields\n    }\n  }\n':
    types.CloseMeetingDocument,
  '\n  mutation SendMeetingFeedback($id: ID!, $version: Int!) {\n    sendMeetingFeedback(id: $id, version: $version) {\n      ...MeetingFields\n    }\n  }\n':
    types.SendMeetingFeedbackDocument,
  '\n  mutation SubmitMeetingResults($id: ID!, $version: Int!) {\n    submitMeetingResults(id: $id, version: $version) {\n      ...MeetingFields\n    }\n  }\n':
    types.SubmitMeetingResultsDocument,
  '\n  mutation InviteRepresentative($meetingId: ID!, $input: InviteRepresentativeInput!) {\n    inviteRepresentative(meetingId: $meetingId, input: $input) {\n      caseNumber\n      accessCode\n      letter {\n        title\n        paragraphs\n      }\n      invitation {\n        ...MeetingInvitationFields\n      }\n    }\n  }\n':
    types.InviteRepresentativeDocument,
  '\n  mutation ReissueInvitationCode($id: ID!, $version: Int!) {\n    reissueInvitationCode(id: $id, version: $version) {\n      caseNumber\n      accessCode\n      letter {\n        title\n        paragraphs\n      }\n      invitation {\n        ...MeetingInvitationFields\n      }\n    }\n  }\n':
    types.ReissueInvitationCodeDocument,
  '\n  mutation WithdrawInvitation($id: ID!, $version: Int!, $reason: String!) {\n    withdrawInvitation(id: $id, version: $version, reason: $reason) {\n      ...MeetingInvitationFields\n    }\n  }\n':
    types.WithdrawInvitationDocument,
  '\n  mutation RecordInvitationResponse($id: ID!, $version: Int!, $accept: Boolean!) {\n    recordInvitationResponse(id: $id, version: $version, accept: $accept) {\n      ...MeetingInvitationFields\n    }\n  }\n':
    types.RecordInvitationResponseDocument,
  '\n  mutation CheckInRepresentative($id: ID!, $version: Int!, $at: DateTimeISO) {\n    checkInRepresentative(id: $id, version: $version, at: $at) {\n      ...MeetingInvitationFields\n    }\n  }\n':
    types.CheckInRepresentativeDocument,
  '\n  mutation RecordRepresentativeDeparture($id: ID!, $version: Int!, $afterTopicId: ID!) {\n    recordRepresentativeDeparture(id: $id, version: $version, afterTopicId: $afterTopicId) {\n      ...MeetingInvitationFields\n    }\n  }\n':
    types.RecordRepresentativeDepartureDocument,
  '\n  mutation RecordMeetingOpinion($meetingId: ID!, $input: MeetingOpinionInput!) {\n    recordMeetingOpinion(meetingId: $meetingId, input: $input) {\n      ...MeetingOpinionFields\n    }\n  }\n':
    types.RecordMeetingOpinionDocument,
  '\n  mutation RecordMeetingSpeech($meetingId: ID!, $input: MeetingSpeechInput!) {\n    recordMeetingSpeech(meetingId: $meetingId, input: $input) {\n      ...MeetingOpinionFields\n    }\n  }\n':
    types.RecordMeetingSpeechDocument,
  '\n  mutation RecordOpinionAdoption($id: ID!, $version: Int!, $input: OpinionAdoptionInput!) {\n    recordOpinionAdoption(id: $id, version: $version, input: $input) {\n      ...MeetingOpinionFields\n    }\n  }\n':
    types.RecordOpinionAdoptionDocument,
  '\n  fragment StaffNotificationFields on StaffNotification {\n    id\n    kind\n    taskId\n    title\n    onDate\n    createdAt\n    readAt\n    taskKind\n    caseKind\n    caseId\n    dueDate\n    taskState\n  }\n':
    types.StaffNotificationFieldsFragmentDoc,
  '\n  query MyNotifications($filter: StaffNotificationFilter, $page: PageInput) {\n    myNotifications(filter: $filter, page: $page) {\n      total\n      items {\n        ...StaffNotificationFields\n      }\n    }\n  }\n':
    types.MyNotificationsDocument,
  '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n':
    types.UnreadNotificationCountDocument,
  '\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all) {\n      marked\n      unread\n    }\n  }\n':
    types.MarkNotificationsReadDocument,
  '\n  fragment OutboxMessageFields on OutboxMessage {\n    id\n    noticeId\n    caseKind\n    channel\n    state\n    attempts\n    nextAttemptAt\n    lastError\n    sentAt\n    providerMessageId\n    createdAt\n    version\n    availableActions\n  }\n':
    types.OutboxMessageFieldsFragmentDoc,
  '\n  query OutboxMessages($filter: OutboxMessageFilter, $page: PageInput) {\n    outboxMessages(filter: $filter, page: $page) {\n      total\n      items {\n        ...OutboxMessageFields\n      }\n    }\n  }\n':
    types.OutboxMessagesDocument,
  '\n  mutation RetryOutboxMessage($id: ID!, $version: Int!) {\n    retryOutboxMessage(id: $id, version: $version) {\n      ...OutboxMessageFields\n    }\n  }\n':
    types.RetryOutboxMessageDocument,
  '\n  fragment RepresentativeListFields on Representative {\n    id\n    name\n    type\n    organisation\n    title\n    expertise\n    phone\n    email\n    postalAddress\n    state\n    eligibilityOutcome\n    eligibilityCheckedAt\n    isInvitable\n    version\n    createdAt\n    updatedAt\n  }\n':
    types.RepresentativeListFieldsFragmentDoc,
  '\n  fragment RepresentativeFields on Representative {\n    ...RepresentativeListFields\n    eligibilityBasis\n    eligibilityCheckedById\n    eligibilityChecks {\n      id\n      outcome\n      basis\n      checkedById\n      checkedAt\n    }\n    participation {\n      id\n      meetingId\n      caseNumber\n      state\n      topicIds\n      respondedAt\n      checkedInAt\n      isLate\n      departedAt\n      attendancePublic\n      isInterestFlagged\n    }\n  }\n':
    types.RepresentativeFieldsFragmentDoc,
  '\n  query Representatives($filter: RepresentativeFilter, $page: PageInput, $sort: SortInput) {\n    representatives(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...RepresentativeListFields\n      }\n    }\n  }\n':
    types.RepresentativesDocument,
  '\n  query Representative($id: ID!) {\n    representative(id: $id) {\n      ...RepresentativeFields\n    }\n  }\n':
    types.RepresentativeDocument,
  '\n  mutation RegisterRepresentative($input: RepresentativeInput!, $confirmNotDuplicate: Boolean!) {\n    registerRepresentative(input: $input, confirmNotDuplicate: $confirmNotDuplicate) {\n      ...RepresentativeFields\n    }\n  }\n':
    types.RegisterRepresentativeDocument,
  '\n  mutation UpdateRepresentative(\n    $id: ID!\n    $version: Int!\n    $input: RepresentativeInput!\n    $confirmNotDuplicate: Boolean!\n  ) {\n    updateRepresentative(\n      id: $id\n      version: $version\n      input: $input\n      confirmNotDuplicate: $confirmNotDuplicate\n    ) {\n      ...RepresentativeFields\n    }\n  }\n':
    types.UpdateRepresentativeDocument,
  '\n  mutation RecordRepresentativeEligibility($id: ID!, $version: Int!, $input: EligibilityCheckInput!) {\n    recordRepresentativeEligibility(id: $id, version: $version, input: $input) {\n      ...RepresentativeFields\n    }\n  }\n':
    types.RecordRepresentativeEligibilityDocument,
  '\n  mutation SetRepresentativeActive($id: ID!, $version: Int!, $active: Boolean!) {\n    setRepresentativeActive(id: $id, version: $version, active: $active) {\n      ...RepresentativeFields\n    }\n  }\n':
    types.SetRepresentativeActiveDocument,
  '\n  fragment ReviewOutcomeFields on ReviewOutcomeView {\n    outcome\n    reasons\n    basis\n    redactedContentVersionId\n    exceptions {\n      reason\n      ground\n      evidence\n      evidenceFileId\n    }\n    stateSecret {\n      level\n      term\n      basis\n      scope\n    }\n  }\n':
    types.ReviewOutcomeFieldsFragmentDoc,
  '\n  fragment ReviewListFields on Review {\n    id\n    title\n    subjectKind\n    subjectId\n    state\n    isRevision\n    owningDepartmentId\n    version\n    createdAt\n    updatedAt\n  }\n':
    types.ReviewListFieldsFragmentDoc,
  '\n  fragment ReviewEvidenceFileFields on ReviewEvidenceFile {\n    id\n    fileName\n    sizeBytes\n    uploadedAt\n    url\n  }\n':
    types.ReviewEvidenceFileFieldsFragmentDoc,
  '\n  mutation UploadReviewEvidence($reviewId: ID!, $fileName: String!, $contentBase64: String!) {\n    uploadReviewEvidence(reviewId: $reviewId, fileName: $fileName, contentBase64: $contentBase64) {\n      ...ReviewEvidenceFileFields\n    }\n  }\n':
    types.UploadReviewEvidenceDocument,
  '\n  fragment ReviewSupplyFileFields on ApplicationSupplyFile {\n    id\n    fileName\n    contentType\n    sizeBytes\n    contentBase64\n    removedAt\n  }\n':
    types.ReviewSupplyFileFieldsFragmentDoc,
  '\n  fragment ReviewSupplyVersionFields on ApplicationSupplyVersion {\n    id\n    kind\n    basedOnId\n    text\n    sealedAt\n    createdAt\n    files {\n      ...ReviewSupplyFileFields\n    }\n  }\n':
    types.ReviewSupplyVersionFieldsFragmentDoc,
  '\n  fragment ReviewMeetingResultVersionFields on MeetingResultVersion {\n    id\n    kind\n    basedOnId\n    body\n    sealedAt\n    createdAt\n  }\n':
    types.ReviewMeetingResultVersionFieldsFragmentDoc,
  '\n  query ReviewMeetingResults($id: ID!) {\n    review(id: $id) {\n      id\n      meetingResultVersions {\n        ...ReviewMeetingResultVersionFields\n      }\n    }\n  }\n':
    types.ReviewMeetingResultsDocument,
  '\n  fragment ReviewFields on Review {\n    ...ReviewListFields\n    availableActions\n    contentVersionId\n    approvedContentVersionId\n    publisherId\n    finalAction\n    isContentRemovalRequired\n    assessment {\n      ...ReviewOutcomeFields\n    }\n    outcome {\n      ...ReviewOutcomeFields\n    }\n    decisions {\n      id\n      action\n      stage\n      fromState\n      toState\n      opinion\n      reference\n      userId\n      publisherId\n      contentVersionId\n      at\n      assessment {\n        ...ReviewOutcomeFields\n      }\n      outcome {\n        ...ReviewOutcomeFields\n      }\n    }\n    contentVersion {\n      ...ContentVersionFields\n    }\n    redactedVersions {\n      ...ContentVersionFields\n    }\n    supplyVersions {\n      ...ReviewSupplyVersionFields\n    }\n    evidenceFiles {\n      ...ReviewEvidenceFileFields\n    }\n  }\n':
    types.ReviewFieldsFragmentDoc,
  '\n  query Reviews($filter: ReviewFilter, $page: PageInput, $sort: SortInput) {\n    reviews(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...ReviewListFields\n      }\n    }\n  }\n':
    types.ReviewsDocument,
  '\n  query Review($id: ID!) {\n    review(id: $id) {\n      ...ReviewFields\n    }\n  }\n':
    types.ReviewDocument,
  '\n  mutation ReviewInitial(\n    $id: ID!\n    $version: Int!\n    $contentVersionId: ID!\n    $opinion: String!\n    $assessment: ReviewAssessmentInput!\n  ) {\n    reviewInitial(\n      id: $id\n      version: $version\n      contentVersionId: $contentVersionId\n      opinion: $opinion\n      assessment: $assessment\n    ) {\n      ...ReviewFields\n    }\n  }\n':
    types.ReviewInitialDocument,
  '\n  mutation ReviewSecrecy(\n    $id: ID!\n    $version: Int!\n    $contentVersionId: ID!\n    $opinion: String!\n    $outcome: ReviewOutcomeInput!\n  ) {\n    reviewSecrecy(\n      id: $id\n      version: $version\n      contentVersionId: $contentVersionId\n      opinion: $opinion\n      outcome: $outcome\n    ) {\n      ...ReviewFields\n    }\n  }\n':
    types.ReviewSecrecyDocument,
  '\n  mutation ReviewApprove(\n    $id: ID!\n    $version: Int!\n    $contentVersionId: ID!\n    $opinion: String!\n    $publisherId: ID\n  ) {\n    reviewApprove(\n      id: $id\n      version: $version\n      contentVersionId: $contentVersionId\n      opinion: $opinion\n      publisherId: $publisherId\n    ) {\n      ...ReviewFields\n    }\n  }\n':
    types.ReviewApproveDocument,
  '\n  mutation ReviewReturn($id: ID!, $version: Int!, $opinion: String!) {\n    reviewReturn(id: $id, version: $version, opinion: $opinion) {\n      ...ReviewFields\n    }\n  }\n':
    types.ReviewReturnDocument,
  '\n  mutation ReviewEscalate($id: ID!, $version: Int!, $opinion: String!) {\n    reviewEscalate(id: $id, version: $version, opinion: $opinion) {\n      ...ReviewFields\n    }\n  }\n':
    types.ReviewEscalateDocument,
  '\n  mutation ReviewRefer($id: ID!, $version: Int!, $opinion: String!) {\n    reviewRefer(id: $id, version: $version, opinion: $opinion) {\n      ...ReviewFields\n    }\n  }\n':
    types.ReviewReferDocument,
  '\n  mutation ReviewCancel($id: ID!, $version: Int!, $opinion: String!) {\n    reviewCancel(id: $id, version: $version, opinion: $opinion) {\n      ...ReviewFields\n    }\n  }\n':
    types.ReviewCancelDocument,
  '\n  mutation ReviewRecordDetermination($id: ID!, $version: Int!, $opinion: String!, $reference: String!) {\n    reviewRecordDetermination(id: $id, version: $version, opinion: $opinion, reference: $reference) {\n      ...ReviewFields\n    }\n  }\n':
    types.ReviewRecordDeterminationDocument,
  '\n  mutation ReviewConfirm($id: ID!, $version: Int!, $contentVersionId: ID!, $opinion: String!) {\n    reviewConfirm(id: $id, version: $version, contentVersionId: $contentVersionId, opinion: $opinion) {\n      ...ReviewFields\n    }\n  }\n':
    types.ReviewConfirmDocument,
  '\n  mutation ReviewPublish($id: ID!, $version: Int!, $contentVersionId: ID!) {\n    reviewPublish(id: $id, version: $version, contentVersionId: $contentVersionId) {\n      ...ReviewFields\n    }\n  }\n':
    types.ReviewPublishDocument,
  '\n  mutation PrepareRedactedVersion($reviewId: ID!, $reviewVersion: Int!, $body: String!) {\n    prepareRedactedVersion(reviewId: $reviewId, reviewVersion: $reviewVersion, body: $body) {\n      ...ContentVersionFields\n    }\n  }\n':
    types.PrepareRedactedVersionDocument,
  '\n  mutation PrepareApplicationSupplyRedaction(\n    $reviewId: ID!\n    $reviewVersion: Int!\n    $input: ApplicationSupplyRedactionInput!\n  ) {\n    prepareApplicationSupplyRedaction(reviewId: $reviewId, reviewVersion: $reviewVersion, input: $input) {\n      ...ReviewSupplyVersionFields\n    }\n  }\n':
    types.PrepareApplicationSupplyRedactionDocument,
  '\n  mutation PrepareMeetingResultRedaction($reviewId: ID!, $reviewVersion: Int!, $body: String!) {\n    prepareMeetingResultRedaction(reviewId: $reviewId, reviewVersion: $reviewVersion, body: $body) {\n      ...ReviewMeetingResultVersionFields\n    }\n  }\n':
    types.PrepareMeetingResultRedactionDocument,
  '\n  fragment RuleSummaryFields on Rule {\n    id\n    title\n    issuingBody\n    category\n    documentNumber\n    isActive\n    status\n    versionCount\n    currentVersion {\n      id\n      versionNumber\n      effectiveDate\n      repealDate\n    }\n    createdById\n    version\n    createdAt\n    updatedAt\n  }\n':
    types.RuleSummaryFieldsFragmentDoc,
  '\n  fragment RuleVersionFields on RuleVersion {\n    id\n    ruleId\n    versionNumber\n    effectiveDate\n    repealDate\n    note\n    text\n    createdById\n    createdAt\n    updatedAt\n  }\n':
    types.RuleVersionFieldsFragmentDoc,
  '\n  fragment RuleFields on Rule {\n    ...RuleSummaryFields\n    versions {\n      ...RuleVersionFields\n    }\n  }\n':
    types.RuleFieldsFragmentDoc,
  '\n  query Rules($filter: RuleFilter, $page: PageInput, $sort: SortInput) {\n    rules(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...RuleSummaryFields\n      }\n    }\n  }\n':
    types.RulesDocument,
  '\n  query Rule($id: ID!) {\n    rule(id: $id) {\n      ...RuleFields\n    }\n  }\n': types.RuleDocument,
  '\n  mutation CreateRule($input: CreateRuleInput!) {\n    createRule(input: $input) {\n      ...RuleFields\n    }\n  }\n':
    types.CreateRuleDocument,
  '\n  mutation UpdateRule($id: ID!, $version: Int!, $input: RuleInput!) {\n    updateRule(id: $id, version: $version, input: $input) {\n      ...RuleFields\n    }\n  }\n':
    types.UpdateRuleDocument,
  '\n  mutation AddRuleVersion($ruleId: ID!, $input: RuleVersionInput!) {\n    addRuleVersion(ruleId: $ruleId, input: $input) {\n      ...RuleFields\n    }\n  }\n':
    types.AddRuleVersionDocument,
  '\n  mutation SetRuleRepealDate($id: ID!, $version: Int!, $repealDate: String) {\n    setRuleRepealDate(id: $id, version: $version, repealDate: $repealDate) {\n      ...RuleFields\n    }\n  }\n':
    types.SetRuleRepealDateDocument,
  '\n  mutation SetRuleActive($id: ID!, $version: Int!, $isActive: Boolean!) {\n    setRuleActive(id: $id, version: $version, isActive: $isActive) {\n      ...RuleFields\n    }\n  }\n':
    types.SetRuleActiveDocument,
  '\n  fragment StaffChangeFields on StaffChange {\n    id\n    effectiveDate\n    kind\n    departmentId\n    personName\n    userId\n    description\n    documentNumber\n    recordedAt\n    recordedById\n    updatedAt\n    updatedById\n    version\n  }\n':
    types.StaffChangeFieldsFragmentDoc,
  '\n  query StaffChanges($filter: StaffChangeFilter, $page: PageInput, $sort: SortInput) {\n    staffChanges(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...StaffChangeFields\n      }\n    }\n  }\n':
    types.StaffChangesDocument,
  '\n  query StaffChange($id: ID!) {\n    staffChange(id: $id) {\n      ...StaffChangeFields\n    }\n  }\n':
    types.StaffChangeDocument,
  '\n  mutation CreateStaffChange($input: StaffChangeInput!) {\n    createStaffChange(input: $input) {\n      ...StaffChangeFields\n    }\n  }\n':
    types.CreateStaffChangeDocument,
  '\n  mutation UpdateStaffChange($id: ID!, $version: Int!, $input: StaffChangeInput!) {\n    updateStaffChange(id: $id, version: $version, input: $input) {\n      ...StaffChangeFields\n    }\n  }\n':
    types.UpdateStaffChangeDocument,
  '\n  fragment TaskFields on Task {\n    id\n    kind\n    caseKind\n    caseId\n    title\n    assigneeId\n    departmentId\n    deadlineId\n    dueDate\n    state\n    createdAt\n    assignedAt\n    closedAt\n    version\n    workingDaysLeft\n    isOverdue\n    availableActions\n  }\n':
    types.TaskFieldsFragmentDoc,
  '\n  query MyTasks($filter: MyTaskFilter, $page: PageInput, $sort: SortInput) {\n    myTasks(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...TaskFields\n      }\n    }\n  }\n':
    types.MyTasksDocument,
  '\n  query Tasks($filter: TaskFilter, $page: PageInput, $sort: SortInput) {\n    tasks(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...TaskFields\n      }\n    }\n  }\n':
    types.TasksDocument,
  '\n  mutation ReassignTask($id: ID!, $version: Int!, $assigneeId: ID) {\n    reassignTask(id: $id, version: $version, assigneeId: $assigneeId) {\n      ...TaskFields\n    }\n  }\n':
    types.ReassignTaskDocument,
  '\n  fragment UserFields on UserView {\n    id\n    username\n    displayName\n    departmentId\n    phone\n    email\n    mustChangePassword\n    totpEnabled\n    isActive\n    isDemo\n    lockedUntil\n    roles {\n      id\n      role\n      departmentId\n    }\n    permissions\n    version\n    createdAt\n    updatedAt\n  }\n':
    types.UserFieldsFragmentDoc,
  '\n  query Users($filter: UserFilter, $page: PageInput, $sort: SortInput) {\n    users(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n':
    types.UsersDocument,
  '\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n': types.UserDocument,
  '\n  mutation CreateUser($input: UserInput!, $initialPassword: String!) {\n    createUser(input: $input, initialPassword: $initialPassword) {\n      ...UserFields\n    }\n  }\n':
    types.CreateUserDocument,
  '\n  mutation UpdateUser($id: ID!, $version: Int!, $input: UserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      ...UserFields\n    }\n  }\n':
    types.UpdateUserDocument,
  '\n  mutation SetUserActive($id: ID!, $version: Int!, $isActive: Boolean!) {\n    setUserActive(id: $id, version: $version, isActive: $isActive) {\n      ...UserFields\n    }\n  }\n':
    types.SetUserActiveDocument,
  '\n  mutation ResetUserPassword($id: ID!, $version: Int!, $initialPassword: String!) {\n    resetUserPassword(id: $id, version: $version, initialPassword: $initialPassword) {\n      ...UserFields\n    }\n  }\n':
    types.ResetUserPasswordDocument,
  '\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserFields\n    }\n  }\n':
    types.UnlockUserDocument,
  '\n  mutation GrantRole($userId: ID!, $role: Role!, $departmentId: ID) {\n    grantRole(userId: $userId, role: $role, departmentId: $departmentId) {\n      ...UserFields\n    }\n  }\n':
    types.GrantRoleDocument,
  '\n  mutation RevokeRole($grantId: ID!) {\n    revokeRole(grantId: $grantId) {\n      ...UserFields\n    }\n  }\n':
    types.RevokeRoleDocument,
  '\n  mutation GrantPermission($userId: ID!, $permission: FineGrainedPermission!) {\n    grantPermission(userId: $userId, permission: $permission) {\n      ...UserFields\n    }\n  }\n':
    types.GrantPermissionDocument,
  '\n  mutation RevokePermission($userId: ID!, $permission: FineGrainedPermission!) {\n    revokePermission(userId: $userId, permission: $permission) {\n      ...UserFields\n    }\n  }\n':
    types.RevokePermissionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ServerInfo {\n    serverInfo {\n      name\n      demoMode\n    }\n  }\n',
): (typeof documents)['\n  query ServerInfo {\n    serverInfo {\n      name\n      demoMode\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MeFields on Me {\n    id\n    username\n    displayName\n    departmentId\n    department {\n      id\n      name\n    }\n    stage\n    roles {\n      id\n      role\n      departmentId\n    }\n    permissions\n    fineGrainedPermissions\n    totpEnabled\n    isDemo\n  }\n',
): (typeof documents)['\n  fragment MeFields on Me {\n    id\n    username\n    displayName\n    departmentId\n    department {\n      id\n      name\n    }\n    stage\n    roles {\n      id\n      role\n      departmentId\n    }\n    permissions\n    fineGrainedPermissions\n    totpEnabled\n    isDemo\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($username: String!, $password: String!, $totpCode: String) {\n    login(username: $username, password: $password, totpCode: $totpCode) {\n      status\n      stage\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($username: String!, $password: String!, $totpCode: String) {\n    login(username: $username, password: $password, totpCode: $totpCode) {\n      status\n      stage\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): (typeof documents)['\n  mutation Logout {\n    logout\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...MeFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...MeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BeginTotpEnrolment {\n    beginTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n',
): (typeof documents)['\n  mutation BeginTotpEnrolment {\n    beginTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      ...MeFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      ...MeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyAuditLogs($page: PageInput) {\n    myAuditLogs(page: $page) {\n      total\n      items {\n        ...AuditLogFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyAuditLogs($page: PageInput) {\n    myAuditLogs(page: $page) {\n      total\n      items {\n        ...AuditLogFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApiTokenFields on ApiTokenView {\n    id\n    name\n    prefix\n    scopes\n    rateLimitPerMinute\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    version\n  }\n',
): (typeof documents)['\n  fragment ApiTokenFields on ApiTokenView {\n    id\n    name\n    prefix\n    scopes\n    rateLimitPerMinute\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApiTokens($page: PageInput, $sort: SortInput) {\n    apiTokens(page: $page, sort: $sort) {\n      total\n      items {\n        ...ApiTokenFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ApiTokens($page: PageInput, $sort: SortInput) {\n    apiTokens(page: $page, sort: $sort) {\n      total\n      items {\n        ...ApiTokenFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApiToken($id: ID!) {\n    apiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n',
): (typeof documents)['\n  query ApiToken($id: ID!) {\n    apiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateApiToken($input: ApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateApiToken($input: ApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeApiToken($id: ID!, $version: Int!) {\n    revokeApiToken(id: $id, version: $version) {\n      ...ApiTokenFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeApiToken($id: ID!, $version: Int!) {\n    revokeApiToken(id: $id, version: $version) {\n      ...ApiTokenFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApiTokenUsage($id: ID!, $minutes: Int!) {\n    apiTokenUsage(id: $id, minutes: $minutes) {\n      minute\n      reads\n      writes\n    }\n  }\n',
): (typeof documents)['\n  query ApiTokenUsage($id: ID!, $minutes: Int!) {\n    apiTokenUsage(id: $id, minutes: $minutes) {\n      minute\n      reads\n      writes\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApplicationListFields on Application {\n    id\n    caseNumber\n    channel\n    arrivedDate\n    receivedDate\n    applicantType\n    applicant {\n      applicantType\n      name\n      idType\n      idNumberMasked\n      organisationName\n    }\n    state\n    resultCode\n    replyDueDate\n    isOverdue\n    replyClockSuspended\n    replyExtended\n    replyDate\n    linkedComplaintId\n    handlerId\n    deadlines {\n      ...DeadlineListFields\n    }\n    version\n    createdAt\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment ApplicationListFields on Application {\n    id\n    caseNumber\n    channel\n    arrivedDate\n    receivedDate\n    applicantType\n    applicant {\n      applicantType\n      name\n      idType\n      idNumberMasked\n      organisationName\n    }\n    state\n    resultCode\n    replyDueDate\n    isOverdue\n    replyClockSuspended\n    replyExtended\n    replyDate\n    linkedComplaintId\n    handlerId\n    deadlines {\n      ...DeadlineListFields\n    }\n    version\n    createdAt\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApplicationFields on Application {\n    ...ApplicationListFields\n    availableActions\n    applicant {\n      applicantType\n      name\n      idType\n      idNumberMasked\n      organisationName\n      creditCode\n      contactPerson\n      phone\n      email\n      postalAddress\n      postalCode\n    }\n    description\n    purpose\n    deliveryForm\n    correctedDescription\n    correctionRequest\n    correctionRequestedDate\n    correctionPeriodWorkingDays\n    correctionReceivedDate\n    feeMethod\n    feeBasis\n    feeAmount\n    feeNoticeDate\n    feePaymentPeriodWorkingDays\n    feePaidDate\n    feeReference\n    replyText\n    publishedIndexNumbers\n    withholdingReasons\n    responsibleAgency\n    anonymisedAt\n    applicationsInLast30Days\n    reasonsRequest\n    reasonsRequestedDate\n    reasonablePeriodWorkingDays\n    requestedDocuments {\n      ...RequestedDocumentFields\n    }\n    supplyReview {\n      id\n      state\n    }\n    possibleRepeatOf {\n      id\n      caseNumber\n      receivedDate\n      state\n      resultCode\n    }\n    consultations {\n      ...ConsultationFields\n    }\n    notices {\n      id\n      subject\n      channel\n      sentAt\n    }\n    events {\n      id\n      action\n      fromState\n      toState\n      onDate\n      actorId\n      note\n      at\n    }\n  }\n',
): (typeof documents)['\n  fragment ApplicationFields on Application {\n    ...ApplicationListFields\n    availableActions\n    applicant {\n      applicantType\n      name\n      idType\n      idNumberMasked\n      organisationName\n      creditCode\n      contactPerson\n      phone\n      email\n      postalAddress\n      postalCode\n    }\n    description\n    purpose\n    deliveryForm\n    correctedDescription\n    correctionRequest\n    correctionRequestedDate\n    correctionPeriodWorkingDays\n    correctionReceivedDate\n    feeMethod\n    feeBasis\n    feeAmount\n    feeNoticeDate\n    feePaymentPeriodWorkingDays\n    feePaidDate\n    feeReference\n    replyText\n    publishedIndexNumbers\n    withholdingReasons\n    responsibleAgency\n    anonymisedAt\n    applicationsInLast30Days\n    reasonsRequest\n    reasonsRequestedDate\n    reasonablePeriodWorkingDays\n    requestedDocuments {\n      ...RequestedDocumentFields\n    }\n    supplyReview {\n      id\n      state\n    }\n    possibleRepeatOf {\n      id\n      caseNumber\n      receivedDate\n      state\n      resultCode\n    }\n    consultations {\n      ...ConsultationFields\n    }\n    notices {\n      id\n      subject\n      channel\n      sentAt\n    }\n    events {\n      id\n      action\n      fromState\n      toState\n      onDate\n      actorId\n      note\n      at\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Applications($filter: ApplicationFilter, $page: PageInput, $sort: SortInput) {\n    applications(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...ApplicationListFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Applications($filter: ApplicationFilter, $page: PageInput, $sort: SortInput) {\n    applications(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...ApplicationListFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Application($id: ID!) {\n    application(id: $id) {\n      ...ApplicationFields\n    }\n  }\n',
): (typeof documents)['\n  query Application($id: ID!) {\n    application(id: $id) {\n      ...ApplicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApplicationReplyLetter($id: ID!) {\n    application(id: $id) {\n      id\n      caseNumber\n      state\n      replyLetter {\n        title\n        salutation\n        paragraphs\n        signature\n        date\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ApplicationReplyLetter($id: ID!) {\n    application(id: $id) {\n      id\n      caseNumber\n      state\n      replyLetter {\n        title\n        salutation\n        paragraphs\n        signature\n        date\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnnualReportApplications($year: Int!) {\n    annualReportApplications(year: $year) {\n      year\n      balanced\n      rows {\n        key\n        number\n        label\n        depth\n        isHeading\n        values\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AnnualReportApplications($year: Int!) {\n    annualReportApplications(year: $year) {\n      year\n      balanced\n      rows {\n        key\n        number\n        label\n        depth\n        isHeading\n        values\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegisterApplication($input: ApplicationIntakeInput!) {\n    registerApplication(input: $input) {\n      application {\n        ...ApplicationFields\n      }\n      accessCode\n    }\n  }\n',
): (typeof documents)['\n  mutation RegisterApplication($input: ApplicationIntakeInput!) {\n    registerApplication(input: $input) {\n      application {\n        ...ApplicationFields\n      }\n      accessCode\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestApplicationCorrection(\n    $id: ID!\n    $version: Int!\n    $input: RequestApplicationCorrectionInput!\n  ) {\n    requestApplicationCorrection(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestApplicationCorrection(\n    $id: ID!\n    $version: Int!\n    $input: RequestApplicationCorrectionInput!\n  ) {\n    requestApplicationCorrection(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordApplicationCorrection($id: ID!, $version: Int!, $input: RecordApplicationCorrectionInput!) {\n    recordApplicationCorrection(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordApplicationCorrection($id: ID!, $version: Int!, $input: RecordApplicationCorrectionInput!) {\n    recordApplicationCorrection(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseUncorrectedApplication($id: ID!, $version: Int!) {\n    closeUncorrectedApplication(id: $id, version: $version) {\n      ...ApplicationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseUncorrectedApplication($id: ID!, $version: Int!) {\n    closeUncorrectedApplication(id: $id, version: $version) {\n      ...ApplicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RequestedDocumentFields on RequestedDocumentView {\n    id\n    title\n    documentNumber\n    departmentName\n    attribute\n    formedDate\n    jointlyIssued\n    distinctApplicants\n  }\n',
): (typeof documents)['\n  fragment RequestedDocumentFields on RequestedDocumentView {\n    id\n    title\n    documentNumber\n    departmentName\n    attribute\n    formedDate\n    jointlyIssued\n    distinctApplicants\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApplicationDocumentCandidates($search: String!) {\n    applicationDocumentCandidates(search: $search) {\n      ...RequestedDocumentFields\n    }\n  }\n',
): (typeof documents)['\n  query ApplicationDocumentCandidates($search: String!) {\n    applicationDocumentCandidates(search: $search) {\n      ...RequestedDocumentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LinkApplicationDocuments($id: ID!, $version: Int!, $documentIds: [ID!]!) {\n    linkApplicationDocuments(id: $id, version: $version, documentIds: $documentIds) {\n      ...ApplicationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation LinkApplicationDocuments($id: ID!, $version: Int!, $documentIds: [ID!]!) {\n    linkApplicationDocuments(id: $id, version: $version, documentIds: $documentIds) {\n      ...ApplicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AskApplicantForReasons($id: ID!, $version: Int!, $input: AskApplicantForReasonsInput!) {\n    askApplicantForReasons(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AskApplicantForReasons($id: ID!, $version: Int!, $input: AskApplicantForReasonsInput!) {\n    askApplicantForReasons(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetApplicationReasonablePeriod(\n    $id: ID!\n    $version: Int!\n    $input: ApplicationReasonablePeriodInput!\n  ) {\n    setApplicationReasonablePeriod(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetApplicationReasonablePeriod(\n    $id: ID!\n    $version: Int!\n    $input: ApplicationReasonablePeriodInput!\n  ) {\n    setApplicationReasonablePeriod(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExtendApplication($id: ID!, $version: Int!, $input: ExtendApplicationInput!) {\n    extendApplication(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ExtendApplication($id: ID!, $version: Int!, $input: ExtendApplicationInput!) {\n    extendApplication(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConsultOnApplication($id: ID!, $version: Int!, $input: ConsultOnApplicationInput!) {\n    consultOnApplication(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ConsultOnApplication($id: ID!, $version: Int!, $input: ConsultOnApplicationInput!) {\n    consultOnApplication(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IssueApplicationFeeNotice($id: ID!, $version: Int!, $input: ApplicationFeeNoticeInput!) {\n    issueApplicationFeeNotice(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation IssueApplicationFeeNotice($id: ID!, $version: Int!, $input: ApplicationFeeNoticeInput!) {\n    issueApplicationFeeNotice(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordApplicationPayment($id: ID!, $version: Int!, $input: RecordApplicationPaymentInput!) {\n    recordApplicationPayment(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordApplicationPayment($id: ID!, $version: Int!, $input: RecordApplicationPaymentInput!) {\n    recordApplicationPayment(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseUnpaidApplication($id: ID!, $version: Int!) {\n    closeUnpaidApplication(id: $id, version: $version) {\n      ...ApplicationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseUnpaidApplication($id: ID!, $version: Int!) {\n    closeUnpaidApplication(id: $id, version: $version) {\n      ...ApplicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReplyToApplication($id: ID!, $version: Int!, $input: ReplyToApplicationInput!) {\n    replyToApplication(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReplyToApplication($id: ID!, $version: Int!, $input: ReplyToApplicationInput!) {\n    replyToApplication(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevealApplicantIdNumber($id: ID!, $reason: String!) {\n    revealApplicantIdNumber(id: $id, reason: $reason) {\n      idType\n      idNumber\n    }\n  }\n',
): (typeof documents)['\n  mutation RevealApplicantIdNumber($id: ID!, $reason: String!) {\n    revealApplicantIdNumber(id: $id, reason: $reason) {\n      idType\n      idNumber\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitApplicationReplyForReview(\n    $id: ID!\n    $version: Int!\n    $input: SubmitApplicationReplyForReviewInput!\n  ) {\n    submitApplicationReplyForReview(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitApplicationReplyForReview(\n    $id: ID!\n    $version: Int!\n    $input: SubmitApplicationReplyForReviewInput!\n  ) {\n    submitApplicationReplyForReview(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SupplyApplicationReply($id: ID!, $version: Int!) {\n    supplyApplicationReply(id: $id, version: $version) {\n      ...ApplicationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SupplyApplicationReply($id: ID!, $version: Int!) {\n    supplyApplicationReply(id: $id, version: $version) {\n      ...ApplicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AuditLogFields on AuditLogView {\n    seq\n    at\n    actorKind\n    actorId\n    actorName\n    action\n    outcome\n    entityType\n    entityId\n    changes\n    errorCode\n    reason\n    ip\n    requestId\n    hash\n  }\n',
): (typeof documents)['\n  fragment AuditLogFields on AuditLogView {\n    seq\n    at\n    actorKind\n    actorId\n    actorName\n    action\n    outcome\n    entityType\n    entityId\n    changes\n    errorCode\n    reason\n    ip\n    requestId\n    hash\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditLogs($filter: AuditLogFilter, $page: PageInput, $sort: SortInput) {\n    auditLogs(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...AuditLogFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditLogs($filter: AuditLogFilter, $page: PageInput, $sort: SortInput) {\n    auditLogs(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...AuditLogFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditLog($seq: ID!) {\n    auditLog(seq: $seq) {\n      ...AuditLogFields\n    }\n  }\n',
): (typeof documents)['\n  query AuditLog($seq: ID!) {\n    auditLog(seq: $seq) {\n      ...AuditLogFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExportAuditLogs($filter: AuditLogFilter) {\n    exportAuditLogs(filter: $filter) {\n      filename\n      contentType\n      content\n      rows\n    }\n  }\n',
): (typeof documents)['\n  query ExportAuditLogs($filter: AuditLogFilter) {\n    exportAuditLogs(filter: $filter) {\n      filename\n      contentType\n      content\n      rows\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VerifyAuditChain {\n    verifyAuditChain {\n      ok\n      checkedRows\n      brokenAtSeq\n    }\n  }\n',
): (typeof documents)['\n  query VerifyAuditChain {\n    verifyAuditChain {\n      ok\n      checkedRows\n      brokenAtSeq\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CalendarOverrideFields on CalendarOverride {\n    id\n    date\n    kind\n    note\n    isActive\n    version\n    createdAt\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment CalendarOverrideFields on CalendarOverride {\n    id\n    date\n    kind\n    note\n    isActive\n    version\n    createdAt\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CalendarYearFields on CalendarYear {\n    year\n    hasOfficialData\n    isConfirmed\n    isProvisional\n    confirmedAt\n    workingDays\n    specialDays {\n      date\n      isWorkingDay\n      source\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment CalendarYearFields on CalendarYear {\n    year\n    hasOfficialData\n    isConfirmed\n    isProvisional\n    confirmedAt\n    workingDays\n    specialDays {\n      date\n      isWorkingDay\n      source\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CalendarChangeFields on CalendarChange {\n    override {\n      ...CalendarOverrideFields\n    }\n    year {\n      ...CalendarYearFields\n    }\n    movedDeadlines {\n      deadline {\n        id\n        title\n        dueDate\n        isProvisional\n      }\n      dueDateBefore\n      dueDateAfter\n      provisionalBefore\n      provisionalAfter\n    }\n  }\n',
): (typeof documents)['\n  fragment CalendarChangeFields on CalendarChange {\n    override {\n      ...CalendarOverrideFields\n    }\n    year {\n      ...CalendarYearFields\n    }\n    movedDeadlines {\n      deadline {\n        id\n        title\n        dueDate\n        isProvisional\n      }\n      dueDateBefore\n      dueDateAfter\n      provisionalBefore\n      provisionalAfter\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkingDayCalendar($year: Int!) {\n    workingDayCalendar(year: $year) {\n      ...CalendarYearFields\n    }\n  }\n',
): (typeof documents)['\n  query WorkingDayCalendar($year: Int!) {\n    workingDayCalendar(year: $year) {\n      ...CalendarYearFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CalendarOverrides($filter: CalendarOverrideFilter, $page: PageInput, $sort: SortInput) {\n    calendarOverrides(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...CalendarOverrideFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CalendarOverrides($filter: CalendarOverrideFilter, $page: PageInput, $sort: SortInput) {\n    calendarOverrides(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...CalendarOverrideFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCalendarOverride($input: CalendarOverrideInput!) {\n    createCalendarOverride(input: $input) {\n      ...CalendarChangeFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCalendarOverride($input: CalendarOverrideInput!) {\n    createCalendarOverride(input: $input) {\n      ...CalendarChangeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateCalendarOverride($id: ID!, $version: Int!, $input: CalendarOverrideChangeInput!) {\n    updateCalendarOverride(id: $id, version: $version, input: $input) {\n      ...CalendarChangeFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateCalendarOverride($id: ID!, $version: Int!, $input: CalendarOverrideChangeInput!) {\n    updateCalendarOverride(id: $id, version: $version, input: $input) {\n      ...CalendarChangeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveCalendarOverride($id: ID!, $version: Int!) {\n    removeCalendarOverride(id: $id, version: $version) {\n      ...CalendarChangeFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveCalendarOverride($id: ID!, $version: Int!) {\n    removeCalendarOverride(id: $id, version: $version) {\n      ...CalendarChangeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmCalendarYear($year: Int!) {\n    confirmCalendarYear(year: $year) {\n      ...CalendarChangeFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmCalendarYear($year: Int!) {\n    confirmCalendarYear(year: $year) {\n      ...CalendarChangeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CatalogCategoryFields on CatalogCategory {\n    id\n    code\n    name\n    sortOrder\n    parentId\n    isActive\n    version\n    createdAt\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment CatalogCategoryFields on CatalogCategory {\n    id\n    code\n    name\n    sortOrder\n    parentId\n    isActive\n    version\n    createdAt\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CatalogCategories($filter: CatalogCategoryFilter, $page: PageInput, $sort: SortInput) {\n    catalogCategories(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...CatalogCategoryFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CatalogCategories($filter: CatalogCategoryFilter, $page: PageInput, $sort: SortInput) {\n    catalogCategories(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...CatalogCategoryFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CatalogCategory($id: ID!) {\n    catalogCategory(id: $id) {\n      ...CatalogCategoryFields\n    }\n  }\n',
): (typeof documents)['\n  query CatalogCategory($id: ID!) {\n    catalogCategory(id: $id) {\n      ...CatalogCategoryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCatalogCategory($input: CatalogCategoryInput!) {\n    createCatalogCategory(input: $input) {\n      ...CatalogCategoryFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCatalogCategory($input: CatalogCategoryInput!) {\n    createCatalogCategory(input: $input) {\n      ...CatalogCategoryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateCatalogCategory($id: ID!, $version: Int!, $input: CatalogCategoryInput!) {\n    updateCatalogCategory(id: $id, version: $version, input: $input) {\n      ...CatalogCategoryFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateCatalogCategory($id: ID!, $version: Int!, $input: CatalogCategoryInput!) {\n    updateCatalogCategory(id: $id, version: $version, input: $input) {\n      ...CatalogCategoryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetCatalogCategoryActive($id: ID!, $version: Int!, $isActive: Boolean!) {\n    setCatalogCategoryActive(id: $id, version: $version, isActive: $isActive) {\n      ...CatalogCategoryFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetCatalogCategoryActive($id: ID!, $version: Int!, $isActive: Boolean!) {\n    setCatalogCategoryActive(id: $id, version: $version, isActive: $isActive) {\n      ...CatalogCategoryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CatalogEntryFields on CatalogEntry {\n    id\n    indexNumber\n    title\n    documentNumber\n    subjectKind\n    subjectId\n    reviewId\n    categoryId\n    owningDepartmentId\n    state\n    entryVersion\n    formedDate\n    publishedAt\n    publisherId\n    summary\n    body\n    attachmentIds\n    contentVersionId\n    withdrawnAt\n    withdrawalReason\n    availableActions\n    version\n    createdAt\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment CatalogEntryFields on CatalogEntry {\n    id\n    indexNumber\n    title\n    documentNumber\n    subjectKind\n    subjectId\n    reviewId\n    categoryId\n    owningDepartmentId\n    state\n    entryVersion\n    formedDate\n    publishedAt\n    publisherId\n    summary\n    body\n    attachmentIds\n    contentVersionId\n    withdrawnAt\n    withdrawalReason\n    availableActions\n    version\n    createdAt\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CatalogEntries($filter: CatalogEntryFilter, $page: PageInput, $sort: SortInput) {\n    catalogEntries(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...CatalogEntryFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CatalogEntries($filter: CatalogEntryFilter, $page: PageInput, $sort: SortInput) {\n    catalogEntries(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...CatalogEntryFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CatalogEntry($id: ID!) {\n    catalogEntry(id: $id) {\n      ...CatalogEntryFields\n    }\n  }\n',
): (typeof documents)['\n  query CatalogEntry($id: ID!) {\n    catalogEntry(id: $id) {\n      ...CatalogEntryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawCatalogEntry($id: ID!, $version: Int!, $reason: String!) {\n    withdrawCatalogEntry(id: $id, version: $version, reason: $reason) {\n      ...CatalogEntryFields\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawCatalogEntry($id: ID!, $version: Int!, $reason: String!) {\n    withdrawCatalogEntry(id: $id, version: $version, reason: $reason) {\n      ...CatalogEntryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EmergencyWithdrawCatalogEntry($indexNumber: String!, $reason: String!) {\n    emergencyWithdrawCatalogEntry(indexNumber: $indexNumber, reason: $reason) {\n      ...CatalogEntryFields\n    }\n  }\n',
): (typeof documents)['\n  mutation EmergencyWithdrawCatalogEntry($indexNumber: String!, $reason: String!) {\n    emergencyWithdrawCatalogEntry(indexNumber: $indexNumber, reason: $reason) {\n      ...CatalogEntryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ComplaintListFields on Complaint {\n    id\n    caseNumber\n    violationKind\n    channel\n    receivedAt\n    receivedDate\n    concernedDepartmentId\n    isAnonymous\n    wantsReply\n    state\n    outcome\n    isOverdue\n    handlingDueDate\n    hasAccessCode\n    handlerId\n    deadlines {\n      ...DeadlineListFields\n    }\n    version\n    createdAt\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment ComplaintListFields on Complaint {\n    id\n    caseNumber\n    violationKind\n    channel\n    receivedAt\n    receivedDate\n    concernedDepartmentId\n    isAnonymous\n    wantsReply\n    state\n    outcome\n    isOverdue\n    handlingDueDate\n    hasAccessCode\n    handlerId\n    deadlines {\n      ...DeadlineListFields\n    }\n    version\n    createdAt\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ComplaintFields on Complaint {\n    ...ComplaintListFields\n    availableActions\n    summary\n    notAcceptedReason\n    notAcceptedText\n    transferredToDepartmentId\n    transferredToAgencyId\n    transferredAt\n    transferResult\n    findings\n    replyText\n    handledAt\n    closedAt\n    correctionOrders {\n      id\n      departmentId\n      requirement\n      dueDate\n      state\n      reportText\n      reportedAt\n      verifiedAt\n    }\n    notices {\n      id\n      subject\n      channel\n      sentAt\n    }\n    identityReveals {\n      id\n      revealedAt\n      revealedById\n      reason\n    }\n  }\n',
): (typeof documents)['\n  fragment ComplaintFields on Complaint {\n    ...ComplaintListFields\n    availableActions\n    summary\n    notAcceptedReason\n    notAcceptedText\n    transferredToDepartmentId\n    transferredToAgencyId\n    transferredAt\n    transferResult\n    findings\n    replyText\n    handledAt\n    closedAt\n    correctionOrders {\n      id\n      departmentId\n      requirement\n      dueDate\n      state\n      reportText\n      reportedAt\n      verifiedAt\n    }\n    notices {\n      id\n      subject\n      channel\n      sentAt\n    }\n    identityReveals {\n      id\n      revealedAt\n      revealedById\n      reason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Complaints($filter: ComplaintFilter, $page: PageInput, $sort: SortInput) {\n    complaints(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...ComplaintListFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Complaints($filter: ComplaintFilter, $page: PageInput, $sort: SortInput) {\n    complaints(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...ComplaintListFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Complaint($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintFields\n    }\n  }\n',
): (typeof documents)['\n  query Complaint($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ComplaintStatistics($filter: ComplaintStatisticsFilter) {\n    complaintStatistics(filter: $filter) {\n      total\n      overdue\n      byKind {\n        key: violationKind\n        count\n      }\n      byChannel {\n        key: channel\n        count\n      }\n      byOutcome {\n        key: outcome\n        count\n      }\n      byState {\n        key: state\n        count\n      }\n      byConcernedDepartment {\n        key: departmentId\n        count\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ComplaintStatistics($filter: ComplaintStatisticsFilter) {\n    complaintStatistics(filter: $filter) {\n      total\n      overdue\n      byKind {\n        key: violationKind\n        count\n      }\n      byChannel {\n        key: channel\n        count\n      }\n      byOutcome {\n        key: outcome\n        count\n      }\n      byState {\n        key: state\n        count\n      }\n      byConcernedDepartment {\n        key: departmentId\n        count\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegisterComplaint($input: ComplaintIntakeInput!) {\n    registerComplaint(input: $input) {\n      complaint {\n        ...ComplaintFields\n      }\n      accessCode\n    }\n  }\n',
): (typeof documents)['\n  mutation RegisterComplaint($input: ComplaintIntakeInput!) {\n    registerComplaint(input: $input) {\n      complaint {\n        ...ComplaintFields\n      }\n      accessCode\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptComplaint($id: ID!, $version: Int!, $needsTransfer: Boolean!, $summary: String) {\n    acceptComplaint(id: $id, version: $version, needsTransfer: $needsTransfer, summary: $summary) {\n      ...ComplaintFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptComplaint($id: ID!, $version: Int!, $needsTransfer: Boolean!, $summary: String) {\n    acceptComplaint(id: $id, version: $version, needsTransfer: $needsTransfer, summary: $summary) {\n      ...ComplaintFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectComplaint(\n    $id: ID!\n    $version: Int!\n    $reason: ComplaintNotAcceptedReason!\n    $text: String!\n    $noticeChannel: NoticeChannel\n  ) {\n    rejectComplaint(id: $id, version: $version, reason: $reason, text: $text, noticeChannel: $noticeChannel) {\n      ...ComplaintFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RejectComplaint(\n    $id: ID!\n    $version: Int!\n    $reason: ComplaintNotAcceptedReason!\n    $text: String!\n    $noticeChannel: NoticeChannel\n  ) {\n    rejectComplaint(id: $id, version: $version, reason: $reason, text: $text, noticeChannel: $noticeChannel) {\n      ...ComplaintFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TransferComplaint(\n    $id: ID!\n    $version: Int!\n    $toDepartmentId: ID\n    $toAgencyId: ID\n    $summary: String!\n  ) {\n    transferComplaint(\n      id: $id\n      version: $version\n      toDepartmentId: $toDepartmentId\n      toAgencyId: $toAgencyId\n      summary: $summary\n    ) {\n      ...ComplaintFields\n    }\n  }\n',
): (typeof documents)['\n  mutation TransferComplaint(\n    $id: ID!\n    $version: Int!\n    $toDepartmentId: ID\n    $toAgencyId: ID\n    $summary: String!\n  ) {\n    transferComplaint(\n      id: $id\n      version: $version\n      toDepartmentId: $toDepartmentId\n      toAgencyId: $toAgencyId\n      summary: $summary\n    ) {\n      ...ComplaintFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordComplaintTransferResult($id: ID!, $version: Int!, $text: String!) {\n    recordComplaintTransferResult(id: $id, version: $version, text: $text) {\n      ...ComplaintFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordComplaintTransferResult($id: ID!, $version: Int!, $text: String!) {\n    recordComplaintTransferResult(id: $id, version: $version, text: $text) {\n      ...ComplaintFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExtendComplaint(\n    $id: ID!\n    $version: Int!\n    $byWorkingDays: Int!\n    $reason: String!\n    $noticeChannel: NoticeChannel\n  ) {\n    extendComplaint(\n      id: $id\n      version: $version\n      byWorkingDays: $byWorkingDays\n      reason: $reason\n      noticeChannel: $noticeChannel\n    ) {\n      ...ComplaintFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ExtendComplaint(\n    $id: ID!\n    $version: Int!\n    $byWorkingDays: Int!\n    $reason: String!\n    $noticeChannel: NoticeChannel\n  ) {\n    extendComplaint(\n      id: $id\n      version: $version\n      byWorkingDays: $byWorkingDays\n      reason: $reason\n      noticeChannel: $noticeChannel\n    ) {\n      ...ComplaintFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation HandleComplaint($id: ID!, $version: Int!, $input: HandleComplaintInput!) {\n    handleComplaint(id: $id, version: $version, input: $input) {\n      ...ComplaintFields\n    }\n  }\n',
): (typeof documents)['\n  mutation HandleComplaint($id: ID!, $version: Int!, $input: HandleComplaintInput!) {\n    handleComplaint(id: $id, version: $version, input: $input) {\n      ...ComplaintFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseComplaint($id: ID!, $version: Int!) {\n    closeComplaint(id: $id, version: $version) {\n      ...ComplaintFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseComplaint($id: ID!, $version: Int!) {\n    closeComplaint(id: $id, version: $version) {\n      ...ComplaintFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevealComplaintIdentity($id: ID!, $reason: String!) {\n    revealComplaintIdentity(id: $id, reason: $reason) {\n      name\n      workplace\n      address\n      phone\n      email\n      concernedDepartment\n      content\n    }\n  }\n',
): (typeof documents)['\n  mutation RevealComplaintIdentity($id: ID!, $reason: String!) {\n    revealComplaintIdentity(id: $id, reason: $reason) {\n      name\n      workplace\n      address\n      phone\n      email\n      concernedDepartment\n      content\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ConsultationFields on Consultation {\n    id\n    subjectKind\n    subjectId\n    use\n    state\n    departmentId\n    consulteeAgencyId\n    consulteeDepartmentId\n    consulteeName\n    basicFacts\n    opinion\n    basis\n    replyAgrees\n    replyText\n    repliedOn\n    settlementBody\n    settlementDecision\n    settlementReference\n    settlementSummary\n    dueDate\n    sentAt\n    availableActions\n    version\n    createdAt\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment ConsultationFields on Consultation {\n    id\n    subjectKind\n    subjectId\n    use\n    state\n    departmentId\n    consulteeAgencyId\n    consulteeDepartmentId\n    consulteeName\n    basicFacts\n    opinion\n    basis\n    replyAgrees\n    replyText\n    repliedOn\n    settlementBody\n    settlementDecision\n    settlementReference\n    settlementSummary\n    dueDate\n    sentAt\n    availableActions\n    version\n    createdAt\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Consultations($filter: ConsultationFilter, $page: PageInput, $sort: SortInput) {\n    consultations(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...ConsultationFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Consultations($filter: ConsultationFilter, $page: PageInput, $sort: SortInput) {\n    consultations(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...ConsultationFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Consultation($id: ID!) {\n    consultation(id: $id) {\n      ...ConsultationFields\n    }\n  }\n',
): (typeof documents)['\n  query Consultation($id: ID!) {\n    consultation(id: $id) {\n      ...ConsultationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DocumentPublicationBlocker($id: ID!) {\n    document(id: $id) {\n      id\n      publicationBlocker\n    }\n  }\n',
): (typeof documents)['\n  query DocumentPublicationBlocker($id: ID!) {\n    document(id: $id) {\n      id\n      publicationBlocker\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendConsultation(\n    $documentId: ID!\n    $use: ConsultationUse!\n    $consulteeIds: [ID!]!\n    $letter: ConsultationLetterInput!\n  ) {\n    sendConsultation(documentId: $documentId, use: $use, consulteeIds: $consulteeIds, letter: $letter) {\n      ...ConsultationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SendConsultation(\n    $documentId: ID!\n    $use: ConsultationUse!\n    $consulteeIds: [ID!]!\n    $letter: ConsultationLetterInput!\n  ) {\n    sendConsultation(documentId: $documentId, use: $use, consulteeIds: $consulteeIds, letter: $letter) {\n      ...ConsultationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordConsultationReply(\n    $id: ID!\n    $version: Int!\n    $agrees: Boolean!\n    $reply: String!\n    $repliedOn: String!\n  ) {\n    recordConsultationReply(\n      id: $id\n      version: $version\n      agrees: $agrees\n      reply: $reply\n      repliedOn: $repliedOn\n    ) {\n      ...ConsultationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordConsultationReply(\n    $id: ID!\n    $version: Int!\n    $agrees: Boolean!\n    $reply: String!\n    $repliedOn: String!\n  ) {\n    recordConsultationReply(\n      id: $id\n      version: $version\n      agrees: $agrees\n      reply: $reply\n      repliedOn: $repliedOn\n    ) {\n      ...ConsultationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemindConsultation($id: ID!, $version: Int!, $note: String!) {\n    remindConsultation(id: $id, version: $version, note: $note) {\n      ...ConsultationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RemindConsultation($id: ID!, $version: Int!, $note: String!) {\n    remindConsultation(id: $id, version: $version, note: $note) {\n      ...ConsultationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EscalateConsultation($id: ID!, $version: Int!, $reason: String!) {\n    escalateConsultation(id: $id, version: $version, reason: $reason) {\n      ...ConsultationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation EscalateConsultation($id: ID!, $version: Int!, $reason: String!) {\n    escalateConsultation(id: $id, version: $version, reason: $reason) {\n      ...ConsultationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordConsultationSettlement($id: ID!, $version: Int!, $settlement: ConsultationSettlementInput!) {\n    recordConsultationSettlement(id: $id, version: $version, settlement: $settlement) {\n      ...ConsultationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordConsultationSettlement($id: ID!, $version: Int!, $settlement: ConsultationSettlementInput!) {\n    recordConsultationSettlement(id: $id, version: $version, settlement: $settlement) {\n      ...ConsultationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawConsultation($id: ID!, $version: Int!, $reason: String!) {\n    withdrawConsultation(id: $id, version: $version, reason: $reason) {\n      ...ConsultationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawConsultation($id: ID!, $version: Int!, $reason: String!) {\n    withdrawConsultation(id: $id, version: $version, reason: $reason) {\n      ...ConsultationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GiveCoDepartmentConsent($id: ID!, $version: Int!, $opinion: String) {\n    giveCoDepartmentConsent(id: $id, version: $version, opinion: $opinion) {\n      ...ConsultationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation GiveCoDepartmentConsent($id: ID!, $version: Int!, $opinion: String) {\n    giveCoDepartmentConsent(id: $id, version: $version, opinion: $opinion) {\n      ...ConsultationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RefuseCoDepartmentConsent($id: ID!, $version: Int!, $reason: String!) {\n    refuseCoDepartmentConsent(id: $id, version: $version, reason: $reason) {\n      ...ConsultationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RefuseCoDepartmentConsent($id: ID!, $version: Int!, $reason: String!) {\n    refuseCoDepartmentConsent(id: $id, version: $version, reason: $reason) {\n      ...ConsultationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CorrectionOrderFields on CorrectionOrder {\n    id\n    complaintId\n    caseNumber\n    departmentId\n    requirement\n    dueDate\n    state\n    reportText\n    reportedAt\n    reportedById\n    verifiedAt\n    verifiedById\n    availableActions\n    version\n    createdAt\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment CorrectionOrderFields on CorrectionOrder {\n    id\n    complaintId\n    caseNumber\n    departmentId\n    requirement\n    dueDate\n    state\n    reportText\n    reportedAt\n    reportedById\n    verifiedAt\n    verifiedById\n    availableActions\n    version\n    createdAt\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CorrectionOrders($filter: CorrectionOrderFilter, $page: PageInput, $sort: SortInput) {\n    correctionOrders(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...CorrectionOrderFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CorrectionOrders($filter: CorrectionOrderFilter, $page: PageInput, $sort: SortInput) {\n    correctionOrders(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...CorrectionOrderFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CorrectionOrder($id: ID!) {\n    correctionOrder(id: $id) {\n      ...CorrectionOrderFields\n    }\n  }\n',
): (typeof documents)['\n  query CorrectionOrder($id: ID!) {\n    correctionOrder(id: $id) {\n      ...CorrectionOrderFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportCorrection($id: ID!, $version: Int!, $text: String!) {\n    reportCorrection(id: $id, version: $version, text: $text) {\n      ...CorrectionOrderFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportCorrection($id: ID!, $version: Int!, $text: String!) {\n    reportCorrection(id: $id, version: $version, text: $text) {\n      ...CorrectionOrderFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VerifyCorrection($id: ID!, $version: Int!) {\n    verifyCorrection(id: $id, version: $version) {\n      ...CorrectionOrderFields\n    }\n  }\n',
): (typeof documents)['\n  mutation VerifyCorrection($id: ID!, $version: Int!) {\n    verifyCorrection(id: $id, version: $version) {\n      ...CorrectionOrderFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DeadlineListFields on Deadline {\n    id\n    kind\n    caseKind\n    caseId\n    title\n    departmentId\n    assigneeId\n    startDate\n    periodWorkingDays\n    extensionsWorkingDays\n    extensionCount\n    dueDate\n    isProvisional\n    isSuspended\n    isOverdue\n    state\n    closedAt\n    workingDaysLeft\n    version\n    createdAt\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment DeadlineListFields on Deadline {\n    id\n    kind\n    caseKind\n    caseId\n    title\n    departmentId\n    assigneeId\n    startDate\n    periodWorkingDays\n    extensionsWorkingDays\n    extensionCount\n    dueDate\n    isProvisional\n    isSuspended\n    isOverdue\n    state\n    closedAt\n    workingDaysLeft\n    version\n    createdAt\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DeadlineFields on Deadline {\n    ...DeadlineListFields\n    suspensions {\n      from\n      to\n      reason\n    }\n    events {\n      id\n      action\n      onDate\n      reason\n      byWorkingDays\n      dueDateBefore\n      dueDateAfter\n      actorId\n      approverId\n      at\n    }\n  }\n',
): (typeof documents)['\n  fragment DeadlineFields on Deadline {\n    ...DeadlineListFields\n    suspensions {\n      from\n      to\n      reason\n    }\n    events {\n      id\n      action\n      onDate\n      reason\n      byWorkingDays\n      dueDateBefore\n      dueDateAfter\n      actorId\n      approverId\n      at\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DeadlineCountFields on DeadlineCount {\n    key\n    open\n    overdue\n    dueSoon\n    suspended\n    provisional\n  }\n',
): (typeof documents)['\n  fragment DeadlineCountFields on DeadlineCount {\n    key\n    open\n    overdue\n    dueSoon\n    suspended\n    provisional\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Deadlines($filter: DeadlineFilter, $page: PageInput, $sort: SortInput) {\n    deadlines(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...DeadlineListFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Deadlines($filter: DeadlineFilter, $page: PageInput, $sort: SortInput) {\n    deadlines(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...DeadlineListFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Deadline($id: ID!) {\n    deadline(id: $id) {\n      ...DeadlineFields\n    }\n  }\n',
): (typeof documents)['\n  query Deadline($id: ID!) {\n    deadline(id: $id) {\n      ...DeadlineFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DeadlineSummary($filter: DeadlineFilter) {\n    deadlineSummary(filter: $filter) {\n      today\n      dueSoonUntil\n      total {\n        ...DeadlineCountFields\n      }\n      byDepartment {\n        ...DeadlineCountFields\n      }\n      byAssignee {\n        ...DeadlineCountFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DeadlineSummary($filter: DeadlineFilter) {\n    deadlineSummary(filter: $filter) {\n      today\n      dueSoonUntil\n      total {\n        ...DeadlineCountFields\n      }\n      byDepartment {\n        ...DeadlineCountFields\n      }\n      byAssignee {\n        ...DeadlineCountFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DepartmentFields on Department {\n    id\n    code\n    name\n    kind\n    sortOrder\n    phone\n    isActive\n    version\n    createdAt\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment DepartmentFields on Department {\n    id\n    code\n    name\n    kind\n    sortOrder\n    phone\n    isActive\n    version\n    createdAt\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Departments($filter: DepartmentFilter, $page: PageInput, $sort: SortInput) {\n    departments(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...DepartmentFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Departments($filter: DepartmentFilter, $page: PageInput, $sort: SortInput) {\n    departments(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...DepartmentFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Department($id: ID!) {\n    department(id: $id) {\n      ...DepartmentFields\n    }\n  }\n',
): (typeof documents)['\n  query Department($id: ID!) {\n    department(id: $id) {\n      ...DepartmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateDepartment($id: ID!, $version: Int!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, version: $version, input: $input) {\n      ...DepartmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateDepartment($id: ID!, $version: Int!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, version: $version, input: $input) {\n      ...DepartmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetDepartmentActive($id: ID!, $version: Int!, $isActive: Boolean!) {\n    setDepartmentActive(id: $id, version: $version, isActive: $isActive) {\n      ...DepartmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetDepartmentActive($id: ID!, $version: Int!, $isActive: Boolean!) {\n    setDepartmentActive(id: $id, version: $version, isActive: $isActive) {\n      ...DepartmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ContentVersionFields on DocumentContentVersion {\n    id\n    documentId\n    kind\n    seq\n    body\n    isEditable\n    sealedAt\n    contentRemovedAt\n    basedOnId\n    version\n    attachments {\n      id\n      fileName\n      contentType\n      sizeBytes\n      url\n      removedAt\n    }\n  }\n',
): (typeof documents)['\n  fragment ContentVersionFields on DocumentContentVersion {\n    id\n    documentId\n    kind\n    seq\n    body\n    isEditable\n    sealedAt\n    contentRemovedAt\n    basedOnId\n    version\n    attachments {\n      id\n      fileName\n      contentType\n      sizeBytes\n      url\n      removedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DocumentListFields on Document {\n    id\n    title\n    documentNumber\n    type\n    otherTypeName\n    purpose\n    state\n    attribute\n    proposedAttribute\n    departmentId\n    version\n    createdAt\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment DocumentListFields on Document {\n    id\n    title\n    documentNumber\n    type\n    otherTypeName\n    purpose\n    state\n    attribute\n    proposedAttribute\n    departmentId\n    version\n    createdAt\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DocumentFields on Document {\n    ...DocumentListFields\n    availableActions\n    summary\n    coDepartmentIds\n    jointAgencyIds\n    catalogCategoryId\n    forwardedFromId\n    drafterId\n    signedAt\n    signedById\n    formedDate\n    lastAssessedAt\n    declassifiedAt\n    declassificationReference\n    attributeReason\n    attributeRule\n    isAttributeDeviation\n    attributeProposal {\n      attribute\n      rule\n      isForwardedSourceUnset\n    }\n    currentContent {\n      ...ContentVersionFields\n    }\n    events {\n      id\n      action\n      fromState\n      toState\n      fromAttribute\n      toAttribute\n      note\n      actorId\n      at\n    }\n    reviews {\n      id\n      state\n      isRevision\n      createdAt\n      decisions {\n        id\n        action\n        stage\n        fromState\n        toState\n        opinion\n        userId\n        at\n      }\n    }\n    catalogEntries {\n      id\n      indexNumber\n      entryVersion\n      state\n      publishedAt\n    }\n  }\n',
): (typeof documents)['\n  fragment DocumentFields on Document {\n    ...DocumentListFields\n    availableActions\n    summary\n    coDepartmentIds\n    jointAgencyIds\n    catalogCategoryId\n    forwardedFromId\n    drafterId\n    signedAt\n    signedById\n    formedDate\n    lastAssessedAt\n    declassifiedAt\n    declassificationReference\n    attributeReason\n    attributeRule\n    isAttributeDeviation\n    attributeProposal {\n      attribute\n      rule\n      isForwardedSourceUnset\n    }\n    currentContent {\n      ...ContentVersionFields\n    }\n    events {\n      id\n      action\n      fromState\n      toState\n      fromAttribute\n      toAttribute\n      note\n      actorId\n      at\n    }\n    reviews {\n      id\n      state\n      isRevision\n      createdAt\n      decisions {\n        id\n        action\n        stage\n        fromState\n        toState\n        opinion\n        userId\n        at\n      }\n    }\n    catalogEntries {\n      id\n      indexNumber\n      entryVersion\n      state\n      publishedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Documents($filter: DocumentFilter, $page: PageInput, $sort: SortInput) {\n    documents(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...DocumentListFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Documents($filter: DocumentFilter, $page: PageInput, $sort: SortInput) {\n    documents(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...DocumentListFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Document($id: ID!) {\n    document(id: $id) {\n      ...DocumentFields\n    }\n  }\n',
): (typeof documents)['\n  query Document($id: ID!) {\n    document(id: $id) {\n      ...DocumentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateDocument($departmentId: ID!, $input: DocumentDraftInput!) {\n    createDocument(departmentId: $departmentId, input: $input) {\n      ...DocumentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateDocument($departmentId: ID!, $input: DocumentDraftInput!) {\n    createDocument(departmentId: $departmentId, input: $input) {\n      ...DocumentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateDocument($id: ID!, $version: Int!, $input: DocumentDraftInput!) {\n    updateDocument(id: $id, version: $version, input: $input) {\n      ...DocumentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateDocument($id: ID!, $version: Int!, $input: DocumentDraftInput!) {\n    updateDocument(id: $id, version: $version, input: $input) {\n      ...DocumentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetDocumentAttribute($id: ID!, $version: Int!, $attribute: DisclosureAttribute!, $reason: String) {\n    setDocumentAttribute(id: $id, version: $version, attribute: $attribute, reason: $reason) {\n      ...DocumentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetDocumentAttribute($id: ID!, $version: Int!, $attribute: DisclosureAttribute!, $reason: String) {\n    setDocumentAttribute(id: $id, version: $version, attribute: $attribute, reason: $reason) {\n      ...DocumentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RedetermineDocumentAttribute(\n    $id: ID!\n    $version: Int!\n    $attribute: DisclosureAttribute!\n    $reason: String!\n  ) {\n    redetermineDocumentAttribute(id: $id, version: $version, attribute: $attribute, reason: $reason) {\n      ...DocumentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RedetermineDocumentAttribute(\n    $id: ID!\n    $version: Int!\n    $attribute: DisclosureAttribute!\n    $reason: String!\n  ) {\n    redetermineDocumentAttribute(id: $id, version: $version, attribute: $attribute, reason: $reason) {\n      ...DocumentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignDocument($id: ID!, $version: Int!) {\n    signDocument(id: $id, version: $version) {\n      ...DocumentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SignDocument($id: ID!, $version: Int!) {\n    signDocument(id: $id, version: $version) {\n      ...DocumentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitDocumentForReview($id: ID!, $version: Int!) {\n    submitDocumentForReview(id: $id, version: $version) {\n      ...DocumentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitDocumentForReview($id: ID!, $version: Int!) {\n    submitDocumentForReview(id: $id, version: $version) {\n      ...DocumentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DiscardDocument($id: ID!, $version: Int!) {\n    discardDocument(id: $id, version: $version) {\n      ...DocumentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DiscardDocument($id: ID!, $version: Int!) {\n    discardDocument(id: $id, version: $version) {\n      ...DocumentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviseDocument($id: ID!, $version: Int!) {\n    reviseDocument(id: $id, version: $version) {\n      ...DocumentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviseDocument($id: ID!, $version: Int!) {\n    reviseDocument(id: $id, version: $version) {\n      ...DocumentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UploadDocumentAttachment($contentVersionId: ID!, $fileName: String!, $contentBase64: String!) {\n    uploadDocumentAttachment(\n      contentVersionId: $contentVersionId\n      fileName: $fileName\n      contentBase64: $contentBase64\n    ) {\n      id\n      fileName\n    }\n  }\n',
): (typeof documents)['\n  mutation UploadDocumentAttachment($contentVersionId: ID!, $fileName: String!, $contentBase64: String!) {\n    uploadDocumentAttachment(\n      contentVersionId: $contentVersionId\n      fileName: $fileName\n      contentBase64: $contentBase64\n    ) {\n      id\n      fileName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveDocumentAttachment($id: ID!) {\n    removeDocumentAttachment(id: $id)\n  }\n',
): (typeof documents)['\n  mutation RemoveDocumentAttachment($id: ID!) {\n    removeDocumentAttachment(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmDocumentAttribute($id: ID!, $version: Int!, $reason: String!) {\n    confirmDocumentAttribute(id: $id, version: $version, reason: $reason) {\n      ...DocumentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmDocumentAttribute($id: ID!, $version: Int!, $reason: String!) {\n    confirmDocumentAttribute(id: $id, version: $version, reason: $reason) {\n      ...DocumentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordDocumentDeclassification($id: ID!, $version: Int!, $reference: String!) {\n    recordDocumentDeclassification(id: $id, version: $version, reference: $reference) {\n      ...DocumentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordDocumentDeclassification($id: ID!, $version: Int!, $reference: String!) {\n    recordDocumentDeclassification(id: $id, version: $version, reference: $reference) {\n      ...DocumentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ExternalAgencyFields on ExternalAgency {\n    id\n    name\n    kind\n    contactPerson\n    phone\n    address\n    notes\n    isActive\n    version\n    createdAt\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment ExternalAgencyFields on ExternalAgency {\n    id\n    name\n    kind\n    contactPerson\n    phone\n    address\n    notes\n    isActive\n    version\n    createdAt\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExternalAgencies($filter: ExternalAgencyFilter, $page: PageInput, $sort: SortInput) {\n    externalAgencies(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...ExternalAgencyFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ExternalAgencies($filter: ExternalAgencyFilter, $page: PageInput, $sort: SortInput) {\n    externalAgencies(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...ExternalAgencyFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExternalAgency($id: ID!) {\n    externalAgency(id: $id) {\n      ...ExternalAgencyFields\n    }\n  }\n',
): (typeof documents)['\n  query ExternalAgency($id: ID!) {\n    externalAgency(id: $id) {\n      ...ExternalAgencyFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateExternalAgency($input: ExternalAgencyInput!) {\n    createExternalAgency(input: $input) {\n      ...ExternalAgencyFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateExternalAgency($input: ExternalAgencyInput!) {\n    createExternalAgency(input: $input) {\n      ...ExternalAgencyFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateExternalAgency($id: ID!, $version: Int!, $input: ExternalAgencyInput!) {\n    updateExternalAgency(id: $id, version: $version, input: $input) {\n      ...ExternalAgencyFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateExternalAgency($id: ID!, $version: Int!, $input: ExternalAgencyInput!) {\n    updateExternalAgency(id: $id, version: $version, input: $input) {\n      ...ExternalAgencyFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetExternalAgencyActive($id: ID!, $version: Int!, $isActive: Boolean!) {\n    setExternalAgencyActive(id: $id, version: $version, isActive: $isActive) {\n      ...ExternalAgencyFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetExternalAgencyActive($id: ID!, $version: Int!, $isActive: Boolean!) {\n    setExternalAgencyActive(id: $id, version: $version, isActive: $isActive) {\n      ...ExternalAgencyFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment GuideVersionFields on GuideVersion {\n    id\n    versionNumber\n    classification\n    proactiveDisclosure\n    applicationProcedure\n    office {\n      name\n      address\n      officeHours\n      telephone\n      fax\n      website\n      email\n    }\n    otherText\n    publishedAt\n    publishedById\n    createdById\n    version\n    createdAt\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment GuideVersionFields on GuideVersion {\n    id\n    versionNumber\n    classification\n    proactiveDisclosure\n    applicationProcedure\n    office {\n      name\n      address\n      officeHours\n      telephone\n      fax\n      website\n      email\n    }\n    otherText\n    publishedAt\n    publishedById\n    createdById\n    version\n    createdAt\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GuideVersions($filter: GuideVersionFilter, $page: PageInput, $sort: SortInput) {\n    guideVersions(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...GuideVersionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query GuideVersions($filter: GuideVersionFilter, $page: PageInput, $sort: SortInput) {\n    guideVersions(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...GuideVersionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GuideVersion($id: ID!) {\n    guideVersion(id: $id) {\n      ...GuideVersionFields\n    }\n  }\n',
): (typeof documents)['\n  query GuideVersion($id: ID!) {\n    guideVersion(id: $id) {\n      ...GuideVersionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateGuideDraft($input: GuideInput!) {\n    createGuideDraft(input: $input) {\n      ...GuideVersionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateGuideDraft($input: GuideInput!) {\n    createGuideDraft(input: $input) {\n      ...GuideVersionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateGuideDraft($id: ID!, $version: Int!, $input: GuideInput!) {\n    updateGuideDraft(id: $id, version: $version, input: $input) {\n      ...GuideVersionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateGuideDraft($id: ID!, $version: Int!, $input: GuideInput!) {\n    updateGuideDraft(id: $id, version: $version, input: $input) {\n      ...GuideVersionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishGuideVersion($id: ID!, $version: Int!) {\n    publishGuideVersion(id: $id, version: $version) {\n      ...GuideVersionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishGuideVersion($id: ID!, $version: Int!) {\n    publishGuideVersion(id: $id, version: $version) {\n      ...GuideVersionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment JobRunFields on JobRun {\n    id\n    jobName\n    label\n    schedule\n    slot\n    startedAt\n    finishedAt\n    outcome\n    summary\n    replica\n  }\n',
): (typeof documents)['\n  fragment JobRunFields on JobRun {\n    id\n    jobName\n    label\n    schedule\n    slot\n    startedAt\n    finishedAt\n    outcome\n    summary\n    replica\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JobRuns($filter: JobRunFilter, $page: PageInput) {\n    jobRuns(filter: $filter, page: $page) {\n      total\n      items {\n        ...JobRunFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query JobRuns($filter: JobRunFilter, $page: PageInput) {\n    jobRuns(filter: $filter, page: $page) {\n      total\n      items {\n        ...JobRunFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MeetingListFields on Meeting {\n    id\n    caseNumber\n    title\n    departmentId\n    startsAt\n    plannedEndsAt\n    place\n    seats\n    state\n    endedAt\n    feedbackSentAt\n    deadlineId\n    feedbackDueDate\n    feedbackStanding\n    feedbackMetAt\n    version\n    createdAt\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment MeetingListFields on Meeting {\n    id\n    caseNumber\n    title\n    departmentId\n    startsAt\n    plannedEndsAt\n    place\n    seats\n    state\n    endedAt\n    feedbackSentAt\n    deadlineId\n    feedbackDueDate\n    feedbackStanding\n    feedbackMetAt\n    version\n    createdAt\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MeetingInvitationFields on MeetingInvitation {\n    id\n    meetingId\n    caseNumber\n    representativeId\n    representative {\n      id\n      name\n      type\n      organisation\n    }\n    topicIds\n    state\n    sequence\n    noticeChannel\n    respondedAt\n    withdrawnReason\n    checkedInAt\n    checkedInBy\n    isLate\n    departedAt\n    departedAfterTopicId\n    attendancePublic\n    isInterestFlagged\n    interestDeclarations {\n      id\n      topicId\n      hasDirectInterest\n      isFlagged\n      note\n      declaredAt\n    }\n    availableActions\n    version\n  }\n',
): (typeof documents)['\n  fragment MeetingInvitationFields on MeetingInvitation {\n    id\n    meetingId\n    caseNumber\n    representativeId\n    representative {\n      id\n      name\n      type\n      organisation\n    }\n    topicIds\n    state\n    sequence\n    noticeChannel\n    respondedAt\n    withdrawnReason\n    checkedInAt\n    checkedInBy\n    isLate\n    departedAt\n    departedAfterTopicId\n    attendancePublic\n    isInterestFlagged\n    interestDeclarations {\n      id\n      topicId\n      hasDirectInterest\n      isFlagged\n      note\n      declaredAt\n    }\n    availableActions\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MeetingOpinionFields on MeetingOpinion {\n    id\n    meetingId\n    invitationId\n    topicId\n    kind\n    source\n    content\n    recordedAt\n    recordedById\n    adoption\n    adoptionExplanation\n    adoptionRecordedAt\n    version\n  }\n',
): (typeof documents)['\n  fragment MeetingOpinionFields on MeetingOpinion {\n    id\n    meetingId\n    invitationId\n    topicId\n    kind\n    source\n    content\n    recordedAt\n    recordedById\n    adoption\n    adoptionExplanation\n    adoptionRecordedAt\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MeetingFields on Meeting {\n    ...MeetingListFields\n    availableActions\n    postponeReason\n    cancelReason\n    startedAt\n    minutes\n    decisions\n    topics {\n      id\n      position\n      title\n      description\n      representativesMayAttend\n      category\n      seats\n    }\n    invitations {\n      ...MeetingInvitationFields\n    }\n    opinions {\n      ...MeetingOpinionFields\n    }\n    attendance {\n      caseNumber\n      representativeName\n      representativeType\n      organisation\n      state\n      topics\n      checkedInAt\n      isLate\n      departedAt\n      departedAfterTopic\n      attendancePublic\n      isInterestFlagged\n    }\n    resultReviews {\n      id\n      title\n      state\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  fragment MeetingFields on Meeting {\n    ...MeetingListFields\n    availableActions\n    postponeReason\n    cancelReason\n    startedAt\n    minutes\n    decisions\n    topics {\n      id\n      position\n      title\n      description\n      representativesMayAttend\n      category\n      seats\n    }\n    invitations {\n      ...MeetingInvitationFields\n    }\n    opinions {\n      ...MeetingOpinionFields\n    }\n    attendance {\n      caseNumber\n      representativeName\n      representativeType\n      organisation\n      state\n      topics\n      checkedInAt\n      isLate\n      departedAt\n      departedAfterTopic\n      attendancePublic\n      isInterestFlagged\n    }\n    resultReviews {\n      id\n      title\n      state\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Meetings($filter: MeetingFilter, $page: PageInput, $sort: SortInput) {\n    meetings(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...MeetingListFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Meetings($filter: MeetingFilter, $page: PageInput, $sort: SortInput) {\n    meetings(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...MeetingListFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeetingsCalendar($from: DateTimeISO!, $to: DateTimeISO!) {\n    meetingsCalendar(from: $from, to: $to) {\n      id\n      caseNumber\n      title\n      departmentId\n      startsAt\n      plannedEndsAt\n      place\n      state\n    }\n  }\n',
): (typeof documents)['\n  query MeetingsCalendar($from: DateTimeISO!, $to: DateTimeISO!) {\n    meetingsCalendar(from: $from, to: $to) {\n      id\n      caseNumber\n      title\n      departmentId\n      startsAt\n      plannedEndsAt\n      place\n      state\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InvitationLetter($invitationId: ID!) {\n    invitationLetter(invitationId: $invitationId) {\n      title\n      paragraphs\n    }\n  }\n',
): (typeof documents)['\n  query InvitationLetter($invitationId: ID!) {\n    invitationLetter(invitationId: $invitationId) {\n      title\n      paragraphs\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateMeeting($input: MeetingInput!) {\n    createMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateMeeting($input: MeetingInput!) {\n    createMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMeeting($id: ID!, $version: Int!, $input: MeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMeeting($id: ID!, $version: Int!, $input: MeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PostponeMeeting($id: ID!, $version: Int!, $input: MeetingReasonInput!) {\n    postponeMeeting(id: $id, version: $version, input: $input) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PostponeMeeting($id: ID!, $version: Int!, $input: MeetingReasonInput!) {\n    postponeMeeting(id: $id, version: $version, input: $input) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RescheduleMeeting($id: ID!, $version: Int!, $input: RescheduleMeetingInput!) {\n    rescheduleMeeting(id: $id, version: $version, input: $input) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RescheduleMeeting($id: ID!, $version: Int!, $input: RescheduleMeetingInput!) {\n    rescheduleMeeting(id: $id, version: $version, input: $input) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelMeeting($id: ID!, $version: Int!, $input: MeetingReasonInput!) {\n    cancelMeeting(id: $id, version: $version, input: $input) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelMeeting($id: ID!, $version: Int!, $input: MeetingReasonInput!) {\n    cancelMeeting(id: $id, version: $version, input: $input) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartMeeting($id: ID!, $version: Int!) {\n    startMeeting(id: $id, version: $version) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation StartMeeting($id: ID!, $version: Int!) {\n    startMeeting(id: $id, version: $version) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseMeeting($id: ID!, $version: Int!, $input: CloseMeetingInput!) {\n    closeMeeting(id: $id, version: $version, input: $input) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseMeeting($id: ID!, $version: Int!, $input: CloseMeetingInput!) {\n    closeMeeting(id: $id, version: $version, input: $input) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendMeetingFeedback($id: ID!, $version: Int!) {\n    sendMeetingFeedback(id: $id, version: $version) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SendMeetingFeedback($id: ID!, $version: Int!) {\n    sendMeetingFeedback(id: $id, version: $version) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitMeetingResults($id: ID!, $version: Int!) {\n    submitMeetingResults(id: $id, version: $version) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitMeetingResults($id: ID!, $version: Int!) {\n    submitMeetingResults(id: $id, version: $version) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteRepresentative($meetingId: ID!, $input: InviteRepresentativeInput!) {\n    inviteRepresentative(meetingId: $meetingId, input: $input) {\n      caseNumber\n      accessCode\n      letter {\n        title\n        paragraphs\n      }\n      invitation {\n        ...MeetingInvitationFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteRepresentative($meetingId: ID!, $input: InviteRepresentativeInput!) {\n    inviteRepresentative(meetingId: $meetingId, input: $input) {\n      caseNumber\n      accessCode\n      letter {\n        title\n        paragraphs\n      }\n      invitation {\n        ...MeetingInvitationFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReissueInvitationCode($id: ID!, $version: Int!) {\n    reissueInvitationCode(id: $id, version: $version) {\n      caseNumber\n      accessCode\n      letter {\n        title\n        paragraphs\n      }\n      invitation {\n        ...MeetingInvitationFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReissueInvitationCode($id: ID!, $version: Int!) {\n    reissueInvitationCode(id: $id, version: $version) {\n      caseNumber\n      accessCode\n      letter {\n        title\n        paragraphs\n      }\n      invitation {\n        ...MeetingInvitationFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawInvitation($id: ID!, $version: Int!, $reason: String!) {\n    withdrawInvitation(id: $id, version: $version, reason: $reason) {\n      ...MeetingInvitationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawInvitation($id: ID!, $version: Int!, $reason: String!) {\n    withdrawInvitation(id: $id, version: $version, reason: $reason) {\n      ...MeetingInvitationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordInvitationResponse($id: ID!, $version: Int!, $accept: Boolean!) {\n    recordInvitationResponse(id: $id, version: $version, accept: $accept) {\n      ...MeetingInvitationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordInvitationResponse($id: ID!, $version: Int!, $accept: Boolean!) {\n    recordInvitationResponse(id: $id, version: $version, accept: $accept) {\n      ...MeetingInvitationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CheckInRepresentative($id: ID!, $version: Int!, $at: DateTimeISO) {\n    checkInRepresentative(id: $id, version: $version, at: $at) {\n      ...MeetingInvitationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CheckInRepresentative($id: ID!, $version: Int!, $at: DateTimeISO) {\n    checkInRepresentative(id: $id, version: $version, at: $at) {\n      ...MeetingInvitationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordRepresentativeDeparture($id: ID!, $version: Int!, $afterTopicId: ID!) {\n    recordRepresentativeDeparture(id: $id, version: $version, afterTopicId: $afterTopicId) {\n      ...MeetingInvitationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordRepresentativeDeparture($id: ID!, $version: Int!, $afterTopicId: ID!) {\n    recordRepresentativeDeparture(id: $id, version: $version, afterTopicId: $afterTopicId) {\n      ...MeetingInvitationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordMeetingOpinion($meetingId: ID!, $input: MeetingOpinionInput!) {\n    recordMeetingOpinion(meetingId: $meetingId, input: $input) {\n      ...MeetingOpinionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordMeetingOpinion($meetingId: ID!, $input: MeetingOpinionInput!) {\n    recordMeetingOpinion(meetingId: $meetingId, input: $input) {\n      ...MeetingOpinionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordMeetingSpeech($meetingId: ID!, $input: MeetingSpeechInput!) {\n    recordMeetingSpeech(meetingId: $meetingId, input: $input) {\n      ...MeetingOpinionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordMeetingSpeech($meetingId: ID!, $input: MeetingSpeechInput!) {\n    recordMeetingSpeech(meetingId: $meetingId, input: $input) {\n      ...MeetingOpinionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordOpinionAdoption($id: ID!, $version: Int!, $input: OpinionAdoptionInput!) {\n    recordOpinionAdoption(id: $id, version: $version, input: $input) {\n      ...MeetingOpinionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordOpinionAdoption($id: ID!, $version: Int!, $input: OpinionAdoptionInput!) {\n    recordOpinionAdoption(id: $id, version: $version, input: $input) {\n      ...MeetingOpinionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StaffNotificationFields on StaffNotification {\n    id\n    kind\n    taskId\n    title\n    onDate\n    createdAt\n    readAt\n    taskKind\n    caseKind\n    caseId\n    dueDate\n    taskState\n  }\n',
): (typeof documents)['\n  fragment StaffNotificationFields on StaffNotification {\n    id\n    kind\n    taskId\n    title\n    onDate\n    createdAt\n    readAt\n    taskKind\n    caseKind\n    caseId\n    dueDate\n    taskState\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyNotifications($filter: StaffNotificationFilter, $page: PageInput) {\n    myNotifications(filter: $filter, page: $page) {\n      total\n      items {\n        ...StaffNotificationFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyNotifications($filter: StaffNotificationFilter, $page: PageInput) {\n    myNotifications(filter: $filter, page: $page) {\n      total\n      items {\n        ...StaffNotificationFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n',
): (typeof documents)['\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all) {\n      marked\n      unread\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all) {\n      marked\n      unread\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OutboxMessageFields on OutboxMessage {\n    id\n    noticeId\n    caseKind\n    channel\n    state\n    attempts\n    nextAttemptAt\n    lastError\n    sentAt\n    providerMessageId\n    createdAt\n    version\n    availableActions\n  }\n',
): (typeof documents)['\n  fragment OutboxMessageFields on OutboxMessage {\n    id\n    noticeId\n    caseKind\n    channel\n    state\n    attempts\n    nextAttemptAt\n    lastError\n    sentAt\n    providerMessageId\n    createdAt\n    version\n    availableActions\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OutboxMessages($filter: OutboxMessageFilter, $page: PageInput) {\n    outboxMessages(filter: $filter, page: $page) {\n      total\n      items {\n        ...OutboxMessageFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OutboxMessages($filter: OutboxMessageFilter, $page: PageInput) {\n    outboxMessages(filter: $filter, page: $page) {\n      total\n      items {\n        ...OutboxMessageFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RetryOutboxMessage($id: ID!, $version: Int!) {\n    retryOutboxMessage(id: $id, version: $version) {\n      ...OutboxMessageFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RetryOutboxMessage($id: ID!, $version: Int!) {\n    retryOutboxMessage(id: $id, version: $version) {\n      ...OutboxMessageFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RepresentativeListFields on Representative {\n    id\n    name\n    type\n    organisation\n    title\n    expertise\n    phone\n    email\n    postalAddress\n    state\n    eligibilityOutcome\n    eligibilityCheckedAt\n    isInvitable\n    version\n    createdAt\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment RepresentativeListFields on Representative {\n    id\n    name\n    type\n    organisation\n    title\n    expertise\n    phone\n    email\n    postalAddress\n    state\n    eligibilityOutcome\n    eligibilityCheckedAt\n    isInvitable\n    version\n    createdAt\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RepresentativeFields on Representative {\n    ...RepresentativeListFields\n    eligibilityBasis\n    eligibilityCheckedById\n    eligibilityChecks {\n      id\n      outcome\n      basis\n      checkedById\n      checkedAt\n    }\n    participation {\n      id\n      meetingId\n      caseNumber\n      state\n      topicIds\n      respondedAt\n      checkedInAt\n      isLate\n      departedAt\n      attendancePublic\n      isInterestFlagged\n    }\n  }\n',
): (typeof documents)['\n  fragment RepresentativeFields on Representative {\n    ...RepresentativeListFields\n    eligibilityBasis\n    eligibilityCheckedById\n    eligibilityChecks {\n      id\n      outcome\n      basis\n      checkedById\n      checkedAt\n    }\n    participation {\n      id\n      meetingId\n      caseNumber\n      state\n      topicIds\n      respondedAt\n      checkedInAt\n      isLate\n      departedAt\n      attendancePublic\n      isInterestFlagged\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Representatives($filter: RepresentativeFilter, $page: PageInput, $sort: SortInput) {\n    representatives(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...RepresentativeListFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Representatives($filter: RepresentativeFilter, $page: PageInput, $sort: SortInput) {\n    representatives(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...RepresentativeListFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Representative($id: ID!) {\n    representative(id: $id) {\n      ...RepresentativeFields\n    }\n  }\n',
): (typeof documents)['\n  query Representative($id: ID!) {\n    representative(id: $id) {\n      ...RepresentativeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegisterRepresentative($input: RepresentativeInput!, $confirmNotDuplicate: Boolean!) {\n    registerRepresentative(input: $input, confirmNotDuplicate: $confirmNotDuplicate) {\n      ...RepresentativeFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RegisterRepresentative($input: RepresentativeInput!, $confirmNotDuplicate: Boolean!) {\n    registerRepresentative(input: $input, confirmNotDuplicate: $confirmNotDuplicate) {\n      ...RepresentativeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateRepresentative(\n    $id: ID!\n    $version: Int!\n    $input: RepresentativeInput!\n    $confirmNotDuplicate: Boolean!\n  ) {\n    updateRepresentative(\n      id: $id\n      version: $version\n      input: $input\n      confirmNotDuplicate: $confirmNotDuplicate\n    ) {\n      ...RepresentativeFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateRepresentative(\n    $id: ID!\n    $version: Int!\n    $input: RepresentativeInput!\n    $confirmNotDuplicate: Boolean!\n  ) {\n    updateRepresentative(\n      id: $id\n      version: $version\n      input: $input\n      confirmNotDuplicate: $confirmNotDuplicate\n    ) {\n      ...RepresentativeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordRepresentativeEligibility($id: ID!, $version: Int!, $input: EligibilityCheckInput!) {\n    recordRepresentativeEligibility(id: $id, version: $version, input: $input) {\n      ...RepresentativeFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordRepresentativeEligibility($id: ID!, $version: Int!, $input: EligibilityCheckInput!) {\n    recordRepresentativeEligibility(id: $id, version: $version, input: $input) {\n      ...RepresentativeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetRepresentativeActive($id: ID!, $version: Int!, $active: Boolean!) {\n    setRepresentativeActive(id: $id, version: $version, active: $active) {\n      ...RepresentativeFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetRepresentativeActive($id: ID!, $version: Int!, $active: Boolean!) {\n    setRepresentativeActive(id: $id, version: $version, active: $active) {\n      ...RepresentativeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReviewOutcomeFields on ReviewOutcomeView {\n    outcome\n    reasons\n    basis\n    redactedContentVersionId\n    exceptions {\n      reason\n      ground\n      evidence\n      evidenceFileId\n    }\n    stateSecret {\n      level\n      term\n      basis\n      scope\n    }\n  }\n',
): (typeof documents)['\n  fragment ReviewOutcomeFields on ReviewOutcomeView {\n    outcome\n    reasons\n    basis\n    redactedContentVersionId\n    exceptions {\n      reason\n      ground\n      evidence\n      evidenceFileId\n    }\n    stateSecret {\n      level\n      term\n      basis\n      scope\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReviewListFields on Review {\n    id\n    title\n    subjectKind\n    subjectId\n    state\n    isRevision\n    owningDepartmentId\n    version\n    createdAt\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment ReviewListFields on Review {\n    id\n    title\n    subjectKind\n    subjectId\n    state\n    isRevision\n    owningDepartmentId\n    version\n    createdAt\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReviewEvidenceFileFields on ReviewEvidenceFile {\n    id\n    fileName\n    sizeBytes\n    uploadedAt\n    url\n  }\n',
): (typeof documents)['\n  fragment ReviewEvidenceFileFields on ReviewEvidenceFile {\n    id\n    fileName\n    sizeBytes\n    uploadedAt\n    url\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UploadReviewEvidence($reviewId: ID!, $fileName: String!, $contentBase64: String!) {\n    uploadReviewEvidence(reviewId: $reviewId, fileName: $fileName, contentBase64: $contentBase64) {\n      ...ReviewEvidenceFileFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UploadReviewEvidence($reviewId: ID!, $fileName: String!, $contentBase64: String!) {\n    uploadReviewEvidence(reviewId: $reviewId, fileName: $fileName, contentBase64: $contentBase64) {\n      ...ReviewEvidenceFileFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReviewSupplyFileFields on ApplicationSupplyFile {\n    id\n    fileName\n    contentType\n    sizeBytes\n    contentBase64\n    removedAt\n  }\n',
): (typeof documents)['\n  fragment ReviewSupplyFileFields on ApplicationSupplyFile {\n    id\n    fileName\n    contentType\n    sizeBytes\n    contentBase64\n    removedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReviewSupplyVersionFields on ApplicationSupplyVersion {\n    id\n    kind\n    basedOnId\n    text\n    sealedAt\n    createdAt\n    files {\n      ...ReviewSupplyFileFields\n    }\n  }\n',
): (typeof documents)['\n  fragment ReviewSupplyVersionFields on ApplicationSupplyVersion {\n    id\n    kind\n    basedOnId\n    text\n    sealedAt\n    createdAt\n    files {\n      ...ReviewSupplyFileFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReviewMeetingResultVersionFields on MeetingResultVersion {\n    id\n    kind\n    basedOnId\n    body\n    sealedAt\n    createdAt\n  }\n',
): (typeof documents)['\n  fragment ReviewMeetingResultVersionFields on MeetingResultVersion {\n    id\n    kind\n    basedOnId\n    body\n    sealedAt\n    createdAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewMeetingResults($id: ID!) {\n    review(id: $id) {\n      id\n      meetingResultVersions {\n        ...ReviewMeetingResultVersionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReviewMeetingResults($id: ID!) {\n    review(id: $id) {\n      id\n      meetingResultVersions {\n        ...ReviewMeetingResultVersionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReviewFields on Review {\n    ...ReviewListFields\n    availableActions\n    contentVersionId\n    approvedContentVersionId\n    publisherId\n    finalAction\n    isContentRemovalRequired\n    assessment {\n      ...ReviewOutcomeFields\n    }\n    outcome {\n      ...ReviewOutcomeFields\n    }\n    decisions {\n      id\n      action\n      stage\n      fromState\n      toState\n      opinion\n      reference\n      userId\n      publisherId\n      contentVersionId\n      at\n      assessment {\n        ...ReviewOutcomeFields\n      }\n      outcome {\n        ...ReviewOutcomeFields\n      }\n    }\n    contentVersion {\n      ...ContentVersionFields\n    }\n    redactedVersions {\n      ...ContentVersionFields\n    }\n    supplyVersions {\n      ...ReviewSupplyVersionFields\n    }\n    evidenceFiles {\n      ...ReviewEvidenceFileFields\n    }\n  }\n',
): (typeof documents)['\n  fragment ReviewFields on Review {\n    ...ReviewListFields\n    availableActions\n    contentVersionId\n    approvedContentVersionId\n    publisherId\n    finalAction\n    isContentRemovalRequired\n    assessment {\n      ...ReviewOutcomeFields\n    }\n    outcome {\n      ...ReviewOutcomeFields\n    }\n    decisions {\n      id\n      action\n      stage\n      fromState\n      toState\n      opinion\n      reference\n      userId\n      publisherId\n      contentVersionId\n      at\n      assessment {\n        ...ReviewOutcomeFields\n      }\n      outcome {\n        ...ReviewOutcomeFields\n      }\n    }\n    contentVersion {\n      ...ContentVersionFields\n    }\n    redactedVersions {\n      ...ContentVersionFields\n    }\n    supplyVersions {\n      ...ReviewSupplyVersionFields\n    }\n    evidenceFiles {\n      ...ReviewEvidenceFileFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Reviews($filter: ReviewFilter, $page: PageInput, $sort: SortInput) {\n    reviews(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...ReviewListFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Reviews($filter: ReviewFilter, $page: PageInput, $sort: SortInput) {\n    reviews(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...ReviewListFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Review($id: ID!) {\n    review(id: $id) {\n      ...ReviewFields\n    }\n  }\n',
): (typeof documents)['\n  query Review($id: ID!) {\n    review(id: $id) {\n      ...ReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewInitial(\n    $id: ID!\n    $version: Int!\n    $contentVersionId: ID!\n    $opinion: String!\n    $assessment: ReviewAssessmentInput!\n  ) {\n    reviewInitial(\n      id: $id\n      version: $version\n      contentVersionId: $contentVersionId\n      opinion: $opinion\n      assessment: $assessment\n    ) {\n      ...ReviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewInitial(\n    $id: ID!\n    $version: Int!\n    $contentVersionId: ID!\n    $opinion: String!\n    $assessment: ReviewAssessmentInput!\n  ) {\n    reviewInitial(\n      id: $id\n      version: $version\n      contentVersionId: $contentVersionId\n      opinion: $opinion\n      assessment: $assessment\n    ) {\n      ...ReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewSecrecy(\n    $id: ID!\n    $version: Int!\n    $contentVersionId: ID!\n    $opinion: String!\n    $outcome: ReviewOutcomeInput!\n  ) {\n    reviewSecrecy(\n      id: $id\n      version: $version\n      contentVersionId: $contentVersionId\n      opinion: $opinion\n      outcome: $outcome\n    ) {\n      ...ReviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewSecrecy(\n    $id: ID!\n    $version: Int!\n    $contentVersionId: ID!\n    $opinion: String!\n    $outcome: ReviewOutcomeInput!\n  ) {\n    reviewSecrecy(\n      id: $id\n      version: $version\n      contentVersionId: $contentVersionId\n      opinion: $opinion\n      outcome: $outcome\n    ) {\n      ...ReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewApprove(\n    $id: ID!\n    $version: Int!\n    $contentVersionId: ID!\n    $opinion: String!\n    $publisherId: ID\n  ) {\n    reviewApprove(\n      id: $id\n      version: $version\n      contentVersionId: $contentVersionId\n      opinion: $opinion\n      publisherId: $publisherId\n    ) {\n      ...ReviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewApprove(\n    $id: ID!\n    $version: Int!\n    $contentVersionId: ID!\n    $opinion: String!\n    $publisherId: ID\n  ) {\n    reviewApprove(\n      id: $id\n      version: $version\n      contentVersionId: $contentVersionId\n      opinion: $opinion\n      publisherId: $publisherId\n    ) {\n      ...ReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewReturn($id: ID!, $version: Int!, $opinion: String!) {\n    reviewReturn(id: $id, version: $version, opinion: $opinion) {\n      ...ReviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewReturn($id: ID!, $version: Int!, $opinion: String!) {\n    reviewReturn(id: $id, version: $version, opinion: $opinion) {\n      ...ReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewEscalate($id: ID!, $version: Int!, $opinion: String!) {\n    reviewEscalate(id: $id, version: $version, opinion: $opinion) {\n      ...ReviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewEscalate($id: ID!, $version: Int!, $opinion: String!) {\n    reviewEscalate(id: $id, version: $version, opinion: $opinion) {\n      ...ReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewRefer($id: ID!, $version: Int!, $opinion: String!) {\n    reviewRefer(id: $id, version: $version, opinion: $opinion) {\n      ...ReviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewRefer($id: ID!, $version: Int!, $opinion: String!) {\n    reviewRefer(id: $id, version: $version, opinion: $opinion) {\n      ...ReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewCancel($id: ID!, $version: Int!, $opinion: String!) {\n    reviewCancel(id: $id, version: $version, opinion: $opinion) {\n      ...ReviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewCancel($id: ID!, $version: Int!, $opinion: String!) {\n    reviewCancel(id: $id, version: $version, opinion: $opinion) {\n      ...ReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewRecordDetermination($id: ID!, $version: Int!, $opinion: String!, $reference: String!) {\n    reviewRecordDetermination(id: $id, version: $version, opinion: $opinion, reference: $reference) {\n      ...ReviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewRecordDetermination($id: ID!, $version: Int!, $opinion: String!, $reference: String!) {\n    reviewRecordDetermination(id: $id, version: $version, opinion: $opinion, reference: $reference) {\n      ...ReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewConfirm($id: ID!, $version: Int!, $contentVersionId: ID!, $opinion: String!) {\n    reviewConfirm(id: $id, version: $version, contentVersionId: $contentVersionId, opinion: $opinion) {\n      ...ReviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewConfirm($id: ID!, $version: Int!, $contentVersionId: ID!, $opinion: String!) {\n    reviewConfirm(id: $id, version: $version, contentVersionId: $contentVersionId, opinion: $opinion) {\n      ...ReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewPublish($id: ID!, $version: Int!, $contentVersionId: ID!) {\n    reviewPublish(id: $id, version: $version, contentVersionId: $contentVersionId) {\n      ...ReviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewPublish($id: ID!, $version: Int!, $contentVersionId: ID!) {\n    reviewPublish(id: $id, version: $version, contentVersionId: $contentVersionId) {\n      ...ReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PrepareRedactedVersion($reviewId: ID!, $reviewVersion: Int!, $body: String!) {\n    prepareRedactedVersion(reviewId: $reviewId, reviewVersion: $reviewVersion, body: $body) {\n      ...ContentVersionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PrepareRedactedVersion($reviewId: ID!, $reviewVersion: Int!, $body: String!) {\n    prepareRedactedVersion(reviewId: $reviewId, reviewVersion: $reviewVersion, body: $body) {\n      ...ContentVersionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PrepareApplicationSupplyRedaction(\n    $reviewId: ID!\n    $reviewVersion: Int!\n    $input: ApplicationSupplyRedactionInput!\n  ) {\n    prepareApplicationSupplyRedaction(reviewId: $reviewId, reviewVersion: $reviewVersion, input: $input) {\n      ...ReviewSupplyVersionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PrepareApplicationSupplyRedaction(\n    $reviewId: ID!\n    $reviewVersion: Int!\n    $input: ApplicationSupplyRedactionInput!\n  ) {\n    prepareApplicationSupplyRedaction(reviewId: $reviewId, reviewVersion: $reviewVersion, input: $input) {\n      ...ReviewSupplyVersionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PrepareMeetingResultRedaction($reviewId: ID!, $reviewVersion: Int!, $body: String!) {\n    prepareMeetingResultRedaction(reviewId: $reviewId, reviewVersion: $reviewVersion, body: $body) {\n      ...ReviewMeetingResultVersionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PrepareMeetingResultRedaction($reviewId: ID!, $reviewVersion: Int!, $body: String!) {\n    prepareMeetingResultRedaction(reviewId: $reviewId, reviewVersion: $reviewVersion, body: $body) {\n      ...ReviewMeetingResultVersionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RuleSummaryFields on Rule {\n    id\n    title\n    issuingBody\n    category\n    documentNumber\n    isActive\n    status\n    versionCount\n    currentVersion {\n      id\n      versionNumber\n      effectiveDate\n      repealDate\n    }\n    createdById\n    version\n    createdAt\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment RuleSummaryFields on Rule {\n    id\n    title\n    issuingBody\n    category\n    documentNumber\n    isActive\n    status\n    versionCount\n    currentVersion {\n      id\n      versionNumber\n      effectiveDate\n      repealDate\n    }\n    createdById\n    version\n    createdAt\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RuleVersionFields on RuleVersion {\n    id\n    ruleId\n    versionNumber\n    effectiveDate\n    repealDate\n    note\n    text\n    createdById\n    createdAt\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment RuleVersionFields on RuleVersion {\n    id\n    ruleId\n    versionNumber\n    effectiveDate\n    repealDate\n    note\n    text\n    createdById\n    createdAt\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RuleFields on Rule {\n    ...RuleSummaryFields\n    versions {\n      ...RuleVersionFields\n    }\n  }\n',
): (typeof documents)['\n  fragment RuleFields on Rule {\n    ...RuleSummaryFields\n    versions {\n      ...RuleVersionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Rules($filter: RuleFilter, $page: PageInput, $sort: SortInput) {\n    rules(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...RuleSummaryFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Rules($filter: RuleFilter, $page: PageInput, $sort: SortInput) {\n    rules(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...RuleSummaryFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Rule($id: ID!) {\n    rule(id: $id) {\n      ...RuleFields\n    }\n  }\n',
): (typeof documents)['\n  query Rule($id: ID!) {\n    rule(id: $id) {\n      ...RuleFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateRule($input: CreateRuleInput!) {\n    createRule(input: $input) {\n      ...RuleFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateRule($input: CreateRuleInput!) {\n    createRule(input: $input) {\n      ...RuleFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateRule($id: ID!, $version: Int!, $input: RuleInput!) {\n    updateRule(id: $id, version: $version, input: $input) {\n      ...RuleFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateRule($id: ID!, $version: Int!, $input: RuleInput!) {\n    updateRule(id: $id, version: $version, input: $input) {\n      ...RuleFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddRuleVersion($ruleId: ID!, $input: RuleVersionInput!) {\n    addRuleVersion(ruleId: $ruleId, input: $input) {\n      ...RuleFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AddRuleVersion($ruleId: ID!, $input: RuleVersionInput!) {\n    addRuleVersion(ruleId: $ruleId, input: $input) {\n      ...RuleFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetRuleRepealDate($id: ID!, $version: Int!, $repealDate: String) {\n    setRuleRepealDate(id: $id, version: $version, repealDate: $repealDate) {\n      ...RuleFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetRuleRepealDate($id: ID!, $version: Int!, $repealDate: String) {\n    setRuleRepealDate(id: $id, version: $version, repealDate: $repealDate) {\n      ...RuleFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetRuleActive($id: ID!, $version: Int!, $isActive: Boolean!) {\n    setRuleActive(id: $id, version: $version, isActive: $isActive) {\n      ...RuleFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetRuleActive($id: ID!, $version: Int!, $isActive: Boolean!) {\n    setRuleActive(id: $id, version: $version, isActive: $isActive) {\n      ...RuleFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StaffChangeFields on StaffChange {\n    id\n    effectiveDate\n    kind\n    departmentId\n    personName\n    userId\n    description\n    documentNumber\n    recordedAt\n    recordedById\n    updatedAt\n    updatedById\n    version\n  }\n',
): (typeof documents)['\n  fragment StaffChangeFields on StaffChange {\n    id\n    effectiveDate\n    kind\n    departmentId\n    personName\n    userId\n    description\n    documentNumber\n    recordedAt\n    recordedById\n    updatedAt\n    updatedById\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StaffChanges($filter: StaffChangeFilter, $page: PageInput, $sort: SortInput) {\n    staffChanges(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...StaffChangeFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StaffChanges($filter: StaffChangeFilter, $page: PageInput, $sort: SortInput) {\n    staffChanges(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...StaffChangeFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StaffChange($id: ID!) {\n    staffChange(id: $id) {\n      ...StaffChangeFields\n    }\n  }\n',
): (typeof documents)['\n  query StaffChange($id: ID!) {\n    staffChange(id: $id) {\n      ...StaffChangeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateStaffChange($input: StaffChangeInput!) {\n    createStaffChange(input: $input) {\n      ...StaffChangeFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateStaffChange($input: StaffChangeInput!) {\n    createStaffChange(input: $input) {\n      ...StaffChangeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateStaffChange($id: ID!, $version: Int!, $input: StaffChangeInput!) {\n    updateStaffChange(id: $id, version: $version, input: $input) {\n      ...StaffChangeFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateStaffChange($id: ID!, $version: Int!, $input: StaffChangeInput!) {\n    updateStaffChange(id: $id, version: $version, input: $input) {\n      ...StaffChangeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TaskFields on Task {\n    id\n    kind\n    caseKind\n    caseId\n    title\n    assigneeId\n    departmentId\n    deadlineId\n    dueDate\n    state\n    createdAt\n    assignedAt\n    closedAt\n    version\n    workingDaysLeft\n    isOverdue\n    availableActions\n  }\n',
): (typeof documents)['\n  fragment TaskFields on Task {\n    id\n    kind\n    caseKind\n    caseId\n    title\n    assigneeId\n    departmentId\n    deadlineId\n    dueDate\n    state\n    createdAt\n    assignedAt\n    closedAt\n    version\n    workingDaysLeft\n    isOverdue\n    availableActions\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyTasks($filter: MyTaskFilter, $page: PageInput, $sort: SortInput) {\n    myTasks(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...TaskFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyTasks($filter: MyTaskFilter, $page: PageInput, $sort: SortInput) {\n    myTasks(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...TaskFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Tasks($filter: TaskFilter, $page: PageInput, $sort: SortInput) {\n    tasks(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...TaskFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Tasks($filter: TaskFilter, $page: PageInput, $sort: SortInput) {\n    tasks(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...TaskFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReassignTask($id: ID!, $version: Int!, $assigneeId: ID) {\n    reassignTask(id: $id, version: $version, assigneeId: $assigneeId) {\n      ...TaskFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReassignTask($id: ID!, $version: Int!, $assigneeId: ID) {\n    reassignTask(id: $id, version: $version, assigneeId: $assigneeId) {\n      ...TaskFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UserFields on UserView {\n    id\n    username\n    displayName\n    departmentId\n    phone\n    email\n    mustChangePassword\n    totpEnabled\n    isActive\n    isDemo\n    lockedUntil\n    roles {\n      id\n      role\n      departmentId\n    }\n    permissions\n    version\n    createdAt\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment UserFields on UserView {\n    id\n    username\n    displayName\n    departmentId\n    phone\n    email\n    mustChangePassword\n    totpEnabled\n    isActive\n    isDemo\n    lockedUntil\n    roles {\n      id\n      role\n      departmentId\n    }\n    permissions\n    version\n    createdAt\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Users($filter: UserFilter, $page: PageInput, $sort: SortInput) {\n    users(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Users($filter: UserFilter, $page: PageInput, $sort: SortInput) {\n    users(filter: $filter, page: $page, sort: $sort) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n',
): (typeof documents)['\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateUser($input: UserInput!, $initialPassword: String!) {\n    createUser(input: $input, initialPassword: $initialPassword) {\n      ...UserFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateUser($input: UserInput!, $initialPassword: String!) {\n    createUser(input: $input, initialPassword: $initialPassword) {\n      ...UserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateUser($id: ID!, $version: Int!, $input: UserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      ...UserFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateUser($id: ID!, $version: Int!, $input: UserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      ...UserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetUserActive($id: ID!, $version: Int!, $isActive: Boolean!) {\n    setUserActive(id: $id, version: $version, isActive: $isActive) {\n      ...UserFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetUserActive($id: ID!, $version: Int!, $isActive: Boolean!) {\n    setUserActive(id: $id, version: $version, isActive: $isActive) {\n      ...UserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetUserPassword($id: ID!, $version: Int!, $initialPassword: String!) {\n    resetUserPassword(id: $id, version: $version, initialPassword: $initialPassword) {\n      ...UserFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ResetUserPassword($id: ID!, $version: Int!, $initialPassword: String!) {\n    resetUserPassword(id: $id, version: $version, initialPassword: $initialPassword) {\n      ...UserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GrantRole($userId: ID!, $role: Role!, $departmentId: ID) {\n    grantRole(userId: $userId, role: $role, departmentId: $departmentId) {\n      ...UserFields\n    }\n  }\n',
): (typeof documents)['\n  mutation GrantRole($userId: ID!, $role: Role!, $departmentId: ID) {\n    grantRole(userId: $userId, role: $role, departmentId: $departmentId) {\n      ...UserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeRole($grantId: ID!) {\n    revokeRole(grantId: $grantId) {\n      ...UserFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeRole($grantId: ID!) {\n    revokeRole(grantId: $grantId) {\n      ...UserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GrantPermission($userId: ID!, $permission: FineGrainedPermission!) {\n    grantPermission(userId: $userId, permission: $permission) {\n      ...UserFields\n    }\n  }\n',
): (typeof documents)['\n  mutation GrantPermission($userId: ID!, $permission: FineGrainedPermission!) {\n    grantPermission(userId: $userId, permission: $permission) {\n      ...UserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokePermission($userId: ID!, $permission: FineGrainedPermission!) {\n    revokePermission(userId: $userId, permission: $permission) {\n      ...UserFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokePermission($userId: ID!, $permission: FineGrainedPermission!) {\n    revokePermission(userId: $userId, permission: $permission) {\n      ...UserFields\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
