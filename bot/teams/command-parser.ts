import type { CommandForm, CommandInput } from './commands/chat-command.ts';
import { COMMAND_FORMS } from './commands/index.ts';

/**
 * Chat commands, read from the text of a message after the bot's @mention is removed.
 * Anything that is not a command is a "who owns" question. Each command's patterns live in its file
 * under bot/teams/commands/; this is the shape of what they read.
 */
export type Command =
  | { kind: 'help' }
  | { kind: 'setup' }
  | { kind: 'matrix' }
  | { kind: 'side'; side: 'internal' | 'msp' | 'joint' }
  | { kind: 'away'; until: string }
  | { kind: 'back' }
  | { kind: 'import'; text: string }
  | { kind: 'export'; format: 'md' | 'csv' | 'both' }
  | { kind: 'history' }
  | { kind: 'diff'; from?: number; to?: number }
  | { kind: 'people' }
  | { kind: 'role'; role: string; target: string }
  | { kind: 'handoffs' }
  | { kind: 'handoff'; id: string }
  | { kind: 'ritual-now'; ritual: 'standup' | 'review' }
  | { kind: 'standup' }
  | { kind: 'review-status' }
  | { kind: 'schedule' }
  | { kind: 'learned' }
  | { kind: 'ask'; question: string };

/*
 * Every pattern here runs on text anyone in the conversation can send (up to Teams' ~28 KB, or 1 MB
 * posted directly), so none may backtrack more than linearly: no two adjacent quantifiers that can
 * match the same characters (`\s+\s*`, `[.!]+$` tried from every position, `\s+(.+?)\s+`). A test
 * (test/fuzz/commands.fuzz.test.ts) times long adversarial lines against the former patterns. The
 * same holds for the patterns in bot/teams/commands/.
 */

/** The text without the trailing run of `.` and `!` (a loop: `/[.!]+$/` is quadratic on "!!!…!x"). */
function withoutTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === '!')) end--;
  return text.slice(0, end);
}

/**
 * The command a message says: the first form of the registry (bot/teams/commands/) that recognises
 * it, the "who owns" question when none does.
 */
export function parseCommand(raw: string): Command {
  return parseWithForm(raw).command;
}

/** The command and the registry form that recognised it (the router runs that form). */
export function parseWithForm(raw: string): { command: Command; form: CommandForm } {
  const text = raw.replace(/\u00a0/g, ' ').trim();
  const firstLine = text.split(/\r?\n/, 1)[0]!.trim();
  const lower = withoutTrailingPunctuation(firstLine.toLowerCase()).trim();
  const word = lower.split(/\s+/, 1)[0] ?? '';
  const input: CommandInput = { text, firstLine, lower, word };
  for (const form of COMMAND_FORMS) {
    const command = form.recognise(input);
    if (command) return { command, form };
  }
  throw new Error('the registry has no catch-all command'); // the "who owns" form recognises everything
}
