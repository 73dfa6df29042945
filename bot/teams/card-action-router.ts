import type { BotDeps } from './bot-deps.ts';
import type { CardAction, CardActionResult } from './card-action.ts';
import { openGap, proposeGap } from './handlers/gap-handler.ts';
import { pickRow } from './handlers/pick-handler.ts';
import { actOnHandoff, refreshHandoff } from './handlers/handoff-action-handler.ts';
import { openSetup, saveSetup } from './handlers/setup-handler.ts';
import { answerStandup, decideReviewLearned, decideReviewProposal, decideReviewRow, pageReview, refreshStandup, signReview } from './handlers/ritual-action-handler.ts';
import { saveSchedule } from './handlers/schedule-handler.ts';
import { openCorrection, submitCorrection } from './handlers/correction-handler.ts';
import { manageLearned } from './handlers/learned-handler.ts';

type CardActionHandler = (action: CardAction, deps: BotDeps) => Promise<CardActionResult> | CardActionResult;

/**
 * Every button on Baton's cards, by verb. A Map, not an object literal: a verb is whatever the client
 * sent, and `HANDLERS[verb]` on a plain object found `toString`, `constructor`, `__proto__`, … on
 * Object.prototype (Object.prototype.toString as a handler answered a 501; Object() an empty 200).
 */
const HANDLERS: ReadonlyMap<string, CardActionHandler> = new Map<string, CardActionHandler>([
  ['setup.open', openSetup],
  ['setup.save', saveSetup],
  ['who.pick', pickRow],
  ['who.correct.open', openCorrection],
  ['who.correct', submitCorrection],
  ['learned.confirm', manageLearned],
  ['learned.drop', manageLearned],
  ['gap.open', openGap],
  ['gap.propose', proposeGap],
  ['handoff.refresh', refreshHandoff],
  ['handoff.claim', actOnHandoff],
  ['handoff.release', actOnHandoff],
  ['handoff.resolve', actOnHandoff],
  ['handoff.dispute', actOnHandoff],
  ['handoff.escalate', actOnHandoff],
  ['handoff.reopen', actOnHandoff],
  ['standup.answer', answerStandup],
  ['standup.refresh', refreshStandup],
  ['review.row', decideReviewRow],
  ['review.proposal', decideReviewProposal],
  ['review.sign', signReview],
  ['review.page', pageReview],
  ['review.learned', decideReviewLearned],
  ['schedule.save', saveSchedule],
]);

/** What an unknown button is told: words, never an empty answer. */
export function unknownVerbMessage(verb: string): string {
  const shown = Array.from(verb.slice(0, 80)).slice(0, 40).join('').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  return `This button ("${shown}") is not one Baton knows. The card may be from an older version: ask again.`;
}

/** The action's data as a plain record: a client may send anything (a string, an array, null). */
function recordOf(data: unknown): Readonly<Record<string, unknown>> {
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

export async function routeCardAction(action: CardAction, deps: BotDeps): Promise<CardActionResult> {
  const handler = HANDLERS.get(action.verb);
  if (!handler) return { message: unknownVerbMessage(String(action.verb)) };
  return handler({ ...action, data: recordOf(action.data) }, deps);
}
