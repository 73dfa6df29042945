import type { TurnContext } from 'botbuilder';
import { parseAwayUntil } from '../../domain/engagement/away-date.ts';
import { sideOfRole, type Engagement } from '../../domain/engagement/engagement.ts';
import { setAway, setBack } from '../../domain/engagement/people.ts';
import type { BotDeps } from '../bot-deps.ts';
import { formatInstant } from '../replies/format-time.ts';
import { literal, noticeCard } from '../replies/notice-reply.ts';
import { sendCard } from '../send-card.ts';
import type { Actor } from '../turn-info.ts';

/** `away until <date>`: the speaker is away; answers and routing treat their side accordingly until then. */
export async function handleAway(context: TurnContext, deps: BotDeps, engagement: Engagement, actor: Actor, untilText: string): Promise<void> {
  const person = engagement.people.find((p) => p.id === actor.id);
  const side = person ? sideOfRole(person.role) : 'internal';
  const zone = (side === 'internal' ? engagement.internal : engagement.msp).timeZone;
  const now = deps.services.clock();
  const parsed = parseAwayUntil(untilText, zone, now);
  if (!parsed.ok) {
    await sendCard(context, noticeCard({ title: 'When are you back?', text: parsed.message, style: 'warning' }));
    return;
  }
  const updated = await deps.services.engagements.update(engagement.id, (e) => setAway(e, actor, parsed.until.toISOString(), now.toISOString()));
  const sideName = literal(side === 'internal' ? updated.internal.name : updated.msp.name);
  const joined = person ? '' : ` You are recorded as ${literal(updated.internal.name)} (internal IT); a manager can change that with \`role\`.`;
  await sendCard(
    context,
    noticeCard({
      title: `${actor.name} is away until ${formatInstant(parsed.until, zone)}`,
      text: `While you are away, questions and alerts that need ${sideName} show who covers for you. Say \`back\` when you return early.${joined}`,
      style: 'good',
    }),
  );
}

/** `back`: the speaker is no longer away. */
export async function handleBack(context: TurnContext, deps: BotDeps, engagement: Engagement, actor: Actor): Promise<void> {
  const now = deps.services.clock().toISOString();
  const person = engagement.people.find((p) => p.id === actor.id);
  if (!person?.awayUntil) {
    await sendCard(context, noticeCard({ title: 'You were not marked away', text: 'Nothing to change. Use `away until <date>` before you leave.', style: 'default' }));
    return;
  }
  await deps.services.engagements.update(engagement.id, (e) => setBack(e, actor.id, now));
  await sendCard(context, noticeCard({ title: `Welcome back, ${actor.name}`, text: 'You are no longer marked away.', style: 'good' }));
}
