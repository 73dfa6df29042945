import type { TurnContext } from 'botbuilder';
import type { Engagement } from '../../domain/engagement/engagement.ts';
import { canChangeMatrix } from '../../domain/engagement/permissions.ts';
import { instantTextForZones, readerZones } from '../../domain/ownership/local-time-text.ts';
import { outstanding, unsignedSides } from '../../domain/rituals/review.ts';
import type { RitualKind } from '../../domain/rituals/ritual-schedule.ts';
import type { BotDeps } from '../bot-deps.ts';
import { sendCard } from '../send-card.ts';
import type { Actor } from '../turn-info.ts';
import { noticeCard } from '../replies/notice-reply.ts';
import { reviewCardFor, standupCardFor } from '../replies/ritual-reply.ts';

const NAMES: Record<RitualKind, string> = { standup: 'weekly standup', review: 'quarterly matrix review' };

/** `standup now` / `review now`: a manager starts a ritual early; its card is posted in the channel. */
export async function handleRitualNow(context: TurnContext, deps: BotDeps, engagement: Engagement, actor: Actor, kind: RitualKind): Promise<void> {
  if (!canChangeMatrix(engagement, actor.id)) {
    await sendCard(
      context,
      noticeCard({
        title: `Only a manager starts the ${NAMES[kind]} early`,
        text: 'Ask a manager of either side, or wait for the schedule (`schedule` shows it).',
        style: 'warning',
      }),
    );
    return;
  }
  const outcome = await deps.services.rituals.start(engagement, kind, { via: 'command', by: { id: actor.id, name: actor.name } });
  if (!outcome.ok) {
    await sendCard(context, noticeCard({ title: `The ${NAMES[kind]} did not start`, text: outcome.reason, style: 'warning' }));
    return;
  }
  deps.logger.info({ engagement: engagement.id, ritual: outcome.run.key, by: actor.id }, 'ritual started from chat');
  await sendCard(
    context,
    noticeCard({
      title: `${NAMES[kind][0]!.toUpperCase()}${NAMES[kind].slice(1)} started`,
      text: `Its card is being posted in ${engagement.conversationKind === 'channel' ? 'the channel' : 'this chat'}.`,
      style: 'good',
    }),
  );
}

/** `standup`: the latest standup card (with the asker's own answer to edit). */
export async function handleStandupShow(context: TurnContext, deps: BotDeps, engagement: Engagement, actor: Actor): Promise<void> {
  const latest = await deps.services.rituals.latest(engagement.id, 'standup');
  if (!latest || latest.run.kind !== 'standup') {
    await sendCard(
      context,
      noticeCard({ title: 'No standup yet', text: 'The first one comes on schedule (`schedule`), or a manager starts it with `standup now`.', style: 'default' }),
    );
    return;
  }
  await sendCard(context, standupCardFor(latest.run, engagement, deps.services.clock(), actor.id));
}

/** `review status`: where the open (or last) review stands, with its card. */
export async function handleReviewStatus(context: TurnContext, deps: BotDeps, engagement: Engagement): Promise<void> {
  const latest = await deps.services.rituals.latest(engagement.id, 'review');
  if (!latest || latest.run.kind !== 'review') {
    await sendCard(
      context,
      noticeCard({ title: 'No matrix review yet', text: 'The first one comes on schedule (`schedule`), or a manager starts it with `review now`.', style: 'default' }),
    );
    return;
  }
  const review = latest.run;
  // A reply in the conversation both sides read: times in both sides' zones.
  const when = (iso: string) => instantTextForZones(iso, readerZones(engagement), deps.services.clock());
  const left = outstanding(review);
  const status =
    review.status === 'published'
      ? `Done: v${review.publishedVersion} published ${when(review.publishedAt ?? review.startedAt)}.`
      : `Open since ${when(review.startedAt)}, due ${when(review.dueAt)}${review.escalatedAt ? ' (overdue: escalated)' : ''}. ${left.rows.length + left.proposals.length} decisions open; waiting for sign-off from ${
          unsignedSides(review)
            .map((s) => (s === 'internal' ? engagement.internal.name : engagement.msp.name))
            .join(' and ') || 'nobody'
        }.`;
  const matrix = (await deps.services.matrices.get(engagement.id, review.baseVersion))?.matrix;
  await sendCard(context, reviewCardFor(review, engagement, { notice: status, ...(matrix ? { matrix } : {}) }));
}
