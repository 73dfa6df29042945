import { CardFactory, MessageFactory } from 'botbuilder';
import type { Clock } from '../app/clock.ts';
import type { MatrixService } from '../app/matrix-service.ts';
import { DeliveryError } from '../app/outbox-worker.ts';
import type { RitualPoster } from '../app/ritual-delivery.ts';
import type { RitualNoteKind } from '../storage/delivery-kinds.ts';
import type { Engagement } from '../domain/engagement/engagement.ts';
import type { Matrix } from '../domain/matrix/matrix.ts';
import type { RitualRun } from '../domain/rituals/ritual-run.ts';
import type { TeamsConversationSender } from './conversation-sender.ts';
import { mentionEntities } from './replies/mention-entities.ts';
import { ritualCardFor, ritualNote } from './replies/ritual-reply.ts';

/** Standup and review cards, their threaded notes and a review's result, posted into the engagement's conversation. */
export class TeamsRitualPoster implements RitualPoster {
  readonly #sender: TeamsConversationSender;
  readonly #matrices: MatrixService;
  readonly #clock: Clock;

  constructor(sender: TeamsConversationSender, matrices: MatrixService, clock: Clock) {
    this.#sender = sender;
    this.#matrices = matrices;
    this.#clock = clock;
  }

  async postCard(engagement: Engagement, run: RitualRun): Promise<string> {
    const card = ritualCardFor(run, engagement, this.#clock(), await this.#matrixOf(run));
    const id = await this.#sender.send(engagement, MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    if (!id) throw new DeliveryError('Teams accepted the card but returned no activity id', 502);
    return id;
  }

  async updateCard(engagement: Engagement, run: RitualRun, activityId: string): Promise<void> {
    const card = ritualCardFor(run, engagement, this.#clock(), await this.#matrixOf(run));
    await this.#sender.update(engagement, activityId, MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }

  async postNote(engagement: Engagement, run: RitualRun, kind: RitualNoteKind, activityId: string): Promise<void> {
    const note = ritualNote(run, engagement, kind);
    const activity = MessageFactory.text(note.text);
    activity.entities = mentionEntities(note.mentions);
    if (engagement.conversationKind !== 'channel') activity.replyToId = activityId;
    await this.#sender.send(engagement, activity, activityId);
  }

  async postResult(engagement: Engagement, run: RitualRun): Promise<void> {
    const card = ritualCardFor(run, engagement, this.#clock(), await this.#matrixOf(run));
    await this.#sender.send(engagement, MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }

  async #matrixOf(run: RitualRun): Promise<Matrix | undefined> {
    if (run.kind !== 'review') return undefined;
    return (await this.#matrices.get(run.engagementId, run.baseVersion))?.matrix;
  }
}
