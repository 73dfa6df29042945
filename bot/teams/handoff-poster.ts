import { CardFactory, MessageFactory, type CloudAdapter, type ConversationReference, type TurnContext } from 'botbuilder';
import { DeliveryError, type HandoffPoster } from '../app/delivery-worker.ts';
import type { ConversationStore } from '../storage/conversation-store.ts';
import type { Clock } from '../app/clock.ts';
import type { Engagement } from '../domain/engagement/engagement.ts';
import type { Handoff } from '../domain/handoff/handoff.ts';
import { escalationMessage, handoffCardFor } from './replies/handoff-reply.ts';

/** How long a conversation reference read from storage is reused. */
const REFERENCE_CACHE_MS = 60_000;

/** A delivery Teams has not answered by then is retried (a hung connection must not stall a delivery lane). */
const DELIVERY_TIMEOUT_MS = 30_000;

/**
 * Proactive delivery of handoff cards into the engagement's own conversation (the channel Baton was
 * installed in), through the CloudAdapter and the conversation reference stored at install.
 */
export class TeamsHandoffPoster implements HandoffPoster {
  readonly #adapter: CloudAdapter;
  readonly #appId: string;
  readonly #conversations: ConversationStore;
  readonly #clock: Clock;
  /** Conversation references read lately (every card of a busy channel needs the same one). */
  readonly #references = new Map<string, { reference: Record<string, unknown>; readAt: number }>();

  readonly #timeoutMs: number;

  /** `timeoutMs`: a delivery Teams has not answered by then is given up and retried (default 30 s). */
  constructor(adapter: CloudAdapter, appId: string, conversations: ConversationStore, clock: Clock, timeoutMs = DELIVERY_TIMEOUT_MS) {
    this.#timeoutMs = timeoutMs;
    this.#adapter = adapter;
    this.#appId = appId;
    this.#conversations = conversations;
    this.#clock = clock;
  }

  async postCard(engagement: Engagement, handoff: Handoff): Promise<string> {
    const card = handoffCardFor(handoff, engagement, this.#clock());
    let id = '';
    await this.#continue(engagement, undefined, async (context) => {
      const sent = await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
      id = sent?.id ?? '';
    });
    if (id === '') throw new DeliveryError('Teams accepted the card but returned no activity id', 502);
    return id;
  }

  async updateCard(engagement: Engagement, handoff: Handoff, activityId: string): Promise<void> {
    const card = handoffCardFor(handoff, engagement, this.#clock());
    await this.#continue(engagement, undefined, async (context) => {
      const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
      activity.id = activityId;
      await context.updateActivity(activity);
    });
  }

  async postEscalation(engagement: Engagement, handoff: Handoff, activityId: string): Promise<void> {
    const message = escalationMessage(handoff, engagement, this.#clock());
    await this.#continue(engagement, activityId, async (context) => {
      const activity = MessageFactory.text(message.text);
      activity.entities = message.mentions.map((m) => ({ type: 'mention', text: m.text, mentioned: { id: m.id, name: m.name } }));
      if (engagement.conversationKind !== 'channel') activity.replyToId = activityId;
      await context.sendActivity(activity);
    });
  }

  async #reference(engagement: Engagement): Promise<Record<string, unknown>> {
    const cached = this.#references.get(engagement.id);
    if (cached && Date.now() - cached.readAt < REFERENCE_CACHE_MS) return cached.reference;
    const stored = (await this.#conversations.list(engagement.id)).find((c) => c.conversationId === engagement.conversationId);
    if (!stored) throw new DeliveryError(`No conversation reference stored for ${engagement.id}: Baton must be installed there first`, 404);
    if (this.#references.size > 10_000) this.#references.clear();
    this.#references.set(engagement.id, { reference: stored.reference, readAt: Date.now() });
    return stored.reference;
  }

  /** Runs `logic` in the engagement's conversation; in a channel with `threadOf`, in that message's thread. */
  async #continue(engagement: Engagement, threadOf: string | undefined, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const reference = (await this.#reference(engagement)) as Partial<ConversationReference>;
    const conversation = { ...(reference.conversation ?? {}), id: engagement.conversationId } as ConversationReference['conversation'];
    if (threadOf && engagement.conversationKind === 'channel') conversation.id = `${engagement.conversationId};messageid=${threadOf}`;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(new DeliveryError(`Teams did not answer within ${this.#timeoutMs / 1000} s`, 0)), this.#timeoutMs);
    });
    try {
      await Promise.race([this.#adapter.continueConversationAsync(this.#appId, { ...reference, conversation }, logic), timeout]);
    } catch (err) {
      throw deliveryErrorOf(err);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Teams' answer as a DeliveryError: its status and Retry-After (seconds or an HTTP date). */
export function deliveryErrorOf(err: unknown): DeliveryError {
  if (err instanceof DeliveryError) return err;
  const e = err as { statusCode?: number; message?: string; response?: { headers?: { get?(name: string): string | undefined } } };
  const status = typeof e.statusCode === 'number' ? e.statusCode : 0;
  const header = e.response?.headers?.get?.('retry-after');
  let retryAfterMs: number | undefined;
  if (header !== undefined && header !== '') {
    const seconds = Number(header);
    retryAfterMs = Number.isFinite(seconds) ? Math.max(0, seconds * 1000) : Math.max(0, Date.parse(header) - Date.now());
    if (!Number.isFinite(retryAfterMs)) retryAfterMs = undefined;
  }
  return new DeliveryError(e.message ?? 'delivery to Teams failed', status, retryAfterMs);
}
