import { describe, expect, it } from 'vitest';
import { ACCESS_RULES, ROOT_FIELDS, type RootField } from './access-rules.js';
import { SESSION_STAGES, decideAccess, type AccessDecision, type Actor, type SessionStage } from './actor.js';
import { PERMISSIONS, TOKEN_SCOPES, type TokenScope } from './permissions.js';
import { BUSINESS_ROLES, ROLES, isDepartmentScopedRole, type Role } from './roles.js';

const staff = (roles: readonly Role[], stage: SessionStage = 'FULL'): Actor => ({
  kind: 'staff',
  userId: 'user-1',
  username: 'zhangsan',
  stage,
  grants: roles.map((role) => ({ role, departmentId: isDepartmentScopedRole(role) ? 'dept-a' : null })),
  permissions: [],
});
const anonymous: Actor = { kind: 'anonymous' };
/** A caller without a credential where the API allows anonymous public reads. */
const anonymousReader: Actor = { kind: 'anonymous', mayReadPublic: true };
const tokenWith = (scopes: readonly TokenScope[]): Actor => ({
  kind: 'token',
  tokenId: 'token-1',
  name: '门户网站',
  scopes,
});

/** Who may call what, written out by hand (SPEC §2.1), independent of the permission matrix the rules name. */
type Callers =
  | 'anyone'
  | 'any staff'
  | 'tokens'
  | { tokenScopes: readonly TokenScope[]; anonymousRead?: true }
  | readonly Role[];
const ALL_BUT_AUDITOR = ROLES.filter((role) => role !== 'AUDITOR');
const LEDGER_KEEPERS: readonly Role[] = ['GENERAL_OFFICE', 'LEADERSHIP_OFFICE'];
const PUBLIC_READ = { tokenScopes: ['public:read'], anonymousRead: true } as const;
const CATALOG_ENTRY_READERS: readonly Role[] = [
  'PUBLISHER',
  'DRAFTER',
  'MEETING_ORGANIZER',
  'APPLICATION_HANDLER',
  'CONFIDENTIALITY_OFFICER',
  'DEPARTMENT_HEAD',
  'LEADERSHIP_OFFICE',
  'GENERAL_OFFICE',
];
/** Meetings (M8): their organizers, the leadership office and the bureau's leaders who decide. */
const MEETING_READERS: readonly Role[] = ['MEETING_ORGANIZER', 'LEADERSHIP_OFFICE', 'BUREAU_LEADER'];
const DOCUMENT_CHAIN: readonly Role[] = [
  'LEADERSHIP_OFFICE',
  'DRAFTER',
  'CONFIDENTIALITY_OFFICER',
  'DEPARTMENT_HEAD',
  'PUBLISHER',
  'MEETING_ORGANIZER',
  'APPLICATION_HANDLER',
  'BUREAU_LEADER',
];

