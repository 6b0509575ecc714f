import { SESSION_STAGES, type AccessRule } from './actor.js';
import { TOKEN_SCOPES } from './permissions.js';

/** A rule that no caller can change in place: the API and the console share these very objects. */
function frozen(rule: AccessRule): AccessRule {
  for (const value of Object.values(rule)) if (Array.isArray(value)) Object.freeze(value);
  return Object.freeze(rule);
}

const PUBLIC = frozen({ public: true });
/** Any signed-in staff, whatever stage their session is in: their own record, their own audit trail, sign-out. */
const ANY_SESSION = frozen({ session: true, stages: [...SESSION_STAGES] });
const PASSWORD_CHANGE = frozen({ session: true, stages: ['FULL', 'PASSWORD_CHANGE'] });
const TOTP_ENROLMENT = frozen({ session: true, stages: ['FULL', 'TOTP_ENROLMENT'] });
const ANY_TOKEN = frozen({ scopes: [...TOKEN_SCOPES] });

/** Departments and users' names: every staff form needs them; the two administrators who keep them too. */
const ORGANISATION_READERS = frozen({
  permissions: ['ORGANISATION_READ', 'ORGANISATION_MANAGE', 'GRANT_MANAGE'],
});
const ORGANISATION_MANAGERS = frozen({ permissions: ['ORGANISATION_MANAGE'] });
const GRANT_MANAGERS = frozen({ permissions: ['GRANT_MANAGE'] });
const API_TOKEN_MANAGERS = frozen({ permissions: ['API_TOKEN_MANAGE'] });
const AUDITORS = frozen({ permissions: ['AUDIT_READ'] });
const AGENCY_READERS = frozen({ permissions: ['AGENCY_READ', 'AGENCY_MANAGE'] });
const AGENCY_MANAGERS = frozen({ permissions: ['AGENCY_MANAGE'] });
const LEDGER_READERS = frozen({ permissions: ['LEDGER_READ', 'LEDGER_RECORD_MANAGE'] });
const LEDGER_RECORD_MANAGERS = frozen({ permissions: ['LEDGER_RECORD_MANAGE'] });
const RULES_READERS = frozen({ permissions: ['RULES_READ', 'RULES_MANAGE'] });
const RULES_MANAGERS = frozen({ permissions: ['RULES_MANAGE'] });
/** Any signed-in staff in a normal session: the calendar, their own tasks and notifications. */
const STAFF = frozen({ session: true });
const CALENDAR_MANAGERS = frozen({ permissions: ['CALENDAR_MANAGE'] });
const DEADLINE_OVERSEERS = frozen({ permissions: ['DEADLINE_OVERVIEW'] });
const TASK_ASSIGNERS = frozen({ permissions: ['TASK_ASSIGN'] });
const SETTINGS_MANAGERS = frozen({ permissions: ['SETTINGS_MANAGE'] });
/** Complaints (M14): the handlers and the leadership office read; the handlers act; identities one by one. */
const COMPLAINT_READERS = frozen({ permissions: ['COMPLAINT_READ'] });
const COMPLAINT_HANDLERS = frozen({ permissions: ['COMPLAINT_HANDLE'] });
const COMPLAINT_IDENTITY_READERS = frozen({ permissions: ['COMPLAINT_IDENTITY_REVEAL'] });
/** Orders to correct: all of them for complaint readers, their own department's for its head (scoped by the API). */
const CORRECTION_ORDER_READERS = frozen({ permissions: ['COMPLAINT_READ', 'CORRECTION_REPORT'] });
const CORRECTION_REPORTERS = frozen({ permissions: ['CORRECTION_REPORT'] });
const COMPLAINT_SUBMITTERS = frozen({ scopes: ['complaints:submit'] });
/** Disclosure applications (M6): handlers and the leadership office read; handlers act; extensions by approvers. */
const APPLICATION_READERS = frozen({ permissions: ['APPLICATION_READ'] });
const APPLICATION_HANDLERS = frozen({ permissions: ['APPLICATION_HANDLE'] });
const APPLICATION_EXTENSION_APPROVERS = frozen({ permissions: ['APPLICATION_EXTENSION_APPROVE'] });
const APPLICATION_SUBMITTERS = frozen({ scopes: ['applications:submit'] });
/**
 * Public representatives at meetings (M8): the registry is read by whoever reads meetings (contacts only by its
 * keepers, field by field); organizers run their department's meetings (scoped by the API); representatives act
 * on their own invitation through its code.
 */
