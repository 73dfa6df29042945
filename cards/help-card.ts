import type { AdaptiveCardJson } from './adaptive-card-json.ts';
import { BATON_COMMANDS, type CommandHelp } from './baton-commands.ts';
import { expandCard, loadCardTemplate } from './card-template.ts';
import { escapeMarkdown } from './markdown-text.ts';

export interface HelpCardModel {
  /** In a channel, people must @mention Baton first; the card says so. */
  inChannel?: boolean;
  /** The commands to list; Baton's own list when omitted. */
  commands?: CommandHelp[];
  /** A last line, e.g. "Matrix v3 is current; Contoso IT and Fabrikam MSP." */
  footer?: string;
}

const TEMPLATE = loadCardTemplate('help');

/** Every command with a one-line description and an example. */
export function buildHelpCard(vm: HelpCardModel = {}): AdaptiveCardJson {
  const commands = vm.commands ?? BATON_COMMANDS;
  return expandCard(TEMPLATE, {
    inChannel: vm.inChannel === true,
    commands: commands.map((c) => ({
      command: escapeMarkdown(c.command),
      summary: escapeMarkdown(c.summary),
      hasExample: Boolean(c.example?.trim()),
      example: escapeMarkdown(c.example ?? ''),
    })),
    hasFooter: Boolean(vm.footer?.trim()),
    footerText: escapeMarkdown(vm.footer ?? ''),
  });
}
