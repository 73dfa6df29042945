import type { Engagement } from '../domain/engagement/engagement.ts';
import type { AdaptiveCardJson } from '../../cards/adaptive-card-json.ts';
import type { Actor } from './turn-info.ts';

/** A button press on one of Baton's cards, from Action.Execute (invoke) or its Action.Submit fallback (message). */
export interface CardAction {
  readonly verb: string;
  /** The action's data merged with the card's inputs; every value untrusted. */
  readonly data: Readonly<Record<string, unknown>>;
  readonly actor: Actor;
  /** The actor's Entra object id, when Teams sent it. */
  readonly actorEntraId?: string;
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

/**
 * A text input of the action: its own property only (never `toString` & co. from Object.prototype),
 * at most `max` UTF-16 units without cutting a character in two, and valid Unicode (a lone surrogate,
 * which no UTF-8 text can hold, becomes U+FFFD as a UTF-8 decoder would make it).
 */
export function stringField(data: Readonly<Record<string, unknown>>, name: string, max = 20_000): string {
  if (typeof data !== 'object' || data === null || !Object.hasOwn(data, name)) return '';
  const value = data[name];
  if (typeof value === 'string') return wellFormed(clip(value, max));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  // Do not end on the first half of a surrogate pair.
  return /[\ud800-\udbff]$/.test(cut) && /^[\udc00-\udfff]/.test(text.slice(max)) ? cut.slice(0, -1) : cut;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}
