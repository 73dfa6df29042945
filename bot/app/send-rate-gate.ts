/**
 * Pacing of proactive messages to Teams' limits, in process: at most `max` sends in any `windowMs`,
 * per conversation and per tenant (sliding windows, checked against the times of earlier sends).
 * A send waits until it breaks no window of its conversation nor of its tenant, so a fan-out runs at
 * the pace the limits allow instead of hitting them and backing off.
 */

export interface RateWindow {
  readonly windowMs: number;
  readonly max: number;
}

/** Teams, per bot and conversation: 7 per second, 60 per 30 seconds, 1800 per hour. */
export const TEAMS_CONVERSATION_WINDOWS: readonly RateWindow[] = [
  { windowMs: 1_000, max: 7 },
  { windowMs: 30_000, max: 60 },
  { windowMs: 3_600_000, max: 1_800 },
];

/** Teams, per bot and tenant: about 50 requests per second across all its conversations. */
export const TEAMS_TENANT_WINDOWS: readonly RateWindow[] = [{ windowMs: 1_000, max: 50 }];

export interface SendRateGateOptions {
  readonly conversation: readonly RateWindow[];
  readonly tenant: readonly RateWindow[];
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Added to every window for timer imprecision (default 5 ms). Network jitter needs none: a send counts from when Teams answered. */
  readonly marginMs?: number;
}

/** Send times of one key (conversation or tenant), oldest first, and a pause after a 429. */
export class SendLog {
  readonly times: number[] = [];
  pausedUntil = 0;

  /** The earliest instant one more send keeps every window (each `margin` longer) within its max. */
  earliest(windows: readonly RateWindow[], margin: number): number {
    let at = this.pausedUntil;
    const n = this.times.length;
    for (const w of windows) if (n >= w.max) at = Math.max(at, this.times[n - w.max]! + w.windowMs + margin);
    return at;
  }

  /** A send recorded at `from` was answered at `to`: count it from then (it reached Teams in between). */
  restamp(from: number, to: number): void {
    const i = this.times.lastIndexOf(from);
    if (i < 0) return;
    this.times.splice(i, 1);
    let j = this.times.length;
    while (j > 0 && this.times[j - 1]! > to) j--;
    this.times.splice(j, 0, to);
  }

  prune(before: number): void {
    let drop = 0;
    while (drop < this.times.length && this.times[drop]! < before) drop++;
    if (drop > 0) this.times.splice(0, drop);
  }
}

export class SendRateGate {
  readonly #o: Required<SendRateGateOptions>;
  readonly #conversations = new Map<string, SendLog>();
  readonly #tenants = new Map<string, SendLog>();
  readonly #horizon: number;

  constructor(options: SendRateGateOptions) {
    this.#o = { now: Date.now, sleep: (ms) => new Promise((done) => setTimeout(done, ms)), marginMs: 5, ...options };
    this.#horizon = Math.max(0, ...options.conversation.map((w) => w.windowMs), ...options.tenant.map((w) => w.windowMs)) + this.#o.marginMs;
  }

  /**
   * Waits for a slot for one message to `conversationId` in `tenantId`, and takes it. Call the returned
   * function when Teams has answered: the send then counts from that instant, since it arrived at Teams
   * somewhere between the two (a burst sent together does not arrive together).
   */
  async take(tenantId: string, conversationId: string): Promise<() => void> {
    const conversation = this.#log(this.#conversations, conversationId);
    const tenant = this.#log(this.#tenants, tenantId);
    for (;;) {
      const now = this.#o.now();
      const at = Math.max(conversation.earliest(this.#o.conversation, this.#o.marginMs), tenant.earliest(this.#o.tenant, this.#o.marginMs));
      if (at <= now) {
        // Checked and recorded without awaiting in between: concurrent senders never over-book.
        conversation.times.push(now);
        tenant.times.push(now);
        this.#forgetOld(now);
        return () => {
          const answered = this.#o.now();
          conversation.restamp(now, answered);
          tenant.restamp(now, answered);
        };
      }
      await this.#o.sleep(at - now);
    }
  }

  /**
   * When one more message to this conversation keeps its windows (ms; at or before now: at once). The
   * tenant's windows are left out: they free up within a second, a busy conversation can take minutes.
   * Delivery lanes use it to work on other conversations meanwhile instead of waiting in line.
   */
  conversationReadyAt(conversationId: string): number {
    const log = this.#conversations.get(conversationId);
    return log ? log.earliest(this.#o.conversation, this.#o.marginMs) : 0;
  }

  /** How long (ms, on this gate's own clock) until one more message to this conversation may go; 0: now. */
  conversationWaitMs(conversationId: string): number {
    return Math.max(0, this.conversationReadyAt(conversationId) - this.#o.now());
  }

  /** Teams answered 429: nothing more to that conversation (or, without one, the tenant) for `ms`. */
  pause(tenantId: string, conversationId: string | undefined, ms: number): void {
    const log = conversationId === undefined ? this.#log(this.#tenants, tenantId) : this.#log(this.#conversations, conversationId);
    log.pausedUntil = Math.max(log.pausedUntil, this.#o.now() + ms);
  }

  /** Keys tracked (for tests of memory bounds). */
  get size(): number {
    return this.#conversations.size + this.#tenants.size;
  }

  #log(map: Map<string, SendLog>, key: string): SendLog {
    let log = map.get(key);
    if (!log) {
      log = new SendLog();
      map.set(key, log);
    }
    return log;
  }

  #lastPrune = 0;

  /** Drops send times older than the longest window, and keys with nothing left to remember. */
  #forgetOld(now: number): void {
    if (now - this.#lastPrune < 1_000) return;
    this.#lastPrune = now;
    for (const map of [this.#conversations, this.#tenants]) {
      for (const [key, log] of map) {
        log.prune(now - this.#horizon);
        if (log.times.length === 0 && log.pausedUntil <= now) map.delete(key);
      }
    }
  }
}

/**
 * The earliest time (ms after the first send at 0) at which the `count`-th message can go out under
 * these windows: the floor any sender's total time is measured against (1000 messages at 50/s: 19 000).
 */
export function minimumDeliveryMs(count: number, windows: readonly RateWindow[]): number {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    let at = 0;
    for (const w of windows) if (i >= w.max) at = Math.max(at, times[i - w.max]! + w.windowMs);
    times.push(at);
  }
  return times.at(-1) ?? 0;
}
