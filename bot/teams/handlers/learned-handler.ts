import type { TurnContext } from 'botbuilder';
import { mayManageLearned } from '../../domain/corrections/correction-permissions.ts';
import type { Engagement } from '../../domain/engagement/engagement.ts';
import type { BotDeps } from '../bot-deps.ts';
import { stringField, type CardAction, type CardActionResult } from '../card-action.ts';
import { learnedCard } from '../replies/learned-reply.ts';
import { sendCard } from '../send-card.ts';
import type { Actor } from '../turn-info.ts';

async function cardFor(engagement: Engagement, actorId: string, deps: BotDeps, notice?: { text: string; good: boolean }) {
  const [phrasings, version] = await Promise.all([deps.services.corrections.phrasings(engagement.id), deps.services.matrices.current(engagement.id, engagement.matrixVersion)]);
  return learnedCard(engagement, phrasings, version?.matrix, mayManageLearned(engagement, actorId), notice);
}

/** `learned`: the phrasings Baton learned from corrections, per row; managers confirm or drop them. */
export async function handleLearned(context: TurnContext, deps: BotDeps, engagement: Engagement, actor: Actor): Promise<void> {
  await sendCard(context, await cardFor(engagement, actor.id, deps));
}

/** `learned.confirm` / `learned.drop`: a manager's say on one phrasing; the card shows the list again. */
export async function manageLearned(action: CardAction, deps: BotDeps): Promise<CardActionResult> {
  const id = stringField(action.data, 'phrasing', 40);
  const result =
    action.verb === 'learned.confirm'
      ? await deps.services.corrections.confirm(action.engagement, action.actor, id)
      : await deps.services.corrections.drop(action.engagement, action.actor, id);
  if (!result.ok) deps.logger.info({ actor: action.actor.id, verb: action.verb }, 'learned phrasing change refused');
  const notice = result.ok
    ? {
        text: action.verb === 'learned.confirm' ? `Confirmed: “${result.phrasing.text}” applies to everyone now.` : `Dropped: “${result.phrasing.text}” no longer steers answers.`,
        good: true,
      }
    : { text: result.reason, good: false };
  return { card: await cardFor(action.engagement, action.actor.id, deps, notice) };
}
