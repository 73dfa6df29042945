import type { RowDecision } from '../../domain/rituals/review.ts';
import type { BotDeps } from '../bot-deps.ts';
import { stringField, type CardAction, type CardActionResult } from '../card-action.ts';
import { reviewCardFor, standupCardFor } from '../replies/ritual-reply.ts';

/** `standup.answer`: a participant's done / next / blocked; the card updates for everyone, the answerer sees theirs. */
export async function answerStandup(action: CardAction, deps: BotDeps): Promise<CardActionResult> {
  const key = stringField(action.data, 'occurrence', 200);
  const outcome = await deps.services.rituals.answerStandup(action.engagement, key, action.actor, action.data as Record<string, unknown>);
  if (!outcome.ok) {
    deps.logger.info({ ritual: key, actor: action.actor.id }, 'standup answer refused');
    return { message: outcome.reason };
  }
  return {
    card: standupCardFor(outcome.run, action.engagement, deps.services.clock(), action.actor.id),
    submitted: `Thanks, ${action.actor.name}: your answer is on the standup card.`,
  };
}

/** `standup.refresh`: the viewer's own view of the standup card (their answer in the form). */
export async function refreshStandup(action: CardAction, deps: BotDeps): Promise<CardActionResult> {
  const stored = await deps.services.rituals.get(action.engagement.id, stringField(action.data, 'occurrence', 200));
  if (!stored || stored.run.kind !== 'standup') return { message: 'This standup is not known (the card may be from an older version of Baton).' };
  return { card: standupCardFor(stored.run, action.engagement, deps.services.clock(), action.actor.id) };
}

/** `review.row`: Confirm, Change (the cells and contacts typed on the card) or Retire one row. */
export async function decideReviewRow(action: CardAction, deps: BotDeps): Promise<CardActionResult> {
  const rowId = stringField(action.data, 'row', 200);
  const kind = stringField(action.data, 'decision', 20);
  if (kind === 'confirm-rest') return reviewResult(action, deps, (key) => deps.services.rituals.confirmRemaining(action.engagement, key, action.actor));
  const text = (name: string) => stringField(action.data, `${name}-${rowId}`, 500).trim();
  const decision: RowDecision | undefined =
    kind === 'confirm' || kind === 'retire'
      ? { kind }
      : kind === 'change'
        ? { kind, internal: text('internal'), msp: text('msp'), internalContact: text('internalContact'), mspContact: text('mspContact') }
        : undefined;
  if (!decision) return { message: 'That button carries no decision Baton knows (Confirm, Change or Retire).' };
  return reviewResult(action, deps, (key) => deps.services.rituals.decideRow(action.engagement, key, action.actor, rowId, decision));
}

/** `review.proposal`: accept (with the owner chosen on the card) or reject a proposed row. */
export async function decideReviewProposal(action: CardAction, deps: BotDeps): Promise<CardActionResult> {
  const id = stringField(action.data, 'proposal', 20);
  const accept = action.data.accept === true || action.data.accept === 'true';
  const owner = stringField(action.data, `owner-${id}`, 20).trim();
  return reviewResult(action, deps, (key) => deps.services.rituals.decideProposal(action.engagement, key, action.actor, id, accept, owner || undefined));
}

/** `review.learned`: which rows keep their learned phrasings as aliases (the ticked ones); the others drop them. */
export async function decideReviewLearned(action: CardAction, deps: BotDeps): Promise<CardActionResult> {
  const kept = stringField(action.data, 'keepLearned', 20_000)
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return reviewResult(action, deps, (key) => deps.services.rituals.decideLearned(action.engagement, key, action.actor, kept));
}

/** `review.sign`: a manager signs for their side; the second side's signature publishes the new version. */
export async function signReview(action: CardAction, deps: BotDeps): Promise<CardActionResult> {
  return reviewResult(action, deps, (key) => deps.services.rituals.signReview(action.engagement, key, action.actor));
}

/** `review.page`: another page of rows, for the viewer only. */
export async function pageReview(action: CardAction, deps: BotDeps): Promise<CardActionResult> {
  const key = stringField(action.data, 'review', 200);
  const stored = await deps.services.rituals.get(action.engagement.id, key);
  if (!stored || stored.run.kind !== 'review') return { message: 'This review is not known (the card may be from an older version of Baton).' };
  const page = Number(stringField(action.data, 'page', 6)) || 0;
  const matrix = (await deps.services.matrices.get(action.engagement.id, stored.run.baseVersion))?.matrix;
  return { card: reviewCardFor(stored.run, action.engagement, { page, ...(matrix ? { matrix } : {}) }) };
}

async function reviewResult(action: CardAction, deps: BotDeps, change: (key: string) => ReturnType<BotDeps['services']['rituals']['signReview']>): Promise<CardActionResult> {
  const key = stringField(action.data, 'review', 200);
  const outcome = await change(key);
  const run = outcome.run;
  if (!outcome.ok) deps.logger.info({ ritual: key, verb: action.verb, actor: action.actor.id }, 'review action refused');
  if (!run) return { message: outcome.ok ? 'Done.' : outcome.reason };
  const matrix = (await deps.services.matrices.get(action.engagement.id, run.baseVersion))?.matrix;
  const notice = outcome.ok ? outcome.note : outcome.reason;
  const page = Number(stringField(action.data, 'page', 6)) || 0;
  return { card: reviewCardFor(run, action.engagement, { page, ...(notice ? { notice } : {}), ...(matrix ? { matrix } : {}) }) };
}
