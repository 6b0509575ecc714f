import {
  SETTLEMENT_DECISION_LABELS,
  SETTLING_BODY_LABELS,
  consultationTaskKindOf,
  isConsultationOpen,
  type ConsultationCommand,
} from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { staffIdOf } from '../../../context.js';
import { Deadline } from '../../deadline/deadline.entity.js';
import { cancelCaseDeadline, markDeadlineMet, todayOf } from '../../deadline/deadline.service.js';
import { ExternalAgency } from '../../external-agency/external-agency.entity.js';
import { cancelTask, closeTask, taskAuditOf, Task } from '../../task/index.js';
import { notifyStaff } from '../../task/task.notifications.js';
import { eligibleHandlers } from '../../task/task.recipients.js';
import type { Consultation } from '../consultation.entity.js';
import {
  beginConsultationStep,
  deadlineActorOf,
  finishConsultationStep,
  type ConsultationStep,
} from '../consultation.steps.js';
import { notifyConsultationEnded } from '../consultation.listeners.js';
import { recordAgencyLetter } from './agency-letters.js';

/**
 * One step of a consultation (SPEC M4) with what it does besides the state: an answer meets the reply
 * deadline and closes the task; a settlement or a withdrawal ends them; a reminder is sent to the agency
 * in writing or, for a co-department, put again before its head.
 */
export async function applyConsultationStep(
  context: RequestContext,
  id: string,
  version: number,
  command: ConsultationCommand,
): Promise<Consultation> {
  const step = await beginConsultationStep(context, id, version, command);
  const { consultation, transition } = step;
  const now = context.services.clock.now();
  if (transition.reply) {
    consultation.replyAgrees = transition.reply.agrees;
    consultation.replyText = transition.reply.text;
    consultation.repliedOn = transition.reply.repliedOn;
    consultation.answeredById = staffIdOf(context);
    consultation.answeredAt = now;
  }
  if (transition.settlement) {
    consultation.settlementBody = transition.settlement.body;
    consultation.settlementDecision = transition.settlement.decision;
    consultation.settlementReference = transition.settlement.reference;
    consultation.settlementSummary = transition.settlement.summary;
    transition.note = `${SETTLING_BODY_LABELS[transition.settlement.body]}${SETTLEMENT_DECISION_LABELS[transition.settlement.decision]}（${transition.settlement.reference}）`;
  }
  switch (transition.action) {
    case 'RECORD_REPLY':
    case 'CONSENT':
    case 'REFUSE':
      await endConsultationClock(context, step, 'MET');
      break;
    case 'SETTLE':
      await endConsultationClock(context, step, 'MET');
      break;
    case 'WITHDRAW':
      await endConsultationClock(context, step, 'CANCELLED', transition.note ?? '撤回');
      break;
    case 'LAPSE':
      await endConsultationClock(context, step, 'LAPSED', transition.note ?? '逾期未答复');
      break;
    case 'REMIND':
      await remind(context, step, transition.note as string);
      break;
    default:
      break;
  }
  const finished = await finishConsultationStep(context, step);
  if (
    isConsultationOpen(step.before.use, step.before.state) &&
    !isConsultationOpen(finished.use, finished.state)
  ) {
    await notifyConsultationEnded(
      context,
      step.manager,
      finished,
      transition.reply?.repliedOn ?? todayOf(context.services.clock),
    );
  }
  return finished;
}

/**
 * The reply deadline and the task end with the answer, a settlement or a withdrawal (once). A lapse
 * (silence past the period) cancels the deadline, since nobody answered, but the task is done.
 */
export async function endConsultationClock(
  context: RequestContext,
  step: Pick<ConsultationStep, 'manager' | 'consultation'>,
  how: 'MET' | 'CANCELLED' | 'LAPSED',
  reason = '',
): Promise<void> {
  const { manager, consultation } = step;
  const by = deadlineActorOf(context);
  const deadline = consultation.deadlineId
    ? await manager.findOneBy(Deadline, { id: consultation.deadlineId })
    : null;
  if (deadline?.state === 'OPEN') {
    if (how === 'MET') await markDeadlineMet(manager, by, deadline.id);
    else await cancelCaseDeadline(manager, by, deadline.id, reason);
  }
  const target = { kind: consultationTaskKindOf(consultation.use), caseId: consultation.id };
  if (how === 'CANCELLED')
    await cancelTask(manager, context.services.clock, target, by.actorId, taskAuditOf(context));
  else await closeTask(manager, context.services.clock, target, by.actorId, taskAuditOf(context));
}

async function remind(context: RequestContext, step: ConsultationStep, note: string): Promise<void> {
  const { manager, consultation, document } = step;
  if (consultation.consulteeAgencyId) {
    const agency = await manager.findOneByOrFail(ExternalAgency, { id: consultation.consulteeAgencyId });
    await recordAgencyLetter(context, consultation, agency, {
      subject: `征求意见催告函：${document?.title ?? consultation.basicFacts.slice(0, 50)}`,
      content: note,
    });
    return;
  }
  const task = await manager.findOneBy(Task, {
    kind: consultationTaskKindOf(consultation.use),
    caseId: consultation.id,
    state: 'OPEN',
  });
  if (!task) return;
  const now = context.services.clock.now();
  const today = todayOf(context.services.clock);
  const recipients = task.assigneeId
    ? [task.assigneeId]
    : await eligibleHandlers(manager, task.kind, task.departmentId);
  const kind = task.dueDate && task.dueDate < today ? 'TASK_OVERDUE' : 'TASK_DUE_SOON';
  await notifyStaff(manager, recipients, task, kind, today, now, 'RESURFACE');
}
