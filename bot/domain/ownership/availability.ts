import { sideOfRole, sideProfile, type Engagement, type Person, type Role, type Side } from '../engagement/engagement.ts';
import { isAway } from '../engagement/people.ts';
import { holidayAt, isWithinBusinessHours, nextBusinessStart } from './business-hours.ts';

/** The hands-on role of each side (managers are escalation, not first contact). */
export const WORKER_ROLE: Readonly<Record<Side, Role>> = { internal: 'internal-it', msp: 'msp-engineer' };
export const MANAGER_ROLE: Readonly<Record<Side, Role>> = { internal: 'internal-manager', msp: 'msp-manager' };

/** Whether one side can pick something up right now, and why not. */
export interface SideAvailability {
  readonly side: Side;
  readonly inHours: boolean;
  /** The public holiday it has now, if any (holidays are out of hours). */
  readonly holiday?: string;
  /** True when every hands-on person of the side is away. */
  readonly allAway: boolean;
  /** When the first of them is back (ISO), when all are away. */
  readonly awayUntil?: string;
  /** In hours and not all away. */
  readonly available: boolean;
  /** When out of hours: the next start of its business hours (ISO). */
  readonly backAt?: string;
}

/** The side's hands-on people (its IT staff or engineers); its managers when it has no such people. */
export function handsOnPeople(engagement: Engagement, side: Side): Person[] {
  const workers = engagement.people.filter((p) => p.role === WORKER_ROLE[side]);
  return workers.length > 0 ? workers : engagement.people.filter((p) => sideOfRole(p.role) === side);
}

/**
 * A side is available when it is in business hours and not all of its hands-on people are away.
 * A side with no people on record is never "all away" (Baton cannot tell).
 */
export function sideAvailability(engagement: Engagement, side: Side, at: Date): SideAvailability {
  const profile = sideProfile(engagement, side);
  const inHours = isWithinBusinessHours(profile, at);
  const holiday = holidayAt(profile, at);
  const people = handsOnPeople(engagement, side);
  const allAway = people.length > 0 && people.every((p) => isAway(p, at));
  const firstBack = allAway ? Math.min(...people.map((p) => Date.parse(p.awayUntil!))) : undefined;
  const backAt = inHours ? undefined : nextBusinessStart(profile, at);
  return {
    side,
    inHours,
    ...(holiday ? { holiday } : {}),
    allAway,
    ...(firstBack !== undefined ? { awayUntil: new Date(firstBack).toISOString() } : {}),
    available: inHours && !allAway,
    ...(backAt ? { backAt: backAt.toISOString() } : {}),
  };
}

/** Whether the internal side is available now. */
export function isInternalAvailable(engagement: Engagement, at: Date): boolean {
  return sideAvailability(engagement, 'internal', at).available;
}

/** Whether the MSP is available now. */
export function isMspAvailable(engagement: Engagement, at: Date): boolean {
  return sideAvailability(engagement, 'msp', at).available;
}
