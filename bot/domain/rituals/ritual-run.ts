import type { Review } from './review.ts';
import type { Standup } from './standup.ts';

/** A ritual in progress or done: a weekly standup or a quarterly review. */
export type RitualRun = Standup | Review;
