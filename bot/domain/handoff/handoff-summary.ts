import type { AlertSeverity } from '../alerts/alert-event.ts';
import type { Handoff } from './handoff.ts';

const RANK: Readonly<Record<AlertSeverity, number>> = { critical: 0, error: 1, warning: 2, info: 3 };

/** Most severe first, then oldest first. */
export function byUrgency(a: Handoff, b: Handoff): number {
  return RANK[a.severity] - RANK[b.severity] || a.openedAt.localeCompare(b.openedAt);
}

/** Handoffs not yet resolved, by the side they wait on (both-sides and unowned ones apart). */
export function openHandoffsBySide(handoffs: readonly Handoff[]): { internal: Handoff[]; msp: Handoff[]; unowned: Handoff[] } {
  const open = handoffs.filter((h) => h.status !== 'resolved').sort(byUrgency);
  return {
    internal: open.filter((h) => h.assignedSide === 'internal'),
    msp: open.filter((h) => h.assignedSide === 'msp'),
    unowned: open.filter((h) => h.assignedSide === undefined),
  };
}
