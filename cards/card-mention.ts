import { oneLine } from './markdown-text.ts';

/** A person a card @mentions: Teams user id and display name. */
export interface CardMention {
  id: string;
  name: string;
}

/** "<at>Name</at>": the tag in the card's text must equal its entity's text; angle brackets would break it. */
export function mentionTag(person: CardMention): string {
  return `<at>${oneLine(person.name).replace(/[<>]/g, '')}</at>`;
}

/** The `msteams.entities` item that turns the person's tag in the text into a real @mention. */
export function mentionEntity(person: CardMention): { type: 'mention'; text: string; mentioned: { id: string; name: string } } {
  return { type: 'mention', text: mentionTag(person), mentioned: { id: person.id, name: oneLine(person.name) } };
}
