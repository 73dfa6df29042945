import { handlePeople, handleRole } from '../handlers/people-handler.ts';
import type { Command } from '../command-parser.ts';
import { chatCommand, form, phrases, type CommandInput } from './chat-command.ts';

const ROLE_AT_END = /\s(internal-it|msp-engineer|internal-manager|msp-manager)$/i;

/**
 * `role <someone> <role>`, the role last; found from the end (the target may be any text: an
 * `@Name` a mention became, whose Teams id the handler takes from the mention entities). A line
 * that starts with "role" but is not that asks for who and which role (target and role empty).
 */
function roleCommand({ firstLine, word }: CommandInput): Extract<Command, { kind: 'role' }> | undefined {
  if (/^role\s/i.test(firstLine)) {
    const m = ROLE_AT_END.exec(firstLine);
    if (m) {
      // Between "role" and the role: blanks, then at least one character of one line (as `\s+(.+?)` read it).
      const middle = firstLine.slice('role'.length, m.index);
      const blanks = middle.length - middle.trimStart().length;
      const rest = middle.slice(Math.min(blanks, middle.length - 1));
      if (!(middle.length < 2 || blanks === 0 || /[\n\r\u2028\u2029]/.test(rest))) return { kind: 'role', target: rest.trim(), role: m[1]!.toLowerCase() };
    }
  }
  return word === 'role' ? { kind: 'role', target: '', role: '' } : undefined;
}

/** `people` (who is who) and `role @person <role>` (managers assign roles: the handler refuses anyone else). */
export const peopleCommand = chatCommand('people', [
  form({
    kind: 'people',
    audience: 'anyone',
    recognise: phrases(['people', 'roles', 'who is who', 'team'], { kind: 'people' }),
    run: ({ context, deps, engagement }) => handlePeople(context, deps, engagement),
  }),
  form({
    kind: 'role',
    audience: 'managers',
    recognise: roleCommand,
    run: ({ context, deps, engagement, actor }, c) => handleRole(context, deps, engagement, actor, c.target, c.role),
  }),
]);
