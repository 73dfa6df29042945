import { handleHistory } from '../handlers/history-handler.ts';
import { chatCommand, form, phrases } from './chat-command.ts';

export const historyCommand = chatCommand('history', [
  form({
    kind: 'history',
    audience: 'anyone',
    recognise: phrases(['history', 'versions', 'matrix history'], { kind: 'history' }),
    run: ({ context, deps, engagement }) => handleHistory(context, deps, engagement),
  }),
]);
