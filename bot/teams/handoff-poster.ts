import { CardFactory, MessageFactory } from 'botbuilder';
import type { HandoffPoster } from '../app/delivery-worker.ts';
import { DeliveryError } from '../app/outbox-worker.ts';
import type { Clock } from '../app/clock.ts';
import type { Engagement } from '../domain/engagement/engagement.ts';
import type { Handoff } from '../domain/handoff/handoff.ts';
import type { TeamsConversationSender } from './conversation-sender.ts';
import { escalationMessage, handoffCardFor } from './replies/handoff-reply.ts';
import { mentionEntities } from './replies/mention-entities.ts';

/** Handoff cards and escalation replies, posted into the engagement's conversation. */
export class TeamsHandoffPoster implements HandoffPoster {
  readonly #sender: TeamsConversationSender;
  readonly #clock: Clock;

  constructor(sender: TeamsConversationSender, clock: Clock) {
    this.#sender = sender;
    this.#clock = clock;
  }

  async postCard(engagement: Engagement, handoff: Handoff): Promise<string> {
    const card = handoffCardFor(handoff, engagement, this.#clock());
    const sent = await this.#sender.send(engagement, MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    if (!sent) throw new DeliveryError('Teams accepted the card but returned no activity id', 502);
    return sent;
  }

  async updateCard(engagement: Engagement, handoff: Handoff, activityId: string): Promise<void> {
    const card = handoffCardFor(handoff, engagement, this.#clock());
    await this.#sender.update(engagement, activityId, MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }

  async postEscalation(engagement: Engagement, handoff: Handoff, activityId: string): Promise<void> {
    const message = escalationMessage(handoff, engagement, this.#clock());
    const activity = MessageFactory.text(message.text);
    activity.entities = mentionEntities(message.mentions);
    // In a channel the reply goes into the card's thread; a chat has no threads: it answers the card.
    if (engagement.conversationKind !== 'channel') activity.replyToId = activityId;
    await this.#sender.send(engagement, activity, activityId);
  }
}