const EXPECTED: Record<RootField, Callers> = {
  'Query.serverInfo': 'anyone',
  'Mutation.login': 'anyone',
  'Query.me': 'any staff',
  'Mutation.logout': 'any staff',
  'Mutation.changePassword': 'any staff',
  'Mutation.beginTotpEnrolment': 'any staff',
  'Mutation.confirmTotpEnrolment': 'any staff',
  'Query.tokenSelf': 'tokens',
  'Query.departments': ALL_BUT_AUDITOR,
  'Query.department': ALL_BUT_AUDITOR,
  'Mutation.createDepartment': ['SYSTEM_ADMIN'],
  'Mutation.updateDepartment': ['SYSTEM_ADMIN'],
  'Mutation.setDepartmentActive': ['SYSTEM_ADMIN'],
  'Query.users': ALL_BUT_AUDITOR,
  'Query.user': ALL_BUT_AUDITOR,
  'Mutation.createUser': ['SYSTEM_ADMIN'],
  'Mutation.updateUser': ['SYSTEM_ADMIN'],
  'Mutation.setUserActive': ['SYSTEM_ADMIN'],
  'Mutation.resetUserPassword': ['SYSTEM_ADMIN'],
  'Mutation.unlockUser': ['SYSTEM_ADMIN'],
  'Mutation.grantRole': ['SECURITY_ADMIN'],
  'Mutation.revokeRole': ['SECURITY_ADMIN'],
  'Mutation.grantPermission': ['SECURITY_ADMIN'],
  'Mutation.revokePermission': ['SECURITY_ADMIN'],
  'Query.apiTokens': ['SECURITY_ADMIN'],
  'Query.apiToken': ['SECURITY_ADMIN'],
  'Query.apiTokenUsage': ['SECURITY_ADMIN'],
  'Mutation.createApiToken': ['SECURITY_ADMIN'],
  'Mutation.revokeApiToken': ['SECURITY_ADMIN'],
  'Query.auditLogs': ['AUDITOR'],
  'Query.auditLog': ['AUDITOR'],
  'Query.exportAuditLogs': ['AUDITOR'],
  'Query.verifyAuditChain': ['AUDITOR'],
  'Query.myAuditLogs': 'any staff',
  'Query.externalAgencies': BUSINESS_ROLES,
  'Query.externalAgency': BUSINESS_ROLES,
  'Mutation.createExternalAgency': LEDGER_KEEPERS,
  'Mutation.updateExternalAgency': LEDGER_KEEPERS,
  'Mutation.setExternalAgencyActive': LEDGER_KEEPERS,
  'Query.staffChanges': BUSINESS_ROLES,
  'Query.staffChange': BUSINESS_ROLES,
  'Mutation.createStaffChange': LEDGER_KEEPERS,
  'Mutation.updateStaffChange': LEDGER_KEEPERS,
  'Query.rules': BUSINESS_ROLES,
  'Query.rule': BUSINESS_ROLES,
  'Mutation.createRule': LEDGER_KEEPERS,
  'Mutation.updateRule': LEDGER_KEEPERS,
  'Mutation.addRuleVersion': LEDGER_KEEPERS,
  'Mutation.setRuleRepealDate': LEDGER_KEEPERS,
  'Mutation.setRuleActive': LEDGER_KEEPERS,
  // The working-day calendar: everyone reads it; the general office keeps it (SPEC §2.3).
  'Query.workingDayCalendar': 'any staff',
  'Query.calendarOverrides': 'any staff',
  'Mutation.createCalendarOverride': ['GENERAL_OFFICE'],
  'Mutation.updateCalendarOverride': ['GENERAL_OFFICE'],
  'Mutation.removeCalendarOverride': ['GENERAL_OFFICE'],
  'Mutation.confirmCalendarYear': ['GENERAL_OFFICE'],
  // The deadline dashboard: bureau-wide overseers and department heads (scoped by the API).
  'Query.deadlines': ['LEADERSHIP_OFFICE', 'GENERAL_OFFICE', 'BUREAU_LEADER', 'DEPARTMENT_HEAD'],
  'Query.deadline': ['LEADERSHIP_OFFICE', 'GENERAL_OFFICE', 'BUREAU_LEADER', 'DEPARTMENT_HEAD'],
  'Query.deadlineSummary': ['LEADERSHIP_OFFICE', 'GENERAL_OFFICE', 'BUREAU_LEADER', 'DEPARTMENT_HEAD'],
  // Tasks (SPEC §2.3c): everyone's own inbox and notifications; the overview for overseers; assigning for
  // the two offices and department heads.
  'Query.myTasks': 'any staff',
  'Query.tasks': ['LEADERSHIP_OFFICE', 'GENERAL_OFFICE', 'BUREAU_LEADER', 'DEPARTMENT_HEAD'],
  'Mutation.reassignTask': ['LEADERSHIP_OFFICE', 'GENERAL_OFFICE', 'DEPARTMENT_HEAD'],
  'Query.myNotifications': 'any staff',
  'Query.unreadNotificationCount': 'any staff',
  'Mutation.markNotificationsRead': 'any staff',
  // The outbox shows delivery state only: the system administrator runs it, no business role reads it.
  'Query.outboxMessages': ['SYSTEM_ADMIN'],
  'Mutation.retryOutboxMessage': ['SYSTEM_ADMIN'],
  // Scheduled job runs (counts and error classes, no business content): the system administrator.
  'Query.jobRuns': ['SYSTEM_ADMIN'],
  // M14 complaints: handlers and the leadership office read, handlers act; the identity is revealed only to
  // holders of the fine-grained COMPLAINT_IDENTITY_REVEAL (no role: see actor.test.ts); department heads
  // read and report their own department's orders to correct; external apps submit and read their case.
  'Query.complaints': ['COMPLAINT_HANDLER', 'LEADERSHIP_OFFICE'],
  'Query.complaint': ['COMPLAINT_HANDLER', 'LEADERSHIP_OFFICE'],
  'Query.complaintStatistics': ['COMPLAINT_HANDLER', 'LEADERSHIP_OFFICE'],
  'Mutation.registerComplaint': ['COMPLAINT_HANDLER'],
  'Mutation.acceptComplaint': ['COMPLAINT_HANDLER'],
  'Mutation.rejectComplaint': ['COMPLAINT_HANDLER'],
  'Mutation.transferComplaint': ['COMPLAINT_HANDLER'],
  'Mutation.recordComplaintTransferResult': ['COMPLAINT_HANDLER'],
  'Mutation.extendComplaint': ['COMPLAINT_HANDLER'],
  'Mutation.handleComplaint': ['COMPLAINT_HANDLER'],
  'Mutation.closeComplaint': ['COMPLAINT_HANDLER'],
  'Mutation.revealComplaintIdentity': [],
  'Query.correctionOrders': ['COMPLAINT_HANDLER', 'LEADERSHIP_OFFICE', 'DEPARTMENT_HEAD'],
  'Query.correctionOrder': ['COMPLAINT_HANDLER', 'LEADERSHIP_OFFICE', 'DEPARTMENT_HEAD'],
  'Mutation.reportCorrection': ['DEPARTMENT_HEAD'],
  'Mutation.verifyCorrection': ['COMPLAINT_HANDLER'],
  // M6 applications: the disclosure office's handlers act bureau-wide, the leadership office reads; the
  // extension needs the fine-grained approval (no role holds it); external apps submit and read their case.
  'Query.applications': ['APPLICATION_HANDLER', 'LEADERSHIP_OFFICE'],
  'Query.application': ['APPLICATION_HANDLER', 'LEADERSHIP_OFFICE'],
  'Query.annualReportApplications': ['APPLICATION_HANDLER', 'LEADERSHIP_OFFICE'],
  'Mutation.registerApplication': ['APPLICATION_HANDLER'],
  'Mutation.requestApplicationCorrection': ['APPLICATION_HANDLER'],
  'Mutation.recordApplicationCorrection': ['APPLICATION_HANDLER'],
  'Mutation.closeUncorrectedApplication': ['APPLICATION_HANDLER'],
  'Mutation.extendApplication': [],
  'Mutation.consultOnApplication': ['APPLICATION_HANDLER'],
  'Mutation.issueApplicationFeeNotice': ['APPLICATION_HANDLER'],
  'Mutation.recordApplicationPayment': ['APPLICATION_HANDLER'],
  'Mutation.closeUnpaidApplication': ['APPLICATION_HANDLER'],
  'Query.applicationDocumentCandidates': ['APPLICATION_HANDLER'],
  'Mutation.linkApplicationDocuments': ['APPLICATION_HANDLER'],
  'Mutation.askApplicantForReasons': ['APPLICATION_HANDLER'],
  'Mutation.setApplicationReasonablePeriod': [],
  'Mutation.replyToApplication': ['APPLICATION_HANDLER'],
  'Mutation.submitApplicationReplyForReview': ['APPLICATION_HANDLER'],
  'Mutation.supplyApplicationReply': ['APPLICATION_HANDLER'],
  'Mutation.prepareApplicationSupplyRedaction': ['CONFIDENTIALITY_OFFICER'],
  'Mutation.revealApplicantIdNumber': ['APPLICATION_HANDLER'],
  'Query.applicationPrivacyNotice': { tokenScopes: ['applications:submit'] },
  'Mutation.submitApplication': { tokenScopes: ['applications:submit'] },
  'Query.applicationStatus': { tokenScopes: ['applications:submit'] },
  'Query.representatives': MEETING_READERS,
  'Query.representative': MEETING_READERS,
  'Mutation.registerRepresentative': ['MEETING_ORGANIZER', 'LEADERSHIP_OFFICE'],
  'Mutation.updateRepresentative': ['MEETING_ORGANIZER', 'LEADERSHIP_OFFICE'],
  'Mutation.recordRepresentativeEligibility': ['MEETING_ORGANIZER', 'LEADERSHIP_OFFICE'],
  'Mutation.setRepresentativeActive': ['MEETING_ORGANIZER', 'LEADERSHIP_OFFICE'],
  'Query.meetings': MEETING_READERS,
  'Query.meeting': MEETING_READERS,
  'Query.meetingsCalendar': MEETING_READERS,
  'Query.invitationLetter': ['MEETING_ORGANIZER'],
  'Mutation.createMeeting': ['MEETING_ORGANIZER'],
  'Mutation.updateMeeting': ['MEETING_ORGANIZER'],
  'Mutation.postponeMeeting': ['MEETING_ORGANIZER'],
  'Mutation.rescheduleMeeting': ['MEETING_ORGANIZER'],
  'Mutation.cancelMeeting': ['MEETING_ORGANIZER'],
  'Mutation.startMeeting': ['MEETING_ORGANIZER'],
  'Mutation.inviteRepresentative': ['MEETING_ORGANIZER'],
  'Mutation.reissueInvitationCode': ['MEETING_ORGANIZER'],
  'Mutation.withdrawInvitation': ['MEETING_ORGANIZER'],
  'Mutation.recordInvitationResponse': ['MEETING_ORGANIZER'],
  'Mutation.checkInRepresentative': ['MEETING_ORGANIZER'],
  'Mutation.recordRepresentativeDeparture': ['MEETING_ORGANIZER'],
  'Mutation.recordMeetingOpinion': ['MEETING_ORGANIZER'],
  'Mutation.recordMeetingSpeech': ['MEETING_ORGANIZER'],
  'Mutation.closeMeeting': ['MEETING_ORGANIZER'],
  'Mutation.recordOpinionAdoption': ['MEETING_ORGANIZER'],
  'Mutation.sendMeetingFeedback': ['MEETING_ORGANIZER'],
  'Mutation.submitMeetingResults': ['MEETING_ORGANIZER'],
  'Mutation.prepareMeetingResultRedaction': ['CONFIDENTIALITY_OFFICER'],
  'Query.publicMeetingResults': PUBLIC_READ,
  'Query.publicMeetingResult': PUBLIC_READ,
  'Query.invitationByCode': { tokenScopes: ['invitations:respond'] },
  'Mutation.respondToInvitation': { tokenScopes: ['invitations:respond'] },
  'Mutation.declareInterest': { tokenScopes: ['invitations:respond'] },
  'Mutation.checkInByCode': { tokenScopes: ['invitations:respond'] },
  'Mutation.setAttendancePublic': { tokenScopes: ['invitations:respond'] },
  'Mutation.submitRepresentativeOpinion': { tokenScopes: ['opinions:submit'] },
  'Query.complaintPrivacyNotice': { tokenScopes: ['complaints:submit'] },
  'Mutation.submitComplaint': { tokenScopes: ['complaints:submit'] },
  'Query.complaintStatus': { tokenScopes: ['complaints:submit'] },
  // The public guide and catalog categories: any staff reads, the general office keeps, portals read the published.
  'Query.guideVersions': 'any staff',
  'Query.guideVersion': 'any staff',
  'Mutation.createGuideDraft': ['GENERAL_OFFICE'],
  'Mutation.updateGuideDraft': ['GENERAL_OFFICE'],
  'Mutation.publishGuideVersion': ['GENERAL_OFFICE'],
  'Query.catalogCategories': 'any staff',
  'Query.catalogCategory': 'any staff',
  'Mutation.createCatalogCategory': ['GENERAL_OFFICE'],
  'Mutation.updateCatalogCategory': ['GENERAL_OFFICE'],
  'Mutation.setCatalogCategoryActive': ['GENERAL_OFFICE'],
  // M2/M3: the chain from drafting to publication reads documents and reviews; each step by its role.
  'Query.documents': DOCUMENT_CHAIN,
  'Query.document': DOCUMENT_CHAIN,
  'Query.documentAttributeProposal': ['DRAFTER'],
  'Mutation.createDocument': ['DRAFTER'],
  'Mutation.updateDocument': ['DRAFTER', 'MEETING_ORGANIZER', 'APPLICATION_HANDLER', 'CONFIDENTIALITY_OFFICER'],
  'Mutation.setDocumentAttribute': ['DRAFTER'],
  'Mutation.discardDocument': ['DRAFTER'],
  'Mutation.signDocument': ['DEPARTMENT_HEAD', 'BUREAU_LEADER'],
  'Mutation.submitDocumentForReview': ['DRAFTER'],
  'Mutation.redetermineDocumentAttribute': ['DEPARTMENT_HEAD', 'LEADERSHIP_OFFICE'],
  'Mutation.confirmDocumentAttribute': ['DEPARTMENT_HEAD', 'LEADERSHIP_OFFICE'],
  'Mutation.recordDocumentDeclassification': ['DEPARTMENT_HEAD', 'LEADERSHIP_OFFICE'],
  'Mutation.reviseDocument': ['DRAFTER'],
  'Mutation.uploadDocumentAttachment': ['DRAFTER', 'MEETING_ORGANIZER', 'APPLICATION_HANDLER', 'CONFIDENTIALITY_OFFICER'],
  'Mutation.removeDocumentAttachment': ['DRAFTER', 'MEETING_ORGANIZER', 'APPLICATION_HANDLER', 'CONFIDENTIALITY_OFFICER'],
  // M4: consultations are read with their document; the owning side acts, a co-department's head consents.
  'Query.consultations': DOCUMENT_CHAIN,
  'Query.consultation': DOCUMENT_CHAIN,
  'Mutation.sendConsultation': ['DRAFTER', 'DEPARTMENT_HEAD', 'LEADERSHIP_OFFICE', 'APPLICATION_HANDLER'],
  'Mutation.recordConsultationReply': ['DRAFTER', 'DEPARTMENT_HEAD', 'LEADERSHIP_OFFICE', 'APPLICATION_HANDLER'],
  'Mutation.remindConsultation': ['DRAFTER', 'DEPARTMENT_HEAD', 'LEADERSHIP_OFFICE', 'APPLICATION_HANDLER'],
  'Mutation.escalateConsultation': ['DRAFTER', 'DEPARTMENT_HEAD', 'LEADERSHIP_OFFICE', 'APPLICATION_HANDLER'],
  'Mutation.recordConsultationSettlement': ['DRAFTER', 'DEPARTMENT_HEAD', 'LEADERSHIP_OFFICE', 'APPLICATION_HANDLER'],
  'Mutation.withdrawConsultation': ['DRAFTER', 'DEPARTMENT_HEAD', 'LEADERSHIP_OFFICE', 'APPLICATION_HANDLER'],
  'Mutation.giveCoDepartmentConsent': ['DEPARTMENT_HEAD'],
  'Mutation.refuseCoDepartmentConsent': ['DEPARTMENT_HEAD'],
  'Mutation.prepareRedactedVersion': ['CONFIDENTIALITY_OFFICER'],
  'Mutation.updateRedactedVersion': ['CONFIDENTIALITY_OFFICER'],
  'Query.reviews': DOCUMENT_CHAIN,
  'Query.review': DOCUMENT_CHAIN,
  'Mutation.reviewInitial': ['DRAFTER', 'MEETING_ORGANIZER', 'APPLICATION_HANDLER'],
  'Mutation.reviewSecrecy': ['CONFIDENTIALITY_OFFICER'],
  'Mutation.uploadReviewEvidence': ['CONFIDENTIALITY_OFFICER'],
  'Mutation.reviewApprove': ['DEPARTMENT_HEAD'],
  'Mutation.reviewReturn': ['CONFIDENTIALITY_OFFICER', 'DEPARTMENT_HEAD', 'LEADERSHIP_OFFICE'],
  'Mutation.reviewEscalate': ['CONFIDENTIALITY_OFFICER', 'DEPARTMENT_HEAD'],
  'Mutation.reviewRefer': ['LEADERSHIP_OFFICE'],
  'Mutation.reviewRecordDetermination': ['LEADERSHIP_OFFICE'],
  'Mutation.reviewConfirm': ['LEADERSHIP_OFFICE'],
  'Mutation.reviewPublish': ['PUBLISHER'],
  'Mutation.reviewCancel': ['DEPARTMENT_HEAD'],
  // Published content: portals, and callers without a credential where the bureau allows anonymous reads.
  'Query.publicGuide': PUBLIC_READ,
  'Query.publicCatalogCategories': PUBLIC_READ,
  // Catalog entries: everyone taking part in publishing reads them; publishers (scoped by the API) and the
  // leadership office withdraw.
  'Query.catalogEntries': CATALOG_ENTRY_READERS,
  'Query.catalogEntry': CATALOG_ENTRY_READERS,
  'Mutation.withdrawCatalogEntry': ['PUBLISHER', 'LEADERSHIP_OFFICE'],
  'Mutation.emergencyWithdrawCatalogEntry': ['LEADERSHIP_OFFICE'],
  'Query.publicCatalogEntries': PUBLIC_READ,
  'Query.publicCatalogEntry': PUBLIC_READ,
};

