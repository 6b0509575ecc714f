import { OutboxSendError, type OutboxAdapter } from './outbox-adapter.js';

export interface SmsAdapterOptions {
  /** The gateway's send endpoint (SMS_GATEWAY_URL). */
  url: string;
  /** Sent as `Authorization: Bearer …` (SMS_GATEWAY_TOKEN). */
  token: string;
  timeoutMs?: number;
}

/**
 * SMS through the bureau's HTTP gateway: POST `{ to, text }` as JSON with a bearer token; a 2xx answer
 * with a JSON `{ id }` is accepted, anything else is a failure to retry.
 */
export function createSmsAdapter(options: SmsAdapterOptions): OutboxAdapter {
  const timeoutMs = options.timeoutMs ?? 15_000;
  return {
    channel: 'SMS',
    async send(message) {
      let response: Response;
      try {
        response = await fetch(options.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json; charset=utf-8',
            accept: 'application/json',
            authorization: `Bearer ${options.token}`,
          },
          body: JSON.stringify({ to: message.to, text: `${message.subject}：${message.text}` }),
          signal: AbortSignal.timeout(timeoutMs),
          redirect: 'error',
        });
      } catch (error) {
        const name = (error as { name?: unknown }).name;
        const code = (error as { cause?: { code?: unknown } }).cause?.code;
        if (name === 'TimeoutError') throw new OutboxSendError('短信网关无应答（超时）');
        throw new OutboxSendError(typeof code === 'string' && /^[A-Z_]{2,32}$/.test(code) ? `无法连接短信网关（${code}）` : '无法连接短信网关');
      }
      if (response.status < 200 || response.status >= 300) {
        await response.body?.cancel().catch(() => undefined);
        throw new OutboxSendError(`短信网关返回 HTTP ${response.status}`);
      }
      const answer = (await response.json().catch(() => null)) as { id?: unknown } | null;
      const id = answer?.id;
      if ((typeof id !== 'string' && typeof id !== 'number') || String(id).length === 0) {
        throw new OutboxSendError('短信网关应答无法识别（缺少 id）');
      }
      return { providerMessageId: String(id).slice(0, 200) };
    },
  };
}
