import { HANDOFF_BUTTON_VERBS } from '../../../cards/card-verbs.ts';
import type { HandoffAction } from '../../domain/handoff/handoff-permissions.ts';
import type { Handoff } from '../../domain/handoff/handoff.ts';
import type { BotDeps } from '../bot-deps.ts';
import { stringField, type CardAction, type CardActionResult } from '../card-action.ts';
import { handoffCardFor } from '../replies/handoff-reply.ts';

/** The handoff action each button's verb asks for (the verbs are the ones the card builder puts on them). */
const ACTIONS: ReadonlyMap<string, HandoffAction> = new Map(Object.entries(HANDOFF_BUTTON_VERBS).map(([action, verb]) => [verb, action as HandoffAction]));

/** `handoff.refresh`: the viewer's own view of the card (the buttons their role allows). */
export async function refreshHandoff(action: CardAction, deps: BotDeps): Promise<CardActionResult> {
  const found = await findHandoff(action, deps);
  if ('message' in found) return found;
  const person = action.engagement.people.find((p) => p.id === action.actor.id);
  return { card: handoffCardFor(found.handoff, action.engagement, deps.services.clock(), { person }) };
}

/**
 * A button on a handoff card. Checked against the clicker's role and the handoff's state; a refused
 * click changes nothing and says why on the card. The shared card is updated for everyone by the
 * delivery worker; the clicker gets their own view at once.
 */
export async function actOnHandoff(action: CardAction, deps: BotDeps): Promise<CardActionResult> {
  const kind = ACTIONS.get(action.verb);
  if (!kind) return { message: 'Unknown handoff action.' };
  const found = await findHandoff(action, deps);
  if ('message' in found) return found;
  const person = action.engagement.people.find((p) => p.id === action.actor.id);
  const note = stringField(action.data, kind === 'dispute' ? 'reason' : 'note', 1000).trim();
  const result = await deps.services.handoffs.act(action.engagement, found.handoff.id, person, {
    action: kind,
    via: 'card',
    ...(note ? { note } : {}),
    ...(action.cardId ? { cardId: action.cardId } : {}),
  });
  const now = deps.services.clock();
  if (!result.ok) {
    deps.logger.info({ handoff: found.handoff.id, action: kind, actor: action.actor.id }, 'handoff action refused');
    // What the person typed is not thrown away with the refusal: it is shown back to them, to copy.
    const kept = note ? ` What you wrote: “${note}”` : '';
    return { card: handoffCardFor(result.handoff ?? found.handoff, action.engagement, now, { person, notice: `${result.message}${kept}` }) };
  }
  return { card: handoffCardFor(result.handoff, action.engagement, now, { person }) };
}

async function findHandoff(action: CardAction, deps: BotDeps): Promise<{ readonly message: string } | { readonly handoff: Handoff }> {
  const handoffId = stringField(action.data, 'handoffId', 40);
  const engagementId = stringField(action.data, 'engagementId', 40);
  // A card from another team's engagement (forwarded, or forged) acts on nothing here.
  if (engagementId !== action.engagement.id) return { message: 'This handoff belongs to another team.' };
  const stored = await deps.services.handoffs.get(action.engagement.id, handoffId);
  if (!stored) return { message: `There is no handoff ${handoffId.slice(0, 20)} here.` };
  return { handoff: stored.handoff };
}
