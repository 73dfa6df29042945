import { handleReviewStatus, handleRitualNow } from '../handlers/ritual-command-handler.ts';
import { chatCommand, form, phrases } from './chat-command.ts';

/** `review status` and `review now` (start the quarterly review early: managers only, the handler refuses anyone else). */
export const reviewCommand = chatCommand('review', [
  form({
    kind: 'ritual-now',
    audience: 'managers',
    recognise: ({ lower }) =>
      /^(?:review|reconciliation|matrix review) now$|^start (?:the )?(?:quarterly )?(?:review|reconciliation|matrix review)$/.test(lower)
        ? { kind: 'ritual-now', ritual: 'review' }
        : undefined,
    run: ({ context, deps, engagement, actor }, c) => handleRitualNow(context, deps, engagement, actor, c.ritual),
  }),
  form({
    kind: 'review-status',
    audience: 'anyone',
    recognise: phrases(['review status', 'review', 'reconciliation', 'reconciliation status', 'matrix review', 'quarterly review'], { kind: 'review-status' }),
    run: ({ context, deps, engagement }) => handleReviewStatus(context, deps, engagement),
  }),
]);
