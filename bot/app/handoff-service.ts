import type { SideNames } from '../domain/handoff/handoff-permissions.ts';
import type { AlertEvent } from '../domain/alerts/alert-event.ts';
import type { AlertSettings } from '../domain/alerts/alert-settings.ts';
import type { Engagement, Person } from '../domain/engagement/engagement.ts';
import type { Handoff, HandoffEvent } from '../domain/handoff/handoff.ts';
import { applyAlertEvent } from '../domain/handoff/alert-on-handoff.ts';
import { applyHandoffAction, type HandoffActionRequest } from '../domain/handoff/handoff-actions.ts';
import { dueEscalation, recordTimerEscalation } from '../domain/handoff/handoff-escalation.ts';
import { newHandoffId } from '../domain/handoff/handoff-id.ts';
import { checkAction } from '../domain/handoff/handoff-permissions.ts';
import { escalationPolicyFor, openHandoff } from '../domain/handoff/handoff-opening.ts';
import { routeAlert } from '../domain/routing/alert-routing.ts';
import { ConcurrencyError } from '../storage/concurrency-error.ts';
import { retryOnConflict } from '../storage/conflict-retry.ts';
import type { CommittedHandoff, DeliveryKind, HandoffStore, StoredHandoff } from '../storage/handoff-store.ts';
import type { Clock } from './clock.ts';
import type { EngagementService } from './engagement-service.ts';
import type { MatrixService } from './matrix-service.ts';

/** What one alert event did. */
export interface AlertOutcome {
  readonly dedupKey: string;
  readonly outcome: 'opened' | 'updated' | 'ignored';
  readonly handoffId?: string;
  /** Why an event was ignored (acknowledge/resolve for a key with nothing open). */
  readonly reason?: string;
}

export type ActionOutcome = { readonly ok: true; readonly handoff: Handoff } | { readonly ok: false; readonly message: string; readonly handoff?: Handoff };

/**
 * Handoffs: alerts in, people's actions, timers. Every change is stored with the card work it
 * needs in one transaction (see HandoffStore); `onChange` then wakes the delivery worker.
 */
export class HandoffService {
  readonly #store: HandoffStore;
  readonly #engagements: EngagementService;
  readonly #matrices: MatrixService;
  readonly #clock: Clock;
  #onChange: (committed: CommittedHandoff) => void = () => {};
  /** Dedup keys this instance has handled lately: their next event reads before it writes. */
  readonly #seenKeys = new Set<string>();

  constructor(store: HandoffStore, engagements: EngagementService, matrices: MatrixService, clock: Clock) {
    this.#store = store;
    this.#engagements = engagements;
    this.#matrices = matrices;
    this.#clock = clock;
  }

  /** Called after every stored change, with the deliveries it owes Teams. */
  onChange(listener: (committed: CommittedHandoff) => void): void {
    this.#onChange = listener;
  }

  get store(): HandoffStore {
    return this.#store;
  }

  async receive(engagement: Engagement, settings: AlertSettings, event: AlertEvent): Promise<AlertOutcome> {
    const keyId = `${engagement.id}/${event.dedupKey}`;
    // A trigger with a key this instance has not seen is most likely new: try to open it straight
    // away (the pointer's create fails if the key is known after all, and we read and decide then).
    if (event.action === 'trigger' && !this.#seenKeys.has(keyId)) {
      const at = this.#clock();
      const handoff = await this.#open(engagement, settings, event, at, undefined);
      try {
        await this.#commit({ handoff, pointer: {}, audit: handoff.events });
        this.#remember(keyId);
        return { dedupKey: event.dedupKey, outcome: 'opened', handoffId: handoff.id };
      } catch (err) {
        if (!(err instanceof ConcurrencyError)) throw err;
      }
    }
    this.#remember(keyId);
    return retryOnConflict(`Handoff for ${keyId}`, async (): Promise<AlertOutcome> => {
      const at = this.#clock();
      const { pointerEtag, current } = await this.#store.forDedupKey(engagement.id, event.dedupKey);
      const decision = applyAlertEvent(current?.handoff, event, at);
      if (decision.kind === 'ignore') return { dedupKey: event.dedupKey, outcome: 'ignored', reason: decision.reason };
      if (decision.kind === 'update' && current) {
        await this.#commit({ handoff: decision.handoff, etag: current.etag, audit: [decision.event] });
        return { dedupKey: event.dedupKey, outcome: 'updated', handoffId: decision.handoff.id };
      }
      const handoff = await this.#open(engagement, settings, event, at, current?.handoff);
      await this.#commit({ handoff, pointer: pointerEtag === undefined ? {} : { etag: pointerEtag }, audit: handoff.events });
      return { dedupKey: event.dedupKey, outcome: 'opened', handoffId: handoff.id };
    });
  }

