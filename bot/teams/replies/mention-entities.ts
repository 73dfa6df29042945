import type { Entity } from 'botbuilder';
import { mentionEntity } from '../../../cards/index.ts';

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
