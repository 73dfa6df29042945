import type { Side } from '../engagement/engagement.ts';
import type { AlertEvent, AlertSeverity } from '../alerts/alert-event.ts';
import type { EscalationMinutes } from '../alerts/alert-settings.ts';
import type { Handoff, HandoffRouting } from './handoff.ts';
import { addMinutes } from './handoff-time.ts';

export type EscalationPolicy = Handoff['escalation'];

/** The escalation policy for a new handoff: stored on it, so later settings changes do not move its timers. */
export function escalationPolicyFor(severity: AlertSeverity, minutes: EscalationMinutes, cap: number): EscalationPolicy {
  const after = minutes[severity];
  return { afterMinutes: after, repeatMinutes: after, maxCount: after === null ? 0 : Math.max(0, cap) };
}

export interface OpenHandoffInput {
  readonly id: string;
  readonly engagementId: string;
  readonly event: AlertEvent;
  readonly routing: HandoffRouting;
  readonly assignedSide?: Side;
  readonly escalation: EscalationPolicy;
  readonly at: Date;
  /** The last handoff of the same dedup key (resolved), to show who took it last time. */
  readonly previous?: Handoff;
}

/** A new open handoff for a triggering alert. */
export function openHandoff(input: OpenHandoffInput): Handoff {
  const { event, at, escalation, previous } = input;
  const iso = at.toISOString();
  const lastClaimedBy = previous?.lastClaimedBy ?? previous?.claimedBy;
  return {
    engagementId: input.engagementId,
    id: input.id,
    dedupKey: event.dedupKey,
    status: 'open',
    severity: event.severity,
    source: event.source,
    ...(event.category ? { category: event.category } : {}),
    summary: event.summary,
    ...(event.details ? { details: event.details } : {}),
    labels: event.labels,
    links: event.links,
    routing: input.routing,
    ...(input.assignedSide ? { assignedSide: input.assignedSide } : {}),
    ...(lastClaimedBy ? { lastClaimedBy } : {}),
    openedAt: iso,
    lastSeenAt: iso,
    occurrences: 1,
    escalation,
    escalationCount: 0,
    ...(escalation.afterMinutes !== null && escalation.maxCount > 0 ? { nextEscalationAt: addMinutes(at, escalation.afterMinutes) } : {}),
    events: [{ kind: 'received', at: iso, via: 'alert', note: `from ${event.source}` }],
  };
}
