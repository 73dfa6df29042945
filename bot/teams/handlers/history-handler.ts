import type { TurnContext } from 'botbuilder';
import type { Engagement } from '../../domain/engagement/engagement.ts';
import type { BotDeps } from '../bot-deps.ts';
import { diffCard, historyCard } from '../replies/history-reply.ts';
import { noticeCard } from '../replies/notice-reply.ts';
import { sendCard } from '../send-card.ts';

/** `history`: the matrix versions, newest first, with who, when and why. */
export async function handleHistory(context: TurnContext, deps: BotDeps, engagement: Engagement): Promise<void> {
  const history = await deps.services.matrices.history(engagement.id);
  await sendCard(context, historyCard(engagement, history));
}

/** `diff [A] [B]`: what changed between two versions (default: the previous one and the current one). */
export async function handleDiff(context: TurnContext, deps: BotDeps, engagement: Engagement, from?: number, to?: number): Promise<void> {
  const current = engagement.matrixVersion;
  const b = to ?? current;
  const a = from ?? b - 1;
  const [before, after] = await Promise.all([deps.services.matrices.get(engagement.id, a), deps.services.matrices.get(engagement.id, b)]);
  if (!before || !after) {
    const known = current > 0 ? `Versions 1 to ${current} exist.` : 'There is no matrix yet.';
    await sendCard(
      context,
      noticeCard({ title: `No version ${!before ? a : b}`, text: `${known} Try \`diff\` (previous → current) or \`diff 1 ${Math.max(current, 2)}\`.`, style: 'warning' }),
    );
    return;
  }
  await sendCard(context, diffCard(before, after));
}