/** What a session that must first change its password or enrol a second factor may still call. */
const RESTRICTED_STAGE_FIELDS: Record<Exclude<SessionStage, 'FULL'>, RootField[]> = {
  PASSWORD_CHANGE: ['Query.me', 'Mutation.logout', 'Query.myAuditLogs', 'Mutation.changePassword'],
  TOTP_ENROLMENT: [
    'Query.me',
    'Mutation.logout',
    'Query.myAuditLogs',
    'Mutation.beginTotpEnrolment',
    'Mutation.confirmTotpEnrolment',
  ],
};

const expectedFor = (callers: Callers, actor: Actor): AccessDecision => {
  if (callers === 'anyone') return 'ALLOW';
  if (actor.kind === 'anonymous') {
    const readable = typeof callers === 'object' && 'anonymousRead' in callers && callers.anonymousRead;
    return readable && actor.mayReadPublic ? 'ALLOW' : 'UNAUTHENTICATED';
  }
  if (actor.kind === 'token') {
    if (callers === 'tokens') return 'ALLOW';
    if (typeof callers === 'object' && 'tokenScopes' in callers) {
      return callers.tokenScopes.some((scope) => actor.scopes.includes(scope)) ? 'ALLOW' : 'FORBIDDEN';
    }
    return 'FORBIDDEN';
  }
  if (callers === 'tokens' || (typeof callers === 'object' && 'tokenScopes' in callers)) return 'FORBIDDEN';
  if (callers === 'any staff') return 'ALLOW';
  return actor.grants.some((grant) => callers.includes(grant.role)) ? 'ALLOW' : 'FORBIDDEN';
};

