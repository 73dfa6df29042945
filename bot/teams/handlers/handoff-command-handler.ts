import type { TurnContext } from 'botbuilder';
import { buildHandoffListCard } from '../../../cards/index.ts';
import type { Engagement } from '../../domain/engagement/engagement.ts';
import { openHandoffsBySide } from '../../domain/handoff/handoff-summary.ts';
import { handoffAge } from '../../domain/handoff/handoff-timeline.ts';
import type { Handoff } from '../../domain/handoff/handoff.ts';
import type { BotDeps } from '../bot-deps.ts';
import { sendCard } from '../send-card.ts';
import type { Actor } from '../turn-info.ts';
import { handoffCardFor } from '../replies/handoff-reply.ts';
import { noticeCard } from '../replies/notice-reply.ts';

/** `handoffs`: what is open, by the side it waits on. */
export async function handleHandoffs(context: TurnContext, deps: BotDeps, engagement: Engagement): Promise<void> {
  const now = deps.services.clock();
  const bySide = openHandoffsBySide(await deps.services.handoffs.listOpen(engagement.id));
  const item = (h: Handoff) => ({
    id: h.id,
    severity: h.severity,
    summary: h.summary,
    state: h.status === 'claimed' ? `claimed by ${h.claimedBy?.name ?? 'someone'}` : `unclaimed ${handoffAge(h, now)}`,
  });
  await sendCard(
    context,
    buildHandoffListCard({
      groups: [
        { heading: engagement.internal.name, items: bySide.internal.map(item) },
        { heading: engagement.msp.name, items: bySide.msp.map(item) },
        { heading: 'Both sides / unowned', items: bySide.unowned.map(item) },
      ],
    }),
  );
}

/** `handoff <id>`: the card with the viewer's buttons and the whole timeline. */
export async function handleHandoff(context: TurnContext, deps: BotDeps, engagement: Engagement, actor: Actor, id: string): Promise<void> {
  const stored = await deps.services.handoffs.get(engagement.id, id);
  if (!stored) {
    await sendCard(context, noticeCard({ title: `There is no handoff ${id} in this team.`, text: 'Say `handoffs` for the open ones.', style: 'warning' }));
    return;
  }
  const person = engagement.people.find((p) => p.id === actor.id);
  await sendCard(context, handoffCardFor(stored.handoff, engagement, deps.services.clock(), { person }, { fullTimeline: true }));
}
