import type { TurnContext } from 'botbuilder';
import type { Engagement } from '../../domain/engagement/engagement.ts';
import { isRole, setRole } from '../../domain/engagement/people.ts';
import { canAssignRoles, canChangeMatrix } from '../../domain/engagement/permissions.ts';
import type { BotDeps } from '../bot-deps.ts';
import { noticeCard } from '../replies/notice-reply.ts';
import { peopleCard } from '../replies/people-reply.ts';
import { sendCard } from '../send-card.ts';
import { mentionNamed, personMentions, type Actor } from '../turn-info.ts';

export async function handlePeople(context: TurnContext, deps: BotDeps, engagement: Engagement): Promise<void> {
  await sendCard(context, peopleCard(engagement, deps.services.clock()));
}

const ROLE_USAGE = 'Use `role @person internal-it`, `msp-engineer`, `internal-manager` or `msp-manager`.';

/** `role @person <role>`: managers assign roles (before any manager exists, the first setup decides). */
export async function handleRole(context: TurnContext, deps: BotDeps, engagement: Engagement, actor: Actor, target: string, role: string): Promise<void> {
  // Who: the person the target's @mention names (their Teams id, from the mention entity), else someone on the roster by name.
  const mentioned = mentionNamed(personMentions(context.activity), target);
  if (!isRole(role) || (!mentioned && target === '')) {
    await sendCard(context, noticeCard({ title: 'Who, and which role?', text: ROLE_USAGE, style: 'warning' }));
    return;
  }
  const allowed = canAssignRoles(engagement, actor.id) || canChangeMatrix(engagement, actor.id);
  if (!allowed) {
    await sendCard(context, noticeCard({ title: 'Not allowed', text: 'Only a manager of either side can assign roles.', style: 'attention' }));
    return;
  }
  const who = mentioned ? { id: mentioned.id, name: mentioned.name } : engagement.people.find((p) => p.name.toLowerCase() === target.toLowerCase().replace(/^@/, ''));
  if (!who) {
    await sendCard(context, noticeCard({ title: `I don't know ${target} yet`, text: `@mention them so Teams tells me who they are. ${ROLE_USAGE}`, style: 'warning' }));
    return;
  }
  const now = deps.services.clock().toISOString();
  const updated = await deps.services.engagements.update(engagement.id, (e) => setRole(e, who, role, now));
  await sendCard(context, peopleCard(updated, deps.services.clock(), `${who.name} is now ${role}.`));
}
