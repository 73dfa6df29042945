import { handleRitualNow, handleStandupShow } from '../handlers/ritual-command-handler.ts';
import { chatCommand, form, phrases } from './chat-command.ts';

/** `standup` (the card) and `standup now` (start it early: managers only, the handler refuses anyone else). */
export const standupCommand = chatCommand('standup', [
  form({
    kind: 'ritual-now',
    audience: 'managers',
    recognise: ({ lower }) =>
      /^(?:standup|stand-up|stand up) now$|^start (?:the )?(?:weekly )?(?:standup|stand-up)$/.test(lower) ? { kind: 'ritual-now', ritual: 'standup' } : undefined,
    run: ({ context, deps, engagement, actor }, c) => handleRitualNow(context, deps, engagement, actor, c.ritual),
  }),
  form({
    kind: 'standup',
    audience: 'anyone',
    recognise: phrases(['standup', 'stand-up', 'weekly standup', 'show standup', 'last standup'], { kind: 'standup' }),
    run: ({ context, deps, engagement, actor }) => handleStandupShow(context, deps, engagement, actor),
  }),
]);
