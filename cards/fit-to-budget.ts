import type { AdaptiveCardJson } from './adaptive-card-json.ts';
import { CARD_BUDGET_BYTES, cardPayloadBytes } from './card-size.ts';

/**
 * The card showing as many items as fit the byte budget: `build(n)` renders the first n of `total`
 * items (and says how many are left out). Binary search, so about log2(total) renders.
 * Returns the card with 0 items when even that is over budget (the caller's fixed parts are too big).
 */
export function fitToBudget(total: number, build: (shown: number) => AdaptiveCardJson, budget = CARD_BUDGET_BYTES): { card: AdaptiveCardJson; shown: number } {
  const all = build(total);
  if (cardPayloadBytes(all) <= budget) return { card: all, shown: total };
  let low = 0;
  let high = total - 1;
  let best = build(0);
  let bestShown = 0;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const card = build(mid);
    if (cardPayloadBytes(card) <= budget) {
      best = card;
      bestShown = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return { card: best, shown: bestShown };
}
