import type { Handoff, HandoffEvent } from './handoff.ts';

/** The timeline keeps the first event (how it came in) and the latest ones. */
export const MAX_EVENTS = 50;

/**
 * Appends an event, keeping the timeline bounded: consecutive re-triggers fold into one line
 * ("seen again ×7") and only the first event and the latest MAX_EVENTS − 1 are kept.
 * (The audit trail keeps every event; this is the card's timeline.)
 */
export function appendEvent(events: readonly HandoffEvent[], event: HandoffEvent): HandoffEvent[] {
  const last = events[events.length - 1];
  let next: HandoffEvent[];
  if (event.kind === 'retriggered' && last?.kind === 'retriggered') {
    const count = Number(/^×(\d+)$/.exec(last.note ?? '')?.[1] ?? '1') + 1;
    next = [...events.slice(0, -1), { ...event, note: `×${count}` }];
  } else {
    next = [...events, event];
  }
  if (next.length <= MAX_EVENTS) return next;
  return [next[0]!, ...next.slice(next.length - (MAX_EVENTS - 1))];
}

/** The handoff with one more event. */
export function withEvent(handoff: Handoff, event: HandoffEvent): Handoff {
  return { ...handoff, events: appendEvent(handoff.events, event) };
}