describe('ACCESS_RULES', () => {
  it('names every root field once, as Query.<field> or Mutation.<field>', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ROOT_FIELDS].sort());
    for (const field of ROOT_FIELDS) expect(field).toMatch(/^(Query|Mutation)\.[a-z][A-Za-z]*$/);
  });

  it.each(ROOT_FIELDS)('%s lets somebody in, in terms that exist', (field) => {
    const rule = ACCESS_RULES[field];
    const grantsSomebody = Boolean(
      rule.public || rule.session || rule.permissions?.length || rule.scopes?.length,
    );
    expect(grantsSomebody).toBe(true);
    for (const permission of rule.permissions ?? []) expect(PERMISSIONS).toContain(permission);
    for (const scope of rule.scopes ?? []) expect(TOKEN_SCOPES).toContain(scope);
    for (const stage of rule.stages ?? []) expect(SESSION_STAGES).toContain(stage);
  });

  it('cannot be changed in place by any of the apps sharing it', () => {
    for (const field of ROOT_FIELDS) {
      const rule = ACCESS_RULES[field];
      expect(Object.isFrozen(rule)).toBe(true);
      for (const list of [rule.permissions, rule.scopes, rule.stages])
        if (list) expect(Object.isFrozen(list)).toBe(true);
    }
  });

  const actors: Array<[string, Actor]> = [
    ['anonymous', anonymous],
    ['anonymous (public read allowed)', anonymousReader],
    ['token with every scope', tokenWith(TOKEN_SCOPES)],
    ['token(public:read)', tokenWith(['public:read'])],
    ['staff without roles', staff([])],
    ...ROLES.map((role): [string, Actor] => [role, staff([role])]),
  ];
  const table = ROOT_FIELDS.flatMap((field) =>
    actors.map(([name, actor]) => [field, name, expectedFor(EXPECTED[field], actor), actor] as const),
  );

  it.each(table)('%s × %s → %s', (field, _name, expected, actor) => {
    expect(decideAccess(ACCESS_RULES[field], actor)).toBe(expected);
  });

  const stageTable = (['PASSWORD_CHANGE', 'TOTP_ENROLMENT'] as const).flatMap((stage) =>
    ROOT_FIELDS.map((field) => {
      const allowed = EXPECTED[field] === 'anyone' || RESTRICTED_STAGE_FIELDS[stage].includes(field);
      return [stage, field, allowed ? 'ALLOW' : 'FORBIDDEN'] as const;
    }),
  );

  it.each(stageTable)('a %s session (as SYSTEM_ADMIN and AUDITOR) × %s → %s', (stage, field, expected) => {
    expect(decideAccess(ACCESS_RULES[field], staff(['SYSTEM_ADMIN', 'AUDITOR'], stage))).toBe(expected);
  });
});
