import type { Handoff } from './handoff.ts';
import { withEvent } from './handoff-events.ts';
import { addMinutes } from './handoff-time.ts';

export type EscalationDue = { readonly due: true; readonly count: number } | { readonly due: false };

/** An open, unclaimed handoff whose timer ran out, below its cap. The policy is the one it was opened with. */
export function dueEscalation(handoff: Handoff, now: Date): EscalationDue {
  if (handoff.status !== 'open' || handoff.claimedBy || !handoff.nextEscalationAt) return { due: false };
  if (handoff.escalationCount >= handoff.escalation.maxCount) return { due: false };
  if (Date.parse(handoff.nextEscalationAt) > now.getTime()) return { due: false };
  return { due: true, count: handoff.escalationCount + 1 };
}

/** Records a timer escalation and sets the next one (none once the cap is reached). */
export function recordTimerEscalation(handoff: Handoff, now: Date): Handoff {
  const count = handoff.escalationCount + 1;
  const { repeatMinutes, maxCount } = handoff.escalation;
  const { nextEscalationAt: _done, ...rest } = handoff;
  const next = count < maxCount && repeatMinutes !== null ? { nextEscalationAt: addMinutes(now, repeatMinutes) } : {};
  return withEvent(
    { ...rest, escalationCount: count, ...next },
    {
      kind: 'escalated',
      at: now.toISOString(),
      via: 'timer',
      note: `unclaimed: escalation ${count} of ${maxCount}`,
      ...(handoff.assignedSide ? { toSide: handoff.assignedSide } : {}),
    },
  );
}
