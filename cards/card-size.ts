import type { AdaptiveCardJson } from './adaptive-card-json.ts';

/** Teams refuses a message larger than about 40 KB (the whole activity, not only the card). */
export const TEAMS_MESSAGE_LIMIT_BYTES = 40 * 1024;

/** What a Baton card may use, leaving room for the activity envelope around it. */
export const CARD_BUDGET_BYTES = 28 * 1024;

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** UTF-8 bytes of the attachment that carries the card (`{ contentType, content }` as JSON). */
export function cardPayloadBytes(card: AdaptiveCardJson): number {
  return Buffer.byteLength(JSON.stringify({ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }), 'utf8');
}

/** True when the card fits the budget Baton keeps for one card. */
export function fitsCardBudget(card: AdaptiveCardJson, budget = CARD_BUDGET_BYTES): boolean {
  return cardPayloadBytes(card) <= budget;
}
