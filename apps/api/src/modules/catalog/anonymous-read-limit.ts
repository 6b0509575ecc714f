const minuteOf = (now: Date): number => Math.floor(now.getTime() / 60_000);

/**
 * Requests per client IP per minute for callers without a credential (ANONYMOUS_PUBLIC_READ), in memory
 * on this replica like the tokens' limits. Only the current minute is kept, so the map holds at most the
 * addresses seen in one minute.
 */
export class AnonymousReadLimiter {
  private minute = -1;
  private counts = new Map<string, number>();

  /** True when this address may make one more request this minute. */
  tryConsume(ip: string, limitPerMinute: number, now: Date): boolean {
    const minute = minuteOf(now);
    if (minute !== this.minute) {
      this.minute = minute;
      this.counts = new Map();
    }
    const count = this.counts.get(ip) ?? 0;
    if (count >= limitPerMinute) return false;
    this.counts.set(ip, count + 1);
    return true;
  }
}
