import { handleLearned } from '../handlers/learned-handler.ts';
import { chatCommand, form, phrases } from './chat-command.ts';

/** `learned`: anyone may look; confirming or dropping a phrasing is a card action for managers. */
export const learnedCommand = chatCommand('learned', [
  form({
    kind: 'learned',
    audience: 'anyone',
    recognise: phrases(['learned', 'learnt', 'corrections', 'learned phrasings', 'what have you learned', 'what have you learnt'], { kind: 'learned' }),
    run: ({ context, deps, engagement, actor }) => handleLearned(context, deps, engagement, actor),
  }),
]);
