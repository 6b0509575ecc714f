import { OUTBOX_MAX_ATTEMPTS, outboxRetryDelayMinutes, type OutboxState } from '@gdp/domain';
import type { AppServices } from '../../../services.js';
import { Notice } from '../notice.entity.js';
import { OutboxMessage } from '../outbox-message.entity.js';
import { OutboxSendError } from '../outbox/outbox-adapter.js';
import { noticeAddressAad } from './record-notice.js';

/**
 * How long a claimed message is left to its sender before another run may take it again. Sends time out
 * well within it; a process that dies mid-send leaves the message due again afterwards (at-least-once).
 */
export const OUTBOX_SEND_LEASE_MINUTES = 10;

export interface OutboxDeliverySummary {
  [key: string]: number;
  claimed: number;
  sent: number;
  retrying: number;
  failed: number;
}

type SendOutcome =
  | { ok: true; providerMessageId: string }
  | { ok: false; reason: string; permanent: boolean };

const addMinutes = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);

/**
 * Sends due PENDING messages, at most `limit`. Messages are claimed in a short transaction
 * (`FOR UPDATE SKIP LOCKED`: replicas running at once take different messages) and sent outside it — a
 * slow SMTP server never holds a database connection. A failure is retried with growing delays up to
 * OUTBOX_MAX_ATTEMPTS tries, then the message is FAILED for a person to look at. Logs name the message,
 * channel and state only — never the address or the text.
 */
export async function deliverPendingOutbox(services: AppServices, limit = 20): Promise<OutboxDeliverySummary> {
  const { dataSource } = services.db;
  const now = services.clock.now();
  const claimed = await dataSource.transaction(async (manager) => {
    const due = await manager
      .getRepository(OutboxMessage)
      .createQueryBuilder('message')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where('message.state = :state', { state: 'PENDING' })
      .andWhere('message.nextAttemptAt <= :now', { now })
      .orderBy('message.nextAttemptAt', 'ASC')
      .addOrderBy('message.id', 'ASC')
      .limit(Math.max(1, Math.min(limit, 500)))
      .getMany();
    if (due.length === 0) return due;
    const leaseEnd = addMinutes(now, OUTBOX_SEND_LEASE_MINUTES);
    await manager
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({ attempts: () => 'attempts + 1', nextAttemptAt: leaseEnd })
      .whereInIds(due.map((message) => message.id))
      .execute();
    for (const message of due) {
      message.attempts += 1;
      message.nextAttemptAt = leaseEnd;
      message.version += 1;
    }
    return due;
  });

  const summary: OutboxDeliverySummary = { claimed: claimed.length, sent: 0, retrying: 0, failed: 0 };
  for (const message of claimed) {
    const outcome = await sendOne(services, message);
    const state = await recordOutcome(services, message, outcome);
    if (state === 'SENT') summary.sent += 1;
    else if (state === 'FAILED') summary.failed += 1;
    else if (state === 'PENDING') summary.retrying += 1;
  }
  return summary;
}

async function sendOne(services: AppServices, message: OutboxMessage): Promise<SendOutcome> {
  const adapter = services.outbox[message.channel];
  if (!adapter) {
    return { ok: false, permanent: true, reason: message.channel === 'SMS' ? '未配置短信网关' : '未配置邮件服务器' };
  }
  const notice = await services.db.dataSource.manager.findOne(Notice, {
    where: { id: message.noticeId },
    select: { id: true, subject: true, content: true, contactAddressCipher: true },
  });
  if (!notice?.contactAddressCipher) return { ok: false, permanent: true, reason: '告知记录缺少联系地址' };
  let to: string;
  try {
    to = services.fieldEncryption.decrypt(notice.contactAddressCipher, noticeAddressAad(notice.id));
  } catch {
    return { ok: false, permanent: true, reason: '联系地址无法解密（密钥缺失或数据被改动）' };
  }
  try {
    const { providerMessageId } = await adapter.send({ to, subject: notice.subject, text: notice.content });
    return { ok: true, providerMessageId };
  } catch (error) {
    // Anything else than the adapters' own errors may quote the recipient: only its class is kept.
    const reason = error instanceof OutboxSendError ? error.reason : `发送失败（${(error as Error)?.name ?? '未知错误'}）`;
    return { ok: false, permanent: false, reason };
  }
}

/** Writes the outcome unless the message changed meanwhile (its lease ran out and another run took it). */
async function recordOutcome(services: AppServices, message: OutboxMessage, outcome: SendOutcome): Promise<OutboxState | null> {
  const at = services.clock.now();
  const exhausted = !outcome.ok && (outcome.permanent || message.attempts >= OUTBOX_MAX_ATTEMPTS);
  const values: Partial<OutboxMessage> = outcome.ok
    ? { state: 'SENT', sentAt: at, providerMessageId: outcome.providerMessageId || null, lastError: null, nextAttemptAt: null }
    : exhausted
      ? { state: 'FAILED', lastError: outcome.reason.slice(0, 200), nextAttemptAt: null }
      : {
          state: 'PENDING',
          lastError: outcome.reason.slice(0, 200),
          nextAttemptAt: addMinutes(at, outboxRetryDelayMinutes(message.attempts)),
        };
  const result = await services.db.dataSource
    .createQueryBuilder()
    .update(OutboxMessage)
    .set(values)
    .where('id = :id AND version = :version', { id: message.id, version: message.version })
    .execute();
  const log = { outboxMessageId: message.id, channel: message.channel, state: values.state, attempts: message.attempts };
  if (result.affected === 0) {
    services.logger.warn(log, '发送队列消息在发送期间已被改动，本次结果未记录');
    return null;
  }
  services.logger.info(log, '发送队列消息已处理');
  return values.state ?? null;
}
