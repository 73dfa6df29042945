import type { Engagement } from '../domain/engagement/engagement.ts';
import type { Handoff } from '../domain/handoff/handoff.ts';
import type { CommittedHandoff, HandoffStore, OutboxItem } from '../storage/handoff-store.ts';
import type { EngagementService } from './engagement-service.ts';
import { OutboxWorker, type DeliveryContext } from './outbox-worker.ts';

/**
 * Teams, as the handoff delivery needs it. Implemented by the Teams adapter; a failure throws
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

export interface DeliveryWorkerOptions {
  readonly store: HandoffStore;
  readonly engagements: EngagementService;
  readonly poster: HandoffPoster;
  readonly onError: (err: unknown, item: OutboxItem) => void;
  readonly now?: () => number;
  readonly leaseMs?: number;
  readonly sweepMs?: number;
  /** Deliveries in flight at once (Teams allows about 50 requests/s per app and tenant). */
  readonly concurrency?: number;
  /** When a delivery to this engagement's conversation can go without waiting (ms), e.g. SendRateGate.conversationReadyAt. */
  readonly readyAt?: (engagementId: string) => number;
}

/** Activity ids of recently posted cards remembered, so an update needs no read. */
const ACTIVITY_CACHE = 20_000;

/**
 * Posts and updates handoff cards and posts escalation replies, from the handoff outbox. A card is
 * posted only while the handoff has no activity id, and its id is recorded in the transaction that
 * finishes the delivery; an escalation reply waits until its card is out (it threads under it).
 */
export class DeliveryWorker {
  readonly #o: DeliveryWorkerOptions;
  readonly #worker: OutboxWorker<OutboxItem, Handoff>;
  readonly #activityIds = new Map<string, string>();

  constructor(options: DeliveryWorkerOptions) {
    this.#o = options;
    const store = options.store;
    this.#worker = new OutboxWorker<OutboxItem, Handoff>({
      source: {
        pending: (now, ownedMs) => store.pendingDeliveries(now, ownedMs),
        lease: (item, until) => store.lease(item, until),
        complete: (item) => store.complete(item),
        retryLater: (item, notBefore) => store.retryLater(item, notBefore),
      },
      deliver: (item, handoff, context) => this.#deliver(item, handoff, context),
      keyOf: (item) => `${handoffKeyOf(item)}/${item.kind}`,
      groupOf: handoffKeyOf,
      // Cards before escalation replies of the same handoff (a reply threads under its card).
      rank: (item) => (item.kind === 'card' ? 0 : 1),
      onError: options.onError,
      ...(options.now ? { now: options.now } : {}),
      ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}),
      ...(options.sweepMs ? { sweepMs: options.sweepMs } : {}),
      ...(options.readyAt ? { readyAt: (item: OutboxItem) => options.readyAt!(item.engagementId) } : {}),
      ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    });
  }

  start(): void {
    this.#worker.start();
  }

  /** A change this instance committed: deliver it now, from memory. */
  enqueue(committed: CommittedHandoff): void {
    this.#worker.enqueue(committed.deliveries, committed.handoff);
  }

  sweep(): void {
    this.#worker.sweep();
  }

  idle(): Promise<void> {
    return this.#worker.idle();
  }

  stop(): Promise<void> {
    return this.#worker.stop();
  }

  async #deliver(item: OutboxItem, memo: Handoff | undefined, context: DeliveryContext): Promise<void> {
    const { store, poster, engagements } = this.#o;
    const key = handoffKeyOf(item);
    // From memory when this instance made the change, else from storage (and the card's id with it).
    // A handoff opened by this very change has no card yet: nothing to read.
    const justOpened = memo !== undefined && memo.events.length === 1 && memo.events[0]?.kind === 'received';
    const known = memo !== undefined && (justOpened || this.#activityIds.has(key));
    const stored = known ? undefined : await store.get(item.engagementId, item.handoffId);
    const handoff = memo ?? stored?.handoff;
    if (stored?.activityId) this.#remember(key, stored.activityId);
    const engagement = handoff ? await engagements.get(item.engagementId) : undefined;
    if (!handoff || !engagement) {
      await store.complete(item);
      return;
    }
    const activityId = this.#activityIds.get(key);
    if (item.kind === 'card') {
      if (activityId) {
        await poster.updateCard(engagement, handoff, activityId);
        if (!(await store.complete(item))) this.#worker.sweep();
      } else {
        const posted = await poster.postCard(engagement, handoff);
        this.#remember(key, posted);
        if (!(await store.completePosted(item, posted))) this.#worker.sweep();
      }
      return;
    }
    if (!activityId) {
      // The reply threads under the card: wait until the card is out.
      await store.retryLater(item, new Date(context.now() + 1_000).toISOString());
      context.sweepSoon(1_000);
      return;
    }
    await poster.postEscalation(engagement, handoff, activityId);
    if (!(await store.complete(item))) this.#worker.sweep();
  }

  #remember(key: string, activityId: string): void {
    if (this.#activityIds.size >= ACTIVITY_CACHE) this.#activityIds.delete(this.#activityIds.keys().next().value!);
    this.#activityIds.set(key, activityId);
  }
}

function handoffKeyOf(item: OutboxItem): string {
  return `${item.engagementId}/${item.handoffId}`;
}
