import { TurnContext, type Activity } from 'botbuilder';
import type { EngagementBinding } from '../app/engagement-service.ts';
import type { ConversationKind } from '../domain/engagement/engagement.ts';

/** Who is acting in this turn: the Teams user id (29:…), the same id @mentions carry. */
export interface Actor {
  readonly id: string;
  readonly name: string;
}

export function actorOf(activity: Activity): Actor {
  return { id: activity.from?.id ?? 'unknown', name: activity.from?.name ?? 'Someone' };
}

/** The Entra (Azure AD) object id of whoever acts, when Teams sends it. */
export function entraIdOf(activity: Activity): string | undefined {
  const aad = activity.from?.aadObjectId;
  return typeof aad === 'string' && aad !== '' ? aad.slice(0, 100) : undefined;
}

export function tenantOf(activity: Activity): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  return channelData?.tenant?.id ?? activity.conversation?.tenantId;
}

/** Which engagement this conversation belongs to: the team for channels, the chat otherwise. */
export function bindingOf(activity: Activity): EngagementBinding {
  const channelData = activity.channelData as { team?: { id?: string } } | undefined;
  const type = activity.conversation?.conversationType;
  const kind: ConversationKind = type === 'channel' ? 'channel' : type === 'personal' ? 'personal' : 'groupChat';
  const teamId = channelData?.team?.id;
  // In a channel the conversation id is "19:…;messageid=…" for a thread: bind to the channel itself.
  const conversationId = (activity.conversation?.id ?? '').split(';')[0]!;
  return { tenantId: tenantOf(activity) ?? 'unknown-tenant', ...(teamId ? { teamId } : {}), conversationId, conversationKind: kind };
}

/** The message text without the bot's @mention (channels and group chats require one). */
export function commandText(context: TurnContext): string {
  const withoutMention = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
  return withoutMention
    .replace(/<at>[^<]*<\/at>/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/&nbsp;/g, ' ')
    .trim();
}
