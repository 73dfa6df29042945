import { COMMAND_IDS, type CommandId } from '../../../cards/baton-commands.ts';
import { awayCommand } from './away-command.ts';
import type { ChatCommand, CommandForm } from './chat-command.ts';
import { diffCommand } from './diff-command.ts';
import { exportCommand } from './export-command.ts';
import { handoffsCommand } from './handoffs-command.ts';
import { helpCommand } from './help-command.ts';
import { historyCommand } from './history-command.ts';
import { importCommand } from './import-command.ts';
import { learnedCommand } from './learned-command.ts';
import { matrixCommand } from './matrix-command.ts';
import { peopleCommand } from './people-command.ts';
import { reviewCommand } from './review-command.ts';
import { scheduleCommand } from './schedule-command.ts';
import { setupCommand } from './setup-command.ts';
import { sideCommand } from './side-command.ts';
import { standupCommand } from './standup-command.ts';
import { whoOwnsCommand } from './who-owns-command.ts';

/**
 * The registry of chat commands: one file per command here, each with how it is recognised, what
 * runs it, who may use it, and (from cards/baton-commands.ts, by id) its help line and Teams menu
 * lines. A new command is a file here and its words there; the parser, the router, the help card
 * and the manifest all read this.
 */
const BY_ID: { readonly [K in CommandId]: ChatCommand } = {
  'who-owns': whoOwnsCommand,
  matrix: matrixCommand,
  side: sideCommand,
  away: awayCommand,
  import: importCommand,
  export: exportCommand,
  history: historyCommand,
  diff: diffCommand,
  handoffs: handoffsCommand,
  standup: standupCommand,
  review: reviewCommand,
  learned: learnedCommand,
  schedule: scheduleCommand,
  setup: setupCommand,
  people: peopleCommand,
  help: helpCommand,
};

/** Every chat command, in help order. */
export const CHAT_COMMANDS: readonly ChatCommand[] = COMMAND_IDS.map((id) => BY_ID[id]);

/**
 * Every form in the order the parser tries them: the commands' forms (which recognise disjoint
 * texts: a test checks no text is claimed twice), then the catch-all "who owns" question.
 */
export const COMMAND_FORMS: readonly CommandForm[] = [
  ...CHAT_COMMANDS.filter((c) => !c.catchAll).flatMap((c) => c.forms),
  ...CHAT_COMMANDS.filter((c) => c.catchAll).flatMap((c) => c.forms),
];
