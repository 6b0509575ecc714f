import type { OutboxChannel } from '@gdp/domain';
import type { AppConfig } from '../../../config.js';
import { createEmailAdapter } from './email-adapter.js';
import { createSmsAdapter } from './sms-adapter.js';

/** One message as an adapter sends it: the decrypted address, the notice's subject and text. */
export interface OutboxSendRequest {
  to: string;
  subject: string;
  text: string;
}

/** Sends one channel's messages (the bureau's SMTP server, its SMS gateway). */
export interface OutboxAdapter {
  readonly channel: OutboxChannel;
  send(message: OutboxSendRequest): Promise<{ providerMessageId: string }>;
}

/**
 * A refused or failed send. `reason` is short, zh-CN and free of the address and text (providers echo
 * recipients in their errors): it is what the outbox row, the console and the logs may show.
 */
export class OutboxSendError extends Error {
  override readonly name = 'OutboxSendError';
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** The configured adapters by channel; a channel without one is not sent (its notices stay in the system). */
export type OutboxAdapters = Partial<Record<OutboxChannel, OutboxAdapter>>;

export function createOutboxAdapters(
  config: Pick<AppConfig, 'smtpUrl' | 'smtpFrom' | 'smsGatewayUrl' | 'smsGatewayToken'>,
): OutboxAdapters {
  const adapters: OutboxAdapters = {};
  if (config.smtpUrl && config.smtpFrom) adapters.EMAIL = createEmailAdapter({ url: config.smtpUrl, from: config.smtpFrom });
  if (config.smsGatewayUrl && config.smsGatewayToken) {
    adapters.SMS = createSmsAdapter({ url: config.smsGatewayUrl, token: config.smsGatewayToken });
  }
  return adapters;
}
