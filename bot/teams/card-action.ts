import type { Engagement } from '../domain/engagement/engagement.ts';
import type { AdaptiveCardJson } from '../../cards/adaptive-card-json.ts';
import type { Actor } from './turn-info.ts';

/** A button press on one of Baton's cards, from Action.Execute (invoke) or its Action.Submit fallback (message). */
export interface CardAction {
  readonly verb: string;
  /** The action's data merged with the card's inputs; every value untrusted. */
  readonly data: Readonly<Record<string, unknown>>;
  readonly actor: Actor;
  readonly engagement: Engagement;
  /** The message the card was on (Teams sends it as replyToId), when known. */
  readonly cardId?: string;
}

/**
 * What a card action produces: a card that replaces the one clicked, or a short message. `submitted`
 * is what an older client (Action.Submit, which cannot replace the card) is told instead of getting
 * a copy of a shared card that Baton updates in place anyway (a standup everyone answers).
 */
export type CardActionResult = { readonly card: AdaptiveCardJson; readonly submitted?: string } | { readonly message: string };

export function stringField(data: Readonly<Record<string, unknown>>, name: string, max = 20_000): string {
  const value = data[name];
  if (typeof value === 'string') return value.slice(0, max);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}
