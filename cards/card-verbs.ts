/**
 * Every verb a button on Baton's cards sends (Action.Execute `verb`, and the `verb` its Action.Submit
 * fallback adds to the data): one name each, used by the card builders and by the bot's card action
 * router (bot/teams/card-action-router.ts), which must have a handler for each. The templates
 * (cards/templates/*.json) keep their verbs as readable literals; a test checks every literal is one
 * of these, that every one of these is on some card, and that the router handles exactly these.
 */
export const CARD_VERBS = {
  setupOpen: 'setup.open',
  setupSave: 'setup.save',
  whoPick: 'who.pick',
  whoCorrectOpen: 'who.correct.open',
  whoCorrect: 'who.correct',
  learnedConfirm: 'learned.confirm',
  learnedDrop: 'learned.drop',
  gapOpen: 'gap.open',
  gapPropose: 'gap.propose',
  handoffRefresh: 'handoff.refresh',
  handoffClaim: 'handoff.claim',
  handoffRelease: 'handoff.release',
  handoffResolve: 'handoff.resolve',
  handoffDispute: 'handoff.dispute',
  handoffEscalate: 'handoff.escalate',
  handoffReopen: 'handoff.reopen',
  standupAnswer: 'standup.answer',
  standupRefresh: 'standup.refresh',
  reviewRow: 'review.row',
  reviewProposal: 'review.proposal',
  reviewSign: 'review.sign',
  reviewPage: 'review.page',
  reviewLearned: 'review.learned',
  scheduleSave: 'schedule.save',
} as const;

export type CardVerb = (typeof CARD_VERBS)[keyof typeof CARD_VERBS];

/** Every card verb. */
export const ALL_CARD_VERBS: readonly CardVerb[] = Object.values(CARD_VERBS);

/** Whether a verb a client sent is one of Baton's (an own value of CARD_VERBS, never `toString` & co.). */
export function isCardVerb(verb: unknown): verb is CardVerb {
  return typeof verb === 'string' && (ALL_CARD_VERBS as readonly string[]).includes(verb);
}

/** The verb of each button on a handoff card (its state-changing actions; `handoff.refresh` is the card's refresh). */
export const HANDOFF_BUTTON_VERBS = {
  claim: CARD_VERBS.handoffClaim,
  release: CARD_VERBS.handoffRelease,
  resolve: CARD_VERBS.handoffResolve,
  dispute: CARD_VERBS.handoffDispute,
  escalate: CARD_VERBS.handoffEscalate,
  reopen: CARD_VERBS.handoffReopen,
} as const satisfies Record<string, CardVerb>;
