import type { RequestContext } from '../../context.js';
import { requireMutationScope, staffIdOf } from '../../context.js';
import { Deadline } from '../deadline/deadline.entity.js';
import {
  cancelCaseDeadline,
  markDeadlineMet,
  startCaseDeadlineAnew,
  type DeadlineActor,
} from '../deadline/deadline.service.js';
import { cancelTask, closeTask, openTask, taskAuditOf } from '../task/index.js';
import type { Document } from './document.entity.js';

/**
 * 条例 art. 26: proactive information is published within 20 working days of its forming (签发) or change
 * (a correction, a re-determination as 主动公开). One clock per document, started anew at each change; its
 * task waits in the department's queue and its standing shows on the deadline dashboard.
 */
const actorOf = (context: RequestContext): DeadlineActor => ({
  clock: context.services.clock,
  actorId: staffIdOf(context),
});

export async function startPublicationClock(
  context: RequestContext,
  document: Document,
  reason: string,
  startDate?: string,
): Promise<void> {
  const { manager } = requireMutationScope(context);
  const title = `主动公开：${document.title}`.slice(0, 200);
  const deadline = await startCaseDeadlineAnew(manager, actorOf(context), {
    kind: 'PROACTIVE_PUBLICATION',
    caseId: document.id,
    title,
    departmentId: document.departmentId,
    startDate,
    reason,
  });
  await openTask(
    manager,
    context.services.clock,
    {
      kind: 'PROACTIVE_PUBLICATION',
      caseId: document.id,
      title,
      departmentId: document.departmentId,
      deadlineId: deadline.id,
      actorId: staffIdOf(context),
    },
    taskAuditOf(context),
  );
}

/** Published: the clock is met. Withheld or no longer 主动公开: the clock is withdrawn with its reason. */
export async function closePublicationClock(
  context: RequestContext,
  documentId: string,
  outcome: { met: true } | { met: false; reason: string },
): Promise<void> {
  const { manager } = requireMutationScope(context);
  const deadline = await manager.findOneBy(Deadline, { kind: 'PROACTIVE_PUBLICATION', caseId: documentId });
  const target = { kind: 'PROACTIVE_PUBLICATION' as const, caseId: documentId };
  const { clock } = context.services;
  if (outcome.met) {
    if (deadline?.state === 'OPEN') await markDeadlineMet(manager, actorOf(context), deadline.id);
    await closeTask(manager, clock, target, staffIdOf(context), taskAuditOf(context));
    return;
  }
  if (deadline?.state === 'OPEN')
    await cancelCaseDeadline(manager, actorOf(context), deadline.id, outcome.reason);
  await cancelTask(manager, clock, target, staffIdOf(context), taskAuditOf(context));
}
