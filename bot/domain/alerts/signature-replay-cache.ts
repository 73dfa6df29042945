/**
 * Signed alert requests already accepted, remembered for as long as their timestamp is within the
 * tolerance window, so the same signed body cannot be sent again inside it (a replay of a body
 * without a dedup key would open a new handoff each time).
 *
 * Only requests whose signature verified are remembered, so the cache grows with rightful traffic
 * (bounded further by the alert rate limits), never with an attacker's guesses. Time comes from the
 * caller. One instance remembers what it saw: with several instances behind a load balancer a replay
 * to another instance is caught there only by the dedup key.
 */
export class SignatureReplayCache {
  /** key → expiry (ms), in insertion order, which is nearly expiry order. */
  readonly #seen = new Map<string, number>();
  readonly #maxEntries: number;
  #replays = 0;

  constructor(maxEntries = 200_000) {
    this.#maxEntries = maxEntries;
  }

  /** True when `key` was already accepted and has not expired (a replay); otherwise remembers it until `expiresAtMs`. */
  checkAndRemember(key: string, expiresAtMs: number, nowMs: number): boolean {
    this.#dropExpired(nowMs);
    const until = this.#seen.get(key);
    if (until !== undefined && until > nowMs) {
      this.#replays += 1;
      return true;
    }
    if (this.#seen.size >= this.#maxEntries) {
      const oldest = this.#seen.keys().next().value;
      if (oldest !== undefined) this.#seen.delete(oldest);
    }
    this.#seen.set(key, expiresAtMs);
    return false;
  }

  /** Replays refused since start. */
  get replaysRefused(): number {
    return this.#replays;
  }

  get size(): number {
    return this.#seen.size;
  }

  #dropExpired(nowMs: number): void {
    for (const [key, until] of this.#seen) {
      if (until > nowMs) break;
      this.#seen.delete(key);
    }
  }
}
