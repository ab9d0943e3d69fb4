/**
 * Per-token (or per-address) limit on checks: at most `perMinute` in any sliding minute. `take` answers 0 when the
 * request may go, else the seconds to wait (for Retry-After). In memory: one instance of the service.
 */
export class RateLimiter {
  private readonly seen = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): number {
    if (this.perMinute <= 0) return 0;
    const t = this.now();
    const recent = (this.seen.get(key) ?? []).filter((x) => t - x < 60_000);
    if (recent.length >= this.perMinute) {
      this.seen.set(key, recent);
      return Math.max(1, Math.ceil((recent[0]! + 60_000 - t) / 1000));
    }
    recent.push(t);
    this.seen.set(key, recent);
    // Forget quiet keys now and then, so that the map does not grow with every address ever seen.
    if (this.seen.size > 10_000) for (const [k, v] of this.seen) if (v.every((x) => t - x >= 60_000)) this.seen.delete(k);
    return 0;
  }
}
