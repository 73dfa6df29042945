import type { Engagement } from '../domain/engagement/engagement.ts';
import type { Handoff } from '../domain/handoff/handoff.ts';
import { CARD } from '../storage/delivery-kinds.ts';
import type { CommittedHandoff, DeliveryKind, HandoffStore, OutboxItem } from '../storage/handoff-store.ts';
import type { EngagementService } from './engagement-service.ts';
import { CardDelivery, type DeliveryStrategy, type DeliveryTuning } from './outbox-worker.ts';

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

export interface DeliveryWorkerOptions extends DeliveryTuning<OutboxItem> {
  readonly store: HandoffStore;
  readonly engagements: EngagementService;
  readonly poster: HandoffPoster;
}

/**
 * Posts and updates handoff cards and posts escalation replies, from the handoff outbox: the shared
 * card delivery (see CardDelivery) with a strategy per handoff delivery kind.
 */
export class DeliveryWorker extends CardDelivery<OutboxItem, Handoff, Engagement, DeliveryKind, CommittedHandoff> {
  constructor(options: DeliveryWorkerOptions) {
    const { store, poster, engagements, ...tuning } = options;
    const card: DeliveryStrategy<Engagement, Handoff> = { shape: 'card', post: (e, h) => poster.postCard(e, h), update: (e, h, id) => poster.updateCard(e, h, id) };
    const escalation: DeliveryStrategy<Engagement, Handoff> = { shape: 'reply', post: (e, h, id) => poster.postEscalation(e, h, id) };
    super({
      ...tuning,
      source: {
        pending: (now, ownedMs) => store.pendingDeliveries(now, ownedMs),
        lease: (item, until) => store.lease(item, until),
        complete: (item) => store.complete(item),
        retryLater: (item, notBefore) => store.retryLater(item, notBefore),
        completePosted: (item, activityId) => store.completePosted(item, activityId),
        load: async (item) => {
          const stored = await store.get(item.engagementId, item.handoffId);
          return stored && { subject: stored.handoff, ...(stored.activityId ? { activityId: stored.activityId } : {}) };
        },
      },
      engagement: (engagementId) => engagements.get(engagementId),
      subjectOf: (item) => item.handoffId,
      strategyOf: (kind) => (kind === CARD ? card : escalation),
      committed: (committed) => ({ deliveries: committed.deliveries, subject: committed.handoff }),
      // A handoff opened by this very change has no card yet: nothing to read.
      unposted: (_item, handoff) => handoff.events.length === 1 && handoff.events[0]?.kind === 'received',
    });
  }
}
