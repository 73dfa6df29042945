import type { TurnContext } from 'botbuilder';
import type { Engagement } from '../../domain/engagement/engagement.ts';
import type { BotDeps } from '../bot-deps.ts';
import { answerCard } from '../replies/answer-reply.ts';
import { noMatrixCard } from '../replies/setup-reply.ts';
import { sendCard } from '../send-card.ts';
import type { Actor } from '../turn-info.ts';

/**
 * "Who owns X?": answer from the current matrix with who is on point right now, or "did you mean",
 * or "no row covers that" with a way to propose an owner. The question and answer go to the
 * audit trail (written in batches, off the turn's path).
 */
export async function handleAsk(context: TurnContext, deps: BotDeps, engagement: Engagement, actor: Actor, question: string): Promise<void> {
  const answer = await deps.services.ask.answer(engagement, question, undefined, actor);
  if (!answer) {
    await sendCard(context, noMatrixCard(engagement));
    return;
  }
  deps.services.ask.record(answer, actor);
  await sendCard(context, answerCard(answer));
}
