/** One thing people can say to Baton, for the help and welcome cards. */
export interface CommandHelp {
  /** How to say it ("who owns <thing>?"); shown literally. */
  readonly command: string;
  /** One line on what Baton does. */
  readonly summary: string;
  /** A real example to copy. */
  readonly example?: string;
}

export const BATON_COMMANDS: readonly CommandHelp[] = [
  { command: 'who owns <thing>?', summary: 'Who owns it, who is on point right now, whom to escalate to, and why.', example: 'who owns server patching?' },
  { command: 'matrix', summary: 'The whole responsibility matrix, grouped by owner.', example: 'matrix' },
  { command: 'ours / msp / joint', summary: 'Only the rows the internal side, the MSP, or both own.', example: 'msp' },
  { command: 'away until <date> / back', summary: 'Mark yourself away; answers show who covers meanwhile.', example: 'away until friday' },
  { command: 'import <table>', summary: 'Publish a new matrix version from a pasted Markdown or CSV table (managers only).', example: 'import | Function | Internal | MSP | …' },
  { command: 'export [csv|md]', summary: 'The matrix as text, in the shape import reads.', example: 'export csv' },
  { command: 'history', summary: 'The matrix versions: who changed what, when, and why.', example: 'history' },
  { command: 'diff [A] [B]', summary: 'What changed between two matrix versions (default: previous → current).', example: 'diff 1 3' },
  { command: 'handoffs / handoff <id>', summary: 'Open alert handoffs by side; one handoff with its whole timeline.', example: 'handoffs' },
  { command: 'standup / standup now', summary: 'The weekly standup card (answer done, next, blocked); managers start it early.', example: 'standup now' },
  { command: 'review status / review now', summary: 'Where the quarterly matrix review stands; managers start it early.', example: 'review status' },
  { command: 'learned', summary: 'What Baton learned from “Not right?” corrections, per row; managers confirm or drop it.', example: 'learned' },
  { command: 'schedule', summary: 'When the standup and the review happen; managers change it.', example: 'schedule' },
  { command: 'setup', summary: 'The setup card again: sides, time zone, business hours, holidays, matrix.', example: 'setup' },
  { command: 'people / role @person <role>', summary: 'Who is who; managers assign roles.', example: 'role @Megan msp-engineer' },
  { command: 'help', summary: 'This list.', example: 'help' },
];
