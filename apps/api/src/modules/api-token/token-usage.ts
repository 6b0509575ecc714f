import type { DataSource } from 'typeorm';
import type { Logger } from '../../logger.js';

type Kind = 'read' | 'write';

const minuteOf = (date: Date) => new Date(Math.floor(date.getTime() / 60_000) * 60_000);

/**
 * Counts requests per token per minute in memory and adds them to the database in batches: a full audit
 * row per public read would cost more than the read (SPEC §2.1). Each replica flushes its own counts;
 * the upsert adds them up. Also enforces each token's per-minute limit on this replica.
 */
export class TokenUsageCounter {
  private pending = new Map<string, { tokenId: string; minute: Date; reads: number; writes: number }>();
  private window = new Map<string, { minute: number; count: number }>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: () => DataSource,
    private readonly logger: Logger,
  ) {}

  count(tokenId: string, kind: Kind, now: Date): void {
    const minute = minuteOf(now);
    const key = `${tokenId}|${minute.getTime()}`;
    const entry = this.pending.get(key) ?? { tokenId, minute, reads: 0, writes: 0 };
    if (kind === 'read') entry.reads += 1;
    else entry.writes += 1;
    this.pending.set(key, entry);
  }

  /** True when the token may make one more request this minute on this replica. */
  tryConsume(tokenId: string, limitPerMinute: number, now: Date): boolean {
    const minute = minuteOf(now).getTime();
    const entry = this.window.get(tokenId);
    if (!entry || entry.minute !== minute) {
      this.window.set(tokenId, { minute, count: 1 });
      return true;
    }
    if (entry.count >= limitPerMinute) return false;
    entry.count += 1;
    return true;
  }

  start(intervalMs = 10_000): void {
    this.timer = setInterval(() => void this.flush(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    try {
      await this.dataSource().query(
        `INSERT INTO api_token_usage (token_id, minute, reads, writes)
         SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::int[], $4::int[])
         ON CONFLICT (token_id, minute) DO UPDATE
           SET reads = api_token_usage.reads + excluded.reads, writes = api_token_usage.writes + excluded.writes`,
        [batch.map((row) => row.tokenId), batch.map((row) => row.minute), batch.map((row) => row.reads), batch.map((row) => row.writes)],
      );
      await this.dataSource().query(
        `UPDATE api_token t SET last_used_at = u.last FROM (
           SELECT token_id, max(minute) AS last FROM unnest($1::uuid[], $2::timestamptz[]) AS x(token_id, minute) GROUP BY token_id
         ) u WHERE t.id = u.token_id AND (t.last_used_at IS NULL OR t.last_used_at < u.last)`,
        [batch.map((row) => row.tokenId), batch.map((row) => row.minute)],
      );
    } catch (error) {
      // Counts are statistics: keep them for the next flush rather than fail a request.
      for (const row of batch) {
        const key = `${row.tokenId}|${row.minute.getTime()}`;
        const entry = this.pending.get(key) ?? { ...row, reads: 0, writes: 0 };
        entry.reads += row.reads;
        entry.writes += row.writes;
        this.pending.set(key, entry);
      }
      this.logger.warn({ err: error }, 'token usage flush failed; will retry');
    }
  }
}
