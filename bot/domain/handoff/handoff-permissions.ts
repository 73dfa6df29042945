import { DateTime } from 'luxon';
import { isManager, otherSide, sideOfRole, type Person, type Side } from '../engagement/engagement.ts';
import type { Handoff } from './handoff.ts';

export type HandoffAction = 'claim' | 'release' | 'resolve' | 'dispute' | 'escalate' | 'reopen';

export const HANDOFF_ACTIONS: readonly HandoffAction[] = ['claim', 'release', 'resolve', 'dispute', 'escalate', 'reopen'];

export interface SideNames {
  readonly internal: string;
  readonly msp: string;
  /** The IANA zone times in refusals are told in (default UTC). */
  readonly timeZone?: string;
}

export type ActionCheck = { readonly ok: true } | { readonly ok: false; readonly message: string };

const yes: ActionCheck = { ok: true };
const no = (message: string): ActionCheck => ({ ok: false, message });

function sideName(names: SideNames, side: Side): string {
  return side === 'internal' ? names.internal : names.msp;
}

/** "14:05 EST": the time of day in the zone people read, with its abbreviation. */
function clock(iso: string, zone = 'UTC'): string {
  return DateTime.fromISO(iso, { zone }).toFormat('HH:mm ZZZZ');
}

/**
 * Who may do what on a handoff. Anyone on the engagement's roster may claim an open one (the side
 * that does not own the row too: that shows up as scope drift at the quarterly review); only the
 * holder or a manager releases; the assigned side disputes ("Not ours"); nobody off the roster acts.
 */
export function checkAction(handoff: Handoff, action: HandoffAction, person: Person | undefined, names: SideNames): ActionCheck {
  if (!person) {
    return no(`Only people on ${names.internal}'s or ${names.msp}'s roster can act on handoffs. Ask a manager to add you (role @you internal-it or msp-engineer).`);
  }
  const side = sideOfRole(person.role);
  const manager = isManager(person.role);
  const holds = handoff.claimedBy?.id === person.id;
  const resolved = handoff.status === 'resolved';
  switch (action) {
    case 'claim':
      if (resolved) return no('This handoff is resolved. Reopen it if it is not fixed.');
      if (holds) return no('You already hold this handoff.');
      if (handoff.status === 'claimed') return no(`Already claimed by ${handoff.claimedBy?.name ?? 'someone'}${claimedAt(handoff, names.timeZone)}.`);
      return yes;
    case 'release':
      if (handoff.status !== 'claimed') return no('Nobody holds this handoff, so there is nothing to release.');
      if (holds || manager) return yes;
      return no(`Only ${handoff.claimedBy?.name ?? 'the holder'}, who holds it, or a manager can release it.`);
    case 'resolve': {
      if (resolved) return no('This handoff is already resolved.');
      const onAssignedSide = handoff.assignedSide === undefined || handoff.assignedSide === side;
      if (holds || manager || onAssignedSide) return yes;
      return no(`Only ${sideName(names, handoff.assignedSide ?? side)}, whose handoff it is, or whoever claims it can resolve it.`);
    }
    case 'dispute': {
      if (resolved) return no('This handoff is resolved; there is nothing to send back.');
      if (handoff.assignedSide === undefined) {
        return no('This handoff is unowned or shared by both sides, so there is no other side to send it to. It counts as a gap for the quarterly review; claim it or escalate.');
      }
      if (side !== handoff.assignedSide) {
        const owner = sideName(names, handoff.assignedSide);
        return no(`It is ${owner}'s handoff: only ${owner} can send it back. Claim it to take it on yourself, or Escalate so ${owner} looks at it.`);
      }
      return yes;
    }
    case 'escalate':
      return resolved ? no('This handoff is resolved; reopen it first if it needs attention.') : yes;
    case 'reopen':
      return resolved ? yes : no('This handoff is not resolved.');
  }
}

function claimedAt(handoff: Handoff, zone?: string): string {
  const claim = [...handoff.events].reverse().find((e) => e.kind === 'claimed');
  return claim ? ` at ${clock(claim.at, zone)}` : '';
}

/** The actions this person may take now (the buttons their card shows). */
export function allowedActions(handoff: Handoff, person: Person | undefined, names: SideNames = { internal: 'internal', msp: 'MSP' }): HandoffAction[] {
  return HANDOFF_ACTIONS.filter((action) => checkAction(handoff, action, person, names).ok);
}

/** The side a dispute sends the handoff to. */
export function disputeTarget(handoff: Handoff): Side | undefined {
  return handoff.assignedSide ? otherSide(handoff.assignedSide) : undefined;
}
