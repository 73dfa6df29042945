import { CardFactory, MessageFactory, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity, type BotFrameworkAuthentication, type ConnectorClient } from 'botframework-connector';
import type { HandoffPoster } from '../app/delivery-worker.ts';
import { DeliveryError } from '../app/outbox-worker.ts';
import type { ConversationStore } from '../storage/conversation-store.ts';
import type { Clock } from '../app/clock.ts';
import type { Engagement } from '../domain/engagement/engagement.ts';
import type { Handoff } from '../domain/handoff/handoff.ts';
import { escalationMessage, handoffCardFor } from './replies/handoff-reply.ts';

/** How long a conversation reference read from storage is reused. */
const REFERENCE_CACHE_MS = 60_000;

/** A delivery Teams has not answered by then is retried (a hung connection must not stall a delivery lane). */
const DELIVERY_TIMEOUT_MS = 30_000;

/** How long a connector client (one per Teams service URL, with its HTTP connections) is reused. */
const CLIENT_CACHE_MS = 30 * 60_000;

/**
 * Proactive delivery of handoff cards into the engagement's own conversation (the channel Baton was
 * installed in), with the conversation reference stored at install. One connector client per service
 * URL is kept, so its HTTP connections are reused (a client per message opened a connection per card).
 */
export class TeamsHandoffPoster implements HandoffPoster {
  readonly #auth: BotFrameworkAuthentication;
  readonly #clients = new Map<string, { client: Promise<ConnectorClient>; at: number }>();
  readonly #appId: string;
  readonly #conversations: ConversationStore;
  readonly #clock: Clock;
  /** Conversation references read lately (every card of a busy channel needs the same one). */
  readonly #references = new Map<string, { reference: Record<string, unknown>; readAt: number }>();

  readonly #timeoutMs: number;

  /** `timeoutMs`: a delivery Teams has not answered by then is given up and retried (default 30 s). */
  constructor(auth: BotFrameworkAuthentication, appId: string, conversations: ConversationStore, clock: Clock, timeoutMs = DELIVERY_TIMEOUT_MS) {
    this.#timeoutMs = timeoutMs;
    this.#auth = auth;
    this.#appId = appId;
    this.#conversations = conversations;
    this.#clock = clock;
  }

  async postCard(engagement: Engagement, handoff: Handoff): Promise<string> {
    const card = handoffCardFor(handoff, engagement, this.#clock());
    const sent = await this.#send(engagement, MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    if (!sent) throw new DeliveryError('Teams accepted the card but returned no activity id', 502);
    return sent;
  }

  async updateCard(engagement: Engagement, handoff: Handoff, activityId: string): Promise<void> {
    const card = handoffCardFor(handoff, engagement, this.#clock());
    const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
    await this.#call(engagement, undefined, async (client, reference) => {
      const update = TurnContext.applyConversationReference({ ...activity, id: activityId }, reference) as Activity;
      await client.conversations.updateActivity(reference.conversation.id, activityId, update);
      return '';
    });
  }

  async postEscalation(engagement: Engagement, handoff: Handoff, activityId: string): Promise<void> {
    const message = escalationMessage(handoff, engagement, this.#clock());
    const activity = MessageFactory.text(message.text);
    activity.entities = message.mentions.map((m) => ({ type: 'mention', text: m.text, mentioned: { id: m.id, name: m.name } }));
    // In a channel the reply goes into the card's thread; a chat has no threads: it answers the card.
    if (engagement.conversationKind !== 'channel') activity.replyToId = activityId;
    await this.#send(engagement, activity, activityId);
  }

  /** Sends a new message into the conversation (or the thread of `threadOf`); returns its id. */
  async #send(engagement: Engagement, activity: Partial<Activity>, threadOf?: string): Promise<string> {
    return this.#call(engagement, threadOf, async (client, reference) => {
      const outgoing = TurnContext.applyConversationReference({ ...activity }, reference) as Activity;
      if (activity.replyToId) outgoing.replyToId = activity.replyToId;
      const res = await client.conversations.sendToConversation(reference.conversation.id, outgoing);
      return res.id ?? '';
    });
  }

  /** Runs a connector call in the engagement's conversation, with a timeout; errors become DeliveryError. */
  async #call(engagement: Engagement, threadOf: string | undefined, call: (client: ConnectorClient, reference: ConversationReference) => Promise<string>): Promise<string> {
    const stored = (await this.#reference(engagement)) as Partial<ConversationReference>;
    const conversation = { ...(stored.conversation ?? {}), id: engagement.conversationId } as ConversationReference['conversation'];
    if (threadOf && engagement.conversationKind === 'channel') conversation.id = `${engagement.conversationId};messageid=${threadOf}`;
    const reference = { ...stored, conversation } as ConversationReference;
    if (!reference.serviceUrl) throw new DeliveryError(`The stored conversation of ${engagement.id} has no service URL`, 400);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(new DeliveryError(`Teams did not answer within ${this.#timeoutMs / 1000} s`, 0)), this.#timeoutMs);
    });
    try {
      return await Promise.race([this.#client(reference.serviceUrl).then((client) => call(client, reference)), timeout]);
    } catch (err) {
      throw deliveryErrorOf(err);
    } finally {
      clearTimeout(timer);
    }
  }

  #client(serviceUrl: string): Promise<ConnectorClient> {
    const cached = this.#clients.get(serviceUrl);
    if (cached && Date.now() - cached.at < CLIENT_CACHE_MS) return cached.client;
    const identity = new ClaimsIdentity([
      { type: AuthenticationConstants.AudienceClaim, value: this.#appId },
      { type: AuthenticationConstants.AppIdClaim, value: this.#appId },
    ]);
    const client = this.#auth.createConnectorFactory(identity).create(serviceUrl, undefined as unknown as string);
    client.catch(() => this.#clients.delete(serviceUrl));
    if (this.#clients.size > 1_000) this.#clients.clear();
    this.#clients.set(serviceUrl, { client, at: Date.now() });
    return client;
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
