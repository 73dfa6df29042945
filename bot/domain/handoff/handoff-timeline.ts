import { DateTime } from 'luxon';
import type { Handoff, HandoffEvent } from './handoff.ts';

const SIDE = { internal: 'internal', msp: 'MSP' } as const;

function describe(event: HandoffEvent): string {
  const who = event.actor?.name ?? '';
  const note = event.note ? `: ${event.note}` : '';
  switch (event.kind) {
    case 'received':
      return `Received${event.note ? ` ${event.note}` : ''}`;
    case 'retriggered':
      return `Seen again${event.note ? ` ${event.note}` : ''}`;
    case 'posted':
      return 'Posted';
    case 'claimed':
      return `Claimed by ${who}`;
    case 'released':
      return `Released by ${who}`;
    case 'disputed':
      return `Not ours (${who})${note}${event.toSide ? ` → ${SIDE[event.toSide]}` : ''}`;
    case 'escalated':
      return event.via === 'timer' ? `Escalated${event.note ? ` (${event.note})` : ''}` : `Escalated by ${who}`;
    case 'acknowledged':
      return `Acknowledged${event.note ? ` (${event.note})` : ''}`;
    case 'resolved':
      return who ? `Resolved by ${who}${note}` : `Resolved${event.note ? ` (${event.note})` : ''}`;
    case 'reopened':
      return `Reopened by ${who}`;
  }
}

/** Short lines for the card, oldest first, the latest `max` ("09:14 Claimed by Adele Vance"). */
export function timelineLines(handoff: Handoff, zone: string, max = 6): string[] {
  return handoff.events.slice(-max).map((event) => `${DateTime.fromISO(event.at, { zone }).toFormat('HH:mm')} ${describe(event)}`);
}

/** "3 min", "2 h 5 min", "1 d 4 h": how long since it opened. */
export function handoffAge(handoff: Handoff, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(handoff.openedAt)) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`;
}
