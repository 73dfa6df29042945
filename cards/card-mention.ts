import { oneLine } from './markdown-text.ts';

/** A person a card or message @mentions: Teams user id and display name. */
export interface CardMention {
  id: string;
  name: string;
}

/**
 * Characters a mention's tag cannot carry. Teams needs the tag to equal its entity's text exactly, so
 * they cannot be backslash-escaped: they become spaces ("<at>Megan</at>" as a display name is tagged
 * "at Megan /at"), and the entity keeps the full name for Teams to resolve.
 */
const NOT_IN_MENTION = /[<>[\]*_~`\\]/g;

/** "<at>Name</at>": the person's display name as text that can neither end the tag nor carry Markdown. */
export function mentionTag(person: CardMention): string {
  return `<at>${oneLine(person.name.replace(NOT_IN_MENTION, ' ')) || 'someone'}</at>`;
}

/** The `msteams.entities` item (or message entity) that turns the person's tag in the text into a real @mention. */
export function mentionEntity(person: CardMention): { type: 'mention'; text: string; mentioned: { id: string; name: string } } {
  return { type: 'mention', text: mentionTag(person), mentioned: { id: person.id, name: oneLine(person.name) } };
}
