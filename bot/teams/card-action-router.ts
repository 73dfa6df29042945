import type { BotDeps } from './bot-deps.ts';
import type { CardAction, CardActionResult } from './card-action.ts';
import { openGap, proposeGap } from './handlers/gap-handler.ts';
import { pickRow } from './handlers/pick-handler.ts';
import { actOnHandoff, refreshHandoff } from './handlers/handoff-action-handler.ts';
import { openSetup, saveSetup } from './handlers/setup-handler.ts';
import { answerStandup, decideReviewProposal, decideReviewRow, pageReview, refreshStandup, signReview } from './handlers/ritual-action-handler.ts';
import { saveSchedule } from './handlers/schedule-handler.ts';

type CardActionHandler = (action: CardAction, deps: BotDeps) => Promise<CardActionResult> | CardActionResult;

/** Every button on Baton's cards, by verb. */
const HANDLERS: Readonly<Record<string, CardActionHandler>> = {
  'setup.open': openSetup,
  'setup.save': saveSetup,
  'who.pick': pickRow,
  'gap.open': openGap,
  'gap.propose': proposeGap,
  'handoff.refresh': refreshHandoff,
  'handoff.claim': actOnHandoff,
  'handoff.release': actOnHandoff,
  'handoff.resolve': actOnHandoff,
  'handoff.dispute': actOnHandoff,
  'handoff.escalate': actOnHandoff,
  'handoff.reopen': actOnHandoff,
  'standup.answer': answerStandup,
  'standup.refresh': refreshStandup,
  'review.row': decideReviewRow,
  'review.proposal': decideReviewProposal,
  'review.sign': signReview,
  'review.page': pageReview,
  'schedule.save': saveSchedule,
};

export async function routeCardAction(action: CardAction, deps: BotDeps): Promise<CardActionResult> {
  const handler = HANDLERS[action.verb];
  if (!handler) return { message: `This button ("${action.verb.slice(0, 40)}") is not one Baton knows. The card may be from an older version: ask again.` };
  return handler(action, deps);
}
