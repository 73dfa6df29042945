import type { BotDeps } from './bot-deps.ts';
import { CARD_VERBS, type CardVerb } from '../../cards/card-verbs.ts';
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
 * Every button on Baton's cards, by verb (cards/card-verbs.ts): a Record over every verb, so a verb
 * without a handler does not compile (and test/cards/card-verbs.test.ts fails: every verb a card
 * sends has a handler here, every handler here is on some card).
 */
const BY_VERB: { readonly [V in CardVerb]: CardActionHandler } = {
  [CARD_VERBS.setupOpen]: openSetup,
  [CARD_VERBS.setupSave]: saveSetup,
  [CARD_VERBS.whoPick]: pickRow,
  [CARD_VERBS.whoCorrectOpen]: openCorrection,
  [CARD_VERBS.whoCorrect]: submitCorrection,
  [CARD_VERBS.learnedConfirm]: manageLearned,
  [CARD_VERBS.learnedDrop]: manageLearned,
  [CARD_VERBS.gapOpen]: openGap,
  [CARD_VERBS.gapPropose]: proposeGap,
  [CARD_VERBS.handoffRefresh]: refreshHandoff,
  [CARD_VERBS.handoffClaim]: actOnHandoff,
  [CARD_VERBS.handoffRelease]: actOnHandoff,
  [CARD_VERBS.handoffResolve]: actOnHandoff,
  [CARD_VERBS.handoffDispute]: actOnHandoff,
  [CARD_VERBS.handoffEscalate]: actOnHandoff,
  [CARD_VERBS.handoffReopen]: actOnHandoff,
  [CARD_VERBS.standupAnswer]: answerStandup,
  [CARD_VERBS.standupRefresh]: refreshStandup,
  [CARD_VERBS.reviewRow]: decideReviewRow,
  [CARD_VERBS.reviewProposal]: decideReviewProposal,
  [CARD_VERBS.reviewSign]: signReview,
  [CARD_VERBS.reviewPage]: pageReview,
  [CARD_VERBS.reviewLearned]: decideReviewLearned,
  [CARD_VERBS.scheduleSave]: saveSchedule,
};

/**
 * The same as a Map, looked up with what the client sent: `BY_VERB[verb]` on a plain object found
 * `toString`, `constructor`, `__proto__`, … on Object.prototype (Object.prototype.toString as a
 * handler answered a 501; Object() an empty 200).
 */
const HANDLERS: ReadonlyMap<string, CardActionHandler> = new Map<string, CardActionHandler>(Object.entries(BY_VERB));

/** The verbs the router has a handler for (for the test that cards and router agree). */
export function handledVerbs(): string[] {
  return [...HANDLERS.keys()];
}

/** What an unknown button is told: words, never an empty answer. */
export function unknownVerbMessage(verb: string): string {
  const shown = Array.from(verb.slice(0, 80))
    .slice(0, 40)
    .join('')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
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
