import { randomUUID } from 'node:crypto';
import {
  assertNoIdentityIn,
  shanghaiDateOf,
  type ComplaintChannel,
  type ComplaintViolationKind,
} from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { requireMutationScope, staffIdOf } from '../../context.js';
import { recordChange } from '../../shared/audit/record-change.js';
import { issueCaseNumber, issueCitizenCode } from '../../shared/citizen-code/index.js';
import { startCaseDeadline } from '../deadline/deadline.service.js';
import { openTask, taskAuditOf } from '../task/index.js';
import { Complaint, ComplaintSealedRecord } from './complaint.entity.js';
import { assertActiveDepartments } from './complaint.references.js';
import { sealComplaintData, type SealedComplaint } from './complaint.sealed.js';
import { complaintCaseTitle, deadlineActorOf } from './complaint.steps.js';

export interface ComplaintFiling {
  violationKind: ComplaintViolationKind;
  channel: ComplaintChannel;
  receivedAt: Date;
  summary: string | null;
  concernedDepartmentId: string | null;
  isAnonymous: boolean;
  wantsReply: boolean;
  issueAccessCode: boolean;
  sealed: SealedComplaint;
  /** The application it came as (不予处理·信访举报投诉类), when opened from one. */
  sourceApplicationId?: string | null;
}

export interface FiledComplaint {
  complaint: Complaint;
  /** Shown once, when issued; stored only as its hash. */
  accessCode: string | null;
}

/**
 * Files a complaint, staff intake or external submission alike, in the running mutation: a case number,
 * the case without identity, the identity and material sealed under the case's id, the acceptance
 * (3 working days) and handling (15) clocks counted from the day after receipt [seed §11-3(3), §11-4], the
 * handlers' task to decide on acceptance, and — when asked — the complainant's access code.
 */
export async function fileComplaint(
  context: RequestContext,
  filing: ComplaintFiling,
): Promise<FiledComplaint> {
  const scope = requireMutationScope(context);
  const { manager } = scope;
  const { clock, fieldEncryption } = context.services;
  await assertActiveDepartments(manager, { concernedDepartmentId: filing.concernedDepartmentId });
  assertNoIdentityIn({ summary: filing.summary }, filing.sealed);

  const now = clock.now();
  const id = randomUUID();
  scope.subject = { entityType: 'Complaint', entityId: id };
  const caseNumber = await issueCaseNumber(manager, 'COMPLAINT', now);
  const receivedDate = shanghaiDateOf(filing.receivedAt);
  const complaint = manager.create(Complaint, {
    id,
    caseNumber,
    violationKind: filing.violationKind,
    channel: filing.channel,
    receivedAt: filing.receivedAt,
    receivedDate,
    summary: filing.summary,
    concernedDepartmentId: filing.concernedDepartmentId,
    isAnonymous: filing.isAnonymous,
    wantsReply: filing.wantsReply,
    state: 'RECEIVED',
    notAcceptedReason: null,
    notAcceptedText: null,
    transferredToDepartmentId: null,
    transferredToAgencyId: null,
    transferredAt: null,
    transferResult: null,
    outcome: null,
    findings: null,
    replyText: null,
    handledAt: null,
    closedAt: null,
    sourceApplicationId: filing.sourceApplicationId ?? null,
    handlerId: staffIdOf(context),
    createdAt: now,
    updatedAt: now,
  });
  await manager.save(complaint);
  const cipher = sealComplaintData(fieldEncryption, id, filing.sealed);
  await manager.insert(ComplaintSealedRecord, { complaintId: id, cipher, createdAt: now });
  // The audit row shows that a sealed record was written, classified SECRET: never its content.
  recordChange(context, 'Complaint', id, null, { ...complaint, sealed: cipher });

  const by = deadlineActorOf(context);
  const title = complaintCaseTitle(caseNumber);
  const acceptance = await startCaseDeadline(manager, by, {
    kind: 'COMPLAINT_ACCEPTANCE_NOTICE',
    caseId: id,
    title,
    startDate: receivedDate,
  });
  await startCaseDeadline(manager, by, {
    kind: 'COMPLAINT_HANDLING',
    caseId: id,
    title,
    startDate: receivedDate,
  });
  await openTask(
    manager,
    clock,
    {
      kind: 'COMPLAINT_ACCEPTANCE_NOTICE',
      caseId: id,
      title,
      deadlineId: acceptance.id,
      actorId: by.actorId,
    },
    taskAuditOf(context),
  );

  let accessCode: string | null = null;
  if (filing.issueAccessCode) {
    const issued = await issueCitizenCode(manager, clock, 'COMPLAINT', id, caseNumber);
    recordChange(context, 'CitizenCode', issued.citizenCode.id, null, issued.citizenCode);
    accessCode = issued.accessCode;
  }
  return { complaint, accessCode };
}
