/**
 * Per-engagement token bucket: `perMinute` alerts a minute on average, bursts up to that many.
 * Memory is bounded (idle buckets are dropped). Time comes from the caller.
 */
export class AlertRateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  readonly #maxKeys: number;

  constructor(maxKeys = 50_000) {
    this.#maxKeys = maxKeys;
  }

  /** Takes `count` tokens at once (all or none): one request carrying `count` alerts. */
  tryTake(key: string, nowMs: number, perMinute: number, count = 1): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const rate = perMinute / 60_000;
    const bucket = this.#buckets.get(key) ?? { tokens: perMinute, at: nowMs };
    bucket.tokens = Math.min(perMinute, bucket.tokens + Math.max(0, nowMs - bucket.at) * rate);
    bucket.at = nowMs;
    if (bucket.tokens < count) {
      this.#remember(key, bucket);
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((count - bucket.tokens) / rate / 1000)) };
    }
    bucket.tokens -= count;
    this.#remember(key, bucket);
    return { ok: true };
  }

  /** Re-inserts the key, so the Map's order is least recently used first and eviction drops an idle bucket. */
  #remember(key: string, bucket: { tokens: number; at: number }): void {
    this.#buckets.delete(key);
    if (this.#buckets.size >= this.#maxKeys) {
      const oldest = this.#buckets.keys().next().value;
      if (oldest !== undefined) this.#buckets.delete(oldest);
    }
    this.#buckets.set(key, bucket);
  }
}
