import type { TurnContext } from 'botbuilder';
import type { Engagement } from '../../domain/engagement/engagement.ts';
import type { BotDeps } from '../bot-deps.ts';
import { historyCard } from '../replies/history-reply.ts';
import { sendCard } from '../send-card.ts';

/** `history`: the matrix versions, newest first, with what changed in each. */
export async function handleHistory(context: TurnContext, deps: BotDeps, engagement: Engagement): Promise<void> {
  const history = await deps.services.matrices.history(engagement.id);
  await sendCard(context, historyCard(engagement, history));
}
