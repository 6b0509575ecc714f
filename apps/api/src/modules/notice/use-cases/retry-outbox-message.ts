import { DomainError, outboxActionsFor, outboxTransition } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { loadForUpdate } from '../../../shared/persistence/versioned-update.js';
import { Notice } from '../notice.entity.js';
import { OutboxMessage } from '../outbox-message.entity.js';

/** Puts a FAILED message back in the queue with a fresh set of tries (the system administrator, SETTINGS_MANAGE). */
export async function retryOutboxMessage(context: RequestContext, id: string, version: number): Promise<OutboxMessage> {
  const { manager } = requireMutationScope(context);
  const message = await loadForUpdate(manager, OutboxMessage, id, version, '发送队列消息');
  const next = outboxTransition(message.state, 'RETRY');
  if (!next) {
    throw new DomainError('INVALID_TRANSITION', 'OUTBOX.NOT_FAILED', '只有发送失败的消息可以重新发送', {
      allowedActions: outboxActionsFor(message.state),
    });
  }
  const before = { ...message };
  message.state = next;
  message.attempts = 0;
  message.nextAttemptAt = context.services.clock.now();
  await manager.save(message);
  recordChange(context, 'OutboxMessage', id, before, message);
  const notice = await manager.findOne(Notice, { where: { id: message.noticeId }, select: { id: true, caseKind: true } });
  message.caseKind = notice?.caseKind;
  return message;
}
