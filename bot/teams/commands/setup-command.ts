import { handleSetupCommand } from '../handlers/setup-handler.ts';
import { chatCommand, form, phrases } from './chat-command.ts';

/** `setup`: anyone may open the card; saving it is for managers (checked when the card is saved). */
export const setupCommand = chatCommand('setup', [
  form({
    kind: 'setup',
    audience: 'anyone',
    recognise: phrases(['setup', 'set up', 'settings'], { kind: 'setup' }),
    run: ({ context, deps, engagement }) => handleSetupCommand(context, deps, engagement),
  }),
]);
