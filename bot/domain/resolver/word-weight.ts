import { isBroadStem, isWeakStem } from './text-units.ts';

/** How much a direct match on a word counts, by word class. */
export const WEAK_FACTOR = 0.25;
export const BROAD_WORD_FACTOR = 0.5;

/** 0.25 for weak words ("management"), 0.5 for broad ones ("training"), else 1. */
export function wordFactor(s: string): number {
  if (isWeakStem(s)) return WEAK_FACTOR;
  if (isBroadStem(s)) return BROAD_WORD_FACTOR;
  return 1;
}
