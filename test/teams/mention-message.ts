import { message, type TestUser } from '../support/activities.ts';

/** Someone @mentioned in a message: the Teams user, and the text Teams shows inside the tag (often the full name, sometimes shortened). */
export interface Mentioned {
  readonly user: TestUser;
  readonly shown?: string;
}

/** The `<at>…</at>` tag of a mention, as Teams puts it in the message text. */
export function at(mentioned: Mentioned | TestUser): string {
  const m = 'user' in mentioned ? mentioned : { user: mentioned };
  return `<at>${m.shown ?? m.user.name}</at>`;
}

/**
 * A channel message as Teams sends it when people are @mentioned: `text` already holds the
 * `<at>…</at>` tags (see `at`); the entities carry the bot's mention first, then one per person,
 * in the order given (Teams does not promise the text's order: a quoted reply adds its own).
 */
export function messageMentioning(text: string, people: ReadonlyArray<Mentioned | TestUser>, options: Parameters<typeof message>[1] = {}) {
  const base = message(text, options);
  const entities = people.map((p) => {
    const m = 'user' in p ? p : { user: p };
    return { type: 'mention', text: at(m), mentioned: { id: m.user.id, name: m.user.name } };
  });
  return { ...base, entities: [...base.entities, ...entities] };
}