const REPRESENTATIVE_READERS = frozen({ permissions: ['MEETING_READ', 'REPRESENTATIVE_MANAGE'] });
const REPRESENTATIVE_MANAGERS = frozen({ permissions: ['REPRESENTATIVE_MANAGE'] });
const MEETING_READERS = frozen({ permissions: ['MEETING_READ'] });
const MEETING_MANAGERS = frozen({ permissions: ['MEETING_MANAGE'] });
const INVITATION_RESPONDERS = frozen({ scopes: ['invitations:respond'] });
const REPRESENTATIVE_OPINION_SUBMITTERS = frozen({ scopes: ['opinions:submit'] });
/**
 * The public guide and catalog (M5): staff read them, the general office keeps them, portals read what is
 * published — and so may anyone without a credential where the bureau allows it (per-IP limited).
 */
const GUIDE_MANAGERS = frozen({ permissions: ['GUIDE_MANAGE'] });
const CATALOG_MANAGERS = frozen({ permissions: ['CATALOG_MANAGE'] });
const PUBLIC_READERS = frozen({ scopes: ['public:read'], anonymousRead: true });
/** Catalog entries (M5): everyone who takes part in publishing reads them all; withdrawing is scoped by the API. */
const CATALOG_ENTRY_READERS = frozen({
  permissions: ['PUBLISH', 'REVIEW_LEVEL_1', 'REVIEW_LEVEL_2', 'REVIEW_LEVEL_3', 'DOCUMENT_DRAFT', 'REVIEW_OVERSIGHT', 'CATALOG_MANAGE'],
});
const CATALOG_ENTRY_WITHDRAWERS = frozen({ permissions: ['PUBLISH', 'REVIEW_OVERSIGHT'] });
/**
 * Documents and their reviews (M2, M3): everyone in the chain from drafting to publication reads them, scoped
 * by the API to the departments of their grants (the leadership office bureau-wide); each step by its permission.
 */
const DOCUMENT_READERS = frozen({
  permissions: [
    'DOCUMENT_DRAFT',
    'DOCUMENT_SIGN',
    'DOCUMENT_ATTRIBUTE_REDETERMINE',
    'REVIEW_LEVEL_1',
    'REVIEW_LEVEL_2',
    'REVIEW_LEVEL_3',
    'REVIEW_OVERSIGHT',
    'PUBLISH',
  ],
});
const DOCUMENT_DRAFTERS = frozen({ permissions: ['DOCUMENT_DRAFT'] });
const DOCUMENT_SIGNERS = frozen({ permissions: ['DOCUMENT_SIGN'] });
const ATTRIBUTE_REDETERMINERS = frozen({ permissions: ['DOCUMENT_ATTRIBUTE_REDETERMINE'] });
/** Uploads go to a draft original (drafters) or to a redacted version being prepared (level 2). */
const CONTENT_EDITORS = frozen({ permissions: ['DOCUMENT_DRAFT', 'REVIEW_LEVEL_1', 'REVIEW_LEVEL_2'] });
/** Release coordination (M4): the owning side sends and follows consultations; a co-department's head consents. */
// Application handlers follow the consultations of their cases (art. 32, 34); the use case checks the subject.
const CONSULTATION_MANAGERS = frozen({ permissions: ['CONSULTATION_MANAGE', 'APPLICATION_HANDLE'] });
const CONSULTATION_CONSENTERS = frozen({ permissions: ['CONSULTATION_CONSENT'] });
const REVIEW_LEVEL_ONE = frozen({ permissions: ['REVIEW_LEVEL_1'] });
const REVIEW_LEVEL_TWO = frozen({ permissions: ['REVIEW_LEVEL_2'] });
const REVIEW_LEVEL_THREE = frozen({ permissions: ['REVIEW_LEVEL_3'] });
const REVIEW_RETURNERS = frozen({ permissions: ['REVIEW_LEVEL_2', 'REVIEW_LEVEL_3', 'REVIEW_OVERSIGHT'] });
const REVIEW_ESCALATORS = frozen({ permissions: ['REVIEW_LEVEL_2', 'REVIEW_LEVEL_3'] });
const REVIEW_OVERSEERS = frozen({ permissions: ['REVIEW_OVERSIGHT'] });
const REVIEW_CANCELLERS = frozen({ permissions: ['REVIEW_CANCEL'] });
const PUBLISHERS = frozen({ permissions: ['PUBLISH'] });
const REVIEW_SUPPLIERS = frozen({ permissions: ['REVIEW_SUPPLY'] });

