import { randomUUID } from 'node:crypto';
import type { ApplicantInput, ApplicationChannel, ApplicationDeliveryForm, CalendarDate } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { requireMutationScope, staffIdOf } from '../../context.js';
import { recordChange } from '../../shared/audit/record-change.js';
import { issueCaseNumber, issueCitizenCode } from '../../shared/citizen-code/index.js';
import { startCaseDeadline } from '../deadline/deadline.service.js';
import { openTask, taskAuditOf } from '../task/index.js';
import { applicantFingerprintOf, applicantRecordOf } from './application.applicant.js';
import { Application, ApplicationApplicant } from './application.entity.js';
import { applicationCaseTitle, deadlineActorOf, recordApplicationEvent } from './application.steps.js';

export interface ApplicationFiling {
  channel: ApplicationChannel;
  arrivedDate: CalendarDate;
  receivedDate: CalendarDate;
  applicant: ApplicantInput;
  description: string;
  purpose: string | null;
  deliveryForm: ApplicationDeliveryForm;
  issueAccessCode: boolean;
}

export interface FiledApplication {
  application: Application;
  /** Shown once, when issued; stored only as its hash. */
  accessCode: string | null;
}

/**
 * Files an application, staff intake or external submission alike, in the running mutation: a case number,
 * the case, the applicant's record (ID number encrypted), the 20-working-day reply clock counted from the day
 * after receipt (条例 art. 31, 33) with the handlers' task, and — for the applicant — an access code.
 */
export async function fileApplication(context: RequestContext, filing: ApplicationFiling): Promise<FiledApplication> {
  const scope = requireMutationScope(context);
  const { manager } = scope;
  const { clock, fieldEncryption } = context.services;
  const now = clock.now();
  const id = randomUUID();
  scope.subject = { entityType: 'Application', entityId: id };
  const caseNumber = await issueCaseNumber(manager, 'APPLICATION', now);
  const application = manager.create(Application, {
    id,
    caseNumber,
    channel: filing.channel,
    arrivedDate: filing.arrivedDate,
    receivedDate: filing.receivedDate,
    applicantType: filing.applicant.applicantType,
    description: filing.description,
    purpose: filing.purpose,
    deliveryForm: filing.deliveryForm,
    correctedDescription: null,
    state: 'PROCESSING',
    resultCode: null,
    replyText: null,
    replyDate: null,
    publishedIndexNumbers: [],
    responsibleAgency: null,
    withholdingReasons: [],
    correctionRequest: null,
    correctionRequestedDate: null,
    correctionPeriodWorkingDays: null,
    correctionReceivedDate: null,
    feeMethod: null,
    feeBasis: null,
    feeAmount: null,
    feeNoticeDate: null,
    feePaymentPeriodWorkingDays: null,
    feePaidDate: null,
    feeReference: null,
    linkedComplaintId: null,
    applicantFingerprint: applicantFingerprintOf(fieldEncryption, filing.applicant),
    anonymisedAt: null,
    handlerId: staffIdOf(context),
    createdAt: now,
    updatedAt: now,
  });
  await manager.save(application);
  const applicant = applicantRecordOf(fieldEncryption, id, filing.applicant, now);
  await manager.insert(ApplicationApplicant, applicant);
  recordChange(context, 'Application', id, null, application);
  recordChange(context, 'ApplicationApplicant', id, null, applicant);
  await recordApplicationEvent(
    manager,
    context,
    id,
    filing.channel === 'ONLINE' ? 'SUBMIT' : 'REGISTER',
    null,
    'PROCESSING',
    filing.receivedDate,
    null,
  );

  const by = deadlineActorOf(context);
  const title = applicationCaseTitle(caseNumber);
  const reply = await startCaseDeadline(manager, by, {
    kind: 'APPLICATION_REPLY',
    caseId: id,
    title,
    startDate: filing.receivedDate,
  });
  await openTask(
    manager,
    clock,
    { kind: 'APPLICATION_REPLY', caseId: id, title, deadlineId: reply.id, actorId: by.actorId },
    taskAuditOf(context),
  );

  let accessCode: string | null = null;
  if (filing.issueAccessCode) {
    const issued = await issueCitizenCode(manager, clock, 'APPLICATION', id, caseNumber);
    recordChange(context, 'CitizenCode', issued.citizenCode.id, null, issued.citizenCode);
    accessCode = issued.accessCode;
  }
  return { application, accessCode };
}
