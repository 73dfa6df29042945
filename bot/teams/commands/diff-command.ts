import { handleDiff } from '../handlers/history-handler.ts';
import { chatCommand, form } from './chat-command.ts';

/** `diff [A] [B]` / `compare 2 to 4`: linear patterns (no two adjacent quantifiers over the same characters). */
const DIFF = /^(?:diff|compare)(?:\s+v?(\d+))?(?:\s+(?:(?:to|and|vs\.?|with|->)\s*)?v?(\d+))?$/;

export const diffCommand = chatCommand('diff', [
  form({
    kind: 'diff',
    audience: 'anyone',
    recognise: ({ lower }) => {
      const diff = DIFF.exec(lower);
      return diff ? { kind: 'diff', ...(diff[1] ? { from: Number(diff[1]) } : {}), ...(diff[2] ? { to: Number(diff[2]) } : {}) } : undefined;
    },
    run: ({ context, deps, engagement }, c) => handleDiff(context, deps, engagement, c.from, c.to),
  }),
]);
