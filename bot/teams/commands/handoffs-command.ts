import { handleHandoff, handleHandoffs } from '../handlers/handoff-command-handler.ts';
import { chatCommand, form, phrases } from './chat-command.ts';

/** `handoffs` (the open ones) and `handoff <id>` (one, with its timeline; a bare id like "h-3k9x2a" too). */
export const handoffsCommand = chatCommand('handoffs', [
  form({
    kind: 'handoffs',
    audience: 'anyone',
    recognise: phrases(['handoffs', 'open handoffs', 'alerts', 'open alerts', 'what is open', "what's open"], { kind: 'handoffs' }),
    run: ({ context, deps, engagement }) => handleHandoffs(context, deps, engagement),
  }),
  form({
    kind: 'handoff',
    audience: 'anyone',
    recognise: ({ lower }) => {
      const handoff = /^(?:handoff|alert)\s+(h-[0-9a-z]+)$/.exec(lower) ?? /^(h-[0-9a-z]{6,12})$/.exec(lower);
      return handoff ? { kind: 'handoff', id: handoff[1]! } : undefined;
    },
    run: ({ context, deps, engagement, actor }, c) => handleHandoff(context, deps, engagement, actor, c.id),
  }),
]);
