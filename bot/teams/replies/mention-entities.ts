import type { Entity } from 'botbuilder';

/** A person @mentioned in a message: `text` is the "<at>Name</at>" that appears in the message text. */
export interface MessageMention {
  readonly id: string;
  readonly name: string;
  readonly text: string;
}

/** The mention entities Teams needs to turn "<at>Name</at>" in a message into real @mentions. */
export function mentionEntities(mentions: readonly MessageMention[]): Entity[] {
  return mentions.map((m) => ({ type: 'mention', text: m.text, mentioned: { id: m.id, name: m.name } }));
}
