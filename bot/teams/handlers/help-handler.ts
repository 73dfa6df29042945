import type { TurnContext } from 'botbuilder';
import type { Engagement } from '../../domain/engagement/engagement.ts';
import { helpCard } from '../replies/help-reply.ts';
import { sendCard } from '../send-card.ts';

export async function handleHelp(context: TurnContext, engagement: Engagement): Promise<void> {
  await sendCard(context, helpCard(engagement));
}
