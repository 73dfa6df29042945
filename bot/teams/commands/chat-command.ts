import type { TurnContext } from 'botbuilder';
import { commandWords, type CommandId, type CommandWords } from '../../../cards/baton-commands.ts';
import type { Engagement } from '../../domain/engagement/engagement.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { Command } from '../command-parser.ts';
import type { Actor } from '../turn-info.ts';

/** A message's text as every recogniser reads it (worked out once per message by `parseCommand`). */
export interface CommandInput {
  /** The whole text, non-breaking spaces as spaces, trimmed (`import` reads the lines after the first). */
  readonly text: string;
  /** The first line, trimmed. */
  readonly firstLine: string;
  /** The first line in lower case without trailing `.`/`!`, trimmed. */
  readonly lower: string;
  /** The first word of `lower`. */
  readonly word: string;
}

/** One turn a command runs in. */
export interface CommandTurn {
  readonly context: TurnContext;
  readonly deps: BotDeps;
  readonly engagement: Engagement;
  readonly actor: Actor;
}

/**
 * Who may use a form, when its handler checks a role: `anyone`, or `managers` (a manager of either
 * side; before any manager is known, anyone: see domain/engagement/permissions.ts). The handler
 * checks and answers a refusal in its own words; this says so where the command is declared.
 */
export type CommandAudience = 'anyone' | 'managers';

type Kind = Command['kind'];
type CommandOf<K extends Kind> = Extract<Command, { kind: K }>;

/** One way to say a command: what it recognises (a parse result, or undefined), and what runs it. */
export interface CommandForm<K extends Kind = Kind> {
  readonly kind: K;
  readonly audience: CommandAudience;
  recognise(input: CommandInput): CommandOf<K> | undefined;
  run(turn: CommandTurn, command: CommandOf<K>): Promise<void>;
}

/**
 * A chat command: its words (help line, example, Teams menu lines, from cards/baton-commands.ts)
 * and its forms ("handoffs" and "handoff <id>" are one command, two forms).
 */
export interface ChatCommand {
  readonly id: CommandId;
  readonly words: CommandWords;
  readonly forms: readonly CommandForm[];
  /** The catch-all (the "who owns" question): tried after every other command. */
  readonly catchAll?: true;
}

/** A form, typed by its kind (keeps `recognise` and `run` agreeing on the command's shape). */
export function form<K extends Kind>(spec: CommandForm<K>): CommandForm {
  return spec as unknown as CommandForm;
}

export function chatCommand(id: CommandId, forms: readonly CommandForm[], options: { catchAll?: true } = {}): ChatCommand {
  return { id, words: commandWords(id), forms, ...options };
}

/** A recogniser for a fixed list of phrases (compared with `lower`). */
export function phrases<C extends Command>(list: readonly string[], command: C): (input: CommandInput) => C | undefined {
  return (input) => (list.includes(input.lower) ? { ...command } : undefined);
}
