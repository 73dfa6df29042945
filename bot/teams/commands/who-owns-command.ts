import { handleAsk } from '../handlers/ask-handler.ts';
import { chatCommand, form } from './chat-command.ts';

/** Anything that is no other command is a "who owns" question. */
export const whoOwnsCommand = chatCommand(
  'who-owns',
  [
    form({
      kind: 'ask',
      audience: 'anyone',
      recognise: ({ text }) => ({ kind: 'ask', question: text }),
      run: ({ context, deps, engagement, actor }, c) => handleAsk(context, deps, engagement, actor, c.question),
    }),
  ],
  { catchAll: true },
);
