/**
 * What people can say to Baton, in words: the help line, the example and the lines Teams shows in its
 * command menu (the manifest's `commandLists`), one entry per chat command of the registry
 * (bot/teams/commands/). Plain data: the help and welcome cards, the manifest renderer and the
 * registry all read it; a test checks the registry has one command per entry and no other.
 */

/** One line of the Teams command menu (manifest `commandLists`): a title of ≤ 32 characters, a description of ≤ 128. */
export interface ManifestCommand {
  readonly title: string;
  readonly description: string;
}

/** One thing people can say to Baton, for the help and welcome cards. */
export interface CommandHelp {
  /** How to say it ("who owns <thing>?"); shown literally. */
  readonly command: string;
  /** One line on what Baton does. */
  readonly summary: string;
  /** A real example to copy. */
  readonly example?: string;
}

/** A chat command's words: its help line, and its lines in the Teams command menu (none: not in the menu). */
export interface CommandWords extends CommandHelp {
  /** The registry's name for the command (bot/teams/commands/<id>-command.ts). */
  readonly id: CommandId;
  readonly menu: readonly ManifestCommand[];
}

/** The chat commands, in the order the help card lists them. */
export const COMMAND_IDS = [
  'who-owns',
  'matrix',
  'side',
  'away',
  'import',
  'export',
  'history',
  'diff',
  'handoffs',
  'standup',
  'review',
  'learned',
  'schedule',
  'setup',
  'people',
  'help',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];

const WORDS: { readonly [K in CommandId]: Omit<CommandWords, 'id'> } = {
  'who-owns': {
    command: 'who owns <thing>?',
    summary: 'Who owns it, who is on point right now, whom to escalate to, and why.',
    example: 'who owns server patching?',
    menu: [{ title: 'who owns', description: 'Who owns a function, e.g. who owns server patching?' }],
  },
  matrix: {
    command: 'matrix',
    summary: 'The whole responsibility matrix, grouped by owner.',
    example: 'matrix',
    menu: [{ title: 'matrix', description: 'The whole responsibility matrix, grouped by owner' }],
  },
  side: {
    command: 'ours / msp / joint',
    summary: 'Only the rows the internal side, the MSP, or both own.',
    example: 'msp',
    menu: [
      { title: 'ours', description: 'The functions internal IT owns' },
      { title: 'msp', description: 'The functions the MSP owns' },
      { title: 'joint', description: 'The functions internal IT and the MSP own jointly' },
    ],
  },
  away: {
    command: 'away until <date> / back',
    summary: 'Mark yourself away; answers show who covers meanwhile.',
    example: 'away until friday',
    menu: [
      { title: 'away until', description: 'Mark yourself away so answers show who covers, e.g. away until 2026-12-02' },
      { title: 'back', description: 'Mark yourself back from being away' },
    ],
  },
  import: {
    command: 'import <table>',
    summary: 'Publish a new matrix version from a pasted Markdown or CSV table (managers only).',
    example: 'import | Function | Internal | MSP | …',
    menu: [{ title: 'import', description: 'A new matrix version from a pasted Markdown or CSV table (managers only)' }],
  },
  export: {
    command: 'export [csv|md]',
    summary: 'The matrix as text, in the shape import reads.',
    example: 'export csv',
    menu: [{ title: 'export', description: 'The matrix as text that import reads, e.g. export csv or export md' }],
  },
  history: {
    command: 'history',
    summary: 'The matrix versions: who changed what, when, and why.',
    example: 'history',
    menu: [],
  },
  diff: {
    command: 'diff [A] [B]',
    summary: 'What changed between two matrix versions (default: previous → current).',
    example: 'diff 1 3',
    menu: [],
  },
  handoffs: {
    command: 'handoffs / handoff <id>',
    summary: 'Open alert handoffs by side; one handoff with its whole timeline.',
    example: 'handoffs',
    menu: [],
  },
  standup: {
    command: 'standup / standup now',
    summary: 'The weekly standup card (answer done, next, blocked); managers start it early.',
    example: 'standup now',
    menu: [],
  },
  review: {
    command: 'review status / review now',
    summary: 'Where the quarterly matrix review stands; managers start it early.',
    example: 'review status',
    menu: [],
  },
  learned: {
    command: 'learned',
    summary: 'What Baton learned from “Not right?” corrections, per row; managers confirm or drop it.',
    example: 'learned',
    menu: [],
  },
  schedule: {
    command: 'schedule',
    summary: 'When the standup and the review happen; managers change it.',
    example: 'schedule',
    menu: [],
  },
  setup: {
    command: 'setup',
    summary: 'The setup card again: sides, time zone, business hours, holidays, matrix.',
    example: 'setup',
    menu: [{ title: 'setup', description: 'The setup card: both sides, time zone, business hours, holidays' }],
  },
  people: {
    command: 'people / role @person <role>',
    summary: 'Who is who; managers assign roles.',
    example: 'role @Megan msp-engineer',
    menu: [],
  },
  help: {
    command: 'help',
    summary: 'This list.',
    example: 'help',
    menu: [{ title: 'help', description: 'Everything Baton understands' }],
  },
};

/** The words of one chat command. */
export function commandWords(id: CommandId): CommandWords {
  return { id, ...WORDS[id] };
}

/** Every chat command's words, in help order. */
export const COMMAND_WORDS: readonly CommandWords[] = COMMAND_IDS.map(commandWords);

/** The help card's list: every chat command, in order. */
export const BATON_COMMANDS: readonly CommandHelp[] = COMMAND_WORDS.map(({ command, summary, example }) => ({ command, summary, ...(example !== undefined ? { example } : {}) }));

/** The Teams command menu (manifest `commandLists[].commands`), in help order. */
export const MANIFEST_COMMANDS: readonly ManifestCommand[] = COMMAND_WORDS.flatMap((c) => c.menu);
