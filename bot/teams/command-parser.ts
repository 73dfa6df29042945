/**
 * Chat commands, read from the text of a message after the bot's @mention is removed.
 * Anything that is not a command is a "who owns" question.
 */
export type Command =
  | { kind: 'help' }
  | { kind: 'setup' }
  | { kind: 'matrix' }
  | { kind: 'side'; side: 'internal' | 'msp' | 'joint' }
  | { kind: 'away'; until: string }
  | { kind: 'back' }
  | { kind: 'import'; text: string }
  | { kind: 'export'; format: 'md' | 'csv' | 'both' }
  | { kind: 'history' }
  | { kind: 'diff'; from?: number; to?: number }
  | { kind: 'people' }
  | { kind: 'role'; role: string; target: string }
  | { kind: 'handoffs' }
  | { kind: 'handoff'; id: string }
  | { kind: 'ritual-now'; ritual: 'standup' | 'review' }
  | { kind: 'standup' }
  | { kind: 'review-status' }
  | { kind: 'schedule' }
  | { kind: 'learned' }
  | { kind: 'ask'; question: string };

/*
 * Every pattern here runs on text anyone in the conversation can send (up to Teams' ~28 KB, or 1 MB
 * posted directly), so none may backtrack more than linearly: no two adjacent quantifiers that can
 * match the same characters (`\s+\s*`, `[.!]+$` tried from every position, `\s+(.+?)\s+`). A test
 * (test/fuzz/commands.fuzz.test.ts) times long adversarial lines against the former patterns.
 */

/** The text without the trailing run of `.` and `!` (a loop: `/[.!]+$/` is quadratic on "!!!…!x"). */
function withoutTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === '!')) end--;
  return text.slice(0, end);
}

const ROLE_AT_END = /\s(internal-it|msp-engineer|internal-manager|msp-manager)$/i;

/** `role <someone> <role>`, the role last; found from the end (the target may be any text). */
function roleCommand(firstLine: string): Command | undefined {
  if (!/^role\s/i.test(firstLine)) return undefined;
  const m = ROLE_AT_END.exec(firstLine);
  if (!m) return undefined;
  // Between "role" and the role: blanks, then at least one character of one line (as `\s+(.+?)` read it).
  const middle = firstLine.slice('role'.length, m.index);
  const blanks = middle.length - middle.trimStart().length;
  const rest = middle.slice(Math.min(blanks, middle.length - 1));
  if (middle.length < 2 || blanks === 0 || /[\n\r\u2028\u2029]/.test(rest)) return undefined;
  return { kind: 'role', target: rest.trim(), role: m[1]!.toLowerCase() };
}

export function parseCommand(raw: string): Command {
  const text = raw.replace(/\u00a0/g, ' ').trim();
  const firstLine = text.split(/\r?\n/, 1)[0]!.trim();
  const lower = withoutTrailingPunctuation(firstLine.toLowerCase()).trim();
  const word = lower.split(/\s+/, 1)[0] ?? '';

  if (['help', '?', 'commands', 'hi', 'hello', 'hey', ''].includes(lower)) return { kind: 'help' };
  if (lower === 'setup' || lower === 'set up' || lower === 'settings') return { kind: 'setup' };
  if (['matrix', 'show matrix', 'show the matrix', 'the matrix', 'show me the matrix', 'list', 'all'].includes(lower)) return { kind: 'matrix' };
  if (['ours', 'internal', 'mine', 'us', 'what do we own', 'what do we own?'].includes(lower)) return { kind: 'side', side: 'internal' };
  if (['msp', 'theirs', 'them', 'what does the msp own', 'what does the msp own?'].includes(lower)) return { kind: 'side', side: 'msp' };
  if (['joint', 'shared', 'both'].includes(lower)) return { kind: 'side', side: 'joint' };
  if (['back', "i'm back", 'im back', 'i am back', 'back now'].includes(lower)) return { kind: 'back' };
  if (['history', 'versions', 'matrix history'].includes(lower)) return { kind: 'history' };
  if (['people', 'roles', 'who is who', 'team'].includes(lower)) return { kind: 'people' };
  if (['handoffs', 'open handoffs', 'alerts', 'open alerts', 'what is open', "what's open"].includes(lower)) return { kind: 'handoffs' };
  if (/^(?:standup|stand-up|stand up) now$|^start (?:the )?(?:weekly )?(?:standup|stand-up)$/.test(lower)) return { kind: 'ritual-now', ritual: 'standup' };
  if (/^(?:review|reconciliation|matrix review) now$|^start (?:the )?(?:quarterly )?(?:review|reconciliation|matrix review)$/.test(lower)) return { kind: 'ritual-now', ritual: 'review' };
  if (['standup', 'stand-up', 'weekly standup', 'show standup', 'last standup'].includes(lower)) return { kind: 'standup' };
  if (['review status', 'review', 'reconciliation', 'reconciliation status', 'matrix review', 'quarterly review'].includes(lower)) return { kind: 'review-status' };
  if (['schedule', 'rituals', 'show schedule', 'ritual schedule'].includes(lower)) return { kind: 'schedule' };
  if (['learned', 'learnt', 'corrections', 'learned phrasings', 'what have you learned', 'what have you learnt'].includes(lower)) return { kind: 'learned' };
  const handoff = /^(?:handoff|alert)\s+(h-[0-9a-z]+)$/.exec(lower) ?? /^(h-[0-9a-z]{6,12})$/.exec(lower);
  if (handoff) return { kind: 'handoff', id: handoff[1]! };

  const diff = /^(?:diff|compare)(?:\s+v?(\d+))?(?:\s+(?:(?:to|and|vs\.?|with|->)\s*)?v?(\d+))?$/.exec(lower);
  if (diff) return { kind: 'diff', ...(diff[1] ? { from: Number(diff[1]) } : {}), ...(diff[2] ? { to: Number(diff[2]) } : {}) };

  const away = /^(?:i'?m |i am )?(?:away|out|ooo|off)(?: until| till| til|(?=\s))\s*(\S.*)$/i.exec(firstLine);
  if (away && (word === 'away' || word === 'out' || word === 'ooo' || word === 'off' || /^i/.test(word))) {
    return { kind: 'away', until: away[1]!.trim() };
  }
  if (word === 'import') return { kind: 'import', text: text.slice(text.toLowerCase().indexOf('import') + 'import'.length).trim() };
  if (word === 'export') {
    const rest = lower.slice('export'.length).trim();
    return { kind: 'export', format: rest.includes('csv') ? 'csv' : rest.includes('md') || rest.includes('markdown') ? 'md' : 'both' };
  }
  const role = roleCommand(firstLine);
  if (role) return role;
  if (word === 'role') return { kind: 'role', target: '', role: '' };
  return { kind: 'ask', question: text };
}
