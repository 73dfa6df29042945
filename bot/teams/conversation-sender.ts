import { TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity, type BotFrameworkAuthentication, type ConnectorClient } from 'botframework-connector';
import { DeliveryError } from '../app/outbox-worker.ts';
import type { Engagement } from '../domain/engagement/engagement.ts';
import type { ConversationStore } from '../storage/conversation-store.ts';
import { isFresh, systemClock, type Clock } from '../app/clock.ts';

/** How long a conversation reference read from storage is reused. */
const REFERENCE_CACHE_MS = 60_000;

/** A delivery Teams has not answered by then is retried (a hung connection must not stall a delivery lane). */
const DELIVERY_TIMEOUT_MS = 30_000;

/** How long a connector client (one per Teams service URL, with its HTTP connections) is reused. */
const CLIENT_CACHE_MS = 30 * 60_000;

/** Paces sends to Teams' limits (per conversation and per tenant); see SendRateGate. */
export interface SendPacer {
  /** Resolves when a send may go; call the function it gives once Teams has answered. */
  take(tenantId: string, conversationId: string): Promise<() => void>;
  pause(tenantId: string, conversationId: string | undefined, ms: number): void;
}

/**
 * The key an engagement's conversation is paced by: the engagement id, one per channel or chat (its
 * threads included), so the delivery workers can ask about an outbox row without reading the engagement.
 */
export function pacingKeyOf(engagement: Pick<Engagement, 'id'>): string {
  return engagement.id;
}

/**
 * Proactive messages into an engagement's own conversation (the channel Baton was installed in), with
 * the conversation reference stored at install: new messages, threaded replies, and updates in place.
 * One connector client per service URL is kept, so its HTTP connections are reused; every send waits
 * for its turn under Teams' rate limits, and a 429 slows that conversation down for its Retry-After.
 */
export class TeamsConversationSender {
  readonly #auth: BotFrameworkAuthentication;
  readonly #appId: string;
  readonly #conversations: ConversationStore;
  readonly #timeoutMs: number;
  readonly #pacer: SendPacer | undefined;
  readonly #clock: Clock;
  readonly #clients = new Map<string, { client: Promise<ConnectorClient>; at: number }>();
  /** Conversation references read lately (every card of a busy channel needs the same one). */
  readonly #references = new Map<string, { reference: Record<string, unknown>; readAt: number }>();

  constructor(options: { auth: BotFrameworkAuthentication; appId: string; conversations: ConversationStore; timeoutMs?: number; pacer?: SendPacer; clock?: Clock }) {
    this.#auth = options.auth;
    this.#appId = options.appId;
    this.#conversations = options.conversations;
    this.#timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
    this.#pacer = options.pacer;
    this.#clock = options.clock ?? systemClock;
  }

  /** Sends a new message into the conversation (or the thread of `threadOf`); returns its id. */
  async send(engagement: Engagement, activity: Partial<Activity>, threadOf?: string): Promise<string> {
    return this.#call(engagement, threadOf, async (client, reference) => {
      const outgoing = TurnContext.applyConversationReference({ ...activity }, reference) as Activity;
      if (activity.replyToId) outgoing.replyToId = activity.replyToId;
      const res = await client.conversations.sendToConversation(reference.conversation.id, outgoing);
      return res.id ?? '';
    });
  }

  /** Replaces a message Baton posted. */
  async update(engagement: Engagement, activityId: string, activity: Partial<Activity>): Promise<void> {
    await this.#call(engagement, undefined, async (client, reference) => {
      const update = TurnContext.applyConversationReference({ ...activity, id: activityId }, reference) as Activity;
      await client.conversations.updateActivity(reference.conversation.id, activityId, update);
      return '';
    });
  }

  /** Runs a connector call in the engagement's conversation, with a timeout; errors become DeliveryError. */
  async #call(engagement: Engagement, threadOf: string | undefined, call: (client: ConnectorClient, reference: ConversationReference) => Promise<string>): Promise<string> {
    const stored = (await this.#reference(engagement)) as Partial<ConversationReference>;
    const conversation = { ...(stored.conversation ?? {}), id: engagement.conversationId } as ConversationReference['conversation'];
    if (threadOf && engagement.conversationKind === 'channel') conversation.id = `${engagement.conversationId};messageid=${threadOf}`;
    const reference = { ...stored, conversation } as ConversationReference;
    if (!reference.serviceUrl) throw new DeliveryError(`The stored conversation of ${engagement.id} has no service URL`, 400);
    const answered = await this.#pacer?.take(engagement.tenantId, pacingKeyOf(engagement));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(new DeliveryError(`Teams did not answer within ${this.#timeoutMs / 1000} s`, 0)), this.#timeoutMs);
    });
    try {
      return await Promise.race([this.#client(reference.serviceUrl).then((client) => call(client, reference)), timeout]);
    } catch (err) {
      const failure = deliveryErrorOf(err, this.#clock());
      if (failure.status === 429) this.#pacer?.pause(engagement.tenantId, pacingKeyOf(engagement), failure.retryAfterMs ?? 1_000);
      throw failure;
    } finally {
      clearTimeout(timer);
      answered?.();
    }
  }

  #client(serviceUrl: string): Promise<ConnectorClient> {
    const cached = this.#clients.get(serviceUrl);
    if (cached && isFresh(cached.at, this.#clock(), CLIENT_CACHE_MS)) return cached.client;
    const identity = new ClaimsIdentity([
      { type: AuthenticationConstants.AudienceClaim, value: this.#appId },
      { type: AuthenticationConstants.AppIdClaim, value: this.#appId },
    ]);
    const client = this.#auth.createConnectorFactory(identity).create(serviceUrl, undefined as unknown as string);
    client.catch(() => this.#clients.delete(serviceUrl));
    if (this.#clients.size > 1_000) this.#clients.clear();
    this.#clients.set(serviceUrl, { client, at: this.#clock().getTime() });
    return client;
  }

  async #reference(engagement: Engagement): Promise<Record<string, unknown>> {
    const cached = this.#references.get(engagement.id);
    if (cached && isFresh(cached.readAt, this.#clock(), REFERENCE_CACHE_MS)) return cached.reference;
    const stored = (await this.#conversations.list(engagement.id)).find((c) => c.conversationId === engagement.conversationId);
    if (!stored) throw new DeliveryError(`No conversation reference stored for ${engagement.id}: Baton must be installed there first`, 404);
    if (this.#references.size > 10_000) this.#references.clear();
    this.#references.set(engagement.id, { reference: stored.reference, readAt: this.#clock().getTime() });
    return stored.reference;
  }
}

/** Teams' answer as a DeliveryError: its status and Retry-After (seconds, or an HTTP date counted from `now`). */
export function deliveryErrorOf(err: unknown, now: Date = systemClock()): DeliveryError {
  if (err instanceof DeliveryError) return err;
  const e = err as { statusCode?: number; message?: string; response?: { headers?: { get?(name: string): string | undefined } } };
  const status = typeof e.statusCode === 'number' ? e.statusCode : 0;
  const header = e.response?.headers?.get?.('retry-after');
  let retryAfterMs: number | undefined;
  if (header !== undefined && header !== '') {
    const seconds = Number(header);
    retryAfterMs = Number.isFinite(seconds) ? Math.max(0, seconds * 1000) : Math.max(0, Date.parse(header) - now.getTime());
    if (!Number.isFinite(retryAfterMs)) retryAfterMs = undefined;
  }
  return new DeliveryError(e.message ?? 'delivery to Teams failed', status, retryAfterMs);
}
