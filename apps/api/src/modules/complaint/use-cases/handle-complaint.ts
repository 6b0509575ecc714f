import {
  assertNoIdentityIn,
  badInput,
  handleComplaintSchema,
  isReplyRequired,
  type FieldErrors,
} from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { staffIdOf } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { cancelCaseDeadline, markDeadlineMet, todayOf } from '../../deadline/deadline.service.js';
import { cancelTask, closeTask, openTask, taskAuditOf } from '../../task/index.js';
import type { Complaint } from '../complaint.entity.js';
import { hasLiveAccessCode } from '../complaint.queries.js';
import { assertActiveDepartments } from '../complaint.references.js';
import { loadSealedComplaint } from '../complaint.sealed.js';
import {
  beginComplaintStep,
  complaintCaseTitle,
  complaintDeadline,
  deadlineActorOf,
  finishComplaintStep,
  recordComplainantNotice,
} from '../complaint.steps.js';
import type { HandleComplaintInput } from '../complaint.types.js';
import { CorrectionOrder } from '../correction-order.entity.js';

/**
 * Decides a complaint within its handling deadline [seed §11-4]: the outcome and findings; the reply, told
 * to the complainant when they asked for one and can receive it; orders to correct for the departments at
 * fault [seed §11-2], each a task for that department's head due on the order's date.
 */
export async function handleComplaint(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: HandleComplaintInput,
): Promise<Complaint> {
  const input = parseInput(handleComplaintSchema, rawInput);
  const step = await beginComplaintStep(context, id, version, 'HANDLE');
  const { manager, complaint } = step;
  const { clock, fieldEncryption } = context.services;

  const today = todayOf(clock);
  const fields: FieldErrors = {};
  input.correctionOrders.forEach((order, index) => {
    if (order.dueDate < today) fields[`correctionOrders.${index}.dueDate`] = ['整改期限不能早于今天'];
  });
  const hasAccessCode = await hasLiveAccessCode(manager, id);
  if (!input.replyText && isReplyRequired({ ...complaint, hasAccessCode })) {
    fields.replyText = ['投诉举报人要求答复，请填写答复内容'];
  }
  const first = Object.values(fields)[0]?.[0];
  if (first) throw badInput('COMPLAINT.INVALID_HANDLING', first, fields);
  await assertActiveDepartments(
    manager,
    Object.fromEntries(
      input.correctionOrders.map((order, index) => [
        `correctionOrders.${index}.departmentId`,
        order.departmentId,
      ]),
    ),
  );
  const sealed = await loadSealedComplaint(manager, fieldEncryption, id);
  assertNoIdentityIn(
    {
      findings: input.findings,
      replyText: input.replyText,
      ...Object.fromEntries(
        input.correctionOrders.map((order, index) => [
          `correctionOrders.${index}.requirement`,
          order.requirement,
        ]),
      ),
    },
    sealed,
  );

  const by = deadlineActorOf(context);
  const audit = taskAuditOf(context);
  if (input.replyText) {
    await recordComplainantNotice(context, complaint, sealed, {
      channel: input.noticeChannel,
      subject: '投诉举报处理结果答复',
      content: input.replyText,
    });
  }
  const handling = await complaintDeadline(manager, 'COMPLAINT_HANDLING', id);
  if (handling?.state === 'OPEN') await markDeadlineMet(manager, by, handling.id);
  await closeTask(manager, clock, { kind: 'COMPLAINT_HANDLING', caseId: id }, by.actorId, audit);
  // Decided without the transfer that was planned: its clock no longer matters.
  const transfer = await complaintDeadline(manager, 'COMPLAINT_TRANSFER', id);
  if (transfer?.state === 'OPEN')
    await cancelCaseDeadline(manager, by, transfer.id, '未转办，已直接作出处理');
  await cancelTask(manager, clock, { kind: 'COMPLAINT_TRANSFER', caseId: id }, by.actorId, audit);

  const now = clock.now();
  for (const orderInput of input.correctionOrders) {
    const order = manager.create(CorrectionOrder, {
      complaintId: id,
      departmentId: orderInput.departmentId,
      requirement: orderInput.requirement,
      dueDate: orderInput.dueDate,
      state: 'ORDERED',
      reportText: null,
      reportedAt: null,
      reportedById: null,
      verifiedAt: null,
      verifiedById: null,
      createdAt: now,
      updatedAt: now,
    });
    await manager.save(order);
    recordChange(context, 'CorrectionOrder', order.id, null, order);
    await openTask(
      manager,
      clock,
      {
        kind: 'CORRECTION_ORDER',
        caseId: order.id,
        title: `${complaintCaseTitle(complaint.caseNumber)} 责令改正`,
        departmentId: order.departmentId,
        dueDate: order.dueDate,
        actorId: by.actorId,
      },
      audit,
    );
  }

  complaint.outcome = input.outcome;
  complaint.findings = input.findings;
  complaint.replyText = input.replyText ?? null;
  complaint.handledAt = now;
  complaint.handlerId = staffIdOf(context) ?? complaint.handlerId;
  return finishComplaintStep(context, step);
}
