import type { Person } from '../engagement/engagement.ts';
import type { Handoff, HandoffActor, HandoffEvent } from './handoff.ts';
import { withEvent } from './handoff-events.ts';
import { checkAction, disputeTarget, type HandoffAction, type SideNames } from './handoff-permissions.ts';
import { addMinutes } from './handoff-time.ts';

export interface HandoffActionRequest {
  readonly action: HandoffAction;
  readonly actor: Person;
  readonly at: Date;
  readonly via: 'card' | 'command';
  /** The card message the button was on. */
  readonly cardId?: string;
  /** Resolve note or dispute reason. */
  readonly note?: string;
}

export type HandoffActionResult = { readonly ok: true; readonly handoff: Handoff; readonly event: HandoffEvent } | { readonly ok: false; readonly message: string };

function without<K extends keyof Handoff>(handoff: Handoff, ...keys: K[]): Handoff {
  const copy: Record<string, unknown> = { ...handoff };
  for (const key of keys) delete copy[key];
  return copy as unknown as Handoff;
}

/** Unclaimed again: the escalation timer starts over, by the policy stored on the handoff. */
function restartTimer(handoff: Handoff, at: Date): Handoff {
  const { afterMinutes, maxCount } = handoff.escalation;
  const base = without(handoff, 'nextEscalationAt');
  return { ...base, escalationCount: 0, ...(afterMinutes !== null && maxCount > 0 ? { nextEscalationAt: addMinutes(at, afterMinutes) } : {}) };
}

/** A person's action on a handoff: checked (role and state), then applied with exactly one timeline event. */
export function applyHandoffAction(handoff: Handoff, request: HandoffActionRequest, names: SideNames): HandoffActionResult {
  const check = checkAction(handoff, request.action, request.actor, names);
  if (!check.ok) return check;
  const actor: HandoffActor = { id: request.actor.id, name: request.actor.name };
  const at = request.at.toISOString();
  const note = request.note?.trim() ? request.note.trim().slice(0, 1000) : undefined;
  const event = (kind: HandoffEvent['kind'], extra: Partial<HandoffEvent> = {}): HandoffEvent => ({
    kind,
    at,
    actor,
    via: request.via,
    ...(request.cardId ? { cardId: request.cardId } : {}),
    ...(note ? { note } : {}),
    ...extra,
  });
  const done = (next: Handoff, e: HandoffEvent): HandoffActionResult => ({ ok: true, handoff: withEvent(next, e), event: e });
  switch (request.action) {
    case 'claim':
      return done({ ...without(handoff, 'nextEscalationAt'), status: 'claimed', claimedBy: actor }, event('claimed'));
    case 'release':
      return done({ ...restartTimer(without(handoff, 'claimedBy'), request.at), status: 'open', lastClaimedBy: handoff.claimedBy ?? actor }, event('released'));
    case 'resolve':
      return done({ ...without(handoff, 'nextEscalationAt', 'claimedBy'), status: 'resolved', resolvedAt: at, lastClaimedBy: handoff.claimedBy ?? actor }, event('resolved'));
    case 'dispute': {
      if (!note) return { ok: false, message: 'Say why it is not yours, so the other side knows.' };
      const to = disputeTarget(handoff);
      if (!to) return { ok: false, message: 'This handoff has no other side to go to.' };
      return done({ ...restartTimer(without(handoff, 'claimedBy'), request.at), status: 'open', assignedSide: to }, event('disputed', { toSide: to }));
    }
    case 'escalate':
      return done(handoff, event('escalated', handoff.assignedSide ? { toSide: handoff.assignedSide } : {}));
    case 'reopen':
      return done({ ...restartTimer(without(handoff, 'resolvedAt'), request.at), status: 'open' }, event('reopened'));
  }
}
