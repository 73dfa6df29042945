import type { Engagement } from '../domain/engagement/engagement.ts';
import type { Handoff } from '../domain/handoff/handoff.ts';
import type { CommittedHandoff, HandoffStore, OutboxItem } from '../storage/handoff-store.ts';
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
  readonly onError: (err: unknown, item: OutboxItem) => void;
  /**
   * Wall-clock time for leases, backoff and Retry-After: delivery is real-world I/O, so it does not
   * follow the business clock that tests may hold still.
   */
  readonly now?: () => number;
  /** How long a worker holds a delivery before another instance may take it over. */
  readonly leaseMs?: number;
  /** Sweep interval: finds work left by a restart, another instance, or a backoff that ended. */
  readonly sweepMs?: number;
  /** Deliveries in flight at once (Teams allows about 50 requests/s per app and tenant). */
  readonly concurrency?: number;
}

/** One delivery to make, with the handoff as committed when this instance marked it (fast path). */
interface Work {
  readonly item: OutboxItem;
  readonly handoff?: Handoff;
}

/** Activity ids of recently posted cards remembered, so an update needs no read. */
const ACTIVITY_CACHE = 20_000;

/**
 * Posts and updates handoff cards from the outbox. Towards Teams, once: a delivery is leased (ETag)
 * before it is sent and completed (ETag) after, and a card is posted only while the handoff has no
 * activity id. Changes made by this instance are delivered at once from memory; a periodic sweep
 * finds the rest (a restart, another instance's crash, a backoff that ended). On 429 every sender
 * of this worker waits out Retry-After together; 412 and 5xx back off with jitter.
 */
export class DeliveryWorker {
  readonly #o: Required<Omit<DeliveryWorkerOptions, 'onError'>> & Pick<DeliveryWorkerOptions, 'onError'>;
  #timer: NodeJS.Timeout | undefined;
  #stopped = false;
  /** Throttled by Teams: no sends before this instant (ms). */
  #pausedUntil = 0;
  /** Waiting work by delivery key; a newer mark of the same delivery replaces the older. */
  readonly #queue = new Map<string, Work>();
  readonly #inFlight = new Set<string>();
  readonly #activityIds = new Map<string, string>();
  #lanes = 0;
  #sweeping: Promise<void> | undefined;
  readonly #idleWaiters: Array<() => void> = [];

  constructor(options: DeliveryWorkerOptions) {
    this.#o = { leaseMs: 60_000, sweepMs: 5_000, concurrency: 8, now: Date.now, ...options };
  }

  start(): void {
    this.#stopped = false;
    this.#timer = setInterval(() => this.sweep(), this.#o.sweepMs);
    this.#timer.unref();
    this.sweep();
  }

  /** A change this instance committed: deliver it now, from memory. */
  enqueue(committed: CommittedHandoff): void {
    for (const item of committed.deliveries) this.#queue.set(keyOf(item), { item, handoff: committed.handoff });
    this.#pump();
  }

