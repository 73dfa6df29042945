import { otherSide, type Side } from '../engagement/engagement.ts';
import type { SideAvailability } from './availability.ts';
import type { OnPoint, OnPointReason, SidePart } from './ownership.ts';
import { partOf } from './side-parts.ts';

export type AvailabilityBySide = Readonly<Record<Side, SideAvailability>>;

/**
 * Whether a side can step in to cover right now. The MSP is assumed to run after-hours support, so
 * only everyone being away stops it; the internal side must also be in its hours.
 */
export function canCover(availability: SideAvailability): boolean {
  return availability.side === 'msp' ? !availability.allAway : availability.available;
}

/**
 * Who is on point now:
 * - an owner (✓) when it is available; a Joint side unless all its people are away;
 * - a "when other unavailable" or backup (overflow) side when the other side is unavailable
 *   (away or out of hours) and it can cover; with no other side, it is the owner;
 * - an "after hours" side when the other side is outside its hours;
 * - a "business hours only" side when it is available;
 * - a scoped side when the other side does not own the whole function.
 * When that leaves nobody, the owners (or, failing that, every side with a part) stay on point: 'no-cover'.
 */
export function decideOnPoint(parts: readonly SidePart[], availability: AvailabilityBySide): OnPoint[] {
  const chosen: OnPoint[] = [];
  for (const part of parts) {
    const reason = reasonFor(part, parts, availability);
    if (reason) chosen.push({ side: part.side, reason });
  }
  if (chosen.length > 0 || parts.length === 0) return chosen;
  const owners = parts.filter((p) => p.kind === 'owns' || p.kind === 'joint');
  return (owners.length > 0 ? owners : parts).map((p) => ({ side: p.side, reason: 'no-cover' as const }));
}

function reasonFor(part: SidePart, parts: readonly SidePart[], availability: AvailabilityBySide): OnPointReason | undefined {
  const self = availability[part.side];
  const otherPart = partOf(parts, otherSide(part.side));
  const other = availability[otherSide(part.side)];
  switch (part.kind) {
    case 'owns':
      return self.available ? 'owner' : undefined;
    case 'joint':
      return self.allAway ? undefined : 'joint';
    case 'scoped':
      return otherPart?.kind === 'owns' || self.allAway ? undefined : 'scoped';
    case 'backup':
    case 'when-other-unavailable':
      if (!otherPart) return self.available ? 'owner' : undefined;
      return !other.available && canCover(self) ? (part.kind === 'backup' ? 'overflow' : 'covers') : undefined;
    case 'after-hours':
      return !other.inHours && canCover(self) ? 'after-hours' : undefined;
    case 'business-hours':
      return self.available ? 'business-hours' : undefined;
  }
}
