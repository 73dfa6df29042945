import { handleSchedule } from '../handlers/schedule-handler.ts';
import { chatCommand, form, phrases } from './chat-command.ts';

/** `schedule`: anyone may look; saving a change on the card is for managers. */
export const scheduleCommand = chatCommand('schedule', [
  form({
    kind: 'schedule',
    audience: 'anyone',
    recognise: phrases(['schedule', 'rituals', 'show schedule', 'ritual schedule'], { kind: 'schedule' }),
    run: ({ context, deps, engagement }) => handleSchedule(context, deps, engagement),
  }),
]);
