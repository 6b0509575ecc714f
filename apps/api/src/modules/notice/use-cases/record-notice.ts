import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badInput, isOutboxChannel, maskContactAddress, noticeInputSchema } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import type { AppServices } from '../../../services.js';
import { diffRecords, type AuditChange } from '../../../shared/audit/audit-diff.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { markDeadlineMetByNotice } from '../../deadline/deadline.service.js';
import { Notice } from '../notice.entity.js';
import { OutboxMessage } from '../outbox-message.entity.js';

/** Associated data of a notice's encrypted address: the ciphertext opens only on its own row and field. */
export const noticeAddressAad = (noticeId: string): string => `notice:${noticeId}:contactAddress`;

export interface RecordNoticeOptions {
  /** The running mutation's audit changes: the notice (and its outbox message) are added, masked. */
  changes?: AuditChange[];
}

export interface RecordedNotice {
  notice: Notice;
  /** The queued SMS / e-mail, or null (in-system and recorded channels, or the channel is not configured). */
  outboxMessage: OutboxMessage | null;
}

/**
 * Records that someone outside the system was told (SPEC §2.3a), inside the caller's transaction:
 * validates, stores the notice with its contact address encrypted, queues it for sending when the channel
 * is SMS / e-mail and that sender is configured (otherwise the notice is still recorded and read through
 * the person's code), and — with `deadlineId` — meets that "tell X within N working days" deadline now.
 * `senderId` is the member of staff, or null when the system itself tells.
 */
export async function recordNotice(
  manager: EntityManager,
  services: Pick<AppServices, 'clock' | 'fieldEncryption' | 'outbox'>,
  senderId: string | null,
  rawInput: unknown,
  options: RecordNoticeOptions = {},
): Promise<RecordedNotice> {
  const input = parseInput(noticeInputSchema, rawInput);
  const now = services.clock.now();
  const id = randomUUID();
  const address = input.contactAddress;
  const notice = manager.create(Notice, {
    id,
    caseKind: input.caseKind,
    caseId: input.caseId,
    recipientKind: input.recipientKind,
    recipientRef: input.recipientRef,
    channel: input.channel,
    contactAddressCipher: address ? services.fieldEncryption.encrypt(address, noticeAddressAad(id)) : null,
    contactAddressMasked: address ? maskContactAddress(input.channel, address) : null,
    subject: input.subject,
    content: input.content,
    sentAt: now,
    senderId,
    proof: input.proof,
    deadlineId: input.deadlineId,
    createdAt: now,
  });
  await manager.insert(Notice, notice);
  options.changes?.push(diffRecords('Notice', id, null, { ...notice }));

  let outboxMessage: OutboxMessage | null = null;
  if (isOutboxChannel(input.channel) && services.outbox[input.channel]) {
    outboxMessage = manager.create(OutboxMessage, {
      noticeId: id,
      channel: input.channel,
      state: 'PENDING',
      attempts: 0,
      nextAttemptAt: now,
      lastError: null,
      sentAt: null,
      providerMessageId: null,
      createdAt: now,
    });
    await manager.save(outboxMessage);
    options.changes?.push(diffRecords('OutboxMessage', outboxMessage.id, null, { ...outboxMessage }));
    outboxMessage.caseKind = input.caseKind;
  }

  if (input.deadlineId) {
    const deadline = await markDeadlineMetByNotice(manager, services, input.deadlineId, id, now, senderId);
    // The whole transaction rolls back: a notice in one case never closes another case's deadline.
    if (deadline.caseKind !== input.caseKind || deadline.caseId !== input.caseId) {
      throw badInput('NOTICE.DEADLINE_OF_OTHER_CASE', '该办理时限不属于此案件', { deadlineId: ['该办理时限不属于此案件'] });
    }
  }
  return { notice, outboxMessage };
}

/** recordNotice from a root mutation: its transaction, its audit record, the signed-in member of staff as sender. */
export function recordNoticeInMutation(context: RequestContext, rawInput: unknown): Promise<RecordedNotice> {
  const scope = requireMutationScope(context);
  const senderId = context.actor.kind === 'staff' ? context.actor.userId : null;
  return recordNotice(scope.manager, context.services, senderId, rawInput, { changes: scope.changes });
}
