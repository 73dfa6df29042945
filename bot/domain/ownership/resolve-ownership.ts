import type { Engagement } from '../engagement/engagement.ts';
import type { MatrixRow } from '../matrix/matrix.ts';
import { primaryOwner } from '../matrix/matrix-summary.ts';
import { sideAvailability } from './availability.ts';
import { localTime } from './business-hours.ts';
import { decideOnPoint, type AvailabilityBySide } from './on-point.ts';
import type { Ownership, OwnershipContext } from './ownership.ts';
import { contactsNow, escalationTargets } from './ownership-contacts.ts';
import { explainOwnership } from './ownership-explanation.ts';
import { sideParts } from './side-parts.ts';

export type { Ownership, OwnershipContext, OnPoint, OnPointReason, SidePart, PartKind } from './ownership.ts';

/**
 * What a matrix row means at an instant for an engagement: who owns it, who is on point now
 * (business hours, holidays, people away, qualifiers), whom to contact and escalate to, and why.
 */
export function resolveOwnership(row: MatrixRow, engagement: Engagement, at: Date): Ownership {
  const parts = sideParts(row, engagement);
  const availability: AvailabilityBySide = {
    internal: sideAvailability(engagement, 'internal', at),
    msp: sideAvailability(engagement, 'msp', at),
  };
  const onPoint = decideOnPoint(parts, availability);
  const onPointNow = onPoint.map((p) => p.side);
  return {
    owners: parts,
    primary: primaryOwner(row),
    onPointNow,
    onPoint,
    contactNow: onPointNow.length > 0 ? contactsNow(row, engagement, onPointNow, at) : [],
    escalateTo: escalationTargets(row, engagement, onPointNow, at),
    context: ownershipContext(engagement, availability, at),
    explanation: explainOwnership({ row, engagement, parts, onPoint, availability, at }),
  };
}

function ownershipContext(engagement: Engagement, availability: AvailabilityBySide, at: Date): OwnershipContext {
  const { internal, msp } = availability;
  return {
    internalInHours: internal.inHours,
    mspInHours: msp.inHours,
    internalAway: internal.allAway,
    mspAway: msp.allAway,
    ...(internal.awayUntil ? { awayUntil: internal.awayUntil } : {}),
    ...(internal.holiday ? { holiday: internal.holiday } : {}),
    ...(msp.holiday ? { mspHoliday: msp.holiday } : {}),
    ...(internal.backAt ? { internalBackAt: internal.backAt } : {}),
    ...(msp.backAt ? { mspBackAt: msp.backAt } : {}),
    localTime: localTime(engagement.internal, at).toISO() ?? at.toISOString(),
    timeZone: engagement.internal.timeZone,
  };
}