  #remember(keyId: string): void {
    if (this.#seenKeys.size >= 100_000) this.#seenKeys.clear();
    this.#seenKeys.add(keyId);
  }

  async #open(engagement: Engagement, settings: AlertSettings, event: AlertEvent, at: Date, previous: Handoff | undefined): Promise<Handoff> {
    const version = await this.#matrices.current(engagement.id, engagement.matrixVersion);
    const routed = routeAlert({
      event,
      rules: settings.rules,
      engagement,
      at,
      ...(version ? { version, resolver: this.#matrices.resolverFor(version) } : {}),
    });
    return openHandoff({
      id: newHandoffId(),
      engagementId: engagement.id,
      event,
      routing: routed.routing,
      ...(routed.assignedSide ? { assignedSide: routed.assignedSide } : {}),
      escalation: escalationPolicyFor(event.severity, settings.escalationMinutes, settings.escalationCap),
      at,
      ...(previous ? { previous } : {}),
    });
  }

  /**
   * A person acts on a handoff (a card button or a command). Concurrent actions are settled by
   * ETag: of many simultaneous claims exactly one is stored; the others are re-checked against
   * what won and told who holds it.
   */
  async act(engagement: Engagement, handoffId: string, person: Person | undefined, request: Omit<HandoffActionRequest, 'actor' | 'at'>): Promise<ActionOutcome> {
    return retryOnConflict(`Handoff ${handoffId}`, async (): Promise<ActionOutcome> => {
      const stored = await this.#store.get(engagement.id, handoffId);
      if (!stored) return { ok: false, message: `There is no handoff ${handoffId} in this team.` };
      if (!person) {
        const check = checkAction(stored.handoff, request.action, undefined, names(engagement));
        return { ok: false, message: check.ok ? 'You are not on this team’s roster.' : check.message, handoff: stored.handoff };
      }
      const result = applyHandoffAction(stored.handoff, { ...request, actor: person, at: this.#clock() }, names(engagement));
      if (!result.ok) return { ok: false, message: result.message, handoff: stored.handoff };
      const deliveries: DeliveryKind[] = request.action === 'escalate' ? ['card', `escalation-${result.handoff.events.length}`] : ['card'];
      await this.#commit({ handoff: result.handoff, etag: stored.etag, audit: [result.event], deliveries });
      return { ok: true, handoff: result.handoff };
    });
  }

  /** Escalates every unclaimed handoff whose timer is due; returns how many escalated. */
  async escalateDue(): Promise<number> {
    const now = this.#clock();
    let count = 0;
    for (const stored of await this.#store.dueEscalations(now.toISOString())) {
      const due = dueEscalation(stored.handoff, now);
      if (!due.due) continue;
      const handoff = recordTimerEscalation(stored.handoff, now);
      const event = handoff.events[handoff.events.length - 1];
      try {
        await this.#commit({ handoff, etag: stored.etag, audit: event ? [event] : [], deliveries: ['card', `escalation-${handoff.escalationCount}`] });
        count++;
      } catch (err) {
        // Claimed or escalated by someone else meanwhile: the next sweep sees the new state.
        if (!(err instanceof ConcurrencyError)) throw err;
      }
    }
    return count;
  }

  async get(engagementId: string, handoffId: string): Promise<StoredHandoff | undefined> {
    return this.#store.get(engagementId, handoffId);
  }

  async listOpen(engagementId: string): Promise<Handoff[]> {
    return (await this.#store.listOpen(engagementId)).map((s) => s.handoff);
  }

  async #commit(change: { handoff: Handoff; etag?: string; pointer?: { etag?: string }; audit: readonly HandoffEvent[]; deliveries?: DeliveryKind[] }): Promise<void> {
    this.#onChange(await this.#store.commit({ deliveries: ['card'], ...change }));
  }
}

function names(engagement: Engagement): SideNames {
  return { internal: engagement.internal.name, msp: engagement.msp.name, timeZone: engagement.internal.timeZone };
}
