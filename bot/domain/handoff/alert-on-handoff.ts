import type { AlertEvent } from '../alerts/alert-event.ts';
import type { Handoff, HandoffEvent } from './handoff.ts';
import { withEvent } from './handoff-events.ts';

/** What an incoming alert event does to the handoff its dedup key points at. */
export type AlertDecision =
  { readonly kind: 'open-new' } | { readonly kind: 'update'; readonly handoff: Handoff; readonly event: HandoffEvent } | { readonly kind: 'ignore'; readonly reason: string };

/** Everything but the optional fields that must be removed, not set to undefined. */
function without<K extends keyof Handoff>(handoff: Handoff, ...keys: K[]): Handoff {
  const copy: Record<string, unknown> = { ...handoff };
  for (const key of keys) delete copy[key];
  return copy as unknown as Handoff;
}

/**
 * PagerDuty's semantics: a trigger for an open key appends to it; after resolve the key opens a
 * new handoff; acknowledge and resolve for a key with nothing open are accepted and ignored.
 */
export function applyAlertEvent(current: Handoff | undefined, event: AlertEvent, at: Date): AlertDecision {
  const open = current !== undefined && current.status !== 'resolved';
  const iso = at.toISOString();
  if (event.action === 'trigger') {
    if (!open) return { kind: 'open-new' };
    const retriggered: HandoffEvent = { kind: 'retriggered', at: iso, via: 'alert' };
    const updated = withEvent(
      {
        ...current,
        occurrences: current.occurrences + 1,
        lastSeenAt: iso,
        summary: event.summary,
        severity: event.severity,
        ...(event.details ? { details: event.details } : {}),
      },
      retriggered,
    );
    return { kind: 'update', handoff: updated, event: retriggered };
  }
  if (!open) return { kind: 'ignore', reason: `no open handoff for dedup key ${event.dedupKey}` };
  if (event.action === 'acknowledge') {
    const acknowledged: HandoffEvent = { kind: 'acknowledged', at: iso, via: 'alert', note: `acknowledged in ${event.source}` };
    // Someone took it in the sending tool: stop nagging.
    return { kind: 'update', handoff: withEvent(without(current, 'nextEscalationAt'), acknowledged), event: acknowledged };
  }
  const resolved: HandoffEvent = { kind: 'resolved', at: iso, via: 'alert', note: `resolved by ${event.source}` };
  const lastClaimedBy = current.claimedBy ?? current.lastClaimedBy;
  const handoff = withEvent(
    { ...without(current, 'nextEscalationAt', 'claimedBy'), status: 'resolved', resolvedAt: iso, lastSeenAt: iso, ...(lastClaimedBy ? { lastClaimedBy } : {}) },
    resolved,
  );
  return { kind: 'update', handoff, event: resolved };
}
