import type { Engagement } from '../domain/engagement/engagement.ts';
import type { RitualRun } from '../domain/rituals/ritual-run.ts';
import type { CommittedRun, RitualOutboxItem, RitualRunStore } from '../storage/ritual-run-store.ts';
import type { EngagementService } from './engagement-service.ts';
import { OutboxWorker, type DeliveryContext } from './outbox-worker.ts';

/** Teams, as ritual delivery needs it (implemented by the Teams adapter; failures throw DeliveryError). */
export interface RitualPoster {
  /** Posts the run's card (standup or review) in the engagement's channel; returns its activity id. */
  postCard(engagement: Engagement, run: RitualRun): Promise<string>;
  updateCard(engagement: Engagement, run: RitualRun, activityId: string): Promise<void>;
  /** A message in the card's thread: a reminder, the final summary, the overdue escalation. */
  postNote(engagement: Engagement, run: RitualRun, kind: string, activityId: string): Promise<void>;
  /** A new message in the channel: the published review's result. */
  postResult(engagement: Engagement, run: RitualRun): Promise<void>;
}

export interface RitualDeliveryOptions {
  readonly store: RitualRunStore;
  readonly engagements: EngagementService;
  readonly poster: RitualPoster;
  readonly onError: (err: unknown, item: RitualOutboxItem) => void;
  readonly leaseMs?: number;
  readonly sweepMs?: number;
  readonly concurrency?: number;
  /** When a delivery to this engagement's conversation can go without waiting (ms), e.g. SendRateGate.conversationReadyAt. */
  readonly readyAt?: (engagementId: string) => number;
}

/**
 * Delivers what rituals owe Teams, from the ritual outbox: the card (posted once, its id recorded in
 * the transaction that finishes the delivery, then updated in place), notes threaded under it (they
 * wait until the card is out), and a review's result. Same loop, leases and backoff as handoff cards.
 */
export class RitualDelivery {
  readonly #o: RitualDeliveryOptions;
  readonly #worker: OutboxWorker<RitualOutboxItem, RitualRun>;
  readonly #activityIds = new Map<string, string>();

  constructor(options: RitualDeliveryOptions) {
    this.#o = options;
    const store = options.store;
    this.#worker = new OutboxWorker<RitualOutboxItem, RitualRun>({
      source: {
        pending: (now, ownedMs) => store.pending(now, ownedMs),
        lease: (item, until) => store.lease(item, until),
        complete: (item) => store.complete(item),
        retryLater: (item, notBefore) => store.retryLater(item, notBefore),
      },
      deliver: (item, run, context) => this.#deliver(item, run, context),
      keyOf: (item) => `${runKeyOf(item)}/${item.kind}`,
      groupOf: runKeyOf,
      rank: (item) => (item.kind === 'card' ? 0 : 1),
      onError: options.onError,
      ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}),
      ...(options.sweepMs ? { sweepMs: options.sweepMs } : {}),
      ...(options.readyAt ? { readyAt: (item: RitualOutboxItem) => options.readyAt!(item.engagementId) } : {}),
      concurrency: options.concurrency ?? 16,
    });
  }

  start(): void {
    this.#worker.start();
  }

  enqueue(committed: CommittedRun): void {
    this.#worker.enqueue(committed.deliveries, committed.run);
  }

  idle(): Promise<void> {
    return this.#worker.idle();
  }

  stop(): Promise<void> {
    return this.#worker.stop();
  }

  async #deliver(item: RitualOutboxItem, memo: RitualRun | undefined, context: DeliveryContext): Promise<void> {
    const { store, poster, engagements } = this.#o;
    const key = runKeyOf(item);
    // A run this instance just started has no card yet: nothing to read.
    const fresh = memo !== undefined && item.kind === 'card' && !this.#activityIds.has(key) && isJustStarted(memo);
    const stored = fresh || (memo && this.#activityIds.has(key)) ? undefined : await store.get(item.engagementId, item.runKey);
    const run = memo ?? stored?.run;
    if (stored?.activityId) this.#remember(key, stored.activityId);
    const engagement = run ? await engagements.get(item.engagementId) : undefined;
    if (!run || !engagement) {
      await store.complete(item);
      return;
    }
    const activityId = this.#activityIds.get(key);
    if (item.kind === 'card') {
      if (activityId) {
        await poster.updateCard(engagement, run, activityId);
        if (!(await store.complete(item))) this.#worker.sweep();
      } else {
        const posted = await poster.postCard(engagement, run);
        this.#remember(key, posted);
        if (!(await store.completePosted(item, posted))) this.#worker.sweep();
      }
      return;
    }
    if (item.kind === 'result') {
      await poster.postResult(engagement, run);
      await store.complete(item);
      return;
    }
    if (!activityId) {
      await store.retryLater(item, new Date(context.now() + 1_000).toISOString());
      context.sweepSoon(1_000);
      return;
    }
    await poster.postNote(engagement, run, item.kind, activityId);
    if (!(await store.complete(item))) this.#worker.sweep();
  }

  #remember(key: string, activityId: string): void {
    if (this.#activityIds.size >= 20_000) this.#activityIds.delete(this.#activityIds.keys().next().value!);
    this.#activityIds.set(key, activityId);
  }
}

function runKeyOf(item: RitualOutboxItem): string {
  return `${item.engagementId}/${item.runKey}`;
}

/** Nothing has happened to the run since it started (so its card cannot have been posted). */
function isJustStarted(run: RitualRun): boolean {
  return run.kind === 'standup' ? run.answers.length === 0 && run.remindedAt === undefined && run.status === 'open' : Object.keys(run.decisions).length === 0 && Object.keys(run.proposalDecisions).length === 0 && run.status === 'open' && run.reminders === 0;
}
