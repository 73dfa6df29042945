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

/** A person @mentioned in the message: their Teams id and name from the entity, and the text Teams showed inside `<at>…</at>`. */
export interface PersonMention {
  readonly id: string;
  readonly name: string;
  /** What the message text showed (Teams lets people shorten a mention to "Megan"), in one line. */
  readonly shown: string;
  /** The `<at>…</at>` tag in the message text. */
  readonly tag: string;
}

/** Mentions read per message: Teams sends a handful; a body posted directly could carry thousands, each a scan of the text. */
const MAX_PERSON_MENTIONS = 50;

const AT_TAG = /^<at>([^<]*)<\/at>$/;

/** One line of shown text: a mention's text is read as part of a command's first line. */
function oneLine(text: string): string {
  return text.replace(/&nbsp;|[\s\u00a0]+/g, ' ').trim();
}

/**
 * The people @mentioned in the message, from its mention entities (never from the text alone, which
 * anyone can type): the bot's own mention is left out; one per `<at>` tag the text carries, in order.
 */
export function personMentions(activity: Activity): PersonMention[] {
  const text = activity.text ?? '';
  const found: Array<PersonMention & { at: number }> = [];
  for (const entity of activity.entities ?? []) {
    if (found.length >= MAX_PERSON_MENTIONS) break;
    if (entity.type !== 'mention') continue;
    const { mentioned, text: tag } = entity as { mentioned?: { id?: unknown; name?: unknown }; text?: unknown };
    const id = mentioned?.id;
    if (typeof id !== 'string' || id === '' || id === activity.recipient?.id || typeof tag !== 'string') continue;
    const shown = AT_TAG.exec(tag);
    const where = text.indexOf(tag);
    if (!shown || where < 0) continue;
    const name = typeof mentioned?.name === 'string' && mentioned.name.trim() !== '' ? oneLine(mentioned.name) : oneLine(shown[1]!);
    found.push({ id, name, shown: oneLine(shown[1]!) || name, tag, at: where });
  }
  return found.sort((a, b) => a.at - b.at).map(({ at: _, ...m }) => m);
}

/**
 * The message text without the bot's @mention (channels and group chats require one). A person's
 * mention becomes `@` and the text Teams showed for it, so a command reads where it stands
 * (`role @Megan Bowen msp-engineer`); which person it is comes from `personMentions`. Any other
 * `<at>` tag (no mention entity backs it) is removed, as before.
 */
export function commandText(context: TurnContext): string {
  const activity = context.activity;
  let text = TurnContext.removeRecipientMention(activity) ?? activity.text ?? '';
  for (const person of personMentions(activity)) text = text.split(person.tag).join(`@${person.shown}`);
  return text
    .replace(/<at>[^<]*<\/at>/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/&nbsp;/g, ' ')
    .trim();
}

/** Lowercase, one line, no leading `@`: how a typed target and a mention's shown text are compared. */
function comparable(text: string): string {
  return oneLine(text).replace(/^@/, '').toLowerCase();
}

/**
 * The person a command's target names: the mention whose shown text (or name) it is, when the
 * message mentions anyone; the entity order does not matter. Undefined when it names no mention.
 */
export function mentionNamed(mentions: readonly PersonMention[], target: string): PersonMention | undefined {
  const wanted = comparable(target);
  if (wanted === '') return undefined;
  return mentions.find((m) => comparable(m.shown) === wanted) ?? mentions.find((m) => comparable(m.name) === wanted);
}
