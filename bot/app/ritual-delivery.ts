import type { Engagement } from '../domain/engagement/engagement.ts';
import type { RitualRun } from '../domain/rituals/ritual-run.ts';
import { CARD, RITUAL_RESULT, type RitualNoteKind } from '../storage/delivery-kinds.ts';
import type { CommittedRun, RitualDeliveryKind, RitualOutboxItem, RitualRunStore } from '../storage/ritual-run-store.ts';
import type { EngagementService } from './engagement-service.ts';
import { CardDelivery, type DeliveryStrategy, type DeliveryTuning } from './outbox-worker.ts';

/** Teams, as ritual delivery needs it (implemented by the Teams adapter; failures throw DeliveryError). */
export interface RitualPoster {
  /** Posts the run's card (standup or review) in the engagement's channel; returns its activity id. */
  postCard(engagement: Engagement, run: RitualRun): Promise<string>;
  updateCard(engagement: Engagement, run: RitualRun, activityId: string): Promise<void>;
  /** A message in the card's thread: a reminder, the final summary, the overdue escalation. */
  postNote(engagement: Engagement, run: RitualRun, kind: RitualNoteKind, activityId: string): Promise<void>;
  /** A new message in the channel: the published review's result. */
  postResult(engagement: Engagement, run: RitualRun): Promise<void>;
}

export interface RitualDeliveryOptions extends DeliveryTuning<RitualOutboxItem> {
  readonly store: RitualRunStore;
  readonly engagements: EngagementService;
  readonly poster: RitualPoster;
}

/**
 * Delivers what rituals owe Teams, from the ritual outbox: the card (posted once, its id recorded in
 * the transaction that finishes the delivery, then updated in place), notes threaded under it (they
 * wait until the card is out), and a review's result. The same card delivery as handoffs (CardDelivery).
 */
export class RitualDelivery extends CardDelivery<RitualOutboxItem, RitualRun, Engagement, RitualDeliveryKind, CommittedRun> {
  constructor(options: RitualDeliveryOptions) {
    const { store, poster, engagements, ...tuning } = options;
    const card: DeliveryStrategy<Engagement, RitualRun> = { shape: 'card', post: (e, run) => poster.postCard(e, run), update: (e, run, id) => poster.updateCard(e, run, id) };
    const result: DeliveryStrategy<Engagement, RitualRun> = { shape: 'message', post: (e, run) => poster.postResult(e, run) };
    const note = (kind: RitualNoteKind): DeliveryStrategy<Engagement, RitualRun> => ({ shape: 'reply', post: (e, run, id) => poster.postNote(e, run, kind, id) });
    super({
      ...tuning,
      concurrency: options.concurrency ?? 16,
      source: {
        pending: (now, ownedMs) => store.pending(now, ownedMs),
        lease: (item, until) => store.lease(item, until),
        complete: (item) => store.complete(item),
        retryLater: (item, notBefore) => store.retryLater(item, notBefore),
        completePosted: (item, activityId) => store.completePosted(item, activityId),
        load: async (item) => {
          const stored = await store.get(item.engagementId, item.runKey);
          return stored && { subject: stored.run, ...(stored.activityId ? { activityId: stored.activityId } : {}) };
        },
      },
      engagement: (engagementId) => engagements.get(engagementId),
      subjectOf: (item) => item.runKey,
      strategyOf: (kind) => (kind === CARD ? card : kind === RITUAL_RESULT ? result : note(kind)),
      committed: (committed) => ({ deliveries: committed.deliveries, subject: committed.run }),
      // A run this instance just started has no card yet: nothing to read.
      unposted: (item, run) => item.kind === CARD && isJustStarted(run),
    });
  }
}

/** Nothing has happened to the run since it started (so its card cannot have been posted). */
function isJustStarted(run: RitualRun): boolean {
  return run.kind === 'standup'
    ? run.answers.length === 0 && run.remindedAt === undefined && run.status === 'open'
    : Object.keys(run.decisions).length === 0 && Object.keys(run.proposalDecisions).length === 0 && run.status === 'open' && run.reminders === 0;
}
