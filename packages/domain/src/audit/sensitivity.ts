/**
 * One sensitivity classification (SPEC §2.2) that audit diffs, logs and exports all obey.
 * SECRET values never leave the database (hashes, keys); personal values are masked wherever they
 * would be copied — the auditor sees that a field changed, not its value.
 */
export const SENSITIVITIES = ['SECRET', 'SENSITIVE_PERSONAL', 'PERSONAL', 'PUBLIC'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export const SENSITIVITY_LABELS: Record<Sensitivity, string> = {
  SECRET: '机密（不出库）',
  SENSITIVE_PERSONAL: '敏感个人信息',
  PERSONAL: '个人信息',
  PUBLIC: '一般信息',
};

/** Per entity, each column's class. A test checks that every persisted column is classified. */
export const FIELD_SENSITIVITY: Record<string, Record<string, Sensitivity>> = {
  Department: {
    id: 'PUBLIC', code: 'PUBLIC', name: 'PUBLIC', kind: 'PUBLIC', sortOrder: 'PUBLIC', phone: 'PUBLIC',
    isActive: 'PUBLIC', version: 'PUBLIC', createdAt: 'PUBLIC', updatedAt: 'PUBLIC',
  },
  User: {
    id: 'PUBLIC', username: 'PUBLIC', displayName: 'PUBLIC', departmentId: 'PUBLIC', phone: 'PERSONAL',
    email: 'PERSONAL', passwordHash: 'SECRET', mustChangePassword: 'PUBLIC', totpSecret: 'SECRET',
    totpPendingSecret: 'SECRET', totpEnabled: 'PUBLIC', totpLastStep: 'PUBLIC', isDemo: 'PUBLIC', isActive: 'PUBLIC',
    passwordChangedAt: 'PUBLIC', version: 'PUBLIC', createdAt: 'PUBLIC', updatedAt: 'PUBLIC',
  },
  RoleGrant: { id: 'PUBLIC', userId: 'PUBLIC', role: 'PUBLIC', departmentId: 'PUBLIC', grantedById: 'PUBLIC', createdAt: 'PUBLIC' },
  PermissionGrant: { id: 'PUBLIC', userId: 'PUBLIC', permission: 'PUBLIC', grantedById: 'PUBLIC', createdAt: 'PUBLIC' },
  Session: {
    id: 'PUBLIC', userId: 'PUBLIC', tokenHash: 'SECRET', stage: 'PUBLIC', ip: 'PERSONAL', userAgent: 'PUBLIC',
    createdAt: 'PUBLIC', lastSeenAt: 'PUBLIC', endedAt: 'PUBLIC', endReason: 'PUBLIC',
  },
  LoginAttempt: {
    id: 'PUBLIC', username: 'PUBLIC', userId: 'PUBLIC', ip: 'PERSONAL', succeeded: 'PUBLIC', reason: 'PUBLIC', at: 'PUBLIC',
  },
  ApiToken: {
    id: 'PUBLIC', name: 'PUBLIC', prefix: 'PUBLIC', tokenHash: 'SECRET', scopes: 'PUBLIC', rateLimitPerMinute: 'PUBLIC',
    createdById: 'PUBLIC', createdAt: 'PUBLIC', lastUsedAt: 'PUBLIC', revokedAt: 'PUBLIC', revokedById: 'PUBLIC',
    expiresAt: 'PUBLIC', version: 'PUBLIC',
  },
  ApiTokenUsage: { tokenId: 'PUBLIC', minute: 'PUBLIC', reads: 'PUBLIC', writes: 'PUBLIC' },
  // Contact persons and their phones are personal data; free-text notes may name people too.
  ExternalAgency: {
    id: 'PUBLIC', name: 'PUBLIC', kind: 'PUBLIC', contactPerson: 'PERSONAL', phone: 'PERSONAL', address: 'PUBLIC',
    notes: 'PERSONAL', isActive: 'PUBLIC', version: 'PUBLIC', createdAt: 'PUBLIC', updatedAt: 'PUBLIC',
  },
  // The public guide and catalog categories are published content; the office's contacts are the bureau's, not a person's.
  GuideVersion: {
    id: 'PUBLIC', versionNumber: 'PUBLIC', classification: 'PUBLIC', proactiveDisclosure: 'PUBLIC',
    applicationProcedure: 'PUBLIC', officeName: 'PUBLIC', officeAddress: 'PUBLIC', officeHours: 'PUBLIC',
    officeTelephone: 'PUBLIC', officeFax: 'PUBLIC', officeWebsite: 'PUBLIC', officeEmail: 'PUBLIC', otherText: 'PUBLIC',
    publishedAt: 'PUBLIC', publishedById: 'PUBLIC', createdById: 'PUBLIC', createdAt: 'PUBLIC', updatedAt: 'PUBLIC',
    version: 'PUBLIC',
  },
  CatalogCategory: {
    id: 'PUBLIC', code: 'PUBLIC', name: 'PUBLIC', sortOrder: 'PUBLIC', parentId: 'PUBLIC', isActive: 'PUBLIC',
    version: 'PUBLIC', createdAt: 'PUBLIC', updatedAt: 'PUBLIC',
  },
  // Catalog entries are published content; a withdrawal's reason is the bureau's own note about the item.
  CatalogEntry: {
    id: 'PUBLIC', indexNumber: 'PUBLIC', entryVersion: 'PUBLIC', state: 'PUBLIC', subjectKind: 'PUBLIC', subjectId: 'PUBLIC',
    reviewId: 'PUBLIC', contentVersionId: 'PUBLIC', owningDepartmentId: 'PUBLIC', categoryId: 'PUBLIC', title: 'PUBLIC',
    summary: 'PUBLIC', body: 'PUBLIC', documentNumber: 'PUBLIC', formedDate: 'PUBLIC', attachmentIds: 'PUBLIC',
    publishedAt: 'PUBLIC', publisherId: 'PUBLIC', withdrawnAt: 'PUBLIC', withdrawnById: 'PUBLIC', withdrawalReason: 'PUBLIC',
    version: 'PUBLIC', createdAt: 'PUBLIC', updatedAt: 'PUBLIC',
  },
  // The person may have no account; the description is about them.
  StaffChange: {
    id: 'PUBLIC', effectiveDate: 'PUBLIC', kind: 'PUBLIC', departmentId: 'PUBLIC', personName: 'PERSONAL', userId: 'PUBLIC',
    description: 'PERSONAL', documentNumber: 'PUBLIC', recordedById: 'PUBLIC', recordedAt: 'PUBLIC', updatedById: 'PUBLIC',
    version: 'PUBLIC', updatedAt: 'PUBLIC',
  },
  // Rules are published documents (the seed's were on the bureau's portal).
  Rule: {
    id: 'PUBLIC', title: 'PUBLIC', issuingBody: 'PUBLIC', category: 'PUBLIC', documentNumber: 'PUBLIC', seedKey: 'PUBLIC',
    isActive: 'PUBLIC', createdById: 'PUBLIC', version: 'PUBLIC', createdAt: 'PUBLIC', updatedAt: 'PUBLIC',
  },
  RuleVersion: {
    id: 'PUBLIC', ruleId: 'PUBLIC', versionNumber: 'PUBLIC', text: 'PUBLIC', effectiveDate: 'PUBLIC', repealDate: 'PUBLIC',
    note: 'PUBLIC', createdById: 'PUBLIC', createdAt: 'PUBLIC', updatedAt: 'PUBLIC',
  },
  // Notices to people outside the system (SPEC §2.3a): who was told is a reference, what they were told and
  // how to reach them are personal — a notice to a whistleblower must not reveal them; the address itself
  // is kept encrypted and never leaves the database in clear.
  Notice: {
    id: 'PUBLIC', caseKind: 'PUBLIC', caseId: 'PUBLIC', recipientKind: 'PUBLIC', recipientRef: 'PERSONAL', channel: 'PUBLIC',
    contactAddressCipher: 'SECRET', contactAddressMasked: 'PERSONAL', subject: 'PERSONAL', content: 'PERSONAL',
    sentAt: 'PUBLIC', senderId: 'PUBLIC', proof: 'PERSONAL', deadlineId: 'PUBLIC', createdAt: 'PUBLIC',
  },
  OutboxMessage: {
    id: 'PUBLIC', noticeId: 'PUBLIC', channel: 'PUBLIC', state: 'PUBLIC', attempts: 'PUBLIC', nextAttemptAt: 'PUBLIC',
    lastError: 'PUBLIC', sentAt: 'PUBLIC', providerMessageId: 'PUBLIC', createdAt: 'PUBLIC', version: 'PUBLIC',
  },
  // Citizen codes (SPEC §2.3b): the case number is public, the code exists only as its hash; failed look-ups
  // keep the client's IP. Idempotency keys keep the first answer of a submission for 24 h — it may hold a
  // just-issued access code, so it and the request's hash never leave the database.
  CitizenCode: {
    id: 'PUBLIC', caseKind: 'PUBLIC', caseId: 'PUBLIC', caseNumber: 'PUBLIC', codeHash: 'SECRET', issuedAt: 'PUBLIC',
    revokedAt: 'PUBLIC', revokedReason: 'PUBLIC', lastUsedAt: 'PUBLIC',
  },
  CaseNumberSequence: { prefix: 'PUBLIC', year: 'PUBLIC', last: 'PUBLIC' },
  CodeAttempt: { id: 'PUBLIC', caseNumber: 'PUBLIC', ip: 'PERSONAL', at: 'PUBLIC' },
  FileBlob: { key: 'SECRET', data: 'SECRET', createdAt: 'PUBLIC' },
  IdempotencyKey: {
    tokenId: 'PUBLIC', key: 'PUBLIC', operation: 'PUBLIC', requestHash: 'SECRET', response: 'SECRET', createdAt: 'PUBLIC',
    expiresAt: 'PUBLIC',
  },
  CalendarOverride: {
    id: 'PUBLIC', date: 'PUBLIC', kind: 'PUBLIC', note: 'PUBLIC', isActive: 'PUBLIC', version: 'PUBLIC',
    createdAt: 'PUBLIC', updatedAt: 'PUBLIC',
  },
  CalendarConfirmedYear: { year: 'PUBLIC', confirmedById: 'PUBLIC', confirmedAt: 'PUBLIC' },
  // Titles carry the case number and subject, never a person's name (modules build them so).
  Deadline: {
    id: 'PUBLIC', kind: 'PUBLIC', caseKind: 'PUBLIC', caseId: 'PUBLIC', title: 'PUBLIC', departmentId: 'PUBLIC',
    assigneeId: 'PUBLIC', startDate: 'PUBLIC', periodWorkingDays: 'PUBLIC', extensionsWorkingDays: 'PUBLIC',
    extensionCount: 'PUBLIC', suspensions: 'PUBLIC', dueDate: 'PUBLIC', isProvisional: 'PUBLIC', isSuspended: 'PUBLIC',
    state: 'PUBLIC', closedAt: 'PUBLIC', overdueMarkedOn: 'PUBLIC', version: 'PUBLIC', createdAt: 'PUBLIC', updatedAt: 'PUBLIC',
  },
  DeadlineEvent: {
    id: 'PUBLIC', deadlineId: 'PUBLIC', action: 'PUBLIC', onDate: 'PUBLIC', byWorkingDays: 'PUBLIC', reason: 'PUBLIC',
    approverId: 'PUBLIC', noticeId: 'PUBLIC', dueDateBefore: 'PUBLIC', dueDateAfter: 'PUBLIC', actorId: 'PUBLIC', at: 'PUBLIC',
  },
  // Scheduled job runs: counts and error classes only, never the records a job touched.
  JobRun: {
    jobName: 'PUBLIC', slot: 'PUBLIC', startedAt: 'PUBLIC', finishedAt: 'PUBLIC', outcome: 'PUBLIC', summary: 'PUBLIC',
    replica: 'PUBLIC',
  },
  // Tasks and staff notifications (SPEC §2.3c): titles carry the case number and subject, never a person's
  // name (modules build them so); the rest are references, dates and states.
  Task: {
    id: 'PUBLIC', kind: 'PUBLIC', caseKind: 'PUBLIC', caseId: 'PUBLIC', title: 'PUBLIC', assigneeId: 'PUBLIC',
    departmentId: 'PUBLIC', deadlineId: 'PUBLIC', dueDate: 'PUBLIC', state: 'PUBLIC', createdAt: 'PUBLIC',
    assignedAt: 'PUBLIC', assignedById: 'PUBLIC', closedAt: 'PUBLIC', closedById: 'PUBLIC', version: 'PUBLIC',
  },
  StaffNotification: {
    id: 'PUBLIC', userId: 'PUBLIC', kind: 'PUBLIC', taskId: 'PUBLIC', title: 'PUBLIC', onDate: 'PUBLIC',
    createdAt: 'PUBLIC', readAt: 'PUBLIC',
  },
  // Documents (M2) and reviews (M3): the text and files of a content version never enter audit diffs or logs —
  // state-secret content must be removable from the whole system, and drafts are not for the audit trail.
  Document: {
    id: 'PUBLIC', title: 'PUBLIC', documentNumber: 'PUBLIC', type: 'PUBLIC', otherTypeName: 'PUBLIC', purpose: 'PUBLIC',
    summary: 'PUBLIC', departmentId: 'PUBLIC', coDepartmentIds: 'PUBLIC', jointAgencyIds: 'PUBLIC',
    catalogCategoryId: 'PUBLIC', forwardedFromId: 'PUBLIC', attribute: 'PUBLIC', proposedAttribute: 'PUBLIC',
    attributeRule: 'PUBLIC', attributeReason: 'PUBLIC', isAttributeDeviation: 'PUBLIC', state: 'PUBLIC',
    currentContentVersionId: 'PUBLIC', drafterId: 'PUBLIC', signedById: 'PUBLIC', signedAt: 'PUBLIC',
    formedDate: 'PUBLIC', declassifiedAt: 'PUBLIC', declassifiedById: 'PUBLIC', declassificationReference: 'PUBLIC',
    lastAssessedAt: 'PUBLIC', version: 'PUBLIC', createdAt: 'PUBLIC', updatedAt: 'PUBLIC',
  },
  DocumentContentVersion: {
    id: 'PUBLIC', documentId: 'PUBLIC', seq: 'PUBLIC', kind: 'PUBLIC', basedOnId: 'PUBLIC', body: 'SECRET',
    createdById: 'PUBLIC', createdAt: 'PUBLIC', sealedAt: 'PUBLIC', contentRemovedAt: 'PUBLIC',
    contentRemovedById: 'PUBLIC', version: 'PUBLIC',
  },
  DocumentAttachment: {
    id: 'PUBLIC', contentVersionId: 'PUBLIC', fileName: 'PUBLIC', contentType: 'PUBLIC', sizeBytes: 'PUBLIC',
    sha256: 'PUBLIC', storageKey: 'SECRET', uploadedById: 'PUBLIC', uploadedAt: 'PUBLIC', removedAt: 'PUBLIC',
    sanitizedFromId: 'PUBLIC', removedMetadata: 'PUBLIC',
  },
  DocumentEvent: {
    id: 'PUBLIC', documentId: 'PUBLIC', action: 'PUBLIC', fromState: 'PUBLIC', toState: 'PUBLIC',
    fromAttribute: 'PUBLIC', toAttribute: 'PUBLIC', note: 'PUBLIC', actorId: 'PUBLIC', at: 'PUBLIC',
  },
  Review: {
    id: 'PUBLIC', subjectKind: 'PUBLIC', subjectId: 'PUBLIC', title: 'PUBLIC', owningDepartmentId: 'PUBLIC',
    contentVersionId: 'PUBLIC', finalAction: 'PUBLIC', state: 'PUBLIC', assessment: 'PUBLIC', outcome: 'PUBLIC',
    escalatedFrom: 'PUBLIC', publisherId: 'PUBLIC', approvedContentVersionId: 'PUBLIC',
    isContentRemovalRequired: 'PUBLIC', isRevision: 'PUBLIC', openedById: 'PUBLIC', levelOneUserId: 'PUBLIC',
    version: 'PUBLIC', createdAt: 'PUBLIC', updatedAt: 'PUBLIC',
  },
  ReviewDecisionRecord: {
    id: 'PUBLIC', reviewId: 'PUBLIC', action: 'PUBLIC', stage: 'PUBLIC', userId: 'PUBLIC', fromState: 'PUBLIC',
    toState: 'PUBLIC', contentVersionId: 'PUBLIC', opinion: 'PUBLIC', assessment: 'PUBLIC', outcome: 'PUBLIC',
    publisherId: 'PUBLIC', reference: 'PUBLIC', at: 'PUBLIC',
  },
  ReviewEvidenceFile: {
    id: 'PUBLIC', reviewId: 'PUBLIC', fileName: 'PUBLIC', contentType: 'PUBLIC', sizeBytes: 'PUBLIC',
    sha256: 'PUBLIC', storageKey: 'SECRET', uploadedById: 'PUBLIC', uploadedAt: 'PUBLIC',
  },
  // Consultations (M4): letters, answers and settlements are business records of the bureau, read by the chain.
  Consultation: {
    id: 'PUBLIC', subjectKind: 'PUBLIC', subjectId: 'PUBLIC', use: 'PUBLIC', departmentId: 'PUBLIC',
    consulteeAgencyId: 'PUBLIC', consulteeDepartmentId: 'PUBLIC', consulteeThirdParty: 'PERSONAL', basicFacts: 'PUBLIC', opinion: 'PUBLIC',
    basis: 'PUBLIC', state: 'PUBLIC', replyAgrees: 'PUBLIC', replyText: 'PUBLIC', repliedOn: 'PUBLIC',
    answeredById: 'PUBLIC', answeredAt: 'PUBLIC', settlementBody: 'PUBLIC', settlementDecision: 'PUBLIC',
    settlementReference: 'PUBLIC', settlementSummary: 'PUBLIC', deadlineId: 'PUBLIC', sentById: 'PUBLIC',
    sentAt: 'PUBLIC', version: 'PUBLIC', createdAt: 'PUBLIC', updatedAt: 'PUBLIC',
  },
  ConsultationEvent: {
    id: 'PUBLIC', consultationId: 'PUBLIC', action: 'PUBLIC', fromState: 'PUBLIC', toState: 'PUBLIC',
    note: 'PUBLIC', actorId: 'PUBLIC', at: 'PUBLIC',
  },
  // Applications (M6): what was asked may describe the applicant's own affairs, so the texts are personal; the
  // applicant's identity lives in its own record — the ID number only as a cipher (SECRET) and a masked copy.
  Application: {
    id: 'PUBLIC', caseNumber: 'PUBLIC', channel: 'PUBLIC', arrivedDate: 'PUBLIC', receivedDate: 'PUBLIC',
    applicantType: 'PUBLIC', description: 'PERSONAL', purpose: 'PERSONAL', deliveryForm: 'PUBLIC',
    correctedDescription: 'PERSONAL', state: 'PUBLIC', resultCode: 'PUBLIC', replyText: 'PERSONAL', replyDate: 'PUBLIC',
    publishedIndexNumbers: 'PUBLIC', responsibleAgency: 'PUBLIC', withholdingReasons: 'PUBLIC',
    correctionRequest: 'PERSONAL', correctionRequestedDate: 'PUBLIC', correctionPeriodWorkingDays: 'PUBLIC',
    correctionReceivedDate: 'PUBLIC', feeMethod: 'PUBLIC', feeBasis: 'PUBLIC', feeAmount: 'PUBLIC',
    feeNoticeDate: 'PUBLIC', feePaymentPeriodWorkingDays: 'PUBLIC', feePaidDate: 'PUBLIC', feeReference: 'PUBLIC',
    reasonsRequest: 'PERSONAL', reasonsRequestedDate: 'PUBLIC', reasonablePeriodWorkingDays: 'PUBLIC',
    linkedComplaintId: 'PUBLIC', applicantFingerprint: 'SECRET', anonymisedAt: 'PUBLIC', handlerId: 'PUBLIC',
    version: 'PUBLIC', createdAt: 'PUBLIC', updatedAt: 'PUBLIC',
  },
  ApplicationApplicant: {
    id: 'PUBLIC', name: 'PERSONAL', idType: 'PUBLIC', idNumberCipher: 'SECRET', idNumberMasked: 'PERSONAL',
    organisationName: 'PUBLIC', creditCode: 'PUBLIC', contactPerson: 'PERSONAL', phone: 'PERSONAL', email: 'PERSONAL',
    postalAddress: 'PERSONAL', postalCode: 'PERSONAL', createdAt: 'PUBLIC', updatedAt: 'PUBLIC',
  },
  ApplicationDocument: { applicationId: 'PUBLIC', documentId: 'PUBLIC', linkedById: 'PUBLIC', linkedAt: 'PUBLIC' },
  ApplicationEvent: {
    id: 'PUBLIC', applicationId: 'PUBLIC', action: 'PUBLIC', fromState: 'PUBLIC', toState: 'PUBLIC', onDate: 'PUBLIC',
    actorId: 'PUBLIC', note: 'PERSONAL', at: 'PUBLIC',
  },
  // What a reply supplies may be the applicant's own affairs or withheld parts: personal, like the reply.
  ApplicationSupplyVersion: {
    id: 'PUBLIC', applicationId: 'PUBLIC', kind: 'PUBLIC', basedOnId: 'PUBLIC', holdingDepartmentId: 'PUBLIC',
    text: 'PERSONAL', replyText: 'PERSONAL', noticeChannel: 'PUBLIC', sealedAt: 'PUBLIC', createdById: 'PUBLIC',
    createdAt: 'PUBLIC',
  },
  ApplicationSupplyFile: {
    id: 'PUBLIC', versionId: 'PUBLIC', fileName: 'PERSONAL', contentType: 'PUBLIC', sizeBytes: 'PUBLIC',
    sha256: 'PUBLIC', storageKey: 'SECRET', uploadedById: 'PUBLIC', uploadedAt: 'PUBLIC', removedAt: 'PUBLIC',
  },
  // Public representatives at meetings (M8): a representative's contacts and whatever identifies them (the
  // duplicate keys are built from phone and e-mail) are personal; their opinions, speeches and interest notes
  // are their own words, personal until the reviewed results are published. Meetings are the bureau's records.
  Representative: {
    id: 'PUBLIC', name: 'PERSONAL', type: 'PUBLIC', organisation: 'PUBLIC', title: 'PUBLIC', expertise: 'PUBLIC',
    phone: 'PERSONAL', email: 'PERSONAL', postalAddress: 'PERSONAL', duplicateKeys: 'PERSONAL', state: 'PUBLIC',
    eligibilityOutcome: 'PUBLIC', eligibilityBasis: 'PERSONAL', eligibilityCheckedById: 'PUBLIC',
    eligibilityCheckedAt: 'PUBLIC', createdById: 'PUBLIC', version: 'PUBLIC', createdAt: 'PUBLIC', updatedAt: 'PUBLIC',
  },
  RepresentativeEligibilityCheck: {
    id: 'PUBLIC', representativeId: 'PUBLIC', outcome: 'PUBLIC', basis: 'PERSONAL', checkedById: 'PUBLIC', checkedAt: 'PUBLIC',
  },
  Meeting: {
    id: 'PUBLIC', caseNumber: 'PUBLIC', title: 'PUBLIC', departmentId: 'PUBLIC', startsAt: 'PUBLIC', plannedEndsAt: 'PUBLIC',
    place: 'PUBLIC', seats: 'PUBLIC', state: 'PUBLIC', postponeReason: 'PUBLIC', cancelReason: 'PUBLIC',
    startedAt: 'PUBLIC', endedAt: 'PUBLIC', minutes: 'PUBLIC', decisions: 'PUBLIC', feedbackSentAt: 'PUBLIC',
    deadlineId: 'PUBLIC', createdById: 'PUBLIC', version: 'PUBLIC', createdAt: 'PUBLIC', updatedAt: 'PUBLIC',
  },
  MeetingTopic: {
    id: 'PUBLIC', meetingId: 'PUBLIC', position: 'PUBLIC', title: 'PUBLIC', description: 'PUBLIC',
    representativesMayAttend: 'PUBLIC', category: 'PUBLIC', seats: 'PUBLIC', removedAt: 'PUBLIC',
  },
  MeetingInvitation: {
    id: 'PUBLIC', meetingId: 'PUBLIC', representativeId: 'PUBLIC', caseNumber: 'PUBLIC', topicIds: 'PUBLIC',
    state: 'PUBLIC', sequence: 'PUBLIC', noticeChannel: 'PUBLIC', respondedAt: 'PUBLIC', withdrawnReason: 'PUBLIC',
    checkedInAt: 'PUBLIC', checkedInBy: 'PUBLIC', isLate: 'PUBLIC', departedAt: 'PUBLIC', departedAfterTopicId: 'PUBLIC',
    attendancePublic: 'PUBLIC', feedbackNoticeId: 'PUBLIC', createdById: 'PUBLIC', version: 'PUBLIC',
    createdAt: 'PUBLIC', updatedAt: 'PUBLIC',
  },
  MeetingInterestDeclaration: {
    id: 'PUBLIC', invitationId: 'PUBLIC', topicId: 'PUBLIC', hasDirectInterest: 'PUBLIC', note: 'PERSONAL',
    isFlagged: 'PUBLIC', declaredAt: 'PUBLIC',
  },
  MeetingOpinion: {
    id: 'PUBLIC', meetingId: 'PUBLIC', invitationId: 'PUBLIC', topicId: 'PUBLIC', kind: 'PUBLIC', source: 'PUBLIC',
    content: 'PERSONAL', recordedById: 'PUBLIC', recordedAt: 'PUBLIC', adoption: 'PUBLIC', adoptionExplanation: 'PUBLIC',
    adoptionRecordedById: 'PUBLIC', adoptionRecordedAt: 'PUBLIC', version: 'PUBLIC',
  },
  MeetingResultVersion: {
    id: 'PUBLIC', meetingId: 'PUBLIC', kind: 'PUBLIC', basedOnId: 'PUBLIC', body: 'PUBLIC', sealedAt: 'PUBLIC',
    createdById: 'PUBLIC', createdAt: 'PUBLIC',
  },
  // Complaints (M14) [seed §11-5]: the complainant's identity and material exist only as the sealed cipher
  // (`sealed` in a complaint's audit diff is that cipher); the handler's texts may concern third parties, so
  // they are personal; a reveal's reason is what the auditor must read, and never holds the revealed values.
  Complaint: {
    id: 'PUBLIC', caseNumber: 'PUBLIC', violationKind: 'PUBLIC', channel: 'PUBLIC', receivedAt: 'PUBLIC',
    receivedDate: 'PUBLIC', summary: 'PERSONAL', concernedDepartmentId: 'PUBLIC', isAnonymous: 'PUBLIC',
    wantsReply: 'PUBLIC', state: 'PUBLIC', notAcceptedReason: 'PUBLIC', notAcceptedText: 'PERSONAL',
    transferredToDepartmentId: 'PUBLIC', transferredToAgencyId: 'PUBLIC', transferredAt: 'PUBLIC',
    transferResult: 'PERSONAL', outcome: 'PUBLIC', findings: 'PERSONAL', replyText: 'PERSONAL', handledAt: 'PUBLIC',
    closedAt: 'PUBLIC', handlerId: 'PUBLIC', version: 'PUBLIC', createdAt: 'PUBLIC', updatedAt: 'PUBLIC',
    sourceApplicationId: 'PUBLIC', sealed: 'SECRET',
  },
  ComplaintSealedRecord: { complaintId: 'PUBLIC', cipher: 'SECRET', createdAt: 'PUBLIC' },
  CorrectionOrder: {
    id: 'PUBLIC', complaintId: 'PUBLIC', departmentId: 'PUBLIC', requirement: 'PERSONAL', dueDate: 'PUBLIC',
    state: 'PUBLIC', reportText: 'PERSONAL', reportedAt: 'PUBLIC', reportedById: 'PUBLIC', verifiedAt: 'PUBLIC',
    verifiedById: 'PUBLIC', version: 'PUBLIC', createdAt: 'PUBLIC', updatedAt: 'PUBLIC',
  },
  ComplaintIdentityReveal: {
    id: 'PUBLIC', complaintId: 'PUBLIC', revealedById: 'PUBLIC', reason: 'PUBLIC', revealedAt: 'PUBLIC',
  },
  AuditLog: {
    seq: 'PUBLIC', at: 'PUBLIC', actorKind: 'PUBLIC', actorId: 'PUBLIC', actorName: 'PUBLIC', action: 'PUBLIC',
    outcome: 'PUBLIC', entityType: 'PUBLIC', entityId: 'PUBLIC', changes: 'PUBLIC', errorCode: 'PUBLIC',
    reason: 'PUBLIC', ip: 'PERSONAL', requestId: 'PUBLIC', prevHash: 'PUBLIC', hash: 'PUBLIC',
  },
};

export const MASKED_VALUE = '〔已屏蔽〕';
export const SECRET_VALUE = '〔保密〕';

/** Unknown fields are treated as personal: a new column leaks nothing before it is classified. */
export function sensitivityOf(entity: string, field: string): Sensitivity {
  const fields = Object.hasOwn(FIELD_SENSITIVITY, entity) ? FIELD_SENSITIVITY[entity] : undefined;
  return fields && Object.hasOwn(fields, field) ? fields[field] : 'PERSONAL';
}

export function maskValue(sensitivity: Sensitivity, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  switch (sensitivity) {
    case 'PUBLIC':
      return value;
    case 'SECRET':
      return SECRET_VALUE;
    default:
      return MASKED_VALUE;
  }
}

export function maskField(entity: string, field: string, value: unknown): unknown {
  return maskValue(sensitivityOf(entity, field), value);
}

export function maskRecord(entity: string, record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([field, value]) => [field, maskField(entity, field, value)]));
}

/** Log keys redacted whatever the entity: credentials and contact data in request bodies or headers. */
export const SECRET_LOG_KEYS = [
  'password', 'newPassword', 'currentPassword', 'totpCode', 'accessCode', 'secret', 'token', 'authorization', 'cookie',
  'set-cookie', 'phone', 'email', 'idNumber',
] as const;
