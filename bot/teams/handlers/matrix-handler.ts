import type { TurnContext } from 'botbuilder';
import type { Engagement } from '../../domain/engagement/engagement.ts';
import type { BotDeps } from '../bot-deps.ts';
import { matrixCard, type MatrixView } from '../replies/matrix-reply.ts';
import { noMatrixCard } from '../replies/setup-reply.ts';
import { sendCard } from '../send-card.ts';

/** `matrix` (all rows grouped by owner) and `ours` / `msp` / `joint` (one group). */
export async function handleMatrix(context: TurnContext, deps: BotDeps, engagement: Engagement, view: MatrixView): Promise<void> {
  const version = await deps.services.matrices.current(engagement.id, engagement.matrixVersion);
  await sendCard(context, version ? matrixCard(engagement, version, view) : noMatrixCard(engagement));
}
