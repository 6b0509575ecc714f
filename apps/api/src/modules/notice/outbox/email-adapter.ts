import { createTransport } from 'nodemailer';
import { OutboxSendError, type OutboxAdapter } from './outbox-adapter.js';

export interface EmailAdapterOptions {
  /** smtp://user:pass@host:port or smtps://… (SMTP_URL). */
  url: string;
  /** The sender address (SMTP_FROM), e.g. "湖州市文化广电旅游局 <gk@example.gov.cn>". */
  from: string;
  timeoutMs?: number;
}

/** E-mail through the bureau's SMTP server (nodemailer), one connection per message. */
export function createEmailAdapter(options: EmailAdapterOptions): OutboxAdapter {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const transport = createTransport({
    url: options.url,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    logger: false,
    debug: false,
  });
  return {
    channel: 'EMAIL',
    async send(message) {
      try {
        const info = await transport.sendMail({ from: options.from, to: message.to, subject: message.subject, text: message.text });
        return { providerMessageId: String(info.messageId ?? '').slice(0, 200) };
      } catch (error) {
        throw new OutboxSendError(emailFailure(error));
      }
    },
  };
}

/** The SMTP reply code or error class only: server messages quote the recipient. */
function emailFailure(error: unknown): string {
  const { responseCode, code } = (error ?? {}) as { responseCode?: unknown; code?: unknown };
  if (typeof responseCode === 'number') return `邮件服务器拒绝（SMTP ${responseCode}）`;
  if (typeof code === 'string' && /^[A-Z_]{2,32}$/.test(code)) return `邮件发送失败（${code}）`;
  return '邮件发送失败';
}
