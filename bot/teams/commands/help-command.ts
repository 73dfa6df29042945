import { handleHelp } from '../handlers/help-handler.ts';
import { chatCommand, form, phrases } from './chat-command.ts';

/** `help` (and a greeting, or nothing but the @mention). */
export const helpCommand = chatCommand('help', [
  form({
    kind: 'help',
    audience: 'anyone',
    recognise: phrases(['help', '?', 'commands', 'hi', 'hello', 'hey', ''], { kind: 'help' }),
    run: ({ context, engagement }) => handleHelp(context, engagement),
  }),
]);