  /** Looks in storage for deliveries nobody is working on, and runs them. */
  sweep(): void {
    if (this.#stopped || this.#sweeping) return;
    this.#sweeping = this.#o.store
      .pendingDeliveries(new Date(this.#o.now()).toISOString(), this.#o.leaseMs)
      .then((items) => {
        // Cards before escalation replies of the same handoff (a reply threads under its card).
        for (const item of items.sort((a, b) => rank(a) - rank(b))) {
          const key = keyOf(item);
          if (!this.#queue.has(key) && !this.#inFlight.has(handoffKeyOf(item))) this.#queue.set(key, { item });
        }
        this.#pump();
      })
      .catch(() => undefined)
      .finally(() => {
        this.#sweeping = undefined;
        this.#notifyIdle();
      });
  }

  /** Resolves when nothing is queued, in flight or being swept (tests and shutdown). */
  async idle(): Promise<void> {
    while (this.#queue.size > 0 || this.#lanes > 0 || this.#sweeping) {
      await new Promise<void>((done) => this.#idleWaiters.push(done));
    }
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearInterval(this.#timer);
    this.#queue.clear();
    await this.idle();
  }

  #notifyIdle(): void {
    for (const wake of this.#idleWaiters.splice(0)) wake();
  }

  #pump(): void {
    while (!this.#stopped && this.#lanes < this.#o.concurrency && this.#next() !== undefined) {
      this.#lanes++;
      void this.#lane().finally(() => {
        this.#lanes--;
        this.#notifyIdle();
      });
    }
    this.#notifyIdle();
  }

  /** The first queued delivery whose handoff has nothing in flight (one delivery per handoff at a time). */
  #next(): string | undefined {
    for (const [key, work] of this.#queue) {
      if (!this.#inFlight.has(handoffKeyOf(work.item))) return key;
    }
    return undefined;
  }

  async #lane(): Promise<void> {
    for (let key = this.#next(); key !== undefined && !this.#stopped; key = this.#next()) {
      const work = this.#queue.get(key)!;
      this.#queue.delete(key);
      const busy = handoffKeyOf(work.item);
      this.#inFlight.add(busy);
      try {
        await this.#deliver(work);
      } catch (err) {
        this.#o.onError(err, work.item);
      } finally {
        this.#inFlight.delete(busy);
      }
    }
  }

  async #deliver(work: Work): Promise<void> {
    const { store, now } = this.#o;
    const at = (ms: number) => new Date(now() + ms).toISOString();
    // A change this instance just made is its own to deliver for leaseMs (no other instance's sweep
    // takes it before), so it needs no lease while it starts well within that time.
    const own = work.handoff !== undefined && work.item.attempts === 0 && now() - Date.parse(work.item.markedAt) < this.#o.leaseMs / 3;
    const item = own ? work.item : await store.lease(work.item, at(this.#o.leaseMs));
    if (!item) return; // marked again since (a newer entry follows) or taken by another instance
    const key = handoffKeyOf(item);
    try {
      // From memory when this instance made the change, else from storage (and the card's id with it).
      // A handoff opened by this very change has no card yet: nothing to read.
      const justOpened = work.handoff !== undefined && work.handoff.events.length === 1 && work.handoff.events[0]?.kind === 'received';
      const known = work.handoff !== undefined && (justOpened || this.#activityIds.has(key));
      const stored = known ? undefined : await store.get(item.engagementId, item.handoffId);
      const handoff = work.handoff ?? stored?.handoff;
      if (stored?.activityId) this.#remember(key, stored.activityId);
      const engagement = handoff ? await this.#o.engagements.get(item.engagementId) : undefined;
      if (!handoff || !engagement) {
        await store.complete(item);
        return;
      }
      await this.#waitOutThrottle();
      const activityId = this.#activityIds.get(key);
      if (item.kind === 'card') {
        if (activityId) {
          await this.#o.poster.updateCard(engagement, handoff, activityId);
          if (!(await store.complete(item))) this.sweep();
        } else {
          const posted = await this.#o.poster.postCard(engagement, handoff);
          this.#remember(key, posted);
          if (!(await store.completePosted(item, posted))) this.sweep();
        }
        return;
      }
      if (!activityId) {
        // The reply threads under the card: wait until the card is out.
        await store.retryLater(item, at(1_000));
        setTimeout(() => this.sweep(), 1_000).unref();
        return;
      }
      await this.#o.poster.postEscalation(engagement, handoff, activityId);
      if (!(await store.complete(item))) this.sweep();
    } catch (err) {
      await this.#failed(item, err);
    }
  }

  async #failed(item: OutboxItem, err: unknown): Promise<void> {
    const { store, now } = this.#o;
    const status = err instanceof DeliveryError ? err.status : 0;
    const retryAfter = err instanceof DeliveryError ? err.retryAfterMs : undefined;
    // Throttled: everyone waits, not just this delivery.
    if (status === 429) this.#pausedUntil = Math.max(this.#pausedUntil, now() + (retryAfter ?? backoffMs(item.attempts)));
    if (isRetryable(status)) {
      const wait = status === 429 && retryAfter !== undefined ? retryAfter : backoffMs(item.attempts);
      await store.retryLater(item, new Date(now() + wait).toISOString());
      setTimeout(() => this.sweep(), wait + 10).unref();
    } else {
      await store.complete(item);
    }
    this.#o.onError(err, item);
  }

  #remember(key: string, activityId: string): void {
    if (this.#activityIds.size >= ACTIVITY_CACHE) this.#activityIds.delete(this.#activityIds.keys().next().value!);
    this.#activityIds.set(key, activityId);
  }

  async #waitOutThrottle(): Promise<void> {
    for (;;) {
      const wait = this.#pausedUntil - this.#o.now();
      if (wait <= 0) return;
      await new Promise((done) => setTimeout(done, Math.min(wait, 60_000)));
    }
  }
}

function handoffKeyOf(item: OutboxItem): string {
  return `${item.engagementId}/${item.handoffId}`;
}

function keyOf(item: OutboxItem): string {
  return `${handoffKeyOf(item)}/${item.kind}`;
}

function rank(item: OutboxItem): number {
  return item.kind === 'card' ? 0 : 1;
}
