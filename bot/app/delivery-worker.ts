import type { Engagement } from '../domain/engagement/engagement.ts';
import type { Handoff } from '../domain/handoff/handoff.ts';
import type { HandoffStore, OutboxItem } from '../storage/handoff-store.ts';
import type { EngagementService } from './engagement-service.ts';

/**
 * Teams, as the delivery worker needs it. Implemented by the Teams adapter; a failure throws
 * DeliveryError so the worker can tell throttling from a bad request.
 */
export interface HandoffPoster {
  /** Posts the handoff's card in the engagement's channel; returns the new activity id. */
  postCard(engagement: Engagement, handoff: Handoff): Promise<string>;
  /** Replaces the card in place. */
  updateCard(engagement: Engagement, handoff: Handoff, activityId: string): Promise<void>;
  /** A threaded reply under the card mentioning whom the escalation goes to. */
  postEscalation(engagement: Engagement, handoff: Handoff, activityId: string): Promise<void>;
}

/** A failed delivery: HTTP status from Teams (0 when it never answered) and its Retry-After, if any. */
export class DeliveryError extends Error {
  readonly status: number;
  readonly retryAfterMs?: number;

  constructor(message: string, status: number, retryAfterMs?: number) {
    super(message);
    this.name = 'DeliveryError';
    this.status = status;
    if (retryAfterMs !== undefined) this.retryAfterMs = retryAfterMs;
  }
}

/** 429, 412 and 5xx are worth retrying; other 4xx will not get better (the item is dropped and logged). */
export function isRetryable(status: number): boolean {
  return status === 0 || status === 408 || status === 412 || status === 429 || status >= 500;
}

/** Exponential backoff with full jitter: 1 s, 2 s, 4 s … capped at 5 min. */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(300_000, 1_000 * 2 ** Math.min(attempts, 12));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export interface DeliveryWorkerOptions {
  readonly store: HandoffStore;
  readonly engagements: EngagementService;
  readonly poster: HandoffPoster;
  /**
   * Wall-clock time for leases, backoff and Retry-After: delivery is real-world I/O, so it does not
   * follow the business clock that tests may hold still.
   */
  readonly now?: () => number;
  readonly onError: (err: unknown, item: OutboxItem) => void;
  /** How long a worker holds a delivery before another instance may take it over. */
  readonly leaseMs?: number;
  /** Sweep interval: finds work left by a restart, another instance, or a backoff that ended. */
  readonly sweepMs?: number;
  /** Deliveries in flight at once (Teams allows about 50 requests/s per app and tenant). */
  readonly concurrency?: number;
}

/**
 * Posts and updates handoff cards from the outbox. At-least-once towards storage, once towards
 * Teams: a delivery is leased (ETag) before it is sent, completed (ETag) after; a card is posted
 * only while the handoff has no activity id. On 429 every sender of this worker waits out
 * Retry-After together; 412 and 5xx back off with jitter; a restart resumes from the outbox.
 */
export class DeliveryWorker {
  readonly #o: Required<Omit<DeliveryWorkerOptions, 'onError'>> & Pick<DeliveryWorkerOptions, 'onError'>;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = false;
  /** Throttled by Teams: no sends before this instant (ms). */
  #pausedUntil = 0;
  readonly #inFlight = new Set<string>();

  constructor(options: DeliveryWorkerOptions) {
    this.#o = { leaseMs: 60_000, sweepMs: 5_000, concurrency: 8, now: Date.now, ...options };
  }

  start(): void {
    this.#stopped = false;
    this.#timer = setInterval(() => this.kick(), this.#o.sweepMs);
    this.#timer.unref();
    this.kick();
  }

  /** Runs a delivery pass now (or right after the current one). */
  kick(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = this.#pass()
      .catch(() => undefined)
      .finally(() => {
        this.#running = undefined;
        if (this.#again) {
          this.#again = false;
          this.kick();
        }
      });
  }

  /** Resolves when no pass is running (tests and shutdown). */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearInterval(this.#timer);
    await this.idle();
  }

  async #pass(): Promise<void> {
    const items = await this.#o.store.pendingDeliveries(new Date(this.#o.now()).toISOString());
    // Cards before escalation replies of the same handoff (a reply needs the card to thread under).
    items.sort((a, b) => (a.kind === 'card' ? 0 : 1) - (b.kind === 'card' ? 0 : 1));
    let next = 0;
    const lane = async () => {
      while (!this.#stopped) {
        const item = items[next++];
        if (!item) return;
        const key = `${item.engagementId}/${item.handoffId}`;
        if (this.#inFlight.has(key)) continue;
        this.#inFlight.add(key);
        try {
          await this.#deliver(item);
        } finally {
          this.#inFlight.delete(key);
        }
      }
    };
    await Promise.all(Array.from({ length: this.#o.concurrency }, lane));
  }

  async #deliver(candidate: OutboxItem): Promise<void> {
    const { store, now } = this.#o;
    const at = (ms: number) => new Date(now() + ms).toISOString();
    const item = await store.lease(candidate, at(this.#o.leaseMs));
    if (!item) return;
    try {
      const stored = await store.get(item.engagementId, item.handoffId);
      const engagement = await this.#o.engagements.get(item.engagementId);
      if (!stored || !engagement) {
        await store.complete(item);
        return;
      }
      await this.#waitOutThrottle();
      if (item.kind === 'card') {
        if (stored.activityId) await this.#o.poster.updateCard(engagement, stored.handoff, stored.activityId);
        else await store.recordActivityId(item.engagementId, item.handoffId, await this.#o.poster.postCard(engagement, stored.handoff));
      } else {
        // The reply threads under the card: wait until the card is out.
        if (!stored.activityId) {
          await store.retryLater(item, at(1_000));
          this.kick();
          return;
        }
        await this.#o.poster.postEscalation(engagement, stored.handoff, stored.activityId);
      }
      if (!(await store.complete(item))) this.kick();
    } catch (err) {
      const status = err instanceof DeliveryError ? err.status : 0;
      if (err instanceof DeliveryError && status === 429) {
        // Throttled: everyone waits, not just this delivery.
        this.#pausedUntil = Math.max(this.#pausedUntil, now() + (err.retryAfterMs ?? backoffMs(item.attempts)));
      }
      if (isRetryable(status)) {
        const wait = status === 429 && err instanceof DeliveryError && err.retryAfterMs !== undefined ? err.retryAfterMs : backoffMs(item.attempts);
        await store.retryLater(item, at(wait));
        setTimeout(() => this.kick(), wait).unref();
      } else {
        await store.complete(item);
      }
      this.#o.onError(err, item);
    }
  }

  async #waitOutThrottle(): Promise<void> {
    for (;;) {
      const wait = this.#pausedUntil - this.#o.now();
      if (wait <= 0) return;
      await new Promise((done) => setTimeout(done, Math.min(wait, 60_000)));
    }
  }
}