export type RootFieldName = `${'Query' | 'Mutation'}.${string}`;

/**
 * Who may call each root field of the GraphQL API, by its name (`Query.departments`), deny by default.
 * The API declares every root field with its entry here (`@Access(ACCESS_RULES['Query.departments'])`, a
 * test checks each declaration is this very object) and the console shows menus and buttons by the same
 * objects through `decideAccess`. A field missing here cannot be declared, so it is refused.
 */
export const ACCESS_RULES = {
  // Sign-in, own account and server information
  'Query.serverInfo': PUBLIC,
  'Mutation.login': PUBLIC,
  'Query.me': ANY_SESSION,
  'Mutation.logout': ANY_SESSION,
  'Mutation.changePassword': PASSWORD_CHANGE,
  'Mutation.beginTotpEnrolment': TOTP_ENROLMENT,
  'Mutation.confirmTotpEnrolment': TOTP_ENROLMENT,
  'Query.tokenSelf': ANY_TOKEN,

  // M1 organisation: departments, users, grants
  'Query.departments': ORGANISATION_READERS,
  'Query.department': ORGANISATION_READERS,
  'Mutation.createDepartment': ORGANISATION_MANAGERS,
  'Mutation.updateDepartment': ORGANISATION_MANAGERS,
  'Mutation.setDepartmentActive': ORGANISATION_MANAGERS,
  'Query.users': ORGANISATION_READERS,
  'Query.user': ORGANISATION_READERS,
  'Mutation.createUser': ORGANISATION_MANAGERS,
  'Mutation.updateUser': ORGANISATION_MANAGERS,
  'Mutation.setUserActive': ORGANISATION_MANAGERS,
  'Mutation.resetUserPassword': ORGANISATION_MANAGERS,
  'Mutation.unlockUser': ORGANISATION_MANAGERS,
  'Mutation.grantRole': GRANT_MANAGERS,
  'Mutation.revokeRole': GRANT_MANAGERS,
  'Mutation.grantPermission': GRANT_MANAGERS,
  'Mutation.revokePermission': GRANT_MANAGERS,

  // External-app tokens
  'Query.apiTokens': API_TOKEN_MANAGERS,
  'Query.apiToken': API_TOKEN_MANAGERS,
  'Query.apiTokenUsage': API_TOKEN_MANAGERS,
  'Mutation.createApiToken': API_TOKEN_MANAGERS,
  'Mutation.revokeApiToken': API_TOKEN_MANAGERS,

  // Audit log: the auditor reads everything; everyone reads their own trail
  'Query.auditLogs': AUDITORS,
  'Query.auditLog': AUDITORS,
  'Query.exportAuditLogs': AUDITORS,
  'Query.verifyAuditChain': AUDITORS,
  'Query.myAuditLogs': ANY_SESSION,

  // M1 other administrative agencies
  'Query.externalAgencies': AGENCY_READERS,
  'Query.externalAgency': AGENCY_READERS,
  'Mutation.createExternalAgency': AGENCY_MANAGERS,
  'Mutation.updateExternalAgency': AGENCY_MANAGERS,
  'Mutation.setExternalAgencyActive': AGENCY_MANAGERS,

  // M11 ledger item 1: staff changes
  'Query.staffChanges': LEDGER_READERS,
  'Query.staffChange': LEDGER_READERS,
  'Mutation.createStaffChange': LEDGER_RECORD_MANAGERS,
  'Mutation.updateStaffChange': LEDGER_RECORD_MANAGERS,

  // M11 ledger item 2: the rules library
  'Query.rules': RULES_READERS,
  'Query.rule': RULES_READERS,
  'Mutation.createRule': RULES_MANAGERS,
  'Mutation.updateRule': RULES_MANAGERS,
  'Mutation.addRuleVersion': RULES_MANAGERS,
  'Mutation.setRuleRepealDate': RULES_MANAGERS,
  'Mutation.setRuleActive': RULES_MANAGERS,

  // Working-day calendar (SPEC §2.3)
  'Query.workingDayCalendar': STAFF,
  'Query.calendarOverrides': STAFF,
  'Mutation.createCalendarOverride': CALENDAR_MANAGERS,
  'Mutation.updateCalendarOverride': CALENDAR_MANAGERS,
  'Mutation.removeCalendarOverride': CALENDAR_MANAGERS,
  'Mutation.confirmCalendarYear': CALENDAR_MANAGERS,

  // Deadlines and tasks (SPEC §2.3, §2.3c)
  'Query.deadlines': DEADLINE_OVERSEERS,
  'Query.deadlineSummary': DEADLINE_OVERSEERS,
  'Query.deadline': DEADLINE_OVERSEERS,
  'Query.myTasks': STAFF,
  'Query.tasks': DEADLINE_OVERSEERS,
  'Mutation.reassignTask': TASK_ASSIGNERS,
  'Query.myNotifications': STAFF,
  'Mutation.markNotificationsRead': STAFF,
  // Staff notifications: the unread badge of the console's app bar
  'Query.unreadNotificationCount': STAFF,

  // Scheduled jobs (runs only: no business content)
  'Query.jobRuns': SETTINGS_MANAGERS,

  // Outbox of notices sent by SMS / e-mail (SPEC §2.3a): delivery state only, no address or content
  'Query.outboxMessages': SETTINGS_MANAGERS,
  'Mutation.retryOutboxMessage': SETTINGS_MANAGERS,

  // M14 complaints and reports: staff
  'Query.complaints': COMPLAINT_READERS,
  'Query.complaint': COMPLAINT_READERS,
  'Query.complaintStatistics': COMPLAINT_READERS,
  'Mutation.registerComplaint': COMPLAINT_HANDLERS,
  'Mutation.acceptComplaint': COMPLAINT_HANDLERS,
  'Mutation.rejectComplaint': COMPLAINT_HANDLERS,
  'Mutation.transferComplaint': COMPLAINT_HANDLERS,
  'Mutation.recordComplaintTransferResult': COMPLAINT_HANDLERS,
  'Mutation.extendComplaint': COMPLAINT_HANDLERS,
  'Mutation.handleComplaint': COMPLAINT_HANDLERS,
  'Mutation.closeComplaint': COMPLAINT_HANDLERS,
  'Mutation.revealComplaintIdentity': COMPLAINT_IDENTITY_READERS,
  'Query.correctionOrders': CORRECTION_ORDER_READERS,
  'Query.correctionOrder': CORRECTION_ORDER_READERS,
  'Mutation.reportCorrection': CORRECTION_REPORTERS,
  'Mutation.verifyCorrection': COMPLAINT_HANDLERS,
  // M6 disclosure applications: staff
  'Query.applications': APPLICATION_READERS,
  'Query.application': APPLICATION_READERS,
  'Query.annualReportApplications': APPLICATION_READERS,
  'Mutation.registerApplication': APPLICATION_HANDLERS,
  'Mutation.requestApplicationCorrection': APPLICATION_HANDLERS,
  'Mutation.recordApplicationCorrection': APPLICATION_HANDLERS,
  'Mutation.closeUncorrectedApplication': APPLICATION_HANDLERS,
  'Mutation.extendApplication': APPLICATION_EXTENSION_APPROVERS,
  'Mutation.consultOnApplication': APPLICATION_HANDLERS,
  'Mutation.issueApplicationFeeNotice': APPLICATION_HANDLERS,
  'Mutation.recordApplicationPayment': APPLICATION_HANDLERS,
  'Mutation.closeUnpaidApplication': APPLICATION_HANDLERS,
  'Query.applicationDocumentCandidates': APPLICATION_HANDLERS,
  'Mutation.linkApplicationDocuments': APPLICATION_HANDLERS,
  'Mutation.askApplicantForReasons': APPLICATION_HANDLERS,
  'Mutation.setApplicationReasonablePeriod': APPLICATION_EXTENSION_APPROVERS,
  'Mutation.replyToApplication': APPLICATION_HANDLERS,
  'Mutation.submitApplicationReplyForReview': APPLICATION_HANDLERS,
  'Mutation.supplyApplicationReply': REVIEW_SUPPLIERS,
  'Mutation.prepareApplicationSupplyRedaction': REVIEW_LEVEL_TWO,
  'Mutation.revealApplicantIdNumber': APPLICATION_HANDLERS,
  // M6 disclosure applications: external apps (token scope applications:submit)
  'Query.applicationPrivacyNotice': APPLICATION_SUBMITTERS,
  'Mutation.submitApplication': APPLICATION_SUBMITTERS,
  'Query.applicationStatus': APPLICATION_SUBMITTERS,
  // M8 public representatives at meetings: staff
  'Query.representatives': REPRESENTATIVE_READERS,
  'Query.representative': REPRESENTATIVE_READERS,
  'Mutation.registerRepresentative': REPRESENTATIVE_MANAGERS,
  'Mutation.updateRepresentative': REPRESENTATIVE_MANAGERS,
  'Mutation.recordRepresentativeEligibility': REPRESENTATIVE_MANAGERS,
  'Mutation.setRepresentativeActive': REPRESENTATIVE_MANAGERS,
  'Query.meetings': MEETING_READERS,
  'Query.meeting': MEETING_READERS,
  'Query.meetingsCalendar': MEETING_READERS,
  'Query.invitationLetter': MEETING_MANAGERS,
  'Mutation.createMeeting': MEETING_MANAGERS,
  'Mutation.updateMeeting': MEETING_MANAGERS,
  'Mutation.postponeMeeting': MEETING_MANAGERS,
  'Mutation.rescheduleMeeting': MEETING_MANAGERS,
  'Mutation.cancelMeeting': MEETING_MANAGERS,
  'Mutation.startMeeting': MEETING_MANAGERS,
  'Mutation.inviteRepresentative': MEETING_MANAGERS,
  'Mutation.reissueInvitationCode': MEETING_MANAGERS,
  'Mutation.withdrawInvitation': MEETING_MANAGERS,
  'Mutation.recordInvitationResponse': MEETING_MANAGERS,
  'Mutation.checkInRepresentative': MEETING_MANAGERS,
  'Mutation.recordRepresentativeDeparture': MEETING_MANAGERS,
  'Mutation.recordMeetingOpinion': MEETING_MANAGERS,
  'Mutation.recordMeetingSpeech': MEETING_MANAGERS,
  'Mutation.closeMeeting': MEETING_MANAGERS,
  'Mutation.recordOpinionAdoption': MEETING_MANAGERS,
  'Mutation.sendMeetingFeedback': MEETING_MANAGERS,
  'Mutation.submitMeetingResults': MEETING_MANAGERS,
  // Partial disclosure of meeting results: the redacted text is prepared at level 2, like a document's.
  'Mutation.prepareMeetingResultRedaction': REVIEW_LEVEL_TWO,
  // M8: external apps — published results (public:read), a representative's own invitation (its code)
  'Query.publicMeetingResults': PUBLIC_READERS,
  'Query.publicMeetingResult': PUBLIC_READERS,
  'Query.invitationByCode': INVITATION_RESPONDERS,
  'Mutation.respondToInvitation': INVITATION_RESPONDERS,
  'Mutation.declareInterest': INVITATION_RESPONDERS,
  'Mutation.checkInByCode': INVITATION_RESPONDERS,
  'Mutation.setAttendancePublic': INVITATION_RESPONDERS,
  'Mutation.submitRepresentativeOpinion': REPRESENTATIVE_OPINION_SUBMITTERS,
  // M14 complaints and reports: external apps (token scope complaints:submit)
  'Query.complaintPrivacyNotice': COMPLAINT_SUBMITTERS,
  'Mutation.submitComplaint': COMPLAINT_SUBMITTERS,
  'Query.complaintStatus': COMPLAINT_SUBMITTERS,
  // The public guide and the catalog's categories (M5)
  'Query.guideVersions': STAFF,
  'Query.guideVersion': STAFF,
  'Mutation.createGuideDraft': GUIDE_MANAGERS,
  'Mutation.updateGuideDraft': GUIDE_MANAGERS,
  'Mutation.publishGuideVersion': GUIDE_MANAGERS,
  'Query.catalogCategories': STAFF,
  'Query.catalogCategory': STAFF,
  'Mutation.createCatalogCategory': CATALOG_MANAGERS,
  'Mutation.updateCatalogCategory': CATALOG_MANAGERS,
  'Mutation.setCatalogCategoryActive': CATALOG_MANAGERS,
  // Documents (M2) and the confidentiality review (M3)
  'Query.documents': DOCUMENT_READERS,
  'Query.document': DOCUMENT_READERS,
  'Query.documentAttributeProposal': DOCUMENT_DRAFTERS,
  'Mutation.createDocument': DOCUMENT_DRAFTERS,
  'Mutation.updateDocument': CONTENT_EDITORS,
  'Mutation.setDocumentAttribute': DOCUMENT_DRAFTERS,
  'Mutation.discardDocument': DOCUMENT_DRAFTERS,
  'Mutation.signDocument': DOCUMENT_SIGNERS,
  'Mutation.submitDocumentForReview': DOCUMENT_DRAFTERS,
  'Mutation.redetermineDocumentAttribute': ATTRIBUTE_REDETERMINERS,
  'Mutation.confirmDocumentAttribute': ATTRIBUTE_REDETERMINERS,
  'Mutation.recordDocumentDeclassification': ATTRIBUTE_REDETERMINERS,
  'Mutation.reviseDocument': DOCUMENT_DRAFTERS,
  'Mutation.uploadDocumentAttachment': CONTENT_EDITORS,
  'Mutation.removeDocumentAttachment': CONTENT_EDITORS,
  'Mutation.prepareRedactedVersion': REVIEW_LEVEL_TWO,
  'Mutation.updateRedactedVersion': REVIEW_LEVEL_TWO,
  'Query.consultations': DOCUMENT_READERS,
  'Query.consultation': DOCUMENT_READERS,
  'Mutation.sendConsultation': CONSULTATION_MANAGERS,
  'Mutation.recordConsultationReply': CONSULTATION_MANAGERS,
  'Mutation.remindConsultation': CONSULTATION_MANAGERS,
  'Mutation.escalateConsultation': CONSULTATION_MANAGERS,
  'Mutation.recordConsultationSettlement': CONSULTATION_MANAGERS,
  'Mutation.withdrawConsultation': CONSULTATION_MANAGERS,
  'Mutation.giveCoDepartmentConsent': CONSULTATION_CONSENTERS,
  'Mutation.refuseCoDepartmentConsent': CONSULTATION_CONSENTERS,
  'Query.reviews': DOCUMENT_READERS,
  'Query.review': DOCUMENT_READERS,
  'Mutation.reviewInitial': REVIEW_LEVEL_ONE,
  'Mutation.reviewSecrecy': REVIEW_LEVEL_TWO,
  'Mutation.uploadReviewEvidence': REVIEW_LEVEL_TWO,
  'Mutation.reviewApprove': REVIEW_LEVEL_THREE,
  'Mutation.reviewReturn': REVIEW_RETURNERS,
  'Mutation.reviewEscalate': REVIEW_ESCALATORS,
  'Mutation.reviewRefer': REVIEW_OVERSEERS,
  'Mutation.reviewRecordDetermination': REVIEW_OVERSEERS,
  'Mutation.reviewConfirm': REVIEW_OVERSEERS,
  'Mutation.reviewPublish': PUBLISHERS,
  'Mutation.reviewCancel': REVIEW_CANCELLERS,
  'Query.publicGuide': PUBLIC_READERS,
  'Query.publicCatalogCategories': PUBLIC_READERS,
  // The public catalog's entries (M5)
  'Query.catalogEntries': CATALOG_ENTRY_READERS,
  'Query.catalogEntry': CATALOG_ENTRY_READERS,
  'Mutation.withdrawCatalogEntry': CATALOG_ENTRY_WITHDRAWERS,
  // A leak [seed §4-5]: the leadership office takes an item down at once, whatever version anyone holds.
  'Mutation.emergencyWithdrawCatalogEntry': REVIEW_OVERSEERS,
  'Query.publicCatalogEntries': PUBLIC_READERS,
  'Query.publicCatalogEntry': PUBLIC_READERS,
} as const satisfies Record<RootFieldName, AccessRule>;

export type RootField = keyof typeof ACCESS_RULES;
export const ROOT_FIELDS = Object.keys(ACCESS_RULES) as RootField[];
