import type { TurnContext } from 'botbuilder';
import type { Engagement } from '../../domain/engagement/engagement.ts';
import type { BotDeps } from '../bot-deps.ts';
import { exportCards } from '../replies/export-reply.ts';
import { noMatrixCard } from '../replies/setup-reply.ts';
import { sendCard } from '../send-card.ts';

/** `export [csv|md]`: the current matrix as text to copy, in the same shape `import` reads. */
export async function handleExport(context: TurnContext, deps: BotDeps, engagement: Engagement, format: 'md' | 'csv' | 'both'): Promise<void> {
  const version = await deps.services.matrices.current(engagement.id, engagement.matrixVersion);
  if (!version) {
    await sendCard(context, noMatrixCard(engagement));
    return;
  }
  for (const card of exportCards(version, format)) await sendCard(context, card);
}
