import { handleAway, handleBack } from '../handlers/away-handler.ts';
import { chatCommand, form, phrases } from './chat-command.ts';

/** `away until <date>` (also "I'm out till …", "ooo …") and `back`: about whoever says it. */
export const awayCommand = chatCommand('away', [
  form({
    kind: 'away',
    audience: 'anyone',
    recognise: ({ firstLine, word }) => {
      const away = /^(?:i'?m |i am )?(?:away|out|ooo|off)(?: until| till| til|(?=\s))\s*(\S.*)$/i.exec(firstLine);
      if (!away || !(word === 'away' || word === 'out' || word === 'ooo' || word === 'off' || /^i/.test(word))) return undefined;
      return { kind: 'away', until: away[1]!.trim() };
    },
    run: ({ context, deps, engagement, actor }, c) => handleAway(context, deps, engagement, actor, c.until),
  }),
  form({
    kind: 'back',
    audience: 'anyone',
    recognise: phrases(['back', "i'm back", 'im back', 'i am back', 'back now'], { kind: 'back' }),
    run: ({ context, deps, engagement, actor }) => handleBack(context, deps, engagement, actor),
  }),
]);
