import type { Entity } from 'botbuilder';
import { mentionEntity } from '../../../cards/index.ts';

/** People a card or message mentions at most: enough to reach someone, few enough not to spam a channel. */
export const MAX_MENTIONS = 10;
/** People one standup reminder mentions at most (everyone who has not answered, in a team of up to 20). */
export const MAX_REMINDER_MENTIONS = 20;

/** A person @mentioned in a message: `text` is the "<at>Name</at>" that appears in the message text. */
export interface MessageMention {
  readonly id: string;
  readonly name: string;
  readonly text: string;
}

/** The mention of a person in a message, tagged as cards tag it (a display name can neither end the tag nor carry Markdown). */
export function messageMention(person: { id: string; name: string }): MessageMention {
  const entity = mentionEntity(person);
  return { id: person.id, name: entity.mentioned.name, text: entity.text };
}

/** The mention entities Teams needs to turn "<at>Name</at>" in a message into real @mentions. */
export function mentionEntities(mentions: readonly MessageMention[]): Entity[] {
  return mentions.map((m) => ({ type: 'mention', text: m.text, mentioned: { id: m.id, name: m.name } }));
}
